package dev.architect.offline.internal.design;

import dev.architect.offline.internal.archetype.Archetypes;
import dev.architect.offline.internal.catalog.DataFiles;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * How often each open client sends the message an archetype keeps its state from ({@code heartbeat-rates.yaml}): a
 * capability of such an archetype writes the connections held / the interval a second at peak, whatever share of the
 * request's peak writes its weight would give it.
 */
final class HeartbeatRates {

    static final String RESOURCE = "/dev/architect/offline/heartbeat-rates.yaml";
    /** The assumption the rate is stated under. */
    static final String ASSUMPTION = "as-heartbeat-rate";

    /**
     * One archetype's interval.
     *
     * @param everySeconds seconds between two messages of one client
     * @param flow         the archetype's flow that states the interval
     * @param basis        what the message carries and where it lands
     */
    record Rate(double everySeconds, String flow, String basis) {
    }

    /** The file's shape. */
    record File(Map<String, Rate> archetypes) {
    }

    private final Map<String, Rate> byArchetype;

    private HeartbeatRates(Map<String, Rate> byArchetype) {
        this.byArchetype = byArchetype;
    }

    private static final class Holder {
        static final HeartbeatRates STANDARD = DataFiles.shipped(RESOURCE, "heartbeat rates", HeartbeatRates::read);
    }

    static HeartbeatRates standard() {
        return Holder.STANDARD;
    }

    /** The interval of an archetype's clients, when its state is kept from messages sent on one. */
    Optional<Rate> of(String archetypeId) {
        return Optional.ofNullable(byArchetype.get(archetypeId));
    }

    /**
     * Reads the file; an unknown key, an archetype or flow the catalogue does not have, a non-positive interval or a blank
     * basis fails naming the file and the entry.
     */
    static HeartbeatRates read(InputStream in, String where) {
        if (in == null) {
            throw new IllegalStateException(where + " is missing from the classpath");
        }
        File file = DataFiles.read(in, where, File.class, "heartbeat rates");
        Map<String, Rate> by = new LinkedHashMap<>();
        (file.archetypes() == null ? Map.<String, Rate>of() : file.archetypes()).forEach((id, r) -> {
            String at = where + ": archetypes." + id;
            var archetype = Archetypes.standard().byId(id)
                    .orElseThrow(() -> new IllegalStateException(at + ": '" + id + "' is not an archetype of archetypes.yaml"));
            if (r == null || !(r.everySeconds() > 0) || Double.isInfinite(r.everySeconds())) {
                throw new IllegalStateException(at + ".everySeconds must be a positive number");
            }
            var flow = archetype.flows().stream().filter(f -> f.id().equals(r.flow())).findFirst()
                    .orElseThrow(() -> new IllegalStateException(at + ".flow: '" + r.flow() + "' is not a flow of the archetype " + id));
            // The flow and the load say the same interval: "Heartbeat every 30 s" in the flow, 30 here
            String every = "every " + dev.architect.internal.Numbers.format(r.everySeconds()) + " s";
            if (flow.steps().stream().noneMatch(step -> java.util.regex.Pattern.compile("\\b" + java.util.regex.Pattern.quote(every) + "\\b").matcher(step).find())) {
                throw new IllegalStateException(at + ": the flow " + r.flow() + " states no interval of '" + every + "'; the file and the flow must agree");
            }
            if (r.basis() == null || r.basis().isBlank()) {
                throw new IllegalStateException(at + ".basis must say why");
            }
            by.put(id, r);
        });
        return new HeartbeatRates(by);
    }
}
