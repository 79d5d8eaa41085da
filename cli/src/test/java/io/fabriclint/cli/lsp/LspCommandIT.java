package io.fabriclint.cli.lsp;

import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.RegistrationParams;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * `fabric lsp` started the way editors start it: with the arguments LSP clients append
 * (vscode-languageclient adds `--stdio`, and `--clientProcessId` with some settings), and
 * ending when the editor's process does.
 */
class LspCommandIT {
    @TempDir
    Path root;
    private Process editor;

    /** A stand-in for the editor's process: something that runs until it is killed. */
    @BeforeEach
    void startEditor() throws Exception {
        editor = new ProcessBuilder("sleep", "120").start();
    }

    @AfterEach
    void stopEditor() {
        editor.destroyForcibly();
    }

    @Test
    void servesWithTheArgumentsVscodeLanguageclientAppends() throws Exception {
        try (ServerProcess lsp = new ServerProcess("--stdio", "--clientProcessId=" + editor.pid())) {
            InitializeResult init = lsp.initialize(root);
            assertNotNull(init.getCapabilities().getHoverProvider());
            lsp.server.shutdown().get(30, TimeUnit.SECONDS);
            lsp.server.exit();
            assertTrue(lsp.process.waitFor(30, TimeUnit.SECONDS));
            assertEquals(0, lsp.process.exitValue(), lsp.log());
        }
    }

    @Test
    void exitsWhenTheClientProcessIdOfTheCommandLineEnds() throws Exception {
        try (ServerProcess lsp = new ServerProcess("--stdio", "--clientProcessId", Long.toString(editor.pid()))) {
            lsp.initialize(root, false, ProcessHandle.current().pid());
            editor.destroyForcibly().waitFor();
            assertTrue(lsp.process.waitFor(30, TimeUnit.SECONDS), "the server ended with its client");
            assertEquals(1, lsp.process.exitValue(), "no shutdown was asked for");
            assertTrue(lsp.logs("the client process " + editor.pid() + " has ended", Duration.ofSeconds(30)), lsp.log());
        }
    }

    @Test
    void exitsWhenTheProcessIdOfInitializeEnds() throws Exception {
        try (ServerProcess lsp = new ServerProcess()) {
            lsp.initialize(root, false, editor.pid());
            assertTrue(lsp.process.isAlive());
            editor.destroyForcibly().waitFor();
            assertTrue(lsp.process.waitFor(30, TimeUnit.SECONDS), "the server ended with its client");
            assertEquals(1, lsp.process.exitValue());
        }
    }

    @Test
    void refusesAnyOtherArgumentWithOneClearLine() throws Exception {
        Process p = new ProcessBuilder("java", "-jar", ServerProcess.jar().toString(), "lsp", "--socket=5007").start();
        p.getOutputStream().close();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        assertEquals(2, p.exitValue());
        assertEquals("fabric: Unknown option: '--socket=5007'", err.lines().findFirst().orElse(""), err);
        assertFalse(err.contains("Exception"), err);
    }

    @Test
    void asksTheClientToWatchFilesOnlyWhenItCan() throws Exception {
        try (ServerProcess watching = new ServerProcess(); ServerProcess other = new ServerProcess()) {
            watching.initialize(root, true);
            other.initialize(root, false);
            // A request after `initialized`: the registration, if any, was sent before its answer.
            watching.server.shutdown().get(30, TimeUnit.SECONDS);
            other.server.shutdown().get(30, TimeUnit.SECONDS);
            List<RegistrationParams> asked = watching.registrations;
            synchronized (asked) {
                long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
                while (asked.isEmpty() && System.nanoTime() < end) {
                    asked.wait(1000);
                }
                assertEquals(1, asked.size(), asked.toString());
                assertEquals("workspace/didChangeWatchedFiles", asked.get(0).getRegistrations().get(0).getMethod());
            }
            synchronized (other.registrations) {
                assertEquals(List.of(), other.registrations);
            }
        }
    }
}
