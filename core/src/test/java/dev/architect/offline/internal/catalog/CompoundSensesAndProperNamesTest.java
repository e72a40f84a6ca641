package dev.architect.offline.internal.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.architect.request.Integration;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A word that is part of another compound noun, or of a product's proper name, does not say what the phrase says. */
class CompoundSensesAndProperNamesTest {

    @Test
    void aModifierBeforeTheWordMakesAnotherNoun() {
        assertThat(Words.of("Patrons are checked by their library card numbers").contains("card")).isFalse();
        assertThat(Words.of("Patrons are checked by their library card numbers").contains("card number")).isFalse();
        assertThat(Words.of("Customers pay by card at the till").contains("card")).isTrue();
        // the phrase that holds the modifier itself still counts
        assertThat(Words.of("Patrons show a library card").contains("library card")).isTrue();
    }

    @Test
    void aHeadAfterTheWordMakesAnotherNounOnlyWhenJoinedToIt() {
        assertThat(Words.of("Unpaid notices escalate to a charge certificate").contains("charge")).isFalse();
        assertThat(Words.of("Officers keep charge-sheets for each detainee").contains("charge")).isFalse();
        assertThat(Words.of("We charge a fee; certificates are issued later").contains("charge")).isTrue();
        assertThat(Words.of("a charge. Certificate follows").contains("charge")).isTrue();
    }

    @Test
    void wordsOfAProperNameAfterItsBrandAreNotEvidence() {
        List<String> names = ProperNames.of(List.of(new Integration("OverDrive Marketplace", "buying licences"),
                new Integration("SIP2 library systems", "checking patrons"), new Integration("GOV.UK Pay", "card payments"),
                new Integration("Stripe", "card payments")));
        assertThat(names).containsExactly("OverDrive Marketplace", "GOV UK Pay");
        Words words = Words.of("Licences are bought on OverDrive Marketplace; the marketplace of the town is elsewhere");
        assertThat(Words.of("Licences are bought on OverDrive Marketplace").firstMatch(List.of("marketplace"), List.of(), names)).isEmpty();
        assertThat(words.firstMatch(List.of("marketplace"), List.of(), names)).contains("marketplace");
        assertThat(Words.of("GOV.UK Pay: card payments").firstMatch(List.of("pay"), List.of(), names)).isEmpty();
        assertThat(Words.of("GOV.UK Pay: card payments").firstMatch(List.of("gov uk pay"), List.of(), names)).isPresent();
    }

    @Test
    void aPatternIsAVerbAndItsObjectWithOnlyFillersBetween() {
        Words w = Words.of("Prices are pushed to up to 300,000 connected shoppers. Reports are pushed to the archive; connected later.");
        assertThat(w.firstPattern(List.of("pushed to"), List.of("connected"), List.of("up", "to", "n", "the"), 6, List.of()))
                .contains("pushed to up to 300,000 connected");
        assertThat(Words.of("Reports are pushed to the archive; connected later.")
                .firstPattern(List.of("pushed to"), List.of("connected"), List.of("the", "archive"), 6, List.of())).isEmpty();
        assertThat(Words.of("Prices are never pushed to connected users.")
                .firstPattern(List.of("pushed to"), List.of("connected"), List.of(), 2, List.of())).isEmpty();
    }

    @Test
    void aBadCopyOfTheCompoundSensesFailsNamingTheEntry() {
        String twoWords = "senses:\n  - {word: credit card, after: [library]}\n";
        assertThatThrownBy(() -> DataFiles.read(stream(twoWords), "bad.yaml", CompoundSenses.class, "compound senses"))
                .hasMessageContaining("bad.yaml").hasMessageContaining("credit card");
        String noNeighbour = "senses:\n  - {word: card}\n";
        assertThatThrownBy(() -> DataFiles.read(stream(noNeighbour), "bad.yaml", CompoundSenses.class, "compound senses"))
                .hasMessageContaining("'card' names no neighbour");
        String twice = "senses:\n  - {word: card, after: [id]}\n  - {word: card, before: [game]}\n";
        assertThatThrownBy(() -> DataFiles.read(stream(twice), "bad.yaml", CompoundSenses.class, "compound senses"))
                .hasMessageContaining("given twice");
        assertThat(CompoundSenses.standard().senses()).extracting(CompoundSenses.Sense::word).contains("card", "charge");
    }

    private static ByteArrayInputStream stream(String yaml) {
        return new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8));
    }
}
