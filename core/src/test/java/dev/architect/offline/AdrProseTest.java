package dev.architect.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.dossier.Consequence;
import dev.architect.dossier.Consultation;
import dev.architect.dossier.Decision;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * ADRs that reason from their own request: across every request the tests know, at most 30% of the sentences of
 * the ADRs' prose (context, rationale, consequences and every option's pros and cons) appear word for word in another request's dossier, and none
 * reads like a rule trace.
 */
class AdrProseTest {

    /** The sentences of a dossier's ADR prose, each once. */
    static Set<String> sentences(Consultation c) {
        Set<String> out = new LinkedHashSet<>();
        for (Decision d : c.decisions()) {
            List<String> texts = new ArrayList<>(List.of(d.context(), d.rationale()));
            d.consequences().stream().map(Consequence::text).forEach(texts::add);
            d.options().forEach(o -> {
                texts.addAll(o.pros());
                texts.addAll(o.cons());
            });
            for (String text : texts) {
                for (String s : text.split("(?<=[.;])\\s+(?=[A-Z])")) {
                    String sentence = s.strip().replaceAll("[.]$", "");
                    if (!sentence.isEmpty()) {
                        out.add(sentence);
                    }
                }
            }
        }
        return out;
    }

    /** Share of all ADR sentences that also appear in the dossier of another request. */
    static double sharedShare(Map<String, Set<String>> byRequest) {
        Map<String, Integer> requestsHaving = new HashMap<>();
        byRequest.values().forEach(set -> set.forEach(s -> requestsHaving.merge(s, 1, Integer::sum)));
        long total = byRequest.values().stream().mapToLong(Set::size).sum();
        long shared = byRequest.values().stream().flatMap(Set::stream).filter(s -> requestsHaving.get(s) > 1).count();
        return (double) shared / total;
    }

    /** The sentences shared with another request's dossier, most shared first, for reading what still reads as a template. */
    static List<Map.Entry<String, Integer>> mostShared(Map<String, Set<String>> byRequest) {
        Map<String, Integer> requestsHaving = new HashMap<>();
        byRequest.values().forEach(set -> set.forEach(s -> requestsHaving.merge(s, 1, Integer::sum)));
        return requestsHaving.entrySet().stream().filter(e -> e.getValue() > 1)
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).toList();
    }

    @Test
    void atMostThirtyPercentOfAdrSentencesAppearWordForWordInAnotherRequestsDossier() {
        Map<String, Set<String>> byRequest = new HashMap<>();
        Requests.everyRequest().forEach((name, r) -> byRequest.put(name, sentences(OfflineArchitect.create().consult(r))));

        double share = sharedShare(byRequest);
        System.out.printf(Locale.ROOT, "ADR sentences shared with another request's dossier: %.1f%% of %d sentences over %d requests%n",
                share * 100, byRequest.values().stream().mapToInt(Set::size).sum(), byRequest.size());

        if (Boolean.getBoolean("adrProse.print")) {
            mostShared(byRequest).forEach(e -> System.out.println(e.getValue() + "\t" + e.getKey()));
        }
        assertThat(byRequest).hasSizeGreaterThanOrEqualTo(20);
        assertThat(share).isLessThanOrEqualTo(0.30);
    }

    @Test
    void noAdrReadsLikeARuleTraceOrLeavesAPlaceholderUnfilled() {
        Requests.everyRequest().forEach((name, r) -> OfflineArchitect.create().consult(r).decisions().forEach(d -> {
            StringBuilder prose = new StringBuilder(d.rationale() + " " + d.context());
            d.consequences().forEach(c -> prose.append(' ').append(c.text()));
            d.options().forEach(o -> prose.append(' ').append(String.join(" ", o.pros())).append(' ').append(String.join(" ", o.cons())));
            assertThat(prose.toString()).as("%s %s", name, d.id())
                    .doesNotContainPattern("meets all \\d+ of its conditions")
                    .doesNotContain("conditions met")
                    .doesNotContain("the catalogue lists")
                    .doesNotContain("Treat the gap as a risk")
                    .doesNotContain("scores best")
                    .doesNotContain("is what it is built for")
                    .doesNotContainPattern("(^|[^0-9.,])0 events/s")
                    .doesNotContainPattern("\\{[A-Za-z0-9]+}");
        }));
    }
}
