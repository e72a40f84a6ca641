package dev.architect.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class StageInputTest {

    @Test
    void priceKindsSharingAFirstSegmentAreWrittenOnceWithTheirEndingsInBraces() {
        assertThat(StageInput.grouped(List.of("cdn.egress", "cdn.requests", "compute.instance", "sms", "sms.us.sent", "sms.us.received")))
                .isEqualTo("cdn.{egress, requests}, compute.instance, sms, sms.{us.sent, us.received}");
        assertThat(StageInput.grouped(List.of())).isEmpty();
    }
}
