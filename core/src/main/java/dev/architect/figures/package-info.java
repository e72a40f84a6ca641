/**
 * Capacity and cost arithmetic on plain inputs: a {@link dev.architect.figures.Workload} (from a request, with every
 * missing figure as a stated assumption), {@link dev.architect.figures.CapacityCalculator} for throughput, instances,
 * storage and egress, and {@link dev.architect.figures.CostCalculator} pricing {@link
 * dev.architect.figures.ResourceNeed}s from a dated {@link dev.architect.figures.PriceTable}. Every figure carries its
 * formula. The offline architect and the model path both use this package; it uses neither.
 */
package dev.architect.figures;
