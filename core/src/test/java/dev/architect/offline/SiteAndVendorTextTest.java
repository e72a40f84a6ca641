package dev.architect.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.dossier.Consultation;
import dev.architect.dossier.QualityAttribute;
import dev.architect.dossier.TechCategory;
import dev.architect.request.RequestReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the dossier says about where the parts run and which vendor is priced follows the request's site and the vendors
 * it chose: an on-premises design keeps its secrets in a vault it runs, survives the loss of a server (it has no zones)
 * and rehearses self-hosted tools on its own staging servers; a card-payment design whose card numbers stay with the
 * provider has no card-data environment to pen-test; a vendor the vendor table does not price is never quoted at another
 * vendor's row.
 */
class SiteAndVendorTextTest {

    private static final OfflineArchitect ARCHITECT = OfflineArchitect.create();

    private static Consultation consult(String yaml) {
        return ARCHITECT.consult(RequestReader.readString(yaml));
    }

    /** A council's library booking system in its own data centre, paid by card through a provider, by a Java team. */
    private static final String LIBRARY_ON_PREMISES = """
            system: ShelfDesk
            description: >
              A city council's library system: members reserve books and study rooms, librarians check items in and out,
              and late fees are paid by card online through Stripe.
            actors:
              - {name: Member, description: reserves books and rooms and pays late fees}
              - {name: Librarian, description: checks items in and out}
            capabilities: [reservations, loans, late fees]
            integrations:
              - {name: Stripe, purpose: card payments}
            load: {peakRequestsPerSecond: 80, readWriteRatio: 5, monthlyActiveUsers: 40000}
            availability: {targetPercent: 99.5, rpoMinutes: 60, rtoMinutes: 240}
            compliance: [PCI-DSS]
            team: {size: 4, expertise: [Java, Spring, Oracle]}
            deployment: {cloud: on-premises, regions: [council-dc]}
            """;

    @Test
    void anOnPremisesDesignKeepsSecretsInAVaultItRunsAndSurvivesTheLossOfAServer() {
        Consultation c = consult(LIBRARY_ON_PREMISES);

        assertThat(c.operations().infrastructureAsCode())
                .contains("Secrets in HashiCorp Vault, run on the data centre's own servers, referenced by name; never in state files or images")
                .noneMatch(line -> line.contains("cloud secrets manager"));
        assertThat(c.techStack().stream().filter(t -> t.category() == TechCategory.SECURITY).findFirst().orElseThrow().choice())
                .isEqualTo("HashiCorp Vault, run on the data centre's own servers; ModSecurity with the OWASP Core Rule Set on the reverse proxy");
        QualityAttribute availability = c.requirements().qualityAttributes().stream().filter(q -> q.id().equals("qa-availability"))
                .findFirst().orElseThrow();
        assertThat(availability.scenario()).isEqualTo("The system serves requests through the loss of an instance or a server");
        assertThat(c.risks()).noneMatch(r -> r.mitigation().contains("managed offering"));
    }

    @Test
    void aCloudDesignNamesItsOwnCloudsSecretsStoreAndZones() {
        Consultation c = consult(LIBRARY_ON_PREMISES.replace("{cloud: on-premises, regions: [council-dc]}", "{cloud: azure, regions: [westeurope]}"));

        assertThat(c.operations().infrastructureAsCode()).contains("Secrets in Azure Key Vault, referenced by name; never in state files or images");
        assertThat(c.requirements().qualityAttributes()).anySatisfy(q -> assertThat(q.scenario())
                .isEqualTo("The system serves requests through the loss of an instance or an availability zone"));
    }

    @Test
    void cardNumbersLeftWithTheProviderLeaveNoCardDataEnvironmentToPenTest() {
        List<String> scanning = consult(LIBRARY_ON_PREMISES).operations().securityScanning();

        assertThat(scanning).noneMatch(line -> line.contains("card-data environment to"))
                .anySatisfy(line -> assertThat(line).startsWith("Quarterly ASV external scans of the pages that load the payment provider's fields")
                        .endsWith("(card numbers stay with the provider, so the system holds no card-data environment)"));
    }

