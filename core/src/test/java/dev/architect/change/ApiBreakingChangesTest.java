package dev.architect.change;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.dossier.ApiAuth;
import dev.architect.dossier.ApiOperation;
import dev.architect.dossier.ApiParameter;
import dev.architect.dossier.ApiResponse;
import dev.architect.dossier.ApiSpec;
import dev.architect.dossier.Consultation;
import dev.architect.dossier.HttpMethod;
import dev.architect.dossier.ParameterLocation;
import dev.architect.dossier.SchemaDefinition;
import dev.architect.dossier.SchemaProperty;
import dev.architect.dossier.ValueType;
import dev.architect.offline.OfflineArchitect;
import dev.architect.request.ConsultationRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * Breaking-change detection on pairs of API documents written by hand: an old {@code /orders} API and one change to it
 * at a time, each with the verdict a client developer would give.
 */
class ApiBreakingChangesTest {

    private static final Consultation BASE = OfflineArchitect.create()
            .consult(ConsultationRequest.builder("Pairs", "A small order-taking system.").capabilities("orders").build());

    private static SchemaProperty prop(String name, ValueType type, boolean required) {
        return new SchemaProperty(name, type, null, null, required, false, null);
    }

    /** The old API: list orders (optional status filter) and create one (item and quantity). */
    private static List<ApiOperation> oldOperations() {
        return List.of(
                new ApiOperation("listOrders", HttpMethod.GET, "/orders", "List orders", null, List.of("orders"),
                        List.of(new ApiParameter("status", ParameterLocation.QUERY, ValueType.STRING, false, null)), null,
                        List.of(new ApiResponse(200, "the orders", "Order", true)), true),
                new ApiOperation("createOrder", HttpMethod.POST, "/orders", "Create an order", null, List.of("orders"),
                        List.of(), "NewOrder", List.of(new ApiResponse(201, "created", "Order", false)), false));
    }

    private static List<SchemaDefinition> oldSchemas() {
        return List.of(
                new SchemaDefinition("Order", null, List.of(prop("id", ValueType.UUID, true), prop("status", ValueType.STRING, true),
                        prop("total", ValueType.STRING, true))),
                new SchemaDefinition("NewOrder", null, List.of(prop("item", ValueType.STRING, true), prop("quantity", ValueType.INTEGER, true))));
    }

    private static Consultation withApi(List<ApiOperation> operations, List<SchemaDefinition> schemas) {
        ApiSpec spec = new ApiSpec("orders-api", "Orders", "1.0.0", BASE.c4().containers().get(0).id(), null, "/v1", ApiAuth.BEARER_JWT,
                operations, schemas);
        return new Consultation(BASE.system(), BASE.summary(), BASE.requirements(), BASE.decisions(), BASE.c4(), BASE.sequences(),
                List.of(spec), BASE.dataModel(), BASE.techStack(), BASE.risks(), BASE.operations(), BASE.capacity(), BASE.cost(),
                BASE.roadmap(), BASE.migration(), BASE.metadata());
    }

    private static List<ApiChange> change(UnaryOperator<List<ApiOperation>> operations, UnaryOperator<List<SchemaDefinition>> schemas) {
        Consultation before = withApi(oldOperations(), oldSchemas());
        Consultation after = withApi(operations.apply(new ArrayList<>(oldOperations())), schemas.apply(new ArrayList<>(oldSchemas())));
        return DossierDiff.between(before, after).apis();
    }

    private static ApiOperation replace(ApiOperation o, List<ApiParameter> parameters) {
        return new ApiOperation(o.operationId(), o.method(), o.path(), o.summary(), o.description(), o.tags(), parameters,
                o.requestSchema(), o.responses(), o.idempotent());
    }

    private static List<SchemaDefinition> replaceSchema(List<SchemaDefinition> schemas, String name, List<SchemaProperty> properties) {
        schemas.replaceAll(s -> s.name().equals(name) ? new SchemaDefinition(name, null, properties) : s);
        return schemas;
    }

    @Test
    void theSameDocumentHasNoChange() {
        assertThat(change(ops -> ops, s -> s)).isEmpty();
    }

    @Test
    void aRemovedOperationBreaksClients() {
        assertThat(change(ops -> List.of(ops.get(1)), s -> s)).singleElement()
                .satisfies(c -> assertThat(c).extracting(ApiChange::kind, ApiChange::breaking, ApiChange::operationId)
                        .containsExactly(ChangeKind.REMOVED, true, "listOrders"));
    }

