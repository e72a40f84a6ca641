package dev.architect.internal.facts;

import dev.architect.request.ComplianceRegime;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Where a text names a compliance regime: its label or an alias as whole words, in any case, with spaces, hyphens,
 * slashes, dots or nothing between its parts ("PCI DSS", "PCI-DSS", "pcidss", "ISO/IEC 27001"). The one matcher for
 * regime names: a request's prose is read with it ({@link #appliesIn}) and a dossier's risks are checked with it
 * ({@link #mentions}). Patterns are compiled once per JVM, since a consultation reads the request several times.
 */
public final class RegimeNames {

    /** What may stand between the parts of a spelling: a separator, an apostrophe ("Children's") or nothing. */
    private static final String BETWEEN_PARTS = "[\\s/._'’-]*";
    /** Words just before a regime's name that say it does not apply ("not subject to HIPAA", "no PCI DSS scope"). */
    private static final Pattern NEGATED = Pattern.compile("(?i)\\b(?:not|no|non|without|outside|never)\\b(?:\\W+\\w+){0,2}\\W*$");

    /** Every spelling: a text about the regime (a risk, a mitigation) may use the short ones too ("PHI" is HIPAA's). */
    private static final Map<ComplianceRegime, List<Pattern>> EVERY_SPELLING = patterns(false);
    /**
     * The label and the aliases of four letters or more: in a request's prose "pci" and "phi" are too loose to say that a
     * regime applies.
     */
    private static final Map<ComplianceRegime, List<Pattern>> DISTINCT_SPELLINGS = patterns(true);

    private RegimeNames() {
    }

    private static Map<ComplianceRegime, List<Pattern>> patterns(boolean distinctOnly) {
        Map<ComplianceRegime, List<Pattern>> out = new EnumMap<>(ComplianceRegime.class);
        for (ComplianceRegime r : ComplianceRegime.values()) {
            out.put(r, Stream.concat(Stream.of(r.label()), r.spellings().aliases().stream()
                            .filter(a -> !distinctOnly || a.replaceAll("[^A-Za-z]", "").length() >= 4))
                    .map(RegimeNames::spelled).toList());
        }
        return out;
    }

    /** A spelling as whole words, its parts split where it has anything but letters and digits. */
    static Pattern spelled(String spelling) {
        String body = Arrays.stream(spelling.split("[^A-Za-z0-9]+")).filter(p -> !p.isEmpty()).map(Pattern::quote)
                .collect(Collectors.joining(BETWEEN_PARTS));
        return Pattern.compile("(?i)(?<![A-Za-z0-9])" + body + "(?![A-Za-z0-9])");
    }

    /**
     * Whether the text speaks of the regime under any of its spellings.
     *
     * @param text the text, e.g. a risk's title and description
     * @param regime the regime
     * @return true when one of its spellings occurs as whole words
     */
    public static boolean mentions(String text, ComplianceRegime regime) {
        return text != null && EVERY_SPELLING.get(regime).stream().anyMatch(p -> p.matcher(text).find());
    }

    /**
     * Whether a request's text says the regime does not apply: a distinct spelling of it after a negation ("not subject
     * to COPPA"), which keeps the regime from being suggested by the request's other facts.
     *
     * @param text a description, goal or constraint
     * @param regime the regime
     * @return true when the text names the regime only to rule it out
     */
    public static boolean deniedIn(String text, ComplianceRegime regime) {
        if (text == null) {
            return false;
        }
        for (Pattern p : DISTINCT_SPELLINGS.get(regime)) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                if (NEGATED.matcher(text.substring(0, m.start())).find()) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Where a request's text says the regime applies: a distinct spelling of it, not after a negation ("not subject to
     * HIPAA").
     *
     * @param text a description, goal or constraint
     * @param regime the regime
     * @return the name as the text writes it, or empty
     */
    public static Optional<String> appliesIn(String text, ComplianceRegime regime) {
        if (text == null) {
            return Optional.empty();
        }
        for (Pattern p : DISTINCT_SPELLINGS.get(regime)) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                if (!NEGATED.matcher(text.substring(0, m.start())).find()) {
                    return Optional.of(m.group());
                }
            }
        }
        return Optional.empty();
    }
}
