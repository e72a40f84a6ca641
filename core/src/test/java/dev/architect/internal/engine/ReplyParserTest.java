package dev.architect.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReplyParserTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"id\": \"a}b\", \"n\": 1}",
            "```json\n{\"id\": \"a}b\", \"n\": 1}\n```",
            "Here you go:\n\n{\"id\": \"a}b\", \"n\": 1}\n\nLet me know if you need more.",
            "<think>I should output {\"id\": \"wrong\"} maybe?</think>{\"id\": \"a}b\", \"n\": 1}",
            "<THINKING>\nplan {\n</THINKING>\n```\n{\"id\": \"a}b\", \"n\": 1}\n```"})
    void findsTheObjectWhateverTheModelWrappedItIn(String reply) {
        var json = ReplyParser.json(reply);

        assertThat(json.get("id").asText()).isEqualTo("a}b");
        assertThat(json.get("n").asInt()).isEqualTo(1);
    }

    @Test
    void aCutOffReplyIsReportedAsIncomplete() {
        assertThatThrownBy(() -> ReplyParser.json("{\"risks\": [{\"id\": \"r-1\", "))
                .isInstanceOf(ReplyParser.MalformedReplyException.class).hasMessageContaining("not complete");
    }

    @Test
    void invalidJsonIsReportedWithItsPosition() {
        assertThatThrownBy(() -> ReplyParser.json("{\"a\": tru}"))
                .isInstanceOf(ReplyParser.MalformedReplyException.class)
                .hasMessageContaining("not valid JSON").hasMessageContaining("line 1");
    }

    @Test
    void aReplyWithoutAnObjectIsReported() {
        assertThatThrownBy(() -> ReplyParser.json("<think>{</think>I cannot help with that."))
                .isInstanceOf(ReplyParser.MalformedReplyException.class).hasMessageContaining("no JSON object");
    }
}
