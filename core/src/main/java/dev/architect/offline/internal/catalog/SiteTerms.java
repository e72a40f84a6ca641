package dev.architect.offline.internal.catalog;

import dev.architect.request.Cloud;
import java.util.Map;

/**
 * How the dossier names the parts of the site a design runs on ({@code site-terms.yaml}): a public cloud's own secrets
 * store and edge firewall, or the organisation's data centre's; what the system survives the loss of; where a team
 * rehearses a tool it has not run. One table, so no builder writes a cloud's service into an on-premises dossier.
 *
 * @param secretsStore  where secrets are kept
 * @param secretsInstead the secrets store named as the alternative
 * @param firewall      what filters requests at the edge
 * @param failureDomain what the system serves requests through the loss of ("an instance or a server")
 * @param learnOn       where a team rehearses a self-hosted tool it has not run
 * @param registry      where the container images are kept and scanned
 */
public record SiteTerms(String secretsStore, String secretsInstead, String firewall, String failureDomain, String learnOn, String registry) {

    static final String RESOURCE = "/dev/architect/offline/site-terms.yaml";

    /** The file's layout: the terms by cloud label. */
    record File(Map<String, SiteTerms> sites) {
    }

    private static final Map<String, SiteTerms> STANDARD = read();

    public SiteTerms {
        for (String[] field : new String[][] {{"secretsStore", secretsStore}, {"secretsInstead", secretsInstead}, {"firewall", firewall}, {"failureDomain", failureDomain},
                {"learnOn", learnOn}, {"registry", registry}}) {
            if (field[1] == null || field[1].isBlank()) {
                throw new IllegalStateException(RESOURCE + ": a site has no " + field[0]);
            }
        }
    }

    private static Map<String, SiteTerms> read() {
        File file = DataFiles.shipped(RESOURCE, File.class, "site terms");
        Map<String, SiteTerms> sites = file.sites() == null ? Map.of() : Map.copyOf(file.sites());
        for (Cloud cloud : Cloud.values()) {
            if (!sites.containsKey(cloud.label())) {
                throw new IllegalStateException(RESOURCE + ": no terms for " + cloud.label());
            }
        }
        return sites;
    }

    /**
     * The terms of a site.
     *
     * @param cloud where the design runs
     * @return its terms
     */
    public static SiteTerms of(Cloud cloud) {
        return STANDARD.get(cloud.label());
    }
}
