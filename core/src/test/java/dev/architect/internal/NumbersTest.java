package dev.architect.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NumbersTest {

    @Test
    void numberWordsReadAsTheirValuesAndOtherWordsAsNone() {
        assertThat(Numbers.ofWord("six")).hasValue(6);
        assertThat(Numbers.ofWord("sixty")).hasValue(60);
        assertThat(Numbers.ofWord("twelve")).hasValue(12);
        assertThat(Numbers.ofWord("several")).isEmpty();
        assertThat(Numbers.ofWord("Six")).as("lower case only, as the word index gives them").isEmpty();
    }

    @Test
    void smallCountsAreWrittenAsWordsUpToTwelve() {
        assertThat(Numbers.countWord(0)).contains("no");
        assertThat(Numbers.countWord(3)).contains("three");
        assertThat(Numbers.countWord(12)).contains("twelve");
        assertThat(Numbers.countWord(13)).isEmpty();
        assertThat(Numbers.countWord(-1)).isEmpty();
    }
}
