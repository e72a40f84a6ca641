package dev.architect.offline.internal.design;

import dev.architect.dossier.DecisionTopic;
import dev.architect.offline.internal.catalog.Catalogue;
import dev.architect.offline.internal.catalog.Language;
import dev.architect.offline.internal.rules.Architecture;
import dev.architect.request.Cloud;

/** The product names the design uses on the chosen cloud, taken from the catalogue entries the rules chose. */
final class Technologies {

    final Cloud cloud;
    final Language language;
    final String platform;
    final String primaryStore;
    final String referenceStore;
    final String cache;
    final String cdn;
    final String broker;
    final String identity;
    final String observability;
    final String searchIndex;
    private final Architecture architecture;

    /** The token in a part's technology that stands for the design's own service stack ({@link #service()}). */
    static final String SERVICE_TOKEN = "{service}";

    Technologies(Architecture a, Catalogue catalogue) {
        architecture = a;
        cloud = a.workload().cloud();
        language = catalogue.languageFor(a.workload().expertise());
        platform = a.chosen(DecisionTopic.DEPLOYMENT).technologyOn(cloud);
        boolean oneZone = a.chosen(DecisionTopic.AVAILABILITY).size("zones", 3) < 2;
        // Only primary-and-standby stores (sized by instances) carry an HA mode; "(Citus)" names a product.
        boolean standbyStore = a.chosen(DecisionTopic.DATASTORE).size("instances", 0) > 0;
        primaryStore = inZones(a.chosen(DecisionTopic.DATASTORE).technologyOn(cloud), oneZone && standbyStore);
        referenceStore = inZones(catalogue.section("datastore").option("relational-single").technologyOn(cloud), oneZone);
        cache = catalogue.section("caching").option("distributed-cache").technologyOn(cloud);
        // The CDN entry names "<CDN> and <cache>"; the CDN is the first half.
        // The chosen entry first: it names the CDN the request already runs (Fastly) in the cloud CDN's place.
        var caching = a.chosen(DecisionTopic.CACHING);
        String edge = (caching.id().equals("cdn-and-cache") ? caching : catalogue.section("caching").option("cdn-and-cache")).technologyOn(cloud);
        cdn = edge.contains(" and ") ? edge.substring(0, edge.indexOf(" and ")) : edge;
        broker = a.chosen(DecisionTopic.MESSAGING).technologyOn(cloud);
        identity = a.chosen(DecisionTopic.SECURITY).technologyOn(cloud);
        observability = a.chosen(DecisionTopic.OBSERVABILITY).technologyOn(cloud);
        // The search decision names "<engine> fed from/by <sync path>"; the index container is the engine.
        searchIndex = a.find(DecisionTopic.SEARCH_ENGINE).map(c -> c.chosen().technologyOn(cloud))
                .map(s -> s.contains(" fed ") ? s.substring(0, s.indexOf(" fed ")) : s).orElseGet(this::defaultSearchIndex);
    }

    /** A database product for the availability layout: in one zone, without the bracketed high-availability mode. */
    static String inZones(String product, boolean oneZone) {
        return oneZone && product.endsWith(")") && product.contains(" (") ? product.substring(0, product.lastIndexOf(" (")) : product;
    }

    /** What clients speak to the chosen broker's product, from its catalogue entry; asked only where a broker is drawn. */
    String brokerProtocol() {
        return architecture.chosen(DecisionTopic.MESSAGING).protocolOn(cloud);
    }

    String service() {
        return language.language() + ", " + language.framework() + " on " + platform;
    }

    /** The product of a part the archetype data describes (a decided part, an archetype's component) on this design. */
    String of(dev.architect.offline.internal.archetype.Archetype.Component part) {
        return part.technologyOn(cloud, topic -> architecture.find(topic).map(c -> c.chosen().technologyOn(cloud))).replace(SERVICE_TOKEN, service());
    }

    String gateway() {
        return switch (cloud) {
            case AWS -> "Amazon API Gateway";
            case AZURE -> "Azure API Management";
            case GCP -> "Google Cloud API Gateway";
            case ON_PREMISES -> "Kong Gateway";
        };
    }

    private String defaultSearchIndex() {
        return switch (cloud) {
            case AWS -> "Amazon OpenSearch Service";
            case AZURE -> "Azure AI Search";
            case GCP, ON_PREMISES -> "OpenSearch 2";
        };
    }

    String infrastructureAsCode() {
        return cloud == Cloud.ON_PREMISES ? "Terraform with Ansible" : "Terraform";
    }
}
