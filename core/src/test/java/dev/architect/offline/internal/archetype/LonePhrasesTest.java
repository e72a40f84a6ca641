package dev.architect.offline.internal.archetype;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.architect.request.ConsultationRequest;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A phrase of many senses recognises an archetype only beside another of its own phrases: receipts "kept 7 years" are
 * a retention period, not a custody trail; moving off a cache is no legacy migration.
 */
class LonePhrasesTest {

    private static List<String> recognised(ConsultationRequest request) {
        return Archetypes.standard().recognise(request, request.capabilities()).stream()
                .map(r -> r.archetype().id()).toList();
    }

    @Test
    void aRetentionPeriodAloneIsNoCustodyTrail() {
        ConsultationRequest bakery = ConsultationRequest.builder("Crumb", "A bakery chain's till receipts are kept 7 years for the tax office.")
                .capabilities("till receipts").build();
        assertThat(recognised(bakery)).doesNotContain("custody-audit");
        ConsultationRequest evidence = ConsultationRequest.builder("Locker", "Police evidence photos are kept 30 years under a chain of custody.")
                .capabilities("evidence photos").build();
        assertThat(recognised(evidence)).contains("custody-audit");
    }

    @Test
    void movingOffOneComponentIsNoLegacyMigrationWhileMovingOffALegacySystemIs() {
        ConsultationRequest shop = ConsultationRequest.builder("Crumb", "A bakery chain wants to move off its single Redis cache.")
                .capabilities("orders").build();
        assertThat(recognised(shop)).doesNotContain("legacy-migration");
        ConsultationRequest council = ConsultationRequest.builder("Rates", "A council wants to move off its legacy system for business rates.")
                .capabilities("rates bills").build();
        assertThat(recognised(council)).contains("legacy-migration");
    }

    @Test
    void aLonePhraseThatIsNotOneOfTheArchetypesPhrasesOrAnArchetypeTheCatalogueLacksFailsAtLoadNamingIt() {
        assertThatThrownBy(() -> read("archetypes:\n  case-workflow: [applicationz]\n")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("'applicationz'").hasMessageContaining("case-workflow");
        assertThatThrownBy(() -> read("archetypes:\n  no-such-archetype: [claims]\n")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no-such-archetype");
        assertThat(read("archetypes:\n  case-workflow: [claims]\n").onlyLone("case-workflow", List.of("claims"))).isTrue();
    }

    private static LonePhrases read(String yaml) {
        return LonePhrases.read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "test.yaml", Archetypes.standard());
    }
}
