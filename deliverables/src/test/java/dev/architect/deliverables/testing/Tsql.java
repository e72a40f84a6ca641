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
 * JSqlParser with square-bracket quoting, and the trigger, predicate-function and security-policy batches (which that
 * parser does not read) checked for their T-SQL shape.
 */
public final class Tsql {

    private static final Pattern GO = Pattern.compile("(?m)^GO\\n");
    private static final String TRIGGER = "(?s)CREATE TRIGGER \\[[^]]+]\\.\\[[^]]+] ON \\[[^]]+]\\.\\[[^]]+] (INSTEAD OF UPDATE, DELETE|AFTER INSERT|AFTER INSERT, UPDATE) AS\\n"
            + "BEGIN\\n.*THROW 5000[0-3], '[^']+', 1;\\nEND;";

    private static final String TENANT_PREDICATE = "CREATE FUNCTION \\[[^]]+]\\.\\[[^]]+]\\(@tenant [a-z]+(\\([0-9]+\\))?\\)\\n"
            + "RETURNS TABLE WITH SCHEMABINDING AS\\nRETURN SELECT 1 AS allowed WHERE @tenant = CAST\\(SESSION_CONTEXT\\(N'app\\.tenant_id'\\) AS [a-z]+(\\([0-9]+\\))?\\);";
    private static final String SECURITY_POLICY = "(?s)CREATE SECURITY POLICY \\[[^]]+]\\.\\[[^]]+]\\n"
            + "    ADD FILTER PREDICATE (\\[[^]]+]\\.\\[[^]]+])\\((\\[[^]]+])\\) ON (\\[[^]]+]\\.\\[[^]]+]),\\n"
            + "    ADD BLOCK PREDICATE \\1\\(\\2\\) ON \\3\\n    WITH \\(STATE = ON\\);";

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
            if (code.startsWith("CREATE FUNCTION")) {
                assertThat(code).matches(TENANT_PREDICATE);
                continue;
            }
            if (code.startsWith("CREATE SECURITY POLICY")) {
                assertThat(code).matches(SECURITY_POLICY);
                continue;
            }
            Statements parsed = CCJSqlParserUtil.parseStatements(code, parser -> parser.withSquareBracketQuotation(true));
            statements.addAll(parsed);
        }
        return statements;
    }
}
