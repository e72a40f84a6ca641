package dev.architect.deliverables;

import java.util.Locale;
import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.deliverables.document.Deliverable;
import dev.architect.deliverables.testing.HostileDossier;
import dev.architect.deliverables.testing.HostileStrings;
import dev.architect.deliverables.testing.SafeOutput;
import dev.architect.dossier.Consultation;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Random hostile strings (see {@link HostileStrings}) in every free-text field of a dossier, through every renderer:
 * each file must still pass its tool and carry no live directive, tag, link or statement. The normal build renders
 * 12 dossiers (SVG for the first, PostgreSQL for the first two); the full run is
 * {@code mvn -B -q -pl deliverables -am test -Dtest=RendererFuzzTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Dfuzz.dossiers=300 -Dfuzz.svg=10 -Dfuzz.sql=10} (seed with {@code -Dfuzz.seed=N}); counts in
 * {@code deliverables/target/surefire-reports/dev.architect.deliverables.RendererFuzzTest-output.txt}.
 */
class RendererFuzzTest {

    private static final int DOSSIERS = Integer.getInteger("fuzz.dossiers", 12);
    private static final int WITH_SVG = Integer.getInteger("fuzz.svg", 1);
    private static final int WITH_SQL = Integer.getInteger("fuzz.sql", 2);
    private static final long SEED = Long.getLong("fuzz.seed", 909L);

    @Test
    @Timeout(value = 30, unit = TimeUnit.MINUTES)
    void hostileTextInEveryFieldNeverYieldsAFileItsToolRejectsOrThatCarriesLiveMarkup() throws Exception {
        HostileStrings strings = new HostileStrings(SEED);
        DossierWriter withSvg = DossierWriter.create();
        DossierWriter withoutSvg = DossierWriter.builder().svg(false).build();
        long files = 0;
        long characters = 0;
        long start = System.nanoTime();
        for (int i = 0; i < DOSSIERS; i++) {
            Consultation dossier = HostileDossier.create(strings::next);
            List<Deliverable> rendered = (i < WITH_SVG ? withSvg : withoutSvg).deliverables(dossier);
            try {
                SafeOutput.check(dossier, rendered, i < WITH_SQL);
            } catch (AssertionError e) {
                throw new AssertionError("dossier " + i + " (seed " + SEED + "): " + e.getMessage(), e);
            }
            files += rendered.size();
            characters += rendered.stream().mapToLong(d -> d.content().length()).sum();
        }
        System.out.printf(Locale.ROOT, "renderer fuzz: %d hostile dossiers, %d files (%d with SVG, %d run on PostgreSQL), %d characters checked,"
                + " %d ms (seed %d)%n", DOSSIERS, files, Math.min(WITH_SVG, DOSSIERS), Math.min(WITH_SQL, DOSSIERS), characters,
                (System.nanoTime() - start) / 1_000_000, SEED);
        assertThat(files).isGreaterThanOrEqualTo(15L * DOSSIERS);
    }
}
