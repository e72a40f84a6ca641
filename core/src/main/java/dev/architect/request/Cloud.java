package dev.architect.request;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.architect.internal.request.Vocabulary;
import java.util.List;

/** Where the system runs. Drives service names and the price table the cost figures come from. */
public enum Cloud implements Vocabulary {
    AWS("aws", "amazon", "amazon web services"),
    AZURE("azure", "microsoft azure"),
    GCP("gcp", "google", "google cloud", "google cloud platform"),
    ON_PREMISES("on-premises", "on-prem", "onprem", "self-hosted", "datacenter");

    private final String label;
    private final List<String> aliases;

    Cloud(String label, String... aliases) {
        this.label = label;
        this.aliases = List.of(aliases);
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
