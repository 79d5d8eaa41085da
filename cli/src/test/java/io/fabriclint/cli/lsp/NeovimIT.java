package io.fabriclint.cli.lsp;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.fabriclint.analyzer.values.Figures;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * A second real client: Debian's Neovim, headless and with no user configuration, runs the
 * Neovim configuration of docs/editors.md exactly as written (so `fabric` is the launcher at
 * the repository root, on the PATH) and then src/test/resources/nvim/drive-fabric-lsp.lua,
 * which uses the built-in LSP client as a user would and writes down what it saw. This test
 * judges that against the CLI. Neovim comes from `apt-get install neovim` when it is missing
 * and we are root; otherwise the test is skipped with one line (and fails under CI=true).
 */
class NeovimIT {
    static final Path ROOT = Path.of(System.getProperty("fabric.examples", "../examples")).toAbsolutePath().normalize().getParent();
    static final String NEW_NAME = "ACME-800G-DR8X";
    /** `ACME-800G-DR8` as a whole name (not the start of ACME-800G-DR8P). */
    static final Pattern ACME = Pattern.compile("ACME-800G-DR8(?![\\w-])");

    @TempDir
    static Path workspace;
    static JsonObject steps;
    static Map<String, String> before = new HashMap<>();

    @BeforeAll
    static void runNeovim(@TempDir Path scratch) throws Exception {
        requireNeovim();
        copyExamples();
        Path config = scratch.resolve("fabric-lsp.lua");
        Files.writeString(config, neovimConfigurationOfTheDocs());
        Path driver = Path.of(NeovimIT.class.getResource("/nvim/drive-fabric-lsp.lua").toURI());
        Path result = scratch.resolve("result.json");

        ProcessBuilder nvim = new ProcessBuilder("nvim", "--headless", "--clean",
                "-c", "luafile " + config, "-c", "luafile " + driver)
                .directory(workspace.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectErrorStream(true)
                .redirectOutput(scratch.resolve("nvim.log").toFile());
        nvim.environment().put("PATH", ROOT + File.pathSeparator + System.getenv("PATH"));
        nvim.environment().put("FABRIC_NVIM_RESULT", result.toString());
        nvim.environment().put("FABRIC_NVIM_WORKSPACE", workspace.toString());
        for (String xdg : List.of("XDG_CACHE_HOME", "XDG_STATE_HOME", "XDG_DATA_HOME")) {
            nvim.environment().put(xdg, scratch.resolve(xdg).toString()); // its LSP log, not the user's
        }
        Process p = nvim.start();
        if (!p.waitFor(240, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("Neovim did not finish in 240 s:\n" + Files.readString(scratch.resolve("nvim.log")));
        }
        String log = Files.readString(scratch.resolve("nvim.log"));
        assertTrue(Files.exists(result), "Neovim wrote no result (exit " + p.exitValue() + "):\n" + log);
        JsonObject all = JsonParser.parseString(Files.readString(result)).getAsJsonObject();
        steps = all.getAsJsonObject("steps");
        assertEquals(workspace.toRealPath().toString(), Path.of(all.get("root_dir").getAsString()).toRealPath().toString(),
                "the root the configuration finds: the folder holding .git");
    }

    /** scripts/require-debian-packages: 0 installed, 3 skip, anything else fail. */
    static void requireNeovim() throws Exception {
        Process p = new ProcessBuilder("sh", ROOT.resolve("scripts/require-debian-packages").toString(),
                "Neovim test (NeovimIT)", "neovim").redirectErrorStream(true).start();
        String said = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        int status = p.waitFor();
        if (status == 3) {
            Assumptions.abort(said);
        }
        assertEquals(0, status, said);
    }

    static void copyExamples() throws IOException {
        Path examples = ROOT.resolve("examples");
        try (Stream<Path> files = Files.walk(examples)) {
            for (Path f : files.filter(Files::isRegularFile).filter(f -> f.toString().endsWith(".fabric")).toList()) {
                Path to = workspace.resolve(examples.relativize(f).toString());
                Files.createDirectories(to.getParent());
                Files.copy(f, to);
                before.put(examples.relativize(f).toString(), Files.readString(f));
            }
        }
        Files.createDirectory(workspace.resolve(".git")); // the project root the configuration looks for
        String clos = Files.readString(examples.resolve("three-tier-clos.fabric"));
        String messy = clos.replaceAll("(?m)^[ \\t]+", "").replaceAll(" +//", " //");
        Files.writeString(workspace.resolve("messy-layout.fabric"), messy);
        before.put("messy-layout.fabric", messy);
    }

    /** The first ```lua block of the "Neovim" section of docs/editors.md, as users copy it. */
    static String neovimConfigurationOfTheDocs() throws IOException {
        String docs = Files.readString(ROOT.resolve("docs/editors.md"));
        Matcher m = Pattern.compile("(?s)\n## Neovim[^\n]*\n.*?```lua\n(.*?)```").matcher(docs);
        assertTrue(m.find(), "docs/editors.md has a Neovim section with a lua block");
        return m.group(1);
    }

    static JsonElement step(String name) {
        JsonElement s = steps.get(name);
        assertTrue(s != null, "Neovim did not get to " + name + ": " + steps);
        if (s.isJsonObject() && s.getAsJsonObject().has("error")) {
            fail(name + " failed in Neovim: " + s.getAsJsonObject().get("error").getAsString());
        }
        return s;
    }

    static String cli(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("java", "-jar", ServerProcess.jar().toString()));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(60, TimeUnit.SECONDS);
        return out;
    }

    static String cliWithInput(String input, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("java", "-jar", ServerProcess.jar().toString()));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        p.getOutputStream().write(input.getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(60, TimeUnit.SECONDS);
        return out;
    }

    static int lineOf(String text, String contains) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(contains)) {
                return i + 1;
            }
        }
        throw new AssertionError("no line with " + contains);
    }

    @Test
    void showsTheDiagnosticsOfFabricLint() throws Exception {
        Path seed = workspace.resolve("seed-1024-gpu-pod.fabric");
        JsonArray lint = JsonParser.parseString(cli("lint", "--format", "json", seed.toString()))
                .getAsJsonObject().getAsJsonArray("diagnostics");
        Map<String, Integer> severity = Map.of("error", 1, "warning", 2, "info", 3, "hint", 4);
        Set<String> expected = new TreeSet<>();
        for (JsonElement d : lint) {
            JsonObject o = d.getAsJsonObject();
            expected.add(o.get("line").getAsInt() + " " + severity.get(o.get("severity").getAsString()) + " "
                    + o.get("code").getAsString() + " " + o.get("message").getAsString());
        }
        Set<String> shown = new TreeSet<>();
        for (JsonElement d : step("diagnostics").getAsJsonArray()) {
            JsonObject o = d.getAsJsonObject();
            shown.add(o.get("line").getAsInt() + " " + o.get("severity").getAsInt() + " " + o.get("code").getAsString() + " "
                    + o.get("message").getAsString());
        }
        assertFalse(expected.isEmpty());
        assertEquals(expected, shown);
    }

    @Test
    void hoverOnATierShowsItsPower() throws Exception {
        JsonObject report = JsonParser.parseString(cli("report", "--format", "json",
                workspace.resolve("seed-1024-gpu-pod.fabric").toString())).getAsJsonObject();
        JsonObject gpu = report.getAsJsonObject("tiers").getAsJsonObject("gpu");
        String hover = step("hover").getAsString();
        assertTrue(hover.contains("tier gpu"), hover);
        assertTrue(hover.contains(Figures.watts(gpu.get("devicePower").getAsDouble())), hover);
        assertTrue(hover.contains(Figures.watts(gpu.get("power").getAsDouble())), hover);
    }

    @Test
    void definitionOfAModuleOpensItsBlockInTheImportedFile() {
        JsonObject at = step("definition").getAsJsonObject();
        assertEquals("optics.fabric", at.get("file").getAsString());
        assertEquals(lineOf(before.get("site/optics.fabric"), "module ACME-800G-DR8 {"), at.get("line").getAsInt());
    }

    @Test
    void referencesFindTheModuleInBothFiles() {
        Set<String> expected = new TreeSet<>();
        for (String file : List.of("site/main.fabric", "site/optics.fabric")) {
            String[] lines = before.get(file).split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                String code = lines[i].replaceAll("//.*", "");
                if (ACME.matcher(code).find()) {
                    expected.add(Path.of(file).getFileName() + ":" + (i + 1));
                }
            }
        }
        Set<String> found = new TreeSet<>();
        for (JsonElement r : step("references").getAsJsonArray()) {
            found.add(r.getAsJsonObject().get("file").getAsString() + ":" + r.getAsJsonObject().get("line").getAsInt());
        }
        assertTrue(expected.size() >= 2, expected.toString());
        assertEquals(expected, found);
    }

    @Test
    void renameChangesTheModuleAcrossTheImportAndNeovimWritesBothFiles() throws Exception {
        step("rename");
        for (String file : List.of("site/main.fabric", "site/optics.fabric")) {
            String was = before.get(file);
            StringBuilder expected = new StringBuilder();
            for (String line : was.split("\n", -1)) {
                int comment = line.indexOf("//");
                String code = comment < 0 ? line : line.substring(0, comment);
                String rest = comment < 0 ? "" : line.substring(comment);
                expected.append(ACME.matcher(code).replaceAll(NEW_NAME)).append(rest).append('\n');
            }
            expected.setLength(expected.length() - 1);
            assertEquals(expected.toString(), Files.readString(workspace.resolve(file)), file);
            assertTrue(Files.readString(workspace.resolve(file)).contains(NEW_NAME), file);
        }
        String lint = cli("lint", workspace.resolve("site").toString());
        assertTrue(lint.endsWith("0 errors, 0 warnings, 0 info\n"), "the renamed site still lints clean:\n" + lint);
    }

    @Test
    void completionAfterModuleQdd8OffersQdd800gDr8Once() {
        JsonObject completion = step("completion").getAsJsonObject();
        List<String> labels = new ArrayList<>();
        completion.getAsJsonArray("labels").forEach(l -> labels.add(l.getAsString()));
        List<String> shown = new ArrayList<>();
        completion.getAsJsonArray("shown").forEach(l -> shown.add(l.getAsString()));
        assertEquals(1, labels.stream().filter("QDD-800G-DR8"::equals).count(), labels.toString());
        assertEquals(1, shown.stream().filter("QDD-800G-DR8"::equals).count(), shown.toString());
        assertTrue(shown.stream().allMatch(l -> l.startsWith("QDD-8")), shown.toString());
    }

    @Test
    void formattingGivesTheLayoutOfFabricFmt() throws Exception {
        step("formatting");
        String expected = cliWithInput(before.get("messy-layout.fabric"), "fmt", "-");
        assertFalse(expected.equals(before.get("messy-layout.fabric")));
        assertEquals(expected, Files.readString(workspace.resolve("messy-layout.fabric")));
    }

    @Test
    void aQuickFixPutsAFiberTheModuleSupports() {
        JsonObject fix = step("code_action").getAsJsonObject();
        assertEquals("  fiber OS2", fix.get("line").getAsString());
        List<String> titles = new ArrayList<>();
        fix.getAsJsonArray("titles").forEach(t -> titles.add(t.getAsString()));
        assertTrue(titles.contains("Suppress FAB102 on this line"), titles.toString());
    }
}
