package dev.architect.examples;

import dev.architect.Architect;
import dev.architect.dossier.Consultation;
import dev.architect.replay.RecordingChatModel;
import dev.architect.replay.ReplayChatModel;
import dev.architect.request.ConsultationRequest;
import dev.architect.request.RequestReader;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import java.nio.file.Path;

/**
 * Records a real consultation to a cassette, then replays it offline and exactly: for tests of code that uses the
 * SDK, for demos without a key, and for comparing renderer changes on a fixed dossier.
 */
public final class RecordAndReplayExample {

    public static void main(String[] args) {
        ChatModel live = OpenAiChatModel.builder().apiKey(System.getenv("OPENAI_API_KEY")).modelName("gpt-4o-mini").build();
        ConsultationRequest request = RequestReader.read(Path.of("examples/requests/shopfast-ecommerce.yaml"));
        Consultation[] both = recordThenReplay(live, request, Path.of("target/shopfast.cassette.json"));
        // Timings and the provider name differ between the runs; everything the architect designed is identical.
        System.out.println("same design on replay: " + both[1].withMetadata(both[0].metadata()).equals(both[0]));
    }

    /** Returns the recorded and the replayed dossier. */
    static Consultation[] recordThenReplay(ChatModel live, ConsultationRequest request, Path cassette) {
        Consultation recorded = Architect.builder().chatModel(new RecordingChatModel(live, cassette)).build().consult(request);
        Consultation replayed = Architect.builder().chatModel(ReplayChatModel.from(cassette)).build().consult(request);
        return new Consultation[] {recorded, replayed};
    }
}
