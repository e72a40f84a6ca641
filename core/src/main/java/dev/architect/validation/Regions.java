package dev.architect.validation;

import java.util.Optional;

/**
 * Which jurisdiction a cloud region is in ("europe", "united-states", "asia-pacific", "other"), from the prefixes in
 * {@code consistency.yaml}; the offline architect and the residency rule read regions the same way.
 */
public final class Regions {

    /** The jurisdiction name the EU's residency phrases belong to. */
    public static final String EUROPE = "europe";
    /** The UK's jurisdiction: UK GDPR, with adequacy towards the EU in both directions. */
    public static final String UNITED_KINGDOM = "united-kingdom";
    /** Switzerland's jurisdiction: the Federal Act on Data Protection (FADP), with adequacy towards the EU in both directions. */
    public static final String SWITZERLAND = "switzerland";
    /** Brazil's jurisdiction: the General Data Protection Law (LGPD), which lets personal data leave only with a safeguard. */
    public static final String BRAZIL = "brazil";

    private Regions() {
    }

    /**
     * The jurisdiction of a region name, or empty for a name no prefix matches (a data centre's own name).
     *
     * @param region a cloud region name, e.g. {@code eu-west-1}
     * @return the jurisdiction, or empty
     */
    public static Optional<String> jurisdiction(String region) {
        return Vocabulary.standard().jurisdiction(region);
    }
}
