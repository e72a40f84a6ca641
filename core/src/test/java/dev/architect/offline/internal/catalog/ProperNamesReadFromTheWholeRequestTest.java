package dev.architect.offline.internal.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.architect.request.ConsultationRequest;
import dev.architect.request.Integration;
import dev.architect.request.RequestReader;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Names of products, vendors, systems and organisations are found anywhere in a request, not only as an integration's
 * leading capitalised words: a name that ends in a product noun written in capitals ("Harbour dealer CRM"), and a run of
 * capitalised words in a sentence ("Civil Aviation Authority"). The words after a name's first word are never read as
 * what the request asks for, while the same words written as plain prose still are.
 */
class ProperNamesReadFromTheWholeRequestTest {

    @Test
    void aNameEndingInAProductNounIsOneSystemsNameThoughItsMiddleWordsAreLowerCase() {
        List<String> names = ProperNames.of(List.of(new Integration("Harbour dealer loyalty CRM", "member points"),
                new Integration("Regional ferry bookings", "timetables")));
        assertThat(names).containsExactly("Harbour dealer loyalty CRM");
        assertThat(Words.of("Harbour dealer loyalty CRM: member points").firstMatch(List.of("loyalty"), List.of(), names)).isEmpty();
        // the same word in prose still says what the request asks for
        assertThat(Words.of("Members earn loyalty points on every crossing").firstMatch(List.of("loyalty"), List.of(), names)).contains("loyalty");
        // a lower-case product noun is a word of prose, not a name's end: "the booking api" names nothing
        assertThat(ProperNames.of(List.of(new Integration("Ferry booking api", "timetables")))).isEmpty();
    }

    @Test
    void aRunOfCapitalisedWordsInADescriptionIsANameButAFigureIsNot() {
        ConsultationRequest r = request("""
                system: Hangar
                description: >
                  Maintenance records for 40 aircraft, audited by the Civil Aviation Authority Safety Management team.
                  Fees above EUR 5,000 are approved by the chief engineer.
                capabilities: [work orders]
                """);
        List<String> names = ProperNames.of(r);
        assertThat(names).contains("Civil Aviation Authority Safety Management").noneMatch(n -> n.startsWith("EUR"));
        Words description = Words.of(r.description());
        assertThat(description.firstMatch(List.of("safety management"), List.of(), names)).isEmpty();
        assertThat(Words.of("We run safety management reviews monthly").firstMatch(List.of("safety management"), List.of(), names))
                .contains("safety management");
    }

    @Test
    void aBadCopyOfTheProperNamesRulesFailsNamingTheEntry() {
        assertThatThrownBy(() -> DataFiles.read(stream("productNouns: [api, point of sale]\ngap: 2\n"), "bad.yaml", ProperNames.class, "proper names"))
                .hasMessageContaining("bad.yaml").hasMessageContaining("'point of sale' must be one lower-case word");
        assertThatThrownBy(() -> DataFiles.read(stream("productNouns: [api]\ngap: 9\n"), "bad.yaml", ProperNames.class, "proper names"))
                .hasMessageContaining("gap must be from 0 to 4");
        assertThatThrownBy(() -> DataFiles.read(stream("gap: 2\n"), "bad.yaml", ProperNames.class, "proper names"))
                .hasMessageContaining("productNouns is missing");
        assertThat(ProperNames.standard().productNouns()).contains("api", "lis", "erp", "crm");
    }

    private static ConsultationRequest request(String yaml) {
        return RequestReader.readString(yaml);
    }

    private static ByteArrayInputStream stream(String yaml) {
        return new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8));
    }
}
