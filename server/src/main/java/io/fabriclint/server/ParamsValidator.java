package io.fabriclint.server;

import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.jsonrpc.json.JsonRpcMethod;
import org.eclipse.lsp4j.jsonrpc.messages.MessageIssue;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.lsp4j.jsonrpc.validation.NonNull;
import org.eclipse.lsp4j.jsonrpc.validation.ReflectiveMessageValidator;

import java.lang.reflect.Method;
import java.lang.reflect.Type;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Checks the params of an incoming request or notification against what the protocol requires:
 * the fields LSP4J's types mark {@code @NonNull} are present, and no position is negative. The
 * client's capabilities are not inspected (clients send many shapes of them, and the server reads
 * only a few, defensively), nor are fields the specification types LSPAny.
 */
final class ParamsValidator extends ReflectiveMessageValidator {
    /** What is wrong with the params, or null when they are fine. */
    String problem(JsonRpcMethod method, Object params) {
        if (method == null || method.getParameterTypes().length == 0) {
            return null;
        }
        if (params == null) {
            return hasRequiredFields(method.getParameterTypes()[0]) ? "params are missing" : null;
        }
        List<MessageIssue> issues = new ArrayList<>();
        Deque<Object> path = new ArrayDeque<>();
        path.push(".params");
        try {
            validate(params, issues, new ArrayDeque<>(), path);
        } catch (Exception e) {
            return "params cannot be checked: " + ProtocolMessageProducer.firstLine(e);
        }
        return issues.isEmpty() ? null : issues.stream().map(MessageIssue::getText).limit(3).collect(Collectors.joining(" "));
    }

    @Override
    protected void validate(Object object, List<MessageIssue> issues, Deque<Object> objects, Deque<Object> path)
            throws Exception {
        if (object instanceof ClientCapabilities) {
            return;
        }
        if (object instanceof Position p && (p.getLine() < 0 || p.getCharacter() < 0)) {
            issues.add(new MessageIssue("The position " + p.getLine() + ":" + p.getCharacter()
                    + " is negative (lines and characters count from 0). Path: " + createPathString(path),
                    ResponseErrorCode.InvalidParams.getValue()));
            return;
        }
        super.validate(object, issues, objects, path);
    }

    /** A field typed LSPAny (Object in LSP4J) may hold any JSON value, null included (`{"settings": null}`). */
    @Override
    protected boolean isGetter(Method method) {
        return super.isGetter(method) && method.getReturnType() != Object.class;
    }

    private static boolean hasRequiredFields(Type type) {
        if (!(type instanceof Class<?> c)) {
            return false;
        }
        for (Method m : c.getMethods()) {
            if (m.getParameterCount() == 0 && m.getName().startsWith("get") && m.isAnnotationPresent(NonNull.class)) {
                return true;
            }
        }
        return false;
    }
}
