package dev.architect.internal.request;

import dev.architect.exceptions.InvalidRequestException;
import dev.architect.exceptions.RequestProblem;
import dev.architect.request.meta.NamesOr;
import dev.architect.request.meta.Required;
import dev.architect.request.meta.Vocabulary;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Binds a {@link SourceNode} tree onto request records by reflection, collecting every problem (unknown field,
 * wrong type, value out of range) with its path and line instead of stopping at the first one. The records'
 * own constructors stay the single place where value rules live; their complaints are re-pathed here.
 */
public final class RecordBinder {

    private static final Object FAILED = new Object();

    private final List<RequestProblem> problems = new ArrayList<>();

    private RecordBinder() {
    }

    public static <T extends Record> T bind(SourceNode root, Class<T> type) {
        RecordBinder binder = new RecordBinder();
        Object value = binder.bindValue(root, type, "");
        if (!binder.problems.isEmpty()) {
            binder.problems.sort(Comparator.comparingInt(RequestProblem::line));
            throw new InvalidRequestException(binder.problems);
        }
        return type.cast(value);
    }

    private Object bindValue(SourceNode node, Type type, String path) {
        if (node instanceof SourceNode.Scalar s && s.kind() == SourceNode.ScalarKind.NULL) {
            return null;
        }
        Class<?> raw = rawClass(type);
        if (raw.isRecord()) {
            return bindRecord(node, raw, path);
        }
        if (raw == List.class) {
            return bindList(node, ((ParameterizedType) type).getActualTypeArguments()[0], path);
        }
        if (!(node instanceof SourceNode.Scalar scalar)) {
            return fail(node, path, "expected " + expected(raw) + " but got " + node.describe());
        }
        if (raw == String.class) {
            // Lenient on purpose: in YAML, `name: 2048` is a name, not a type error.
            return scalar.text();
        }
        if (raw.isEnum()) {
            return bindEnum(scalar, raw, path);
        }
        if (raw == Boolean.class) {
            return scalar.kind() == SourceNode.ScalarKind.BOOLEAN ? scalar.value()
                    : fail(node, path, "expected true or false but got " + node.describe());
        }
        if (scalar.kind() != SourceNode.ScalarKind.NUMBER) {
            return fail(node, path, "expected " + expected(raw) + " but got " + node.describe());
        }
        return bindNumber(scalar, raw, path);
    }

