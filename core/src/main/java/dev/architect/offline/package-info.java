/**
 * The offline architect: a deterministic, rule-based dossier from a request, with no model. Its catalogue and price
 * table are data ({@code catalogue.yaml}, {@code prices.yaml}); the calculators in {@code offline.capacity} and
 * {@code offline.cost} also ground model consultations.
 */
package dev.architect.offline;
