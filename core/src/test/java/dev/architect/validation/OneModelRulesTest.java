package dev.architect.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.architect.dossier.Consultation;
import dev.architect.dossier.DossierJson;
import dev.architect.request.ConsultationRequest;
import dev.architect.testing.SampleDossiers;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * One resolved model across the dossier: the datastore decision against the C4 databases (how many, which product),
 * and every integration the request names drawn and wired. Each rule is shown failing on a dossier that breaks it.
 */
class OneModelRulesTest {

    private static Consultation sampleWith(Consumer<ObjectNode> edit) {
        ObjectNode tree = DossierJson.mapper().valueToTree(SampleDossiers.shopFast());
        edit.accept(tree);
        return DossierJson.bind(tree, Consultation.class);
    }

    private static java.util.List<Violation> rule(ValidationReport report, DossierValidator.Rule rule) {
        return report.violations().stream().filter(v -> v.rule().equals(rule.id())).toList();
    }

    /** A second PostgreSQL database, owned by an orders service. */
    private static void secondDatabase(ObjectNode t) {
        ObjectNode db = ((ArrayNode) t.at("/c4/containers")).addObject();
        db.put("id", "orders-db").put("name", "Orders database").put("systemId", "shopfast").put("kind", "DATABASE")
                .put("technology", "Amazon RDS for PostgreSQL 16 (Multi-AZ)").put("description", "Orders");
        ((ArrayNode) t.at("/c4/relationships")).addObject().put("sourceId", "orders").put("destinationId", "orders-db")
                .put("description", "Reads and writes orders").put("technology", "SQL").put("interaction", "SYNC");
    }

    private static void chooseDatastore(ObjectNode t, String name) {
        ((ObjectNode) t.at("/decisions/1/options/0")).put("name", name);
        ((ObjectNode) t.at("/decisions/1")).put("chosenOption", name);
    }

    @Test
    void theSampleAsBuiltHoldsToOneModel() {
        ValidationReport report = DossierValidator.validate(SampleDossiers.shopFast());

        assertThat(rule(report, DossierValidator.Rule.DATASTORE_MODEL)).isEmpty();
    }

    @Test
    void aDatabaseContainerOnAnotherProductThanTheDecisionChoseIsAnError() {
        Consultation c = sampleWith(t -> ((ObjectNode) t.at("/c4/containers/2")).put("technology", "Azure SQL Database (zone-redundant)"));

        assertThat(rule(DossierValidator.validate(c), DossierValidator.Rule.DATASTORE_MODEL)).singleElement().satisfies(v -> {
            assertThat(v.severity()).isEqualTo(Severity.ERROR);
            assertThat(v.path()).isEqualTo("c4.containers[2].technology");
            assertThat(v.message()).isEqualTo("container 'store-db' runs SQL Server (Azure SQL Database (zone-redundant)) but decision "
                    + "'adr-0002' chose PostgreSQL ('PostgreSQL with read replicas')");
        });
    }

    @Test
    void oneRelationalDatabaseBesideADatabasePerServiceIsAnError() {
        Consultation c = sampleWith(t -> {
            chooseDatastore(t, "One relational database (primary and standby)");
            secondDatabase(t);
        });

        assertThat(rule(DossierValidator.validate(c), DossierValidator.Rule.DATASTORE_MODEL)).singleElement().satisfies(v -> {
            assertThat(v.path()).isEqualTo("decisions[1].chosenOption");
            assertThat(v.message()).isEqualTo("decision 'adr-0002' chose 'One relational database (primary and standby)' (one relational "
                    + "database) but the C4 model has 2 relational databases: store-db, orders-db");
        });
    }

    @Test
    void aDatabasePerServiceSaidInTheDecisionAllowsSeveralDatabases() {
        Consultation c = sampleWith(t -> {
            chooseDatastore(t, "One relational database (primary and standby) per service");
            secondDatabase(t);
        });

        assertThat(rule(DossierValidator.validate(c), DossierValidator.Rule.DATASTORE_MODEL)).isEmpty();
    }

    @Test
    void aContainerBuiltOnAnOptionADecisionRejectedIsAnError() {
        Consultation c = sampleWith(t -> {
            ObjectNode sessions = ((ArrayNode) t.at("/c4/containers")).addObject();
            sessions.put("id", "sessions").put("name", "Session store").put("systemId", "shopfast").put("kind", "DATABASE")
                    .put("technology", "Amazon DynamoDB").put("description", "Carts and sessions");
            ((ArrayNode) t.at("/c4/relationships")).addObject().put("sourceId", "orders").put("destinationId", "sessions")
                    .put("description", "Keeps carts in").put("technology", "HTTPS").put("interaction", "SYNC");
        });

        assertThat(rule(DossierValidator.validate(SampleDossiers.shopFast()), DossierValidator.Rule.REJECTED_ELEMENT)).isEmpty();
        assertThat(rule(DossierValidator.validate(c), DossierValidator.Rule.REJECTED_ELEMENT)).singleElement().satisfies(v -> {
            assertThat(v.path()).isEqualTo("c4.containers[4]");
            assertThat(v.message()).isEqualTo("'sessions' (Session store. Amazon DynamoDB) is 'DynamoDB', which decision 'adr-0002' rejected");
        });
    }

    @Test
    void anIntegrationTheRequestNamesThatTheModelLeavesOutIsReported() {
        ConsultationRequest request = ConsultationRequest.builder("ShopFast", "An online store")
                .integration("Stripe", "card payments").integration("Twilio", "SMS order updates").build();

        assertThat(rule(DossierValidator.validate(SampleDossiers.shopFast(), request), DossierValidator.Rule.INTEGRATION_WIRING))
                .singleElement().satisfies(v -> assertThat(v.message())
                        .isEqualTo("the request's integration 'Twilio' (integrations[1]) is not an external system of the C4 model"))
                .satisfies(v -> assertThat(v.severity()).isEqualTo(Severity.WARNING));
    }

    @Test
    void aNamedIntegrationWithNoRelationshipIsAWarning() {
        ConsultationRequest request = ConsultationRequest.builder("ShopFast", "An online store").integration("SendGrid", "email").build();
        Consultation unwired = sampleWith(t -> ((ArrayNode) t.at("/c4/relationships")).remove(7));

        assertThat(rule(DossierValidator.validate(SampleDossiers.shopFast(), request), DossierValidator.Rule.INTEGRATION_WIRING)).isEmpty();
        assertThat(rule(DossierValidator.validate(unwired, request), DossierValidator.Rule.INTEGRATION_WIRING)).singleElement()
                .satisfies(v -> assertThat(v.severity()).isEqualTo(Severity.WARNING))
                .satisfies(v -> assertThat(v.message()).isEqualTo("the request's integration 'SendGrid' is in the C4 model but no container "
                        + "calls it or is called by it"));
    }
}
