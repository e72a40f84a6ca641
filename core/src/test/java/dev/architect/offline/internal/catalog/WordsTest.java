package dev.architect.offline.internal.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class WordsTest {

    @Test
    void aPhraseMatchesWholeWordsAndTheirRegularPlurals() {
        Words text = Words.of("Fans search events; deliveries and payments by IoT devices, within 2 km.");
        assertThat(text.contains("payment")).isTrue();
        assertThat(text.contains("delivery")).isTrue(); // -ies
        assertThat(text.contains("search")).isTrue();
        assertThat(text.contains("event")).isTrue();
        assertThat(text.contains("iot devices")).isTrue();
        assertThat(text.contains("within N km")).isTrue();
        assertThat(text.contains("pay")).isFalse(); // a prefix is not a word
        assertThat(Words.of("physiotherapy clinic").contains("iot")).isFalse();
        assertThat(text.contains("devices iot")).isFalse(); // order matters
        assertThat(text.contains("km within")).isFalse();
    }

    @Test
    void nInAPhraseStandsForACountInDigitsOrWordsButNotForOne() {
        for (String count : List.of("6", "six", "sixty", "twelve", "hundreds", "dozens")) {
            assertThat(Words.of("turbines owned by " + count + " operators").contains("owned by N operators")).as(count).isTrue();
        }
        assertThat(Words.of("turbines owned by one operator").contains("owned by N operators")).isFalse();
        assertThat(Words.of("turbines owned by several operators").contains("owned by N operators")).isFalse();
    }

    @Test
    void anExcludingPhraseHidesTheWordsItCoversOnly() {
        Words text = Words.of("payment matching runs nightly");
        assertThat(text.firstMatch(List.of("payment"), List.of("payment matching"))).isEmpty();
        Words twice = Words.of("payment matching and card payment capture");
        assertThat(twice.firstMatch(List.of("payment"), List.of("payment matching"))).contains("payment");
    }

    @Test
    void theIndexedSearchFindsWhatSlidingAlongTheTextFinds() {
        // the lookup by a word's positions must agree with the plain scan over every start, plurals and numbers included
        List<String> vocabulary = List.of("event", "events", "delivery", "deliveries", "box", "boxes", "n", "7", "seat", "seats", "day");
        Random random = new Random(42);
        for (int round = 0; round < 2_000; round++) {
            List<String> text = new ArrayList<>();
            for (int i = random.nextInt(12); i >= 0; i--) {
                String w = vocabulary.get(random.nextInt(vocabulary.size()));
                text.add(w.equals("n") ? "12" : w);
            }
            List<String> phrase = new ArrayList<>();
            for (int i = random.nextInt(3); i >= 0; i--) {
                String w = vocabulary.get(random.nextInt(vocabulary.size()));
                phrase.add(w.endsWith("s") && random.nextBoolean() ? w.substring(0, w.length() - 1) : w);
            }
            String joined = String.join(" ", phrase);
            assertThat(Words.of(String.join(" ", text)).contains(joined)).as("'%s' in '%s'", joined, text)
                    .isEqualTo(slidingContains(text, phrase));
        }
    }

    private static boolean slidingContains(List<String> text, List<String> phrase) {
        for (int start = 0; start + phrase.size() <= text.size(); start++) {
            boolean all = true;
            for (int i = 0; i < phrase.size() && all; i++) {
                all = plainSameWord(text.get(start + i), phrase.get(i));
            }
            if (all) {
                return true;
            }
        }
        return false;
    }

    /** The rule as first written, with allocations: the fast comparison must agree with it. */
    private static boolean plainSameWord(String word, String wanted) {
        if (wanted.equals("n")) {
            return word.chars().allMatch(Character::isDigit);
        }
        return word.equals(wanted) || word.equals(wanted + "s") || word.equals(wanted + "es")
                || wanted.endsWith("y") && word.equals(wanted.substring(0, wanted.length() - 1) + "ies");
    }

    @Test
    void theFastWordComparisonAgreesWithThePlainRule() {
        for (String wanted : List.of("box", "day", "delivery", "bus", "s", "y", "es")) {
            for (String word : List.of("box", "boxs", "boxes", "boxies", "day", "days", "daies", "dayes", "delivery", "deliveries",
                    "deliverys", "bus", "buses", "buss", "s", "ss", "ses", "y", "ys", "ies", "yes", "es", "eses", "ess")) {
                assertThat(Words.sameWord(word, wanted)).as("%s ~ %s", word, wanted).isEqualTo(plainSameWord(word, wanted));
            }
        }
    }

    /** The slug as it was written with regular expressions: the loop must give the same id for every text. */
    private static String regexSlug(String text) {
        String s = text.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (s.length() > 40) {
            s = s.substring(0, 40).replaceAll("-+$", "");
        }
        return s.isEmpty() ? "x" : s;
    }

    @Test
    void aSlugIsTheTextsWordsJoinedByDashesCutAtFortyCharacters() {
        assertThat(Words.slug("Order Management")).isEqualTo("order-management");
        assertThat(Words.slug("  --Caf\u00e9 & Bar, 24/7!! ")).isEqualTo("caf-bar-24-7");
        assertThat(Words.slug("?!")).isEqualTo("x");
        // cut inside the fortieth character's word, and never left ending in a dash
        assertThat(Words.slug("a".repeat(39) + " bcd")).isEqualTo("a".repeat(39));
        assertThat(Words.slug("abcd ".repeat(20))).hasSize(39).doesNotEndWith("-");

        Random random = new Random(17);
        String alphabet = "abcXYZ019 -_.,/\u00e9\u0130\u00df";
        for (int n = 0; n < 5_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(70); k > 0; k--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertThat(Words.slug(text.toString())).as(text.toString()).isEqualTo(regexSlug(text.toString()));
        }
    }

    @org.junit.jupiter.api.Test
    void aDataFilesWordListIsCheckedOnceForEveryReader() {
        org.assertj.core.api.Assertions.assertThat(Words.phrases("f.yaml", "atWork", java.util.List.of("on shift", "at the desk")))
                .containsExactly("on shift", "at the desk");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Words.phrases("f.yaml", "atWork", java.util.List.of("On Shift")))
                .isInstanceOf(IllegalStateException.class).hasMessage("f.yaml: atWork has 'On Shift', which is not lower-case whole words");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Words.phrases("f.yaml", "atWork", java.util.List.of("check-in")))
                .hasMessageContaining("'check-in'");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Words.phrases("f.yaml", "atWork", java.util.List.of("desk", "desk")))
                .hasMessage("f.yaml: atWork lists 'desk' twice");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Words.phrases("f.yaml", "software", java.util.List.of()))
                .hasMessage("f.yaml: software must list at least one phrase");
    }
}
