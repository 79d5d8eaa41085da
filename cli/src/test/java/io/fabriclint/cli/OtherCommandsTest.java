package io.fabriclint.cli;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.fabriclint.analyzer.lint.RuleRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OtherCommandsTest {
    @TempDir
    Path dir;

    @Test
    void explainPrintsTheRulesDocumentation() {
        var r = CliRunner.run("explain", "FAB101");
        assertEquals(0, r.exit());
        assertTrue(r.out().startsWith("# FAB101: Link longer than the module's reach\n"), r.out());
        assertTrue(r.out().contains("Default severity: **error**"));
        assertTrue(r.out().contains("// fabric-lint: ignore FAB101"));
        assertEquals(0, CliRunner.run("explain", "fab101").exit(), "codes are case-insensitive");
    }

    @Test
    void explainUnknownCodeIsExitTwo() {
        var r = CliRunner.run("explain", "FAB999");
        assertEquals(2, r.exit());
        assertEquals("fabric: unknown rule 'FAB999'; 'fabric rules' lists them\n", r.err());
    }

    @Test
    void rulesListsEveryRule() {
        var r = CliRunner.run("rules");
        assertEquals(0, r.exit());
        for (var rule : RuleRegistry.all()) {
            assertTrue(r.out().contains(rule.code() + "  "), rule.code());
        }
        assertTrue(r.out().contains("FAB402  warning  rack-near-power-budget          Rack near its power budget"),
                r.out());
    }

    @Test
    void reportPrintsJsonEvenWithLintErrors() throws Exception {
        Path file = dir.resolve("r.fabric");
        Files.writeString(file, "fabric f {\n  pue 1.5\n}\n\ntier a {\n  count 2\n  power 100W\n"
                + "  port up: 4 x QSFP-DD 400G\n}\n\ntier b {\n  port down: 4 x QSFP-DD 400G\n}\n\n"
                + "link a.up -> b.down {\n  module QDD-400G-DR4\n  fiber OS2\n  length 100m\n}\n");
        var r = CliRunner.run("report", "--format", "json", file.toString());
        assertEquals(0, r.exit(), r.err());
        JsonObject json = JsonParser.parseString(r.out()).getAsJsonObject();
        // a: 2 × (100 W + 4 × 12 W) = 296 W; b: 8 target modules on one device = 96 W (over-allocated, still counted)
        assertEquals(296 + 96, json.getAsJsonObject("power").get("it").getAsDouble());
        assertEquals((296 + 96) * 1.5, json.getAsJsonObject("power").get("facility").getAsDouble());
        assertEquals(16, json.getAsJsonObject("modules").get("QDD-400G-DR4").getAsLong());
    }

    @Test
    void reportFormatsTextAndMarkdown() throws Exception {
        Path file = dir.resolve("r.fabric");
        Files.writeString(file, "tier a {\n  count 3\n  power 1kW\n}\n");
        assertTrue(CliRunner.run("report", file.toString()).out().contains("IT power"));
        assertTrue(CliRunner.run("report", "--format", "markdown", file.toString()).out().contains("| IT power | 3,000 W |"));
    }

    @Test
    void reportOfMissingFileIsExitTwo() {
        var r = CliRunner.run("report", dir.resolve("none.fabric").toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().endsWith("none.fabric: no such file\n"), r.err());
    }
}
