package io.fabriclint.analyzer.cabling;

import io.fabriclint.analyzer.export.CutSheetCsv;
import io.fabriclint.analyzer.lint.Analyzer;
import io.fabriclint.analyzer.testing.Fixtures;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The rules of cabling.md §1–§2, one fixture each: `cabling/NAME.fabric`
 * (its comment says what it shows) gives exactly the cut sheet `NAME.csv`
 * and the diagnostics `NAME.expected` beside it. Re-bless with
 * -Dfabric.update=true and review the diff; CablingRulesTest checks the same
 * fixtures against the rules, cable by cable.
 */
class CablingGoldenTest {
    static final Path ROOT = Path.of("src/test/resources/cabling");

    static List<Path> fixtures() throws IOException {
        try (Stream<Path> list = Files.list(ROOT)) {
            return list.filter(p -> p.toString().endsWith(".fabric")).sorted().toList();
        }
    }

    static CablePlan cables(Path fixture) {
        return new CablePlan(Fixtures.analyze(fixture.toAbsolutePath()).plan());
    }

    @TestFactory
    Stream<DynamicTest> everyFixtureGivesItsCutSheet() throws IOException {
        List<Path> files = fixtures();
        assertFalse(files.isEmpty());
        return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
            String stem = f.getFileName().toString().replace(".fabric", "");
            Analyzer.Analysis analysis = Fixtures.analyze(f.toAbsolutePath());
            CablePlan cables = new CablePlan(analysis.plan());
            StringWriter csv = new StringWriter();
            long strands = CutSheetCsv.write(cables, csv).strands();
            Fixtures.assertGolden(f.resolveSibling(stem + ".csv"), csv.toString());
            Fixtures.assertGolden(f.resolveSibling(stem + ".expected"), Fixtures.render(analysis.diagnostics()));
            assertEquals(analysis.plan().fibers(), strands, "strands of the cut sheet against the report's fibers");
        }));
    }
}
