package dev.architect.internal;

import com.fasterxml.jackson.databind.JsonMappingException;

/** The dossier's way of naming where in a JSON document something went wrong. */
public final class JsonPaths {

    private JsonPaths() {
    }

    /** A path such as {@code risks[2].likelihood}, from Jackson's reference chain. */
    public static String of(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference r : e.getPath()) {
            if (r.getFieldName() != null) {
                if (!sb.isEmpty()) {
                    sb.append('.');
                }
                sb.append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                sb.append('[').append(r.getIndex()).append(']');
            }
        }
        return sb.toString();
    }
}
