package io.fabriclint.analyzer.diff;

import io.fabriclint.analyzer.project.DiskFiles;
import io.fabriclint.analyzer.project.FabricProject;
import io.fabriclint.analyzer.project.ProjectSettings;
import io.fabriclint.analyzer.testing.Fixtures;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Each `diff/CASE/` holds `old.fabric` and `new.fabric`; the diff between them
 * renders to exactly `expected.txt`, `expected.md` and `expected.json` beside
 * them. Re-bless with -Dfabric.update=true and review the diff.
 */
class DiffGoldenTest {
    static final Path ROOT = Path.of("src/test/resources/diff");

    @TestFactory
    Stream<DynamicTest> everyCaseRendersToItsGoldens() throws IOException {
        List<Path> cases;
        try (Stream<Path> list = Files.list(ROOT)) {
            cases = list.filter(p -> Files.isRegularFile(p.resolve("old.fabric"))).sorted().toList();
        }
        assertFalse(cases.isEmpty());
        return cases.stream().map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> {
            DesignDiff diff = diff(dir);
            Fixtures.assertGolden(dir.resolve("expected.txt"), DiffText.render(diff));
            Fixtures.assertGolden(dir.resolve("expected.md"), DiffMarkdown.render(diff));
            Fixtures.assertGolden(dir.resolve("expected.json"), DiffJson.jsonText(diff) + "\n");
        }));
    }

    /** The diff of a case, files named relative to its folder as the command line names them relative to the working directory. */
    static DesignDiff diff(Path dir) {
        FabricProject project = new FabricProject(new DiskFiles(), new ProjectSettings(List.of()));
        Path base = dir.toAbsolutePath();
        return DesignDiff.between(input(project, base, "old.fabric"), input(project, base, "new.fabric"));
    }

    private static DiffInput input(FabricProject project, Path base, String name) {
        try {
            return new DiffInput(name, project.analyze(base.resolve(name), () -> false),
                    p -> base.relativize(p).toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
