package io.fabriclint.server;

import org.eclipse.lsp4j.jsonrpc.json.JsonRpcMethod;
import org.eclipse.lsp4j.jsonrpc.json.MessageJsonHandler;
import org.eclipse.lsp4j.jsonrpc.messages.Message;
import org.eclipse.lsp4j.jsonrpc.messages.MessageIssue;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.lsp4j.jsonrpc.services.ServiceEndpoints;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the LSP specification says a server answers before `initialize`, after `shutdown` and to bad params. */
class LifecycleGateTest {
    static final Map<String, JsonRpcMethod> METHODS = ServiceEndpoints.getSupportedMethods(FabricLanguageServer.class);
    static final MessageJsonHandler JSON = new MessageJsonHandler(METHODS);
    static final String HOVER = "{\"textDocument\":{\"uri\":\"file:///a.fabric\"},\"position\":{\"line\":0,\"character\":1}}";

    final List<Message> passed = new ArrayList<>();
    final List<String> answers = new ArrayList<>();
    final List<String> logged = new ArrayList<>();
    boolean initialized;
    boolean shutDown;
    final LifecycleGate gate = new LifecycleGate(passed::add, (message, issues) -> {
        MessageIssue issue = issues.get(0);
        answers.add(((org.eclipse.lsp4j.jsonrpc.messages.RequestMessage) message).getId() + " " + issue.getIssueCode());
    }, METHODS, () -> initialized, () -> shutDown, logged::add);

    void request(int id, String method, String params) {
        gate.consume(JSON.parseMessage("{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"method\":\"" + method + "\""
                + (params == null ? "" : ",\"params\":" + params) + "}"));
    }

    void notify(String method, String params) {
        gate.consume(JSON.parseMessage("{\"jsonrpc\":\"2.0\",\"method\":\"" + method + "\""
                + (params == null ? "" : ",\"params\":" + params) + "}"));
    }

    static String code(ResponseErrorCode c) {
        return String.valueOf(c.getValue());
    }

    @Test
    void beforeInitializeRequestsAreRefusedAndNotificationsDroppedExceptExit() {
        request(1, "textDocument/hover", HOVER);
        request(2, "shutdown", null);
        notify("textDocument/didOpen", "{\"textDocument\":{\"uri\":\"file:///a.fabric\",\"languageId\":\"fabric\",\"version\":1,\"text\":\"\"}}");
        assertEquals(List.of("1 -32002", "2 -32002"), answers);
        assertTrue(passed.isEmpty());
        notify("exit", null);
        assertEquals(1, passed.size(), "exit is always let through");
        request(3, "initialize", "{\"processId\":null,\"capabilities\":{}}");
        assertEquals(2, passed.size(), "initialize is let through");
    }

    @Test
    void initializeNeedsItsCapabilitiesButTheirContentIsNotChecked() {
        request(1, "initialize", null);
        request(2, "initialize", "{\"processId\":null}");
        assertEquals(List.of("1 " + code(ResponseErrorCode.InvalidParams), "2 " + code(ResponseErrorCode.InvalidParams)), answers);
        // A capability object missing fields LSP4J marks required (semanticTokens.requests) is accepted.
        request(3, "initialize", "{\"processId\":null,\"capabilities\":{\"textDocument\":{\"semanticTokens\":{}}}}");
        assertEquals(1, passed.size());
        initialized = true;
        request(4, "initialize", "{\"processId\":null,\"capabilities\":{}}");
        assertEquals("4 " + code(ResponseErrorCode.InvalidRequest), answers.get(2), "initialize is sent once");
    }

    @Test
    void unknownDollarRequestsAreMethodNotFoundAndUnknownDollarNotificationsAreDroppedSilently() {
        initialized = true;
        request(1, "$/unknown", "{}");
        request(2, "fabric/noSuchMethod", "{}");
        assertEquals(List.of("1 -32601", "2 -32601"), answers);
        notify("$/unknown", "{}");
        notify("$/progress", "{\"token\":1,\"value\":{}}");
        assertTrue(passed.isEmpty());
        assertTrue(logged.stream().noneMatch(l -> l.contains("$/unknown") && l.contains("notification")), logged.toString());
        notify("$/cancelRequest", "{\"id\":1}");
        notify("$/setTrace", "{\"value\":\"off\"}");
        assertEquals(2, passed.size(), "known $/ notifications pass");
    }

