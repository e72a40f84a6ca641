package dev.architect.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.dossier.Assumption;
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

    @Test
    void anAssumptionsValueIsWrittenOnceWhereItsStatementQuotesItOrEndsWithIt() {
        assertThat(StageInput.line(new Assumption("as-audience", "Where are the users?", "Assumed until answered: Users in one region",
                "Users in one region"))).isEqualTo("as-audience (Where are the users?): Assumed until answered: Users in one region");
        assertThat(StageInput.line(new Assumption("as-scope", "Scope?", "Assumed \"Yes, later\" because it was not answered", "Yes, later")))
                .isEqualTo("as-scope (Scope?): Assumed \"Yes, later\" because it was not answered");
        // a statement that does not state the value keeps it, nor does one ending in a longer word or number
        assertThat(StageInput.line(new Assumption("as-peak", "load.peakRequestsPerSecond", "Peak from similar stores", "500")))
                .endsWith(" = 500");
        assertThat(StageInput.line(new Assumption("as-rpo", "availability.rpoMinutes", "Losing at most 15", "5"))).endsWith(" = 5");
        assertThat(StageInput.line(new Assumption("as-region", "deployment.regions", "Users are in one region", "regional")))
                .endsWith(" = regional");
    }
}
