package io.fabriclint.cli.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The analyzer's rule fixtures (each rule's triggers.fabric fires it), copied
 * under this module's target/ once per test run, so the CLI shows them with
 * relative paths as it would the files of a checkout. A new rule's fixtures
 * are covered by the output tests with no change to them.
 */
final class RuleFixtures {
    private static final Path SOURCE = Path.of("../analyzer/src/test/resources/rules");
    private static final Path COPY = Path.of("target/rule-fixtures");
    private static boolean copied;

    private RuleFixtures() {
    }

    static synchronized Path folder() {
        if (copied) {
            return COPY;
        }
        try {
            if (Files.exists(COPY)) {
                try (Stream<Path> old = Files.walk(COPY)) {
                    old.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
            try (Stream<Path> walk = Files.walk(SOURCE)) {
                for (Path p : walk.toList()) {
                    Path to = COPY.resolve(SOURCE.relativize(p).toString());
                    if (Files.isDirectory(p)) {
                        Files.createDirectories(to);
                    } else if (p.toString().endsWith(".fabric")) {
                        Files.copy(p, to);
                    }
                }
            }
            copied = true;
            return COPY;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
