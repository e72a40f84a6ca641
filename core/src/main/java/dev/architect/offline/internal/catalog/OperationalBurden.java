package dev.architect.offline.internal.catalog;

import java.util.Locale;

/**
 * How much running an option takes the team: a closed vocabulary, bound when the catalogue is read, so a misspelt
 * burden fails at load naming the option. A low burden costs a team that must learn the tool nothing; a medium or high
 * one costs points and brings a learning plan.
 */
public enum OperationalBurden {
    /** A managed service, or nothing to run. */
    LOW,
    /** A managed product with settings the team owns (capacity, upgrades, tuning). */
    MEDIUM,
    /** A cluster or product the team runs itself. */
    HIGH;

    /** As the catalogue and the dossier's prose write it: "low", "medium", "high". */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
