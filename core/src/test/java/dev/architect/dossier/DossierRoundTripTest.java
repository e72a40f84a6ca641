package dev.architect.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.testing.RandomDossiers;
import dev.architect.validation.DossierValidator;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class DossierRoundTripTest {

    static LongStream seeds() {
        long base = Long.getLong("roundtrip.seed", 20261125L);
        return LongStream.range(base, base + 200);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void aRandomDossierReadsBackEqualFromItsJson(long seed) {
        Consultation original = RandomDossiers.generate(seed);
        assertThat(DossierValidator.validate(original).errors()).as("seed %d generates a valid dossier", seed).isEmpty();

        String json = DossierJson.write(original);
        Consultation back = DossierJson.read(json);

        assertThat(back).as("seed %d (rerun with -Droundtrip.seed=%d)", seed, seed).isEqualTo(original);
        assertThat(DossierJson.write(back)).as("seed %d writes identical JSON twice", seed).isEqualTo(json);
    }

    @org.junit.jupiter.api.Test
    void aLargeDossierHasTheSizeTheBenchmarksPromiseAndStillRoundTrips() {
        Consultation large = RandomDossiers.generate(7L, 12);

        assertThat(large.c4().containers()).hasSizeGreaterThanOrEqualTo(50);
        assertThat(large.c4().relationships()).hasSizeGreaterThanOrEqualTo(300);
        assertThat(large.decisions()).hasSizeGreaterThanOrEqualTo(40);
        assertThat(large.apis().stream().mapToInt(a -> a.operations().size()).sum()).isGreaterThanOrEqualTo(200);
        assertThat(large.dataModel().entities()).hasSizeGreaterThanOrEqualTo(100);
        assertThat(DossierValidator.validate(large).errors()).isEmpty();
        assertThat(DossierJson.read(DossierJson.write(large))).isEqualTo(large);
    }
}
