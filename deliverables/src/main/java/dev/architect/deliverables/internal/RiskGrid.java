package dev.architect.deliverables.internal;

import dev.architect.dossier.Risk;
import java.util.List;

/** The 5x5 likelihood/impact heat map shared by the Markdown and HTML risk pages. */
public final class RiskGrid {

    private final int[][] counts = new int[6][6];

    private RiskGrid(List<Risk> risks) {
        for (Risk r : risks) {
            counts[r.likelihood()][r.impact()]++;
        }
    }

    public static RiskGrid of(List<Risk> risks) {
        return new RiskGrid(risks);
    }

    /** How many risks sit in a cell; likelihood and impact are 1-5. */
    public int count(int likelihood, int impact) {
        return counts[likelihood][impact];
    }
}
