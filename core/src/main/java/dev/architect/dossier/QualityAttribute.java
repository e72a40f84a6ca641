package dev.architect.dossier;

import dev.architect.internal.Invariants;

/**
 * A quality-attribute scenario with a measurable target, e.g. PERFORMANCE: "a shopper opens a product page at
 * peak load", metric "p99 latency", target 300, unit "ms".
 *
 * @param id the scenario id, unique within the requirements
 * @param attribute the quality it measures
 * @param scenario the situation, e.g. a shopper opens a product page at peak load
 * @param metric what is measured, e.g. p99 latency
 * @param target the value to meet, in {@code unit}
 * @param unit the unit of the target, e.g. {@code ms}
 */
public record QualityAttribute(String id, QualityAttributeType attribute, String scenario, String metric, double target,
                               String unit) {

    /**
     * Checks the components; a missing or malformed one raises {@link dev.architect.exceptions.InvalidDossierException} naming the field.
     *
     * @param id the scenario id, unique within the requirements
     * @param attribute the quality it measures
     * @param scenario the situation, e.g. a shopper opens a product page at peak load
     * @param metric what is measured, e.g. p99 latency
     * @param target the value to meet, in {@code unit}
     * @param unit the unit of the target, e.g. {@code ms}
     */
    public QualityAttribute {
        String where = Invariants.quoted("quality attribute", Invariants.id("quality attribute", id));
        Invariants.required(where, "attribute", attribute);
        Invariants.text(where, "scenario", scenario);
        Invariants.text(where, "metric", metric);
        Invariants.check(Double.isFinite(target), where, "target must be a finite number but was " + target);
        Invariants.text(where, "unit", unit);
    }
}
