package io.fabriclint.cli;

import io.fabriclint.server.ClientProcessWatch;
import io.fabriclint.server.FabricServerLauncher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.concurrent.Callable;

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
    @Option(names = "--stdio", description = "Speak LSP on standard input/output (the default and only transport).")
    boolean stdio;

    @Option(names = "--clientProcessId", paramLabel = "PID",
            description = "Exit when the process PID (the editor) ends.")
    Long clientProcessId;

    @Override
    public Integer call() {
        OutputStream protocol = new FileOutputStream(FileDescriptor.out);
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
        return FabricServerLauncher.run(new FileInputStream(FileDescriptor.in), protocol, err);
    }
}
