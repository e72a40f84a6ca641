package dev.architect.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SecretsTest {

    @Test
    void aRememberedSecretIsMaskedWhateverItsShape() {
        Secrets.remember("hunter2-gateway");

        assertThat(Secrets.redact("token hunter2-gateway was refused")).isEqualTo("token *** was refused");
    }

    @Test
    void anyPartOfARememberedSecretOfEightCharactersOrMoreIsMaskedButShorterPartsAreNot() {
        Secrets.remember("gw-7Hq2-Zp9x-Lm4v");

        assertThat(Secrets.redact("key ending 7Hq2-Zp9x-Lm4v refused")).isEqualTo("key ending *** refused");
        assertThat(Secrets.redact("key starting gw-7Hq2-Z.. refused")).isEqualTo("key starting ***.. refused");
        assertThat(Secrets.redact("middle [q2-Zp9x-L] and gw-7Hq2-Zp9x-Lm4v")).isEqualTo("middle [***] and ***");
        assertThat(Secrets.redact("seven Zp9x-Lm is short")).isEqualTo("seven Zp9x-Lm is short");
    }

    @Test
    void keyShapedTextIsMaskedEvenWhenNeverSeen() {
        assertThat(Secrets.redact("Incorrect API key provided: sk-proj-abcdefgh12345678")).isEqualTo("Incorrect API key provided: ***");
        assertThat(Secrets.redact("Authorization: Bearer 0123456789abcdef0123456789abcdef99")).isEqualTo("Authorization: Bearer ***");
        assertThat(Secrets.redact("rate limited, retry after 20 seconds")).isEqualTo("rate limited, retry after 20 seconds");
    }

    @Test
    void aRedactedChainKeepsClassesAndStackTracesButNoSecret() {
        IllegalStateException inner = new IllegalStateException("key sk-live-0123456789abcdef leaked");
        RuntimeException outer = new RuntimeException("wrapper for sk-live-0123456789abcdef", inner);

        Throwable copy = Secrets.redactedChain(outer);

        assertThat(copy.toString()).isEqualTo("java.lang.RuntimeException: wrapper for ***");
        assertThat(copy.getCause().toString()).isEqualTo("java.lang.IllegalStateException: key *** leaked");
        assertThat(copy.getStackTrace()).isEqualTo(outer.getStackTrace());
        assertThat(copy.getCause().getCause()).isNull();
    }
}