    private Object bindNumber(SourceNode.Scalar scalar, Class<?> raw, String path) {
        Number n = (Number) scalar.value();
        if (raw == Double.class) {
            return n.doubleValue();
        }
        BigDecimal exact;
        try {
            exact = n instanceof BigInteger bi ? new BigDecimal(bi) : new BigDecimal(n.toString());
        } catch (NumberFormatException e) {
            return fail(scalar, path, "expected a whole number but got " + scalar.describe());
        }
        if (exact.stripTrailingZeros().scale() > 0) {
            return fail(scalar, path, "expected a whole number but got " + scalar.text());
        }
        try {
            return raw == Integer.class ? (Object) exact.intValueExact() : (Object) exact.longValueExact();
        } catch (ArithmeticException e) {
            return fail(scalar, path, "the number " + scalar.text() + " is too large");
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private Object bindEnum(SourceNode.Scalar scalar, Class<?> raw, String path) {
        if (scalar.kind() != SourceNode.ScalarKind.TEXT) {
            return fail(scalar, path, "expected one of " + Vocabulary.labels((Class) raw) + " but got " + scalar.describe());
        }
        Object found = Vocabulary.find((Class) raw, scalar.text());
        return found != null ? found
                : fail(scalar, path, "unknown value " + scalar.describe() + "; accepted: " + Vocabulary.labels((Class) raw));
    }

    private Object bindList(SourceNode node, Type elementType, String path) {
        if (!(node instanceof SourceNode.Sequence seq)) {
            return fail(node, path, "expected a list but got " + node.describe());
        }
        List<Object> out = new ArrayList<>(seq.items().size());
        boolean failed = false;
        for (int i = 0; i < seq.items().size(); i++) {
            Object v = bindValue(seq.items().get(i), elementType, path + "[" + i + "]");
            failed |= v == FAILED;
            out.add(v);
        }
        return failed ? FAILED : out;
    }

    private Object bindRecord(SourceNode node, Class<?> type, String path) {
        RecordComponent[] components = type.getRecordComponents();
        if (!(node instanceof SourceNode.Mapping mapping)) {
            return fail(node, path, "expected an object with fields " + names(components) + " but got " + node.describe());
        }
        boolean failed = false;
        RecordComponent[] fields = Arrays.stream(components).filter(c -> !folded(type, c)).toArray(RecordComponent[]::new);
        for (Map.Entry<String, SourceNode> field : mapping.fields().entrySet()) {
            if (Arrays.stream(fields).noneMatch(c -> c.getName().equals(field.getKey()))) {
                fail(field.getValue(), join(path, field.getKey()), unknownField(field.getKey(), fields));
                failed = true;
            }
        }
        Object[] args = new Object[components.length];
        List<Object> loads = new ArrayList<>();
        for (int i = 0; i < components.length; i++) {
            SourceNode child = mapping.fields().get(components[i].getName());
            String at = join(path, components[i].getName());
            NamesOr namesOr = components[i].getAnnotation(NamesOr.class);
            if (folded(type, components[i])) {
                args[i] = loads;
            } else if (child != null && namesOr != null) {
                args[i] = bindNamesOr(child, namesOr.value(), at, loads);
            } else {
                args[i] = child == null ? null : bindValue(child, components[i].getGenericType(), at);
            }
            failed |= args[i] == FAILED;
        }
        if (failed) {
            // The constructor will not run, so check the rules of the fields that did bind (required, range) here,
            // to keep "every problem at once" rather than range problems only once the type problems are fixed.
            for (int i = 0; i < components.length; i++) {
                if (args[i] != FAILED) {
                    RequestConstraints.check(components[i], args[i]).forEach(p -> report(mapping, path, p));
                }
            }
            return FAILED;
        }
        try {
            Constructor<?> constructor = type.getDeclaredConstructor(
                    Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
            return constructor.newInstance(args);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof InvalidRequestException invalid) {
                invalid.problems().forEach(p -> report(mapping, path, p));
                return FAILED;
            }
            throw new IllegalStateException("constructing " + type.getSimpleName() + " failed", e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot construct " + type.getSimpleName(), e);
        }
    }

    /**
     * Whether a record's component is kept inside another component's entries ({@link NamesOr#into()}) rather than
     * written as a field of its own.
     *
     * @param record the record type
     * @param component one of its components
     * @return true when another component's {@code NamesOr} names it
     */
    public static boolean folded(Class<?> record, RecordComponent component) {
        for (RecordComponent c : record.getRecordComponents()) {
            NamesOr names = c.getAnnotation(NamesOr.class);
            if (names != null && names.into().equals(component.getName())) {
                return true;
            }
        }
        return false;
    }

    /**
     * A list whose entries are names or records with a name ({@link NamesOr}), e.g. {@code capabilities: [accounts,
     * {name: search, share: 0.8}]}: the names in order, and each record that states more than its name added to
     * {@code records}. Only one component can be folded per record: one {@code records} list is bound per record.
     */
    private Object bindNamesOr(SourceNode node, Class<? extends Record> entryType, String path, List<Object> records) {
        if (!(node instanceof SourceNode.Sequence seq)) {
            return fail(node, path, "expected a list but got " + node.describe());
        }
        RecordComponent[] entryComponents = entryType.getRecordComponents();
        List<Object> names = new ArrayList<>(seq.items().size());
        boolean failed = false;
        for (int i = 0; i < seq.items().size(); i++) {
            SourceNode item = seq.items().get(i);
            String at = path + "[" + i + "]";
            Object bound = item instanceof SourceNode.Sequence
                    ? fail(item, at, "expected a name or an object with fields " + names(entryComponents) + " but got " + item.describe())
                    : bindValue(item, item instanceof SourceNode.Mapping ? entryType : String.class, at);
            failed |= bound == FAILED;
            if (bound instanceof Record entry) {
                names.add(component(entry, "name"));
                if (Arrays.stream(entryComponents).anyMatch(c -> !c.getName().equals("name") && component(entry, c.getName()) != null)) {
                    records.add(entry);
                }
            } else {
                names.add(bound);
            }
        }
        return failed ? FAILED : names;
    }

    private static Object component(Record entry, String name) {
        try {
            return entry.getClass().getMethod(name).invoke(entry);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(entry.getClass().getSimpleName() + " has no component " + name, e);
        }
    }

    /** Adds a problem found relative to the record at {@code path}, with the line of the node it names. */
    private void report(SourceNode.Mapping mapping, String path, RequestProblem problem) {
        SourceNode at = locate(mapping, problem.path());
        problems.add(problem.under(path).at(at.line(), at.column()));
    }

    /** The deepest node a relative path like {@code goals[1]} reaches, for its line number. */
    private static SourceNode locate(SourceNode.Mapping mapping, String relativePath) {
        SourceNode at = mapping;
        for (String segment : relativePath.split("[.\\[\\]]+")) {
            if (segment.isEmpty()) {
                continue;
            }
            SourceNode next = null;
            if (at instanceof SourceNode.Mapping m) {
                next = m.fields().get(segment);
            } else if (at instanceof SourceNode.Sequence s && segment.chars().allMatch(Character::isDigit)) {
                int i = Integer.parseInt(segment);
                next = i < s.items().size() ? s.items().get(i) : null;
            }
            if (next == null) {
                break;
            }
            at = next;
        }
        return at;
    }

    private Object fail(SourceNode node, String path, String message) {
        problems.add(new RequestProblem(path, message, node.line(), node.column()));
        return FAILED;
    }

    private static String unknownField(String name, RecordComponent[] components) {
        String closest = Arrays.stream(components).map(RecordComponent::getName)
                .min(Comparator.comparingInt(c -> distance(c.toLowerCase(Locale.ROOT), name.toLowerCase(Locale.ROOT)))).orElse("");
        String hint = distance(closest.toLowerCase(Locale.ROOT), name.toLowerCase(Locale.ROOT)) <= Math.max(2, name.length() / 3)
                ? " (did you mean '" + closest + "'?)" : "";
        return "unknown field" + hint + "; accepted fields: " + names(components);
    }

    private static String names(RecordComponent[] components) {
        return Arrays.stream(components).map(RecordComponent::getName).collect(Collectors.joining(", "));
    }

    private static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    private static String expected(Class<?> raw) {
        if (raw == Integer.class || raw == Long.class) {
            return "a whole number";
        }
        if (raw == Double.class) {
            return "a number";
        }
        if (raw == String.class) {
            return "text";
        }
        if (raw.isEnum()) {
            return "one of the accepted names";
        }
        return raw.getSimpleName();
    }

    private static Class<?> rawClass(Type type) {
        return type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
    }

    /** Levenshtein distance, for "did you mean" hints on misspelt field names. */
    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
