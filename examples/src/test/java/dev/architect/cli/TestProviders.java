package dev.architect.cli;

import dev.architect.spi.ArchitectProvider;
import dev.architect.spi.ModelHttpException;
import dev.architect.spi.ProviderConfig;
import dev.architect.spi.ProviderSetting;
import dev.architect.testing.SampleStageReplies;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.model.chat.Capability;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.TokenUsage;
import java.util.List;
import java.util.Set;

/** Providers found through ServiceLoader in the CLI tests, so {@code --provider NAME} is exercised for real. */
public final class TestProviders {

    private TestProviders() {
    }

    /** A provider with no settings whose model is given; the two below differ only in name and model. */
    private abstract static class Fixed implements ArchitectProvider {
        private final String name;
        private final String description;

        Fixed(String name, String description) {
            this.name = name;
            this.description = description;
        }

        abstract ChatResponse answer(ChatRequest request);

        @Override
        public String name() {
            return name;
        }

        @Override
        public String description() {
            return description;
        }

        @Override
        public Set<Capability> capabilities() {
            return Set.of();
        }

        @Override
        public List<ProviderSetting> settings() {
            return List.of();
        }

        @Override
        public ChatModel create(ProviderConfig config) {
            return new ChatModel() {
                @Override
                public ChatResponse doChat(ChatRequest request) {
                    return answer(request);
                }
            };
        }
    }

    /** "scripted": a model that answers every stage the way a model following its instructions would. */
    public static final class Scripted extends Fixed {
        public Scripted() {
            super("scripted", "sample stage replies, for tests");
        }

        @Override
        ChatResponse answer(ChatRequest request) {
            return ChatResponse.builder().aiMessage(AiMessage.from(SampleStageReplies.reply(request)))
                    .tokenUsage(new TokenUsage(900, 300)).modelName("scripted-1").build();
        }
    }

    /** "failing": a provider whose server refuses the key. */
    public static final class Failing extends Fixed {
        public Failing() {
            super("failing", "always 401, for tests");
        }

        @Override
        ChatResponse answer(ChatRequest request) {
            throw new ModelHttpException(401, "{\"error\":{\"message\":\"Incorrect API key provided\"}}", null);
        }
    }
}
