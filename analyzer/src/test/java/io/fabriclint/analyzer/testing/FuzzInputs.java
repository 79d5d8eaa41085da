package io.fabriclint.analyzer.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Inputs for property and fuzz tests: the project's own `.fabric` files (the
 * examples and every test fixture) and ways to bend them. {@link #mutate} may
 * break anything; {@link #relayout} changes only layout (line breaks, blanks,
 * `;`, comments and suppression comments), so its results mostly still parse.
 */
public final class FuzzInputs {
    /** Longest input made, in chars: large enough for every fixture, small enough to run thousands a second. */
    public static final int MAX_LENGTH = 1 << 16;

    private static final String[] SNIPPETS = {
        "tier", "rack", "link", "module", "fabric", "import", "port", "{", "}", "[", "]", ":", ";", ",", ".", "->",
        "x", " x ", "0", "-1", "1.5", "30m", "16.1km", "16100m", "10kW", "9001W", "8U", "0U", "400G", "1.6T", "3:1",
        "1.5:1", "0:0", "99999999999999999999", "1e5", "32x", "0x", "2xMPO-12", "gpu", "leaf.down", "gpu.nic",
        "QDD-400G-SR8", "OSFP-800G-DR8", "QDD-400G-DR4", "OS2", "OM4", "X1", "like X1", "count", "height", "power",
        "max-power", "max-power 12m", "like", "reach", "reach OS2 16100m", "hosts", "lanes", "lanes 8 x 100G DR",
        "module", "fiber", "length", "connectors", "pue", "oversubscription", "fec", "cmis", "lpo", "rack r",
        "port p: 4 x QSFP-DD 400G", "\"", "\"a\\", "\"x\\\"", "\"\\\\\"", "\"Tomahawk 5\"", "//", "/*", "*/",
        "/* a\nb */", "/*\nFAB101*/", "// fabric-lint: ignore FAB101", "/* fabric-lint: ignore FAB502 */",
        "// fabric-lint: ignore-file FAB304", "// fabric-lint: ignore FAB304 FAB502", "\n", "\r\n", "\r", "\t", " ",
        "\u00A0", "\uFEFF", "\f", "\u2028", "\u0085", "\u0000", "\uFFFD", "\uD83D\uDE00", "é", "\uD800", "\uDC00",
        "\\", "\\\n", "\\\r\n", "#", "@", "$", "%", "\u202E", "import \"x.fabric\"", "import \"\"", "tier a {",
        "link a.b -> c.d {", "}\n", "{}", "[]", "[ \"a\", ]",
    };
    private static final String[] CODES = {"FAB001", "FAB002", "FAB005", "FAB009", "FAB101", "FAB103", "FAB201",
        "FAB301", "FAB303", "FAB304", "FAB305", "FAB401", "FAB402", "FAB501", "FAB502"};

    private FuzzInputs() {
    }

    /** The checkout's root: the nearest folder up from here with `examples/` and `pom.xml`. */
    public static Path repositoryRoot() {
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !(Files.isDirectory(p.resolve("examples")) && Files.exists(p.resolve("pom.xml")))) {
            p = p.getParent();
        }
        if (p == null) {
            throw new IllegalStateException("not inside the fabric-lint checkout: " + Path.of("").toAbsolutePath());
        }
        return p;
    }

    /** One file of the corpus: where it lives (imports resolve beside it) and its text. */
    public record Sample(Path path, String text) {
    }

    /** Every `.fabric` file of the examples and of the analyzer's and cli's test resources, sorted by path. */
    public static List<Sample> corpus() {
        Path root = repositoryRoot();
        List<Sample> out = new ArrayList<>();
        for (String dir : List.of("examples", "analyzer/src/test/resources", "cli/src/test/resources")) {
            Path d = root.resolve(dir);
            if (!Files.isDirectory(d)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(d)) {
                for (Path p : walk.filter(f -> f.toString().endsWith(".fabric")).sorted().toList()) {
                    out.add(new Sample(p, new String(Files.readAllBytes(p), StandardCharsets.UTF_8)));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }

    /** One to four random edits of any kind: deletions, duplications, splices, stray snippets, line breaks. */
    public static String mutate(String text, Random r, List<Sample> corpus) {
        String s = text;
        int n = 1 + r.nextInt(4);
        for (int k = 0; k < n; k++) {
            s = switch (r.nextInt(12)) {
                case 0 -> deleteRange(s, r);
                case 1 -> duplicateRange(s, r);
                case 2, 3 -> insertAt(s, r, pick(r, SNIPPETS));
                case 4 -> replaceChar(s, r);
                case 5 -> swapLines(s, r);
                case 6 -> joinLines(s, r);
                case 7 -> splitLine(s, r);
                case 8 -> lineBreaks(s, r);
                case 9 -> insertSuppression(s, r);
                case 10 -> corpus.isEmpty() ? s : insertAt(s, r, chunk(corpus.get(r.nextInt(corpus.size())).text(), r));
                default -> insertAt(s, r, String.valueOf((char) r.nextInt(0x10000)));
            };
        }
        return cap(s);
    }

    /** One to five layout edits: line breaks, blanks, `;`, indentation, comments and suppression comments. */
    public static String relayout(String text, Random r) {
        String s = text;
        int n = 1 + r.nextInt(5);
        for (int k = 0; k < n; k++) {
            s = switch (r.nextInt(8)) {
                case 0 -> joinLines(s, r);
                case 1 -> splitLine(s, r);
                case 2 -> lineBreaks(s, r);
                case 3, 4 -> insertSuppression(s, r);
                case 5 -> insertAtLineEdge(s, r, pick(r, "", "\n", "  ", "\t", " /* c */ ", "// own\n"));
                case 6 -> insertAtSpace(s, r, pick(r, " /* between */ ", "\n", "\t", "  "));
                default -> insertAtLineEdge(s, r, pick(r, ";", "; ", "\n\n"));
            };
        }
        return cap(s);
    }

    /** Random snippets of the language, glued together or spaced. */
    public static String tokenSoup(Random r) {
        StringBuilder sb = new StringBuilder();
        int n = 1 + r.nextInt(r.nextBoolean() ? 20 : 200);
        for (int k = 0; k < n; k++) {
            sb.append(pick(r, SNIPPETS)).append(pick(r, " ", " ", "", "\n", "\r\n", "; "));
        }
        return cap(sb.toString());
    }

    /** Random bytes read as the CLI reads a file (UTF-8, bad bytes replaced). */
    public static String randomBytes(Random r) {
        byte[] bytes = new byte[r.nextInt(r.nextBoolean() ? 40 : 400)];
        r.nextBytes(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** Unpaired UTF-16 surrogates (an editor can send them) dropped into a text. */
    public static String loneSurrogates(String text, Random r) {
        String s = text;
        int n = 1 + r.nextInt(3);
        for (int k = 0; k < n; k++) {
            s = insertAt(s, r, String.valueOf((char) (0xD800 + r.nextInt(0x800))));
        }
        return s;
    }

    private static String cap(String s) {
        return s.length() <= MAX_LENGTH ? s : s.substring(0, MAX_LENGTH);
    }

    private static String pick(Random r, String... options) {
        return options[r.nextInt(options.length)];
    }

    private static String insertAt(String s, Random r, String what) {
        int at = r.nextInt(s.length() + 1);
        return s.substring(0, at) + what + s.substring(at);
    }

    private static String deleteRange(String s, Random r) {
        if (s.isEmpty()) {
            return s;
        }
        int at = r.nextInt(s.length());
        int len = 1 + r.nextInt(Math.min(s.length() - at, r.nextBoolean() ? 3 : 80));
        return s.substring(0, at) + s.substring(at + len);
    }

    private static String duplicateRange(String s, Random r) {
        if (s.isEmpty()) {
            return s;
        }
        return insertAt(s, r, chunk(s, r));
    }

    private static String chunk(String s, Random r) {
        if (s.isEmpty()) {
            return s;
        }
        int at = r.nextInt(s.length());
        return s.substring(at, at + Math.min(s.length() - at, 1 + r.nextInt(200)));
    }

    private static String replaceChar(String s, Random r) {
        if (s.isEmpty()) {
            return s;
        }
        int at = r.nextInt(s.length());
        return s.substring(0, at) + pick(r, SNIPPETS) + s.substring(at + 1);
    }

    private static String swapLines(String s, Random r) {
        List<String> lines = new ArrayList<>(List.of(s.split("\n", -1)));
        if (lines.size() < 2) {
            return s;
        }
        int a = r.nextInt(lines.size());
        int b = r.nextInt(lines.size());
        String t = lines.get(a);
        lines.set(a, lines.get(b));
        lines.set(b, t);
        return String.join("\n", lines);
    }

    private static String joinLines(String s, Random r) {
        int at = nth(s, '\n', r);
        if (at < 0) {
            return s;
        }
        int from = at > 0 && s.charAt(at - 1) == '\r' ? at - 1 : at;
        return s.substring(0, from) + pick(r, "; ", " ", ";", "") + s.substring(at + 1);
    }

    private static String splitLine(String s, Random r) {
        int at = nth(s, ' ', r);
        return at < 0 ? s : s.substring(0, at) + pick(r, "\n", "\r\n", "\n  ") + s.substring(at + 1);
    }

    private static String lineBreaks(String s, Random r) {
        String lf = s.replace("\r\n", "\n");
        return switch (r.nextInt(3)) {
            case 0 -> lf.replace("\n", "\r\n");
            case 1 -> lf.replace("\n", "\r");
            default -> lf;
        };
    }

    private static String insertSuppression(String s, Random r) {
        String codes = pick(r, CODES) + (r.nextBoolean() ? "" : " " + pick(r, CODES));
        String comment = switch (r.nextInt(4)) {
            case 0 -> "  // fabric-lint: ignore " + codes;
            case 1 -> "\n// fabric-lint: ignore " + codes + "\n";
            case 2 -> " /* fabric-lint: ignore " + codes + " */ ";
            default -> "// fabric-lint: ignore " + codes + "\n";
        };
        return comment.endsWith("\n") && !comment.startsWith("\n") ? insertAtLineEdge(s, r, comment)
                : comment.startsWith("  //") ? insertAtLineEnd(s, r, comment) : insertAtSpace(s, r, comment);
    }

    private static String insertAtLineEdge(String s, Random r, String what) {
        int at = nth(s, '\n', r);
        return at < 0 ? what + s : s.substring(0, at + 1) + what + s.substring(at + 1);
    }

    private static String insertAtLineEnd(String s, Random r, String what) {
        int at = nth(s, '\n', r);
        if (at < 0) {
            return s + what;
        }
        int end = at > 0 && s.charAt(at - 1) == '\r' ? at - 1 : at;
        return s.substring(0, end) + what + s.substring(end);
    }

    private static String insertAtSpace(String s, Random r, String what) {
        int at = nth(s, ' ', r);
        return at < 0 ? insertAt(s, r, what) : s.substring(0, at) + what + s.substring(at + 1);
    }

    /** The index of a random occurrence of {@code c}, or -1. */
    private static int nth(String s, char c, Random r) {
        int count = 0;
        for (int k = 0; k < s.length(); k++) {
            if (s.charAt(k) == c) {
                count++;
            }
        }
        if (count == 0) {
            return -1;
        }
        int want = r.nextInt(count);
        for (int k = 0; k < s.length(); k++) {
            if (s.charAt(k) == c && want-- == 0) {
                return k;
            }
        }
        return -1;
    }
}
