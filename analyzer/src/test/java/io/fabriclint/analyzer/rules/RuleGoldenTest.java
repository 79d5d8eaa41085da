package io.fabriclint.analyzer.rules;

import io.fabriclint.analyzer.testing.Fixtures;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One rule, two fixtures: `rules/CODE/triggers.fabric` must report CODE (and
 * exactly what `triggers.expected` lists, positions and messages included);
 * `rules/CODE/clean.fabric` must not report it.
 */
class RuleGoldenTest {
    private static final Path ROOT = Path.of("src/test/resources/rules");

    @TestFactory
    List<DynamicTest> everyRuleHasTriggeringAndCleanFixtures() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Rule rule : RuleRegistry.all()) {
            Path dir = ROOT.resolve(rule.code());
            tests.add(DynamicTest.dynamicTest(rule.code() + " triggers", () -> {
                Path file = dir.resolve("triggers.fabric");
                assertTrue(Files.exists(file), "missing fixture " + file);
                Analyzer.Analysis analysis = Fixtures.analyze(file.toAbsolutePath());
                String rendered = Fixtures.render(analysis.diagnostics());
                Fixtures.assertGolden(dir.resolve("triggers.expected"), rendered);
                assertTrue(Fixtures.codes(analysis).contains(rule.code()), rule.code() + " not reported:\n" + rendered);
            }));
            tests.add(DynamicTest.dynamicTest(rule.code() + " clean", () -> {
                Path file = dir.resolve("clean.fabric");
                assertTrue(Files.exists(file), "missing fixture " + file);
                Analyzer.Analysis analysis = Fixtures.analyze(file.toAbsolutePath());
                String rendered = Fixtures.render(analysis.diagnostics());
                Fixtures.assertGolden(dir.resolve("clean.expected"), rendered);
                assertFalse(Fixtures.codes(analysis).contains(rule.code()), rule.code() + " reported:\n" + rendered);
            }));
        }
        return tests;
    }
}
