package dev.architect.internal.facts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.request.ConsultationRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** What a request says about where its media and backups are kept: a copy in another region, a move to the archive, media bytes. */
class StatedStorageFactsTest {

    private static StatedFacts read(String description) {
        return StatedFacts.read(ConsultationRequest.builder("Test", description).build());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Backups must be copied to a second region.", "We keep cross-region backups of the ledger.",
            "Nightly snapshots are replicated to another region.", "The regulator expects off-site backups."})
    void backupsAskedForInAnotherRegionAreRead(String description) {
        assertThat(read(description).crossRegionBackups()).isPresent();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"No backups in another region are needed.", "Backups stay in the same region as the data.",
            "The team is spread over another region of the company."})
    void backupsDeniedOrKeptInTheRegionAreNot(String description) {
        assertThat(read(description).crossRegionBackups()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Recordings move to archive after 90 days | 90",
            // 6 months x 365 / 12 = 182.5 -> 183 days (rounded half up)
            "Photos are archived after 6 months | 183",
            "Scans are moved to infrequent access after 2 weeks | 14",
            // the request's own words for when files go cold: a year = 365 days
            "Finished renders are rarely read after a year but kept 7 years | 365",
            // 6 months x 365 / 12 = 182.5 -> 183 days
            "Raw traces are rarely accessed after the first 6 months | 183",
            // no count: one of the unit, 365 days
            "Raw traces are kept 7 years and are rarely read after the first year | 365",
            // a first period of use, then rarely read in the next clause: 30 days
            "Surveyors edit the scans for the first 30 days; after that they are rarely opened | 30",
            // 2 weeks x 7 = 14 days
            "Clips are cut for their first 2 weeks, after which they are rarely viewed | 14"})
    void aMoveToTheArchiveIsReadInDays(String description, double days) {
        assertThat(read(description).archiveAfterDays().orElseThrow().value()).isEqualTo(days);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Staff rarely read the manual after training.", "Old reports are rarely read.",
            "Invoices are read often after a year, when audits come.",
            // a first period that is not the files' age: the clause after it never says the files are rarely read
            "For the first 3 months we onboard one clinic a week; after that growth is slow and the manual is consulted often."})
    void rareReadingWithoutAnAgeOfTheFilesIsNoMove(String description) {
        assertThat(read(description).archiveAfterDays()).isEmpty();
    }

    @Test
    void aStoredCountBesideAnotherCountIsNotTakenForTheSizedFiles() {
        // "8 surveys a month" are recorded, but the sized trace files come "about 20 lines a month": which count the files are
        // is open, so no media figure is made (the stated growth stands); the size itself is still read
        StatedFacts facts = read("A survey contractor records about 8 surveys a month. Each survey line is written as a trace file "
                + "of about 2.5 TB, about 20 lines a month.");
        assertThat(facts.mediaUploads()).isEmpty();
        // 2.5 TB x 1,000,000 = 2,500,000 MB
        assertThat(facts.fileMb().orElseThrow().value()).isEqualTo(2_500_000);
    }

    @Test
    void mediaBytesAreTheStoredCountTimesTheStatedSize() {
        MediaUploads m = read("About 3,000 calls a day are recorded; each recording is about 8 MB.").mediaUploads().orElseThrow();

        // 3,000 x 365 / 12 = 91,250 a month x 8 MB / 1,000 = 730 GB a month
        assertThat(m.gbPerMonth()).isEqualTo(730);
        assertThat(m.evidence()).isEqualTo("3,000 a day x 365 / 12 = 91,250 a month (description \"3,000 calls a day\") x 8 MB a file "
                + "(description \"recording is about 8 MB\") / 1,000 = 730 GB a month");
    }

    @Test
    void aCountNotSaidToBeStoredIsNotMedia() {
        // the calls are not said to be recorded, and "calls" is not the sized noun (recording)
        assertThat(read("About 3,000 calls a day reach the desk; each recording is about 8 MB.").mediaUploads()).isEmpty();
    }
}
