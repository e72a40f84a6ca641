package dev.architect.request;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.architect.internal.request.Vocabulary;
import java.util.List;

/** Where the system runs. Drives service names and the price table the cost figures come from. */
public enum Cloud implements Vocabulary {
    AWS("AWS", "aws", "amazon", "amazon web services"),
    AZURE("Azure", "azure", "microsoft azure"),
    GCP("Google Cloud", "gcp", "google", "google cloud", "google cloud platform"),
    ON_PREMISES("on-premises", "on-premises", "on-prem", "onprem", "self-hosted", "datacenter");

    private final String displayName;
    private final String label;
    private final List<String> aliases;

    Cloud(String displayName, String label, String... aliases) {
        this.displayName = displayName;
        this.label = label;
        this.aliases = List.of(aliases);
    }

    /** How the cloud is named in prose: "AWS", "Google Cloud". */
    public String displayName() {
        return displayName;
    }

    @Override
    @JsonValue
    public String label() {
        return label;
    }

    @Override
    public List<String> aliases() {
        return aliases;
    }

    @JsonCreator
    public static Cloud of(String text) {
        return Vocabulary.parse(Cloud.class, text, "deployment.cloud");
    }
}
