package dev.architect.offline.internal.design;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.architect.request.ConsultationRequest;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** An old file may wait hours for a restore only where the request says so of its content, never of its own recovery. */
class ArchiveRetrievalTest {

    private static boolean tolerated(String description) {
        return ArchiveRetrieval.standard().tolerated(ConsultationRequest.builder("Test", description).build()).isPresent();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "After that footage is rarely read, and a restore taking a day is fine.",
            "Old survey scans can be retrieved within 48 hours when an auditor asks.",
            "A retrieval of an old recording may take two days.",
            "Restored clips are needed overnight at most."})
    void aStatedWaitOfHoursForOldContentAllowsTheArchive(String description) {
        assertThat(tolerated(description)).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            // the system's own recovery, not a file's retrieval
            "We must restore from backups within 24 hours after a disaster.",
            // another sense of getting back: no restore word
            "The clinic calls back within a day.",
            // denied
            "A restore of an old scan must never take a day.",
            // a wait under the archive's restore time (12 hours)
            "An old scan is restored within 2 hours.",
            // no wait at all
            "Old recordings can be restored on request."})
    void otherSensesOrShortWaitsDoNot(String description) {
        assertThat(tolerated(description)).isFalse();
    }

    @Test
    void waitsAreReadInHours() {
        // a day = 24 h; 3 days = 72 h; overnight = 12 h; the longest stated wins
        assertThat(ArchiveRetrieval.longestWaitHours("a restore taking a day is fine")).isEqualTo(24);
        assertThat(ArchiveRetrieval.longestWaitHours("within 2 hours, or 3 days at worst")).isEqualTo(72);
        assertThat(ArchiveRetrieval.longestWaitHours("overnight")).isEqualTo(12);
    }

    @Test
    void theShippedFileGivesEachCloudItsMinimum() {
        assertThat(ArchiveRetrieval.standard().minimumDays(dev.architect.request.Cloud.AWS)).isEqualTo(180);
        assertThat(ArchiveRetrieval.standard().minimumDays(dev.architect.request.Cloud.GCP)).isEqualTo(365);
    }

    private static ArchiveRetrieval read(String yaml) {
        return ArchiveRetrieval.read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "bad-copy.yaml");
    }

    private static final String GOOD_WORDS = "restoreWords: [restore]\nnotAbout: [backup]\ndenying: [never]\nrestoredShare: 0.001\n";

    @Test
    void aCopyMissingACloudsMinimumFailsNamingIt() {
        assertThatThrownBy(() -> read("minHours: 12\n" + GOOD_WORDS + "minimumDays: {aws: 180, azure: 180, on-premises: 0}\n"))
                .hasMessageContaining("minimumDays has no entry for Google Cloud");
    }

    @Test
    void aCopyWithABlankWordOrNoWaitFailsNamingTheEntry() {
        String days = "minimumDays: {aws: 180, azure: 180, gcp: 365, on-premises: 0}\n";
        assertThatThrownBy(() -> read("minHours: 12\nrestoreWords: [restore, ' ']\nnotAbout: [backup]\ndenying: [never]\nrestoredShare: 0.001\n" + days))
                .hasMessageContaining("restoreWords has a blank word");
        assertThatThrownBy(() -> read("minHours: 0\n" + GOOD_WORDS + days)).hasMessageContaining("minHours");
    }
}
