package dev.architect.testing;

import java.util.List;

/** How much of several prompts is one shared prefix, the part a provider's prefix cache can reuse across calls. */
public final class SharedPrefix {

    private SharedPrefix() {
    }

    /** The length of the longest prefix every text starts with. */
    public static int length(List<String> texts) {
        int n = texts.get(0).length();
        for (String t : texts) {
            int i = 0;
            while (i < Math.min(n, t.length()) && texts.get(0).charAt(i) == t.charAt(i)) {
                i++;
            }
            n = i;
        }
        return n;
    }
}
