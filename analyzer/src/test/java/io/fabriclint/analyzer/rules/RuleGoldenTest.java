package io.fabriclint.analyzer.rules;

import io.fabriclint.analyzer.diagnostics.Diagnostic;
import io.fabriclint.analyzer.lint.Analyzer;
import io.fabriclint.analyzer.lint.RuleRegistry;
import io.fabriclint.analyzer.testing.Fixtures;
import io.fabriclint.syntax.SourceRange;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One rule, two fixtures: `rules/CODE/triggers.fabric` must report CODE (and
 * exactly what `triggers.expected` lists, positions and messages included);
 * `rules/CODE/clean.fabric` must not report it. A rule that offers quick fixes
 * has them in `fixes.expected`, and each fix, applied to the fixture, must
 * take away the diagnostic it is for.
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
                assertTrue(Files.exists(file), "missing fixture " + file + ": a small file that makes "
                        + rule.code() + " fire (see CONTRIBUTING.md)");
                Analyzer.Analysis analysis = Fixtures.analyze(file.toAbsolutePath());
                String rendered = Fixtures.render(analysis.diagnostics());
                Fixtures.assertGolden(dir.resolve("triggers.expected"), rendered);
                assertTrue(Fixtures.codes(analysis).contains(rule.code()), rule.code() + " not reported:\n" + rendered);
            }));
            tests.add(DynamicTest.dynamicTest(rule.code() + " clean", () -> {
                Path file = dir.resolve("clean.fabric");
                assertTrue(Files.exists(file), "missing fixture " + file + ": a small file close to triggers.fabric "
                        + "where " + rule.code() + " must not fire (see CONTRIBUTING.md)");
                Analyzer.Analysis analysis = Fixtures.analyze(file.toAbsolutePath());
                String rendered = Fixtures.render(analysis.diagnostics());
                Fixtures.assertGolden(dir.resolve("clean.expected"), rendered);
                assertFalse(Fixtures.codes(analysis).contains(rule.code()), rule.code() + " reported:\n" + rendered);
            }));
            tests.add(DynamicTest.dynamicTest(rule.code() + " fixes", () -> checkFixes(rule, dir)));
        }
        return tests;
    }

    /** The rule's fixes for its diagnostics in triggers.fabric, against fixes.expected; each one must work. */
    private static void checkFixes(Rule rule, Path dir) throws IOException {
        Path file = dir.resolve("triggers.fabric").toAbsolutePath();
        Analyzer.Analysis analysis = Fixtures.analyze(file);
        FixContext context = new FixContext(analysis.model(), analysis.plan());
        StringBuilder rendered = new StringBuilder();
        List<String> problems = new ArrayList<>();
        for (Diagnostic d : analysis.reported()) {
            if (!d.code().equals(rule.code())) {
                continue;
            }
            for (Fix fix : rule.fixes(d, context)) {
                rendered.append(position(d.range())).append(' ').append(fix.preferred() ? "* " : "  ")
                        .append(fix.title()).append('\n');
                for (Map.Entry<Path, List<TextEdit>> e : fix.edits().entrySet()) {
                    for (TextEdit edit : e.getValue()) {
                        rendered.append("    ").append(e.getKey().getFileName()).append(' ')
                                .append(position(edit.range())).append(" -> ")
                                .append(edit.newText().replace("\n", "\\n")).append('\n');
                    }
                }
                String problem = stillThere(d, fix);
                if (problem != null) {
                    problems.add(fix.title() + ": " + problem);
                }
            }
        }
        Path golden = dir.resolve("fixes.expected");
        if (rendered.isEmpty()) {
            assertFalse(Files.exists(golden), rule.code() + " offers no fix; delete " + golden);
            return;
        }
        Fixtures.assertGolden(golden, rendered.toString());
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    /** Applies a fix to the files it edits and says what is wrong when the diagnostic is still reported. */
    private static String stillThere(Diagnostic d, Fix fix) throws IOException {
        Path copy = Files.createTempDirectory("fabric-fix");
        try {
            Path original = d.file();
            for (Path f : Files.list(original.getParent()).toList()) {
                if (Files.isRegularFile(f)) {
                    Files.copy(f, copy.resolve(f.getFileName()));
                }
            }
            for (Map.Entry<Path, List<TextEdit>> e : fix.edits().entrySet()) {
                Path target = copy.resolve(e.getKey().getFileName());
                Files.writeString(target, apply(Files.readString(target), e.getValue()));
            }
            Analyzer.Analysis after = Fixtures.analyze(copy.resolve(original.getFileName()));
            long before = Fixtures.analyze(original).reported().stream().filter(x -> x.code().equals(d.code())).count();
            long now = after.reported().stream().filter(x -> x.code().equals(d.code())).count();
            return now < before ? null : d.code() + " still reported " + now + " time(s):\n"
                    + Fixtures.render(after.diagnostics());
        } finally {
            try (var walk = Files.walk(copy)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** The text with the edits applied (code-point ranges; applied from the last so earlier ranges stay valid). */
    static String apply(String text, List<TextEdit> edits) {
        List<TextEdit> ordered = new ArrayList<>(edits);
        ordered.sort(Comparator.comparingInt((TextEdit e) -> e.range().startOffset()).reversed());
        String out = text;
        for (TextEdit e : ordered) {
            int from = out.offsetByCodePoints(0, e.range().startOffset());
            int to = out.offsetByCodePoints(0, e.range().endOffset());
            out = out.substring(0, from) + e.newText() + out.substring(to);
        }
        return out;
    }

    private static String position(SourceRange r) {
        return (r.startLine() + 1) + ":" + (r.startColumn() + 1) + "-" + (r.endLine() + 1) + ":" + (r.endColumn() + 1);
    }
}
