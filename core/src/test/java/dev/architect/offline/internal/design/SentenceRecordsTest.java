package dev.architect.offline.internal.design;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.request.ConsultationRequest;
import dev.architect.request.RequestReader;
import dev.architect.testing.ShippedDataFiles;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * How the sentences that name a capability's object are read: where the object is named as a noun (never as a verb, in a
 * negated clause, or as a modifier of another noun), what a participle's verb is, and what a sentence says the record keeps.
 * Every sentence here is written for this test, in domains of its own.
 */
class SentenceRecordsTest {

    private static final SentenceRecords READER = SentenceRecords.standard();

    private static List<Integer> mentions(String sentence, String object) {
        return READER.mentions(RecordLifecycles.tokens(sentence), List.of(object.split(" ")));
    }

    @Test
    void theObjectIsNamedAsANounAfterADeterminerOrAsAPlural() {
        assertThat(mentions("a permit expires after 30 days", "permit")).containsExactly(1);
        assertThat(mentions("Wardens inspect permits every spring", "permit")).containsExactly(2);
        assertThat(mentions("each hive is weighed per apiary", "hive")).containsExactly(1);
    }

    @Test
    void theObjectAsAVerbANegatedOneOrAModifierIsNoMention() {
        // a verb: "volunteers call members"; a singular after a subject is no noun
        assertThat(mentions("volunteers call each member on Fridays", "call")).isEmpty();
        // negated in its clause
        assertThat(mentions("we do not keep hive records, only photos", "hive record")).isEmpty();
        assertThat(mentions("no permit is needed for a day visit", "permit")).isEmpty();
        // a modifier of the noun after it: a "sample request" is no sample
        assertThat(mentions("every sample request answered within 5 days", "sample")).isEmpty();
        // the same words in their own sense still count
        assertThat(mentions("each call is logged with its duration", "call")).containsExactly(1);
    }

    @Test
    void aParticiplesVerbComesFromTheFilesEndings() {
        assertThat(READER.verbOf("invoiced")).isEqualTo("invoice");
        assertThat(READER.verbOf("allocated")).isEqualTo("allocate");
        assertThat(READER.verbOf("transferred")).isEqualTo("transfer");
        assertThat(READER.verbOf("corrected")).isEqualTo("correct");
        assertThat(READER.verbOf("quarantined")).isEqualTo("quarantine");
        assertThat(READER.verbOf("capped")).isEqualTo("cap");
        assertThat(READER.verbOf("carried")).isEqualTo("carry");
        assertThat(READER.verbOf("withdrawn")).isEqualTo("withdraw");
        assertThat(READER.verbOf("recalled")).isEqualTo("recall");
    }

    private static ConsultationRequest request(String description, String... capabilities) {
        return RequestReader.readString(String.format(java.util.Locale.ROOT, """
                system: Test
                description: >
                  %s
                capabilities: [%s]
                """, description, String.join(", ", capabilities)));
    }

    @Test
    void aSentenceGivesKeysTypedColumnsAndStates() {
        // an apiary's hives, in a domain of its own: kept per apiary, weighed in kilograms, inspected then condemned
        ConsultationRequest r = request("Each hive has a unique tag number and a honey weight in kilograms per apiary. A hive is inspected"
                + " every spring and condemned when it carries foulbrood.", "hive register", "apiary map");
        SentenceRecords.Reading reading = READER.read("hive register", r, List.of("hive register", "apiary map")).orElseThrow();
        assertThat(reading.object()).containsExactly("hive");
        assertThat(reading.keys()).extracting(SentenceRecords.Column::name).containsExactly("apiary_id");
        assertThat(reading.columns()).extracting(SentenceRecords.Column::name).containsExactly("tag_number", "honey_weight");
        assertThat(reading.columns().get(0).type()).isEqualTo("TEXT"); // "unique": not null, with a unique index
        assertThat(reading.columns().get(1).note()).contains("in kilograms");
        assertThat(reading.states()).containsExactly(java.util.Map.entry("INSPECTED", "inspect"), java.util.Map.entry("CONDEMNED", "condemn"));
        assertThat(reading.designs()).isTrue();
    }

    @Test
    void aPerUnitAfterAnAmountIsItsUnitNotAKey() {
        ConsultationRequest r = request("Mooring fees are charged at a price per night in pounds.", "mooring fees");
        SentenceRecords.Reading reading = READER.read("mooring fees", r, List.of("mooring fees")).orElseThrow();
        assertThat(reading.keys()).isEmpty();
        assertThat(reading.columns()).extracting(SentenceRecords.Column::name).containsExactly("price");
        assertThat(reading.columns().get(0).note()).contains("per night").contains("in pounds");
        assertThat(reading.money()).isTrue();
    }

