package dev.architect.dossier;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.architect.internal.Invariants;
import java.util.List;

/**
 * An entry of the risk register, scored on the usual 5x5 grid: {@link #score()} is likelihood x impact and
 * {@link #band()} its band. {@code relatedDecisions} and {@code relatedElements} name decisions and C4 elements.
 */
@JsonIgnoreProperties(value = {"score", "band"}, allowGetters = true)
// Without a fixed order the two computed properties come in the JVM's method order, which differs between runs.
@JsonPropertyOrder({"id", "title", "description", "likelihood", "impact", "mitigation", "owner", "status", "relatedDecisions",
        "relatedElements", "score", "band"})
public record Risk(
        String id,
        String title,
        String description,
        int likelihood,
        int impact,
        String mitigation,
        String owner,
        RiskStatus status,
        List<String> relatedDecisions,
        List<String> relatedElements) {

    /**
     * Checks the components; a missing or malformed one raises {@link dev.architect.exceptions.InvalidDossierException} naming the field.
     */
    public Risk {
        String where = Invariants.quoted("risk", Invariants.id("risk", id));
        Invariants.text(where, "title", title);
        Invariants.range(where, "likelihood", likelihood, 1, 5);
        Invariants.range(where, "impact", impact, 1, 5);
        Invariants.text(where, "mitigation", mitigation);
        Invariants.text(where, "owner", owner);
        Invariants.required(where, "status", status);
        relatedDecisions = Invariants.list(where, "relatedDecisions", relatedDecisions);
        relatedElements = Invariants.list(where, "relatedElements", relatedElements);
    }

    /**
     * Likelihood times impact, from 1 to 25.
     *
     * @return the risk score
     */
    @JsonProperty("score")
    public int score() {
        return likelihood * impact;
    }

    /**
     * The band the score falls in.
     *
     * @return the risk band
     */
    @JsonProperty("band")
    public RiskBand band() {
        return RiskBand.of(score());
    }
}