    /** A marketplace paying sellers in Mexico, taking cards at Adyen: neither Adyen row is the table's (Stripe's) price. */
    @Test
    void aVendorTheTableDoesNotPriceIsListedAsNotPricedRatherThanAtAnotherVendorsRow() {
        Consultation c = consult("""
                system: CraftLane
                description: >
                  A marketplace for handmade goods in Mexico: buyers pay by card, and sellers are paid out weekly to their
                  bank accounts.
                actors:
                  - {name: Buyer, description: browses and orders goods}
                  - {name: Seller, description: lists goods and receives payouts}
                capabilities: [listings, orders, seller payouts]
                integrations:
                  - {name: Adyen, purpose: card payments}
                load: {peakRequestsPerSecond: 200, readWriteRatio: 10, monthlyActiveUsers: 300000}
                team: {size: 6, expertise: [Go, PostgreSQL]}
                deployment: {cloud: aws, regions: [us-east-1]}
                """);

        List<String> adyen = c.cost().assumptions().stream().filter(n -> n.contains("Adyen")).toList();
        assertThat(adyen).isNotEmpty().allSatisfy(note -> assertThat(note)
                .contains("the vendor table has no price row for Adyen")
                .doesNotContain("reference price"));
        // The bank API the payouts decision chose is quoted at the bank row, not at a payouts provider's price
        assertThat(c.cost().assumptions()).filteredOn(n -> n.startsWith("[vendor-ext-paying-bank]")).singleElement()
                .satisfies(n -> assertThat(n).contains("(bank connectivity)").doesNotContain("Stripe"));
    }

    /** Tutors in Brazil and Mexico paid out weekly (a payouts platform, for two countries' rails), reminders by SMS through Twilio. */
    private static final String TUTORING_IN_BRAZIL = """
            system: AulaJa
            description: >
              A marketplace for private tutoring in Brazil and Mexico: students book and pay for lessons by card, tutors are paid out
              weekly, and both get lesson reminders by SMS.
            actors:
              - {name: Student, description: books and pays for lessons}
              - {name: Tutor, description: publishes availability and teaches lessons}
            capabilities: [tutor search, lesson booking, tutor payouts]
            integrations:
              - {name: Adyen, purpose: card payments}
              - {name: Twilio, purpose: SMS reminders}
            load: {peakRequestsPerSecond: 300, readWriteRatio: 8, monthlyActiveUsers: 400000}
            team: {size: 8, expertise: [Kotlin, PostgreSQL]}
            deployment: {cloud: aws, regions: [sa-east-1]}
            """;

    @Test
    void theChosenPayoutsPlatformIsNotQuotedAtAnotherVendorsPrice() {
        List<String> notes = consult(TUTORING_IN_BRAZIL).cost().assumptions();

        assertThat(notes).filteredOn(n -> n.contains("(payouts)")).singleElement().satisfies(n -> assertThat(n)
                .startsWith("[vendor-ext-paying-bank] ")
                .contains("Not priced: Adyen for Platforms payouts (payouts), because the vendor table has no price row for Adyen for Platforms payouts")
                .doesNotContain("reference price"));
    }

    @Test
    void anSmsRateOfAnotherCountryNamesTheCountriesTheSystemServes() {
        List<String> notes = consult(TUTORING_IN_BRAZIL).cost().assumptions();

        assertThat(notes).filteredOn(n -> n.startsWith("[vendor-ext-twilio]")).singleElement().satisfies(n -> assertThat(n)
                .contains("reference price $0.0083 per outbound SMS segment")
                .endsWith("; that is the rate for the United States: Mexico and Brazil are billed at their own per-country rates, which the vendor "
                        + "table does not hold"));
        // A system serving the United States is quoted its own rate, with no caveat
        List<String> us = consult(TUTORING_IN_BRAZIL.replace("in Brazil and Mexico", "in the United States").replace("sa-east-1", "us-east-1")).cost().assumptions();
        assertThat(us).filteredOn(n -> n.startsWith("[vendor-ext-twilio]")).singleElement().satisfies(n -> assertThat(n).doesNotContain("that is the rate for"));
    }
}
