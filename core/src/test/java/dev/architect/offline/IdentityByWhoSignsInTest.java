package dev.architect.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.dossier.Consultation;
import dev.architect.dossier.Decision;
import dev.architect.dossier.DecisionTopic;
import dev.architect.request.Budget;
import dev.architect.request.Cloud;
import dev.architect.request.ConsultationRequest;
import dev.architect.request.Deployment;
import dev.architect.request.Load;
import dev.architect.validation.DossierValidator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Identity follows who signs in and what the request names: federation with an existing source needs a named directory
 * or single sign-on in the request; people outside the organisation get a customer identity, split from the staff's
 * single sign-on where both sign in; and the customer side is priced by its monthly users before it is chosen.
 */
class IdentityByWhoSignsInTest {

    private static Consultation consult(ConsultationRequest request) {
        Consultation c = OfflineArchitect.create().consult(request);
        assertThat(DossierValidator.validate(c, request).hasErrors()).as("validator").isFalse();
        return c;
    }

    private static Decision identity(Consultation c) {
        return c.decision(DecisionTopic.SECURITY).orElseThrow();
    }

    private static String adr(Decision d) {
        return d.context() + " " + String.join(" ", d.drivers()) + " " + d.rationale();
    }

    @Test
    void aGamesPlayerLoginIsNoExistingIdentitySource() {
        ConsultationRequest game = ConsultationRequest.builder("Tilefall", "A mobile puzzle game: players sign in, keep their "
                        + "progress across phones and compete on weekly boards").actor("Player", "plays and keeps progress")
                .capabilities("progress sync", "weekly boards").integration("Game backend", "player login and progress")
                .load(new Load(300.0, null, 40_000L, null)).deployment(new Deployment(Cloud.AWS, List.of("us-east-1"))).build();
        Decision d = identity(consult(game));
        assertThat(d.chosen().summary()).doesNotContain("where their identity already lives").doesNotContain("workforce directory");
        assertThat(d.title()).doesNotContain("existing identity source");
        assertThat(adr(d)).doesNotContain("already sign in").contains("existing identity source integrated: no");
    }

    @Test
    void socialSignInAndGuestPlayTheRequestAsksForAreDriversOfTheIdentityDecision() {
        ConsultationRequest game = ConsultationRequest.builder("Orbitclash", "A mobile arena game: guest play first, then players "
                        + "keep their progress with Sign in with Apple").actor("Player", "plays matches")
                .capabilities("matches", "progress").load(new Load(300.0, null, 40_000L, null))
                .deployment(new Deployment(Cloud.GCP, List.of("us-central1"))).build();
        Decision d = identity(consult(game));
        assertThat(d.drivers()).anySatisfy(x -> assertThat(x).contains("social sign-in asked for").contains("\"sign in with apple\""));
        assertThat(d.drivers()).anySatisfy(x -> assertThat(x).contains("guest use without an account").contains("\"guest play\""));
        assertThat(d.chosen().summary()).doesNotContain("where their identity already lives");
    }

    @Test
    void staffWithANamedDirectoryAndOutsideBiddersSplitStaffSsoFromCustomerIdentity() {
        ConsultationRequest auction = ConsultationRequest.builder("Lotline", "An auction site for garden machinery: bidders "
                        + "register and bid; our auctioneers sign in with single sign-on through Okta")
                .actor("Bidder", "bids on lots").actor("Auctioneer", "runs the sales")
                .capabilities("lots", "bids").integration("Okta", "staff single sign-on")
                .load(new Load(200.0, null, 30_000L, null)).deployment(new Deployment(Cloud.AWS, List.of("eu-west-1"))).build();
        Decision d = identity(consult(auction));
        assertThat(d.chosenOption()).isEqualTo("Amazon Cognito user pool, with the staff directory federated over SAML");
        assertThat(String.join(" ", d.drivers())).contains("Okta").contains("staff single sign-on");
    }

    @Test
    void staffOnlyWithANamedDirectoryFederateWithIt() {
        ConsultationRequest clinic = ConsultationRequest.builder("Wardnotes", "Nurses and doctors record handover notes")
                .actor("Nurse", "writes handovers").actor("Doctor", "reads them").capabilities("handover notes")
                .integration("Entra ID", "staff single sign-on").load(new Load(30.0, null, 2_000L, null))
                .deployment(new Deployment(Cloud.AZURE, List.of("westeurope"))).build();
        Decision d = identity(consult(clinic));
        assertThat(d.chosen().summary()).contains("where their identity already lives");
        assertThat(String.join(" ", d.drivers())).contains("Entra ID");
    }

    @Test
    void aPerUserPriceAboveTheBudgetLosesToAFixedPriceServer() {
        // Microsoft Entra External ID: 1,000,000 MAU / 1,000 = 1,000 thousand; the first 50 free, then 950 x $30 = $28,500 a
        // month, 142.5% of a $20,000 budget: past three times the 25% bound, so the per-user option no longer fits.
        ConsultationRequest shop = ConsultationRequest.builder("Bricktrove", "An online marketplace where shoppers buy used "
                        + "construction toys from sellers").actor("Shopper", "buys sets").actor("Seller", "lists sets")
                .capabilities("listings", "orders").load(new Load(500.0, null, 1_000_000L, null))
                .budget(new Budget(20_000.0)).deployment(new Deployment(Cloud.AZURE, List.of("westeurope"))).build();
        Consultation c = consult(shop);
        Decision d = identity(c);
        assertThat(d.chosenOption()).startsWith("Keycloak 26 on Azure Container Apps");
        assertThat(String.join(" ", d.drivers())).contains("142.5%").contains("$28,500").contains("Microsoft Entra External ID");
        assertThat(d.rationale()).contains("143% of the budget");
        assertThat(c.cost().items()).noneMatch(i -> i.id().startsWith("identity-users"));
        assertThat(c.cost().items()).anyMatch(i -> i.id().equals("identity-compute"));
    }

    @Test
    void aPerUserPriceWellInsideTheBudgetKeepsTheManagedProvider() {
        // Amazon Cognito: 60,000 MAU = 60 thousand; 10 free, then 50 x $5.50 = $275 a month, 4.6% of a $6,000 budget.
        ConsultationRequest admissions = ConsultationRequest.builder("Intake", "Applicants to a college upload documents and "
                        + "track their application").actor("Applicant", "applies").capabilities("applications", "documents")
                .load(new Load(80.0, null, 60_000L, null)).budget(new Budget(6_000.0))
                .deployment(new Deployment(Cloud.AWS, List.of("eu-west-1"))).build();
        Decision d = identity(consult(admissions));
        assertThat(d.chosenOption()).isEqualTo("Amazon Cognito");
        assertThat(String.join(" ", d.drivers())).contains("4.6%").contains("$275");
    }
}
