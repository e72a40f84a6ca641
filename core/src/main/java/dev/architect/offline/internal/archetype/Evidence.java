package dev.architect.offline.internal.archetype;

/**
 * Why an archetype was recognised: the phrase found, in which field of the request, and that field's text;
 * {@code means} says what the phrase establishes when it is a supporting fact rather than the archetype's own word
 * ("money goes out", "who is dispatched"), else null.
 */
public record Evidence(RequestField field, String phrase, String text, String means) {

    public Evidence(RequestField field, String phrase, String text) {
        this(field, phrase, text, null);
    }

    /** The same finding, saying what it establishes. */
    public Evidence meaning(String what) {
        return new Evidence(field, phrase, text, what);
    }

    /** "capability 'Team chat' says 'chat'", or "description '...' says 'payouts' (money goes out)". */
    public String describe() {
        String shown = text.length() > 80 ? text.substring(0, 77) + "..." : text;
        return field.label() + " '" + shown + "' says '" + phrase + "'" + (means == null ? "" : " (" + means + ")");
    }
}
