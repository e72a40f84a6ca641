package dev.architect.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.Architect;
import dev.architect.dossier.Consultation;
import dev.architect.internal.Invariants;
import dev.architect.request.RequestReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Clients name capabilities, actors and integrations in their own long words ("correct figures and add deductions",
 * "help-line lookup of a citizen's return"). Ids built by joining such names (a module inside its service, a sequence of
 * a capability's action, a resource line of a part) must stay within the id pattern instead of failing the
 * consultation, and stay distinct.
 */
class LongClientWordedNamesTest {

    private static final String LONG_NAMES = """
            system: Long Names
            description: A public service whose clients name every function in a full sentence of their own words.
            capabilities:
              - see my pre-filled return with every figure the employers reported
              - correct figures and add deductions before the filing deadline
              - submit and get a receipt number that proves the filing was accepted
              - file for my clients under a mandate signed by each of the citizens
              - correct a return I already filed and was assessed last month
              - help-line lookup of a citizen's return by the support staff on duty
              - nightly handover to assessment of every return accepted that day
            actors:
              - {name: Citizen filing their own return from home or the office, description: files once a year}
              - {name: Tax adviser acting under a signed mandate for many citizens, description: files for clients}
            integrations:
              - {name: National electronic identity service of the government, purpose: "citizen and adviser sign-in"}
              - {name: Assessment mainframe that computes what each citizen owes, purpose: "nightly file of accepted returns over SFTP"}
            load: {monthlyActiveUsers: %d, peakRequestsPerSecond: %d}
            team: {size: %d}
            deployment: {cloud: aws}
            """;

    @ParameterizedTest(name = "team of {0}")
    @ValueSource(ints = {2, 12, 60})
    void aRequestOfLongNamesGetsADossierWhoseIdsAllFitThePattern(int team) {
        String yaml = String.format(java.util.Locale.ROOT, LONG_NAMES, 40_000 * team, 100 * team, team);

        Consultation dossier = Architect.builder().build().consult(RequestReader.readString(yaml));

        List<String> ids = new ArrayList<>();
        dossier.c4().containers().forEach(c -> ids.add(c.id()));
        dossier.c4().components().forEach(c -> ids.add(c.id()));
        dossier.sequences().forEach(s -> ids.add(s.id()));
        assertThat(ids).isNotEmpty().allMatch(id -> Invariants.ID.matcher(id).matches()).doesNotHaveDuplicates();
        assertThat(dossier.c4().components()).hasSizeGreaterThanOrEqualTo(7);
    }
}
