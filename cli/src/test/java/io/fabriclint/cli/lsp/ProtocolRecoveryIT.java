package io.fabriclint.cli.lsp;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;

import static io.fabriclint.cli.lsp.RawServer.frame;
import static io.fabriclint.cli.lsp.RawServer.notification;
import static io.fabriclint.cli.lsp.RawServer.request;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The built `fabric lsp` over real stdio, sent what a broken or careless client sends: each framing
 * error is followed by a valid request that must be answered, each lifecycle or params error gets
 * the JSON-RPC error the LSP specification names, and standard output never carries anything but
 * well-formed protocol messages.
 */
class ProtocolRecoveryIT {
    static final String TEXT = "tier leaf {\n  count 2\n}\n";
    static final String URI = "untitled:a.fabric";

    static String symbols(Object id, String documentUri) {
        return request(id, "textDocument/documentSymbol", "{\"textDocument\":{\"uri\":\"" + documentUri + "\"}}");
    }

    static String hover(Object id, String params) {
        return request(id, "textDocument/hover", params);
    }

    static String open(String documentUri, String text) {
        return notification("textDocument/didOpen", "{\"textDocument\":{\"uri\":\"" + documentUri
                + "\",\"languageId\":\"fabric\",\"version\":1,\"text\":\"" + text.replace("\n", "\\n") + "\"}}");
    }

    static String change(String documentUri, int version, int l1, int c1, int l2, int c2, String text) {
        return notification("textDocument/didChange", "{\"textDocument\":{\"uri\":\"" + documentUri + "\",\"version\":" + version
                + "},\"contentChanges\":[{\"range\":{\"start\":{\"line\":" + l1 + ",\"character\":" + c1 + "},\"end\":{\"line\":"
                + l2 + ",\"character\":" + c2 + "}},\"text\":\"" + text + "\"}]}");
    }

    /** The names of the top-level symbols in a documentSymbol response. */
    static List<String> names(JsonObject response) {
        assertTrue(response.has("result"), response.toString());
        JsonArray result = response.getAsJsonArray("result");
        return result.asList().stream().map(e -> e.getAsJsonObject().get("name").getAsString()).toList();
    }

    static int errorCode(JsonObject response) {
        assertTrue(response.has("error"), "an error response: " + response);
        return response.getAsJsonObject("error").get("code").getAsInt();
    }

    static RawServer initialized() throws Exception {
        RawServer server = new RawServer();
        server.initialize(null);
        server.send(frame(open(URI, TEXT)));
        return server;
    }

    static void assertOnlyProtocolOnStdoutAndNoStackTrace(RawServer server) {
        assertEquals(List.of(), server.stdoutProblems());
        String log = server.log();
        assertFalse(log.contains("\tat ") || log.contains("    at ") || log.contains("Exception:"), "no stack trace:\n" + log);
    }

