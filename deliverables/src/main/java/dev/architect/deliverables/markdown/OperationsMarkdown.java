package dev.architect.deliverables.markdown;

import static dev.architect.deliverables.markdown.MarkdownPage.text;

import dev.architect.deliverables.document.MarkdownDocument;
import dev.architect.deliverables.internal.Figures;
import dev.architect.dossier.Alert;
import dev.architect.dossier.BackupAndRecovery;
import dev.architect.dossier.Consultation;
import dev.architect.dossier.OperationsPlan;
import java.util.List;
import java.util.Locale;

/** {@code operations.md}: SLOs, monitoring and alerts, backup and disaster recovery, delivery, infrastructure, scanning. */
final class OperationsMarkdown {

    MarkdownDocument render(Consultation c) {
        OperationsPlan ops = c.operations();
        MarkdownPage page = new MarkdownPage().heading(1, "Operations of " + c.system());
        page.heading(2, "Service-level objectives");
        page.table(List.of("Id", "Objective", "Indicator", "Target", "Window", "Container"), ops.slos().stream()
                .map(s -> List.of(text(s.id()), text(s.name()), text(s.indicator()), Figures.number(s.objectivePercent()) + "%",
                        text(s.window()), text(s.containerId())))
                .toList());
        page.heading(2, "Monitoring").bullets(ops.monitoring());
        page.heading(2, "Alerts");
        page.table(List.of("Alert", "Condition", "Severity", "Action", "SLO"), ops.alerts().stream()
                .map((Alert a) -> List.of(text(a.name()), text(a.condition()), a.severity().name().toLowerCase(Locale.ROOT),
                        text(a.action()), text(a.sloId())))
                .toList());
        BackupAndRecovery backup = ops.backupAndRecovery();
        page.heading(2, "Backup and disaster recovery").bulletsMarkdown(List.of(
                "Strategy: " + text(backup.strategy()),
                "RPO: " + backup.rpoMinutes() + " minutes; RTO: " + backup.rtoMinutes() + " minutes",
                "Schedule: " + text(backup.backupSchedule()),
                "Retention: " + text(backup.retention()),
                "Restore drills: " + text(backup.drillCadence())));
        section(page, "Continuous integration and delivery", ops.ciCd());
        section(page, "Infrastructure as code", ops.infrastructureAsCode());
        section(page, "Security scanning", ops.securityScanning());
        return page.build("operations.md");
    }

    private static void section(MarkdownPage page, String title, List<String> items) {
        if (!items.isEmpty()) {
            page.heading(2, title).bullets(items);
        }
    }
}
