package io.fabriclint.analyzer.config;

import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import io.fabriclint.analyzer.diagnostics.Severity;
import io.fabriclint.analyzer.lint.RuleRegistry;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds and reads `.fabric-lint.json` files. The file is read with Gson's
 * streaming reader so that every problem (malformed JSON, an unknown rule or
 * severity) is reported with its line and column.
 */
public final class ConfigLoader {
    private static final Pattern POSITION = Pattern.compile("line (\\d+) column (\\d+)");

    private final Map<Path, LintConfig> byDirectory = new ConcurrentHashMap<>();

    /** The config that applies to a file: the nearest `.fabric-lint.json` walking up from its folder. */
    public LintConfig forFile(Path file) throws ConfigException {
        Path dir = file.toAbsolutePath().normalize().getParent();
        return dir == null ? LintConfig.NONE : forDirectory(dir);
    }

    public LintConfig forDirectory(Path dir) throws ConfigException {
        LintConfig cached = byDirectory.get(dir);
        if (cached != null) {
            return cached;
        }
        Path candidate = dir.resolve(LintConfig.FILE_NAME);
        LintConfig config;
        if (Files.isRegularFile(candidate)) {
            config = load(candidate);
        } else {
            Path parent = dir.getParent();
            config = parent == null ? LintConfig.NONE : forDirectory(parent);
        }
        byDirectory.put(dir, config);
        return config;
    }

