package dev.architect.offline.internal.design;

import dev.architect.offline.internal.catalog.DataFiles;
import dev.architect.request.Cloud;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * How each cloud's managed WebSocket service treats idle and long connections and what it bills, as its documentation
 * says ({@code realtime-services.yaml}): the connection table is kept from its connect and disconnect events, and a
 * keep-alive is priced only where the service needs and bills one.
 *
 * @param services by cloud
 */
record RealtimeServices(Map<Cloud, Service> services) {

    static final String RESOURCE = "/dev/architect/offline/realtime-services.yaml";

    /**
     * One cloud's managed WebSocket service.
     *
     * @param product the service
     * @param idleTimeoutMinutes minutes with no message after which the service closes a connection; 0 when it keeps it alive itself
     * @param maxConnectionMinutes the longest a connection stays open; 0 for no limit
     * @param disconnectEvent whether the service tells the handler that a connection went
     * @param keepAliveBilled whether a client with nothing to send must send a billed message within the idle timeout
     * @param inboundBilled whether the messages clients send are billed as messages
     * @param basis the facts, in one sentence
     * @param source where they are stated
     * @param checked when they were read
     */
    record Service(String product, double idleTimeoutMinutes, double maxConnectionMinutes, boolean disconnectEvent, boolean keepAliveBilled,
                   boolean inboundBilled, String basis, String source, String checked) {
        Service {
            if (product == null || basis == null || source == null || checked == null || idleTimeoutMinutes < 0 || maxConnectionMinutes < 0) {
                throw new IllegalStateException(RESOURCE + ": a service needs its product, basis, source and checked date, and no negative minutes");
            }
            if (keepAliveBilled && !(idleTimeoutMinutes > 1)) {
                throw new IllegalStateException(RESOURCE + ": " + product + " bills keep-alives but states no idle timeout over a minute");
            }
        }

        /** Where the facts come from, for a note: the source and the date read. */
        String cited() {
            return source + ", " + checked;
        }
    }

    RealtimeServices {
        services = services == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(services));
    }

    /**
     * Reads a file in the layout of the shipped one: an unknown key fails naming the entry, and each entry's key must
     * name a cloud of {@link Cloud} ("aws", "azure"), or the load fails naming the file and the entry.
     */
    static RealtimeServices read(java.io.InputStream in, String where) {
        if (in == null) {
            throw new IllegalStateException(where + " is missing from the classpath");
        }
        Services file = DataFiles.read(in, where, Services.class, "realtime services");
        Map<Cloud, Service> byCloud = new LinkedHashMap<>();
        file.forEach((key, service) -> {
            Cloud cloud;
            try {
                cloud = Cloud.of(key);
            } catch (RuntimeException e) {
                throw new IllegalStateException("realtime services " + where + " at " + key + ": '" + key + "' is not a cloud (aws, azure, gcp, on-premises)", e);
            }
            if (service == null) {
                throw new IllegalStateException("realtime services " + where + " at " + key + ": the entry is empty");
            }
            if (byCloud.put(cloud, service) != null) {
                throw new IllegalStateException("realtime services " + where + " at " + key + ": " + cloud.label() + " is listed twice");
            }
        });
        return new RealtimeServices(byCloud);
    }

    /** The file's shape: services by cloud label at the top level. */
    static final class Services extends LinkedHashMap<String, Service> {
        private static final long serialVersionUID = 1L;
    }

    private static final class Holder {
        static final RealtimeServices STANDARD = DataFiles.shipped(RESOURCE, "realtime services", RealtimeServices::read);
    }

    /** The facts shipped with the SDK, read once. */
    static RealtimeServices standard() {
        return Holder.STANDARD;
    }

    /** The managed WebSocket service of a cloud, when it has one. */
    Optional<Service> on(Cloud cloud) {
        return Optional.ofNullable(services.get(cloud));
    }
}
