package dev.architect.figures;

/**
 * The discount a cloud gives on always-on resources (instances, nodes) for a one-year commitment.
 *
 * @param discount share taken off the on-demand price, between 0 and 1
 * @param product  the commitment product, e.g. a savings plan
 * @param source   the provider's page the figure was taken from
 */
public record Commitment(double discount, String product, String source) {

    /**
     * Rejects a discount outside [0, 1) with an {@link IllegalArgumentException}.
     *
     * @param discount share taken off the on-demand price, between 0 and 1
     * @param product  the commitment product, e.g. a savings plan
     * @param source   the provider's page the figure was taken from
     */
    public Commitment {
        if (!(discount >= 0 && discount < 1)) {
            throw new IllegalArgumentException("commitment discount must be in [0, 1) but was " + discount);
        }
    }
}
