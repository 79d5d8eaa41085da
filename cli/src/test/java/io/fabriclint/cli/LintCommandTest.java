package io.fabriclint.cli;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LintCommandTest {
    private static final String CLEAN = "tier a {\n  count 2\n  port up: 4 x QSFP-DD 400G\n}\n\n"
            + "tier b {\n  port down: 8 x QSFP-DD 400G\n}\n\n"
            + "link a.up -> b.down {\n  module QDD-400G-DR4\n  fiber OS2\n  length 100m\n}\n";
    private static final String TOO_LONG = CLEAN.replace("QDD-400G-DR4", "QDD-400G-SR8").replace("OS2", "OM4")
            .replace("100m", "300m");

    @TempDir
    Path dir;

    private Path write(String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
        return p;
    }

    @Test
    void cleanFileExitsZero() throws Exception {
        var r = CliRunner.run("lint", write("ok.fabric", CLEAN).toString());
        assertEquals(0, r.exit(), r.out() + r.err());
        assertTrue(r.out().contains("1 file checked: 0 errors, 0 warnings, 0 info"), r.out());
    }

    @Test
    void textFormatShowsLocationSourceLineAndCaret() throws Exception {
        Path file = write("far.fabric", TOO_LONG);
        var r = CliRunner.run("lint", "--no-color", file.toString());
        assertEquals(1, r.exit());
        String[] lines = r.out().split("\n");
        assertEquals(file + ":13:3: error FAB101 QDD-400G-SR8 reaches 100m on OM4; this link is 300m", lines[0]);
        assertEquals(" 13 |   length 300m", lines[1]);
        assertEquals("    |   ^^^^^^^^^^^", lines[2]);
        assertFalse(r.out().contains("\u001b["), "no colour when not on a terminal");
    }

    @Test
    void jsonFormatIsOneObjectWithOneBasedPositions() throws Exception {
        Path file = write("far.fabric", TOO_LONG);
        var r = CliRunner.run("lint", "--format", "json", file.toString());
        assertEquals(1, r.exit());
        JsonObject root = JsonParser.parseString(r.out()).getAsJsonObject();
        JsonArray diagnostics = root.getAsJsonArray("diagnostics");
        assertEquals(1, diagnostics.size());
        JsonObject d = diagnostics.get(0).getAsJsonObject();
        assertEquals(13, d.get("line").getAsInt());
        assertEquals(3, d.get("column").getAsInt());
        assertEquals(13, d.get("endLine").getAsInt());
        assertEquals(14, d.get("endColumn").getAsInt());
        assertEquals("error", d.get("severity").getAsString());
        assertEquals("FAB101", d.get("code").getAsString());
        JsonObject summary = root.getAsJsonObject("summary");
        assertEquals(1, summary.get("files").getAsInt());
        assertEquals(1, summary.get("errors").getAsInt());
        assertEquals(0, summary.get("warnings").getAsInt());
    }

    @Test
    void directoriesAreSearchedRecursivelyAndImportedFilesReportedOnce() throws Exception {
        write("site/racks.fabric", "rack row {\n  count 1\n  height 42U\n  colour red\n}\n");
        write("site/main.fabric", "import \"racks.fabric\"\n" + CLEAN);
        var r = CliRunner.run("lint", "--format", "json", dir.toString());
        JsonObject root = JsonParser.parseString(r.out()).getAsJsonObject();
        assertEquals(1, root.getAsJsonArray("diagnostics").size(), r.out());
        assertTrue(root.getAsJsonArray("diagnostics").get(0).getAsJsonObject().get("file").getAsString()
                .endsWith("racks.fabric"));
        assertEquals(2, root.getAsJsonObject("summary").get("files").getAsInt());
    }

    @Test
    void missingPathIsOneLineAndExitTwo() {
        var r = CliRunner.run("lint", dir.resolve("nope.fabric").toString());
        assertEquals(2, r.exit());
        assertEquals("fabric: " + dir.resolve("nope.fabric") + ": no such file or directory\n", r.err());
        assertFalse(r.err().contains("Exception"));
    }

    @Test
    void unknownOptionIsAUsageError() {
        var r = CliRunner.run("lint", "--formatt", "json");
        assertEquals(2, r.exit());
        assertTrue(r.err().startsWith("fabric: Unknown option: '--formatt'"), r.err());
    }

    @Test
    void standardInputIsLinted() {
        InputStream saved = System.in;
        try {
            System.setIn(new ByteArrayInputStream(TOO_LONG.getBytes(StandardCharsets.UTF_8)));
            var r = CliRunner.run("lint", "--no-color", "-");
            assertEquals(1, r.exit());
            assertTrue(r.out().startsWith("<stdin>:13:3: error FAB101"), r.out());
        } finally {
            System.setIn(saved);
        }
    }

    @Test
    void maxWarningsTurnsWarningsIntoFailure() throws Exception {
        Path file = write("w.fabric", CLEAN + "\ntier lonely {\n  count 1\n}\n");
        assertEquals(0, CliRunner.run("lint", file.toString()).exit());
        assertEquals(0, CliRunner.run("lint", "--max-warnings", "1", file.toString()).exit());
        assertEquals(1, CliRunner.run("lint", "--max-warnings", "0", file.toString()).exit());
    }

    @Test
    void configChangesSeveritiesAndBrokenConfigIsExitTwo() throws Exception {
        Path file = write("w.fabric", CLEAN + "\ntier lonely {\n  count 1\n}\n");
        write(".fabric-lint.json", "{ \"rules\": { \"FAB502\": \"error\" } }");
        assertEquals(1, CliRunner.run("lint", file.toString()).exit());
        write(".fabric-lint.json", "{ \"rules\": { \"FAB502\": \"loud\" } }");
        var r = CliRunner.run("lint", file.toString());
        assertEquals(2, r.exit());
        assertEquals("fabric: " + dir.resolve(".fabric-lint.json")
                + ":1:24: unknown severity \"loud\" for FAB502; use off, info, warning or error\n", r.err());
    }

    @Test
    void brokenCatalogIsExitTwoWithItsPosition() throws Exception {
        Path catalog = write("vendor.json", "{ \"modules\": [ { \"name\": \"X\" \"power\": \"1W\" } ] }");
        var r = CliRunner.run("lint", "--catalog", catalog.toString(), write("ok.fabric", CLEAN).toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().startsWith("fabric: " + catalog + ":1:"), r.err());
        assertTrue(r.err().contains("malformed JSON"), r.err());
    }

    @Test
    void userCatalogModulesResolve() throws Exception {
        Path catalog = write("vendor.json", """
                { "modules": [ { "name": "ACME-DR4", "formFactor": "QSFP-DD", "speed": "400G", "lanes": "4 x 100G DR",
                  "media": "SMF", "reach": { "OS2": "500m" }, "power": "9W", "fibers": 8, "fec": "RS544" } ] }
                """);
        Path file = write("ok.fabric", CLEAN.replace("QDD-400G-DR4", "ACME-DR4"));
        assertEquals(1, CliRunner.run("lint", file.toString()).exit(), "unknown without the catalog");
        var r = CliRunner.run("lint", "--catalog", catalog.toString(), file.toString());
        assertEquals(0, r.exit(), r.out());
    }

    @Test
    void binaryFileIsLintedNotRefused() throws Exception {
        Path file = dir.resolve("bin.fabric");
        Files.write(file, new byte[]{'t', 'i', 'e', 'r', ' ', 'a', ' ', '{', (byte) 0xC3, (byte) 0x28, '}', '\n'});
        var r = CliRunner.run("lint", "--no-color", file.toString());
        assertEquals(1, r.exit(), r.err());
        assertTrue(r.out().contains("error FAB001 bytes that are not UTF-8 text"), r.out());
    }

    @Test
    void folderWithoutFabricFilesSaysSo() throws Exception {
        Files.createDirectories(dir.resolve("empty"));
        var r = CliRunner.run("lint", dir.resolve("empty").toString());
        assertEquals(0, r.exit());
        assertEquals("fabric: no .fabric files found in " + dir.resolve("empty") + "\n", r.err());
        assertEquals("0 files checked: 0 errors, 0 warnings, 0 info\n", r.out());
    }
}
