package io.fabriclint.cli;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Whole-pipeline runs on huge and hostile files: they end in diagnostics, never in an exception. */
public class LargeInputCliTest {
    @TempDir
    Path dir;

    /** A fabric of many small pods, with comments and suppressions on every few lines. */
    public static String generated(int minLines) {
        StringBuilder sb = new StringBuilder("fabric big {\n  pue 1.2\n  oversubscription 1:1\n}\n\n");
        int pods = 0;
        while (sb.chars().filter(c -> c == '\n').count() < minLines) {
            String p = "p" + pods;
            sb.append("// pod ").append(pods).append('\n')
                    .append("rack r").append(p).append(" {\n  count 2\n  height 42U\n  power 30kW\n}\n\n")
                    .append("tier gpu").append(p).append(" {\n  count 8\n  rack r").append(p)
                    .append("\n  height 4U\n  power 3kW\n  port nic: 2 x QSFP-DD 400G\n}\n\n")
                    .append("tier leaf").append(p).append(" {\n  count 1\n  rack r").append(p)
                    .append("\n  height 1U\n  power 500W\n  port down: 16 x QSFP-DD 400G\n}\n\n")
                    .append("link gpu").append(p).append(".nic -> leaf").append(p).append(".down {\n")
                    .append("  module QDD-400G-DR4\n  fiber OS2\n  length ").append(50 + pods % 700)
                    .append("m // fabric-lint: ignore FAB101\n}\n\n");
            pods++;
        }
        return sb.toString();
    }

    @Test
    void fiftyThousandLineFileIsLinted() throws Exception {
        Path file = dir.resolve("big.fabric");
        String text = generated(50_000);
        Files.writeString(file, text);
        var r = CliRunner.run("lint", "--format", "json", file.toString());
        assertEquals("", r.err());
        JsonObject root = JsonParser.parseString(r.out()).getAsJsonObject();
        // Runs of 501-749 m exceed the DR4's 500 m and their FAB101 is suppressed; on the shorter runs the
        // suppression silences nothing and is reported (FAB009, info).
        int infos = root.getAsJsonObject("summary").get("infos").getAsInt();
        int errors = root.getAsJsonObject("summary").get("errors").getAsInt();
        assertEquals(0, errors, r.out().substring(0, Math.min(2000, r.out().length())));
        assertTrue(infos > 1000, "unused suppressions are reported: " + infos);
        assertEquals(0, r.exit());
    }

    @Test
    void hundredThousandNestedBracesEndInDiagnostics() throws Exception {
        Path file = dir.resolve("deep.fabric");
        Files.writeString(file, "{".repeat(100_000) + "\n");
        var r = CliRunner.run("lint", "--format", "json", file.toString());
        assertEquals(1, r.exit(), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
        JsonObject root = JsonParser.parseString(r.out()).getAsJsonObject();
        assertEquals("FAB001", root.getAsJsonArray("diagnostics").get(0).getAsJsonObject().get("code").getAsString());
    }

    @Test
    void aDeviceNamedOnTheCommandLineIsRefusedInOneLine() {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(Path.of("/dev/zero")), "needs /dev/zero");
        var r = CliRunner.run("lint", "/dev/zero");
        assertEquals(2, r.exit(), r.toString());
        assertEquals("fabric: /dev/zero: not a regular file (a device, FIFO or socket is not read)\n", r.err());
        var report = CliRunner.run("report", "/dev/zero");
        assertEquals(2, report.exit(), report.toString());
        assertTrue(report.err().contains("not a regular file"), report.toString());
    }

    @Test
    void aMillionCharacterLineIsShownAsAWindowOfItself() throws Exception {
        Path file = dir.resolve("long.fabric");
        Files.writeString(file, "tier a { count 1 }\n" + "x ".repeat(500_000) + "\n");
        var r = CliRunner.run("lint", "--no-color", file.toString());
        assertEquals(1, r.exit(), r.err());
        assertTrue(r.out().contains("error FAB001 this line is 1,000,000 characters long"), r.out());
        assertTrue(r.out().length() < 2000, "no megabyte of source line in the output: " + r.out().length());
    }
}
