package dev.architect.offline.internal.rules;

import dev.architect.offline.internal.catalog.CatalogueEntry;
import dev.architect.offline.internal.catalog.Condition;
import dev.architect.offline.internal.catalog.Facts;
import java.util.ArrayList;
import java.util.List;

/** A catalogue option scored against the facts: which of its conditions hold, each explained with the request's value. */
public record Scored(CatalogueEntry entry, int met, int total, List<String> fits, List<String> misses) {

    public Scored {
        fits = List.copyOf(fits);
        misses = List.copyOf(misses);
    }

    public static Scored of(CatalogueEntry entry, Facts facts) {
        List<String> fits = new ArrayList<>();
        List<String> misses = new ArrayList<>();
        for (Condition c : entry.conditions()) {
            (c.holds(facts) ? fits : misses).add(c.explain(facts));
        }
        return new Scored(entry, fits.size(), fits.size() + misses.size(), fits, misses);
    }

    /** Share of conditions met; an option with no conditions fits anything. */
    public double share() {
        return total == 0 ? 1 : (double) met / total;
    }

    public boolean fitsFully() {
        return met == total;
    }

    public String score() {
        return met + " of " + total + (total == 1 ? " condition met" : " conditions met");
    }
}
