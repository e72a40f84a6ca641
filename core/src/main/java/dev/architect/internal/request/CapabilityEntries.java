package dev.architect.internal.request;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import dev.architect.request.CapabilityLoad;
import dev.architect.request.ConsultationRequest;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Locale;

/**
 * The one place that knows how a request writes a capability's load: inside its entry of {@code capabilities}, as
 * {@code {name, share | peakRequestsPerSecond, readWriteRatio}}, where a capability with no stated load stays a plain
 * name. {@link ConsultationRequest} keeps the names and the loads apart ({@code capabilities()} stays a list of
 * names); the reader, the schema and the JSON form fold them back together here.
 */
public final class CapabilityEntries {

    /** The document field whose entries are names or loads. */
    public static final String NAMES = "capabilities";
    /** The record component the loads are kept in, never a document field of its own. */
    public static final String LOADS = "capabilityLoads";

    private CapabilityEntries() {
    }

    /** Whether a component of a record is written inside another field's entries rather than as a field. */
    public static boolean folded(Class<?> record, RecordComponent component) {
        return record == ConsultationRequest.class && component.getName().equals(LOADS);
    }

    /** Whether a component's entries may be names or loads. */
    public static boolean host(Class<?> record, RecordComponent component) {
        return record == ConsultationRequest.class && component.getName().equals(NAMES);
    }

    /** The {@code capabilities} entries as written: the name alone, or the load when one is stated. */
    public static List<Object> entries(ConsultationRequest request) {
        return request.capabilities().stream()
                .<Object>map(name -> request.capabilityLoad(name).filter(CapabilityLoad::statesLoad).<Object>map(l -> l).orElse(name))
                .toList();
    }

    /** A share or a sum of shares as a reader would write it. */
    public static String format(double value) {
        return String.format(Locale.ROOT, "%.4f", value).replaceAll("\\.?0+$", "");
    }

    /** Writes a request with its loads inside {@code capabilities}, every other field as the record has it. */
    public static final class Writer extends JsonSerializer<ConsultationRequest> {
        @Override
        public void serialize(ConsultationRequest request, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeStartObject();
            for (RecordComponent c : ConsultationRequest.class.getRecordComponents()) {
                if (folded(ConsultationRequest.class, c)) {
                    continue;
                }
                if (host(ConsultationRequest.class, c)) {
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
    public static final class Reader extends JsonDeserializer<ConsultationRequest> {
        @Override
        public ConsultationRequest deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            JsonNode tree = parser.readValueAsTree();
            return RecordBinder.bind(SourceParser.parse(tree.toString()), ConsultationRequest.class);
        }
    }
}
