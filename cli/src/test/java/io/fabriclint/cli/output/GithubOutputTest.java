package io.fabriclint.cli.output;

import io.fabriclint.analyzer.diagnostics.Diagnostic;
import io.fabriclint.analyzer.diagnostics.Severity;
import io.fabriclint.cli.CliRunner;
import io.fabriclint.syntax.SourceRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** `--format github`: workflow commands that the Actions runner reads back exactly. */
class GithubOutputTest {

    /** A workflow command as the runner parses it: `::name k=v,k=v::data`, unescaped. */
    record Command(String name, Map<String, String> properties, String data) {
        static Command parse(String line) {
            assertTrue(line.startsWith("::"), line);
            int end = line.indexOf("::", 2);
            String head = line.substring(2, end);
            String data = line.substring(end + 2);
            int space = head.indexOf(' ');
            String name = space < 0 ? head : head.substring(0, space);
            Map<String, String> properties = new LinkedHashMap<>();
            if (space >= 0) {
                for (String pair : head.substring(space + 1).split(",")) {
                    int eq = pair.indexOf('=');
                    properties.put(pair.substring(0, eq), unescapeProperty(pair.substring(eq + 1)));
                }
            }
            return new Command(name, properties, unescapeData(data));
        }

        static String unescapeData(String s) {
            return s.replace("%0D", "\r").replace("%0A", "\n").replace("%25", "%");
        }

        static String unescapeProperty(String s) {
            return s.replace("%0D", "\r").replace("%0A", "\n").replace("%3A", ":").replace("%2C", ",")
                    .replace("%25", "%");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "plain message",
            "commas, colons: and both, : together",
            "line one\nline two\r\nline three",
            "100% of 50%25 is %0A not a newline",
            "::error file=x,line=1::injected",
            "ends with a percent %",
    })
    void awkwardMessagesRoundTrip(String message) {
        Diagnostic d = new Diagnostic("FAB101", Severity.ERROR, message, Path.of("dir, with: odd%chars/a.fabric"),
                new SourceRange(10, 21, 11, 2, 11, 13), null, false);
        String line = GithubOutput.command(d);
        assertFalse(line.contains("\n") || line.contains("\r"), "one command per line: " + line);
        Command c = Command.parse(line);
        assertEquals("error", c.name());
        assertEquals(message, c.data());
        assertEquals(Map.of("file", "dir, with: odd%chars/a.fabric", "line", "12", "col", "3", "endLine", "12",
                "endColumn", "14", "title", "FAB101"), c.properties());
    }

    @Test
    void severitiesMapToErrorWarningAndNotice() {
        assertEquals("warning", Command.parse(GithubOutput.command(diagnostic(Severity.WARNING))).name());
        assertEquals("notice", Command.parse(GithubOutput.command(diagnostic(Severity.INFO))).name());
        assertEquals("error", Command.parse(GithubOutput.command(diagnostic(Severity.ERROR))).name());
    }

    @Test
    void oneCommandPerShownDiagnosticAndNothingElse() {
        CliRunner.Run run = CliRunner.run("lint", "--format", "github", RuleFixtures.folder().toString());
        CliRunner.Run json = CliRunner.run("lint", "--format", "json", RuleFixtures.folder().toString());
        assertEquals(1, run.exit());
        List<String> lines = run.out().lines().toList();
        assertEquals(count(json.out(), "\"code\""), lines.size());
        for (String line : lines) {
            Command c = Command.parse(line);
            assertTrue(c.properties().get("file").startsWith("target/rule-fixtures/"), line);
            assertTrue(c.properties().get("title").matches("FAB\\d{3}"), line);
            assertTrue(List.of("error", "warning", "notice").contains(c.name()), line);
        }
    }

    private static int count(String text, String what) {
        return text.split(java.util.regex.Pattern.quote(what), -1).length - 1;
    }

    private static Diagnostic diagnostic(Severity s) {
        return new Diagnostic("FAB304", s, "m", Path.of("a.fabric"), new SourceRange(0, 1, 0, 0, 0, 1), null, false);
    }
}
