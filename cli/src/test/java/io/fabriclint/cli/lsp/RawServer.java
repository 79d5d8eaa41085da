package io.fabriclint.cli.lsp;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The real `fabric lsp` (the shaded jar) in a child process, written to with raw bytes, so that
 * tests can send what no LSP library would. Its standard output is read strictly: every byte must
 * belong to a well-formed frame (`Content-Length: N`, a blank line, N bytes of one JSON-RPC 2.0
 * object); anything else is recorded as a problem. Requests from the server are answered with null.
 */
final class RawServer implements AutoCloseable {
    static final Duration WAIT = Duration.ofSeconds(30);

    final Process process;
    private final OutputStream stdin;
    private final List<JsonObject> received = new ArrayList<>();
    private final List<String> stdoutProblems = new ArrayList<>();
    private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();

    RawServer() throws IOException {
        process = new ProcessBuilder("java", "-jar", ServerProcess.jar().toString(), "lsp").start();
        stdin = process.getOutputStream();
        daemon(() -> readFrames(new BufferedInputStream(process.getInputStream())));
        daemon(() -> {
            try (InputStream err = process.getErrorStream()) {
                byte[] buffer = new byte[8192];
                for (int n; (n = err.read(buffer)) > 0; ) {
                    synchronized (stderr) {
                        stderr.write(buffer, 0, n);
                    }
                }
            } catch (IOException ignored) {
                // the process ended
            }
        });
    }

    private static void daemon(Runnable r) {
        Thread t = new Thread(r);
        t.setDaemon(true);
        t.start();
    }

    static String frame(String json) {
        return "Content-Length: " + json.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n" + json;
    }

    static String request(Object id, String method, String params) {
        return "{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"method\":\"" + method + "\"" + (params == null ? "" : ",\"params\":" + params) + "}";
    }

    static String notification(String method, String params) {
        return "{\"jsonrpc\":\"2.0\",\"method\":\"" + method + "\"" + (params == null ? "" : ",\"params\":" + params) + "}";
    }

    void send(String raw) throws IOException {
        send(raw.getBytes(StandardCharsets.UTF_8));
    }

    void send(byte[] raw) throws IOException {
        synchronized (stdin) {
            stdin.write(raw);
            stdin.flush();
        }
    }

    /** Sends `initialize` and `initialized`; returns the `initialize` response. */
    JsonObject initialize(String rootUri) throws Exception {
        send(frame(request(1, "initialize", "{\"processId\":null,\"rootUri\":" + (rootUri == null ? "null" : "\"" + rootUri + "\"")
                + ",\"capabilities\":{}}")));
        JsonObject init = response(1);
        send(frame(notification("initialized", "{}")));
        return init;
    }

    /** The response to the request with this id (a number or a string). */
    JsonObject response(Object id) throws InterruptedException {
        JsonElement want = JsonParser.parseString(id instanceof String s ? "\"" + s + "\"" : String.valueOf(id));
        return await(m -> !m.has("method") && want.equals(m.get("id")), "a response to " + id);
    }

    /** The responses with a null id (JSON-RPC's answer to a message whose id could not be read). */
    List<JsonObject> nullIdResponses() {
        synchronized (received) {
            return received.stream().filter(m -> !m.has("method") && m.has("id") && m.get("id").isJsonNull()).toList();
        }
    }

