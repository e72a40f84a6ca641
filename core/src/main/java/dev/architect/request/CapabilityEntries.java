package dev.architect.request;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import dev.architect.internal.request.RecordBinder;
import dev.architect.internal.request.SourceParser;
import dev.architect.request.meta.NamesOr;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Locale;

/**
 * The one place that knows how a request writes a capability's load: inside its entry of {@code capabilities}, as
 * {@code {name, share | peakRequestsPerSecond, readWriteRatio}}, where a capability with no stated load stays a plain
 * name ({@link NamesOr} on the component). {@link ConsultationRequest} keeps the names and the loads apart
 * ({@code capabilities()} stays a list of names); the JSON form folds them back together here.
 */
final class CapabilityEntries {

    /** The document field whose entries are names or loads. */
    static final String NAMES = "capabilities";

    private CapabilityEntries() {
    }

    /** The {@code capabilities} entries as written: the name alone, or the load when one is stated. */
    static List<Object> entries(ConsultationRequest request) {
        return request.capabilities().stream()
                .<Object>map(name -> request.capabilityLoad(name).filter(CapabilityLoad::statesLoad).<Object>map(l -> l).orElse(name))
                .toList();
    }

    /** A share or a sum of shares as a reader would write it. */
    static String format(double value) {
        return String.format(Locale.ROOT, "%.4f", value).replaceAll("\\.?0+$", "");
    }

    /** Writes a request with its loads inside {@code capabilities}, every other field as the record has it. */
    static final class Writer extends JsonSerializer<ConsultationRequest> {
        @Override
        public void serialize(ConsultationRequest request, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeStartObject();
            for (RecordComponent c : ConsultationRequest.class.getRecordComponents()) {
                if (RecordBinder.folded(ConsultationRequest.class, c)) {
                    continue;
                }
                if (c.isAnnotationPresent(NamesOr.class)) {
                    writeEntries(request, gen);
                    continue;
                }
                Object value = read(c, request);
                if (value != null) {
                    provider.defaultSerializeField(c.getName(), value, gen);
                }
            }
            gen.writeEndObject();
        }

        /** The entries with only the figures stated, whatever the mapper does with nulls, so the schema accepts them. */
        private static void writeEntries(ConsultationRequest request, JsonGenerator gen) throws IOException {
            gen.writeArrayFieldStart(NAMES);
            for (Object entry : entries(request)) {
                if (entry instanceof CapabilityLoad load) {
                    gen.writeStartObject();
                    gen.writeStringField("name", load.name());
                    writeIfStated(gen, "share", load.share());
                    writeIfStated(gen, "peakRequestsPerSecond", load.peakRequestsPerSecond());
                    writeIfStated(gen, "readWriteRatio", load.readWriteRatio());
                    gen.writeEndObject();
                } else {
                    gen.writeString((String) entry);
                }
            }
            gen.writeEndArray();
        }

        private static void writeIfStated(JsonGenerator gen, String field, Double value) throws IOException {
            if (value != null) {
                gen.writeNumberField(field, value);
            }
        }

        private static Object read(RecordComponent c, ConsultationRequest request) {
            try {
                return c.getAccessor().invoke(request);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot read " + c.getName(), e);
            }
        }
    }

    /** Reads a request written by {@link Writer} (or any request document) the way {@code RequestReader} does. */
    static final class Reader extends JsonDeserializer<ConsultationRequest> {
        @Override
        public ConsultationRequest deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            JsonNode tree = parser.readValueAsTree();
            return RecordBinder.bind(SourceParser.parse(tree.toString()), ConsultationRequest.class);
        }
    }
}