    @Test
    void paramsMissingRequiredFieldsOrWithNegativePositionsAreInvalidParams() {
        initialized = true;
        request(1, "textDocument/hover", "{\"textDocument\":null,\"position\":{\"line\":0,\"character\":0}}");
        request(2, "textDocument/hover", "{\"textDocument\":{\"uri\":\"file:///a.fabric\"}}");
        request(3, "textDocument/hover", null);
        request(4, "textDocument/hover", "{\"textDocument\":{\"uri\":\"file:///a.fabric\"},\"position\":{\"line\":0,\"character\":-1}}");
        request(5, "textDocument/hover", "{\"textDocument\":{},\"position\":{\"line\":0,\"character\":0}}");
        String invalid = code(ResponseErrorCode.InvalidParams);
        assertEquals(List.of("1 " + invalid, "2 " + invalid, "3 " + invalid, "4 " + invalid, "5 " + invalid), answers);
        assertTrue(passed.isEmpty());
        request(6, "textDocument/hover", HOVER);
        request(7, "shutdown", null);
        assertEquals(2, passed.size());
    }

    @Test
    void aChangeWithANegativePositionIsDroppedWithALogLine() {
        initialized = true;
        notify("textDocument/didChange", "{\"textDocument\":{\"uri\":\"file:///a.fabric\",\"version\":2},\"contentChanges\":"
                + "[{\"range\":{\"start\":{\"line\":0,\"character\":-1},\"end\":{\"line\":0,\"character\":2}},\"text\":\"x\"}]}");
        assertTrue(passed.isEmpty());
        assertEquals(1, logged.size());
        assertTrue(logged.get(0).contains("didChange") && logged.get(0).contains("-1"), logged.get(0));
        notify("textDocument/didChange", "{\"textDocument\":{\"uri\":\"file:///a.fabric\",\"version\":2},\"contentChanges\":"
                + "[{\"range\":{\"start\":{\"line\":0,\"character\":1},\"end\":{\"line\":0,\"character\":2}},\"text\":\"x\"}]}");
        assertEquals(1, passed.size());
    }

    @Test
    void whatClientsSendIsAccepted() {
        initialized = true;
        String doc = "\"textDocument\":{\"uri\":\"file:///a.fabric\"}";
        request(1, "textDocument/formatting", "{" + doc + ",\"options\":{\"tabSize\":2,\"insertSpaces\":true,\"x\":\"y\"}}");
        request(2, "textDocument/codeAction", "{" + doc + ",\"range\":{\"start\":{\"line\":0,\"character\":0},"
                + "\"end\":{\"line\":0,\"character\":1}},\"context\":{\"diagnostics\":[{\"range\":{\"start\":{\"line\":0,"
                + "\"character\":0},\"end\":{\"line\":0,\"character\":1}},\"message\":\"m\",\"code\":\"FAB101\",\"data\":null}],"
                + "\"triggerKind\":1}}");
        request(3, "textDocument/completion", "{" + doc + ",\"position\":{\"line\":0,\"character\":0},\"context\":{\"triggerKind\":1}}");
        request(4, "workspace/symbol", "{\"query\":\"\"}");
        request(5, "textDocument/inlayHint", "{" + doc + ",\"range\":{\"start\":{\"line\":0,\"character\":0},"
                + "\"end\":{\"line\":9,\"character\":0}}}");
        notify("textDocument/didSave", "{" + doc + "}");
        notify("workspace/didChangeWatchedFiles", "{\"changes\":[{\"uri\":\"file:///a.fabric\",\"type\":2}]}");
        assertEquals(List.of(), answers);
        assertEquals(7, passed.size(), logged.toString());
    }

    @Test
    void nullSettingsAreValidLspAny() {
        initialized = true;
        // What VS Code sends on every configuration change when the server pulls its configuration.
        notify("workspace/didChangeConfiguration", "{\"settings\":null}");
        notify("workspace/didChangeConfiguration", "{\"settings\":{\"fabric\":{}}}");
        assertEquals(2, passed.size(), logged.toString());
    }

    @Test
    void afterShutdownRequestsAreInvalidRequestAndOnlyExitPasses() {
        initialized = true;
        shutDown = true;
        request(1, "textDocument/hover", HOVER);
        request(2, "shutdown", null);
        notify("textDocument/didClose", "{\"textDocument\":{\"uri\":\"file:///a.fabric\"}}");
        assertEquals(List.of("1 -32600", "2 -32600"), answers);
        assertTrue(passed.isEmpty());
        notify("exit", null);
        assertEquals(1, passed.size());
    }

    @Test
    void responsesFromTheClientPass() {
        gate.consume(JSON.parseMessage("{\"jsonrpc\":\"2.0\",\"id\":\"1\",\"result\":null}"));
        assertEquals(1, passed.size());
    }
}
