package dev.architect.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.dossier.CostEstimate;
import dev.architect.dossier.CostLineItem;
import dev.architect.request.Budget;
import dev.architect.request.Cloud;
import dev.architect.request.ConsultationRequest;
import dev.architect.request.Deployment;
import dev.architect.request.Load;
import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/**
 * The identity provider is priced on the people who sign in, read from the actors: an actor that only polls feeds or
 * downloads files holds no account; actors who sign in through an organisation's directory over SAML or OIDC are billed
 * at the vendor's federation price, those signing in through a social provider (Google, Microsoft accounts) at the
 * ordinary tiers. Requests of our own; list prices of {@code prices.yaml} (us-east-1 / us-central1, regional ratio 1).
 */
class SignedInUsersFollowTheActorsTest {

    private static final OfflineArchitect ARCHITECT = OfflineArchitect.create();

    private static List<CostLineItem> lines(CostEstimate cost, String id) {
        return cost.items().stream().filter(i -> i.id().equals(id) || i.id().startsWith(id + "-tier-")).toList();
    }

    private static double monthly(CostEstimate cost, String id) {
        return lines(cost, id).stream().mapToDouble(CostLineItem::monthly).sum();
    }

    private static double quantity(CostEstimate cost, String id) {
        return lines(cost, id).stream().mapToDouble(CostLineItem::quantity).sum();
    }

    private static ConsultationRequest.Builder base(String system, String description, Cloud cloud, String region) {
        return ConsultationRequest.builder(system, description).load(new Load(400.0, 20.0, 2_000_000L, null))
                .budget(new Budget(40_000.0)).deployment(new Deployment(cloud, List.of(region)));
    }

    @Test
    void anActorThatOnlyPollsAndDownloadsDoesNotSignIn() {
        ConsultationRequest recipes = base("Pantrycast", "Cooking shows publish video recipes for apps to fetch", Cloud.AWS, "us-east-1")
                .actor("Chef", "uploads recipes and reads analytics").actor("Kitchen app", "polls feeds and downloads videos")
                .capabilities("recipe upload", "recipe feeds").build();
        CostEstimate cost = ARCHITECT.cost(recipes);

        // The chef signs in, the kitchen app never does: 2,000,000 monthly users x 1% (assumption as-signed-in-actors)
        // = 20,000 = 20 thousand on Cognito Lite: 10 free + 10 x $5.50 = $55, not 2,000 thousand (10 free, 90 x $5.50,
        // 900 x $4.60, 1,000 x $3.25 = $7,885)
        assertThat(quantity(cost, "identity-users")).isEqualTo(20);
        assertThat(monthly(cost, "identity-users")).isEqualTo(55);
        assertThat(cost.assumptions()).anySatisfy(a -> assertThat(a).startsWith("[as-signed-in-actors]").contains("Chef sign")
                .contains("Kitchen app (\"polls feeds and downloads videos\") never does"));
    }

    @Test
    void everyActorSignsInWhenEachDoesSomethingOfItsOwn() {
        ConsultationRequest shop = base("Knitbox", "Yarn subscription boxes", Cloud.AWS, "us-east-1")
                .actor("Subscriber", "manages their subscription and downloads their invoices").actor("Packer", "packs boxes")
                .capabilities("subscriptions", "packing").build();
        CostEstimate cost = ARCHITECT.cost(shop);

        // Downloading one's own invoices needs an account: all 2,000 thousand monthly users sign in, no actor assumption
        assertThat(quantity(cost, "identity-users")).isEqualTo(2_000);
        assertThat(cost.assumptions()).noneMatch(a -> a.startsWith("[as-signed-in-actors]"));
    }

    @Test
    void staffFederatingOverSamlArePricedAtTheFederationTiers() {
        ConsultationRequest boards = base("Pinwall", "Shared planning boards for project teams", Cloud.GCP, "us-central1")
                .actor("Planner", "edits boards").actor("Customer", "comments on boards")
                .integration("Okta", "staff single sign-on").capabilities("boards", "comments").build();
        CostEstimate cost = ARCHITECT.cost(boards);

        // Okta's purpose names no outside users: the staff (Planner) federate over SAML, taken as 10% of those who sign in
        // (assumption as-federated-share): 2,000,000 x 10% = 200,000 = 200 thousand on Identity Platform tier 2: 0.049
        // free, then 199.951 thousand, kept to two decimals on the line as 199.95, x $15.00 = $2,999.25. The other 1,800 thousand on tier 1: 50 free, 50 x $5.50 = $275,
        // 900 x $4.60 = $4,140, 800 x $3.20 = $2,560: $6,975
        assertThat(quantity(cost, "identity-federated-users")).isEqualTo(200);
        assertThat(monthly(cost, "identity-federated-users")).isCloseTo(2_999.25, Offset.offset(0.011));
        assertThat(quantity(cost, "identity-users")).isEqualTo(1_800);
        assertThat(monthly(cost, "identity-users")).isEqualTo(6_975);
        assertThat(cost.assumptions()).anySatisfy(a -> assertThat(a).startsWith("[as-federated-share]").contains("Planner"));
        assertThat(cost.assumptions()).anySatisfy(a -> assertThat(a).startsWith("[as-federated-actors]")
                .contains("the staff among the actors who sign in (Planner)"));
    }

