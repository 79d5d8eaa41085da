package io.fabriclint.server;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/**
 * Reads the LSP base protocol's frames (header lines, a blank line, then Content-Length bytes of
 * JSON) from a byte stream, and never loses its place for good. A header it cannot use (no
 * Content-Length, one that is negative, not a number or over the limit, a malformed or endless
 * header line) or a body that ends inside its JSON (Content-Length too short) is a broken frame:
 * the reader then skips to the next `Content-Length:` header, or to the end of the JSON object it
 * is following, whichever comes first, and goes on from there. A body longer than its JSON gives
 * the message, and the bytes after it are read again as the start of the next frame. Headers other
 * than Content-Length and Content-Type are ignored.
 */
final class FrameReader {
    /** The largest message body read; a Content-Length above it is treated as a broken header. */
    static final int MAX_CONTENT_LENGTH = 256 * 1024 * 1024;
    static final int MAX_HEADER_LINE = 8 * 1024;
    /** How much of a broken message is kept, to find the id of the request it was. */
    static final int MAX_KEPT = 64 * 1024;
    private static final byte[] CONTENT_LENGTH = "content-length:".getBytes(StandardCharsets.US_ASCII);

    sealed interface Frame permits Body, Broken {
    }

    /** A message body; {@code warning} says what was wrong with a frame whose message could still be read. */
    record Body(byte[] json, String warning) implements Frame {
    }

    /** A message that could not be read, and what is known of it (its bytes from the start of its body, maybe cut). */
    record Broken(String reason, byte[] bytes) implements Frame {
    }

    private final InputStream in;
    private byte[] unread = new byte[0];
    private int unreadAt;

    FrameReader(InputStream in) {
        this.in = new BufferedInputStream(in, 64 * 1024);
    }

    /** The next frame, or null when the input has ended. */
    Frame next() throws IOException {
        Headers headers = new Headers();
        boolean anyHeader = false;
        while (true) {
            byte[] line = readLine();
            if (line == null) {
                return null;
            }
            if (tooLong(line)) {
                return skipBrokenLine("a header line is longer than " + MAX_HEADER_LINE + " bytes", line);
            }
            String text = text(line);
            if (text.chars().allMatch(c -> c == ' ' || c == '\t')) {
                if (anyHeader) {
                    break;
                }
                continue; // blank lines between messages are harmless
            }
            int at = text.toLowerCase(Locale.ROOT).indexOf("content-length:", 1);
            if (at > 0) {
                // Stray bytes (the end of a message cut short, say) ran into the next header.
                pushBack(line, at, line.length);
                return new Broken("\"" + shorten(text.substring(0, at)) + "\" before a Content-Length header is not a header",
                        Arrays.copyOf(line, at));
            }
            int colon = text.indexOf(':');
            if (colon <= 0 || !token(text, colon)) {
                pushBack(line, 0, line.length);
                return skip("the header line \"" + shorten(text) + "\" is not a header", new JsonExtent(), new byte[0]);
            }
            anyHeader = true;
            String name = text.substring(0, colon);
            String value = text.substring(colon + 1).trim();
            if (name.equalsIgnoreCase("Content-Length")) {
                String problem = Headers.lengthProblem(value);
                if (problem == null && headers.problem != null) {
                    // A good Content-Length after a bad one: the bad one was a frame of its own.
                    pushBack(line, 0, line.length);
                    return new Broken(headers.problem, new byte[0]);
                }
                headers.contentLength(value, problem);
            } else if (name.equalsIgnoreCase("Content-Type")) {
                headers.contentType(value);
            }
        }
        if (headers.problem != null) {
            return skip(headers.problem, new JsonExtent(), new byte[0]);
        }
        if (headers.length < 0) {
            return skip("the header has no Content-Length", new JsonExtent(), new byte[0]);
        }
        byte[] body = readBody(headers.length);
        if (body == null) {
            return null; // the input ended inside the body
        }
        if (headers.charsetProblem != null) {
            return new Broken(headers.charsetProblem, body);
        }
        JsonExtent extent = new JsonExtent();
        int end = extent.endIn(body, 0, body.length);
        if (extent.notJson()) {
            return new Body(body, null); // framed correctly; the JSON parser says what is wrong with it
        }
        if (end < 0) {
            return skip(extent.open()
                    ? "the body ends inside its JSON: Content-Length " + headers.length + " is shorter than the message"
                    : "the body is empty (Content-Length " + headers.length + ")", extent, body);
        }
        int rest = end;
        while (rest < body.length && JsonExtent.whitespace(body[rest])) {
            rest++;
        }
        if (rest < body.length) {
            pushBack(body, rest, body.length);
            return new Body(Arrays.copyOf(body, end), "Content-Length " + headers.length
                    + " is longer than the JSON message (" + end + " bytes); the rest is read as the next message");
        }
        return new Body(body, null);
    }

