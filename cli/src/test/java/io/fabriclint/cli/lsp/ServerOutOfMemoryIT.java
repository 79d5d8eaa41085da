package io.fabriclint.cli.lsp;

import io.fabriclint.cli.LargeInputCliTest;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.TextDocumentItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A document too large for the server's heap: the user is told so, and the server keeps serving
 * the other files (no crash, so the editor does not give up on it).
 */
class ServerOutOfMemoryIT {
    @TempDir
    Path dir;

    @Test
    void aDocumentTooLargeForTheHeapIsShownAndTheServerGoesOn() throws Exception {
        // The big file is opened from outside the workspace folder: inside it, every analysis of the
        // folder would read it again (and run out of memory again, with the same message).
        Path big = Files.createDirectories(dir.resolve("elsewhere")).resolve("big.fabric");
        Path small = Files.createDirectories(dir.resolve("workspace")).resolve("small.fabric");
        Files.writeString(big, LargeInputCliTest.generated(300_000));
        Files.writeString(small, "tier t { count 0 }\n");
        ServerProcess lsp = new ServerProcess(List.of("-Xmx40m", "-XX:+UseSerialGC"));
        try {
            lsp.initialize(small.getParent());
            open(lsp, big);
            open(lsp, small);
            try {
                lsp.diagnostics(small.toUri().toString(), p -> !p.getDiagnostics().isEmpty(), Duration.ofSeconds(60));
            } catch (AssertionError e) {
                throw new AssertionError("the server no longer analyzes the other files; shown: " + lsp.shown
                        + "\nstderr: " + lsp.stderr, e);
            }
            assertTrue(lsp.process.isAlive());
            long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            synchronized (lsp.shown) {
                while (lsp.shown.stream().noneMatch(m -> m.contains("too large")) && System.nanoTime() < end) {
                    lsp.shown.wait(1000);
                }
                assertTrue(lsp.shown.stream().anyMatch(m -> m.contains("MB the server's Java heap may use")),
                        "shown: " + lsp.shown + "\nstderr: " + lsp.stderr);
            }
            assertFalse(lsp.stderr.toString().contains("OutOfMemoryError"), lsp.stderr.toString());
        } finally {
            lsp.process.destroyForcibly();
        }
    }

    private static void open(ServerProcess lsp, Path p) throws Exception {
        lsp.server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(
                new TextDocumentItem(p.toUri().toString(), "fabric", 1, Files.readString(p))));
    }
}
