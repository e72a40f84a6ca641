package dev.architect.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.dossier.Consultation;
import dev.architect.dossier.Decision;
import dev.architect.dossier.DecisionTopic;
import dev.architect.dossier.DossierJson;
import dev.architect.dossier.Risk;
import dev.architect.dossier.TechCategory;
import dev.architect.dossier.TechChoice;
import dev.architect.request.RequestReader;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every "adr-NNNN" in a dossier names the decision it means, also when compliance decisions sit between the general
 * decisions and the ones a mechanism raises, which moves every later number: a reference is made from the decision
 * itself, not from a position counted elsewhere.
 */
class AdrReferencesNameTheirDecisionTest {

    /** Physiotherapy clinics on AWS, four regimes and two mechanisms (booking, card payments) after them. */
    private static final String CLINICS = """
            system: Mendwell
            description: >
              A chain of 40 physiotherapy clinics books appointments online; patients pay the co-payment by card through
              Adyen, and therapists keep treatment notes.
            capabilities: [appointment booking, card payments, treatment notes, reminders]
            integrations: [{name: Adyen, purpose: card payments and refunds}, {name: Email gateway, purpose: appointment reminders}]
            load: {peakRequestsPerSecond: 90, readWriteRatio: 6, monthlyActiveUsers: 60000}
            compliance: [GDPR, PCI_DSS, HIPAA, SOC2]
            team: {size: 7, expertise: [Kotlin, Spring Boot, PostgreSQL]}
            deployment: {cloud: aws, regions: [eu-west-1]}
            """;

    /** Payroll for cooperatives on Azure: SOX and ISO 27001 decided before the ledger and the payouts. */
    private static final String PAYROLL = """
            system: Coopay
            description: >
              Monthly payroll for 120 worker cooperatives: salaries are calculated, approved and paid out to 9,000 members
              as SEPA credit transfers over EBICS, with a double-entry ledger of every payout.
            capabilities: [members, payroll runs, payouts, ledger]
            integrations: [{name: Rabobank EBICS, purpose: pain.001 credit transfers and pain.002 status reports}]
            load: {peakRequestsPerSecond: 15, readWriteRatio: 4}
            compliance: [SOX, ISO_27001, GDPR]
            team: {size: 5, expertise: [C#, .NET, SQL Server]}
            deployment: {cloud: azure, regions: [westeurope]}
            """;

    private static final Pattern ADR = Pattern.compile("adr-\\d{4}");
    private static final Map<TechCategory, DecisionTopic> TOPIC_OF = Map.of(TechCategory.DATABASE, DecisionTopic.DATASTORE,
            TechCategory.CACHE, DecisionTopic.CACHING, TechCategory.MESSAGING, DecisionTopic.MESSAGING,
            TechCategory.IDENTITY, DecisionTopic.SECURITY, TechCategory.COMPUTE, DecisionTopic.DEPLOYMENT,
            TechCategory.OBSERVABILITY, DecisionTopic.OBSERVABILITY);
    private static final Map<String, String> REGIME_OF_RISK = Map.of("risk-gdpr-erasure", "GDPR", "risk-pci-scope", "PCI-DSS",
            "risk-phi-leak", "HIPAA", "risk-soc2-drift", "SOC 2", "risk-sox-unapproved-change", "SOX", "risk-iso27001-lapse", "ISO 27001");

    private static Decision byId(Consultation c, String id) {
        return c.decisions().stream().filter(d -> d.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError(id + " names no decision"));
    }

    @Test
    void everyReferenceNamesTheDecisionItMeans() {
        for (String yaml : List.of(CLINICS, PAYROLL)) {
            Consultation c = OfflineArchitect.create().consult(RequestReader.readString(yaml));
            String system = c.decisions().get(0).title();
            // compliance decisions stand before decisions that follow them, so later numbers moved
            int firstCompliance = c.decisions().indexOf(c.decisions().stream().filter(d -> d.topic() == DecisionTopic.COMPLIANCE).findFirst().orElseThrow());
            assertThat(c.decisions().size()).as(system).isGreaterThan(firstCompliance + 1);

            // the files are numbered by position and each decision's id is that number
            for (int i = 0; i < c.decisions().size(); i++) {
                assertThat(c.decisions().get(i).id()).isEqualTo(String.format(Locale.ROOT, "adr-%04d", i + 1));
            }
            // every reference anywhere in the dossier exists
            Matcher m = ADR.matcher(DossierJson.write(c));
            int references = 0;
            while (m.find()) {
                byId(c, m.group());
                references++;
            }
            assertThat(references).isGreaterThan(c.decisions().size());

            for (TechChoice t : c.techStack()) {
                if (t.decisionId() != null && TOPIC_OF.containsKey(t.category())) {
                    assertThat(byId(c, t.decisionId()).topic()).as(t.category() + " " + t.choice()).isEqualTo(TOPIC_OF.get(t.category()));
                }
            }
            for (Risk r : c.risks()) {
                r.relatedDecisions().forEach(id -> byId(c, id));
                if (REGIME_OF_RISK.containsKey(r.id())) {
                    Decision d = byId(c, r.relatedDecisions().get(0));
                    assertThat(d.topic()).as(r.id()).isEqualTo(DecisionTopic.COMPLIANCE);
                    assertThat(d.title() + " " + d.context()).as(r.id()).contains(REGIME_OF_RISK.get(r.id()));
                }
                if (r.id().startsWith("risk-fit-") || r.id().startsWith("risk-skills-")) {
                    assertThat(r.relatedDecisions()).hasSize(1);
                    Decision d = byId(c, r.relatedDecisions().get(0));
                    String option = d.options().get(0).name().toLowerCase(Locale.ROOT);
                    if (r.id().startsWith("risk-fit-")) {
                        assertThat(r.title().toLowerCase(Locale.ROOT)).as(r.id()).endsWith(option);
                        assertThat(r.mitigation()).as(r.id()).contains("revisit " + d.id());
                    } else {
                        assertThat(r.mitigation()).as(r.id()).contains(d.chosenOption());
                    }
                }
            }
        }
    }
}
