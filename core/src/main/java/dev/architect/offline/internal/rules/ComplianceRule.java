package dev.architect.offline.internal.rules;

import dev.architect.dossier.C4Model;
import dev.architect.dossier.Consequence;
import dev.architect.dossier.ConsequenceKind;
import dev.architect.dossier.Container;
import dev.architect.dossier.DecisionTopic;
import dev.architect.offline.internal.catalog.Catalogue;
import dev.architect.offline.internal.catalog.Fact;
import dev.architect.offline.internal.catalog.Facts;
import dev.architect.request.ComplianceRegime;
import java.util.ArrayList;
import java.util.List;

/**
 * Compliance controls: one decision per regime the catalogue covers (PCI DSS, HIPAA, GDPR, SOC 2), each listing the
 * concrete controls of the chosen approach as consequences. Regimes without a catalogue entry become open questions.
 */
public final class ComplianceRule implements DecisionRule {

    private final List<ComplianceRegime> regimes;

    /** A rule for the regimes a request names. */
    public ComplianceRule(List<ComplianceRegime> regimes) {
        this.regimes = List.copyOf(regimes);
    }

    @Override
    public DecisionTopic topic() {
        return DecisionTopic.COMPLIANCE;
    }

    @Override
    public List<Choice> decide(Facts facts, Catalogue catalogue) {
        List<Choice> choices = new ArrayList<>();
        for (ComplianceRegime regime : regimes) {
            catalogue.compliance(regime).ifPresent(section ->
                    choices.add(Choice.rank(this, section, facts, List.of(Fact.CLOUD), regime)));
        }
        return choices;
    }

    @Override
    public String title(Choice choice) {
        return choice.regime().label() + " controls: " + dev.architect.offline.internal.catalog.Phrases.inSentence(choice.chosen().name());
    }

    @Override
    public List<Consequence> extraConsequences(Choice choice) {
        // One consequence per control: each is a task for whoever implements the regime's controls.
        return choice.chosen().controls().stream().map(c -> new Consequence(ConsequenceKind.NEUTRAL,
                choice.regime().label() + " control: " + c)).toList();
    }

    @Override
    public List<String> relatedElements(Choice choice, C4Model c4) {
        // Controls apply where the regulated data is stored and served.
        return c4.containers().stream().filter(c -> c.isDataStore() || c.kind() == dev.architect.dossier.ContainerKind.SERVICE)
                .map(Container::id).toList();
    }
}
