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
        // the sentence the phrase counts in, not the text's opening, which may be the one that says it is not wanted
        String said = dev.architect.offline.internal.catalog.Words.of(text).sentenceWith(phrase).orElse(text);
        String shown = said.length() > 80 ? said.substring(0, 77) + "..." : said;
        return field.label() + " '" + shown + "' says '" + phrase + "'" + (means == null ? "" : " (" + means + ")");
    }
}
