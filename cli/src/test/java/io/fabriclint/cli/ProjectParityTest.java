package io.fabriclint.cli;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.fabriclint.analyzer.InputFileException;
import io.fabriclint.analyzer.diagnostics.Diagnostic;
import io.fabriclint.analyzer.editor.EditorWorkspace;
import io.fabriclint.analyzer.project.DiskFiles;
import io.fabriclint.analyzer.project.FabricFiles;
import io.fabriclint.analyzer.project.FabricProject;
import io.fabriclint.analyzer.project.LintResult;
import io.fabriclint.analyzer.project.ProjectSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The promise of the product: the same files give the same diagnostics on the
 * command line and in the editor. Each case is a folder linted with
 * `fabric lint DIR` and opened as the editor's workspace folder; broken
 * configurations and catalogs included.
 */
class ProjectParityTest {
    /** A tier without links (FAB502), a port with unused cages, a reach error, an unknown module. */
    private static final String MAIN = """
            import "sub/optics.fabric"

            fabric pod { pue 1.2 }

            rack r { count 1; height 42U; power 5kW }

            tier gpu {
              count 4
              rack r
              height 4U
              power 1.2kW
              port nic: 2 x OSFP 400G
            }

            tier leaf {
              count 2
              rack r
              port down: 8 x OSFP 800G
            }

            tier lonely { count 1 }

            link gpu.nic -> leaf.down {
              module MY-SR4 -> OSFP-800G-2SR4
              fiber OM4
              length 80m
            }
            """;
    private static final String OPTICS = """
            module MY-SR4 {
              like OSFP-400G-SR4
              power 7W
            }

            tier spare { count 1 }  // FAB502 here, judged with this folder's configuration
            """;
    private static final String OTHER = """
            tier a { count 1; port p: 1 x OSFP 800G }
            tier b { count 1; port p: 1 x OSFP 800G }
            link a.p -> b.p { module ACME-800G-DR8X; fiber OS2; length 10m }
            """;
    private static final String CATALOG = """
            { "modules": [ { "name": "ACME-800G-DR8X", "formFactor": "OSFP", "speed": "800G",
              "lanes": "8 x 100G DR", "media": "SMF", "reach": { "OS2": "500m" }, "fibers": 16,
              "connector": "MPO-16", "power": "16W", "fec": "RS544", "source": "vendor datasheet" } ] }
            """;

    @TempDir
    Path dir;

    /** Diagnostics as `file:line:col-endLine:endCol severity CODE message`, and the problems as `file:line:col message`. */
    private record Seen(List<String> diagnostics, List<String> problems) {
    }

    private void fabricFiles() throws IOException {
        write("main.fabric", MAIN);
        write("sub/optics.fabric", OPTICS);
        write("other.fabric", OTHER);
    }

    @Test
    void plainFolder() throws IOException {
        fabricFiles();
        assertSame(true);
    }

    @Test
    void nestedConfigurationsEachJudgeTheirOwnFiles() throws IOException {
        fabricFiles();
        write(".fabric-lint.json", "{ \"rules\": { \"FAB502\": \"error\", \"FAB304\": \"off\" }, "
                + "\"catalogs\": [\"vendor.json\"] }");
        write("vendor.json", CATALOG);
        write("sub/.fabric-lint.json", "{ \"rules\": { \"FAB502\": \"info\" } }");
        Seen cli = assertSame(true);
        assertTrue(cli.diagnostics().stream().anyMatch(d -> d.startsWith("main.fabric") && d.contains("error FAB502")),
                cli.toString());
        assertTrue(cli.diagnostics().stream().anyMatch(d -> d.startsWith("sub/optics.fabric") && d.contains("info FAB502")),
                cli.toString());
        assertTrue(cli.diagnostics().stream().noneMatch(d -> d.contains("ACME")), "the vendor catalog applies");
    }

    @Test
    void aBrokenNestedConfigurationIsAProblemAndItsFilesGetTheDefaults() throws IOException {
        fabricFiles();
        write(".fabric-lint.json", "{ \"rules\": { \"FAB502\": \"error\" } }");
        write("sub/.fabric-lint.json", "{ \"rules\": { \"FAB502\": \"loud\" } }");
        Seen seen = assertSame(false);
        assertEquals(List.of("sub/.fabric-lint.json:1:24 unknown severity \"loud\" for FAB502; use off, info, warning "
                + "or error"), seen.problems());
        assertTrue(seen.diagnostics().stream().anyMatch(d -> d.startsWith("main.fabric") && d.contains("error FAB502")));
        assertTrue(seen.diagnostics().stream().anyMatch(d -> d.startsWith("sub/optics.fabric")
                && d.contains("warning FAB502")), "the default severity: " + seen);
    }

    @Test
    void aBrokenRootConfigurationIsAProblemAndEveryFileGetsTheDefaults() throws IOException {
        fabricFiles();
        write(".fabric-lint.json", "{ \"rules\": { \"FAB502\": \"error\" }, }");
        Seen seen = assertSame(false);
        assertEquals(1, seen.problems().size(), seen.toString());
        assertTrue(seen.problems().get(0).startsWith(".fabric-lint.json:1:"), seen.toString());
        assertTrue(seen.diagnostics().stream().noneMatch(d -> d.contains("error FAB502")), seen.toString());
    }

    @Test
    void aBrokenCatalogIsLeftOutAndTheOthersAreRead() throws IOException {
        fabricFiles();
        write(".fabric-lint.json", "{ \"catalogs\": [\"broken.json\", \"vendor.json\"] }");
        write("broken.json", "{ \"modules\": [ { \"name\": \"X\", } ] }");
        write("vendor.json", CATALOG);
        Seen seen = assertSame(false);
        assertEquals(1, seen.problems().size(), seen.toString());
        assertTrue(seen.problems().get(0).startsWith("broken.json:1:"), seen.toString());
        assertTrue(seen.diagnostics().stream().noneMatch(d -> d.contains("ACME")), "vendor.json still read: " + seen);
    }

