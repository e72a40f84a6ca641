package dev.architect.deliverables.internal;

import dev.architect.deliverables.DeliverableException;
import java.util.regex.Pattern;

/** The rule every deliverable path obeys: relative, {@code /}-separated, each segment a slug starting with a letter or digit. */
public final class RelativePaths {

    private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,199}");

    private RelativePaths() {
    }

    public static String check(String path) {
        if (path == null || path.isEmpty()) {
            throw new DeliverableException("deliverable path is missing");
        }
        for (String segment : path.split("/", -1)) {
            // The first character rule already excludes "." and ".."; the pattern excludes separators and drive letters.
            if (!SEGMENT.matcher(segment).matches()) {
                throw new DeliverableException("deliverable path '" + path + "' has an unsafe segment '" + segment + "'");
            }
        }
        return path;
    }

    public static String content(String path, String content) {
        if (content == null) {
            throw new DeliverableException("deliverable '" + path + "' has no content");
        }
        return content;
    }
}
