package dev.architect.deliverables.sql;

import dev.architect.deliverables.document.DeliverableException;
import dev.architect.deliverables.internal.Text;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The one place SQL text is escaped. Identifiers are validated and always double-quoted (so a table called
 * {@code order} or {@code user} still works); model text appears only as a single-quoted literal on one line with
 * quotes doubled, read with {@code standard_conforming_strings} on, so backslashes are plain characters.
 */
final class SqlText {

    private static final Pattern SCHEMA_UNSAFE = Pattern.compile("[^a-z0-9_]");
    private static final int MAX_IDENTIFIER_BYTES = 63;

    private SqlText() {
    }

    static String identifier(String name) {
        return identifier(SqlDialect.POSTGRESQL, name);
    }

    /** An identifier quoted for a dialect, within the shortest limit it and PostgreSQL share (63 bytes). */
    static String identifier(SqlDialect dialect, String name) {
        if (name.isEmpty() || name.indexOf('\0') >= 0 || name.getBytes(StandardCharsets.UTF_8).length > MAX_IDENTIFIER_BYTES) {
            throw new DeliverableException("SQL identifier '" + name + "' must be 1-63 bytes without NUL");
        }
        return dialect.quote(name);
    }

    static String qualified(String schema, String table) {
        return qualified(SqlDialect.POSTGRESQL, schema, table);
    }

    static String qualified(SqlDialect dialect, String schema, String table) {
        return identifier(dialect, schema) + "." + identifier(dialect, table);
    }

    /** A schema name from a container id: {@code store-app} -> {@code store_app}. */
    static String schemaName(String containerId) {
        String name = SCHEMA_UNSAFE.matcher(containerId.toLowerCase(Locale.ROOT)).replaceAll("_");
        return Character.isDigit(name.charAt(0)) ? "s_" + name : name;
    }

    static String literal(String text) {
        return "'" + Text.oneLine(text).replace("'", "''") + "'";
    }
}
