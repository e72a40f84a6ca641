package dev.architect.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * Rule database-feature: the built parts name only database features a product of the design's databases has. The sample
 * dossier (its database PostgreSQL 16) is edited once: its database moved to Cloud Spanner while a table keeps a row
 * policy, or a container speaks of row-level security; the same texts on PostgreSQL, and Spanner's own interleaved tables
 * on Spanner, hold.
 */
class DatabaseFeaturesOfTheChosenProductTest {

    private static List<Violation> broken(Consumer<ObjectNode> edit) {
        return EditedSamples.broken(EditedSamples.sampleWith(edit), DossierValidator.Rule.DATABASE_FEATURE);
    }

    private static void spanner(ObjectNode t) {
        ((ObjectNode) t.at("/c4/containers/2")).put("technology", "Cloud Spanner");
    }

    /** The sample's first entity with a tenant column and a TENANT_ISOLATED constraint on it. */
    private static void rowPolicy(ObjectNode t) {
        ObjectNode product = (ObjectNode) t.at("/dataModel/entities/0");
        ObjectNode field = ((ArrayNode) product.get("fields")).addObject();
        field.put("name", "tenant_id").put("type", "UUID").put("nullable", false).put("unique", false);
        ObjectNode constraint = (product.has("constraints") ? (ArrayNode) product.get("constraints") : product.putArray("constraints")).addObject();
        constraint.put("kind", "TENANT_ISOLATED").putArray("fields").add("tenant_id");
    }

    private static void saysOnTheDatabase(ObjectNode t, String text) {
        ObjectNode db = (ObjectNode) t.at("/c4/containers/2");
        db.put("description", db.get("description").asText() + "; " + text);
    }

    @Test
    void aRowPolicyConstraintOnCloudSpannerIsAnError() {
        List<Violation> found = broken(t -> {
            spanner(t);
            rowPolicy(t);
        });

        assertThat(found).singleElement().satisfies(v -> {
            assertThat(v.path()).isEqualTo("dataModel.entities[0].constraints");
            assertThat(v.message()).isEqualTo("entity 'product' has a TENANT_ISOLATED constraint, which relies on row-level security"
                    + " that no database of the design has (Cloud Spanner)");
        });
    }

    @Test
    void aContainerSpeakingOfRowLevelSecurityAndSetLocalOnCloudSpannerIsAnErrorForEachFeature() {
        List<Violation> found = broken(t -> {
            spanner(t);
            saysOnTheDatabase(t, "tenants kept apart by PostgreSQL row-level security, the tenant set with SET LOCAL");
        });

        assertThat(found).extracting(Violation::path).containsOnly("c4.containers[2].description");
        assertThat(found).extracting(Violation::message).containsExactly(
                "names 'row-level security' (row-level security), which no database of the design has (Cloud Spanner)",
                "names 'SET LOCAL' (transaction-scoped settings (SET LOCAL, current_setting)), which no database of the design has (Cloud Spanner)");
    }

    @Test
    void theSameRowPolicyOnPostgreSqlAndInterleavedTablesOnSpannerHold() {
        assertThat(broken(t -> {
            rowPolicy(t);
            saysOnTheDatabase(t, "tenants kept apart by row-level security, the tenant set with SET LOCAL");
        })).isEmpty();
        assertThat(broken(t -> {
            spanner(t);
            saysOnTheDatabase(t, "each order's lines interleaved in its parent row (INTERLEAVE IN PARENT)");
        })).isEmpty();
    }

    @Test
    void spannersInterleavedTablesOnPostgreSqlAreAnError() {
        assertThat(broken(t -> saysOnTheDatabase(t, "each order's lines stored with INTERLEAVE IN PARENT")))
                .singleElement().satisfies(v -> assertThat(v.message()).startsWith("names 'INTERLEAVE IN PARENT' (interleaved tables)"));
    }

    @Test
    void theSampleAsWrittenHasNoFinding() {
        assertThat(EditedSamples.found(EditedSamples.sampleWith(t -> { }), null, DossierValidator.Rule.DATABASE_FEATURE)).isEmpty();
    }
}
