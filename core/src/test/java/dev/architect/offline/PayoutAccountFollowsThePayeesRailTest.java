package dev.architect.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.dossier.Consultation;
import dev.architect.dossier.Entity;
import dev.architect.dossier.SchemaDefinition;
import dev.architect.dossier.SchemaProperty;
import dev.architect.dossier.SequenceDiagram;
import dev.architect.dossier.SequenceStep;
import dev.architect.testing.ValidDossiers;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The payout records, API and sequences follow the rail of the country the payees are in (geography.yaml): a Pix key
 * in Brazil, a CLABE for SPEI in Mexico, a sort code and account number for Faster Payments in the UK, an IBAN for SEPA in
 * the euro area, the provider's recipient where no rail is listed; payees in several countries get one rail each, named.
 */
class PayoutAccountFollowsThePayeesRailTest {

    private static Consultation couriers(String where, String region) {
        return ValidDossiers.of(String.format(java.util.Locale.ROOT, """
                system: Riders
                description: A delivery app. Every week the platform pays out its couriers %s. Customers pay by card.
                capabilities: [orders, courier payouts]
                load: {peakRequestsPerSecond: 100}
                team: {size: 5, expertise: [Java, PostgreSQL]}
                deployment: {cloud: aws, regions: [%s]}
                """, where, region));
    }

    private static List<String> columns(Consultation c, String entity) {
        return c.dataModel().entities().stream().filter(e -> e.name().equals(entity)).findFirst()
                .orElseThrow(() -> new AssertionError(c.dataModel().entities().stream().map(Entity::name).toList()))
                .fields().stream().map(f -> f.name() + (f.nullable() ? "?" : "")).toList();
    }

    private static List<String> properties(Consultation c, String schema) {
        return c.apis().stream().flatMap(a -> a.schemas().stream()).filter(s -> s.name().equals(schema)).findFirst()
                .map(SchemaDefinition::properties).orElseThrow().stream().map(SchemaProperty::name).toList();
    }

    private static String steps(Consultation c) {
        return String.join("\n", c.sequences().stream().flatMap(s -> s.steps().stream()).map(SequenceStep::message).toList());
    }

    private static String requirement(Consultation c) {
        return c.requirements().functional().stream().filter(f -> f.id().equals("fr-archetype-outgoing-payments")).findFirst().orElseThrow().description();
    }

    @Test
    void couriersInBrazilRegisterAPixKeyAndArePaidByPixTransfers() {
        Consultation c = couriers("in Brazil", "sa-east-1");

        assertThat(columns(c, "beneficiary")).contains("pix_key_type", "pix_key", "holder_tax_id").doesNotContain("iban", "bic?", "rail");
        assertThat(columns(c, "payment_batch")).contains("paying_pix_account").doesNotContain("debtor_iban");
        assertThat(properties(c, "BeneficiaryInput")).contains("pixKeyType", "pixKey", "holderTaxId").doesNotContain("iban");
        assertThat(steps(c)).contains("Build the payment orders: Pix transfers, one per instruction to the payee's Pix key")
                .contains("Return of a settled payout (a Pix refund (devolução) with its reason code)")
                .doesNotContain("pain.001").doesNotContain("camt.054");
        assertThat(requirement(c)).contains("payees in Brazil are paid by Pix to their Pix key (description \"Every week the platform pays out its couriers in Brazil.\")");
        assertThat(c.decision(dev.architect.dossier.DecisionTopic.PAYOUT_CHANNEL).orElseThrow().chosen().name())
                .isEqualTo("The house bank's Pix API");
    }

    @Test
    void couriersInMexicoRegisterAClabeAndArePaidBySpei() {
        Consultation c = couriers("in Mexico", "mx-central-1");

        assertThat(columns(c, "beneficiary")).contains("clabe").doesNotContain("iban", "pix_key");
        assertThat(steps(c)).contains("SPEI transfers, one per instruction to the payee's CLABE, each with its tracking key (clave de rastreo)");
    }

    @Test
    void couriersInTheUnitedKingdomRegisterASortCodeAndAccountNumberForFasterPayments() {
        Consultation c = couriers("in the United Kingdom", "eu-west-2");

        assertThat(columns(c, "beneficiary")).contains("sort_code", "account_number").doesNotContain("iban");
        assertThat(properties(c, "BeneficiaryInput")).contains("sortCode", "accountNumber");
        assertThat(steps(c)).contains("Faster Payments requests").doesNotContain("pain.001");
        assertThat(requirement(c)).contains("payees in the United Kingdom are paid by Faster Payments to their sort code and account number");
    }

    @Test
    void couriersInTheEuroAreaKeepTheIbanAndSepaFiles() {
        Consultation c = couriers("in Germany and France", "eu-central-1");

        assertThat(columns(c, "beneficiary")).contains("iban", "bic?").doesNotContain("rail");
        assertThat(columns(c, "payment_batch")).contains("debtor_iban");
        assertThat(steps(c)).contains("pain.001 files with a unique message id");
    }

    @Test
    void couriersWhereNoRailIsListedAreRegisteredAtTheProvider() {
        Consultation c = couriers("in Nigeria", "af-south-1");

        assertThat(columns(c, "beneficiary")).contains("provider_recipient_id").doesNotContain("iban");
    }

    @Test
    void payeesInTwoCountriesGetOneRailEachNamedWithTheirCountry() {
        Consultation c = couriers("in Brazil and Mexico", "sa-east-1");

        // Each payee has one rail; the columns of the other rail stay empty, so they are nullable.
        assertThat(columns(c, "beneficiary")).contains("rail", "clabe?", "pix_key_type?", "pix_key?").doesNotContain("iban", "pix_key", "clabe");
        // Payees in two countries are paid through the payouts provider the decision chooses: it sends each payout, so no
        // batch with paying accounts per rail is designed, and the provider's payout id finds each payout again.
        assertThat(c.dataModel().entities()).extracting(Entity::name).doesNotContain("payment_batch", "bank_submission");
        assertThat(columns(c, "payout_instruction")).contains("provider_payout_id?");
        assertThat(steps(c)).contains("Create the payout with the payout's id as the idempotency key");
    }

    @Test
    void theReleaseSequenceNamesTheRailNotABankFileWhereThereIsNone() {
        SequenceDiagram release = couriers("in Brazil", "sa-east-1").sequences().stream().filter(s -> s.id().contains("release-payment-batch"))
                .findFirst().orElseThrow();
        assertThat(release.steps()).anyMatch(s -> s.message().startsWith("Build the payment orders: Pix transfers"));
    }
}
