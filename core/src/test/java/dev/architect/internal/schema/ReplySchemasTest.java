package dev.architect.internal.schema;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.dossier.Consultation;
import dev.architect.dossier.Metadata;
import dev.architect.testing.SampleDossiers;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class ReplySchemasTest {

    /**
     * The table of optional dossier components must say exactly which components a record accepts as null: probe
     * every record of the sample dossier by rebuilding it with one component set to null.
     */
    @Test
    void optionalComponentsAreExactlyThoseTheRecordsAcceptAsNull() throws Exception {
        Map<Class<?>, List<Object>> samples = new LinkedHashMap<>();
        collect(SampleDossiers.shopFastMigration(), samples);
        TreeSet<String> acceptsNull = new TreeSet<>();
        TreeSet<String> listedOptional = new TreeSet<>();
        for (Map.Entry<Class<?>, List<Object>> entry : samples.entrySet()) {
            Class<?> type = entry.getKey();
            if (type == Consultation.class || type == Metadata.class) {
                continue; // never part of a reply
            }
            RecordComponent[] components = type.getRecordComponents();
            for (int i = 0; i < components.length; i++) {
                RecordComponent c = components[i];
                if (c.getType().isPrimitive() || c.getType() == List.class) {
                    continue;
                }
                int index = i;
                if (entry.getValue().stream().anyMatch(sample -> acceptsNull(sample, index))) {
                    acceptsNull.add(type.getSimpleName() + "." + c.getName());
                }
                if (!ReplySchemas.required(c)) {
                    listedOptional.add(type.getSimpleName() + "." + c.getName());
                }
            }
        }
        assertThat(samples).hasSizeGreaterThan(35);
        assertThat(listedOptional).isEqualTo(acceptsNull);
    }

    /** Whether the record accepts null for one component; conditional ones (null unless ...) count when any sample does. */
    private static boolean acceptsNull(Object sample, int index) {
        try {
            return rebuildsWithNull(sample, index);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean rebuildsWithNull(Object sample, int index) throws ReflectiveOperationException {
        RecordComponent[] components = sample.getClass().getRecordComponents();
        Object[] args = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            args[i] = components[i].getAccessor().invoke(sample);
            types[i] = components[i].getType();
        }
        args[index] = null;
        Constructor<?> canonical = sample.getClass().getDeclaredConstructor(types);
        try {
            canonical.newInstance(args);
            return true;
        } catch (InvocationTargetException e) {
            return false;
        }
    }

    private static void collect(Object value, Map<Class<?>, List<Object>> samples) throws Exception {
        if (value instanceof List<?> list) {
            for (Object element : list) {
                collect(element, samples);
            }
        } else if (value != null && value.getClass().isRecord()) {
            samples.computeIfAbsent(value.getClass(), k -> new ArrayList<>()).add(value);
            for (RecordComponent c : value.getClass().getRecordComponents()) {
                collect(c.getAccessor().invoke(value), samples);
            }
        }
    }

    @Test
    void theSchemaIsClosedAndListsRequiredComponents() {
        var schema = ReplySchemas.of(dev.architect.dossier.Risk.class);

        assertThat(schema.tree().get("additionalProperties").asBoolean()).isFalse();
        assertThat(schema.tree().get("required").toString()).contains("\"likelihood\"").doesNotContain("\"description\"");
        assertThat(schema.tree().at("/properties/status/enum").toString()).isEqualTo("[\"OPEN\",\"MITIGATING\",\"ACCEPTED\",\"CLOSED\"]");
        assertThat(schema.json()).doesNotContain("\n");
    }
}
