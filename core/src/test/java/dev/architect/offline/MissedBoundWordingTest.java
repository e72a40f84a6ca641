package dev.architect.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.dossier.Consultation;
import dev.architect.dossier.Decision;
import dev.architect.dossier.DecisionOption;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * An option whose condition is a minimum the request falls short of would not pay off at this size; it is not
 * "outside what it suits". The wording of a missed bound follows the bound's direction.
 */
class MissedBoundWordingTest {

    /** "... is outside what it suits (peak writes over 5,000/s)": a lower bound worded as if the request were too big. */
    private static final Pattern LOWER_BOUND_AS_OUTSIDE = Pattern.compile("outside what it suits \\([^)]*( of at least | over )[0-9]");

    private static List<String> texts(Consultation c) {
        List<String> out = new ArrayList<>();
        for (Decision d : c.decisions()) {
            out.add(d.rationale());
            d.options().stream().map(DecisionOption::cons).forEach(out::addAll);
        }
        return out;
    }

    @Test
    void aRequestBelowAnOptionsMinimumReadsThatTheOptionWouldNotPayOff() {
        List<String> texts = new ArrayList<>();
        Requests.everyRequest().values().forEach(r -> texts.addAll(texts(OfflineArchitect.create().consult(r))));

        assertThat(texts).noneMatch(t -> LOWER_BOUND_AS_OUTSIDE.matcher(t).find());
        assertThat(texts).anyMatch(t -> t.matches("(?s).*[Nn]eeds [^;]*(of at least|over) [^;]* to pay off, and .+ has .*"));
    }
}
