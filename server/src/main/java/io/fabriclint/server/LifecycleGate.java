package io.fabriclint.server;

import org.eclipse.lsp4j.jsonrpc.MessageConsumer;
import org.eclipse.lsp4j.jsonrpc.MessageIssueHandler;
import org.eclipse.lsp4j.jsonrpc.json.JsonRpcMethod;
import org.eclipse.lsp4j.jsonrpc.json.MessageJsonHandler;
import org.eclipse.lsp4j.jsonrpc.messages.Message;
import org.eclipse.lsp4j.jsonrpc.messages.MessageIssue;
import org.eclipse.lsp4j.jsonrpc.messages.NotificationMessage;
import org.eclipse.lsp4j.jsonrpc.messages.RequestMessage;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;

import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Stands in front of LSP4J's endpoint and answers what the LSP specification says a server answers
 * before the server code sees a message: a request before `initialize` gets ServerNotInitialized
 * (-32002) and a notification then is dropped (except `exit`); a request after `shutdown` gets
 * InvalidRequest (-32600); an unknown request gets MethodNotFound (-32601), an unknown `$/`
 * notification is dropped silently; params that lack a required field or hold a negative position
 * get InvalidParams (-32602), or, for a notification, are dropped with a log line, so that a
 * broken edit changes nothing.
 */
final class LifecycleGate implements MessageConsumer {
    private static final String CANCEL = MessageJsonHandler.CANCEL_METHOD.getMethodName();

    private final MessageConsumer next;
    private final MessageIssueHandler replies;
    private final Map<String, JsonRpcMethod> methods;
    private final BooleanSupplier initialized;
    private final BooleanSupplier shutDown;
    private final Consumer<String> log;
    private final ParamsValidator validator = new ParamsValidator();

    /**
     * @param next        LSP4J's endpoint
     * @param replies     answers a request with an error (the same endpoint)
     * @param methods     the methods the server implements
     * @param initialized whether `initialize` has been answered
     * @param shutDown    whether `shutdown` has been received
     */
    LifecycleGate(MessageConsumer next, MessageIssueHandler replies, Map<String, JsonRpcMethod> methods,
                  BooleanSupplier initialized, BooleanSupplier shutDown, Consumer<String> log) {
        this.next = next;
        this.replies = replies;
        this.methods = methods;
        this.initialized = initialized;
        this.shutDown = shutDown;
        this.log = log;
    }

    @Override
    public void consume(Message message) {
        if (message instanceof RequestMessage request) {
            request(request);
        } else if (message instanceof NotificationMessage notification) {
            notification(notification);
        } else {
            next.consume(message);
        }
    }

    private void request(RequestMessage request) {
        String method = request.getMethod();
        boolean isInitialize = "initialize".equals(method);
        if (!initialized.getAsBoolean() && !isInitialize) {
            refuse(request, ResponseErrorCode.ServerNotInitialized, "the server is not initialized: 'initialize' comes first");
        } else if (shutDown.getAsBoolean()) {
            refuse(request, ResponseErrorCode.InvalidRequest, "the server is shutting down: after 'shutdown' only 'exit' is accepted");
        } else if (initialized.getAsBoolean() && isInitialize) {
            refuse(request, ResponseErrorCode.InvalidRequest, "the server is already initialized");
        } else if (method == null || !methods.containsKey(method)) {
            refuse(request, ResponseErrorCode.MethodNotFound, "unknown method '" + method + "'");
        } else {
            String problem = validator.problem(methods.get(method), request.getParams());
            if (problem != null) {
                refuse(request, ResponseErrorCode.InvalidParams, "invalid params for '" + method + "': " + problem);
            } else {
                next.consume(request);
            }
        }
    }

    private void refuse(RequestMessage request, ResponseErrorCode code, String text) {
        log.accept("request " + request.getId() + " is answered with " + code + ": " + text);
        replies.handle(request, List.of(new MessageIssue(text, code.getValue())));
    }

    private void notification(NotificationMessage notification) {
        String method = notification.getMethod();
        if ("exit".equals(method)) {
            next.consume(notification);
        } else if (!initialized.getAsBoolean()) {
            log.accept("notification '" + method + "' before 'initialize' is dropped");
        } else if (shutDown.getAsBoolean()) {
            log.accept("notification '" + method + "' after 'shutdown' is dropped");
        } else if (CANCEL.equals(method)) {
            next.consume(notification); // LSP4J's endpoint cancels the request itself
        } else if (method == null || !methods.containsKey(method)) {
            if (method == null || !method.startsWith("$/")) {
                log.accept("unknown notification '" + method + "' is dropped");
            }
        } else {
            String problem = validator.problem(methods.get(method), notification.getParams());
            if (problem != null) {
                log.accept("notification '" + method + "' is dropped: invalid params: " + problem);
            } else {
                next.consume(notification);
            }
        }
    }
}
