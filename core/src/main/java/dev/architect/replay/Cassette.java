package dev.architect.replay;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ResponseFormat;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.TokenUsage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;

/**
 * The cassette file: a JSON document of every model exchange of a consultation, each a request (response format
 * and messages, role and text) and the reply (text, model, tokens). Human-readable, so a diff shows what changed.
 */
record Cassette(int format, List<String> capabilities, List<Exchange> exchanges) {

    static final int FORMAT = 1;

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    Cassette {
        capabilities = List.copyOf(capabilities);
        exchanges = List.copyOf(exchanges);
    }

    record Exchange(Request request, Reply reply) {
    }

    /** What identifies a request: its response format and its messages, in order. */
    record Request(String responseFormat, List<Message> messages) {

        static Request of(ChatRequest request) {
            List<Message> messages = request.messages().stream().map(Message::of).toList();
            return new Request(describe(request.responseFormat()), messages);
        }

        private static String describe(ResponseFormat format) {
            if (format == null) {
                return "TEXT";
            }
            return format.type() + (format.jsonSchema() == null ? "" : ":" + format.jsonSchema().name());
        }
    }

    record Message(String role, String text) {

        static Message of(ChatMessage m) {
            if (m instanceof SystemMessage s) {
                return new Message("system", s.text());
            }
            if (m instanceof UserMessage u) {
                return new Message("user", u.hasSingleText() ? u.singleText() : u.contents().toString());
            }
            if (m instanceof AiMessage a) {
                return new Message("ai", a.text());
            }
            return new Message(m.type().name().toLowerCase(Locale.ROOT), m.toString());
        }
    }

    record Reply(String text, String model, Integer inputTokens, Integer outputTokens) {

        static Reply of(ChatResponse response) {
            TokenUsage usage = response.tokenUsage();
            return new Reply(response.aiMessage().text(), response.modelName(),
                    usage == null ? null : usage.inputTokenCount(), usage == null ? null : usage.outputTokenCount());
        }

        ChatResponse toResponse() {
            return ChatResponse.builder().aiMessage(AiMessage.from(text)).modelName(model)
                    .tokenUsage(new TokenUsage(inputTokens, outputTokens)).build();
        }
    }

    static String key(Request request) {
        try {
            return JSON.writeValueAsString(request);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static Cassette read(Path file) {
        try {
            Cassette c = JSON.readValue(Files.readString(file, StandardCharsets.UTF_8), Cassette.class);
            if (c.format() != FORMAT) {
                throw new IllegalArgumentException("cassette " + file + " has format " + c.format() + "; this SDK reads " + FORMAT);
            }
            return c;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read cassette " + file, e);
        }
    }

    /** Writes to a sibling file first, so a crash never leaves half a cassette. */
    void write(Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Path temp = Files.createTempFile(parent, file.getFileName().toString(), ".tmp");
            Files.writeString(temp, JSON.writeValueAsString(this) + "\n", StandardCharsets.UTF_8);
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write cassette " + file, e);
        }
    }
}