    @Test
    void aNewOperationDoesNotBreakClients() {
        assertThat(change(ops -> {
            ops.add(new ApiOperation("cancelOrder", HttpMethod.POST, "/orders/{orderId}/cancel", "Cancel", null, List.of("orders"),
                    List.of(new ApiParameter("orderId", ParameterLocation.PATH, ValueType.UUID, true, null)), null,
                    List.of(new ApiResponse(200, "cancelled", "Order", false)), true));
            return ops;
        }, s -> s)).singleElement().satisfies(c -> assertThat(c.breaking()).isFalse());
    }

    @Test
    void aNewOptionalQueryParameterIsCompatibleButANewRequiredOneBreaks() {
        List<ApiChange> optional = change(ops -> {
            ops.set(0, replace(ops.get(0), List.of(ops.get(0).parameters().get(0),
                    new ApiParameter("limit", ParameterLocation.QUERY, ValueType.INTEGER, false, null))));
            return ops;
        }, s -> s);
        List<ApiChange> required = change(ops -> {
            ops.set(0, replace(ops.get(0), List.of(ops.get(0).parameters().get(0),
                    new ApiParameter("store", ParameterLocation.QUERY, ValueType.STRING, true, null))));
            return ops;
        }, s -> s);

        assertThat(optional).singleElement().satisfies(c -> assertThat(c.breaking()).isFalse());
        assertThat(required).singleElement().satisfies(c -> {
            assertThat(c.breaking()).isTrue();
            assertThat(c.reasons()).anySatisfy(r -> assertThat(r).contains("required parameter 'store' added"));
        });
    }

    @Test
    void aRequiredRequestPropertyBreaksSendersAndAnOptionalOneDoesNot() {
        List<ApiChange> required = change(ops -> ops, s -> replaceSchema(s, "NewOrder", List.of(prop("item", ValueType.STRING, true),
                prop("quantity", ValueType.INTEGER, true), prop("deliverySlot", ValueType.DATE_TIME, true))));
        List<ApiChange> optional = change(ops -> ops, s -> replaceSchema(s, "NewOrder", List.of(prop("item", ValueType.STRING, true),
                prop("quantity", ValueType.INTEGER, true), prop("note", ValueType.STRING, false))));

        assertThat(required).singleElement().satisfies(c -> assertThat(c.breaking()).isTrue());
        assertThat(optional).singleElement().satisfies(c -> assertThat(c.breaking()).isFalse());
    }

    @Test
    void aRemovedOrRetypedResponsePropertyBreaksReadersAndAnAddedOneDoesNot() {
        List<ApiChange> removed = change(ops -> ops, s -> replaceSchema(s, "Order", List.of(prop("id", ValueType.UUID, true),
                prop("status", ValueType.STRING, true))));
        List<ApiChange> retyped = change(ops -> ops, s -> replaceSchema(s, "Order", List.of(prop("id", ValueType.UUID, true),
                prop("status", ValueType.STRING, true), prop("total", ValueType.NUMBER, true))));
        List<ApiChange> added = change(ops -> ops, s -> replaceSchema(s, "Order", List.of(prop("id", ValueType.UUID, true),
                prop("status", ValueType.STRING, true), prop("total", ValueType.STRING, true), prop("eta", ValueType.DATE_TIME, false))));

        // Order is read by both operations, so each of them changes.
        assertThat(removed).hasSize(2).allSatisfy(c -> assertThat(c.breaking()).isTrue());
        assertThat(retyped).hasSize(2).allSatisfy(c -> assertThat(c.reasons()).anySatisfy(r -> assertThat(r).contains("'total' type changed")));
        assertThat(added).hasSize(2).allSatisfy(c -> assertThat(c.breaking()).isFalse());
    }

    @Test
    void aListThatBecomesASingleItemBreaksReaders() {
        assertThat(change(ops -> {
            ApiOperation o = ops.get(0);
            ops.set(0, new ApiOperation(o.operationId(), o.method(), o.path(), o.summary(), o.description(), o.tags(), o.parameters(),
                    o.requestSchema(), List.of(new ApiResponse(200, "the orders", "Order", false)), o.idempotent()));
            return ops;
        }, s -> s)).singleElement().satisfies(c -> assertThat(c.breaking()).isTrue());
    }
}