    @Test
    void aListOfPeersOrTheActorsOwnVerbSaysNothingOfTheRecord() {
        // "sees tickets, fines and refunds": fines are a peer of tickets, not a column of them
        ConsultationRequest r = RequestReader.readString("""
                system: Test
                description: >
                  Parking wardens patrol the streets.
                actors:
                  - {name: Driver, description: "sees tickets, fines and refunds"}
                  - {name: Clerk, description: "files on behalf of up to 40 drivers"}
                capabilities: [ticket desk, file handling]
                """);
        assertThat(READER.read("ticket desk", r, List.of("ticket desk", "file handling"))).hasValueSatisfying(x -> assertThat(x.designs()).isFalse());
        // "Clerk: files on behalf of ...": the clerk's verb, not files of up to 40 drivers
        assertThat(READER.read("file handling", r, List.of("ticket desk", "file handling")).filter(SentenceRecords.Reading::designs)).isEmpty();
    }

    @Test
    void aPerAfterAnAmountIsItsUnitEvenWhenTheNounIsNoUnitWord() {
        // "a deposit per crate" is the deposit's unit; "per customer" before it is the key
        ConsultationRequest r = request("Crate returns are logged per customer with a deposit per crate.", "crate returns");
        SentenceRecords.Reading reading = READER.read("crate returns", r, List.of("crate returns")).orElseThrow();
        assertThat(reading.keys()).extracting(SentenceRecords.Column::name).containsExactly("customer_id");
        assertThat(reading.columns()).singleElement().satisfies(c -> assertThat(c.note()).contains("per crate"));
    }

    @Test
    void aTypedWordBeforeANounAParenthesisAndAChangeSayNothingTheRecordKeeps() {
        // "departure notices" are notices, "(lifting, working at depth)" examples, "can only be changed" any record's lot
        ConsultationRequest r = request("We send certificates of origin and departure notices to agents. Dive-plan records (lifting, working at"
                + " depth) are approved digitally. A certificate of origin can only be changed by a reissue.", "certificate of origin issuance",
                "dive plans");
        List<String> capabilities = List.of("certificate of origin issuance", "dive plans");
        // "of" joins one noun: the object is the certificate of origin, never a bare certificate
        assertThat(READER.object("certificate of origin issuance", SentenceRecords.sentences(r))).hasValue(List.of("certificate", "of", "origin"));
        assertThat(READER.read("certificate of origin issuance", r, capabilities).filter(SentenceRecords.Reading::designs)).isEmpty();
        assertThat(READER.read("dive plans", r, capabilities).filter(SentenceRecords.Reading::designs)).isEmpty();
    }

    @Test
    void anObjectNamedNowhereOrWithNothingSaidIsNotDesigned() {
        ConsultationRequest r = request("Visitors like the gardens. The rose census is popular.", "rose census", "pond survey");
        assertThat(READER.read("pond survey", r, List.of("rose census", "pond survey"))).isEmpty();
        Optional<SentenceRecords.Reading> census = READER.read("rose census", r, List.of("rose census", "pond survey"));
        assertThat(census).hasValueSatisfying(c -> assertThat(c.designs()).isFalse());
    }

    @Test
    void theShippedFileReadsAndEachBadCopyIsRefusedNamingTheEntry() {
        String text = ShippedDataFiles.text(SentenceRecords.class, SentenceRecords.RESOURCE);
        ShippedDataFiles.eachBadCopyRefused(text, new String[][] {
                {"SHARE: [percentage,", "SHARE: [length, percentage,", "typed 'length' is both SHARE and MEASURE"},
                {"  - {participle: ed, verb: \"\"}", "", "endings must end with the default rule"},
                {"timeUnits: [second,", "timeUnits: [fortnight, second,", "timeUnits 'fortnight' is not among the units"},
                {"workWords: [schedule,", "workWords: [Schedule,", "workWords 'Schedule' must be one lower-case word"},
                {"  sent: send", "  sent: Send it", "irregular 'sent'"},
                {"keyMarkers: [per,", "keyMarkers: [per, per,", "keyMarkers 'per' is listed twice"}},
                "bad-sentence-records.yaml", SentenceRecords::read);
    }
}
