package io.fabriclint.analyzer.project;

import io.fabriclint.analyzer.diagnostics.Diagnostic;
import io.fabriclint.analyzer.lint.Analyzer;
import io.fabriclint.analyzer.testing.Fixtures;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every fixture and example: no rule throws, and every diagnostic points at some text. */
class CorpusSmokeTest {
    @TestFactory
    Stream<DynamicTest> noRuleThrowsAndNoRangeIsEmpty() throws Exception {
        List<Path> files;
        try (Stream<Path> a = Files.walk(Path.of("src/test/resources")); Stream<Path> b = Files.walk(Path.of("../examples"))) {
            files = Stream.concat(a, b).filter(p -> p.toString().endsWith(".fabric")).sorted().toList();
        }
        assertFalse(files.isEmpty());
        return files.stream().map(f -> DynamicTest.dynamicTest(f.toString(), () -> {
            Analyzer.Analysis analysis = Fixtures.analyze(f.toAbsolutePath().normalize());
            for (Diagnostic d : analysis.diagnostics()) {
                assertFalse(d.message().startsWith("internal error"), d.message());
                assertTrue(d.range().endOffset() > d.range().startOffset(), "empty range: " + Fixtures.render(List.of(d)));
            }
        }));
    }
}
