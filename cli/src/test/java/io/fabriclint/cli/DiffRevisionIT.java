package io.fabriclint.cli;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * `fabric diff REV:PATH …` run as a user runs it: the built jar, started in a
 * git repository of two commits made here (resources/diff/rev-path: the site
 * example, then the same site with a lower rack budget in an imported file and
 * a new PUE), from the repository's top and from a subfolder.
 */
class DiffRevisionIT {
    private static final Path CASE = Path.of("src/test/resources/diff/rev-path");
    private static final Path JAR = Path.of(System.getProperty("fabric.jar", "target/fabric.jar")).toAbsolutePath();

    @TempDir
    Path repo;

    record Run(int exit, String out, String err) {
    }

    @BeforeEach
    void twoCommits() throws Exception {
        git("init", "-q", "-b", "main");
        git("config", "user.email", "diff@example.invalid");
        git("config", "user.name", "diff test");
        copy(CASE.resolve("old"), repo.resolve("site"));
        git("add", "-A");
        git("commit", "-q", "-m", "site as built");
        copy(CASE.resolve("new"), repo.resolve("site"));
        git("commit", "-q", "-am", "lower rack budget, new chillers");
    }

    @Test
    void comparesTheBaseRevisionWithTheWorkingTreeReadingImportsAtTheRevision() throws Exception {
        Run r = fabric(repo, "diff", "HEAD~1:site/main.fabric", "site/main.fabric", "--format", "markdown");
        assertEquals(0, r.exit(), r.err());
        // The budget lives in racks.fabric: the old side shows 32 kW only if its import was read at HEAD~1.
        assertTrue(r.out().contains("| compute | 25.7 kW | 0 | 32.0 kW → 25.0 kW | 80.5% → 103.0% | now over budget |"),
                r.out());
        assertGolden(CASE.resolve("expected.md"), r.out());
    }

    @Test
    void pathsStartingWithDotAreRelativeToTheCurrentFolderAsInGit() throws Exception {
        Run fromTop = fabric(repo, "diff", "HEAD~1:site/main.fabric", "HEAD:site/main.fabric", "--format", "json");
        Run fromSite = fabric(repo.resolve("site"), "diff", "HEAD~1:./main.fabric", "main.fabric", "--format", "json");
        assertEquals(0, fromSite.exit(), fromSite.err());
        JsonObject a = JsonParser.parseString(fromTop.out()).getAsJsonObject();
        JsonObject b = JsonParser.parseString(fromSite.out()).getAsJsonObject();
        assertEquals(a.get("power"), b.get("power"));
        assertEquals(a.get("modules"), b.get("modules"));
        // A file at a revision is named as git names it; a file on disk relative to the current folder.
        assertEquals("HEAD:site/racks.fabric", firstNew(a).get("file").getAsString());
        assertEquals("racks.fabric", firstNew(b).get("file").getAsString());
    }

    private static JsonObject firstNew(JsonObject diff) {
        return diff.getAsJsonObject("diagnostics").getAsJsonArray("new").get(0).getAsJsonObject();
    }

    @Test
    void failsOnNewErrorsOnlyWhenAskedTo() throws Exception {
        assertEquals(1, fabric(repo, "diff", "--fail-on-new-errors", "HEAD~1:site/main.fabric", "site/main.fabric").exit());
        assertEquals(0, fabric(repo, "diff", "--fail-on-new-errors", "site/main.fabric", "HEAD~1:site/main.fabric").exit(),
                "going back fixes the error; it adds none");
    }

    @Test
    void theSameRevisionTwiceIsOneLine() throws Exception {
        Run r = fabric(repo, "diff", "HEAD~1:site/main.fabric", "main~1:site/main.fabric");
        assertEquals(0, r.exit());
        assertEquals(1, r.out().lines().count(), r.out());
        r = fabric(repo, "diff", "HEAD:site/main.fabric", "site/main.fabric");
        assertTrue(r.out().endsWith(": no change in modules, fibers, cables, power, bandwidth, oversubscription or findings\n"),
                r.out());
    }

    @Test
    void theIndexIsTheRevisionWithNoName() throws Exception {
        Files.writeString(repo.resolve("site/racks.fabric"),
                Files.readString(repo.resolve("site/racks.fabric")).replace("power 25kW", "power 40kW"));
        git("add", "site/racks.fabric");
        Run r = fabric(repo, "diff", "HEAD:site/main.fabric", ":site/main.fabric", "--format", "json");
        JsonObject rack = JsonParser.parseString(r.out()).getAsJsonObject().getAsJsonObject("power")
                .getAsJsonObject("racks").getAsJsonObject("compute");
        assertEquals(40000, rack.getAsJsonObject("budget").get("new").getAsInt(), r.out());
    }

    @Test
    void aBadRevisionOrMissingFileIsExitTwoWithOneLine() throws Exception {
        Run r = fabric(repo, "diff", "nope:site/main.fabric", "site/main.fabric");
        assertEquals(2, r.exit());
        assertEquals("fabric: nope:site/main.fabric: unknown revision 'nope'\n", r.err());
        r = fabric(repo, "diff", "HEAD~1:site/none.fabric", "site/main.fabric");
        assertEquals(2, r.exit());
        assertEquals("fabric: HEAD~1:site/none.fabric: no such file at HEAD~1\n", r.err());
        r = fabric(repo, "diff", "HEAD:../outside.fabric", "site/main.fabric");
        assertEquals(2, r.exit());
        assertTrue(r.err().startsWith("fabric: HEAD:../outside.fabric: ../outside.fabric is outside the repository"), r.err());
    }

    @Test
    void outsideARepositoryARevisionPathSaysSo(@TempDir Path plain) throws Exception {
        Run r = fabric(plain, "diff", "HEAD:main.fabric", "main.fabric");
        assertEquals(2, r.exit());
        assertTrue(r.err().startsWith("fabric: HEAD:main.fabric: not in a git repository"), r.err());
    }

    private Run fabric(Path dir, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("java", "-jar", JAR.toString()));
        command.addAll(List.of(args));
        return run(dir, command);
    }

    private void git(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("git"));
        command.addAll(List.of(args));
        Run r = run(repo, command);
        assertEquals(0, r.exit(), "git " + String.join(" ", args) + ": " + r.err());
    }

    private static Run run(Path dir, List<String> command) throws Exception {
        Path out = Files.createTempFile("diff-it", ".out");
        Path err = Files.createTempFile("diff-it", ".err");
        try {
            ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile())
                    .redirectOutput(out.toFile()).redirectError(err.toFile());
            pb.environment().put("GIT_CONFIG_NOSYSTEM", "1");
            pb.environment().put("HOME", dir.toString());
            Process p = pb.start();
            assertTrue(p.waitFor(120, TimeUnit.SECONDS), String.join(" ", command) + " did not finish");
            return new Run(p.exitValue(), Files.readString(out), Files.readString(err));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : files.toList()) {
                Files.copy(f, to.resolve(f.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    /** Compares with the golden file, or rewrites it with -Dfabric.update=true (then review the diff). */
    private static void assertGolden(Path golden, String actual) throws IOException {
        if (Boolean.getBoolean("fabric.update")) {
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
            return;
        }
        assertTrue(Files.exists(golden), "missing " + golden + "; run the test with -Dfabric.update=true. Actual:\n" + actual);
        assertEquals(Files.readString(golden), actual, "golden " + golden + " (if intended: -Dfabric.update=true)");
    }
}
