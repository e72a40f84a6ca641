package dev.architect.validation;

import dev.architect.dossier.Alert;
import dev.architect.dossier.Consequence;
import dev.architect.dossier.Consultation;
import dev.architect.dossier.Container;
import dev.architect.dossier.ContainerKind;
import dev.architect.dossier.CostLineItem;
import dev.architect.dossier.Decision;
import dev.architect.dossier.DecisionTopic;
import dev.architect.dossier.Entity;
import dev.architect.dossier.EntityField;
import dev.architect.dossier.Risk;
import dev.architect.dossier.RoadmapPhase;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Claims the prose makes that the rest of the dossier must hold: a failover to another region needs a region that holds
 * a copy; a runbook for one writing region does not fit regions that all write; an asynchronous copy does not meet an
 * RPO of 0 unless the text says so; backups copied to another region are priced; a trail bound to the document's hash
 * keeps the hash; a broker drawn in C4 is not the option that chose to have none. The words are data in
 * {@link Vocabulary.Claims}.
 */
final class ClaimRules {

    private final Consultation c;
    private final Vocabulary.Claims words = Vocabulary.standard().claims();
    private final List<Violation> out;

    private ClaimRules(Consultation c, List<Violation> out) {
        this.c = c;
        this.out = out;
    }

    static void check(Consultation c, List<Violation> out) {
        ClaimRules rules = new ClaimRules(c, out);
        rules.failoverWithoutCopy();
        rules.regionWriters();
        rules.zeroRpo();
        rules.backupCopy();
        rules.contentHash();
        rules.brokerNotChosen();
    }

    /** The texts that say how the system recovers: risks, the runbook and the recovery strategy, by JSON path. */
    private Map<String, String> recoveryTexts() {
        Map<String, String> texts = new LinkedHashMap<>();
        for (int i = 0; i < c.risks().size(); i++) {
            Risk r = c.risks().get(i);
            texts.put("risks[" + i + "]", r.title() + ". " + nullToEmpty(r.description()) + ". " + r.mitigation());
        }
        List<Alert> alerts = c.operations().alerts();
        for (int i = 0; i < alerts.size(); i++) {
            texts.put("operations.alerts[" + i + "]", alerts.get(i).condition() + ". " + alerts.get(i).action());
        }
        var backup = c.operations().backupAndRecovery();
        texts.put("operations.backupAndRecovery", backup.strategy() + ". " + nullToEmpty(backup.retention()) + ". " + nullToEmpty(backup.drillCadence()));
        return texts;
    }

    /** The availability decisions in force, by index. */
    private Map<Integer, Decision> availability() {
        Map<Integer, Decision> found = new LinkedHashMap<>();
        for (int i = 0; i < c.decisions().size(); i++) {
            Decision d = c.decisions().get(i);
            if (d.isInForce() && d.topic() == DecisionTopic.AVAILABILITY) {
                found.put(i, d);
            }
        }
        return found;
    }

    private static String chosenText(Decision d) {
        return d.title() + ". " + d.chosenOption() + ". " + nullToEmpty(d.chosen().summary()) + ". "
                + String.join(". ", d.consequences().stream().map(Consequence::text).toList());
    }

    /**
     * With personal data pinned to home regions no region holds another's records, so nothing can fail over to another
     * region: an availability decision, a risk, the runbook or the plan promising it contradicts the pinning.
     */
    private void failoverWithoutCopy() {
        Optional<String> pinning = Choices.pinningDecision(c);
        if (pinning.isEmpty()) {
            return;
        }
        Map<String, String> texts = new LinkedHashMap<>();
        availability().forEach((i, d) -> texts.put("decisions[" + i + "]", chosenText(d)));
        texts.putAll(recoveryTexts());
        List<RoadmapPhase> phases = c.roadmap().phases();
        for (int i = 0; i < phases.size(); i++) {
            texts.put("roadmap.phases[" + i + "]", String.join(". ", phases.get(i).deliverables()) + ". " + String.join(". ", phases.get(i).exitCriteria()));
        }
        texts.forEach((path, text) -> Words.firstIn(text, words.crossRegionFailover()).ifPresent(phrase -> out.add(error(path,
                DossierValidator.Rule.NO_COPY_TO_FAIL_OVER, "says '" + phrase + "', but decision '" + pinning.get() + "' pins personal data "
                        + "to each person's home region: no other region holds a copy to fail over to"))));
    }

