package dev.architect.offline.internal.catalog;

import dev.architect.internal.facts.RegimeNames;
import dev.architect.request.Actor;
import dev.architect.request.ComplianceRegime;
import dev.architect.request.ConsultationRequest;
import dev.architect.validation.Regions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The regimes a request's facts suggest though its compliance field does not list them and its text does not name
 * them, from {@code regime-evidence.yaml}: children in the United States suggest COPPA, pupils' grades kept for US
 * schools FERPA, card payments PCI DSS. Each suggestion keeps the phrases that made it, so the regime enters the design
 * as an assumption with its evidence and an open question, never as if the request had stated it.
 *
 * @param regimes what suggests each regime
 */
public record RegimeEvidence(List<Rule> regimes) {

    static final String RESOURCE = "/dev/architect/offline/regime-evidence.yaml";
    private static final RegimeEvidence STANDARD = DataFiles.shipped(RESOURCE, RegimeEvidence.class, "regime evidence");

    /** A stated age or age range: "aged 8 to 14", "ages 6-11", with the word before it ("pupils aged 8 to 14"). */
    private static final Pattern AGED = Pattern.compile("(?i)(?:\\b[A-Za-z]+\\s+)?\\b(?:aged|ages)\\s+(\\d{1,2})(?:\\s*(?:to|-|\\u2013|and)\\s*\\d{1,2})?\\b");
    /** Children counted by age: "6-year-olds", "8 to 12 year olds". */
    private static final Pattern YEAR_OLDS = Pattern.compile("(?i)\\b(\\d{1,2})(?:\\s*(?:to|-|\\u2013)\\s*\\d{1,2})?[\\s-]+years?[\\s-]+olds?\\b");

    public RegimeEvidence {
        regimes = List.copyOf(regimes == null ? List.of() : regimes);
    }

    /**
     * What suggests one regime: every cue met, within the regime's reach.
     *
     * @param regime the regime suggested
     * @param cues what the request must show, every one
     * @param reach where the regime applies, or null for anywhere
     * @param obliges what the regime would ask of the design
     */
    public record Rule(ComplianceRegime regime, List<Cue> cues, Reach reach, String obliges) {
        public Rule {
            if (regime == null || cues == null || cues.isEmpty() || obliges == null || obliges.isBlank()) {
                throw new IllegalStateException(RESOURCE + ": a rule needs a regime, cues and what it obliges");
            }
            cues = List.copyOf(cues);
        }
    }

    /**
     * One fact the request must state.
     *
     * @param says what a phrase of it is evidence of ("children under 13")
     * @param phrases the phrases, matched as whole words outside negated clauses
     * @param agesUnder when set, a stated age whose youngest is below it also meets the cue
     * @param asUsers phrases that meet the cue only where the request says these people use the system: in an actor's
     *                name ("Child"), never in a passing mention elsewhere ("kept 21 years for children" says whom records
     *                are about, "books visits for their child" who a parent acts for, not who uses the service)
     * @param needContext phrases of the cue that say too little alone: each meets the cue only in a text (a field, a
     *                goal, an integration line) that also says one of {@code context} ("card numbers" in a line about
     *                payment, not "library card numbers" checked at the door)
     * @param context the words that confirm a phrase of {@code needContext}
     */
    public record Cue(String says, List<String> phrases, Integer agesUnder, List<String> asUsers, List<String> needContext, List<String> context) {
        public Cue {
            if (says == null || phrases == null || phrases.isEmpty()) {
                throw new IllegalStateException(RESOURCE + ": a cue needs says and phrases");
            }
            phrases = List.copyOf(phrases);
            asUsers = asUsers == null ? List.of() : List.copyOf(asUsers);
            needContext = needContext == null ? List.of() : List.copyOf(needContext);
            context = context == null ? List.of() : List.copyOf(context);
            for (String p : needContext) {
                if (!phrases.contains(p)) {
                    throw new IllegalStateException(RESOURCE + ": cue '" + says + "': needContext phrase '" + p + "' is not one of its phrases");
                }
            }
            if (!needContext.isEmpty() && context.isEmpty()) {
                throw new IllegalStateException(RESOURCE + ": cue '" + says + "': needContext is given but no context words would ever confirm it");
            }
        }

        /** Whether a phrase of the cue counts in a text: always, unless it needs context the text does not give. */
        boolean countsIn(String phrase, Words text) {
            return !needContext.contains(phrase) || text.containsAny(context);
        }
    }

    /**
     * Where a regime applies.
     *
     * @param where the place in the dossier's words ("the United States")
     * @param jurisdictions the jurisdictions of regions there, as the validator's vocabulary reads regions
     * @param phrases the words that name the place in a request's text
     */
    public record Reach(String where, List<String> jurisdictions, List<String> phrases) {
        public Reach {
            if (where == null) {
                throw new IllegalStateException(RESOURCE + ": a reach needs where");
            }
            jurisdictions = jurisdictions == null ? List.of() : List.copyOf(jurisdictions);
            phrases = phrases == null ? List.of() : List.copyOf(phrases);
        }
    }

    /**
     * A regime the request's facts suggest.
     *
     * @param regime the regime
     * @param evidence the request's phrases that suggest it, each with what it says ("'pupils aged 8 to 14' (children
     *                 under 13)"), then where it reaches ("deploys to us-central1 in the United States")
     * @param obliges what the regime would ask of the design
     */
    public record Suggestion(ComplianceRegime regime, List<String> evidence, String obliges) {

        /** The evidence as one clause: "The request says 'pupils aged 8 to 14' (children under 13) and deploys to ...". */
        public String because() {
            List<String> said = evidence.stream().filter(e -> e.startsWith("'")).toList();
            List<String> where = evidence.stream().filter(e -> !e.startsWith("'")).toList();
            String out = "The request says " + joined(said);
            return where.isEmpty() ? out : out + " and " + joined(where);
        }

