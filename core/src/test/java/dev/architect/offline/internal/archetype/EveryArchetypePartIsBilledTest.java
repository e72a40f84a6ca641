package dev.architect.offline.internal.archetype;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.architect.figures.PriceTable;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every container an archetype (or one of its kinds) can add says in the price table how it is billed, so no part of a
 * design is drawn and then left "not priced" for want of a model: a write-once object store and a geofence evaluator
 * were.
 */
class EveryArchetypePartIsBilledTest {

    @Test
    void everyComponentAnArchetypeCanAddHasABillingModel() throws Exception {
        JsonNode billing;
        try (InputStream in = PriceTable.class.getResourceAsStream(PriceTable.RESOURCE)) {
            billing = new ObjectMapper(new YAMLFactory()).readTree(in).path("partBilling");
        }
        List<String> unbilled = new ArrayList<>();
        for (Archetype a : Archetypes.standard().archetypes()) {
            List<Archetype.Component> components = new ArrayList<>(a.components());
            a.kinds().forEach(k -> components.addAll(k.components()));
            for (Archetype.Component c : components) {
                if (billing.path(c.id()).isMissingNode()) {
                    unbilled.add(a.id() + "/" + c.id());
                }
            }
        }
        assertThat(unbilled).isEmpty();
    }
}