    @Test
    void cyclesSharedImportsAndExcludedFiles() throws IOException {
        write("a.fabric", "import \"b.fabric\"\ntier a { count 1 }\n");
        write("b.fabric", "import \"a.fabric\"\nimport \"lib/shared.fabric\"\ntier b { count 1 }\n");
        write("c.fabric", "import \"lib/shared.fabric\"\ntier c { count 1; port p: 4 x OSFP 800G }\n"
                + "link c.p -> s.q { module OSFP-800G-DR8; fiber OS2; length 10m }\n");
        write("lib/shared.fabric", "tier s { count 1; port q: 8 x OSFP 800G }\n");
        write("drafts/wip.fabric", "import \"../c.fabric\"\ntier wip { count 1 }\nlink wip.x -> c.p { module nope }\n");
        write(".fabric-lint.json", "{ \"exclude\": [\"drafts\"] }");
        Seen seen = assertSame(true);
        assertTrue(seen.diagnostics().stream().anyMatch(d -> d.contains("FAB007")), seen.toString());
        assertTrue(seen.diagnostics().stream().noneMatch(d -> d.startsWith("drafts/")), seen.toString());
    }

    /** Runs both paths, asserts they agree, and returns what they saw. */
    private Seen assertSame(boolean usable) throws IOException {
        Seen cli = commandLine(usable);
        Seen editor = editor();
        assertEquals(cli.problems(), editor.problems(), "configuration and catalog problems");
        assertEquals(cli.diagnostics(), editor.diagnostics(), "diagnostics");
        return cli;
    }

    /** `fabric lint --format json DIR`; when a configuration or catalog is unusable it exits 2 and says why. */
    private Seen commandLine(boolean usable) throws IOException {
        CliRunner.Run run = CliRunner.run("lint", "--format", "json", dir.toString());
        List<String> problems = new ArrayList<>();
        List<String> diagnostics = new ArrayList<>();
        if (usable) {
            assertTrue(run.exit() == 0 || run.exit() == 1, run.toString());
            JsonObject json = JsonParser.parseString(run.out()).getAsJsonObject();
            for (JsonElement e : json.getAsJsonArray("diagnostics")) {
                JsonObject d = e.getAsJsonObject();
                diagnostics.add(relative(Path.of(d.get("file").getAsString())) + ":" + d.get("line") + ":"
                        + d.get("column") + "-" + d.get("endLine") + ":" + d.get("endColumn") + " "
                        + d.get("severity").getAsString() + " " + d.get("code").getAsString() + " "
                        + d.get("message").getAsString());
            }
        } else {
            assertEquals(2, run.exit(), run.toString());
            assertFalse(run.err().isBlank(), run.toString());
            // What the CLI would have reported with the fallbacks is what `lint` computes before refusing.
            LintResult result = new FabricProject(new DiskFiles(), new ProjectSettings(List.of()))
                    .lint(FabricFiles.walk(dir, new ProjectSettings(List.of()), FabricFiles.Limits.NONE));
            for (InputFileException p : result.problems()) {
                problems.add(problem(p));
                assertTrue(run.err().contains(p.getMessage()), "the CLI prints " + p.getMessage() + ":\n" + run);
            }
            result.diagnostics().stream().filter(d -> !d.suppressed()).forEach(d -> diagnostics.add(line(d)));
        }
        return new Seen(sorted(diagnostics), problems);
    }

    /** The editor with the folder as its workspace, every file opened as a user would, each refreshed. */
    private Seen editor() throws IOException {
        EditorWorkspace ws = new EditorWorkspace(List.of(dir), List.of(), s -> { });
        List<Path> files = FabricFiles.walk(dir, new ProjectSettings(List.of()), FabricFiles.Limits.NONE);
        for (Path f : files) {
            ws.open(f, 1, Files.readString(f));
        }
        List<String> diagnostics = new ArrayList<>();
        java.util.Set<Path> shown = new java.util.LinkedHashSet<>();
        for (Path f : files) {
            for (Map.Entry<Path, List<Diagnostic>> e : ws.refresh(f, () -> false).entrySet()) {
                shown.add(e.getKey());
            }
        }
        for (Path f : shown) {
            ws.diagnostics(f).forEach(d -> diagnostics.add(line(d)));
        }
        List<String> problems = ws.problems().stream().map(ProjectParityTest::problem).toList();
        return new Seen(sorted(new ArrayList<>(new TreeSet<>(diagnostics))), problems);
    }

    private String line(Diagnostic d) {
        return relative(d.file()) + ":" + (d.range().startLine() + 1) + ":" + (d.range().startColumn() + 1) + "-"
                + (d.range().endLine() + 1) + ":" + (d.range().endColumn() + 1) + " " + d.severity().label() + " "
                + d.code() + " " + d.message();
    }

    private static String problem(InputFileException e) {
        Path root = e.file().getParent();
        while (root != null && !Files.exists(root.resolve("main.fabric")) && !Files.exists(root.resolve("a.fabric"))) {
            root = root.getParent();
        }
        String file = root == null ? e.file().toString() : root.relativize(e.file()).toString().replace('\\', '/');
        return file + ":" + e.line() + ":" + e.column() + " " + e.getMessage();
    }

    private String relative(Path p) {
        return dir.toAbsolutePath().normalize().relativize(p.toAbsolutePath().normalize()).toString().replace('\\', '/');
    }

    private static List<String> sorted(List<String> list) {
        List<String> out = new ArrayList<>(list);
        out.sort(null);
        return out;
    }

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
        return p;
    }
}
