package io.fabriclint.analyzer.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A name template such as `{tier}-{n}` or `Ethernet{cage}/1`: literal text and
 * `{placeholder}` parts, read once and expanded for every device, port or
 * cable (cabling.md §1–§2). {@code text} is the template as written.
 */
public record Template(String text, List<Part> parts) {
    /** A literal piece of text, or a placeholder by name. */
    public record Part(String literal, String placeholder) {
    }

    public static final Template DEVICE_NAMES = parse("{tier}-{n}");
    public static final Template PORT_NAMES = parse("{port}-{k}");
    public static final Template CABLE_LABELS = parse("C{n}");

    /**
     * Reads a template; an unknown placeholder or a lone brace puts one
     * sentence into {@code problem[0]} and returns null.
     */
    public static Template parse(String text, List<String> placeholders, String[] problem) {
        List<Part> parts = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '{') {
                int close = text.indexOf('}', i);
                if (close < 0) {
                    problem[0] = "'{' at character " + (i + 1) + " is never closed; placeholders are "
                            + braced(placeholders);
                    return null;
                }
                String name = text.substring(i + 1, close);
                if (!placeholders.contains(name)) {
                    problem[0] = "unknown placeholder {" + name + "}; this template takes " + braced(placeholders);
                    return null;
                }
                if (!literal.isEmpty()) {
                    parts.add(new Part(literal.toString(), null));
                    literal.setLength(0);
                }
                parts.add(new Part(null, name));
                i = close + 1;
            } else if (c == '}') {
                problem[0] = "'}' at character " + (i + 1) + " closes no placeholder";
                return null;
            } else {
                literal.append(c);
                i++;
            }
        }
        if (!literal.isEmpty()) {
            parts.add(new Part(literal.toString(), null));
        }
        return new Template(text, List.copyOf(parts));
    }

    private static Template parse(String text) {
        return parse(text, List.of("tier", "n", "i", "port", "k", "cage"), new String[1]);
    }

    static String braced(List<String> placeholders) {
        return String.join(", ", placeholders.stream().map(p -> "{" + p + "}").toList());
    }

    /** Whether the template uses this placeholder. */
    public boolean uses(String placeholder) {
        for (Part p : parts) {
            if (placeholder.equals(p.placeholder())) {
                return true;
            }
        }
        return false;
    }

    /** The template as a user writes it, in quotes. */
    @Override
    public String toString() {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
