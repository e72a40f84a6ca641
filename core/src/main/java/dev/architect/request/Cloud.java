package dev.architect.request;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.architect.request.meta.Vocabulary;

/** Where the system runs. Drives service names and the price table the cost figures come from. */
public enum Cloud implements Vocabulary {
    /** Amazon Web Services. */
    AWS("AWS", "aws", "amazon", "amazon web services"),
    /** Microsoft Azure. */
    AZURE("Azure", "azure", "microsoft azure"),
    /** Google Cloud. */
    GCP("Google Cloud", "gcp", "google", "google cloud", "google cloud platform"),
    /** The organisation's own data centres. */
    ON_PREMISES("on-premises", "on-premises", "on-prem", "onprem", "self-hosted", "datacenter");

    private final String displayName;
    private final Spellings spellings;

    Cloud(String displayName, String label, String... aliases) {
        this.displayName = displayName;
        this.spellings = new Spellings(label, aliases);
    }

    /**
     * How the cloud is named in prose: "AWS", "Google Cloud".
     *
     * @return the name
     */
    public String displayName() {
        return displayName;
    }

    @Override
    public Spellings spellings() {
        return spellings;
    }

    /**
     * Parses any accepted spelling; the error lists the accepted names.
     *
     * @param text a label or alias, in any case and punctuation
     * @return the cloud
     */
    @JsonCreator
    public static Cloud of(String text) {
        return Vocabulary.parse(Cloud.class, text, "deployment.cloud");
    }
}
