package dev.architect.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.dossier.Consultation;
import dev.architect.dossier.Container;
import dev.architect.dossier.Decision;
import dev.architect.dossier.DecisionOption;
import dev.architect.dossier.Risk;
import dev.architect.dossier.TechChoice;
import dev.architect.offline.internal.catalog.Catalogue;
import dev.architect.offline.internal.catalog.CatalogueEntry;
import dev.architect.offline.internal.catalog.Section;
import dev.architect.request.Cloud;
import dev.architect.request.ConsultationRequest;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A risk register speaks of the design it belongs to: no risk names an option one of its own ADRs rejected or a
 * catalogue product the design does not run, and the general risks name this design's own parts and figures.
 */
class RisksNameTheChosenStackTest {

    /** What the design runs, as its text shows it: the chosen options, the stack, the C4 containers. */
    private static String stack(Consultation c) {
        StringBuilder sb = new StringBuilder();
        c.decisions().forEach(d -> sb.append(d.chosenOption()).append('\n'));
        c.techStack().stream().map(TechChoice::choice).forEach(t -> sb.append(t).append('\n'));
        for (Container x : c.c4().containers()) {
            sb.append(x.name()).append(' ').append(x.technology()).append('\n');
        }
        return sb.toString();
    }

    /** Options an ADR shows and did not choose, and catalogue products on the request's cloud, that the design does not run. */
    private static Set<String> foreign(Consultation c, Cloud cloud) {
        String stack = stack(c);
        Set<String> out = new LinkedHashSet<>();
        for (Decision d : c.decisions()) {
            d.options().stream().map(DecisionOption::name).filter(n -> !n.equals(d.chosenOption())).forEach(out::add);
        }
        Catalogue catalogue = Catalogue.standard();
        Stream.concat(catalogue.decisions().values().stream(), catalogue.compliance().values().stream())
                .map(Section::options).flatMap(List::stream)
                .map(e -> e.technologyOn(cloud)).forEach(out::add);
        out.removeIf(name -> stack.contains(name) || name.length() < 6 || name.chars().noneMatch(Character::isUpperCase)
                || !name.equals(name.strip()));
        return out;
    }

    @Test
    void noRiskNamesARejectedOptionOrAProductOutsideTheDesign() {
        int checked = 0;
        for (Map.Entry<String, ConsultationRequest> e : Requests.everyRequest().entrySet()) {
            Consultation c = OfflineArchitect.create().consult(e.getValue());
            Cloud cloud = e.getValue().deployment() == null || e.getValue().deployment().cloud() == null ? Cloud.AWS : e.getValue().deployment().cloud();
            Set<String> foreign = foreign(c, cloud);
            for (Risk r : c.risks()) {
                for (String name : foreign) {
                    assertThat(r.mitigation()).as("%s %s mitigation names %s", e.getKey(), r.id(), name).doesNotContain(name);
                    assertThat(r.description()).as("%s %s description names %s", e.getKey(), r.id(), name).doesNotContain(name);
                }
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(100);
    }

    @Test
    void aGeneralRiskNamesTheSystemsOwnStoreAndFigures() {
        ConsultationRequest request = Requests.fresh("clinic-booking");
        Consultation c = OfflineArchitect.create().consult(request);
        String store = c.techStack().stream().map(TechChoice::choice).filter(t -> t.contains("PostgreSQL")).findFirst().orElseThrow();

        Risk boundaries = c.risks().stream().filter(r -> r.id().equals("risk-boundaries")).findFirst().orElseThrow();
        assertThat(boundaries.description()).contains(c.system()).contains("appointments");
        assertThat(boundaries.mitigation()).contains(store);
    }
}
