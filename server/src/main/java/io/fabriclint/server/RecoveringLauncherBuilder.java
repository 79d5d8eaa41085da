package io.fabriclint.server;

import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.jsonrpc.MessageConsumer;
import org.eclipse.lsp4j.jsonrpc.MessageProducer;
import org.eclipse.lsp4j.jsonrpc.RemoteEndpoint;
import org.eclipse.lsp4j.jsonrpc.json.ConcurrentMessageProcessor;
import org.eclipse.lsp4j.jsonrpc.json.JsonRpcMethod;
import org.eclipse.lsp4j.jsonrpc.json.MessageJsonHandler;
import org.eclipse.lsp4j.jsonrpc.services.ServiceEndpoints;
import org.eclipse.lsp4j.services.LanguageClient;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * LSP4J's launcher with the server's own reading side: a {@link ProtocolMessageProducer} that
 * recovers from framing errors instead of LSP4J's StreamMessageProducer, and a
 * {@link LifecycleGate} before the endpoint. Everything else (JSON handling, the endpoint, the
 * client proxy, the writing side) is LSP4J's.
 */
final class RecoveringLauncherBuilder extends Launcher.Builder<LanguageClient> {
    private final FabricLanguageServer server;
    private final Consumer<String> log;
    private MessageJsonHandler jsonHandler;
    private RemoteEndpoint endpoint;
    private Map<String, JsonRpcMethod> serverMethods;

    RecoveringLauncherBuilder(FabricLanguageServer server, Consumer<String> log) {
        this.server = server;
        this.log = log;
        setLocalService(server);
        setRemoteInterface(LanguageClient.class);
    }

    /**
     * As LSP4J's (the client's methods, then the server's), keeping the server's for the
     * {@link LifecycleGate}: the reflection over the server's protocol methods is the largest part
     * of the launcher's start, and is done once instead of twice.
     */
    @Override
    protected Map<String, JsonRpcMethod> getSupportedMethods() {
        serverMethods = ServiceEndpoints.getSupportedMethods(server.getClass());
        Map<String, JsonRpcMethod> all = new LinkedHashMap<>();
        for (Class<?> remote : remoteInterfaces) {
            all.putAll(ServiceEndpoints.getSupportedMethods(remote));
        }
        all.putAll(serverMethods);
        return all;
    }

    @Override
    protected MessageJsonHandler createJsonHandler() {
        jsonHandler = super.createJsonHandler();
        return jsonHandler;
    }

    @Override
    protected RemoteEndpoint createRemoteEndpoint(MessageJsonHandler handler) {
        endpoint = super.createRemoteEndpoint(handler);
        return endpoint;
    }

    /** LSP4J's producer (on the same input) is replaced; it is never started. */
    @Override
    protected ConcurrentMessageProcessor createMessageProcessor(MessageProducer unused, MessageConsumer consumer,
                                                                LanguageClient client) {
        LifecycleGate gate = new LifecycleGate(consumer, endpoint, serverMethods, server::isInitialized,
                server::shutdownRequested, log);
        return new ConcurrentMessageProcessor(new ProtocolMessageProducer(new FrameReader(input), jsonHandler, endpoint, log),
                gate);
    }
}
