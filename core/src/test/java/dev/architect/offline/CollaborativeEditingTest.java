package dev.architect.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.dossier.ApiOperation;
import dev.architect.dossier.Consultation;
import dev.architect.dossier.DecisionTopic;
import dev.architect.dossier.Entity;
import dev.architect.dossier.EntityIndex;
import dev.architect.dossier.FunctionalRequirement;
import dev.architect.dossier.SequenceDiagram;
import dev.architect.request.RequestReader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Several people editing one document at once is designed as collaborative editing: the board or document and its edit
 * history are that mechanism (an operation log per document with a sequence, snapshots, catch-up on reconnect), how edits
 * merge follows whether anyone edits offline and whether the documents are running text, and the word "board" alone
 * recognises none of it.
 */
class CollaborativeEditingTest {

    private static Consultation consult(String folder, String name) {
        return OfflineArchitect.create().consult(RequestReader.read(Path.of("src", "test", "resources", folder, name + ".yaml")));
    }

    private static String requirement(Consultation c, String id) {
        return c.requirements().functional().stream().filter(f -> f.id().equals(id)).map(FunctionalRequirement::description)
                .findFirst().orElseThrow(() -> new AssertionError("no requirement " + id));
    }

    @Test
    void theEditedDocumentAndItsVersionHistoryAreDesignedByCollaborativeEditingNotAsRecordsOrTimeBuckets() {
        Consultation c = consult("archetype-requests", "wireframe-studio");
        assertThat(requirement(c, "fr-canvas-editing")).startsWith("Designed as").contains("collaborative editing (see that requirement)");
        assertThat(requirement(c, "fr-version-history")).startsWith("Designed as").contains("collaborative editing (see that requirement)");
        assertThat(c.dataModel().entities()).extracting(Entity::name).doesNotContain("canvas_editing", "version_history");
    }

    @Test
    void eachOperationHasOnePlaceInItsDocumentsLogAndAResentBatchIsAppliedOnce() {
        Consultation c = consult("archetype-requests", "wireframe-studio");
        Entity log = c.dataModel().entities().stream().filter(e -> e.name().equals("document_operation")).findFirst().orElseThrow();
        assertThat(log.indexes()).filteredOn(EntityIndex::unique).extracting(EntityIndex::fields)
                .contains(List.of("document_id", "seq"), List.of("document_id", "client_id", "client_op_id"));
        ApiOperation post = c.apis().stream().flatMap(a -> a.operations().stream()).filter(o -> o.operationId().equals("postDocumentOperations"))
                .findFirst().orElseThrow();
        assertThat(post.idempotent()).as("needs an Idempotency-Key").isTrue();
        assertThat(post.responses()).anyMatch(r -> r.status() == 409);
    }

    @Test
    void editsMadeOfflineMergeByACrdtAndOnlineTextByOperationalTransformation() {
        assertThat(consult("archetype-requests", "wireframe-studio").decision(DecisionTopic.EDIT_MERGE).orElseThrow().chosenOption())
                .contains("CRDT");
        assertThat(consult("archetype-requests", "lecture-notes").decision(DecisionTopic.EDIT_MERGE).orElseThrow().chosenOption())
                .contains("operational transformation");
    }

    @Test
    void aBusyDocumentRoomLivesOnOneSyncNodeAndAQuietOneRelaysThroughPubSub() {
        Consultation busy = consult("archetype-requests", "lecture-notes");
        assertThat(busy.decision(DecisionTopic.DOCUMENT_ROOMS).orElseThrow().chosenOption()).contains("Consistent-hash");
        assertThat(busy.sequences()).extracting(SequenceDiagram::id).doesNotContain("seq-broadcast-document-operations");
        Consultation quiet = consult("archetype-requests", "wireframe-studio");
        assertThat(quiet.decision(DecisionTopic.DOCUMENT_ROOMS).orElseThrow().chosenOption()).contains("fan-out bus");
        assertThat(quiet.sequences()).extracting(SequenceDiagram::id).contains("seq-broadcast-document-operations");
    }

    @Test
    void anEditTravelsFromOneEditorThroughTheRoomToTheOthersAndTheLog() {
        SequenceDiagram edit = consult("archetype-requests", "wireframe-studio").sequences().stream()
                .filter(s -> s.id().equals("seq-edit-shared-document")).findFirst().orElseThrow();
        assertThat(edit.steps()).anyMatch(s -> s.to().equals("realtime-gateway") && s.message().contains("client operation ids"));
        assertThat(edit.steps()).anyMatch(s -> s.from().equals("realtime-gateway") && s.to().equals("document-sync"));
        assertThat(edit.steps()).anyMatch(s -> s.from().equals("document-sync") && s.message().contains("append the batch"));
        assertThat(edit.steps()).anyMatch(s -> s.from().equals("document-sync") && s.to().equals("realtime-gateway")
                && s.message().startsWith("Relay the operations"));
    }

    @Test
    void aBoardThatIsNotEditedByManyAtOnceIsNeitherCollaborativeEditingNorAnOccupancyBoard() {
        for (String request : List.of("makerspace", "chalk-lessons")) {
            assertThat(consult("capability-shape-requests", request).requirements().functional()).extracting(FunctionalRequirement::id)
                    .as(request).doesNotContain("fr-archetype-collaborative-editing");
        }
    }
}
