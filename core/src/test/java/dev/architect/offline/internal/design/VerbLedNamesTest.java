package dev.architect.offline.internal.design;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.architect.offline.internal.archetype.RequestField;
import dev.architect.offline.internal.design.CapabilityNameGrammar.VerbLed;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A capability name that begins with its verbs is read into its verbs, its object and its qualifiers, by the name's own
 * grammar (a determiner after the verbs) or by the request's sentences using the first word as a verb on the object; a
 * noun-led name, or one the reading is unsure of, is not verb-led. Names from domains none of the review requests has.
 */
class VerbLedNamesTest {

    private static final CapabilityNameGrammar GRAMMAR = CapabilityNameGrammar.standard();

    private static Optional<VerbLed> read(String name, String... sentences) {
        List<RecordLifecycles.Sentence> said = java.util.Arrays.stream(sentences).map(s -> {
            int colon = s.indexOf(':');
            return colon > 0 ? new RecordLifecycles.Sentence(RequestField.ACTOR, s, s.substring(0, colon))
                    : new RecordLifecycles.Sentence(RequestField.DESCRIPTION, s, null);
        }).toList();
        List<String> actors = said.stream().map(RecordLifecycles.Sentence::actor).filter(java.util.Objects::nonNull).toList();
        return GRAMMAR.verbLed(name, said, actors);
    }

    @ParameterizedTest(name = "{0} -> {1} / {2}")
    @CsvSource(delimiter = '|', value = {
            // shipyard: two coordinated verbs, then a determiner
            "inspect and certify a weld | inspect certify | weld",
            // highways: a qualifier after the object
            "dispatch a gritter to each route | dispatch | gritter",
            // museum: a describing word before the noun is no part of its name
            "check the right crate at each handover | check | crate",
            // ports: a compound object
            "book a truck slot | book | truck slot",
            // food safety
            "recall a batch | recall | batch",
            // catering: a hyphenated verb
            "pre-order a lunch for each pupil | preorder | lunch"})
    void aNameLedByVerbsAndADeterminerIsReadIntoVerbsAndObject(String name, String verbs, String object) {
        VerbLed led = read(name).orElseThrow();
        assertThat(String.join(" ", led.verbs())).isEqualTo(verbs);
        assertThat(String.join(" ", led.object())).isEqualTo(object);
        assertThat(led.keepingOnly()).isFalse();
    }

    @Test
    void aQualifierThatCountsItsNounNamesARecordAndOneThatDoesNotStaysText() {
        VerbLed led = read("dispatch a gritter to each route on cold nights").orElseThrow();
        assertThat(led.qualifiers()).hasSize(2);
        assertThat(led.qualifiers().get(0).noun()).isEqualTo("route");
        assertThat(led.qualifiers().get(0).counted()).isTrue();
        assertThat(led.qualifiers().get(1).noun()).isEqualTo("night");
        assertThat(led.qualifiers().get(1).counted()).isFalse();
    }

