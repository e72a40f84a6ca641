package dev.architect.deliverables.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextTest {

    @Test
    void oneLineRemovesEveryKindOfLineBreakAndInvisibleFormatting() {
        assertThat(Text.oneLine("a\nb\r\nc\u2028d\u2029e\u0085f\tg\u202Eh\u200Bi\u0000j")).isEqualTo("a b c d e f ghi j");
    }

    @Test
    void markdownTextNeutralisesLinksImagesHtmlAndLineStarts() {
        assertThat(MarkdownText.inline("![x](https://e/?q=1) <b> a|b `c`")).isEqualTo("\\!\\[x\\](https\u200B://e/?q=1) &lt;b&gt; a\\|b \\`c\\`");
        assertThat(MarkdownText.inline("see www.evil.example or HTTP://x")).isEqualTo("see www\u200B.evil.example or HTTP\u200B://x");
        assertThat(MarkdownText.inline("- not a list")).isEqualTo("\\- not a list");
        assertThat(MarkdownText.inline("1. not a list")).isEqualTo("1\\. not a list");
        assertThat(MarkdownText.inline("2)")).isEqualTo("2\\)");
        assertThat(MarkdownText.inline("666.67 requests/s x 2,628,000 s")).isEqualTo("666.67 requests/s x 2,628,000 s");
    }

    @Test
    void onlyWhatAutolinksGetsAZeroWidthSpace() {
        assertThat(MarkdownText.inline("time-stamped telemetry data: no; mailto: none")).doesNotContain("\u200B");
        assertThat(MarkdownText.inline("data:text/html,x javascript:alert(1) mailto:a@b.example www.x.example"))
                .isEqualTo("data\u200B:text/html,x javascript\u200B:alert(1) mailto\u200B:a@b.example www\u200B.x.example");
        assertThat(MarkdownText.paragraphs("one\n\n\ntwo\nstill two")).isEqualTo("one\n\ntwo still two");
    }

    @Test
    void htmlEscapesAttributeBreakers() {
        assertThat(Html.escape("<a href=\"x\" onclick='y'>&")).isEqualTo("&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;");
        assertThat(Html.escapeContent("it's \"fine\" <i>")).isEqualTo("it's \"fine\" &lt;i&gt;");
    }
}
