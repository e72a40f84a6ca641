package dev.architect.deliverables.document;

import java.util.regex.Pattern;

/** The rule every deliverable path obeys: relative, {@code /}-separated, each segment a slug starting with a letter or digit. */
final class RelativePaths {

    private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,199}");

    private RelativePaths() {
    }

    static String check(String path) {
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

    static String content(String path, String content) {
        if (content == null) {
            throw new DeliverableException("deliverable '" + path + "' has no content");
        }
        return content;
    }
}
