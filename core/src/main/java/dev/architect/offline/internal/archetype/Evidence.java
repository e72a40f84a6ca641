package dev.architect.offline.internal.archetype;

/** Why an archetype was recognised: the phrase found, in which field of the request, and that field's text. */
public record Evidence(RequestField field, String phrase, String text) {

    /** "capability 'Team chat' says 'chat'". */
    public String describe() {
        String shown = text.length() > 80 ? text.substring(0, 77) + "..." : text;
        return field.label() + " '" + shown + "' says '" + phrase + "'";
    }
}
