package io.fabriclint.server;

import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.services.LanguageClient;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/**
 * Starts the server on a pair of streams (stdio for `fabric lsp`) and serves until the input ends.
 * The reading side recovers from broken messages (see {@link RecoveringLauncherBuilder}).
 */
public final class FabricServerLauncher {
    /** Held so that the configuration below is not garbage-collected with the logger. */
    private static final java.util.logging.Logger PROTOCOL_LOG = java.util.logging.Logger.getLogger("org.eclipse.lsp4j");

    private FabricServerLauncher() {
    }

    /** LSP4J reports malformed messages with a stack trace; the log gets one line per problem. */
    private static void logProtocolProblemsBriefly(PrintStream err) {
        PROTOCOL_LOG.setUseParentHandlers(false);
        for (java.util.logging.Handler h : PROTOCOL_LOG.getHandlers()) {
            PROTOCOL_LOG.removeHandler(h);
        }
        PROTOCOL_LOG.addHandler(new java.util.logging.Handler() {
            @Override
            public void publish(java.util.logging.LogRecord r) {
                Throwable t = r.getThrown();
                String message = String.valueOf(r.getMessage()).lines().findFirst().orElse("");
                String cause = t == null ? "" : String.valueOf(t.getMessage()).lines().findFirst().orElse("");
                err.println("[fabric-lsp] protocol " + r.getLevel().getName().toLowerCase(java.util.Locale.ROOT) + ": "
                        + message + (cause.isEmpty() || message.contains(cause) ? "" : ": " + cause));
            }

            @Override
            public void flush() {
                err.flush();
            }

            @Override
            public void close() {
            }
        });
    }

    /**
     * A server connected to its streams, not yet reading them: made by {@link #connect} (which
     * `fabric lsp` does on a second thread while picocli reads its command line), served by
     * {@link #serve}.
     */
    public static final class Session {
        private final FabricLanguageServer server;
        private final Launcher<LanguageClient> launcher;
        private final PrintStream err;

        private Session(FabricLanguageServer server, Launcher<LanguageClient> launcher, PrintStream err) {
            this.server = server;
            this.launcher = launcher;
            this.err = err;
        }

        /**
         * Serves until the input ends and returns the process exit status:
         * 0 after `shutdown` and `exit`, 1 when the client left without them.
         */
        public int serve() {
            Future<Void> listening = launcher.startListening();
            try {
                listening.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException e) {
                err.println("[fabric-lsp] connection closed: " + e.getCause());
            }
            return server.shutdownRequested() ? 0 : 1;
        }
    }

    /** A server on {@code in}/{@code out}, logging to {@code err}, ready to {@link Session#serve}. */
    public static Session connect(InputStream in, OutputStream out, PrintStream err) {
        logProtocolProblemsBriefly(err);
        FabricLanguageServer[] holder = new FabricLanguageServer[1];
        FabricLanguageServer server = new FabricLanguageServer(err, () -> {
            int code = holder[0].shutdownRequested() ? 0 : 1;
            err.flush();
            System.exit(code); // LSP: the server process exits on `exit`
        });
        holder[0] = server;
        Launcher<LanguageClient> launcher = new RecoveringLauncherBuilder(server, server.log()::info)
                .setInput(in)
                .setOutput(out)
                .create();
        server.connect(launcher.getRemoteProxy());
        return new Session(server, launcher, err);
    }

    /**
     * Serves LSP on {@code in}/{@code out} and returns the process exit status:
     * 0 after `shutdown` and `exit`, 1 when the client left without them.
     */
    public static int run(InputStream in, OutputStream out, PrintStream err) {
        return connect(in, out, err).serve();
    }
}