    /**
     * Where the cost or the availability decision says every region takes writes, a risk or runbook that fences the old
     * writer or promotes a standby region describes another design (one writing region).
     */
    private void regionWriters() {
        List<Map.Entry<String, String>> claims = new java.util.ArrayList<>(); // who says it, and what
        availability().values().forEach(d -> claims.add(Map.entry("decision '" + d.id() + "'",
                String.join(". ", d.consequences().stream().map(Consequence::text).toList()))));
        c.cost().assumptions().forEach(a -> claims.add(Map.entry("the cost's assumption", a)));
        // A text naming both ("warm standby or active-active") settles nothing.
        Optional<Map.Entry<String, String>> allWrite = claims.stream()
                .filter(e -> Words.firstIn(e.getValue(), words.allRegionsWrite()).isPresent() && Words.firstIn(e.getValue(), words.oneWriter()).isEmpty()
                        && !Words.contains(e.getValue(), "warm standby") && !Words.contains(e.getValue(), "pilot light"))
                .findFirst();
        if (allWrite.isEmpty()) {
            return;
        }
        String phrase = Words.firstIn(allWrite.get().getValue(), words.allRegionsWrite()).orElseThrow();
        recoveryTexts().forEach((path, text) -> Words.firstIn(text, words.oneWriter()).ifPresent(oneWriter -> out.add(error(path,
                DossierValidator.Rule.REGION_WRITERS, "says '" + oneWriter + "' (one writing region), but " + allWrite.get().getKey()
                        + " runs the regions '" + phrase + "'"))));
    }

    /** An asynchronous copy loses its last writes on failover: a text beside an RPO of 0 says the RPO is not met there. */
    private void zeroRpo() {
        Map<String, String> texts = recoveryTexts();
        availability().forEach((i, d) -> texts.put("decisions[" + i + "]", chosenText(d)));
        texts.forEach((path, text) -> {
            Optional<String> async = Words.firstIn(text, words.asynchronousCopy());
            Optional<String> zero = Words.firstIn(text, words.zeroRpo());
            if (async.isPresent() && zero.isPresent() && Words.firstIn(text, words.rpoAdmitted()).isEmpty()) {
                out.add(error(path, DossierValidator.Rule.RPO_UNMET, "writes of an '" + async.get() + "' copy beside '" + zero.get()
                        + "' as if it were met: an asynchronous copy loses its last writes on failover, so say the RPO cannot be met there"));
            }
        });
    }

    /** Backups copied to another region cost storage there and the transfer: a cost item prices them. */
    private void backupCopy() {
        var backup = c.operations().backupAndRecovery();
        String text = backup.strategy() + ". " + nullToEmpty(backup.retention());
        Optional<String> claim = Words.firstIn(text, words.backupCopy());
        if (claim.isEmpty()) {
            return;
        }
        boolean priced = c.cost().items().stream().anyMatch(i -> {
            String item = i.name() + ". " + i.unit() + ". " + nullToEmpty(i.assumption());
            return i.monthly() > 0 && (Words.contains(item, "backup") || Words.contains(item, "backups"))
                    && Words.firstIn(item, words.backupPriced()).isPresent();
        });
        if (!priced && !c.cost().items().isEmpty()) {
            out.add(error("operations.backupAndRecovery.strategy", DossierValidator.Rule.BACKUP_COPY_UNPRICED, "says '" + claim.get()
                    + "', but no cost item prices a backup copy in another region"));
        }
    }

    /** A trail or signature bound to the content's hash needs a field that holds that hash. */
    private void contentHash() {
        boolean hashField = c.dataModel().entities().stream().map(Entity::fields).flatMap(List::stream).map(EntityField::name)
                .anyMatch(name -> words.contentHashFields().stream().anyMatch(name::contains));
        if (hashField) {
            return;
        }
        for (int i = 0; i < c.decisions().size(); i++) {
            Decision d = c.decisions().get(i);
            if (!d.isInForce()) {
                continue;
            }
            String text = d.chosen().summary() + ". " + String.join(". ", d.consequences().stream().map(Consequence::text).toList());
            Optional<String> claim = Words.firstIn(text, words.contentHashClaims());
            if (claim.isPresent()) {
                out.add(error("decisions[" + i + "]", DossierValidator.Rule.CONTENT_HASH, "decision '" + d.id() + "' says '" + claim.get()
                        + "', but no entity of the data model has a field holding that hash (" + String.join(", ", words.contentHashFields()) + ")"));
            }
        }
    }

    /** A message-broker container built on an option that chose to have no broker or stream is drawn, not designed. */
    private void brokerNotChosen() {
        Map<String, String> noBroker = new LinkedHashMap<>(); // chosen option -> decision id
        for (Decision d : c.decisions()) {
            if (d.isInForce() && Words.firstIn(d.title() + ". " + d.chosenOption(), words.noBroker()).isPresent()) {
                noBroker.put(d.chosenOption(), d.id());
            }
        }
        for (int i = 0; i < c.c4().containers().size(); i++) {
            Container k = c.c4().containers().get(i);
            if (k.kind() != ContainerKind.MESSAGE_BROKER) {
                continue;
            }
            for (Map.Entry<String, String> e : noBroker.entrySet()) {
                if (Words.contains(k.technology(), e.getKey()) || Words.firstIn(k.technology(), words.noBroker()).isPresent()) {
                    out.add(error("c4.containers[" + i + "]", DossierValidator.Rule.BROKER_NOT_CHOSEN, "'" + k.id() + "' is a message broker built on '"
                            + k.technology() + "', but decision '" + e.getValue() + "' chose '" + e.getKey() + "', which has no broker or stream"));
                    break;
                }
            }
        }
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    private static Violation error(String path, DossierValidator.Rule rule, String message) {
        return new Violation(Severity.ERROR, path, rule.id(), message);
    }
}