    @Test
    void singleSignOnForAKindOfUserIsPricedOnAShareOfThem() {
        ConsultationRequest tasks = base("Taskloop", "Task boards for companies. Enterprise customers need single sign-on.", Cloud.GCP,
                "us-central1").actor("Member", "edits tasks").actor("Owner", "manages the plan").capabilities("tasks", "plans").build();
        CostEstimate cost = ARCHITECT.cost(tasks);

        // "Enterprise customers" are some of the users, not all: 10% of 2,000,000 = 200 thousand on Identity Platform
        // tier 2 (0.049 free, 199.95 x $15.00 = $2,999.25), 1,800 thousand on tier 1 ($6,975), not 2,000 thousand on tier 2
        assertThat(quantity(cost, "identity-federated-users")).isEqualTo(200);
        assertThat(monthly(cost, "identity-federated-users")).isCloseTo(2_999.25, Offset.offset(0.011));
        assertThat(monthly(cost, "identity-users")).isEqualTo(6_975);
        assertThat(cost.assumptions()).anySatisfy(a -> assertThat(a).startsWith("[as-federated-share] Only some of those who sign in")
                .contains("\"Enterprise customers need single sign-on\""));
    }

    @Test
    void pupilsSigningInWithSchoolGoogleAccountsAreNotBilledByThePool() {
        ConsultationRequest quizzes = base("Spellbee", "Spelling practice for schools. Pupils sign in with their school Google accounts.",
                Cloud.GCP, "us-central1").actor("Pupil", "practises spelling lists").actor("Teacher", "sets spelling lists")
                .capabilities("spelling lists", "practice").build();
        CostEstimate cost = ARCHITECT.cost(quizzes);

        // The pupils (named) sign in at their school's Google accounts, which the application accepts directly: no pool
        // bills them. The teacher, whom the sentence does not name, keeps an account in the pool: each of the 2 actors who
        // sign in is taken as an equal share (assumption as-own-account-share), 2,000 thousand x 50% = 1,000 thousand on
        // tier 1: 50 free, 50 x $5.50 = $275, 900 x $4.60 = $4,140: $4,415 (it was $7,615 with the pupils in the pool),
        // and no federation line
        assertThat(quantity(cost, "identity-federated-users")).isZero();
        assertThat(quantity(cost, "identity-users")).isEqualTo(1_000);
        assertThat(monthly(cost, "identity-users")).isEqualTo(4_415);
        assertThat(lines(cost, "identity-users").get(0).assumption()).contains("Pupil sign in with the accounts their organisation holds at Google or Microsoft")
                .contains("accepted by the application directly").contains("Teacher signs in with an account of its own");
        assertThat(cost.assumptions()).anySatisfy(a -> assertThat(a).startsWith("[as-own-account-share]").contains("50%"));
        assertThat(cost.assumptions()).noneMatch(a -> a.startsWith("[as-federated-share]"));
    }

    @Test
    void smsOneTimePasswordsAtSignInAreListedAsNotPricedWithWhy() {
        ConsultationRequest rides = base("Hopcab", "Taxi booking; riders sign in with one-time passwords sent by SMS", Cloud.AWS, "us-east-1")
                .actor("Rider", "books taxis").capabilities("bookings").build();
        CostEstimate cost = ARCHITECT.cost(rides);

        // The sign-ins a month are not stated, so the SMS are listed with their reference price ($0.0083 a segment), not priced
        assertThat(cost.assumptions()).anySatisfy(a -> assertThat(a).startsWith("[identity-sms] Not priced: SMS one-time passwords")
                .contains("\"one time password\"").contains("the number of sign-ins a month is not in the request").contains("$0.0083"));
        ConsultationRequest silent = base("Hopcab", "Taxi booking", Cloud.AWS, "us-east-1").actor("Rider", "books taxis")
                .capabilities("bookings").build();
        assertThat(ARCHITECT.cost(silent).assumptions()).noneMatch(a -> a.startsWith("[identity-sms]"));
    }
}
