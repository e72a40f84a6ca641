package dev.architect.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.dossier.Consequence;
import dev.architect.dossier.Consultation;
import dev.architect.dossier.Decision;
import dev.architect.dossier.Risk;
import dev.architect.offline.internal.catalog.Fact;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * ADRs and risks that reason from their own request. Across every request the tests know, few of the sentences of the
 * ADRs' prose (context, rationale, consequences and every option's pros and cons) appear word for word in another
 * request's dossier, even with each dossier's system name masked (a sentence that differs only by the name is still a
 * template); the same holds for the risk register's descriptions and mitigations. No ADR reads like a rule trace, and
 * no pro or con states a figure without saying why it counts for the option. The limits are what the prose reaches
 * (measured on 2 December 2026, 22 requests: 10.2% raw, 31.6% with names masked, 72.6% with names and figures
 * masked; 81.9% before rejected options were argued in this system's terms), so a change that brings templates back fails here. {@code -DadrProse.print=true} lists the most shared.
 */
class AdrProseTest {

    /** What the masked measures put in place of a dossier's system name. */
    private static final String SYSTEM = "<system>";

    private static final Map<String, Consultation> DOSSIERS = new LinkedHashMap<>();
    /** Each request's own figures (its team size among them), as values, so "1,500" and "1500.0" are one figure. */
    private static final Map<String, Set<Double>> OWN_FIGURES = new LinkedHashMap<>();

    @BeforeAll
    static void consultEveryRequest() {
        if (DOSSIERS.isEmpty()) {
            Requests.everyRequest().forEach((name, r) -> {
                DOSSIERS.put(name, OfflineArchitect.create().consult(r));
                OWN_FIGURES.put(name, figures(r.toString()));
            });
        }
    }

    private static final java.util.regex.Pattern FIGURE = java.util.regex.Pattern.compile("(?<![\\w.,])\\d[\\d,]*(?:\\.\\d+)?(?![\\w,]|\\.\\d)");

    /** The figures a text states, as values. */
    static Set<Double> figures(String text) {
        Set<Double> out = new java.util.HashSet<>();
        java.util.regex.Matcher m = FIGURE.matcher(text);
        while (m.find()) {
            out.add(Double.parseDouble(m.group().replace(",", "")));
        }
        return out;
    }

    /**
     * Sentences with what a dossier takes from its own request masked: the system name, the team's size ("team of 7")
     * and every figure the request states ("1,500 requests/s", "$18,000"). What is left shared is a template that
     * stamps these in, not a sentence that reasons from the request (issue #15: stamping the name and "team of 7"
     * into boilerplate lowered the raw share without making a sentence this system's own).
     */
    static Set<String> ownMasked(Set<String> sentences, String system, Set<Double> own) {
        Set<String> out = new LinkedHashSet<>();
        for (String s : masked(sentences, system)) {
            java.util.regex.Matcher m = FIGURE.matcher(s);
            StringBuilder b = new StringBuilder();
            while (m.find()) {
                m.appendReplacement(b, own.contains(Double.parseDouble(m.group().replace(",", ""))) ? "<n>" : m.group());
            }
            m.appendTail(b);
            out.add(b.toString());
        }
        return out;
    }

    /** The sentences of some texts, each once: split after a full stop or semicolon that a capital letter follows. */
    static Set<String> split(List<String> texts) {
        Set<String> out = new LinkedHashSet<>();
        for (String text : texts) {
            for (String s : text.split("(?<=[.;])\\s+(?=[A-Z])")) {
                String sentence = s.strip().replaceAll("[.;]$", "");
                if (!sentence.isEmpty()) {
                    out.add(sentence);
                }
            }
        }
        return out;
    }

    /** The texts of a dossier's ADR prose. */
    static List<String> adrTexts(Consultation c) {
        return adrTexts(c.decisions());
    }

    static List<String> adrTexts(List<Decision> decisions) {
        List<String> texts = new ArrayList<>();
        for (Decision d : decisions) {
            texts.add(d.context());
            texts.add(d.rationale());
            d.consequences().stream().map(Consequence::text).forEach(texts::add);
            d.options().forEach(o -> {
                texts.addAll(o.pros());
                texts.addAll(o.cons());
            });
        }
        return texts;
    }

    /** The texts of a dossier's risk register: each risk's description and mitigation. */
    static List<String> riskTexts(Consultation c) {
        List<String> texts = new ArrayList<>();
        for (Risk r : c.risks()) {
            texts.add(r.description());
            texts.add(r.mitigation());
        }
        return texts;
    }

    /** The sentences of a dossier's ADR prose, each once. */
    static Set<String> sentences(Consultation c) {
        return split(adrTexts(c));
    }

    /** Sentences with the system's name and every figure masked: what is left is the template a sentence was built from. */
    static Set<String> template(Set<String> sentences, String system) {
        Set<String> out = new LinkedHashSet<>();
        masked(sentences, system).forEach(s -> out.add(s.replaceAll("\\d[\\d,.]*", "<n>")));
        return out;
    }

    /** Sentences with the system's name masked, so two dossiers that differ only by the name share them. */
    static Set<String> masked(Set<String> sentences, String system) {
        Set<String> out = new LinkedHashSet<>();
        sentences.forEach(s -> out.add(s.replace(system, SYSTEM)));
        return out;
    }

    /** Share of all sentences that also appear in the dossier of another request. */
    static double sharedShare(Map<String, Set<String>> byRequest) {
        Map<String, Integer> requestsHaving = requestsHaving(byRequest);
        long total = byRequest.values().stream().mapToLong(Set::size).sum();
        long shared = byRequest.values().stream().flatMap(Set::stream).filter(s -> requestsHaving.get(s) > 1).count();
        return (double) shared / total;
    }

    private static Map<String, Integer> requestsHaving(Map<String, Set<String>> byRequest) {
        Map<String, Integer> requestsHaving = new HashMap<>();
        byRequest.values().forEach(set -> set.forEach(s -> requestsHaving.merge(s, 1, Integer::sum)));
        return requestsHaving;
    }

    /** The sentences shared with another request's dossier, most shared first, for reading what still reads as a template. */
    static List<Map.Entry<String, Integer>> mostShared(Map<String, Set<String>> byRequest) {
        return requestsHaving(byRequest).entrySet().stream().filter(e -> e.getValue() > 1)
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).toList();
    }

    /** Each request's sentences of one kind, with its system name masked or not. */
    private static Map<String, Set<String>> byRequest(Function<Consultation, List<String>> texts, boolean mask) {
        Map<String, Set<String>> out = new LinkedHashMap<>();
        DOSSIERS.forEach((name, c) -> out.put(name, mask ? masked(split(texts.apply(c)), c.system()) : split(texts.apply(c))));
        return out;
    }

    /** The share, printed with the most shared sentences when {@code -DadrProse.print=true}. */
    private static double measure(String what, Map<String, Set<String>> byRequest) {
        double share = sharedShare(byRequest);
        System.out.printf(Locale.ROOT, "%s shared with another request's dossier: %.1f%% of %d sentences over %d requests%n", what,
                share * 100, byRequest.values().stream().mapToInt(Set::size).sum(), byRequest.size());
        if (Boolean.getBoolean("adrProse.print")) {
            mostShared(byRequest).stream().limit(60).forEach(e -> System.out.println("  " + e.getValue() + "\t" + e.getKey()));
        }
        return share;
    }

    @Test
    void atMostElevenPercentOfAdrSentencesAppearWordForWordInAnotherRequestsDossier() {
        double share = measure("ADR sentences", byRequest(AdrProseTest::adrTexts, false));

        assertThat(DOSSIERS).hasSizeGreaterThanOrEqualTo(22);
        assertThat(share).isLessThanOrEqualTo(0.11);
    }

    /**
     * Every sentence of a dossier's ADRs as a reader meets them in {@code decisions/*.md}: the context, each driver, each
     * option's name, description, pros, cons and cost, the rationale and the consequences, split at a full stop, each of
     * at least 20 characters, counted once for each time it occurs (the issue's measure, and the reviewers').
     */
    static List<String> renderedSentences(Consultation c) {
        List<String> texts = new ArrayList<>();
        for (Decision d : c.decisions()) {
            texts.add(d.context());
            texts.addAll(d.drivers());
            d.options().forEach(o -> {
                texts.add(o.name());
                texts.add(o.summary());
                texts.addAll(o.pros());
                texts.addAll(o.cons());
                texts.add("Cost: " + o.cost());
            });
            texts.add(d.rationale());
            d.consequences().stream().map(Consequence::text).forEach(texts::add);
        }
        List<String> out = new ArrayList<>();
        texts.forEach(t -> java.util.Arrays.stream(t.split("\\. ")).map(String::strip).filter(x -> x.length() >= 20).forEach(out::add));
        return out;
    }

    /** The share of the sentences, counted per occurrence, that appear in another request's dossier. */
    static double sharedOccurrences(Map<String, List<String>> byRequest) {
        Map<String, Set<String>> sets = new LinkedHashMap<>();
        byRequest.forEach((name, list) -> sets.put(name, new LinkedHashSet<>(list)));
        Map<String, Integer> requestsHaving = requestsHaving(sets);
        long total = byRequest.values().stream().mapToLong(List::size).sum();
        long shared = byRequest.values().stream().flatMap(List::stream).filter(x -> requestsHaving.get(x) > 1).count();
        return (double) shared / total;
    }

    @Test
    void atMostThirtyPercentOfTheSentencesOfTheAdrsAsRenderedAppearInAnotherRequestsDossier() {
        // Before the options' descriptions, licence and maturity, and running burden were said in each system's terms
        // ("Licence: not applicable; maturity: proven." in every dossier) the share was 31.8% on the ten review requests
        // of rounds 25 and 26 (CLI, 4 December 2026); the issue's bar is 30%.
        Map<String, List<String>> byRequest = new LinkedHashMap<>();
        DOSSIERS.forEach((name, c) -> byRequest.put(name, renderedSentences(c)));
        double share = sharedOccurrences(byRequest);
        System.out.printf(Locale.ROOT, "ADR sentences as rendered shared with another request's dossier: %.1f%% over %d requests%n",
                share * 100, byRequest.size());

        assertThat(DOSSIERS).hasSizeGreaterThanOrEqualTo(22);
        assertThat(share).isLessThanOrEqualTo(0.30);
    }

    @Test
    void theRenderedMeasureCountsARepeatedTemplateSentenceEveryTimeItOccurs() {
        Map<String, List<String>> two = new LinkedHashMap<>();
        two.put("a", List.of("Licence: managed service; maturity: proven", "Licence: managed service; maturity: proven", "Acme keeps 40 writes/s"));
        two.put("b", List.of("Licence: managed service; maturity: proven", "Zeta keeps 9 writes/s at peak"));

        // three of the five occurrences are the shared sentence
        assertThat(sharedOccurrences(two)).isEqualTo(0.6);
    }

    @Test
    void anOptionsLicenceAndMaturityAreSaidAgainstTheChosenProductAndTheTeamIsNotStampedOnEveryOption() {
        Decision style = decision("vet-practice", dev.architect.dossier.DecisionTopic.ARCHITECTURE_STYLE);

        // the chosen structure needs no skill of its own: its terms are said plainly, with no "for PawChart's team of 4" stamp
        assertThat(style.options().get(0).summary()).endsWith("Licence: not applicable (a structure, not a product); maturity: proven.");
        // a runner-up on the same terms says the figures decide; one on other terms names the chosen option's
        assertThat(style.options()).anySatisfy(o -> assertThat(o.summary()).contains("maturity: proven, the same terms as modular monolith, "
                + "chosen for PawChart, so the figures above decide between them"));
        assertThat(style.options()).anySatisfy(o -> assertThat(o.summary()).contains("Licence: proprietary managed service; maturity: mature, "
                + "where PawChart's choice, modular monolith, is proven, with licence not applicable"));
        // Before: every option's cost ended "operational burden high for PawChart's team of 4", rejected ones too (issue #15);
        // now only the chosen option's, once per ADR, names the team that carries it.
        DOSSIERS.forEach((name, c) -> c.decisions().forEach(d -> d.options().stream().skip(1).forEach(o -> assertThat(o.cost())
                .as("%s %s %s", name, d.id(), o.name()).doesNotContain("'s team"))));
        assertThat(style.options().get(0).cost()).endsWith("operational burden low for PawChart's team of 4");
        assertThat(style.options().subList(1, style.options().size())).allSatisfy(o -> assertThat(o.cost())
                .containsPattern("operational burden (low|medium|high)$"));
    }

    @Test
    void anOptionSetAsideForOwnDataCentresNamesTheCloudAndRegionsThisSystemRunsIn() {
        // Before: "... it is meant for own data centres, while PawChart has a public cloud", the same in every dossier
        int checked = 0;
        for (Consultation c : DOSSIERS.values()) {
            for (Decision d : c.decisions()) {
                for (String s : split(List.of(d.rationale()))) {
                    if (s.contains("it is meant for own data centres, while " + c.system() + " has a public cloud")) {
                        assertThat(s).as("%s %s", c.system(), d.id()).containsPattern("has a public cloud, (AWS|Azure|Google Cloud)[^,]* in [a-z]");
                        checked++;
                    }
                }
            }
        }
        assertThat(checked).isPositive();
    }

    @Test
    void adrSentencesStayOwnToTheirRequestWithItsNameTeamSizeAndStatedFiguresMasked() {
        Map<String, Set<String>> byRequest = new LinkedHashMap<>();
        DOSSIERS.forEach((name, c) -> byRequest.put(name, ownMasked(split(adrTexts(c)), c.system(), OWN_FIGURES.get(name))));
        double raw = sharedShare(byRequest(AdrProseTest::adrTexts, false));
        double share = measure("ADR sentences, system name, team size and the request's own figures masked", byRequest);
        System.out.printf(Locale.ROOT, "  (raw, nothing masked: %.1f%%)%n", raw * 100);

        // 37.8% before the per-option team stamps went and the most shared pros and cons cited this request's drivers, 31.1% after
        // (22 requests, 5 December 2026); the issue asks for 25%
        assertThat(share).isLessThanOrEqualTo(0.32);
    }

    @Test
    void maskingARequestsOwnFiguresCountsTwoDossiersThatDifferOnlyByThemAsSharing() {
        Map<String, Set<String>> twins = new LinkedHashMap<>();
        // Acme's team of 7 and 1,500 requests/s; Zeta's team of 3 and 90 requests/s: a figure derived from them (42) stays
        twins.put("a", ownMasked(Set.of("Acme's team of 7 runs it", "Acme serves 1,500 requests/s", "Acme writes 42 rows a second"), "Acme",
                figures("team 7, peak 1500.0")));
        twins.put("b", ownMasked(Set.of("Zeta's team of 3 runs it", "Zeta serves 90 requests/s", "Zeta writes 9 rows a second"), "Zeta",
                figures("team 3, peak 90.0")));

        assertThat(sharedShare(twins)).isEqualTo(4.0 / 6);
    }

    @Test
    void adrSentencesStayOwnToTheirRequestWithTheSystemNameMasked() {
        double share = measure("ADR sentences, system name masked", byRequest(AdrProseTest::adrTexts, true));

        assertThat(share).isLessThanOrEqualTo(0.32);
    }

    @Test
    void adrSentenceTemplatesVaryByOptionAndSituationWithNamesAndFiguresMasked() {
        Map<String, Set<String>> byRequest = new LinkedHashMap<>();
        DOSSIERS.forEach((name, c) -> byRequest.put(name, template(split(adrTexts(c)), c.system())));
        double share = measure("ADR sentences, system name and figures masked", byRequest);

        assertThat(share).isLessThanOrEqualTo(0.73);
    }

    @Test
    void riskDescriptionsAndMitigationsStayOwnToTheirRequestWithTheSystemNameMasked() {
        double share = measure("Risk sentences, system name masked", byRequest(AdrProseTest::riskTexts, true));

        assertThat(share).isLessThanOrEqualTo(0.24);
    }

    @Test
    void maskingTheSystemNameCountsTwoDossiersThatDifferOnlyByNameAsSharing() {
        Map<String, Set<String>> twins = new LinkedHashMap<>();
        twins.put("a", masked(Set.of("Acme keeps one database", "Acme has 40 writes/s at peak"), "Acme"));
        twins.put("b", masked(Set.of("Zeta keeps one database", "Zeta has 9 writes/s at peak"), "Zeta"));

        assertThat(sharedShare(twins)).isEqualTo(0.5);
    }

    @Test
    void noAdrReadsLikeARuleTraceOrLeavesAPlaceholderUnfilled() {
        DOSSIERS.forEach((name, c) -> c.decisions().forEach(d -> {
            String prose = String.join(" ", adrTexts(List.of(d)));
            assertThat(prose).as("%s %s", name, d.id())
                    .doesNotContainPattern("\\d+ of (its|the) \\d+ (conditions|figures)")
                    .doesNotContain("conditions")
                    .doesNotContain("it suits")
                    .doesNotContain("what it handles")
                    .doesNotContain("it needs by")
                    .doesNotContain("exactly at the edge")
                    .doesNotContainPattern("needs [^.;]*(<=|>=|<|>) ?[0-9]")
                    .doesNotContainPattern("(<=|>=) ?[0-9]")
                    .doesNotContain("the catalogue lists")
                    .doesNotContain("Treat the gap as a risk")
                    .doesNotContain("scores best")
                    .doesNotContain("is what it is built for")
                    .doesNotContain("every figure of")
                    .doesNotContainPattern("(^|[^0-9.,])0 events/s")
                    .doesNotContainPattern("\\{[A-Za-z0-9]+}");
            // A placeholder whose fact this decision lacks would be left as its bare key ("storage5yGb").
            for (Fact fact : Fact.values()) {
                if (fact.key().chars().anyMatch(Character::isUpperCase)) {
                    assertThat(prose).as("%s %s", name, d.id()).doesNotContain(fact.key());
                }
            }
        }));
    }

    @Test
    void noRiskReadsLikeARuleTrace() {
        DOSSIERS.forEach((name, c) -> c.risks().forEach(r -> assertThat(r.description() + " " + r.mitigation()).as("%s %s", name, r.id())
                .doesNotContain("suits")
                .doesNotContain("conditions")
                .doesNotContainPattern("(<=|>=) ?[0-9]")
                .doesNotContainPattern("\\{[A-Za-z0-9]+}")));
    }

    @Test
    void noProOrConIsABareFigureWithoutTheArgument() {
        // "Good, because a team of 12" or "Good, because 2 asynchronous flows" states a fact and leaves the reader to guess why it counts.
        DOSSIERS.forEach((name, c) -> c.decisions().forEach(d -> d.options().forEach(o -> {
            List<String> both = new ArrayList<>(o.pros());
            both.addAll(o.cons());
            both.forEach(text -> assertThat(text.split("\\s+")).as("%s %s %s: %s", name, d.id(), o.name(), text).hasSizeGreaterThanOrEqualTo(5));
        })));
    }

    @Test
    void aFigureWeighedAgainstAnOptionsBoundSaysWhyItMattersToThatOption() {
        Decision style = decision("vet-practice", dev.architect.dossier.DecisionTopic.ARCHITECTURE_STYLE);

        assertThat(style.chosenOption()).isEqualTo("Modular monolith");
        // 15 / 4 = 3.75, shown to one decimal
        assertThat(style.options().get(0).pros()).contains("A team of 4 could grow 3.8-fold before reaching its ceiling of 15: one pipeline and one "
                + "release train is what one team can share, and past about 15 people several teams would queue behind each other's changes to PawChart");
        // the runner-up that misses a bound says why the bound is there, in the comparison and among its cons
        Decision availability = decision("vet-practice", dev.architect.dossier.DecisionTopic.AVAILABILITY);
        assertThat(availability.rationale()).contains("needs regions requested of at least 2 to pay off, and PawChart has 1 region: "
                + "PawChart is planned for northeurope, and a second region doubles compute and data");
    }

    @Test
    void theContextOpensOnThisSystemsProblemNamingItsCapabilities() {
        Decision style = decision("permit-office", dev.architect.dossier.DecisionTopic.ARCHITECTURE_STYLE);

        assertThat(style.context()).startsWith("PermitDesk has to deliver applications, drawings, planning review, public consultation and "
                + "decisions with a team of 9, at 150 requests/s at peak; how many deployables it splits into decides how many pipelines, "
                + "runbooks and on-call rotations that team carries.");
        // No decision whose catalogue section words its problem for a system opens on the general question instead.
        List<String> general = dev.architect.offline.internal.catalog.Catalogue.standard().decisions().values().stream()
                .filter(s -> s.context() != null).map(dev.architect.offline.internal.catalog.Section::question).toList();
        assertThat(general).isNotEmpty();
        DOSSIERS.forEach((name, c) -> c.decisions().forEach(d -> general.forEach(q -> {
            if (!name.equals("minimal")) { // a request that lists no capabilities keeps the general question
                assertThat(d.context()).as("%s %s", name, d.id()).doesNotStartWith(q);
            }
        })));
    }

    @Test
    void aRejectedOptionOverItsCeilingSaysWhatWouldGiveFirstAndWhereTheLoadComesFrom() {
        Decision store = decision("news-global", dev.architect.dossier.DecisionTopic.DATASTORE);

        // what the system would meet first (limits.yaml), and which capabilities produce the load, not a bare multiple
        assertThat(store.rationale()).contains("Had Dispatch taken one relational database, 11,970 reads/s at peak from "
                + "articles, live blogs, search and two more would overrun its ceiling of 5,000/s at launch: reads queue behind writes on the one "
                + "database, and read latency at the busiest hour is the first thing to slip")
                .doesNotContain("times its ceiling");
    }

    @Test
    void theReopeningTriggerSaysWhatMovesTheFigure() {
        // a load grows with the capabilities that produce it; a team by hiring. The rate reads with three significant
        // figures (34.29 reads/s -> 34.3/s)
        assertThat(decision("clinic-booking", dev.architect.dossier.DecisionTopic.DATASTORE).rationale()).contains("Reopen this decision when growth in "
                + "appointments, patients, therapists and reminders takes PhysioBook's peak reads above 5,000/s (it is 34.3/s today): relational "
                + "database with read replicas would then fit without a gap");
        assertThat(decision("clinic-booking", dev.architect.dossier.DecisionTopic.ARCHITECTURE_STYLE).rationale())
                .contains("Reopen this decision if PhysioBook's team grows past 15 people (it has 3)");
    }

    @Test
    void aBoundMetByAHairIsNeverTheReasonGivenForTheChoice() {
        DOSSIERS.forEach((name, c) -> c.decisions().forEach(d -> {
            String first = d.rationale().split("\\. (?=[A-Z])")[0];
            assertThat(first).as("%s %s", name, d.id()).doesNotContain("only just").doesNotContain("with little room to grow")
                    .doesNotContain("has only just crossed");
            d.consequences().stream().filter(q -> q.kind() == dev.architect.dossier.ConsequenceKind.GOOD)
                    .forEach(q -> assertThat(q.text()).as("%s %s", name, d.id()).doesNotContain("only just crossed").doesNotContain("sits at"));
        }));
        // a narrow fit is said as one, after the reasons
        assertThat(decision("news-global", dev.architect.dossier.DecisionTopic.ARCHITECTURE_STYLE).rationale()).contains("The fit on business "
                + "capabilities is narrow: 5 business capabilities has only just crossed the 5 from which microservices pays off");
    }

    private static Decision decision(String request, dev.architect.dossier.DecisionTopic topic) {
        return DOSSIERS.get(request).decisions().stream().filter(d -> d.topic() == topic).findFirst().orElseThrow();
    }

    @Test
    void everyMultipleAnAdrQuotesIsTheQuotientOfTheFiguresItCompares() {
        // "300 reads per write is 100 times the 3 from which it pays off": the multiple is the first figure over the second
        // (shown to one decimal below 10, whole above), so a reader can redo it.
        java.util.regex.Pattern multiple = java.util.regex.Pattern.compile(
                "(\\d[\\d,]*(?:\\.\\d+)?)[^.;\\d]*? is (\\d[\\d,]*(?:\\.\\d+)?) times (?:the|its ceiling of) (\\d[\\d,]*(?:\\.\\d+)?)");
        int checked = 0;
        for (Consultation c : DOSSIERS.values()) {
            for (String text : adrTexts(c)) {
                java.util.regex.Matcher m = multiple.matcher(text);
                while (m.find()) {
                    double actual = Double.parseDouble(m.group(1).replace(",", ""));
                    double times = Double.parseDouble(m.group(2).replace(",", ""));
                    double bound = Double.parseDouble(m.group(3).replace(",", ""));
                    // the figures are shown rounded, so allow for their rounding and the multiple's
                    assertThat(Math.abs(actual / bound - times)).as(m.group()).isLessThanOrEqualTo(0.06 * times + 0.05);
                    checked++;
                }
            }
        }
        assertThat(checked).isPositive();
    }
}
