package dev.architect.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.dossier.Consultation;
import dev.architect.dossier.DecisionTopic;
import dev.architect.request.Cloud;
import dev.architect.request.ConsultationRequest;
import dev.architect.request.Deployment;
import dev.architect.request.Load;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An airline's crew members, pilots and operations controllers are its employees: a request whose actors are all such
 * roles signs in a workforce through the directory it names, though "member" alone names people outside an
 * organisation (a gym's members).
 */
class StaffRolesNamedWithPublicWordsAreStaffTest {

    private static ConsultationRequest airline(String firstActor) {
        return ConsultationRequest.builder("ShiftBoard", "Rosters for the pilots and cabin crew of a charter airline; crew swap "
                        + "duties on their phones and controllers reassign crew when a flight is delayed")
                .actor(firstActor, "sees the roster and swaps duties on the phone app")
                .actor("Operations controller", "reassigns crew on the day")
                .capabilities("rosters", "duty swaps")
                .integration("Microsoft Entra ID", "staff single sign-on")
                .load(new Load(50.0, 10.0, 1_500L, null))
                .deployment(new Deployment(Cloud.AZURE, List.of("westeurope")))
                .build();
    }

    @Test
    void crewMembersSignInThroughTheWorkforceDirectoryWhileMembersOfThePublicDoNot() {
        Consultation crew = OfflineArchitect.create().consult(airline("Crew member"));
        assertThat(crew.decision(DecisionTopic.SECURITY).orElseThrow().chosenOption())
                .as("only staff sign in: federation with their directory").contains("Federation with the existing identity source");

        Consultation members = OfflineArchitect.create().consult(airline("Club member"));
        assertThat(members.decision(DecisionTopic.SECURITY).orElseThrow().chosenOption())
                .as("members of the public sign in beside the staff").doesNotContain("Federation with the existing identity source");
    }
}
