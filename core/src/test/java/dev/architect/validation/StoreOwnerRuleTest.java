package dev.architect.validation;

import static dev.architect.validation.EditedSamples.broken;
import static dev.architect.validation.EditedSamples.sampleWith;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Rule store-owner: a database whose description says one container owns it is read and written by that container
 * only; a flow step from another container to it is an error, unless the design declares the store shared.
 */
class StoreOwnerRuleTest {

    /** ShopFast's store database, said to be the Store API's alone, and a reporting worker that also reads it. */
    private static void workerReadsTheStoresDatabase(ObjectNode t, String storeDescription) {
        ((ObjectNode) t.at("/c4/containers/2")).put("description", storeDescription);
        ((ArrayNode) t.at("/c4/containers")).addObject().put("id", "report-worker").put("name", "Report worker").put("systemId", "shopfast")
                .put("kind", "WORKER").put("technology", "Java 17").put("description", "Builds the nightly sales report");
        ((ArrayNode) t.at("/c4/relationships")).addObject().put("sourceId", "report-worker").put("destinationId", "store-db")
                .put("description", "Reads orders").put("technology", "SQL").put("interaction", "SYNC");
        ((ArrayNode) t.at("/sequences/0/participants")).add("report-worker");
        ((ArrayNode) t.at("/sequences/0/steps")).addObject().put("from", "report-worker").put("to", "store-db")
                .put("message", "Select yesterday's orders").put("kind", "SYNC");
    }

    @Test
    void aStepFromAnotherContainerToADatabaseItsOwnerKeepsAloneIsAnError() {
        List<Violation> found = broken(sampleWith(t -> workerReadsTheStoresDatabase(t, "Products and orders; only its service reads or writes it")),
                DossierValidator.Rule.STORE_OWNER);

        assertThat(found).hasSize(1);
        assertThat(found.get(0).path()).isEqualTo("sequences[0].steps[6]");
        assertThat(found.get(0).message()).contains("'report-worker' read or write 'store-db'", "of its owner 'store-app'");
    }

    @Test
    void aDatabaseTheDesignDeclaresSharedMayBeUsedByEveryContainer() {
        List<Violation> found = broken(sampleWith(t -> workerReadsTheStoresDatabase(t,
                "Products and orders, one schema per unit that writes to it")), DossierValidator.Rule.STORE_OWNER);

        assertThat(found).isEmpty();
    }

    @Test
    void theOwnersOwnStepsAreNeverFlagged() {
        List<Violation> found = broken(sampleWith(t -> ((ObjectNode) t.at("/c4/containers/2"))
                .put("description", "Products and orders; only its service reads or writes it")), DossierValidator.Rule.STORE_OWNER);

        assertThat(found).isEmpty();
    }
}
