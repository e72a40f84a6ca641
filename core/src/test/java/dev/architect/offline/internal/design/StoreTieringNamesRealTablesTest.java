package dev.architect.offline.internal.design;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.offline.internal.archetype.Archetype;
import dev.architect.offline.internal.archetype.Archetypes;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * store-tiering.yaml names tables and archetypes by their ids: a misspelt ledger table would match nothing and its store
 * would be tiered, so every name must be one the archetypes design.
 */
class StoreTieringNamesRealTablesTest {

    @Test
    void everyTableKeptWholeAndEveryArchetypeReadingHistoryExists() {
        Set<String> tables = Archetypes.standard().archetypes().stream().flatMap(a -> a.entities().stream())
                .map(Archetype.EntityDef::name).collect(Collectors.toSet());
        Set<String> archetypes = Archetypes.standard().archetypes().stream().map(Archetype::id).collect(Collectors.toSet());

        assertThat(StoreTiering.standard().tablesKeptWhole()).isNotEmpty().allSatisfy(t -> assertThat(tables).as("table " + t).contains(t));
        assertThat(StoreTiering.standard().archetypesReadingHistory()).isNotEmpty()
                .allSatisfy(a -> assertThat(archetypes).as("archetype " + a).contains(a));
    }
}
