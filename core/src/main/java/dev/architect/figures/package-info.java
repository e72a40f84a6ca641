/**
 * Capacity and cost arithmetic on plain inputs: a {@link dev.architect.figures.Workload} (from a request, with every
 * missing figure as a stated assumption), {@link dev.architect.figures.CapacityCalculator} for throughput, instances,
 * storage and egress, and {@link dev.architect.figures.CostCalculator} pricing {@link
 * dev.architect.figures.ResourceNeed}s from a dated {@link dev.architect.figures.PriceTable}: a month-1 total, the run
 * rate at months 1, 12, 36 and 60 with the TCO summed over it, and the largest cost drivers. The price table also
 * says how each datastore product is billed ({@link dev.architect.figures.StoreBilling}), what a one-year
 * {@link dev.architect.figures.Commitment} takes off, volume tiers ({@link dev.architect.figures.Price.Tier}) and
 * reference prices of third-party services ({@link dev.architect.figures.VendorPrice}). Every figure carries its
 * formula and its provenance (given, computed or assumed). The offline architect and the model path both use this
 * package; it uses neither.
 */
package dev.architect.figures;
