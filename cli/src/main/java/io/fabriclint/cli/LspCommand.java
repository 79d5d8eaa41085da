package io.fabriclint.cli;

import io.fabriclint.server.ClientProcessWatch;
import io.fabriclint.server.FabricServerLauncher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;

/**
 * `fabric lsp`: the language server on standard input and output. Standard
 * output carries only protocol messages: before the server starts, System.out
 * is pointed at standard error, so a stray print anywhere ends up in the log
 * instead of corrupting the stream.
 *
 * <p>It takes the arguments LSP clients conventionally append (vscode-languageclient
 * adds `--stdio` and, with some settings, `--clientProcessId=N`); any other
 * argument is a usage error.
 */
@Command(name = "lsp", mixinStandardHelpOptions = true,
        description = "Run the language server on standard input/output (LSP over stdio), for editors.")
public final class LspCommand implements Callable<Integer> {
    /**
     * The server on stdio, connected by {@link StartupWarmup} while picocli reads the command
     * line (null when the command runs without it, as in tests); it reads nothing until served.
     */
    private static volatile CompletableFuture<FabricServerLauncher.Session> connectedAhead;

    @Option(names = "--stdio", description = "Speak LSP on standard input/output (the default and only transport).")
    boolean stdio;

    @Option(names = "--clientProcessId", paramLabel = "PID",
            description = "Exit when the process PID (the editor) ends.")
    Long clientProcessId;

    /** Marks the stdio session as being connected ahead, on the caller's thread, before {@link #connectAhead} runs. */
    static void willConnectAhead() {
        connectedAhead = new CompletableFuture<>();
    }

    /** Connects the stdio session (on the warm-up thread) for {@link #call} to take over. */
    static FabricServerLauncher.Session connectAhead() {
        try {
            FabricServerLauncher.Session session = connectStdio();
            connectedAhead.complete(session);
            return session;
        } catch (RuntimeException | Error e) {
            connectedAhead.completeExceptionally(e); // call() then connects on its own and meets the problem itself
            throw e;
        }
    }

    private static FabricServerLauncher.Session connectStdio() {
        return FabricServerLauncher.connect(new FileInputStream(FileDescriptor.in), new FileOutputStream(FileDescriptor.out),
                System.err);
    }

    @Override
    public Integer call() {
        PrintStream err = System.err;
        System.setOut(err);
        if (clientProcessId != null) {
            long pid = clientProcessId;
            if (!ClientProcessWatch.watch(pid, () -> {
                err.println("[fabric-lsp] the client process " + pid + " has ended; exiting");
                err.flush();
                System.exit(1);
            })) {
                err.println("[fabric-lsp] --clientProcessId " + pid + ": no such process visible; not watching it");
            }
        }
        FabricServerLauncher.Session session = null;
        CompletableFuture<FabricServerLauncher.Session> ahead = connectedAhead;
        if (ahead != null) {
            try {
                session = ahead.join();
            } catch (RuntimeException e) {
                session = null;
            }
        }
        return (session != null ? session : connectStdio()).serve();
    }
}
