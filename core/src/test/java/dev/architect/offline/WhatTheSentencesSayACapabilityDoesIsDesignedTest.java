package dev.architect.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.dossier.Consultation;
import dev.architect.dossier.Entity;
import dev.architect.dossier.EntityField;
import dev.architect.dossier.FunctionalRequirement;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The words that make a capability a mechanism (a model's flags, staff reviews, reports, a catalogue, live rates, a
 * supplier's data) do not fire where they mean something else: in a vendor's name, a card that is only checked, an
 * insurance policy, a customer's review, an incident report someone files, a feature flag. The requests were written for
 * this test (in capability-shape-requests); where their sentences do say what a capability does, the rows nurse-triage,
 * fx-desk, league-live, cold-store-robots, theory-test and museum-loans of {@link CapabilityShapeDossiersTest} list the
 * mechanism and the tables, invariants, operations and flows it must get.
 */
class WhatTheSentencesSayACapabilityDoesIsDesignedTest {

    static Consultation consult(String request) {
        return CapabilityShapeDossiersTest.consult(request);
    }

    /** The capabilities a shape designs keep none of the generic record's columns: no sku, price or stock for a library. */
    @Test
    void aCatalogueOfObjectsThatAreNotSoldHasNoPriceOrStockAndAVendorsMarketplaceNameIsNoShop() {
        Consultation c = consult("museum-loans");
        assertThat(c.dataModel().entities()).extracting(Entity::name).doesNotContain("product");
        assertThat(c.dataModel().entities().stream().flatMap(x -> x.fields().stream()).map(EntityField::name)).doesNotContain("sku", "stock");
        assertThat(c.requirements().functional()).extracting(FunctionalRequirement::id).doesNotContain("fr-archetype-commerce");
    }

    /** An insurance policy a member holds is not a versioned setting: with no word of settings or rules it stays a question. */
    @Test
    void insurancePoliciesAreNotConfigurationApproval() {
        Consultation c = consult("museum-loans");
        assertThat(c.requirements().functional()).filteredOn(f -> f.id().equals("fr-insurance-policies")).singleElement()
                .satisfies(f -> assertThat(f.description()).doesNotContain("versioned configuration"));
        assertThat(c.dataModel().entities()).extracting(Entity::name).doesNotContain("insurance_policy_version");
    }

    /** A member card whose number is checked at a desk is not a card payment: no payments vendor line, priced or not. */
    @Test
    void aCardThatIsOnlyCheckedIsNotPricedAsPayments() {
        Consultation c = consult("museum-loans");
        assertThat(String.valueOf(c.cost())).doesNotContain("Membership desk (payments)").doesNotContain("Collections Marketplace (payments)");
    }

    /**
     * The same words where they mean something else: a shop's product catalogue stays the shop's catalogue, a customer
     * review with stars is no staff queue, an incident report someone files is no scheduled report, a feature flag no model score.
     */
    @Test
    void wordsInTheirOtherSensesAreNotTheseMechanisms() {
        Consultation c = consult("shop-negatives");
        Map<String, String> description = new java.util.HashMap<>();
        c.requirements().functional().forEach(f -> description.put(f.id(), f.description()));
        assertThat(description.get("fr-catalogue")).doesNotContain("mirrored from their source");
        assertThat(description.get("fr-customer-reviews")).doesNotContain("review queue");
        assertThat(description.get("fr-incident-reports")).doesNotContain("report generated per period");
        assertThat(description.get("fr-feature-flags")).doesNotContain("model score");
        assertThat(c.dataModel().entities()).extracting(Entity::name).contains("product")
                .doesNotContain("customer_review_decision", "incident_report_run", "feature_flag_threshold");
    }

    /** A vendor's purpose speaks for a capability only beside its words: the licences bought are not the metadata fetched. */
    @Test
    void anIntegrationSuppliesOnlyTheRecordsItsPurposeNamesBesideItsData() {
        Consultation museum = consult("museum-loans");
        assertThat(museum.dataModel().entities()).extracting(Entity::name).doesNotContain("loan_request_sync");
        Consultation league = consult("league-live");
        assertThat(league.requirements().functional()).filteredOn(f -> f.id().equals("fr-fixtures")).singleElement()
                .satisfies(f -> assertThat(f.description()).contains("Opta"));
    }
}
