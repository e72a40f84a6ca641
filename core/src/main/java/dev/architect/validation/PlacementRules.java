package dev.architect.validation;

import dev.architect.dossier.Consultation;
import dev.architect.dossier.Decision;
import dev.architect.dossier.DecisionTopic;
import dev.architect.dossier.Estimate;
import dev.architect.dossier.Risk;
import dev.architect.request.Cloud;
import dev.architect.request.ConsultationRequest;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Placement follows the deployment's sites ({@code placement.yaml}): a system the organisation hosts in one data centre of
 * its own has no cloud zones and no second region, so its availability decision, the instances the cost and capacity plan
 * size, its recovery strategy and its risks place nothing in them.
 */
final class PlacementRules {

    private static final String RESOURCE = "/dev/architect/validation/placement.yaml";

    /** The file's layout: the words that place parts in zones or in another region, by what they claim. */
    record Placement(Map<String, List<String>> oneSiteClaims, Map<String, List<String>> continents, List<String> oneRegionServes,
                     List<String> farUsers) {
        Placement {
            farUsers = farUsers == null ? List.of() : List.copyOf(farUsers);
            oneSiteClaims = oneSiteClaims == null ? Map.of() : Map.copyOf(oneSiteClaims);
            continents = continents == null ? Map.of() : Map.copyOf(continents);
            oneRegionServes = oneRegionServes == null ? List.of() : List.copyOf(oneRegionServes);
        }
    }

    private static final class Holder {
        static final Placement STANDARD = ValidatorData.read(RESOURCE, Placement.class, "placement vocabulary");
    }

    private PlacementRules() {
    }

    /** The placement words of the shipped file, read once. */
    static Placement placement() {
        return Holder.STANDARD;
    }

    static void check(Consultation c, ConsultationRequest request, List<Violation> out) {
        farUsers(c, request, out);
        if (request == null || request.deployment() == null || request.deployment().cloud() != Cloud.ON_PREMISES) {
            return;
        }
        List<String> regions = request.deployment().regions() == null ? List.of() : request.deployment().regions();
        if (regions.size() > 1) {
            return;
        }
        String site = regions.isEmpty() ? "one data centre" : "one data centre (" + regions.get(0) + ")";
        for (int i = 0; i < c.decisions().size(); i++) {
            Decision d = c.decisions().get(i);
            if (d.isInForce() && d.topic() == DecisionTopic.AVAILABILITY) {
                claim("decisions[" + i + "].chosenOption", "decision '" + d.id() + "' chooses", d.chosenOption() + " " + d.title() + " "
                        + d.chosen().summary(), site, out);
            }
        }
        for (int i = 0; i < c.cost().items().size(); i++) {
            var item = c.cost().items().get(i);
            claim("cost.items[" + i + "].assumption", "cost item '" + item.id() + "' sizes", item.assumption(), site, out);
        }
        for (int i = 0; i < c.capacity().estimates().size(); i++) {
            Estimate e = c.capacity().estimates().get(i);
            claim("capacity.estimates[" + i + "].basis", "capacity estimate '" + e.id() + "' sizes", e.basis(), site, out);
        }
        operationsLines("operations.ciCd", c.operations().ciCd(), site, out);
        operationsLines("operations.infrastructureAsCode", c.operations().infrastructureAsCode(), site, out);
        operationsLines("operations.securityScanning", c.operations().securityScanning(), site, out);
        for (int i = 0; i < c.requirements().qualityAttributes().size(); i++) {
            var q = c.requirements().qualityAttributes().get(i);
            claim("requirements.qualityAttributes[" + i + "].scenario", "quality attribute '" + q.id() + "' relies on", q.scenario(), site, out);
        }
        if (c.operations().backupAndRecovery() != null) {
            claim("operations.backupAndRecovery.strategy", "the recovery strategy relies on", c.operations().backupAndRecovery().strategy(), site, out);
        }
        for (int i = 0; i < c.risks().size(); i++) {
            Risk r = c.risks().get(i);
            claim("risks[" + i + "]", "risk '" + r.id() + "' relies on", r.description() + " " + r.mitigation(), site, out);
        }
    }

    /**
     * Users on several continents (the audience, or the request's words), regions on several continents, a latency target,
     * and an availability decision that serves everyone from one
     * of them (a warm standby, a pilot light): a consequence of the decision says what the far users trade against the
     * target, citing it.
     */
    private static void farUsers(Consultation c, ConsultationRequest request, List<Violation> out) {
        if (request == null || request.deployment() == null || request.deployment().regions() == null || request.latency() == null
                || request.latency().p99Ms() == null) {
            return;
        }
        java.util.Set<String> continents = new java.util.TreeSet<>();
        for (String region : request.deployment().regions()) {
            String name = region.toLowerCase(java.util.Locale.ROOT);
            Holder.STANDARD.continents().forEach((continent, prefixes) -> {
                if (prefixes.stream().anyMatch(name::startsWith)) {
                    continents.add(continent);
                }
            });
        }
        String said = (request.description() == null ? "" : request.description()) + " " + String.join(" ", request.goals() == null ? List.of() : request.goals());
        boolean spread = (request.load() != null && request.load().audience() == dev.architect.request.Audience.GLOBAL)
                || Words.firstIn(said, Holder.STANDARD.farUsers()).isPresent();
        if (continents.size() < 2 || !spread) {
            return;
        }
        String p99 = dev.architect.internal.Numbers.format(request.latency().p99Ms()) + " ms"; // as the dossier writes it: "1,500 ms"
        for (int i = 0; i < c.decisions().size(); i++) {
            Decision d = c.decisions().get(i);
            if (!d.isInForce() || d.topic() != DecisionTopic.AVAILABILITY) {
                continue;
            }
            StringBuilder text = new StringBuilder(d.rationale());
            d.consequences().forEach(q -> text.append(' ').append(q.text()));
            Optional<String> oneServes = Words.firstIn(text.toString(), Holder.STANDARD.oneRegionServes());
            boolean traded = d.consequences().stream().anyMatch(q -> q.kind() == dev.architect.dossier.ConsequenceKind.BAD && q.text().contains(p99));
            if (oneServes.isPresent() && !traded) {
                out.add(new Violation(Severity.ERROR, "decisions[" + i + "].consequences", DossierValidator.Rule.LATENCY_TRADE_OFF.id(), "decision '"
                        + d.id() + "' serves every user from one region (" + oneServes.get() + ") while the regions " + request.deployment().regions()
                        + " span " + String.join(" and ", continents) + " and the request sets a " + p99 + " p99; no bad consequence "
                        + "says what the users far from that region trade against it"));
            }
        }
    }

    private static void operationsLines(String path, List<String> lines, String site, List<Violation> out) {
        for (int i = 0; lines != null && i < lines.size(); i++) {
            claim(path + "[" + i + "]", "the operations plan relies on", lines.get(i), site, out);
        }
    }

    private static void claim(String path, String who, String text, String site, List<Violation> out) {
        if (text == null) {
            return;
        }
        for (Map.Entry<String, List<String>> claim : new java.util.TreeMap<>(Holder.STANDARD.oneSiteClaims()).entrySet()) {
            Optional<String> found = Words.firstIn(text, claim.getValue());
            if (found.isPresent()) {
                out.add(new Violation(Severity.ERROR, path, DossierValidator.Rule.PLACEMENT_SITES.id(), who + " " + claim.getKey() + " ('"
                        + found.get() + "') but the system is hosted on premises in " + site + ", which has none: its redundancy is hosts "
                        + "and racks there, and a second site is a trade-off to state, not a place to run"));
                return;
            }
        }
    }
}
