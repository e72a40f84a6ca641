package dev.architect.offline.internal.design;

import dev.architect.dossier.Consequence;
import dev.architect.dossier.ConsequenceKind;
import dev.architect.dossier.Decision;
import dev.architect.dossier.DecisionTopic;
import dev.architect.dossier.OpenQuestion;
import dev.architect.dossier.Risk;
import dev.architect.dossier.RiskStatus;
import dev.architect.figures.Workload;
import dev.architect.offline.internal.catalog.Geography;
import dev.architect.request.ConsultationRequest;
import dev.architect.request.Deployment;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Residency in named countries ("each patient's records stay in Mexico, Colombia or Chile"): each country is mapped to
 * the chosen cloud's region in it (geography.yaml), the system is deployed there when the request names no regions, and
 * the dossier says where each country's data stays, or that the cloud has no region in that country and who decides.
 */
final class CountryResidency {

    private CountryResidency() {
    }

    /**
     * The request deployed to the cloud's regions in the countries its residency names, when it states no regions and
     * the cloud has a region in at least one of them; else the request itself.
     */
    static ConsultationRequest deployed(ConsultationRequest request) {
        if (request.deployment() != null && !request.deployment().regions().isEmpty()) {
            return request;
        }
        // The regions are the stated cloud's, else the assumed one's; the cloud stays unstated, so its assumption stays too
        var stated = request.deployment() == null ? null : request.deployment().cloud();
        var cloud = Workload.of(request).cloud();
        return Geography.standard().residency(request, cloud).filter(r -> !r.regions().isEmpty())
                .map(r -> request.toBuilder().deployment(new Deployment(stated, r.regions())).build()).orElse(request);
    }

    /** Where each named country's data stays on this cloud: "Mexico's data stays in mx-central-1 (Queretaro)". */
    private static String where(Geography.Residency r) {
        List<String> parts = new ArrayList<>();
        for (Geography.Kept k : r.countries()) {
            parts.add(k.region().map(x -> "data of " + k.country().name() + " stays in " + x.region() + " (" + x.city() + ")")
                    .orElseGet(() -> r.cloud().displayName() + " has no region in " + k.country().name()
                            + k.announced().map(a -> " (one is announced in " + a.city() + " but not open)").orElse("")));
        }
        return String.join("; ", parts);
    }

    /** The availability decision says where the data stays, country by country, citing the request. */
    static List<Decision> stated(List<Decision> decisions, ConsultationRequest request, Workload w) {
        Optional<Geography.Residency> residency = Geography.standard().residency(request, w.cloud());
        if (residency.isEmpty()) {
            return decisions;
        }
        Geography.Residency r = residency.get();
        String text = "Residency (" + r.evidence() + "): " + where(r) + (r.regions().size() > 1
                ? "; each country's records are written and backed up only in its own region, never replicated to another" : "")
                + (r.unplaced().isEmpty() ? "" : "; open question oq-residency-countries asks where the others' data may be held");
        return decisions.stream().map(d -> d.topic() != DecisionTopic.AVAILABILITY ? d : withConsequence(d, text)).toList();
    }

    private static Decision withConsequence(Decision d, String text) {
        List<Consequence> consequences = new ArrayList<>(d.consequences());
        consequences.add(new Consequence(ConsequenceKind.NEUTRAL, text));
        return new Decision(d.id(), d.title(), d.topic(), d.status(), d.context(), d.drivers(), d.options(), d.chosenOption(), d.rationale(),
                consequences, d.relatedElements(), d.date(), d.supersedes(), d.supersededBy());
    }

    /** The risk of data leaving its country, and where it must stay; likelier when the cloud has no region in one of them. */
    static Optional<Risk> risk(ConsultationRequest request, Workload w) {
        return Geography.standard().residency(request, w.cloud()).map(r -> {
            boolean gap = !r.unplaced().isEmpty();
            String names = Names.list(r.unplaced().stream().map(k -> k.country().name()).toList());
            return new Risk("risk-residency-countries", gap ? "No " + r.cloud().displayName() + " region in " + names : "Data leaving its country",
                    "The request requires residency (" + r.evidence() + "): " + where(r)
                            + (gap ? ". Data of " + names + " held in another country's region would break it" : ". A replica, backup copy or log shipped to another region would break it"),
                    gap ? 4 : 2, 5,
                    (gap ? "Decide with counsel where data of " + names + " may be held (open question oq-residency-countries): a cloud or local "
                            + "provider with a region there, or a legal basis for holding it elsewhere, before any of it is stored; " : "")
                            + "Deny other regions by policy (backups, replicas and logs included) and test it in the hardening phase",
                    "Data protection officer", RiskStatus.OPEN, List.of(), List.of());
        });
    }

    /** The question when the cloud has no region in a named country: where may that country's data be held? */
    static Optional<OpenQuestion> question(ConsultationRequest request, Workload w) {
        return Geography.standard().residency(request, w.cloud()).filter(r -> !r.unplaced().isEmpty()).map(r -> {
            String names = Names.list(r.unplaced().stream().map(k -> k.country().name()).toList());
            return new OpenQuestion("oq-residency-countries", "Where may the data of " + names + " be held?",
                    "The request requires residency (" + r.evidence() + ") and " + r.cloud().displayName() + " has no region in " + names
                            + "; the answer decides the hosting of those records, or whether " + r.cloud().displayName() + " can be the cloud at all",
                    List.of("A provider with a region in each country", "Another country's region under a legal basis counsel confirms",
                            "Another cloud with regions there"),
                    "A provider with a region in each country");
        });
    }
}
