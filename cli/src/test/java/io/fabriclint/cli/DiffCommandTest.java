package io.fabriclint.cli;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** `fabric diff` in-process: exit statuses and formats (figures: analyzer's DiffGoldenTest; git: DiffRevisionIT). */
class DiffCommandTest {
    private static final Path CASES = Path.of("../analyzer/src/test/resources/diff");

    @TempDir
    Path dir;

    private static String file(String name) {
        return CASES.resolve(name).toString();
    }

    @Test
    void newErrorsFailOnlyWithTheOption() {
        String old = file("rack-over-budget/old.fabric");
        String now = file("rack-over-budget/new.fabric");
        assertEquals(0, CliRunner.run("diff", old, now).exit());
        var r = CliRunner.run("diff", "--fail-on-new-errors", old, now);
        assertEquals(1, r.exit(), r.toString());
        assertTrue(r.out().contains("new  error  FAB401"), r.out());
        assertEquals(0, CliRunner.run("diff", "--fail-on-new-errors", now, old).exit(), "a fixed error is no new error");
    }

    @Test
    void aNewWarningDoesNotFail() {
        var r = CliRunner.run("diff", "--fail-on-new-errors", file("new-and-fixed-findings/old.fabric"),
                file("new-and-fixed-findings/new.fabric"));
        assertEquals(0, r.exit(), r.toString());
    }

    @Test
    void jsonHasEveryKeyOfTheSpecification() {
        var r = CliRunner.run("diff", "--format", "json", file("count-change/old.fabric"), file("count-change/new.fabric"));
        assertEquals(0, r.exit(), r.err());
        JsonObject json = JsonParser.parseString(r.out()).getAsJsonObject();
        for (String key : new String[]{"modules", "fibers", "power", "bandwidth", "oversubscription", "diagnostics"}) {
            assertTrue(json.has(key), key);
        }
        JsonObject dr4 = json.getAsJsonObject("modules").getAsJsonObject("OSFP-400G-DR4");
        assertEquals(128, dr4.get("old").getAsInt());
        assertEquals(96, dr4.get("new").getAsInt());
        assertEquals(-32, dr4.get("delta").getAsInt());
        assertTrue(json.getAsJsonObject("diagnostics").get("new").isJsonArray());
        assertTrue(json.getAsJsonObject("diagnostics").get("fixed").isJsonArray());
    }

    @Test
    void aMissingFileIsExitTwo() {
        var r = CliRunner.run("diff", dir.resolve("none.fabric").toString(), file("count-change/new.fabric"));
        assertEquals(2, r.exit());
        assertTrue(r.err().endsWith("none.fabric: no such file\n"), r.err());
    }

    @Test
    void oneArgumentIsAUsageError() {
        var r = CliRunner.run("diff", file("count-change/new.fabric"));
        assertEquals(2, r.exit());
        assertTrue(r.err().startsWith("fabric: Missing required parameter: 'NEW'"), r.err());
    }

    @Test
    void aBrokenConfigurationIsExitTwo() throws Exception {
        Files.writeString(dir.resolve(".fabric-lint.json"), "{ \"rules\": ");
        Path f = dir.resolve("a.fabric");
        Files.writeString(f, "tier a {\n  count 1\n}\n");
        var r = CliRunner.run("diff", f.toString(), f.toString());
        assertEquals(2, r.exit(), r.toString());
        assertTrue(r.err().contains(".fabric-lint.json:"), r.err());
    }

    @Test
    void aFileNameWithAColonIsAFileWhenItExists() throws Exception {
        Path f = dir.resolve("v1:a.fabric");
        Files.writeString(f, "tier a {\n  count 1\n  power 100W\n}\n");
        Path g = dir.resolve("b.fabric");
        Files.writeString(g, "tier a {\n  count 2\n  power 100W\n}\n");
        var r = CliRunner.run("diff", "--format", "json", f.toString(), g.toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals(100, JsonParser.parseString(r.out()).getAsJsonObject().getAsJsonObject("power")
                .getAsJsonObject("it").get("delta").getAsInt());
    }
}
