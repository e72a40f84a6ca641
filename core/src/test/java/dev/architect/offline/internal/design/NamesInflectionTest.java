package dev.architect.offline.internal.design;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Table names are singular and paths plural, by English rules plus the irregulars of inflections.yaml. */
class NamesInflectionTest {

    @Test
    void pluralsFollowEnglishRulesAndTheIrregularsList() {
        assertThat(Names.plural("quiz")).isEqualTo("quizzes");
        assertThat(Names.plural("dispatch")).isEqualTo("dispatches");
        assertThat(Names.plural("category")).isEqualTo("categories");
        assertThat(Names.plural("status")).isEqualTo("statuses");
        assertThat(Names.plural("box")).isEqualTo("boxes");
        assertThat(Names.plural("day")).isEqualTo("days");
        assertThat(Names.plural("person")).isEqualTo("people");
        assertThat(Names.plural("data")).isEqualTo("data");
        assertThat(Names.pluralOfLast("parts-category")).isEqualTo("parts-categories");
        assertThat(Names.pluralOfLast("courier_dispatch")).isEqualTo("courier_dispatches");
    }

    @Test
    void singularsUndoThemWithoutCuttingWordsThatEndInE() {
        assertThat(Names.singular("quizzes")).isEqualTo("quiz");
        assertThat(Names.singular("dispatches")).isEqualTo("dispatch");
        assertThat(Names.singular("categories")).isEqualTo("category");
        assertThat(Names.singular("statuses")).isEqualTo("status");
        assertThat(Names.singular("status")).isEqualTo("status");
        assertThat(Names.singular("addresses")).isEqualTo("address");
        assertThat(Names.singular("courses")).isEqualTo("course");
        assertThat(Names.singular("houses")).isEqualTo("house");
        assertThat(Names.singular("caches")).isEqualTo("cache");
        assertThat(Names.singular("people")).isEqualTo("person");
        assertThat(Names.singular("analyses")).isEqualTo("analysis");
        assertThat(Names.singular("analysis")).isEqualTo("analysis");
        assertThat(Names.singular("news")).isEqualTo("news");
    }
}
