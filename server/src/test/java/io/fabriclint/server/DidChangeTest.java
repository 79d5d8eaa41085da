package io.fabriclint.server;

import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An edit that does not apply to the document changes nothing (and is logged in one line). */
class DidChangeTest {
    static final String URI = "untitled:edits.fabric";
    static final String TEXT = "tier a {\n  count 2\n}\n";

    final ByteArrayOutputStream err = new ByteArrayOutputStream();
    FabricLanguageServer server;
    Path path;

    @BeforeEach
    void open() throws Exception {
        server = new FabricLanguageServer(new PrintStream(err, true, StandardCharsets.UTF_8), null);
        InitializeParams init = new InitializeParams();
        init.setCapabilities(new ClientCapabilities());
        server.initialize(init).get();
        server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(URI, "fabric", 1, TEXT)));
        path = server.uris().path(URI);
    }

    @AfterEach
    void stop() {
        server.shutdown();
    }

    void change(int version, TextDocumentContentChangeEvent... changes) {
        server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
                new VersionedTextDocumentIdentifier(URI, version), List.of(changes)));
    }

    static TextDocumentContentChangeEvent edit(int l1, int c1, int l2, int c2, String text) {
        return new TextDocumentContentChangeEvent(new Range(new Position(l1, c1), new Position(l2, c2)), text);
    }

    String text() {
        return server.workspace().document(path).text();
    }

    int version() {
        return server.workspace().document(path).version();
    }

    @Test
    void aNegativeCharacterIsRejectedNotClampedToColumnZero() {
        change(2, edit(0, -1, 0, 6, "tier b"));
        assertEquals(TEXT, text());
        assertEquals(1, version());
        String log = err.toString(StandardCharsets.UTF_8);
        assertTrue(log.contains("ignoring an edit that does not apply to " + URI + " (it stays at version 1): range 0:-1-0:6"), log);
        assertEquals(1, log.lines().filter(l -> l.contains("ignoring")).count());
        assertFalse(log.contains("\tat ") || log.contains("    at "), "no stack trace: " + log);
    }

    @Test
    void theChangesOfOneNotificationApplyTogetherOrNotAtAll() {
        change(2, edit(0, 5, 0, 6, "b"), edit(9, 0, 9, 1, "x"));
        assertEquals(TEXT, text(), "the first change is rolled back");
        assertEquals(1, version());
        change(3, edit(0, 5, 0, 6, "b"), edit(1, 8, 1, 9, "4"));
        assertEquals("tier b {\n  count 4\n}\n", text());
        assertEquals(3, version());
    }

    @Test
    void anEndPastTheLastLineOrAReversedRangeIsRejected() {
        change(2, edit(1, 0, 7, 0, ""));
        change(3, edit(1, 5, 1, 2, ""));
        assertEquals(TEXT, text());
        // The end of the document may be given as the start of the line after the last.
        change(4, edit(3, 0, 4, 0, "// end\n"));
        assertEquals(TEXT + "// end\n", text());
    }
}
