package io.fabriclint.cli;

import io.fabriclint.server.FabricServerLauncher;
import picocli.CommandLine.Command;

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
 */
@Command(name = "lsp", mixinStandardHelpOptions = true,
        description = "Run the language server on standard input/output (LSP over stdio), for editors.")
public final class LspCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        OutputStream protocol = new FileOutputStream(FileDescriptor.out);
        PrintStream err = System.err;
        System.setOut(err);
        return FabricServerLauncher.run(new FileInputStream(FileDescriptor.in), protocol, err);
    }
}
