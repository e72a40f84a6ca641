package dev.architect.figures;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * A reference price of a third-party service a product may depend on (payments, SMS, email, video), from the dated
 * vendor table of the price table. Usage is rarely known, so such services are listed as not priced, with why.
 *
 * @param category what the service does, e.g. {@code SMS}
 * @param match    lower-case whole words of an integration's name or purpose that point to this service
 * @param product  the vendor product the price is for
 * @param price    the price as the vendor states it
 * @param source   the vendor's pricing page
 * @param why      why it cannot be priced from a request
 * @param central  whether the product's use of the service can outweigh the infrastructure (video, SMS): a budget
 *                 verdict then names it instead of calling the design within budget
 * @param estimate a range of its cost per monthly active user, when the table gives one
 */
public record VendorPrice(String category, List<String> match, String product, String price, String source, String why,
                          boolean central, java.util.Optional<PerUser> estimate) {

    /**
     * A range of a service's monthly cost per monthly active user.
     *
     * @param low   US dollars per user a month at light use
     * @param high  US dollars per user a month at heavy use
     * @param basis how the range is arrived at (use per user x the vendor's price)
     */
    public record PerUser(double low, double high, String basis) {

        /**
         * Rejects a range that is negative, infinite or upside down.
         *
         * @param low   US dollars per user a month at light use
         * @param high  US dollars per user a month at heavy use
         * @param basis how the range is arrived at
         */
        public PerUser {
            if (!(low >= 0) || !(high >= low) || Double.isInfinite(high)) {
                throw new IllegalArgumentException("vendor estimate must be 0 <= low <= high but was " + low + " to " + high);
            }
            Objects.requireNonNull(basis, "basis");
        }
    }

    /**
     * A service that is not central to the product and has no estimate.
     *
     * @param category what the service does, e.g. {@code SMS}
     * @param match    lower-case whole words of an integration's name or purpose that point to this service
     * @param product  the vendor product the price is for
     * @param price    the price as the vendor states it
     * @param source   the vendor's pricing page
     * @param why      why it cannot be priced from a request
     */
    public VendorPrice(String category, List<String> match, String product, String price, String source, String why) {
        this(category, match, product, price, source, why, false, java.util.Optional.empty());
    }

    /**
     * Rejects a missing required component and copies the lists, so the value stays immutable.
     *
     * @param category what the service does, e.g. {@code SMS}
     * @param match    lower-case whole words of an integration's name or purpose that point to this service
     * @param product  the vendor product the price is for
     * @param price    the price as the vendor states it
     * @param source   the vendor's pricing page
     * @param why      why it cannot be priced from a request
     * @param central  whether the product's use of the service can outweigh the infrastructure
     * @param estimate a range of its cost per monthly active user, when the table gives one
     */
    public VendorPrice {
        Objects.requireNonNull(estimate, "estimate");
        Objects.requireNonNull(category, "category");
        match = List.copyOf(match);
        Objects.requireNonNull(product, "product");
        Objects.requireNonNull(price, "price");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(why, "why");
    }

    /**
     * Whether any whole word of the text, or run of whole words ("document intelligence"), is one of this service's words.
     *
     * @param text free text, such as a capability of the request
     * @return whether a word matches
     */
    public boolean matches(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        Set<String> words = new java.util.HashSet<>(List.of(lower.split("[^a-z0-9-]+")));
        String spaced = " " + String.join(" ", lower.split("[^a-z0-9-]+")) + " ";
        return match.stream().anyMatch(m -> m.contains(" ") ? spaced.contains(" " + m + " ") : words.contains(m));
    }
}
