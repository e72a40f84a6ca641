package dev.architect.offline.internal.design;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.dossier.DataModel;
import dev.architect.dossier.DataType;
import dev.architect.dossier.Entity;
import dev.architect.dossier.EntityField;
import dev.architect.dossier.Requirements;
import dev.architect.offline.internal.design.AccessAndClockRules.AccessRule;
import dev.architect.request.ConsultationRequest;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The people of an access rule are matched to the request's actors in the forms a client writes them (fresh domains: a
 * wine store, a repair workshop, a ferry's freight desk, a permit office): a plural, a name without its bracketed
 * qualifier, a head noun written with or without its modifiers when exactly one actor's name ends in it; two actors whose
 * names end in the word leave the rule unbound with both named, and "Admin" never matches "administration".
 */
class AccessRuleActorNamesTest {

    private static Entity entity(String name) {
        return new Entity(name, "app", null, List.of(EntityField.of("id", DataType.UUID)), List.of("id"), List.of(), List.of(), List.of());
    }

    private static final DataModel MODEL = new DataModel(List.of(entity("reservation"), entity("repair_ticket"), entity("wine_case"),
            entity("permit_application")));

    private static List<AccessRule> read(String sentence, String... actors) {
        ConsultationRequest.Builder b = ConsultationRequest.builder("Sample", "A system.").constraints(sentence);
        for (String a : actors) {
            b.actor(a, null);
        }
        return AccessAndClockRules.standard().read(b.build(), MODEL).access();
    }

    @Test
    void aHeadNounAloneNamesTheOneActorWhoseNameEndsInIt() {
        // "Forwarders" is how a client writes "Freight forwarders" again; the rule is one of ownership ("another forwarder's")
        List<AccessRule> r = read("Forwarders never see another forwarder's reservations", "Freight forwarders", "Deck planner");
        assertThat(r).singleElement().satisfies(a -> {
            assertThat(a.bound()).isTrue();
            assertThat(a.entity()).isEqualTo("reservation");
            assertThat(a.owner()).isEqualTo("Freight forwarders");
        });
    }

    @Test
    void aNameWithItsBracketedQualifierMatchesThePluralWithout() {
        List<AccessRule> r = read("Repair tickets are visible only to technicians", "Technician (bench)", "Instrument owner");
        assertThat(r).singleElement().satisfies(a -> {
            assertThat(a.bound()).isTrue();
            assertThat(a.roles()).containsExactly("Technician (bench)");
        });
    }

    @Test
    void aHeadNounAfterAnotherGroupsModifierIsThatGroupNotTheActor() {
        // "another collector's" names the one actor ending in "collector"; "wine club collectors" would be another group
        List<AccessRule> r = read("Collectors never see another collector's wine cases", "Private collectors", "Warehouse picker");
        assertThat(r).singleElement().satisfies(a -> assertThat(a.owner()).isEqualTo("Private collectors"));
        List<AccessRule> other = read("Wine cases are visible only to club collectors", "Private collectors", "Warehouse picker");
        assertThat(other).singleElement().satisfies(a -> {
            assertThat(a.bound()).isFalse();
            assertThat(a.roles()).isEmpty();
        });
    }

    @Test
    void twoActorsEndingInTheHeadNounLeaveTheRuleUnboundNamingBoth() {
        List<AccessRule> r = read("Reservations are visible only to agents", "Check-in agent", "Shipping line agent");
        assertThat(r).singleElement().satisfies(a -> {
            assertThat(a.bound()).isFalse();
            assertThat(a.unnamed()).contains("Check-in agent").contains("Shipping line agent");
        });
        AccessAndClockLandings.Landed l = AccessAndClockLandings.land(ConsultationRequest.builder("Sample", "A system.")
                        .constraints("Reservations are visible only to agents").actor("Check-in agent", null).actor("Shipping line agent", null).build(),
                MODEL, List.of(), List.of(), new Requirements(List.of(), List.of(), List.of(), List.of(), List.of()), null);
        assertThat(l.requirements().openQuestions()).singleElement()
                .satisfies(q -> assertThat(q.whyItMatters()).contains("Check-in agent or Shipping line agent"));
        assertThat(l.requirements().functional()).isEmpty();
    }

    @Test
    void anAdminIsNeverTheAdministrationInAnotherWord() {
        // "administration" is another word than "admin": no person is named, so the rule binds to no actor
        List<AccessRule> r = read("Permit applications are visible only to the administration office", "Admin", "Applicant");
        assertThat(r).singleElement().satisfies(a -> {
            assertThat(a.bound()).isFalse();
            assertThat(a.roles()).isEmpty();
        });
    }
}
