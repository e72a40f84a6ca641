package dev.architect.dossier;

import dev.architect.internal.Invariants;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One HTTP operation. Every {@code {name}} in the path is declared as a required PATH parameter and every PATH
 * parameter appears in the path, as OpenAPI demands.
 *
 * @param operationId unique within the spec; matches {@link #OPERATION_ID}
 * @param method the HTTP method
 * @param path the path below the spec's base path; matches {@link #PATH}
 * @param summary one line on what the operation does
 * @param description more detail; may be null
 * @param tags OpenAPI tags grouping operations; may be empty
 * @param parameters path, query and header parameters; unique by location and name
 * @param requestSchema the name of the request body schema of the same spec, or null for no body
 * @param responses the responses, at least one, with unique status codes
 * @param idempotent whether repeating the call has no further effect
 */
public record ApiOperation(
        String operationId,
        HttpMethod method,
        String path,
        String summary,
        String description,
        List<String> tags,
        List<ApiParameter> parameters,
        String requestSchema,
        List<ApiResponse> responses,
        boolean idempotent) {

    /** The form of an operation id: a letter, then up to 79 letters, digits or underscores. */
    public static final Pattern OPERATION_ID = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,79}");
    /** The form of a path: {@code /} or slash-separated segments, each literal or a {@code {name}} template. */
    public static final Pattern PATH = Pattern.compile("(/([A-Za-z0-9._~-]+|\\{[A-Za-z][A-Za-z0-9_]*}))+|/");
    private static final Pattern TEMPLATE = Pattern.compile("\\{([^}]+)}");

    /**
     * Checks the components; a missing or malformed one raises {@link dev.architect.exceptions.InvalidDossierException} naming the field.
     *
     * @param operationId unique within the spec; matches {@link #OPERATION_ID}
     * @param method the HTTP method
     * @param path the path below the spec's base path; matches {@link #PATH}
     * @param summary one line on what the operation does
     * @param description more detail; may be null
     * @param tags OpenAPI tags grouping operations; may be empty
     * @param parameters path, query and header parameters; unique by location and name
     * @param requestSchema the name of the request body schema of the same spec, or null for no body
     * @param responses the responses, at least one, with unique status codes
     * @param idempotent whether repeating the call has no further effect
     */
    public ApiOperation {
        String where = "operation '" + operationId + "'";
        Invariants.name("operation", "operationId", operationId, OPERATION_ID);
        Invariants.required(where, "method", method);
        Invariants.name(where, "path", path, PATH);
        Invariants.text(where, "summary", summary);
        tags = Invariants.list(where, "tags", tags);
        parameters = Invariants.list(where, "parameters", parameters);
        responses = Invariants.nonEmptyList(where, "responses", responses);
        Invariants.unique(where, "parameter", parameters.stream().map(p -> p.in() + " " + p.name()).toList());
        Invariants.unique(where, "response status", responses.stream().map(r -> String.valueOf(r.status())).toList());
        List<String> templated = templateNames(path);
        for (String name : templated) {
            Invariants.check(parameters.stream().anyMatch(p -> p.in() == ParameterLocation.PATH && p.name().equals(name)),
                    where, "path parameter {" + name + "} of " + path + " is not declared");
        }
        for (ApiParameter p : parameters) {
            if (p.in() == ParameterLocation.PATH) {
                Invariants.check(templated.contains(p.name()), where, "path parameter '" + p.name() + "' does not occur in " + path);
                Invariants.check(p.required(), where, "path parameter '" + p.name() + "' must be required");
            }
        }
    }

    static List<String> templateNames(String path) {
        List<String> names = new ArrayList<>();
        Matcher m = TEMPLATE.matcher(path);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }
}
