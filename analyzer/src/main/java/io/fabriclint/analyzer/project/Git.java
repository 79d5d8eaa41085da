package io.fabriclint.analyzer.project;

import io.fabriclint.syntax.SourceLimits;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs `git` in a folder and returns what it printed: the one place that
 * starts git processes. Output is read only up to a limit, so a huge blob
 * cannot take the memory, and git's own message is kept for the error.
 */
final class Git {
    /** What one git command printed, and its exit status. */
    record Result(int exit, byte[] out, boolean truncated, String err) {
        String text() {
            return new String(out, StandardCharsets.UTF_8).strip();
        }

        /** git's message without its `fatal: ` prefix, for a one-line error. */
        String message() {
            String m = err.strip();
            int nl = m.indexOf('\n');
            m = nl < 0 ? m : m.substring(0, nl);
            return m.startsWith("fatal: ") ? m.substring("fatal: ".length()) : m;
        }
    }

    private Git() {
    }

    /** Runs {@code git ARGS} in {@code dir}, reading at most {@code limit} bytes of its output. */
    static Result run(Path dir, long limit, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add("git");
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
        // Never ask for credentials or open a pager or editor: this runs unattended.
        pb.environment().put("GIT_TERMINAL_PROMPT", "0");
        pb.environment().put("GIT_PAGER", "cat");
        pb.redirectInput(ProcessBuilder.Redirect.PIPE);
        Process p;
        try {
            p = pb.start();
        } catch (IOException e) {
            throw new IOException("cannot run git (is it installed and on the PATH?): " + e.getMessage());
        }
        p.getOutputStream().close();
        StringBuilder err = new StringBuilder();
        Thread errors = new Thread(() -> {
            try (InputStream in = p.getErrorStream()) {
                err.append(new String(in.readNBytes(64 * 1024), StandardCharsets.UTF_8));
                in.transferTo(java.io.OutputStream.nullOutputStream());
            } catch (IOException ignored) {
                // the exit status says enough
            }
        }, "git-stderr");
        errors.setDaemon(true);
        errors.start();
        byte[] out;
        boolean truncated;
        try (InputStream in = p.getInputStream()) {
            out = in.readNBytes((int) Math.min(limit + 1, Integer.MAX_VALUE - 8));
            truncated = out.length > limit;
        }
        try {
            if (truncated) {
                p.destroy();
            }
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException("git " + String.join(" ", args) + " did not finish in 60 s");
            }
            errors.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            p.destroyForcibly();
            throw new IOException("interrupted while waiting for git");
        }
        // join() above: the reader thread's writes to err are visible here.
        return new Result(truncated ? 0 : p.exitValue(), out, truncated, err.toString());
    }

    /** Runs a git command that prints one short line (a path, a commit). */
    static Result line(Path dir, String... args) throws IOException {
        return run(dir, SourceLimits.MAX_FILE_BYTES, args);
    }
}
