package dev.architect.offline.internal.design;

import dev.architect.offline.internal.catalog.DataFiles;
import dev.architect.request.Cloud;
import java.io.InputStream;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Default quotas of managed services that a design's peak can pass ({@code service-quotas.yaml}), by what the design
 * measures and by cloud: a peak past a default is named in the capacity plan, carried in the risk register with the
 * increase request as mitigation, and checked in the operations plan before launch.
 */
final class ServiceQuotas {

    static final String RESOURCE = "/dev/architect/offline/service-quotas.yaml";

    /** What a design measures against a quota. */
    enum Measure {
        /** Requests a second at peak through the cloud's API gateway service in one region, WebSocket messages and callbacks included. */
        GATEWAY_REQUESTS,
        /** Units of a managed WebSocket service one resource holds. */
        REALTIME_UNITS;

        static Measure of(String key, String where) {
            try {
                return valueOf(key.toUpperCase(Locale.ROOT).replace('-', '_'));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(where + ": '" + key + "' is not a measure (gateway-requests, realtime-units)", e);
            }
        }
    }

    /** Regions where the default is lower. */
    record LowerIn(Double maxThere, List<String> regions) {
    }

    /**
     * One cloud's quota on one measure.
     *
     * @param max      the default
     * @param perUnit  connections one unit holds (realtime units only)
     * @param unit     what max counts
     * @param product  the service and the quota
     * @param increase how it is raised
     * @param lowerIn  regions with a lower default, or null
     * @param source   where it is stated
     * @param checked  when it was read
     */
    record Quota(Double max, Double perUnit, String unit, String product, String increase, LowerIn lowerIn, String source, String checked) {

        /** The default in a region. */
        double maxIn(String region) {
            return lowerIn != null && lowerIn.regions().contains(region) ? lowerIn.maxThere() : max;
        }

        /** Where the quota is stated, for a note. */
        String cited() {
            return source + ", " + checked;
        }
    }

    /** The file's shape. */
    record File(Map<String, Map<String, Quota>> quotas) {
    }

    private final Map<Measure, Map<Cloud, Quota>> quotas;

    private ServiceQuotas(Map<Measure, Map<Cloud, Quota>> quotas) {
        this.quotas = quotas;
    }

    private static final class Holder {
        static final ServiceQuotas STANDARD = DataFiles.shipped(RESOURCE, "service quotas", ServiceQuotas::read);
    }

    static ServiceQuotas standard() {
        return Holder.STANDARD;
    }

    /** A cloud's quota on a measure, when the file has one. */
    Optional<Quota> on(Measure measure, Cloud cloud) {
        return Optional.ofNullable(quotas.getOrDefault(measure, Map.of()).get(cloud));
    }

    /**
     * Reads the file; an unknown key, measure or cloud, a non-positive maximum, a missing text or a unit count on the
     * wrong measure fails naming the file and the entry.
     */
    static ServiceQuotas read(InputStream in, String where) {
        if (in == null) {
            throw new IllegalStateException(where + " is missing from the classpath");
        }
        File file = DataFiles.read(in, where, File.class, "service quotas");
        Map<Measure, Map<Cloud, Quota>> out = new EnumMap<>(Measure.class);
        (file.quotas() == null ? Map.<String, Map<String, Quota>>of() : file.quotas()).forEach((key, byCloud) -> {
            Measure measure = Measure.of(key, where + ": quotas." + key);
            Map<Cloud, Quota> clouds = new LinkedHashMap<>();
            (byCloud == null ? Map.<String, Quota>of() : byCloud).forEach((label, q) -> {
                String at = where + ": quotas." + key + "." + label;
                Cloud cloud;
                try {
                    cloud = Cloud.of(label);
                } catch (RuntimeException e) {
                    throw new IllegalStateException(at + ": '" + label + "' is not a cloud (aws, azure, gcp, on-premises)", e);
                }
                if (q == null || q.max() == null || !(q.max() > 0)) {
                    throw new IllegalStateException(at + ".max must be a positive number");
                }
                for (String[] text : new String[][] {{"unit", q.unit()}, {"product", q.product()}, {"increase", q.increase()}, {"source", q.source()},
                        {"checked", q.checked()}}) {
                    if (text[1] == null || text[1].isBlank()) {
                        throw new IllegalStateException(at + "." + text[0] + " is blank");
                    }
                }
                if ((measure == Measure.REALTIME_UNITS) != (q.perUnit() != null && q.perUnit() > 0)) {
                    throw new IllegalStateException(at + ".perUnit: realtime-units states the connections a unit holds, and only it");
                }
                if (q.lowerIn() != null && (q.lowerIn().maxThere() == null || !(q.lowerIn().maxThere() > 0) || q.lowerIn().regions() == null
                        || q.lowerIn().regions().isEmpty())) {
                    throw new IllegalStateException(at + ".lowerIn needs maxThere and its regions");
                }
                clouds.put(cloud, q);
            });
            out.put(measure, clouds);
        });
        return new ServiceQuotas(out);
    }

    /**
     * The operations plan with a check before launch for each default quota the design's peak passes: the increase is
     * requested and granted in the account and region the system launches in, and checked there, not assumed.
     */
    static dev.architect.dossier.OperationsPlan withQuotaChecks(dev.architect.dossier.OperationsPlan ops, List<CostPlanner.LimitNote> limits) {
        List<String> checks = limits.stream().filter(l -> l.kind() == CostPlanner.LimitKind.DEFAULT_QUOTA)
                .map(l -> "Before launch, check the granted quota in the account and region the system launches in (Service Quotas or the "
                        + "service's quota page), not the default: " + l.text()).toList();
        if (checks.isEmpty()) {
            return ops;
        }
        List<String> iac = new java.util.ArrayList<>(ops.infrastructureAsCode());
        iac.addAll(checks);
        return new dev.architect.dossier.OperationsPlan(ops.slos(), ops.monitoring(), ops.alerts(), ops.backupAndRecovery(), ops.ciCd(), iac,
                ops.securityScanning());
    }
}