    /** A header line too long to be one: skip on from its second byte (its first cannot start a header). */
    private Broken skipBrokenLine(String reason, byte[] line) throws IOException {
        pushBack(line, 1, line.length);
        return skip(reason, null, new byte[0]);
    }

    /**
     * Skips to the next `Content-Length:` header or past the end of the JSON value {@code extent}
     * follows (null: none), whichever comes first; the broken frame keeps {@code start} and the
     * first bytes skipped, to find the id of the message they were.
     */
    private Broken skip(String reason, JsonExtent extent, byte[] start) throws IOException {
        Kept kept = new Kept(start);
        int matched = 0;
        while (true) {
            int b = read();
            if (b < 0) {
                return new Broken(reason, kept.bytes());
            }
            int lower = b >= 'A' && b <= 'Z' ? b + ('a' - 'A') : b;
            if (lower == CONTENT_LENGTH[matched]) {
                matched++;
                if (matched == CONTENT_LENGTH.length) {
                    pushBack(CONTENT_LENGTH, 0, CONTENT_LENGTH.length); // the next frame starts with this header
                    kept.drop(CONTENT_LENGTH.length - 1);
                    return new Broken(reason, kept.bytes());
                }
            } else {
                matched = lower == CONTENT_LENGTH[0] ? 1 : 0;
            }
            kept.add(b);
            if (extent != null && extent.feed(b)) {
                return new Broken(reason, kept.bytes());
            }
        }
    }

    /** The bytes of a broken message kept for finding its id, up to {@link #MAX_KEPT}. */
    private static final class Kept {
        private byte[] bytes;
        private int length;
        private boolean full;

        Kept(byte[] start) {
            length = Math.min(start.length, MAX_KEPT);
            bytes = Arrays.copyOf(start, Math.max(length, 256));
            full = start.length > MAX_KEPT;
        }

        void add(int b) {
            if (length == MAX_KEPT) {
                full = true;
                return;
            }
            if (length == bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.min(MAX_KEPT, bytes.length * 2));
            }
            bytes[length++] = (byte) b;
        }

        /** Forgets the last {@code n} bytes added (the start of the header that ended the skip). */
        void drop(int n) {
            if (!full) {
                length = Math.max(0, length - n);
            }
        }

