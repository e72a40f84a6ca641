package dev.architect.offline.internal.design;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.offline.internal.archetype.Archetype;
import dev.architect.offline.internal.archetype.Archetypes;
import dev.architect.offline.internal.archetype.CapabilityShapes;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every archetype and every capability shape says how much of the system's load the capability it designs takes
 * (load-profiles.yaml), so no designed capability falls back to an assumed weight; and the weight a capability nothing
 * describes takes is a typical one, never the largest.
 */
class LoadProfilesCoverEveryArchetypeAndShapeTest {

    @Test
    void everyArchetypeHasALoadProfile() {
        List<String> missing = Archetypes.standard().archetypes().stream().map(Archetype::id)
                .filter(id -> !LoadProfiles.standard().archetypes().containsKey(id)).toList();

        assertThat(missing).as("archetypes with no profile in load-profiles.yaml").isEmpty();
    }

    @Test
    void everyCapabilityShapeHasALoadProfile() {
        List<String> missing = CapabilityShapes.standard().shapes().stream().map(CapabilityShapes.CapabilityShape::id)
                .filter(id -> !LoadProfiles.standard().shapes().containsKey(id)).toList();

        assertThat(missing).as("capability shapes with no profile in load-profiles.yaml").isEmpty();
    }

    @Test
    void everyProfileSaysWhyInASentence() {
        List<LoadProfiles.Weight> all = new java.util.ArrayList<>();
        all.addAll(LoadProfiles.standard().archetypes().values());
        all.addAll(LoadProfiles.standard().shapes().values());

        // "nothing describes it" or a bare word is no reason: each basis says who acts how often, in a sentence
        assertThat(all).allSatisfy(w -> assertThat(w.basis().split("\\s+").length).as(w.basis()).isGreaterThanOrEqualTo(5));
    }

    @Test
    void aTypicalCapabilityIsTheMedianOfTheProfilesNotTheLargest() {
        LoadProfiles.Weight typical = LoadProfiles.standard().typical();

        // The median of every profile's reads is 0.25 (an even count: the mean of the middle two, 0.2 and 0.3) and of its
        // writes 0.1 (counted over load-profiles.yaml); the largest read weight is 1 and the largest write weight 3.
        assertThat(typical.reads()).isCloseTo(0.25, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(typical.writes()).isEqualTo(0.1);
        assertThat(LoadProfiles.median(new double[] {1, 0.05, 0.3})).isEqualTo(0.3);
        assertThat(LoadProfiles.median(new double[] {0.1, 2, 0.2, 0.01})).isCloseTo(0.15, org.assertj.core.api.Assertions.within(1e-9));
    }
}
