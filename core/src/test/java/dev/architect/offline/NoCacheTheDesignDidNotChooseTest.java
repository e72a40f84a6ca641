package dev.architect.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.dossier.Consultation;
import dev.architect.dossier.Container;
import dev.architect.dossier.DecisionTopic;
import dev.architect.request.RequestReader;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A dossier whose caching decision chose no shared cache draws no cache product in any container either: rule
 * detection in a stream consumer keeps its per-device state in the consumer and checkpoints it to the database,
 * rather than in an unpriced Redis the caching ADR ruled out.
 */
class NoCacheTheDesignDidNotChooseTest {

    @ParameterizedTest
    @ValueSource(strings = {"heating-network", "orchard-irrigation"}) // rule detection in a consumer, no shared cache
    void noContainerUsesACacheProductWhenTheCachingDecisionChoseNone(String name) throws IOException {
        Consultation c;
        try (InputStream in = NoCacheTheDesignDidNotChooseTest.class.getResourceAsStream("/archetype-requests/" + name + ".yaml")) {
            c = OfflineArchitect.create().consult(RequestReader.read(in));
        }
        boolean noCache = c.decision(DecisionTopic.CACHING).map(d -> d.chosenOption().toLowerCase(Locale.ROOT)
                .startsWith("no shared cache")).orElse(true);
        assertThat(noCache).as("the caching decision of " + name).isTrue();
        assertThat(c.c4().containers()).extracting(Container::technology).noneMatch(t -> t != null
                && t.toLowerCase(Locale.ROOT).matches(".*(valkey|redis|elasticache|memorystore).*"));
    }
}
