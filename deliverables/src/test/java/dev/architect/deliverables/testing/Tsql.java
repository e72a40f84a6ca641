package dev.architect.deliverables.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import net.sf.jsqlparser.JSQLParserException;
import net.sf.jsqlparser.parser.CCJSqlParserUtil;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.Statements;

/**
 * T-SQL DDL checked without a SQL Server: split into batches on {@code GO} as sqlcmd does, every statement parsed by
 * JSqlParser with square-bracket quoting, and the trigger batches (which that parser does not read) checked for their
 * T-SQL shape.
 */
public final class Tsql {

    private static final Pattern GO = Pattern.compile("(?m)^GO\\n");
    private static final String TRIGGER = "(?s)CREATE TRIGGER \\[[^]]+]\\.\\[[^]]+] ON \\[[^]]+]\\.\\[[^]]+] (INSTEAD OF UPDATE, DELETE|AFTER INSERT|AFTER INSERT, UPDATE) AS\\n"
            + "BEGIN\\n.*THROW 5000[0-3], '[^']+', 1;\\nEND;";

    private Tsql() {
    }

    /**
     * Parses a script.
     *
     * @return the statements parsed, triggers not counted
     * @throws JSQLParserException when a statement does not parse
     */
    public static List<Statement> parse(String ddl) throws JSQLParserException {
        List<Statement> statements = new ArrayList<>();
        for (String batch : GO.split(ddl)) {
            String code = batch.lines().filter(l -> !l.startsWith("--")).reduce("", (a, b) -> a + b + "\n").strip();
            if (code.isEmpty() || code.startsWith("SET QUOTED_IDENTIFIER")) {
                continue;
            }
            if (code.startsWith("CREATE TRIGGER")) {
                assertThat(code).matches(TRIGGER);
                continue;
            }
            Statements parsed = CCJSqlParserUtil.parseStatements(code, parser -> parser.withSquareBracketQuotation(true));
            statements.addAll(parsed);
        }
        return statements;
    }
}
