package io.fabriclint.server;

import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.services.LanguageClient;

import java.io.PrintStream;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;

/** The server's log: standard error (never standard output, which carries the protocol), and the client's log. */
final class ServerLog {
    private final PrintStream err;
    private volatile LanguageClient client;

    ServerLog(PrintStream err) {
        this.err = err;
    }

    void connect(LanguageClient client) {
        this.client = client;
    }

    void info(String message) {
        err.println("[fabric-lsp " + LocalTime.now().truncatedTo(ChronoUnit.MILLIS) + "] " + message);
    }

    /** Logged, and shown in the client's output channel. */
    void warn(String message) {
        info(message);
        LanguageClient c = client;
        if (c != null) {
            try {
                c.logMessage(new MessageParams(MessageType.Warning, message));
            } catch (RuntimeException ignored) {
                // the connection is gone; stderr has it
            }
        }
    }

    /** Logged, and shown to the user (a configuration or catalog that cannot be used). */
    void show(String message) {
        info(message);
        LanguageClient c = client;
        if (c != null) {
            try {
                c.showMessage(new MessageParams(MessageType.Warning, "fabric-lint: " + message));
            } catch (RuntimeException ignored) {
                // the connection is gone; stderr has it
            }
        }
    }

    void error(String message, Throwable t) {
        info(message + ": " + t);
        StackTraceElement[] trace = t.getStackTrace();
        for (int i = 0; i < Math.min(8, trace.length); i++) {
            err.println("    at " + trace[i]);
        }
    }
}
