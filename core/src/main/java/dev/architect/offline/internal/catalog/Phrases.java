package dev.architect.offline.internal.catalog;

/** Catalogue names placed inside sentences and titles. */
public final class Phrases {

    private Phrases() {
    }

    /**
     * "Managed message queue" becomes "managed message queue" mid-sentence, but a first word with capitals after its
     * first letter (REST, EU, PostgreSQL, OpenTelemetry) is a name and keeps its case.
     */
    public static String inSentence(String name) {
        if (name.isEmpty()) {
            return name;
        }
        int end = name.indexOf(' ');
        String first = end < 0 ? name : name.substring(0, end);
        boolean isName = first.substring(1).chars().anyMatch(Character::isUpperCase);
        return isName ? name : Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }
}