    public static LintConfig load(Path file) throws ConfigException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ConfigException(file, 0, 0, "cannot read the configuration: " + e.getMessage());
        }
        return parse(file, text);
    }

    public static LintConfig parse(Path file, String text) throws ConfigException {
        Map<String, Severity> rules = new LinkedHashMap<>();
        List<Path> catalogs = new ArrayList<>();
        List<String> exclude = new ArrayList<>();
        Path base = file.toAbsolutePath().getParent();
        try (JsonReader in = new JsonReader(new StringReader(text))) {
            in.setStrictness(Strictness.STRICT);
            expect(in, JsonToken.BEGIN_OBJECT, "the configuration is a JSON object", file);
            in.beginObject();
            while (in.hasNext()) {
                int[] keyAt = start(in);
                String key = in.nextName();
                switch (key) {
                    case "rules" -> {
                        expect(in, JsonToken.BEGIN_OBJECT, "\"rules\" is an object of code → severity", file);
                        in.beginObject();
                        while (in.hasNext()) {
                            int[] at = start(in);
                            String code = in.nextName();
                            if (RuleRegistry.byCode(code) == null) {
                                throw new ConfigException(file, at[0], at[1], "unknown rule \"" + code
                                        + "\" (fabric rules lists them)");
                            }
                            int[] valueAt = start(in);
                            expect(in, JsonToken.STRING, "the severity of " + code
                                    + " is \"off\", \"info\", \"warning\" or \"error\"", file);
                            String value = in.nextString();
                            if (value.equals("off")) {
                                rules.put(code, null);
                            } else if (Severity.ofLabel(value) != null) {
                                rules.put(code, Severity.ofLabel(value));
                            } else {
                                throw new ConfigException(file, valueAt[0], valueAt[1], "unknown severity \"" + value
                                        + "\" for " + code + "; use off, info, warning or error");
                            }
                        }
                        in.endObject();
                    }
                    case "catalogs" -> {
                        for (String s : strings(in, "\"catalogs\" is a list of JSON catalog paths", file)) {
                            catalogs.add(base.resolve(s).normalize());
                        }
                    }
                    case "exclude" -> {
                        expect(in, JsonToken.BEGIN_ARRAY, "\"exclude\" is a list of glob patterns", file);
                        in.beginArray();
                        while (in.hasNext()) {
                            int[] at = start(in);
                            expect(in, JsonToken.STRING, "\"exclude\" is a list of glob patterns", file);
                            String pattern = in.nextString();
                            String problem = ExcludeGlobs.problem(pattern);
                            if (problem != null) {
                                throw new ConfigException(file, at[0], at[1], problem);
                            }
                            exclude.add(pattern);
                        }
                        in.endArray();
                    }
                    default -> throw new ConfigException(file, keyAt[0], keyAt[1], "unknown key \"" + key
                            + "\"; a configuration has \"rules\", \"catalogs\" and \"exclude\"");
                }
            }
            in.endObject();
            if (in.peek() != JsonToken.END_DOCUMENT) {
                int[] at = start(in);
                throw new ConfigException(file, at[0], at[1], "unexpected content after the configuration object");
            }
        } catch (java.io.EOFException e) {
            int[] at = at(e.getMessage());
            throw new ConfigException(file, at[0], at[1], "malformed JSON: the file ends too early");
        } catch (IOException | IllegalStateException | NumberFormatException e) {
            throw malformed(file, text, e);
        }
        return new LintConfig(file, rules, List.copyOf(catalogs), List.copyOf(exclude));
    }

    private static List<String> strings(JsonReader in, String what, Path file) throws IOException, ConfigException {
        expect(in, JsonToken.BEGIN_ARRAY, what, file);
        List<String> out = new ArrayList<>();
        in.beginArray();
        while (in.hasNext()) {
            expect(in, JsonToken.STRING, what, file);
            out.add(in.nextString());
        }
        in.endArray();
        return out;
    }

    /** Throws, at the offending value, unless the next token is {@code token}. */
    private static void expect(JsonReader in, JsonToken token, String what, Path file) throws IOException, ConfigException {
        JsonToken actual = in.peek();
        if (actual == token) {
            return;
        }
        int[] at = start(in);
        // Gson has read a number, true, false or null already when it peeks: count back over it.
        int column = switch (actual) {
            case NUMBER -> at[1] - in.nextString().length();
            case BOOLEAN -> at[1] - (in.nextBoolean() ? 4 : 5);
            case NULL -> {
                in.nextNull();
                yield at[1] - 4;
            }
            default -> at[1];
        };
        throw new ConfigException(file, at[0], Math.max(1, column), what + " (found " + describe(actual) + ")");
    }

    private static String describe(JsonToken token) {
        return switch (token) {
            case BEGIN_OBJECT -> "an object";
            case BEGIN_ARRAY -> "a list";
            case STRING -> "a string";
            case NUMBER -> "a number";
            case BOOLEAN -> "true or false";
            case NULL -> "null";
            case END_OBJECT, END_ARRAY -> "the end of the " + (token == JsonToken.END_OBJECT ? "object" : "list");
            case NAME -> "a key";
            case END_DOCUMENT -> "the end of the file";
        };
    }

    /** Where the next token starts, 1-based. Gson has consumed the first character of a string, key, bracket or brace when it peeks. */
    private static int[] start(JsonReader in) throws IOException {
        JsonToken t = in.peek();
        int[] p = position(in);
        boolean firstCharRead = switch (t) {
            case STRING, NAME, BEGIN_OBJECT, BEGIN_ARRAY, END_OBJECT, END_ARRAY -> true;
            default -> false;
        };
        return firstCharRead && p[1] > 1 ? new int[]{p[0], p[1] - 1} : p;
    }

    /** Gson tells where the reader stands only in its description: "… at line 3 column 5 path $.rules". */
    private static int[] position(JsonReader in) {
        Matcher m = POSITION.matcher(in.toString());
        return m.find() ? new int[]{Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))} : new int[]{0, 0};
    }

    private static int[] at(String message) {
        Matcher m = POSITION.matcher(String.valueOf(message));
        return m.find() ? new int[]{Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))} : new int[]{0, 0};
    }

    private static ConfigException malformed(Path file, String text, Exception e) {
        String message = String.valueOf(e.getMessage()).lines().findFirst().orElse("");
        int[] at = at(message);
        int line = at[0];
        int column = at[1];
        // Gson reports the column after the character it choked on, unless it stopped before a word.
        String[] lines = text.split("\r\n|\r|\n", -1);
        if (line >= 1 && line <= lines.length && column > 1 && column - 2 < lines[line - 1].length()
                && !Character.isWhitespace(lines[line - 1].charAt(column - 2))) {
            column--;
        }
        String reason = message.replaceAll("\\s*at line \\d+ column \\d+.*$", "")
                .replaceAll("\\s*See https?://\\S+", "");
        if (reason.startsWith("Use JsonReader.setStrictness")) {
            reason = "not valid JSON here (keys and strings need double quotes; no comments, trailing commas "
                    + "or leading zeros)";
        }
        return new ConfigException(file, line, column, "malformed JSON: " + reason);
    }
}