    @Test
    void withoutADeterminerTheRequestsSentencesDecideByTheirOwnUseOfTheVerb() {
        // no sentence: unsure, so not verb-led
        assertThat(read("approve and insure outgoing loans")).isEmpty();
        // a cue word before the verb, the object's words after it
        assertThat(read("approve and insure outgoing loans", "The registrar must approve and insure outgoing loans before any artwork leaves."))
                .get().extracting(VerbLed::verbs).isEqualTo(List.of("approve", "insure"));
        // an actor's description that begins with the verb
        assertThat(read("upload and lock randomisation lists", "Independent statistician: uploads randomisation lists, pulls data"))
                .get().extracting(VerbLed::singular).isEqualTo("randomisation list");
        // the actor as the verb's subject
        assertThat(read("grade seed lots", "Seed inspector: checks lots", "Seed inspectors grade lots after germination tests."))
                .get().extracting(VerbLed::head).isEqualTo("lot");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "order history | Parents want to see their order history; customers can order parts by phone.",
            "record retention | Record retention for loan files is permanent.",
            "stock levels | The depot must reorder salt when stock levels fall.",
            "test results | Inspectors record test results from handheld scanners.",
            "file uploads | Staff want file uploads for facility reports and photos.",
            "booking calendar | Members book a court on the booking calendar.",
            "release status | Agents check the release status of each container."})
    void aNounLedNameIsNotVerbLedEvenWhereItsFirstWordIsAlsoAVerb(String name, String sentence) {
        assertThat(read(name, sentence)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // a particle after the verb: a phrasal verb the grammar cannot split
            "top up a pupil wallet",
            // no object at all
            "give now on telethon night",
            // a plural noun first
            "sales and returns",
            "claims on each policy",
            // a light verb: what is got is the submission's result, not a record of its own
            "submit and get a receipt number",
            // a clause after the object: the object ends there and the rest is not read
            "correct a return I already filed"})
    void anUnsureReadingIsNotVerbLed(String name) {
        assertThat(read(name, "Parents top up a pupil wallet by card.", "Donors give now.")).isEmpty();
    }

    @Test
    void aNameWhoseVerbsAreAllRecordKeepingKeepsTheCatalogueRecord() {
        assertThat(read("add and edit a supplier")).get().extracting(VerbLed::keepingOnly).isEqualTo(true);
        assertThat(read("manage the salt barns")).get().extracting(VerbLed::keepingOnly).isEqualTo(true);
        assertThat(read("add and approve a supplier")).get().extracting(VerbLed::keepingOnly).isEqualTo(false);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            // a verb that holds its object for a time keeps a record of its act, which refers to the object
            "book a sailing with a vehicle | booking",
            "borrow a lathe from the tool shed | loan",
            // any other verb keeps the object's own record
            "inspect and certify a weld | weld",
            "quarantine a steel plate | steel plate"})
    void theRecordIsTheHoldingActOrElseTheObject(String name, String record) {
        assertThat(VerbLedRecords.recordName(read(name).orElseThrow())).isEqualTo(record);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {"randomise | randomised", "dispense | dispensed", "lock | locked", "ship | shipped", "recall | recalled",
            "pay | paid", "certify | certified", "quarantine | quarantined", "tag | tagged", "insure | insured"})
    void aVerbTheLexiconDoesNotKnowGetsItsParticipleByTheEndingRules(String verb, String participle) {
        assertThat(VerbLedRecords.participle(verb)).isEqualTo(participle);
        assertThat(VerbLedRecords.derived(verb).state()).isEqualTo(participle.toUpperCase(java.util.Locale.ROOT));
    }

    private static String shipped() throws IOException {
        try (InputStream in = CapabilityNameGrammar.class.getResourceAsStream(CapabilityNameGrammar.RESOURCE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static CapabilityNameGrammar readCopy(String text) {
        return CapabilityNameGrammar.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "bad-copy.yaml");
    }

    @Test
    void aDeterminerThatIsAlsoAPrepositionFailsNamingIt() throws IOException {
        String bad = shipped().replace("  determiners: [a, an,", "  determiners: [at, a, an,");
        assertThatThrownBy(() -> readCopy(bad)).hasMessageContaining("bad-copy.yaml").hasMessageContaining("verbLed 'at' is both a determiner and a preposition");
    }

    @Test
    void aKeepingVerbThatIsNotOneLowerCaseWordFailsNamingIt() throws IOException {
        String bad = shipped().replace("  keeping: [create,", "  keeping: [Create,");
        assertThatThrownBy(() -> readCopy(bad)).hasMessageContaining("bad-copy.yaml").hasMessageContaining("verbLed keeping verb 'Create'");
    }

    @Test
    void aGrammarWithoutTheVerbLedWordsFailsAtLoad() throws IOException {
        String text = shipped();
        String bad = text.substring(0, text.indexOf("verbLed:"));
        assertThatThrownBy(() -> readCopy(bad)).hasMessageContaining("bad-copy.yaml").hasMessageContaining("verbLed is missing");
    }
}
