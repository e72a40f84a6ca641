package dev.architect.deliverables.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SlugsTest {

    @Test
    void slugsNeverLeaveTheFolder() {
        assertThat(Slugs.of("../../etc/passwd", "x")).isEqualTo("etc-passwd");
        assertThat(Slugs.of("\"'<>!/\\..", "decision")).isEqualTo("decision");
        assertThat(Slugs.of("Café au lait: PostgreSQL (v16)!", "x")).isEqualTo("cafe-au-lait-postgresql-v16");
        assertThat(Slugs.ofId("Store-App")).isEqualTo("store-app");
        assertThat(Slugs.ofId("CON")).isEqualTo("id-con");
        assertThat(Slugs.ofId("nul.db")).isEqualTo("id-nul.db");
        assertThat(Slugs.ofId("console")).isEqualTo("console");
    }

    @Test
    void longSlugsAreCutAtAWordEnd() {
        assertThat(Slugs.of("PCI DSS controls: hosted payment fields and provider tokenisation", "x"))
                .isEqualTo("pci-dss-controls-hosted-payment-fields-and-provider");
        assertThat(Slugs.of("a".repeat(70), "x")).hasSize(60);
        assertThat(Slugs.of("word ".repeat(12) + "end", "x")).isEqualTo("word-".repeat(11) + "word");
    }
}
