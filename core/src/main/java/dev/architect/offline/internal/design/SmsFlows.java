package dev.architect.offline.internal.design;

import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * How often the flows that send or receive text messages run, per monthly active user a month, from
 * {@code sms-flows.yaml}: with the steps of each flow to and from the SMS provider they give the messages a month.
 */
final class SmsFlows {

    static final String RESOURCE = "/dev/architect/offline/sms-flows.yaml";
    /** The assumption the runs of each flow are stated under. */
    static final String ASSUMPTION = "as-sms-flows";

    /** A flow's runs per monthly active user a month, and why. */
    record Runs(double perUserMonth, String basis) {
    }

    /** The file's shape. */
    record File(Map<String, Runs> flows) {
    }

    private final Map<String, Runs> flows;

    private SmsFlows(Map<String, Runs> flows) {
        this.flows = flows;
    }

    private static final class Holder {
        static final SmsFlows STANDARD = read(SmsFlows.class.getResourceAsStream(RESOURCE), RESOURCE);
    }

    static SmsFlows standard() {
        return Holder.STANDARD;
    }

    /** How often an archetype flow runs per monthly active user a month, when the file says. */
    Optional<Runs> runs(String flowId) {
        return Optional.ofNullable(flows.get(flowId));
    }

    /** Reads the file; a negative or missing count, or a blank basis, fails naming the flow. */
    static SmsFlows read(InputStream in, String where) {
        if (in == null) {
            throw new IllegalStateException(where + " is missing from the classpath");
        }
        File file = dev.architect.offline.internal.catalog.DataFiles.read(in, where, File.class, "SMS flows");
        Map<String, Runs> flows = new LinkedHashMap<>();
        (file.flows() == null ? Map.<String, Runs>of() : file.flows()).forEach((id, r) -> {
            if (r == null || !(r.perUserMonth() > 0) || Double.isInfinite(r.perUserMonth())) {
                throw new IllegalStateException(where + ": flows." + id + ".perUserMonth must be a positive number");
            }
            if (r.basis() == null || r.basis().isBlank()) {
                throw new IllegalStateException(where + ": flows." + id + ".basis must say why");
            }
            flows.put(id, r);
        });
        return new SmsFlows(flows);
    }
}
