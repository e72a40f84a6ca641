package dev.architect.offline.internal.catalog;

import dev.architect.offline.internal.catalog.Shapes;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The closed vocabularies of option shapes the design builders act on, one enum per decision section. A catalogue
 * option's {@code shape} in one of these sections is bound when the catalogue is read, so a misspelt shape in a custom
 * catalogue fails at load naming the entry instead of silently designing the wrong system. Sections not listed here
 * (an archetype's decision) keep free shapes that only the archetype's own data refers to.
 */
public final class Shapes {

    private Shapes() {
    }

    /** A shape as the catalogue writes it: lower case with dashes ({@code monolith-satellites}). */
    public interface Shape {
        default String label() {
            return ((Enum<?>) this).name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /** How the system is split into deployable units. */
    public enum Style implements Shape { MONOLITH, MONOLITH_SATELLITES, SERVICES, FUNCTIONS }

    /** Where the system of record lives. */
    public enum Store implements Shape { RELATIONAL, TIME_SERIES, WIDE_COLUMN }

    /** What is cached where. */
    public enum Caching implements Shape { NONE, CACHE, CDN_CACHE }

    /** How components exchange asynchronous messages. */
    public enum Messaging implements Shape { NONE, QUEUE, STREAM }

    /** Who signs users in. */
    public enum Identity implements Shape { MANAGED, MANAGED_MESH, SELF_HOSTED, FEDERATED }

    /** Where the units run. */
    public enum Deployment implements Shape { VMS, CONTAINERS, KUBERNETES, PAAS, SERVERLESS }

    /** How far redundancy reaches. */
    public enum Availability implements Shape { SINGLE_ZONE, MULTI_ZONE, MULTI_REGION }

    /** Who runs the telemetry backend. */
    public enum Observability implements Shape { CLOUD, OSS }

    /** The style of the public API. */
    public enum ApiStyle implements Shape { REST, GRAPHQL }

    /**
     * How travel times and routes are computed for dispatch: the maps vendor's API, a routing engine of our own for the
     * matrices with the vendor kept for the assigned trip's route, or the engine alone.
     */
    public enum Routing implements Shape { VENDOR, HYBRID, SELF_HOSTED }

    /** How staff and devices at the organisation's sites reach the system: TLS over the internet, a VPN per site, or SD-WAN. */
    public enum SiteNetwork implements Shape { INTERNET_TLS, SITE_VPN, SD_WAN }

    /** How a short, sharp surge is absorbed: autoscaling alone, scheduled pre-scaling, a waiting room, or shedding reads. */
    public enum SurgeAbsorption implements Shape { AUTOSCALE, PRE_SCALING, WAITING_ROOM, LOAD_SHEDDING }

    /** The sections whose shapes are bound, and the vocabulary of each. */
    static final Map<String, Class<? extends Enum<?>>> BY_SECTION = Map.ofEntries(
            Map.entry("architectureStyle", Style.class),
            Map.entry("datastore", Store.class),
            Map.entry("caching", Caching.class),
            Map.entry("messaging", Messaging.class),
            Map.entry("identity", Identity.class),
            Map.entry("customerIdentity", Identity.class),
            Map.entry("deployment", Deployment.class),
            Map.entry("availability", Availability.class),
            Map.entry("observability", Observability.class),
            Map.entry("apiStyle", ApiStyle.class),
            Map.entry("routing", Routing.class),
            Map.entry("siteNetwork", SiteNetwork.class),
            Map.entry("surgeAbsorption", SurgeAbsorption.class));

    /** The shape of that label in the vocabulary, or empty. */
    public static <E extends Enum<E> & Shape> Optional<E> find(Class<E> type, String label) {
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.label().equals(label)).findFirst();
    }

    /** The shape of a label the catalogue has already bound (so it cannot be missing). */
    public static <E extends Enum<E> & Shape> E of(Class<E> type, String label) {
        return find(type, label).orElseThrow(() -> new IllegalStateException("shape '" + label + "' is not one of " + labels(type)));
    }

    static List<String> labels(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(e -> ((Shape) e).label()).toList();
    }

    /** Checks every option of a bound section, naming the section and option of a shape outside its vocabulary. */
    static void check(String section, List<CatalogueEntry> options) {
        Class<? extends Enum<?>> type = BY_SECTION.get(section);
        if (type == null) {
            return;
        }
        List<String> allowed = labels(type);
        for (CatalogueEntry o : options) {
            if (!allowed.contains(o.shape())) {
                throw new IllegalStateException("section '" + section + "' option '" + o.id() + "': shape '" + o.shape()
                        + "' is not one of " + allowed);
            }
        }
    }
}
