package dev.architect.offline.internal.rules;

import dev.architect.dossier.DecisionTopic;
import dev.architect.figures.Workload;
import dev.architect.offline.internal.catalog.CatalogueEntry;
import dev.architect.offline.internal.catalog.Facts;
import java.util.List;
import java.util.Optional;

/** Everything the rules decided for one request, in ADR order, with the facts they were decided on. */
public record Architecture(Workload workload, Facts facts, List<Choice> choices, boolean residencyPinsCountries) {

    public Architecture {
        choices = List.copyOf(choices);
    }

    /** The rules' decisions, with no residency that keeps each country's data in its own region. */
    public Architecture(Workload workload, Facts facts, List<Choice> choices) {
        this(workload, facts, choices, false);
    }

    public Choice choice(DecisionTopic topic) {
        return find(topic).orElseThrow(() -> new IllegalStateException("no decision on " + topic));
    }

    public Optional<Choice> find(DecisionTopic topic) {
        return choices.stream().filter(c -> c.rule().topic() == topic).findFirst();
    }

    public CatalogueEntry chosen(DecisionTopic topic) {
        return choice(topic).chosen();
    }

    public String shape(DecisionTopic topic) {
        return choice(topic).shape();
    }

    public List<Choice> compliance() {
        return choices.stream().filter(c -> c.regime() != null).toList();
    }

    /**
     * Whether a chosen compliance approach keeps each person's data in their home region only (catalogue sizing
     * {@code homeRegionPinning}): no region then holds a copy of another region's personal data.
     */
    public boolean pinsDataToHomeRegion() {
        // Residency in several named countries keeps each country's data in its own region in the same way.
        return residencyPinsCountries || compliance().stream().anyMatch(c -> c.chosen().size("homeRegionPinning", 0) > 0);
    }

    /**
     * Whether a chosen compliance approach binds the audit trail to the hash of the content signed or changed (catalogue
     * sizing {@code auditBindsContentHash}), so the trail's table keeps that hash.
     */
    public boolean auditBindsContentHash() {
        return compliance().stream().anyMatch(c -> c.chosen().size("auditBindsContentHash", 0) > 0);
    }

    /** How the design's regions run, from the availability layout, the request's targets and the pinning of personal data. */
    public RegionMode regionMode() {
        int regions = Math.max(workload.regions().size(), (int) chosen(DecisionTopic.AVAILABILITY).size("regions", 1));
        return RegionMode.of(regions, workload.availabilityPercent(), workload.rtoMinutes(), workload.rpoMinutes(), singleWriterStore(),
                pinsDataToHomeRegion());
    }

    /** Whether the chosen primary store takes every write on one primary (a relational option sized in instances). */
    public boolean singleWriterStore() {
        return find(DecisionTopic.DATASTORE).map(Choice::chosen).map(DatastoreRule::singleWriter).orElse(false);
    }

    /** Every compliance control the chosen approaches require. */
    public List<String> controls() {
        return compliance().stream().flatMap(c -> c.chosen().controls().stream()).toList();
    }

    /**
     * ADR id of a choice: its position, 1-based, four digits. The choice is found by identity, or else by what it decides
     * (its topic, and its regime for compliance), never by equal contents: a copy made for writing (a pinned layout) names
     * the decision it was made from, and a choice this design does not hold is an error rather than "adr-0000".
     */
    public String decisionId(Choice choice) {
        int at = -1;
        for (int i = 0; i < choices.size() && at < 0; i++) {
            if (choices.get(i) == choice) {
                at = i;
            }
        }
        for (int i = 0; i < choices.size() && at < 0; i++) {
            Choice c = choices.get(i);
            if (c.rule().topic() == choice.rule().topic() && c.regime() == choice.regime() && c.section().question().equals(choice.section().question())) {
                at = i;
            }
        }
        if (at < 0) {
            throw new IllegalArgumentException("no decision on " + choice.rule().topic() + " in this design");
        }
        return String.format(java.util.Locale.ROOT, "adr-%04d", at + 1);
    }
}
