package dev.architect.deliverables.internal;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** File-name stems from model text and element ids. A slug contains only {@code [a-z0-9-]}, so it can never name a path. */
public final class Slugs {

    private static final int MAX_LENGTH = 60;
    /** Names Windows reserves for devices, whatever the extension: {@code con.openapi.yaml} cannot be created there. */
    private static final Pattern WINDOWS_DEVICE = Pattern.compile("(con|prn|aux|nul|com[0-9]|lpt[0-9])(\\..*)?");

    private Slugs() {
    }

    /** {@code "Use PostgreSQL (v16)!"} -> {@code use-postgresql-v16}; accents dropped; blank results become {@code fallback}. */
    public static String of(String text, String fallback) {
        String ascii = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > MAX_LENGTH) {
            // Cut at the last whole word that fits; only a single word longer than the limit is cut inside.
            int wordEnd = slug.lastIndexOf('-', MAX_LENGTH);
            slug = wordEnd > 0 ? slug.substring(0, wordEnd) : slug.substring(0, MAX_LENGTH);
        }
        return slug.isEmpty() ? fallback : slug;
    }

    /**
     * A file-name stem for an element id. Ids already match {@code [A-Za-z0-9][A-Za-z0-9._-]*}, so lower-casing is
     * all that is needed (two ids that differ only in case are reported as a file-name clash by the writer), except
     * for the few names Windows reserves.
     */
    public static String ofId(String id) {
        String stem = id.toLowerCase(Locale.ROOT);
        return WINDOWS_DEVICE.matcher(stem).matches() ? "id-" + stem : stem;
    }
}