        /** The id of the open question that asks whether the regime applies. */
        public String questionId() {
            return "oq-compliance-" + regime.name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        private static String joined(List<String> parts) {
            return parts.size() <= 1 ? String.join("", parts)
                    : String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
        }
    }

    /** The shipped rules. */
    public static RegimeEvidence standard() {
        return STANDARD;
    }

    /**
     * The regimes the request's facts suggest, in the file's order: none the compliance field lists, none its text
     * names (a named regime applies as named; a regime named after a negation is ruled out).
     *
     * @param request the request
     * @return the suggestions, each with its evidence
     */
    public List<Suggestion> suggested(ConsultationRequest request) {
        List<String> texts = texts(request);
        List<String> actors = request.actors().stream().map(Actor::name).filter(t -> t != null && !t.isBlank()).toList();
        List<Suggestion> out = new ArrayList<>();
        for (Rule rule : regimes) {
            ComplianceRegime regime = rule.regime();
            if (request.compliance().contains(regime) || out.stream().anyMatch(s -> s.regime() == regime)
                    || texts.stream().anyMatch(t -> RegimeNames.deniedIn(t, regime) || RegimeNames.appliesIn(t, regime).isPresent())) {
                continue;
            }
            List<String> evidence = new ArrayList<>();
            for (Cue cue : rule.cues()) {
                Optional<String> found = found(cue, texts).or(() -> foundAsUsers(cue, actors));
                if (found.isEmpty()) {
                    evidence = null;
                    break;
                }
                evidence.add(found.get());
            }
            if (evidence == null) {
                continue;
            }
            if (rule.reach() != null) {
                Optional<String> reach = reach(rule.reach(), request, texts);
                if (reach.isEmpty()) {
                    continue;
                }
                evidence.add(reach.get());
            }
            out.add(new Suggestion(regime, List.copyOf(evidence), rule.obliges()));
        }
        return out;
    }

    /** The texts a fact may be stated in. */
    private static List<String> texts(ConsultationRequest request) {
        List<String> out = new ArrayList<>();
        out.add(request.description());
        out.addAll(request.goals());
        out.addAll(request.constraints());
        out.addAll(request.capabilities());
        for (Actor a : request.actors()) {
            out.add(actorText(a));
        }
        request.integrations().forEach(i -> out.add(i.nameAndPurpose()));
        return out.stream().filter(t -> t != null && !t.isBlank()).toList();
    }

    private static String actorText(Actor a) {
        return a.name() + (a.description() == null ? "" : ": " + a.description());
    }

    /** The first of the cue's phrases that counts only for users, found in an actor's name, quoted with what it says. */
    private static Optional<String> foundAsUsers(Cue cue, List<String> actors) {
        for (String actor : actors) {
            Words words = Words.of(actor);
            for (String phrase : cue.asUsers()) {
                if (words.contains(phrase)) {
                    return Optional.of(quoted(asWritten(actor, phrase), cue));
                }
            }
        }
        return Optional.empty();
    }

    /** The first phrase of the cue a text states, quoted as the text writes it, with what it says. */
    private static Optional<String> found(Cue cue, List<String> texts) {
        for (String text : texts) {
            Words words = Words.of(text);
            if (cue.agesUnder() != null) {
                for (Pattern p : List.of(AGED, YEAR_OLDS)) {
                    Matcher m = p.matcher(text);
                    while (m.find()) {
                        String age = m.group().strip();
                        if (Integer.parseInt(m.group(1)) < cue.agesUnder() && words.contains(age)) {
                            return Optional.of(quoted(age, cue));
                        }
                    }
                }
            }
            for (String phrase : cue.phrases()) {
                if (words.contains(phrase) && cue.countsIn(phrase, words)) {
                    return Optional.of(quoted(asWritten(text, phrase), cue));
                }
            }
        }
        return Optional.empty();
    }

    private static String quoted(String written, Cue cue) {
        return "'" + written + "'" + (written.equalsIgnoreCase(cue.says()) ? "" : " (" + cue.says() + ")");
    }

    /** The phrase as the text writes it ("Pupils" for "pupil"), its parts apart by anything but letters and digits. */
    private static String asWritten(String text, String phrase) {
        String body = Arrays.stream(phrase.split("[^A-Za-z0-9]+")).filter(p -> !p.isEmpty()).map(Pattern::quote)
                .collect(Collectors.joining("[^A-Za-z0-9]+"));
        Matcher m = Pattern.compile("(?i)(?<![A-Za-z0-9])" + body + "(?:s|es)?(?![A-Za-z0-9])").matcher(text);
        return m.find() ? m.group() : phrase;
    }

    /** Where the request puts its users within the reach: a stated region there, or a text naming the place. */
    private static Optional<String> reach(Reach reach, ConsultationRequest request, List<String> texts) {
        List<String> regions = request.deployment() == null ? List.of() : request.deployment().regions();
        for (String region : regions) {
            if (Regions.jurisdiction(region).filter(reach.jurisdictions()::contains).isPresent()) {
                return Optional.of("deploys to " + region + " in " + reach.where());
            }
        }
        for (String text : texts) {
            Words words = Words.of(text);
            for (String phrase : reach.phrases()) {
                if (words.contains(phrase)) {
                    String written = asWritten(text, phrase);
                    return Optional.of("'" + written + "'" + (written.equalsIgnoreCase(reach.where()) ? "" : " (" + reach.where() + ")"));
                }
            }
        }
        return Optional.empty();
    }
}
