package dev.architect.dossier;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The three cost scenarios: load and growth below, as, and above what the request states. */
public enum ScenarioName {
    @JsonProperty("low") LOW,
    @JsonProperty("base") BASE,
    @JsonProperty("high") HIGH
}
