package dev.architect.deliverables.internal;

import dev.architect.dossier.Consequence;
import dev.architect.dossier.Consultation;
import dev.architect.dossier.Decision;
import dev.architect.dossier.DecisionOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splices a sentence into another after a connective ("Good, because ..."): the sentence was written to stand alone,
 * so its capital letter is lowered when its first word is an ordinary word ("Every region" becomes "every region"). A
 * name keeps its capital: a word in capitals or with a capital inside (GDPR, GavelHouse), a word of the system's
 * name, or a word the dossier itself writes with a capital in the middle of a sentence (after a word in lower case:
 * "runs on Kafka"), which is how a proper noun shows.
 */
public final class Clauses {

    /**
     * Capitalised words after a word that starts in lower case: a name used mid-sentence, kept whole ("Amazon S3", "Data
     * Protection Act"), so the first word of a many-word name ("Data") does not make that word a name on its own.
     */
    private static final Pattern MID_SENTENCE = Pattern.compile(
            "(?<![.:;!?]\\s)\\b\\p{Ll}[\\p{L}'’-]*[,]?\\s+(\\p{Lu}[\\p{L}-]*(?:\\s+\\p{Lu}[\\p{L}\\p{N}-]*)*)");
    private static final Pattern FIRST_WORD = Pattern.compile("^(\\p{Lu})([\\p{L}-]*)");

    private final Set<String> names;
    private final List<String> longNames;

    private Clauses(Set<String> names, List<String> longNames) {
        this.names = names;
        this.longNames = longNames;
    }

    /**
     * The names of a dossier, read from its system name and its decisions' prose.
     *
     * @param c the dossier
     * @return the splicer for its sentences
     */
    public static Clauses of(Consultation c) {
        Set<String> names = new HashSet<>();
        if (c.system() != null) {
            for (String word : c.system().split("[^\\p{L}]+")) {
                names.add(word);
            }
        }
        List<String> longNames = new ArrayList<>();
        List<String> prose = new ArrayList<>();
        for (Decision d : c.decisions()) {
            prose.add(d.context());
            prose.add(d.rationale());
            prose.addAll(d.drivers());
            d.consequences().stream().map(Consequence::text).forEach(prose::add);
            for (DecisionOption o : d.options()) {
                prose.add(o.summary());
                prose.addAll(o.pros());
                prose.addAll(o.cons());
                prose.add(o.cost());
            }
        }
        for (String text : prose) {
            if (text == null) {
                continue;
            }
            Matcher m = MID_SENTENCE.matcher(text);
            while (m.find()) {
                String name = m.group(1);
                if (name.indexOf(' ') < 0) {
                    names.add(name);
                } else if (!longNames.contains(name)) {
                    longNames.add(name);
                }
            }
        }
        return new Clauses(names, List.copyOf(longNames));
    }

    /**
     * A sentence as the clause after a connective: its first letter lowered unless its first word is a name.
     *
     * @param sentence a sentence written to stand alone
     * @return the clause
     */
    public String after(String sentence) {
        if (sentence == null) {
            return null;
        }
        Matcher m = FIRST_WORD.matcher(sentence);
        if (!m.find()) {
            return sentence;
        }
        String word = m.group(1) + m.group(2);
        String rest = m.group(2);
        // "A", "It", "Every": one capital, then lower case; "GDPR", "GavelHouse", "PCI-DSS" carry more capitals.
        boolean oneCapital = rest.chars().noneMatch(Character::isUpperCase);
        if (!oneCapital || names.contains(word) || names.contains(word.split("-")[0]) || startsWithLongName(sentence)) {
            return sentence;
        }
        return m.group(1).toLowerCase(Locale.ROOT) + sentence.substring(1);
    }

    /** Whether the sentence opens with a many-word name the dossier uses mid-sentence ("Amazon S3 keeps ..."). */
    private boolean startsWithLongName(String sentence) {
        for (String name : longNames) {
            if (sentence.startsWith(name) && (sentence.length() == name.length() || !Character.isLetterOrDigit(sentence.charAt(name.length())))) {
                return true;
            }
        }
        return false;
    }
}
