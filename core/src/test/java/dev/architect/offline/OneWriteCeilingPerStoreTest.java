package dev.architect.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.dossier.Consultation;
import dev.architect.dossier.DecisionTopic;
import dev.architect.dossier.Estimate;
import dev.architect.testing.ValidDossiers;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.api.Test;

/**
 * The datastore ADR quotes one write ceiling for the store it chooses, and it is the figure the capacity plan sizes that
 * store's writer by: an option that fits comfortably up to 2,000 writes/s and holds up to 5,000 is said to have its
 * ceiling at 5,000, the writer capacity prices.yaml gives the 4-vCPU instance, not at both.
 */
class OneWriteCeilingPerStoreTest {

    static final List<String> SAMPLES = Requests.SAMPLES;

    private static final Pattern WRITE_CEILING = Pattern.compile("writes/s at peak[^.;:\\]]*? ceiling of ([0-9,]+)/s");
    private static final Pattern SUSTAINS = Pattern.compile("sustains ([0-9,]+) writes/s");

    /** Every write ceiling the chosen option's text quotes, in writes a second. */
    private static Set<Integer> quotedCeilings(Consultation c) {
        var d = c.decision(DecisionTopic.DATASTORE).orElseThrow();
        String text = d.toString();
        Set<Integer> out = new TreeSet<>();
        Matcher m = WRITE_CEILING.matcher(text);
        while (m.find()) {
            out.add(Integer.parseInt(m.group(1).replace(",", "")));
        }
        return out;
    }

    /** Every writer capacity the capacity plan states for a store, at the size priced and at the size it moves to. */
    private static Set<Integer> sizedCapacities(Consultation c) {
        Set<Integer> out = new TreeSet<>();
        c.capacity().estimates().stream().filter(e -> e.id().startsWith("write-headroom-")).map(Estimate::basis).forEach(b -> {
            Matcher m = SUSTAINS.matcher(b);
            while (m.find()) {
                out.add(Integer.parseInt(m.group(1).replace(",", "")));
            }
        });
        return out;
    }

    @Test
    void aLendingLibrarysSingleDatabaseQuotesOnlyTheWriterCapacityAsItsCeiling() {
        // 1,200 requests/s with 10 reads a write: 1,200 / 11 = 109 writes/s and 1,091 reads/s, past the small size's 500
        // operations/s, so sized at the 4-vCPU instance whose writer sustains 5,000 writes/s (prices.yaml writeCapacity
        // database.instance). The option fits comfortably to 2,000 writes/s (catalogue when) and holds to 5,000 (requires):
        // only 5,000 is quoted as its ceiling.
        Consultation c = ValidDossiers.of("""
                system: Bookbarn
                description: A regional library network lends books and e-books to members, keeps waitlists for titles on loan and reports circulation to the councils.
                capabilities: [catalogue, loans, waitlists, circulation reports]
                load: {peakRequestsPerSecond: 1200, readWriteRatio: 10}
                data: {initialVolumeGb: 200, growthGbPerMonth: 10, retentionYears: 5}
                team: {size: 6, expertise: [Java, PostgreSQL]}
                deployment: {cloud: gcp, regions: [europe-west1]}
                """);

        assertThat(sizedCapacities(c)).containsExactly(5000);
        assertThat(quotedCeilings(c)).containsExactly(5000);
    }

    @ParameterizedTest
    @FieldSource("SAMPLES")
    void everyWriteCeilingTheDatastoreAdrQuotesIsTheCapacityTheStoreIsSizedFor(String sample) {
        Consultation c = OfflineArchitect.create().consult(Requests.sample(sample));
        Set<Integer> quoted = quotedCeilings(c);
        Set<Integer> sized = sizedCapacities(c);

        assertThat(quoted).as("write ceilings quoted in the datastore ADR").hasSizeLessThanOrEqualTo(1);
        if (!quoted.isEmpty() && !sized.isEmpty()) {
            assertThat(sized).as("writer capacities in the capacity plan").containsAll(quoted);
        }
    }
}
