package dev.architect.request;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.architect.request.meta.Vocabulary;

/** Where the system runs. Drives service names and the price table the cost figures come from. */
public enum Cloud implements Vocabulary {
    AWS("AWS", "aws", "amazon", "amazon web services"),
    AZURE("Azure", "azure", "microsoft azure"),
    GCP("Google Cloud", "gcp", "google", "google cloud", "google cloud platform"),
    ON_PREMISES("on-premises", "on-premises", "on-prem", "onprem", "self-hosted", "datacenter");

    private final String displayName;
    private final Spellings spellings;

    Cloud(String displayName, String label, String... aliases) {
        this.displayName = displayName;
        this.spellings = new Spellings(label, aliases);
    }

    /** How the cloud is named in prose: "AWS", "Google Cloud". */
    public String displayName() {
        return displayName;
    }

    @Override
    public Spellings spellings() {
        return spellings;
    }

    @JsonCreator
    public static Cloud of(String text) {
        return Vocabulary.parse(Cloud.class, text, "deployment.cloud");
    }
}
