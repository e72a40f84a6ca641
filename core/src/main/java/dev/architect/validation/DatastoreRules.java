package dev.architect.validation;

import dev.architect.dossier.Consultation;
import dev.architect.dossier.Container;
import dev.architect.dossier.ContainerKind;
import dev.architect.dossier.Decision;
import dev.architect.dossier.DecisionTopic;
import java.util.List;
import java.util.Optional;

/**
 * Holds the datastore decision and the C4 databases to one model: a decision for one relational database does not sit
 * beside a database per service, and the relational product the decision chose is the one every relational database
 * container runs (so the cost and the DDL, which follow the containers, follow the decision too).
 */
final class DatastoreRules {

    private final Consultation c;
    private final Vocabulary words = Vocabulary.standard();
    private final List<Violation> out;

    private DatastoreRules(Consultation c, List<Violation> out) {
        this.c = c;
        this.out = out;
    }

    static void check(Consultation c, List<Violation> out) {
        DatastoreRules rules = new DatastoreRules(c, out);
        for (int i = 0; i < c.decisions().size(); i++) {
            Decision d = c.decisions().get(i);
            if (d.isInForce() && d.topic() == DecisionTopic.DATASTORE) {
                rules.oneDatabase(i, d);
                rules.product(i, d);
            }
        }
    }

    /** The relational database containers: a database whose technology names a relational engine. */
    private List<Container> relational() {
        return c.c4().containers().stream().filter(k -> k.kind() == ContainerKind.DATABASE)
                .filter(k -> words.engineOf(k.technology()).isPresent()).toList();
    }

    private void oneDatabase(int index, Decision d) {
        String chosen = d.chosenOption() + ". " + nullToEmpty(d.chosen().summary()) + ". " + d.title();
        Optional<String> claim = Words.firstIn(chosen, words.datastore().singleDatabase());
        if (claim.isEmpty() || Words.firstIn(chosen, words.datastore().perService()).isPresent()) {
            return;
        }
        List<Container> databases = relational();
        if (databases.size() > 1) {
            out.add(new Violation(Severity.ERROR, "decisions[" + index + "].chosenOption", DossierValidator.Rule.DATASTORE_MODEL.id(),
                    "decision '" + d.id() + "' chose '" + d.chosenOption() + "' (" + claim.get() + ") but the C4 model has "
                            + databases.size() + " relational databases: " + String.join(", ", databases.stream().map(Container::id).toList())));
        }
    }

    private void product(int index, Decision d) {
        Optional<String> engine = words.engineOf(d.chosenOption() + ". " + nullToEmpty(d.chosen().summary()));
        if (engine.isEmpty()) {
            return;
        }
        List<Container> databases = relational();
        for (Container k : databases) {
            String runs = words.engineOf(k.technology()).orElseThrow();
            if (!runs.equals(engine.get())) {
                out.add(new Violation(Severity.ERROR, "c4.containers[" + c.c4().containers().indexOf(k) + "].technology",
                        DossierValidator.Rule.DATASTORE_MODEL.id(), "container '" + k.id() + "' runs " + runs + " (" + k.technology()
                                + ") but decision '" + d.id() + "' chose " + engine.get() + " ('" + d.chosenOption() + "')"));
            }
        }
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