    private JsonObject await(java.util.function.Predicate<JsonObject> condition, String what) throws InterruptedException {
        long end = System.nanoTime() + WAIT.toNanos();
        synchronized (received) {
            while (true) {
                for (JsonObject m : received) {
                    if (condition.test(m)) {
                        return m;
                    }
                }
                long left = end - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError("no " + what + "; received " + received + "\nserver log:\n" + log());
                }
                received.wait(Math.max(1, left / 1_000_000));
            }
        }
    }

    /** `shutdown` (answered with null), then `exit`; returns the exit status. */
    int shutdownAndExit() throws Exception {
        send(frame(request("\"bye\"", "shutdown", null)));
        JsonObject r = response("bye");
        if (!r.has("result") || !r.get("result").isJsonNull()) {
            throw new AssertionError("shutdown answered " + r + "\nserver log:\n" + log());
        }
        send(frame(notification("exit", null)));
        return exitStatus();
    }

    int exitStatus() throws InterruptedException {
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            throw new AssertionError("the server did not exit\nserver log:\n" + log());
        }
        return process.exitValue();
    }

    String log() {
        synchronized (stderr) {
            return stderr.toString(StandardCharsets.UTF_8);
        }
    }

    /** Whether the log comes to contain the text within 30 s (standard error is read by its own thread). */
    boolean logs(String text) throws InterruptedException {
        long end = System.nanoTime() + java.time.Duration.ofSeconds(30).toNanos();
        while (!log().contains(text)) {
            if (System.nanoTime() > end) {
                return false;
            }
            Thread.sleep(20);
        }
        return true;
    }

    List<String> stdoutProblems() {
        synchronized (received) {
            return List.copyOf(stdoutProblems);
        }
    }

    // ------------------------------------------------------------------ strict reading of standard output

    private void readFrames(InputStream out) {
        try (out) {
            while (true) {
                String header = line(out);
                if (header == null) {
                    return;
                }
                if (!header.matches("Content-Length: [0-9]+")) {
                    problem("expected a Content-Length header, got \"" + header + "\"");
                    return;
                }
                int length = Integer.parseInt(header.substring("Content-Length: ".length()));
                String next = line(out);
                if (next != null && next.startsWith("Content-Type: ")) {
                    next = line(out);
                }
                if (!"".equals(next)) {
                    problem("expected a blank line after the header, got \"" + next + "\"");
                    return;
                }
                byte[] body = out.readNBytes(length);
                if (body.length < length) {
                    problem("the output ended inside a message");
                    return;
                }
                JsonObject message;
                try {
                    JsonReader reader = new JsonReader(new StringReader(new String(body, StandardCharsets.UTF_8)));
                    reader.setStrictness(Strictness.STRICT);
                    message = JsonParser.parseReader(reader).getAsJsonObject();
                    if (reader.peek() != com.google.gson.stream.JsonToken.END_DOCUMENT) {
                        throw new IllegalStateException("text after the JSON object");
                    }
                } catch (RuntimeException | IOException e) {
                    problem("a body that is not one JSON object (" + e.getMessage() + "): " + new String(body, StandardCharsets.UTF_8));
                    return;
                }
                if (message.get("jsonrpc") == null || !"2.0".equals(message.get("jsonrpc").getAsString())) {
                    problem("not JSON-RPC 2.0: " + message);
                }
                if (message.has("method") && message.has("id")) {
                    send(frame("{\"jsonrpc\":\"2.0\",\"id\":" + message.get("id") + ",\"result\":null}"));
                }
                synchronized (received) {
                    received.add(message);
                    received.notifyAll();
                }
            }
        } catch (IOException e) {
            // the process ended
        }
    }

    /** A header line ending in CRLF, without it; null at the end of the output. */
    private String line(InputStream in) throws IOException {
        StringBuilder b = new StringBuilder();
        while (true) {
            int c = in.read();
            if (c < 0) {
                if (b.length() > 0) {
                    problem("the output ended inside a header: \"" + b + "\"");
                }
                return null;
            }
            if (c == '\r') {
                if (in.read() != '\n') {
                    problem("a CR without LF in a header");
                }
                return b.toString();
            }
            if (c == '\n' || b.length() > 200) {
                problem("a header line not ended by CRLF: \"" + b + "\"");
                return null;
            }
            b.append((char) c);
        }
    }

    private void problem(String p) {
        synchronized (received) {
            stdoutProblems.add(p);
            received.notifyAll();
        }
    }

    @Override
    public void close() throws Exception {
        ServerProcess.stop(process);
    }
}