        byte[] bytes() {
            return Arrays.copyOf(bytes, length);
        }
    }

    private static final class Headers {
        int length = -1;
        String problem;
        String charsetProblem;

        /** What is wrong with a Content-Length value, or null. */
        static String lengthProblem(String value) {
            if (value.matches("[0-9]+")) {
                long n = value.length() > 12 ? Long.MAX_VALUE : Long.parseLong(value);
                return n > MAX_CONTENT_LENGTH
                        ? "Content-Length " + shorten(value) + " is over the limit of " + MAX_CONTENT_LENGTH + " bytes" : null;
            }
            if (value.matches("-[0-9]+")) {
                return "Content-Length " + shorten(value) + " is negative";
            }
            return value.isEmpty() ? "Content-Length is empty" : "Content-Length \"" + shorten(value) + "\" is not a number";
        }

        void contentLength(String value, String valueProblem) {
            String p = valueProblem;
            if (p == null) {
                int n = Integer.parseInt(value);
                if (length >= 0 && length != n) {
                    p = "two Content-Length headers disagree (" + length + " and " + n + ")";
                } else {
                    length = n;
                }
            }
            if (problem == null) {
                problem = p;
            }
        }

        void contentType(String value) {
            for (String part : value.split(";")) {
                String p = part.trim();
                if (p.toLowerCase(Locale.ROOT).startsWith("charset=")) {
                    String charset = p.substring("charset=".length()).trim().replace("\"", "");
                    if (!charset.equalsIgnoreCase("utf-8") && !charset.equalsIgnoreCase("utf8")) {
                        charsetProblem = "the charset \"" + shorten(charset) + "\" is not supported (LSP messages are UTF-8)";
                    }
                }
            }
        }
    }

    // ------------------------------------------------------------------ bytes

    private int read() throws IOException {
        if (unreadAt < unread.length) {
            return unread[unreadAt++] & 0xff;
        }
        return in.read();
    }

    private void pushBack(byte[] bytes, int from, int to) {
        byte[] rest = Arrays.copyOfRange(unread, unreadAt, unread.length);
        byte[] next = new byte[(to - from) + rest.length];
        System.arraycopy(bytes, from, next, 0, to - from);
        System.arraycopy(rest, 0, next, to - from, rest.length);
        unread = next;
        unreadAt = 0;
    }

    /**
     * A line up to and including its `\n`, or the first {@link #MAX_HEADER_LINE} bytes of one without
     * a `\n`, or the bytes before the end of the input; null when nothing is left.
     */
    private byte[] readLine() throws IOException {
        byte[] line = new byte[80];
        int n = 0;
        while (n < MAX_HEADER_LINE) {
            int b = read();
            if (b < 0) {
                return n == 0 ? null : Arrays.copyOf(line, n);
            }
            if (n == line.length) {
                line = Arrays.copyOf(line, line.length * 2);
            }
            line[n++] = (byte) b;
            if (b == '\n') {
                return Arrays.copyOf(line, n);
            }
        }
        return Arrays.copyOf(line, n);
    }

    private static boolean tooLong(byte[] line) {
        return line.length >= MAX_HEADER_LINE && line[line.length - 1] != '\n';
    }

    private byte[] readBody(int length) throws IOException {
        int fromUnread = Math.min(length, unread.length - unreadAt);
        byte[] head = Arrays.copyOfRange(unread, unreadAt, unreadAt + fromUnread);
        unreadAt += fromUnread;
        byte[] tail = in.readNBytes(length - fromUnread);
        if (tail.length < length - fromUnread) {
            return null;
        }
        if (fromUnread == 0) {
            return tail;
        }
        byte[] body = Arrays.copyOf(head, length);
        System.arraycopy(tail, 0, body, fromUnread, tail.length);
        return body;
    }

    /** A header line's text without its line break (headers are ASCII). */
    private static String text(byte[] line) {
        int end = line.length;
        if (end > 0 && line[end - 1] == '\n') {
            end--;
        }
        if (end > 0 && line[end - 1] == '\r') {
            end--;
        }
        return new String(line, 0, end, StandardCharsets.ISO_8859_1);
    }

    /** Whether text[0, end) is an HTTP token (a header name). */
    private static boolean token(String text, int end) {
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            boolean ok = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                    || "!#$%&'*+-.^_`|~".indexOf(c) >= 0;
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /** A piece of what the client sent, short and printable, for a log line. */
    static String shorten(String s) {
        StringBuilder b = new StringBuilder();
        int i = 0;
        for (; i < s.length() && b.length() < 40; i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c >= 0x7f) {
                b.append(String.format("\\x%02x", (int) c & 0xff));
            } else {
                b.append(c);
            }
        }
        return i < s.length() ? b + "…" : b.toString();
    }
}
