package io.fabriclint.server;

/**
 * Follows the bytes of one JSON object or array (strings, escapes and nesting, not its
 * grammar) to tell where it ends. The frame reader uses it to check a message body against its
 * Content-Length, and to find the end of a message whose header was broken. UTF-8 needs no
 * decoding for this: no byte of a multi-byte character is a quote, a backslash or a bracket.
 */
final class JsonExtent {
    private int depth;
    private boolean started;
    private boolean inString;
    private boolean escaped;
    private boolean notJson;

    /** Takes the next byte; true when it closes the value. */
    boolean feed(int b) {
        if (notJson) {
            return false;
        }
        if (!started) {
            if (b == '{' || b == '[') {
                started = true;
                depth = 1;
            } else if (!whitespace(b)) {
                notJson = true;
            }
            return false;
        }
        if (inString) {
            if (escaped) {
                escaped = false;
            } else if (b == '\\') {
                escaped = true;
            } else if (b == '"') {
                inString = false;
            }
            return false;
        }
        switch (b) {
            case '"' -> inString = true;
            case '{', '[' -> depth++;
            case '}', ']' -> {
                depth--;
                return depth == 0;
            }
            default -> {
            }
        }
        return false;
    }

    /** Whether an object or array has begun (and not ended) in the bytes so far. */
    boolean open() {
        return started && depth > 0;
    }

    /** Whether the bytes so far began with something other than whitespace, `{` or `[`. */
    boolean notJson() {
        return notJson;
    }

    /** The index just past the value in {@code bytes[from, to)}, or -1 if it does not end there. */
    int endIn(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            if (feed(bytes[i] & 0xff)) {
                return i + 1;
            }
        }
        return -1;
    }

    static boolean whitespace(int b) {
        return b == ' ' || b == '\t' || b == '\r' || b == '\n';
    }
}
