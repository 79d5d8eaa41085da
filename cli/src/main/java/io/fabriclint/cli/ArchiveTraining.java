package io.fabriclint.cli;

import io.fabriclint.server.FabricServerLauncher;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The training run of the start-up archive: runs each command once, in this
 * JVM, on a small generated fabric, so that the JVM records the classes they
 * load. The build runs it under `-XX:ArchiveClassesAtExit` (Java 17 to 23) or
 * `-XX:AOTMode=record` (Java 24 and later), and `./fabric` starts the JVM with
 * the archive: see docs/performance.md. It prints nothing and changes nothing
 * outside a temporary folder.
 */
public final class ArchiveTraining {
    private static final String OPTICS = """
            module site-dr4 {
              like QDD-400G-DR4
              power 11W
            }
            """;

    /** A pod: the warm-up's sample with an import, a module of the imported file and a second link. */
    private static final String POD = "// A pod: what a small fabric holds, for the training run.\n"
            + "import \"optics.fabric\"\n\n" + StartupWarmup.SAMPLE + """

            link leaf.up -> leaf.up {
              module site-dr4
              fiber OS2
              length 3km // fabric-lint: ignore FAB301
              connectors 4
            }
            """;

    private static final String BROKEN = """
            tier a {
              count two
              port p: 4 x QSFP-DD 400G {
            tier b { power 1W
            link a.p -> b. {
              module "QDD-400G-SR8
            }
            """;

    /** What the server wrote so far, and how much of it the session has looked at. */
    private static final StringBuilder RECEIVED = new StringBuilder();
    private static int consumed;

    private ArchiveTraining() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("fabric-training");
        try {
            Path pod = dir.resolve("pod.fabric");
            Files.writeString(dir.resolve("optics.fabric"), OPTICS);
            Files.writeString(pod, POD);
            Files.writeString(dir.resolve("broken.fabric"), BROKEN);
            String folder = dir.toString();
            // What `main` starts beside a command: the warm-up thread and the heap guard (which
            // sets itself up after two seconds), so that the archive holds their classes too.
            HeapGuard.startLater(new PrintWriter(new StringWriter()));
            StartupWarmup.startFor(new String[]{"lint"});
            StartupWarmup.analyzeSample();
            for (String format : new String[]{"text", "json", "sarif", "github", "checkstyle", "gitlab"}) {
                run("lint", "--format", format, folder);
            }
            run("report", pod.toString());
            run("report", "--format", "json", pod.toString());
            run("graph", pod.toString());
            run("fmt", "--check", folder);
            run("explain", "FAB101");
            run("rules");
            run("--help");
            // The session runs beside, so a server that stopped answering cannot hang the build.
            Thread session = new Thread(() -> {
                try {
                    languageServer(pod);
                } catch (Exception e) {
                    // the archive is then trained without the rest of the session
                }
            }, "training-session");
            session.setDaemon(true);
            session.start();
            session.join(60_000);
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
        System.exit(0); // the protocol library's idle worker threads would keep the JVM for a minute
    }

    private static void run(String... args) {
        PrintWriter sink = new PrintWriter(new StringWriter());
        FabricCommand.execute(args, sink, sink);
    }

    /** A short editor session: open the file, wait for its diagnostics, hover, complete, shut down. */
    private static void languageServer(Path file) throws Exception {
        PipedOutputStream toServer = new PipedOutputStream();
        InputStream serverIn = new PipedInputStream(toServer, 1 << 16);
        PipedInputStream fromServer = new PipedInputStream(1 << 16);
        OutputStream serverOut = new PipedOutputStream(fromServer);
        PrintStream log = new PrintStream(OutputStream.nullOutputStream());
        Thread server = new Thread(() -> FabricServerLauncher.run(serverIn, serverOut, log), "training-server");
        server.setDaemon(true);
        server.start();

        String uri = file.toUri().toString();
        String text = Files.readString(file).replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
        send(toServer, "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"processId\":null,"
                + "\"rootUri\":\"" + file.getParent().toUri() + "\",\"capabilities\":{}}}");
        await(fromServer, "\"id\":1");
        send(toServer, "{\"jsonrpc\":\"2.0\",\"method\":\"initialized\",\"params\":{}}");
        send(toServer, "{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didOpen\",\"params\":{\"textDocument\":"
                + "{\"uri\":\"" + uri + "\",\"languageId\":\"fabric\",\"version\":1,\"text\":\"" + text + "\"}}}");
        await(fromServer, "publishDiagnostics");
        send(toServer, "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"textDocument/hover\",\"params\":{\"textDocument\":"
                + "{\"uri\":\"" + uri + "\"},\"position\":" + position(POD, "rack compute\n") + "}}");
        await(fromServer, "\"id\":2");
        send(toServer, "{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"textDocument/completion\",\"params\":{\"textDocument\":"
                + "{\"uri\":\"" + uri + "\"},\"position\":" + position(POD, "site-dr4") + "}}");
        await(fromServer, "\"id\":3");
        send(toServer, "{\"jsonrpc\":\"2.0\",\"id\":4,\"method\":\"shutdown\"}");
        await(fromServer, "\"id\":4");
        toServer.close(); // the input ends; the server stops without `exit` (which would end this JVM)
        server.join(5000);
    }

    /** The LSP position (as JSON) of the first {@code marker} in {@code text}, one character in. */
    private static String position(String text, String marker) {
        int at = text.indexOf(marker) + 1;
        int line = (int) text.substring(0, at).chars().filter(c -> c == '\n').count();
        int character = at - (text.lastIndexOf('\n', at - 1) + 1);
        return "{\"line\":" + line + ",\"character\":" + character + "}";
    }

    private static void send(OutputStream out, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        out.write(("Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(body);
        out.flush();
    }

    /** Reads the server's output until {@code marker} has gone by (or the server stops writing). */
    private static void await(InputStream in, String marker) throws IOException {
        byte[] buffer = new byte[8192];
        while (RECEIVED.indexOf(marker, consumed) < 0) {
            int n = in.read(buffer);
            if (n < 0) {
                return;
            }
            RECEIVED.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
        }
        consumed = RECEIVED.indexOf(marker, consumed) + marker.length();
    }
}
