package dev.architect.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class StageInputTest {

    @Test
    void priceKindsSharingAFirstSegmentAreWrittenOnceWithTheirEndingsInBraces() {
        assertThat(StageInput.grouped(List.of("cdn.egress", "cdn.requests", "compute.instance", "sms", "sms.us.sent", "sms.us.received")))
                .isEqualTo("cdn.{egress, requests}, compute.instance, sms, sms.us.{sent, received}");
        assertThat(StageInput.grouped(List.of())).isEmpty();
    }

    @Test
    void theTiersOfAKindAreGroupedUnderItAsTheKindsAreUnderTheirFirstSegment() {
        assertThat(StageInput.grouped(List.of("object.storage", "object.storage.archive", "object.storage.cold", "database.instance",
                "database.instance.micro", "database.instance.small", "database.node")))
                .isEqualTo("object.{storage, storage.{archive, cold}}, database.{instance, instance.{micro, small}, node}");
    }
}
