package dev.architect.dossier;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.architect.internal.Invariants;
import java.util.List;

/**
 * An entry of the risk register, scored on the usual 5x5 grid: {@link #score()} is likelihood x impact and
 * {@link #band()} its band. {@code relatedDecisions} and {@code relatedElements} name decisions and C4 elements.
 *
 * @param id the risk id, unique within the register
 * @param title the risk in a few words
 * @param description what could happen and why
 * @param likelihood how likely it is, 1 to 5
 * @param impact how bad it would be, 1 to 5
 * @param mitigation what reduces it
 * @param owner who looks after it
 * @param status where its handling stands
 * @param relatedDecisions ids of the decisions it bears on
 * @param relatedElements ids of the C4 elements it bears on
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
     *
     * @param id the risk id, unique within the register
     * @param title the risk in a few words
     * @param description what could happen and why
     * @param likelihood how likely it is, 1 to 5
     * @param impact how bad it would be, 1 to 5
     * @param mitigation what reduces it
     * @param owner who looks after it
     * @param status where its handling stands
     * @param relatedDecisions ids of the decisions it bears on
     * @param relatedElements ids of the C4 elements it bears on
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
