package io.fabriclint.cli.lsp;

import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CompletionCapabilities;
import org.eclipse.lsp4j.CompletionItemCapabilities;
import org.eclipse.lsp4j.DidChangeWatchedFilesCapabilities;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.RegistrationParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentClientCapabilities;
import org.eclipse.lsp4j.WorkspaceClientCapabilities;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * The real `fabric lsp` (the shaded jar) in a child process, driven with
 * LSP4J's own client launcher over its standard input and output.
 */
final class ServerProcess implements AutoCloseable {
    static Path jar() {
        return Path.of(System.getProperty("fabric.jar", "target/fabric.jar")).toAbsolutePath();
    }

    final Process process;
    final LanguageServer server;
    final Launcher<LanguageServer> launcher;
    final OutputStream stdin;
    private final List<PublishDiagnosticsParams> published = new ArrayList<>();
    private final List<String> logged = new ArrayList<>();
    final ByteArrayOutputStream stderr = new ByteArrayOutputStream();

    final List<RegistrationParams> registrations = new ArrayList<>();

    final List<String> shown = new ArrayList<>();

    /** `java -jar fabric.jar lsp` with these arguments after `lsp`. */
    ServerProcess(String... lspArguments) throws IOException {
        this(List.of(), lspArguments);
    }

    /** `java JVM-OPTIONS -jar fabric.jar lsp` with these arguments after `lsp`. */
    ServerProcess(List<String> jvmOptions, String... lspArguments) throws IOException {
        List<String> command = new ArrayList<>(List.of("java", "-Xss8m"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar().toString(), "lsp"));
        command.addAll(List.of(lspArguments));
        process = new ProcessBuilder(command).start();
        Thread drain = new Thread(() -> {
            try (InputStream err = process.getErrorStream()) {
                err.transferTo(stderr);
            } catch (IOException ignored) {
                // process ended
            }
        });
        drain.setDaemon(true);
        drain.start();
        stdin = process.getOutputStream();
        launcher = LSPLauncher.createClientLauncher(new Client(), process.getInputStream(), stdin);
        launcher.startListening();
        server = launcher.getRemoteProxy();
    }

    InitializeResult initialize(Path root) throws Exception {
        return initialize(root, false);
    }

    InitializeResult initialize(Path root, boolean watchFiles) throws Exception {
        return initialize(root, watchFiles, ProcessHandle.current().pid());
    }

    /**
     * @param watchFiles whether the client offers to watch files for the server (dynamic registration)
     * @param clientPid  the `processId` the client gives as its own
     */
    InitializeResult initialize(Path root, boolean watchFiles, long clientPid) throws Exception {
        InitializeParams params = new InitializeParams();
        params.setProcessId((int) clientPid);
        params.setRootUri(root.toUri().toString());
        TextDocumentClientCapabilities text = new TextDocumentClientCapabilities();
        CompletionCapabilities completion = new CompletionCapabilities(new CompletionItemCapabilities(true));
        text.setCompletion(completion);
        ClientCapabilities caps = new ClientCapabilities();
        caps.setTextDocument(text);
        if (watchFiles) {
            WorkspaceClientCapabilities workspace = new WorkspaceClientCapabilities();
            workspace.setDidChangeWatchedFiles(new DidChangeWatchedFilesCapabilities(true));
            caps.setWorkspace(workspace);
        }
        params.setCapabilities(caps);
        InitializeResult result = server.initialize(params).get(30, TimeUnit.SECONDS);
        server.initialized(new InitializedParams());
        return result;
    }

    /** Waits for a diagnostics notification for the URI that satisfies the condition (the latest one first). */
    PublishDiagnosticsParams diagnostics(String uri, Predicate<PublishDiagnosticsParams> condition, Duration timeout)
            throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        synchronized (published) {
            while (true) {
                for (int i = published.size() - 1; i >= 0; i--) {
                    PublishDiagnosticsParams p = published.get(i);
                    if (p.getUri().equals(uri)) {
                        if (condition.test(p)) {
                            return p;
                        }
                        break;
                    }
                }
                long left = end - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError("no diagnostics for " + uri + " as expected; got "
                            + published.stream().filter(p -> p.getUri().equals(uri)).toList() + "\nserver log:\n" + log());
                }
                published.wait(Math.max(1, left / 1_000_000));
            }
        }
    }

    boolean wasPublished(String uri) {
        synchronized (published) {
            return published.stream().anyMatch(p -> p.getUri().equals(uri));
        }
    }

    void clearPublished() {
        synchronized (published) {
            published.clear();
        }
    }

    String log() {
        return stderr.toString(StandardCharsets.UTF_8);
    }

    /**
     * Whether the server's log comes to contain the text within the timeout. Standard error is read
     * by its own thread, so a line the server wrote before answering a request may arrive after the answer.
     */
    boolean logs(String text, Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (!log().contains(text)) {
            if (System.nanoTime() > end) {
                return false;
            }
            Thread.sleep(20);
        }
        return true;
    }

    private final class Client implements LanguageClient {
        /*
         * LSP4J reads a response with the result type of the method it answers, looked up among the
         * methods the launcher knows; these two declare the server's custom requests so that their
         * responses are read as JSON objects (the client never receives these requests).
         */
        @org.eclipse.lsp4j.jsonrpc.services.JsonRequest("fabric/powerSummary")
        public java.util.concurrent.CompletableFuture<com.google.gson.JsonObject> powerSummary(com.google.gson.JsonObject p) {
            throw new UnsupportedOperationException("a server request");
        }

        @org.eclipse.lsp4j.jsonrpc.services.JsonRequest("fabric/report")
        public java.util.concurrent.CompletableFuture<com.google.gson.JsonObject> report(com.google.gson.JsonObject p) {
            throw new UnsupportedOperationException("a server request");
        }

        @Override
        public void telemetryEvent(Object object) {
        }

        @Override
        public void publishDiagnostics(PublishDiagnosticsParams diagnostics) {
            synchronized (published) {
                published.add(diagnostics);
                published.notifyAll();
            }
        }

        @Override
        public void showMessage(MessageParams messageParams) {
            synchronized (shown) {
                shown.add(messageParams.getMessage());
                shown.notifyAll();
            }
        }

        @Override
        public java.util.concurrent.CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams p) {
            return java.util.concurrent.CompletableFuture.completedFuture(null);
        }

        @Override
        public void logMessage(MessageParams message) {
            synchronized (logged) {
                logged.add(message.getMessage());
            }
        }

        @Override
        public java.util.concurrent.CompletableFuture<Void> registerCapability(RegistrationParams params) {
            synchronized (registrations) {
                registrations.add(params);
                registrations.notifyAll();
            }
            return java.util.concurrent.CompletableFuture.completedFuture(null);
        }
    }

    @Override
    public void close() throws Exception {
        stop(process);
    }

    /** Ends a server process that is still running (politely first). */
    static void stop(Process process) throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }
}
