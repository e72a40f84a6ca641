package dev.architect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import org.junit.jupiter.api.Test;

class MetadataProviderNameTest {

    @Test
    void anAnonymousChatModelStillGetsANamedProviderInTheMetadata() {
        ScriptedModel scripted = ScriptedModel.valid();
        ChatModel anonymous = new ChatModel() {
            @Override
            public ChatResponse doChat(ChatRequest request) {
                return scripted.chat(request);
            }
        };

        var dossier = Requests.architect(anonymous).build().consult(Requests.shopFast());

        assertThat(dossier.metadata().provider()).isEqualTo("MetadataProviderNameTest$1");
    }
}
