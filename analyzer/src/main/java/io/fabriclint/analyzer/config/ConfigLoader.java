package io.fabriclint.analyzer.config;

import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.MalformedJsonException;
import io.fabriclint.analyzer.diagnostics.Severity;
import io.fabriclint.analyzer.rules.RuleRegistry;

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
                int[] keyAt = position(in);
                String key = in.nextName();
                switch (key) {
                    case "rules" -> {
                        expect(in, JsonToken.BEGIN_OBJECT, "\"rules\" is an object of code → severity", file);
                        in.beginObject();
                        while (in.hasNext()) {
                            int[] at = position(in);
                            String code = in.nextName();
                            if (RuleRegistry.byCode(code) == null) {
                                throw new ConfigException(file, at[0], at[1], "unknown rule \"" + code
                                        + "\" (fabric rules lists them)");
                            }
                            int[] valueAt = position(in);
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
                    case "exclude" -> exclude.addAll(strings(in, "\"exclude\" is a list of glob patterns", file));
                    default -> throw new ConfigException(file, keyAt[0], keyAt[1], "unknown key \"" + key
                            + "\"; a configuration has \"rules\", \"catalogs\" and \"exclude\"");
                }
            }
            in.endObject();
            if (in.peek() != JsonToken.END_DOCUMENT) {
                int[] at = position(in);
                throw new ConfigException(file, at[0], at[1], "unexpected content after the configuration object");
            }
        } catch (MalformedJsonException | IllegalStateException e) {
            throw malformed(file, e);
        } catch (java.io.EOFException e) {
            throw new ConfigException(file, 0, 0, "malformed JSON: the file ends too early");
        } catch (IOException e) {
            throw malformed(file, e);
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

    private static void expect(JsonReader in, JsonToken token, String what, Path file) throws IOException, ConfigException {
        if (in.peek() != token) {
            int[] at = position(in);
            throw new ConfigException(file, at[0], at[1], what);
        }
    }

    /**
     * Where the next token starts. Gson tells where the reader stands only in its
     * description ("… at line 3 column 6 path $.rules"), and after peeking at a
     * string or name it stands just past the opening quote.
     */
    private static int[] position(JsonReader in) throws IOException {
        JsonToken next = in.peek();
        Matcher m = POSITION.matcher(in.toString());
        if (!m.find()) {
            return new int[]{0, 0};
        }
        int column = Integer.parseInt(m.group(2));
        if (next == JsonToken.NAME || next == JsonToken.STRING) {
            column--;
        }
        return new int[]{Integer.parseInt(m.group(1)), column};
    }

    private static ConfigException malformed(Path file, Exception e) {
        String message = String.valueOf(e.getMessage());
        Matcher m = POSITION.matcher(message);
        int line = 0;
        int column = 0;
        if (m.find()) {
            line = Integer.parseInt(m.group(1));
            column = Integer.parseInt(m.group(2));
        }
        String reason = message.replaceAll("\\s*at line \\d+ column \\d+.*$", "").replaceAll("\\s*See https?://\\S+", "");
        return new ConfigException(file, line, column, "malformed JSON: " + reason);
    }
}
