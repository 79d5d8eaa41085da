package io.fabriclint.server;

import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/** Starts the server on a pair of streams (stdio for `fabric lsp`) and serves until the input ends. */
public final class FabricServerLauncher {
    private FabricServerLauncher() {
    }

    /**
     * Serves LSP on {@code in}/{@code out} and returns the process exit status:
     * 0 after `shutdown` and `exit`, 1 when the client left without them.
     */
    public static int run(InputStream in, OutputStream out, PrintStream err) {
        FabricLanguageServer[] holder = new FabricLanguageServer[1];
        FabricLanguageServer server = new FabricLanguageServer(err, () -> {
            int code = holder[0].shutdownRequested() ? 0 : 1;
            err.flush();
            System.exit(code); // LSP: the server process exits on `exit`
        });
        holder[0] = server;
        Launcher<LanguageClient> launcher = LSPLauncher.createServerLauncher(server, in, out);
        server.connect(launcher.getRemoteProxy());
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
