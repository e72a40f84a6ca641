package dev.architect.dossier;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The three cost scenarios: load and growth below, as, and above what the request states. */
public enum ScenarioName {
    /** Lower load than the request states. */
    @JsonProperty("low") LOW,
    /** The load the request states. */
    @JsonProperty("base") BASE,
    /** Higher load than the request states. */
    @JsonProperty("high") HIGH
}
