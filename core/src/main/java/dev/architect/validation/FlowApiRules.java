package dev.architect.validation;

import dev.architect.dossier.Consultation;
import dev.architect.dossier.Container;
import dev.architect.dossier.ContainerKind;
import dev.architect.dossier.HttpMethod;
import dev.architect.dossier.SequenceDiagram;
import dev.architect.dossier.SequenceStep;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A flow and the APIs agree: a step that calls the API gateway or a container that serves an API with an HTTP request ("POST
 * /dispatch-requests with Idempotency-Key") calls an operation some API of the dossier offers, with that method on that
 * path, directly or under a prefix (the API's base path, a tenant's scope; path parameters match whatever they are named). A flow that starts work through an operation the API does not
 * offer (because another mechanism's event starts it) tells a builder two different things.
 */
final class FlowApiRules {

    private static final Pattern CALL = Pattern.compile("^(" + String.join("|", Arrays.stream(HttpMethod.values()).map(Enum::name).toList())
            + ") (/[^\\s?]*)");

    private FlowApiRules() {
    }

    static void check(Consultation c, List<Violation> out) {
        if (c.apis().isEmpty()) {
            return; // no API designed yet (a model's flows stage comes before its APIs): nothing to hold the flows to
        }
        // Calls on what serves the APIs: the API gateway and the containers an API belongs to (a page through the CDN or an
        // edge function is not an API call)
        Set<String> containers = new HashSet<>();
        c.c4().containers().stream().filter(x -> x.kind() == ContainerKind.API_GATEWAY).map(Container::id).forEach(containers::add);
        c.apis().forEach(api -> containers.add(api.containerId()));
        List<String> offered = new ArrayList<>();
        c.apis().forEach(api -> api.operations().forEach(o -> offered.add(key(o.method().name(), o.path()))));
        for (int i = 0; i < c.sequences().size(); i++) {
            SequenceDiagram s = c.sequences().get(i);
            for (int j = 0; j < s.steps().size(); j++) {
                SequenceStep step = s.steps().get(j);
                Optional<String> call = call(step.message());
                if (call.isPresent() && containers.contains(step.to()) && offered.stream().noneMatch(o -> same(o, call.get()))) {
                    out.add(new Violation(Severity.ERROR, "sequences[" + i + "].steps[" + j + "]", DossierValidator.Rule.FLOW_OPERATION.id(),
                            "flow '" + s.id() + "' calls '" + step.message() + "' on '" + step.to() + "', which no API of the dossier offers"));
                }
            }
        }
    }

    /** The method and path a step's message calls, its path parameters made alike, if it begins with an HTTP call. */
    private static Optional<String> call(String message) {
        Matcher m = CALL.matcher(message);
        return m.find() ? Optional.of(key(m.group(1), m.group(2))) : Optional.empty();
    }

    /**
     * Whether a call is an operation's: the same method, and paths equal once one of them drops the prefix the other lacks
     * (the API's base path "/api/v1", a tenant's scope "/workspaces/{id}") at a segment boundary.
     */
    private static boolean same(String operation, String call) {
        String[] o = operation.split(" ", 2);
        String[] k = call.split(" ", 2);
        return o[0].equals(k[0]) && (o[1].equals(k[1]) || o[1].endsWith(k[1]) && k[1].startsWith("/") || k[1].endsWith(o[1]) && o[1].startsWith("/"));
    }

    private static String key(String method, String path) {
        String trimmed = path.endsWith("/") && path.length() > 1 ? path.substring(0, path.length() - 1) : path;
        return method + " " + trimmed.replaceAll("\\{[^}]*\\}", "{}");
    }
}
