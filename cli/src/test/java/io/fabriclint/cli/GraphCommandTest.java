package io.fabriclint.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** `fabric graph` on the command line; the diagrams themselves are tested in the analyzer (GraphTest). */
class GraphCommandTest {
    private static final String CLOS = "../examples/three-tier-clos.fabric";

    @TempDir
    Path dir;

    @Test
    void dotByDefaultMermaidOnRequestAndToAFile() throws Exception {
        CliRunner.Run dot = CliRunner.run("graph", CLOS);
        assertEquals(0, dot.exit(), dot.toString());
        assertTrue(dot.out().startsWith("digraph \"clos-1k\" {"), dot.out());

        CliRunner.Run mermaid = CliRunner.run("graph", "--format", "mermaid", CLOS);
        assertEquals(0, mermaid.exit(), mermaid.toString());
        assertTrue(mermaid.out().startsWith("flowchart BT\n"), mermaid.out());

        Path out = dir.resolve("clos.dot");
        CliRunner.Run toFile = CliRunner.run("graph", "-o", out.toString(), CLOS);
        assertEquals(0, toFile.exit());
        assertEquals("", toFile.out());
        assertEquals(dot.out(), Files.readString(out));
    }

    @Test
    void drawsAFabricWithLintErrorsAndRejectsAMissingFile() {
        CliRunner.Run seed = CliRunner.run("graph", "--format", "mermaid", "../examples/seed-1024-gpu-pod.fabric");
        assertEquals(0, seed.exit(), seed.toString());
        assertTrue(seed.out().contains("tier_gpu -->|"), seed.out());

        CliRunner.Run missing = CliRunner.run("graph", dir.resolve("nope.fabric").toString());
        assertEquals(2, missing.exit());
        assertTrue(missing.err().contains("no such file"), missing.toString());
    }
}
