package io.fabriclint.analyzer.lint;

import io.fabriclint.analyzer.testing.Fixtures;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Bugs found once, kept found: each `regressions/NAME.fabric` (its comment says
 * what went wrong) lints to exactly what `NAME.expected` beside it lists.
 * Re-bless with -Dfabric.update=true and review the diff.
 */
class RegressionGoldenTest {
    private static final Path ROOT = Path.of("src/test/resources/regressions");

    @TestFactory
    Stream<DynamicTest> everyRegressionLintsToItsExpectation() throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(ROOT)) {
            files = list.filter(p -> p.toString().endsWith(".fabric")).sorted().toList();
        }
        assertFalse(files.isEmpty());
        return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
            String name = f.getFileName().toString();
            String rendered = Fixtures.render(Fixtures.analyze(f.toAbsolutePath()).diagnostics());
            Fixtures.assertGolden(f.resolveSibling(name.substring(0, name.length() - ".fabric".length()) + ".expected"),
                    rendered);
        }));
    }
}
