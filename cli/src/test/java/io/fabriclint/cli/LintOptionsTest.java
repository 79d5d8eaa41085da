package io.fabriclint.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** `fabric lint` options: --quiet, --max-warnings, --output, --no-color, --format. */
class LintOptionsTest {
    private static final String SEED = "../examples/seed-1024-gpu-pod.fabric";
    /** Warnings (FAB502) and no errors. */
    private static final String WARNINGS_ONLY = "tier a {\n  count 1\n}\n\ntier b {\n  count 1\n}\n";

    @TempDir
    Path dir;

    @Test
    void quietShowsAndCountsErrorsOnly() throws Exception {
        CliRunner.Run all = CliRunner.run("lint", "--no-color", SEED);
        assertTrue(all.out().contains("warning FAB501") && all.out().contains("info FAB304"), all.toString());

        CliRunner.Run quiet = CliRunner.run("lint", "--no-color", "--quiet", SEED);
        assertEquals(1, quiet.exit());
        assertFalse(quiet.out().contains("FAB501"), quiet.toString());
        assertFalse(quiet.out().contains("FAB304"), quiet.toString());
        assertTrue(quiet.out().contains("error FAB303"), quiet.toString());

        JsonNode summary = new ObjectMapper().readTree(CliRunner.run("lint", "--format", "json", "-q", SEED).out())
                .get("summary");
        assertEquals(0, summary.get("warnings").asInt());
        assertEquals(0, summary.get("infos").asInt());
        assertTrue(summary.get("errors").asInt() > 0);
    }

    @Test
    void maxWarningsTurnsTooManyWarningsIntoExitOneUnlessQuiet() throws Exception {
        Path file = dir.resolve("w.fabric");
        Files.writeString(file, WARNINGS_ONLY);
        assertEquals(0, CliRunner.run("lint", file.toString()).exit());
        assertEquals(0, CliRunner.run("lint", "--max-warnings", "2", file.toString()).exit());
        assertEquals(1, CliRunner.run("lint", "--max-warnings", "1", file.toString()).exit());
        assertEquals(0, CliRunner.run("lint", "--max-warnings", "1", "--quiet", file.toString()).exit(),
                "--quiet counts errors only");
    }

    @Test
    void outputWritesTheReportToAFileInsteadOfStandardOutput() throws Exception {
        Path report = dir.resolve("reports/fabric.sarif");
        CliRunner.Run run = CliRunner.run("lint", "--format", "sarif", "--output", report.toString(), SEED);
        assertEquals(1, run.exit(), run.toString());
        assertEquals("", run.out());
        JsonNode sarif = new ObjectMapper().readTree(Files.readString(report));
        assertEquals("2.1.0", sarif.get("version").asText());
        assertEquals(1, sarif.at("/runs/0/invocations/0/exitCode").asInt());

        Path text = dir.resolve("lint.txt");
        CliRunner.run("lint", "-o", text.toString(), SEED);
        String written = Files.readString(text);
        assertTrue(written.contains("error FAB303"), written);
        assertFalse(written.contains("\u001b["), "no colour in a file");
    }

    @Test
    void anOutputFileThatCannotBeWrittenIsAnIoError() throws Exception {
        Path blocker = dir.resolve("file");
        Files.writeString(blocker, "x");
        CliRunner.Run run = CliRunner.run("lint", "--output", blocker.resolve("sub/out.txt").toString(), SEED);
        assertEquals(2, run.exit(), run.toString());
        assertTrue(run.err().contains("cannot write"), run.toString());
    }

    @Test
    void noColorAndAnUnknownFormat() {
        assertFalse(CliRunner.run("lint", "--no-color", SEED).out().contains("\u001b["));
        CliRunner.Run bad = CliRunner.run("lint", "--format", "xml", SEED);
        assertEquals(2, bad.exit());
        assertTrue(bad.err().contains("text, json, sarif, github, checkstyle, gitlab"), bad.toString());
    }
}
