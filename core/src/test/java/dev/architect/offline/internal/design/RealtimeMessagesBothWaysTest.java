package dev.architect.offline.internal.design;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The realtime messages each way, and what a service bills of them: DashCart's shape (requests and reports over the
 * socket, keep-alives, pushes) written out by hand.
 */
class RealtimeMessagesBothWaysTest {

    // 5,563.57 requests + 20,000 reports + 592.59 keep-alives from clients; 5,563.57 replies + 1,228.49 update pushes +
    // 20,000 report pushes to clients
    private static RealtimeMessages traffic(boolean inboundBilled) {
        return new RealtimeMessages(5_563.57, 0, 20_000, 592.59, 1_228.49, 20_000, inboundBilled, "(pushes)", "keep-alive basis");
    }

    @Test
    void repliesAreBilledWithWhatClientsSendWhereTheServiceBillsBothWays() {
        RealtimeMessages m = traffic(true);
        assertThat(m.clientToService()).isEqualTo(26_156.16);      // 5,563.57 + 20,000 + 592.59
        assertThat(m.serviceToClient()).isEqualTo(26_792.06);      // 5,563.57 + 1,228.49 + 20,000
        assertThat(m.billed()).isEqualTo(52_948.22);               // both ways; the old line billed 46,156.16, the replies missing
        assertThat(m.pushes()).isEqualTo(21_228.49);               // the egress on top of the replies
        assertThat(m.formula()).endsWith("billed both ways: 26,156.16 + 26,792.06 = 52,948.22 messages/s");
    }

    @Test
    void aServiceThatBillsOnlyWhatItSendsBillsTheRepliesPushesAndKeepAlives() {
        RealtimeMessages m = traffic(false);
        assertThat(m.billed()).isEqualTo(27_384.65);               // 592.59 + 26,792.06
        assertThat(m.formula()).endsWith("billed as the service sends them, with the keep-alives: 592.59 + 26,792.06 = 27,384.65 messages/s");
    }
}