    /** The "protocol error" lines of the log, after waiting (a little) for the first: stderr may trail the answers. */
    static long protocolErrorLines(RawServer server) throws InterruptedException {
        long deadline = System.nanoTime() + 5_000_000_000L;
        long count;
        while ((count = server.log().lines().filter(l -> l.contains("protocol error")).count()) == 0
                && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        return count;
    }

    // ------------------------------------------------------------------ framing

    static int length(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }

    /**
     * Broken messages carrying request {@code id}, each with what that request gets: true for a
     * ParseError (its frame was broken), false for its result (the broken part was around it).
     */
    static List<Arguments> framingErrors(int id) {
        String broken = symbols(id, URI);
        return List.of(
                Arguments.of("a negative Content-Length", "Content-Length: -5\r\n\r\n" + broken, true),
                Arguments.of("a Content-Length that is not a number", "Content-Length: abc\r\n\r\n" + broken, true),
                Arguments.of("a Content-Length too short", "Content-Length: 10\r\n\r\n" + broken, true),
                Arguments.of("no Content-Length", "Content-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n" + broken, true),
                Arguments.of("no header at all", broken + "\r\n", true),
                Arguments.of("a Content-Length over the limit", "Content-Length: 9999999999\r\n\r\n" + broken, true),
                Arguments.of("a charset other than UTF-8", "Content-Length: " + length(broken)
                        + "\r\nContent-Type: application/vscode-jsonrpc; charset=latin1\r\n\r\n" + broken, true),
                Arguments.of("stray bytes before a header", "garbage" + frame(broken), false),
                Arguments.of("an endless header line", "x".repeat(20_000) + frame(broken), false),
                // Longer than the message: the rest of it is the start of the next frame.
                Arguments.of("a Content-Length too long", "Content-Length: " + (length(broken) + 12) + "\r\n\r\n" + broken, false));
    }

    static Stream<Arguments> framingErrors() {
        return framingErrors(2).stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("framingErrors")
    void afterAFramingErrorTheNextRequestIsAnswered(String what, String broken, boolean brokenIsRefused) throws Exception {
        try (RawServer server = initialized()) {
            server.send(broken);
            server.send(frame(symbols(3, URI)));
            assertEquals(List.of("leaf"), names(server.response(3)), what);
            JsonObject second = server.response(2);
            if (brokenIsRefused) {
                assertEquals(-32700, errorCode(second), "the broken request is answered, not left hanging");
            } else {
                assertEquals(List.of("leaf"), names(second));
            }
            assertEquals(1, protocolErrorLines(server), "one log line:\n" + server.log());
            assertEquals(0, server.shutdownAndExit(), "shutdown is still heard");
            assertOnlyProtocolOnStdoutAndNoStackTrace(server);
        }
    }

    @Test
    void everyFramingErrorInOneSessionAndShutdownIsStillHeard() throws Exception {
        try (RawServer server = initialized()) {
            int id = 100;
            for (Arguments a : framingErrors(id)) {
                Object[] error = a.get();
                int brokenId = id++;
                server.send(((String) error[1]).replace("\"id\":100,", "\"id\":" + brokenId + ","));
                server.send(frame(symbols(id, URI)));
                assertEquals(List.of("leaf"), names(server.response(id++)), (String) error[0]);
            }
            assertEquals(0, server.shutdownAndExit());
            assertOnlyProtocolOnStdoutAndNoStackTrace(server);
        }
    }

    @Test
    void aBodyThatIsNotJsonIsAParseErrorWithANullId() throws Exception {
        try (RawServer server = initialized()) {
            server.send(frame("{ this is not json }"));
            server.send(frame(symbols(3, URI)));
            assertEquals(List.of("leaf"), names(server.response(3)));
            List<JsonObject> nullIds = server.nullIdResponses();
            assertEquals(1, nullIds.size(), nullIds.toString());
            assertEquals(-32700, errorCode(nullIds.get(0)));
            assertEquals(0, server.shutdownAndExit());
            assertOnlyProtocolOnStdoutAndNoStackTrace(server);
        }
    }

    // ------------------------------------------------------------------ lifecycle

    @Test
    void beforeInitializeRequestsGetServerNotInitializedAndNotificationsAreDropped() throws Exception {
        try (RawServer server = new RawServer()) {
            server.send(frame(symbols(7, URI)));
            assertEquals(-32002, errorCode(server.response(7)));
            server.send(frame(open("untitled:early.fabric", "tier early {\n}\n")));
            server.initialize(null);
            server.send(frame(symbols(8, "untitled:early.fabric")));
            assertEquals(List.of(), names(server.response(8)), "the didOpen before initialize was dropped");
            assertEquals(0, server.shutdownAndExit());
            assertOnlyProtocolOnStdoutAndNoStackTrace(server);
        }
    }

    @Test
    void exitBeforeInitializeEndsTheServerWithStatusOne() throws Exception {
        try (RawServer server = new RawServer()) {
            server.send(frame(notification("exit", null)));
            assertEquals(1, server.exitStatus());
            assertOnlyProtocolOnStdoutAndNoStackTrace(server);
        }
    }

    @Test
    void afterShutdownRequestsGetInvalidRequest() throws Exception {
        try (RawServer server = initialized()) {
            server.send(frame(request(5, "shutdown", null)));
            server.response(5);
            server.send(frame(symbols(6, URI)));
            assertEquals(-32600, errorCode(server.response(6)));
            server.send(frame(notification("exit", null)));
            assertEquals(0, server.exitStatus());
            assertOnlyProtocolOnStdoutAndNoStackTrace(server);
        }
    }

    // ------------------------------------------------------------------ methods and params

    @Test
    void unknownDollarRequestsGetMethodNotFoundAndUnknownDollarNotificationsAreIgnored() throws Exception {
        try (RawServer server = initialized()) {
            server.send(frame(request(4, "$/unknownRequest", "{}")));
            assertEquals(-32601, errorCode(server.response(4)));
            server.send(frame(notification("$/unknownNotification", "{}")));
            server.send(frame(symbols(5, URI)));
            assertEquals(List.of("leaf"), names(server.response(5)));
            assertFalse(server.log().contains("unknownNotification"), server.log());
            assertEquals(0, server.shutdownAndExit());
            assertOnlyProtocolOnStdoutAndNoStackTrace(server);
        }
    }

    @Test
    void invalidParamsGetInvalidParamsNotAStackTrace() throws Exception {
        try (RawServer server = initialized()) {
            String position = "\"position\":{\"line\":0,\"character\":6}";
            server.send(frame(hover(10, "{\"textDocument\":null," + position + "}")));
            server.send(frame(hover(11, "{\"textDocument\":{\"uri\":\"" + URI + "\"}}")));
            server.send(frame(hover(12, "{\"textDocument\":{\"uri\":\"" + URI + "\"},\"position\":\"x\"}")));
            server.send(frame(hover(13, "{\"textDocument\":{\"uri\":\"" + URI + "\"},\"position\":{\"line\":0,\"character\":-4}}")));
            server.send(frame(hover(14, null)));
            server.send(frame(hover(15, "[1, 2]")));
            for (int id = 10; id <= 15; id++) {
                assertEquals(-32602, errorCode(server.response(id)), "request " + id);
            }
            server.send(frame(hover(16, "{\"textDocument\":{\"uri\":\"" + URI + "\"}," + position + "}")));
            assertTrue(server.response(16).has("result"), "a valid hover is still answered");
            assertEquals(0, server.shutdownAndExit());
            assertOnlyProtocolOnStdoutAndNoStackTrace(server);
        }
    }

    @Test
    void aChangeOutsideTheDocumentIsRejectedAndTheDocumentKeepsWorking() throws Exception {
        try (RawServer server = initialized()) {
            // Clamped to column 0, this would rename the tier to `spine`.
            server.send(frame(change(URI, 2, 0, -1, 0, 9, "tier spine")));
            server.send(frame(change(URI, 3, 0, 5, 99, 0, "x")));
            server.send(frame(symbols(20, URI)));
            assertEquals(List.of("leaf"), names(server.response(20)), "unchanged");
            assertTrue(server.logs("didChange") && server.log().contains("-1"), server.log());
            server.send(frame(change(URI, 4, 0, 5, 0, 9, "spine")));
            server.send(frame(symbols(21, URI)));
            assertEquals(List.of("spine"), names(server.response(21)), "a later valid edit applies");
            assertEquals(0, server.shutdownAndExit());
            assertOnlyProtocolOnStdoutAndNoStackTrace(server);
        }
    }
}
