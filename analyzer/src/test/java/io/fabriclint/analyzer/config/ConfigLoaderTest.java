package io.fabriclint.analyzer.config;

import io.fabriclint.analyzer.diagnostics.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConfigLoaderTest {
    private static final Path FILE = Path.of("/project/.fabric-lint.json");

    @Test
    void readsSeveritiesCatalogsRelativeToTheConfigAndExcludes() throws ConfigException {
        LintConfig c = ConfigLoader.parse(FILE, """
                {
                  "rules": { "FAB304": "off", "FAB501": "error", "FAB104": "info" },
                  "catalogs": ["optics/vendor.json", "../shared/site.json"],
                  "exclude": ["generated/**", "*.draft.fabric"]
                }
                """);
        assertNull(c.severity("FAB304", Severity.INFO));
        assertEquals(Severity.ERROR, c.severity("FAB501", Severity.WARNING));
        assertEquals(Severity.INFO, c.severity("FAB104", Severity.WARNING));
        assertEquals(Severity.WARNING, c.severity("FAB502", Severity.WARNING));
        assertEquals(List.of(Path.of("/project/optics/vendor.json"), Path.of("/shared/site.json")), c.catalogs());
        assertEquals(List.of("generated/**", "*.draft.fabric"), c.exclude());
    }

    /** Each problem is reported at the line and column (1-based) of the offending text. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            unknown rule             | {\\n  "rules": { "FAB999": "off" }\\n}           | 2 | 14 | unknown rule "FAB999"
            unknown severity         | {\\n  "rules": { "FAB304": "loud" }\\n}          | 2 | 24 | unknown severity "loud" for FAB304
            severity not a string    | { "rules": { "FAB304": 3 } }                    | 1 | 24 | (found a number)
            severity true            | { "rules": { "FAB304": true } }                 | 1 | 24 | (found true or false)
            trailing comma           | {\\n  "rules": { "FAB304": "off", }\\n}         | 2 | 31 | malformed JSON: Expected name
            unquoted key             | { rules: 1 }                                    | 1 |  3 | malformed JSON: not valid JSON here
            missing colon            | {\\n"rules"\\n {} }                             | 3 |  2 | malformed JSON: Expected ':'
            unknown key              | {"colour": 1}                                   | 1 |  2 | unknown key "colour"
            rules not an object      | { "rules": [ ] }                                | 1 | 12 | "rules" is an object of code
            catalogs not a list      | {"catalogs": "x"}                               | 1 | 14 | "catalogs" is a list of JSON catalog paths
            invalid glob             | { "exclude": ["ok/*", "src/[a"] }               | 1 | 23 | invalid glob "src/[a"
            not an object            | [1]                                             | 1 |  1 | the configuration is a JSON object
            content after the object | {} x                                            | 1 |  4 | malformed JSON
            ends too early           | { "rules": {                                    | 1 | 13 | the file ends too early
            """)
    void reportsProblemsWhereTheyAre(String what, String json, int line, int column, String message) {
        ConfigException e = assertThrows(ConfigException.class,
                () -> ConfigLoader.parse(FILE, json.replace("\\n", "\n")), what);
        assertEquals(line + ":" + column, e.line() + ":" + e.column(), e.describe());
        assertTrue(e.getMessage().contains(message), e.describe());
        assertTrue(e.describe().startsWith(FILE + ":" + line + ":" + column + ": "), e.describe());
    }

    @Test
    void excludeGlobsMatchRelativeToTheConfigFolder() throws ConfigException {
        LintConfig c = ConfigLoader.parse(FILE, """
                { "exclude": ["generated", "vendor/*.fabric", "**/old/**", "*.draft.fabric", "./build/"] }""");
        assertTrue(c.excludes(Path.of("/project/generated/a.fabric")));
        assertTrue(c.excludes(Path.of("/project/sites/generated/deep/a.fabric")), "a bare name matches at any depth");
        assertTrue(c.excludes(Path.of("/project/vendor/a.fabric")));
        assertFalse(c.excludes(Path.of("/project/vendor/sub/a.fabric")), "* stays within one folder");
        assertTrue(c.excludes(Path.of("/project/old/a.fabric")), "**/ also matches no folder");
        assertTrue(c.excludes(Path.of("/project/x/y/old/z/a.fabric")));
        assertTrue(c.excludes(Path.of("/project/pod/a.draft.fabric")));
        assertTrue(c.excludes(Path.of("/project/build/a.fabric")));
        assertTrue(c.excludes(Path.of("/project/build")), "an excluded folder is not entered");
        assertFalse(c.excludes(Path.of("/project/pod/a.fabric")));
        assertFalse(c.excludes(Path.of("/elsewhere/generated/a.fabric")), "only below the config's folder");
        assertFalse(LintConfig.NONE.excludes(Path.of("/project/generated/a.fabric")));
    }

    @Test
    void foundByWalkingUpFromTheFile(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        java.nio.file.Files.writeString(dir.resolve(".fabric-lint.json"), "{ \"rules\": { \"FAB502\": \"info\" } }");
        Path deep = java.nio.file.Files.createDirectories(dir.resolve("a/b"));
        LintConfig c = new ConfigLoader().forFile(deep.resolve("x.fabric"));
        assertEquals(Severity.INFO, c.severity("FAB502", Severity.WARNING));
        assertEquals(LintConfig.NONE, new ConfigLoader().forFile(Path.of("/x.fabric")));
    }
}
