import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Latency of `fabric lsp` on a generated 10,000-line fabric, over the real
 * stdio transport, driven by LSP4J's client launcher:
 *   - a one-character didChange until its publishDiagnostics (matched by version),
 *   - completion (module names in a link),
 *   - hover (a tier's power breakdown).
 * Prints median and p99 of each. Run with bench/run or bench/perf (not part of CI).
 */
public final class LspBench {
    public static void main(String[] args) throws Exception {
        // The server as users start it: the launcher (start-up archive, JVM options), or a jar given.
        Path command = Path.of(args.length > 0 ? args[0] : "fabric").toAbsolutePath();
        int warmup = Integer.getInteger("warmup", 300);
        int runs = Integer.getInteger("runs", 500);
        Path dir = Files.createTempDirectory("fabric-bench");
        dir.toFile().deleteOnExit(); // deleted last: registered first
        Path file = dir.resolve("big.fabric");
        file.toFile().deleteOnExit();
        String text = generate(10_000);
        Files.writeString(file, text);
        String[] lines = text.split("\n", -1);
        System.out.printf(Locale.ROOT, "file: %s, %d lines, %d declarations%n", file, lines.length - 1,
                Arrays.stream(lines).filter(l -> l.matches("^(tier|link|rack|module|fabric) .*")).count());

        List<String> cmd = new ArrayList<>();
        if (command.toString().endsWith(".jar")) {
            cmd.add("java");
            String opts = System.getenv("FABRIC_LSP_JAVA_OPTS");
            if (opts != null && !opts.isBlank()) {
                cmd.addAll(Arrays.asList(opts.trim().split("\\s+")));
            }
            cmd.addAll(List.of("-jar", command.toString()));
        } else {
            cmd.add(command.toString()); // the launcher adds FABRIC_LSP_JAVA_OPTS itself
        }
        cmd.add("lsp");
        Process process = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        Client client = new Client();
        Launcher<LanguageServer> launcher = LSPLauncher.createClientLauncher(client, process.getInputStream(),
                process.getOutputStream());
        launcher.startListening();
        LanguageServer server = launcher.getRemoteProxy();
        InitializeParams init = new InitializeParams();
        init.setRootUri(dir.toUri().toString());
        init.setCapabilities(new ClientCapabilities());
        server.initialize(init).get(60, TimeUnit.SECONDS);
        server.initialized(new InitializedParams());
        String uri = file.toUri().toString();
        long t0 = System.nanoTime();
        server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "fabric", 1, text)));
        client.await(uri, 1);
        System.out.printf(Locale.ROOT, "first diagnostics after open: %.1f ms (%d diagnostics)%n",
                (System.nanoTime() - t0) / 1e6, client.count(uri));

        // The edit: one character of a link's length, alternately 30m -> 31m -> 30m, in the middle of the file.
        int editLine = -1;
        for (int i = lines.length / 2; i < lines.length; i++) {
            if (lines[i].startsWith("  length 30m")) {
                editLine = i;
                break;
            }
        }
        int moduleLine = -1;
        for (int i = lines.length / 2; i < lines.length; i++) {
            if (lines[i].startsWith("  module ")) {
                moduleLine = i;
                break;
            }
        }
        int tierLine = -1;
        for (int i = lines.length / 2; i < lines.length; i++) {
            if (lines[i].startsWith("tier leaf")) {
                tierLine = i;
                break;
            }
        }
        int[] version = {1};
        TextDocumentIdentifier doc = new TextDocumentIdentifier(uri);
        int fEditLine = editLine;
        Runnable edit = () -> {
            int v = ++version[0];
            String ch = v % 2 == 0 ? "1" : "0";
            server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
                    new VersionedTextDocumentIdentifier(uri, v), List.of(new TextDocumentContentChangeEvent(
                    new Range(new Position(fEditLine, 10), new Position(fEditLine, 11)), ch))));
        };
        CompletionParams completion = new CompletionParams(doc, new Position(moduleLine, 9));
        HoverParams hover = new HoverParams(doc, new Position(tierLine, 6));

        for (int i = 0; i < warmup; i++) {
            edit.run();
            client.await(uri, version[0]);
            server.getTextDocumentService().completion(completion).get(30, TimeUnit.SECONDS);
            server.getTextDocumentService().hover(hover).get(30, TimeUnit.SECONDS);
        }
        double[] diag = new double[runs];
        double[] comp = new double[runs];
        double[] hov = new double[runs];
        int items = 0;
        String hoverText = "";
        for (int i = 0; i < runs; i++) {
            long s = System.nanoTime();
            edit.run();
            long received = client.await(uri, version[0]);
            diag[i] = (received - s) / 1e6;
            s = System.nanoTime();
            var c = server.getTextDocumentService().completion(completion).get(30, TimeUnit.SECONDS);
            comp[i] = (System.nanoTime() - s) / 1e6;
            items = c.isLeft() ? c.getLeft().size() : c.getRight().getItems().size();
            s = System.nanoTime();
            var h = server.getTextDocumentService().hover(hover).get(30, TimeUnit.SECONDS);
            hov[i] = (System.nanoTime() - s) / 1e6;
            hoverText = h == null ? "" : h.getContents().getRight().getValue();
            Thread.sleep(5); // a little idle time between keystrokes, as when typing
        }
        if (items == 0 || !hoverText.contains("W")) {
            throw new IllegalStateException("completion or hover answered nothing: " + items + " items, hover " + hoverText);
        }
        System.out.printf(Locale.ROOT, "%d runs after %d warm-up runs (completion: %d items)%n", runs, warmup, items);
        report("didChange -> publishDiagnostics", diag);
        report("completion", comp);
        report("hover", hov);
        // One line for bench/perf to read: p99 of diagnostics, completion and hover.
        System.out.printf(Locale.ROOT, "p99 %.2f %.2f %.2f%n", percentile(diag, 0.99), percentile(comp, 0.99),
                percentile(hov, 0.99));
        server.shutdown().get(10, TimeUnit.SECONDS);
        server.exit();
        process.waitFor(10, TimeUnit.SECONDS);
        process.destroyForcibly();
    }

    static double percentile(double[] ms, double p) {
        double[] s = ms.clone();
        Arrays.sort(s);
        return s[(int) Math.ceil(s.length * p) - 1];
    }

    static void report(String what, double[] ms) {
        double[] s = ms.clone();
        Arrays.sort(s);
        System.out.printf(Locale.ROOT, "%-34s median %6.2f ms   p99 %6.2f ms   max %6.2f ms%n", what,
                s[s.length / 2], s[(int) Math.ceil(s.length * 0.99) - 1], s[s.length - 1]);
    }

    /**
     * A fabric of at least {@code minLines} lines, as architects write them: pods of 16 GPU servers
     * and 2 leaves with their racks and links, all uplinks into one spine tier; every tenth pod
     * has a multimode run that is too long (FAB101), so the file is not spotless.
     */
    static String generate(int minLines) {
        StringBuilder sb = new StringBuilder();
        sb.append("// Generated for the language-server benchmark.\n");
        sb.append("fabric bench {\n  pue 1.3\n  fec RS544\n}\n\n");
        sb.append("module BENCH-400G-SR4 {\n  like OSFP-400G-SR4\n  power 7.5W\n}\n\n");
        for (int pod = 0; count(sb) < minLines; pod++) {
            int plane = pod / 8; // 8 pods x 32 uplinks fill one plane of 4 spines x 64 ports
            if (pod % 8 == 0) {
                sb.append("// spine plane ").append(plane).append("\n");
                sb.append("rack core").append(plane).append(" { count 2; height 42U; power 40kW }\n\n");
                sb.append("tier spine").append(plane).append(" {\n  count 4\n  rack core").append(plane)
                        .append("\n  height 2U\n  power 1.4kW\n  asic \"Tomahawk 5\"\n  port down: 64 x OSFP 800G\n}\n\n");
            }
            sb.append("// pod ").append(pod).append(": 16 GPU servers (128 x 400G) and 2 leaves\n");
            sb.append("rack pod").append(pod).append(" {\n  count 4\n  height 42U\n  power 60kW\n}\n\n");
            sb.append("tier gpu").append(pod).append(" {\n  count 16\n  rack pod").append(pod)
                    .append("\n  height 8U\n  power 10.2kW\n  port nic: 8 x OSFP 400G\n}\n\n");
            sb.append("tier leaf").append(pod).append(" {\n  count 2\n  rack pod").append(pod)
                    .append("\n  height 2U\n  power 750W\n  port down: 32 x OSFP 800G\n  port up: 16 x OSFP 800G\n}\n\n");
            sb.append("link gpu").append(pod).append(".nic -> leaf").append(pod).append(".down {\n")
                    .append("  module BENCH-400G-SR4 -> OSFP-800G-2SR4\n  fiber OM4\n  length ")
                    .append(pod % 10 == 5 ? "80m" : "30m").append("\n}\n\n");
            sb.append("link leaf").append(pod).append(".up -> spine").append(plane).append(".down {\n")
                    .append("  module OSFP-800G-DR8\n  fiber OS2\n  length 300m\n}\n\n");
        }
        return sb.toString();
    }

    static int count(StringBuilder sb) {
        int n = 0;
        for (int i = 0; i < sb.length(); i++) {
            if (sb.charAt(i) == '\n') {
                n++;
            }
        }
        return n;
    }

    static final class Client implements LanguageClient {
        private final ConcurrentHashMap<String, PublishDiagnosticsParams> latest = new ConcurrentHashMap<>();
        private final ConcurrentHashMap<String, Long> receivedAt = new ConcurrentHashMap<>();

        /** Waits for diagnostics of the given version; returns System.nanoTime() of their arrival. */
        long await(String uri, int version) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            synchronized (this) {
                while (true) {
                    PublishDiagnosticsParams p = latest.get(uri);
                    if (p != null && p.getVersion() != null && p.getVersion() >= version) {
                        return receivedAt.get(uri);
                    }
                    if (System.nanoTime() > deadline) {
                        throw new IllegalStateException("no diagnostics for version " + version);
                    }
                    wait(50);
                }
            }
        }

        int count(String uri) {
            return latest.get(uri).getDiagnostics().size();
        }

        @Override
        public void publishDiagnostics(PublishDiagnosticsParams p) {
            long now = System.nanoTime();
            synchronized (this) {
                latest.put(p.getUri(), p);
                receivedAt.put(p.getUri(), now);
                notifyAll();
            }
        }

        @Override
        public void telemetryEvent(Object object) {
        }

        @Override
        public void showMessage(MessageParams messageParams) {
        }

        @Override
        public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams requestParams) {
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public void logMessage(MessageParams message) {
        }

        @Override
        public CompletableFuture<Void> registerCapability(org.eclipse.lsp4j.RegistrationParams params) {
            return CompletableFuture.completedFuture(null);
        }
    }
}
