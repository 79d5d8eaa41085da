package io.fabriclint.analyzer.config;

import io.fabriclint.analyzer.diagnostics.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ConfigLoaderTest {
    @TempDir
    Path dir;

    @Test
    void readsSeveritiesCatalogsAndExcludes() throws Exception {
        Path file = dir.resolve(".fabric-lint.json");
        Files.writeString(file, """
                { "rules": { "FAB304": "off", "FAB501": "error" },
                  "catalogs": ["optics/vendor.json"],
                  "exclude": ["drafts/**"] }
                """);
        LintConfig c = ConfigLoader.load(file);
        assertNull(c.severity("FAB304", Severity.INFO));
        assertEquals(Severity.ERROR, c.severity("FAB501", Severity.WARNING));
        assertEquals(Severity.WARNING, c.severity("FAB502", Severity.WARNING));
        assertEquals(List.of(dir.resolve("optics/vendor.json")), c.catalogs());
        assertEquals(List.of("drafts/**"), c.exclude());
    }

    @Test
    void foundByWalkingUpFromTheFile() throws Exception {
        Files.writeString(dir.resolve(".fabric-lint.json"), "{ \"rules\": { \"FAB502\": \"info\" } }");
        Path deep = Files.createDirectories(dir.resolve("a/b"));
        LintConfig c = new ConfigLoader().forFile(deep.resolve("x.fabric"));
        assertEquals(Severity.INFO, c.severity("FAB502", Severity.WARNING));
        LintConfig none = new ConfigLoader().forFile(Path.of("/x.fabric"));
        assertSame(LintConfig.NONE, none);
    }

    @Test
    void unknownRuleIsReportedWithLineAndColumn() {
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.parse(Path.of("c.json"),
                "{\n  \"rules\": {\n    \"FAB999\": \"off\"\n  }\n}\n"));
        assertEquals("c.json:3:5: unknown rule \"FAB999\" (fabric rules lists them)", e.describe());
    }

    @Test
    void unknownSeverityIsReportedWithLineAndColumn() {
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.parse(Path.of("c.json"),
                "{ \"rules\": { \"FAB101\": \"fatal\" } }"));
        assertEquals("c.json:1:24: unknown severity \"fatal\" for FAB101; use off, info, warning or error", e.describe());
    }

    @Test
    void malformedJsonIsReportedWithLineAndColumn() {
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.parse(Path.of("c.json"),
                "{\n  \"rules\": { \"FAB101\": \"off\", }\n}\n"));
        assertEquals(2, e.line());
        assertEquals(true, e.describe().startsWith("c.json:2:"), e.describe());
    }
}
