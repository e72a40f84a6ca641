package dev.architect.internal.facts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.request.ConsultationRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Counts a request states about people rather than things: how many hold one thing each per period ("300,000 households
 * get a daily outage alert"), what share of them sign in, and how many of a kind there are ("850 member growers").
 */
class CountsOfPeopleAndWhatTheyHoldTest {

    private static ConsultationRequest request(String description) {
        return ConsultationRequest.builder("Test", description).build();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // 2,500,000 x 365 / 12 = 76,041,666.7 -> 76,041,667
            "About 2.5 million have a daily job alert, and every alert email leaves by 08:00 | 76041667 | job alert | 2.5 million have a daily job alert",
            // 40,000 x 52 / 12 = 173,333.3 -> 173,333
            "40,000 members get a weekly digest email that lists new courses | 173333 | digest email | 40,000 members get a weekly digest email",
            // a month's count is kept: 300
            "Our 300 tenants receive a monthly statement by post | 300 | statement | 300 tenants receive a monthly statement"})
    void peopleWhoEachHoldOneThingAPeriodCountThoseThings(String description, double perMonth, String noun, String phrase) {
        StatedCount c = StatedFacts.read(request(description)).volumes().get(0);

        assertThat(c.perMonth()).isEqualTo(perMonth);
        assertThat(c.noun()).isEqualTo(noun);
        assertThat(c.phrase()).isEqualTo(phrase);
        // the bare "2.5 million have a daily" is not read again as a count of "have a"
        assertThat(StatedFacts.read(request(description)).volumes()).noneMatch(v -> v.noun().startsWith("have") || v.noun().startsWith("get"));
    }

    @Test
    void aStreamOfApplicationsOrAMessageBoardIsNoCountHeld() {
        assertThat(StatedFacts.read(request("A council portal with a stream of applications and a message board for residents.")).volumes()).isEmpty();
    }

    @Test
    void theShareThatSignsInIsReadOnlyWhenTheSentenceSaysSo() {
        // 10% -> 0.1
        assertThat(StatedFacts.signedInShare(request("Anyone can read; only about 10% of visitors sign in to save lists.")))
                .hasValueSatisfying(f -> {
                    assertThat(f.value()).isEqualTo(0.1);
                    assertThat(f.phrase()).isEqualTo("10% of visitors sign in");
                });
        assertThat(StatedFacts.signedInShare(request("About 25 percent of our readers have an account."))).hasValueSatisfying(f -> assertThat(f.value()).isEqualTo(0.25));
        // a share of something else, and a share of people doing something else
        assertThat(StatedFacts.signedInShare(request("About 10% of orders ship abroad."))).isEmpty();
        assertThat(StatedFacts.signedInShare(request("About 10% of visitors buy something."))).isEmpty();
    }

    @Test
    void aPopulationIsACountOfThePeopleNotOfTheirVisitsADay() {
        assertThat(StatedFacts.population(request("The co-op takes grain from 850 member growers at 9 sites."), "growers"))
                .hasValueSatisfying(f -> {
                    assertThat(f.value()).isEqualTo(850);
                    assertThat(f.phrase()).isEqualTo("850 member growers");
                });
        // "300 growers a day" counts visits, not the growers there are
        assertThat(StatedFacts.population(request("At harvest 300 growers a day deliver at the busiest site."), "growers")).isEmpty();
        // whole words: "850 growers" is not a count of "rowers"
        assertThat(StatedFacts.population(request("The co-op pays 850 growers."), "rowers")).isEmpty();
    }
}
