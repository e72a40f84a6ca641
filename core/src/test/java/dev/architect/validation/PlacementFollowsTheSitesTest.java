package dev.architect.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.architect.dossier.Consultation;
import dev.architect.request.Cloud;
import dev.architect.request.ConsultationRequest;
import dev.architect.request.Deployment;
import dev.architect.request.Latency;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * A system hosted in one data centre of its own has no cloud zones and no second region: text that places its parts in
 * them is an error naming the element, and the same text is right for a cloud deployment.
 */
class PlacementFollowsTheSitesTest {

    private static Consultation sampleWith(Consumer<ObjectNode> edit) {
        return EditedSamples.sampleWith(tree -> {
            // The sample's recovery strategy is a cloud's (a cross-region copy); here it stays in the building
            ((ObjectNode) tree.at("/operations/backupAndRecovery")).put("strategy", "Restore from backups onto spare hardware, rehearsed");
            edit.accept(tree);
        });
    }

    private static ConsultationRequest hostedIn(Cloud cloud, List<String> regions) {
        return ConsultationRequest.builder("ShopFast", "An online shop").deployment(new Deployment(cloud, regions)).build();
    }

    private static List<Violation> broken(Consultation c, ConsultationRequest r) {
        return EditedSamples.broken(c, r, DossierValidator.Rule.PLACEMENT_SITES);
    }

    private static final String THREE_ZONES = "3 instances for 300 requests/s at peak, at least 3: one in each of 3 zones the availability decision spans";

    @Test
    void instancesSizedForThreeZonesInOneOwnDataCentreAreAnError() {
        Consultation c = sampleWith(t -> ((ObjectNode) t.at("/cost/items/0")).put("assumption", THREE_ZONES));

        assertThat(broken(c, hostedIn(Cloud.ON_PREMISES, List.of("city-dc")))).singleElement().satisfies(v -> {
            assertThat(v.path()).isEqualTo("cost.items[0].assumption");
            assertThat(v.message()).isEqualTo("cost item 'compute' sizes zones ('3 zones') but the system is hosted on premises in one data "
                    + "centre (city-dc), which has none: its redundancy is hosts and racks there, and a second site is a trade-off to state, "
                    + "not a place to run");
        });
    }

    @Test
    void aRiskCopyingBackupsToASecondRegionOfOneOwnDataCentreIsAnError() {
        Consultation c = sampleWith(t -> ((ObjectNode) t.at("/risks/0")).put("mitigation",
                "Copy the backups to a second region, script the restore and rehearse it yearly"));

        assertThat(broken(c, hostedIn(Cloud.ON_PREMISES, List.of()))).singleElement().satisfies(v -> {
            assertThat(v.path()).isEqualTo("risks[0]");
            assertThat(v.message()).startsWith("risk '" + c.risks().get(0).id() + "' relies on regions ('second region') but the system is "
                    + "hosted on premises in one data centre, which has none");
        });
    }

    @Test
    void theSameZonesInACloudRegionOrAcrossTwoOwnSitesHold() {
        Consultation c = sampleWith(t -> ((ObjectNode) t.at("/cost/items/0")).put("assumption", THREE_ZONES));

        assertThat(broken(c, hostedIn(Cloud.AWS, List.of("eu-west-1")))).isEmpty();
        assertThat(broken(c, hostedIn(Cloud.ON_PREMISES, List.of("dc-north", "dc-south")))).isEmpty();
        assertThat(broken(c, null)).isEmpty();
    }

    private static ConsultationRequest onTwoContinents(List<String> regions) {
        return ConsultationRequest.builder("ShopFast", "An online shop for buyers anywhere").latency(new Latency(200, null))
                .deployment(new Deployment(Cloud.AWS, regions)).build();
    }

    /** Decision adr-0001 becomes the availability decision, with a warm standby and the given extra consequence. */
    private static Consultation warmStandby(String extraKind, String extra) {
        return sampleWith(t -> {
            ObjectNode d = (ObjectNode) t.at("/decisions/0");
            d.put("topic", "AVAILABILITY");
            ArrayNode consequences = d.putArray("consequences");
            consequences.addObject().put("kind", "NEUTRAL").put("text", "The second region runs as a warm standby with replicated data");
            if (extra != null) {
                consequences.addObject().put("kind", extraKind).put("text", extra);
            }
        });
    }

    private static List<Violation> latency(Consultation c, ConsultationRequest r) {
        return EditedSamples.found(c, r, DossierValidator.Rule.LATENCY_TRADE_OFF);
    }

    @Test
    void oneRegionServingTwoContinentsUnderALatencyTargetWithNoTradeOffIsAnError() {
        Consultation c = warmStandby(null, null);

        assertThat(latency(c, onTwoContinents(List.of("us-east-1", "eu-west-1")))).singleElement().satisfies(v -> {
            assertThat(v.severity()).isEqualTo(Severity.ERROR);
            assertThat(v.path()).isEqualTo("decisions[0].consequences");
            assertThat(v.message()).isEqualTo("decision 'adr-0001' serves every user from one region (warm standby) while the regions "
                    + "[us-east-1, eu-west-1] span europe and north-america and the request sets a 200 ms p99; no bad consequence says "
                    + "what the users far from that region trade against it");
        });
    }

    @Test
    void aStatedTradeOffOrRegionsOnOneContinentHold() {
        Consultation traded = warmStandby("BAD", "Users on the other continent reach the first region: the 200 ms p99 holds for them only on cached responses");

        assertThat(latency(traded, onTwoContinents(List.of("us-east-1", "eu-west-1")))).isEmpty();
        assertThat(latency(warmStandby(null, null), onTwoContinents(List.of("eu-west-1", "eu-central-1")))).isEmpty();
    }
}
