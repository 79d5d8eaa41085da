package io.fabriclint.analyzer.format;

import io.fabriclint.analyzer.testing.FabricWriter;
import io.fabriclint.analyzer.testing.FormatChecks;
import io.fabriclint.analyzer.testing.FuzzInputs;
import io.fabriclint.syntax.FabricSyntax;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * `fmt` keeps every verdict (docs/formatting.md, "Guarantees"): for random
 * fabrics written every which way, and for the examples and fixtures with
 * their layout bent (lines joined and split, `;`, comments and suppression
 * comments anywhere) or broken outright, formatting refuses exactly the text
 * with syntax errors, and otherwise keeps every token and comment in order,
 * formats to itself, and gives the same lint results (codes, severities,
 * messages, declarations, suppressions) and the same report.
 */
class FormatPropertiesTest {
    private static final Path ROOT = Path.of("/generated/fabric.fabric").toAbsolutePath();
    private static final List<FuzzInputs.Sample> CORPUS = FuzzInputs.corpus();

    @Property(tries = 400)
    void generatedFabricsKeepTheirVerdicts(@ForAll("fabrics") String text) throws Exception {
        assertFalse(FabricSyntax.parse(text).hasErrors(), () -> "generator produced a syntax error:\n" + text);
        String problem = FormatChecks.violation(ROOT, text);
        assertNull(problem, () -> problem + "\ninput:\n" + text);
    }

    @Property(tries = 400)
    void relaidExamplesAndFixturesKeepTheirVerdicts(@ForAll("relaidCorpus") FuzzInputs.Sample sample) throws Exception {
        String problem = FormatChecks.violation(sample.path(), sample.text());
        assertNull(problem, () -> problem + "\ninput (" + sample.path() + "):\n" + sample.text());
    }

    @Property(tries = 200)
    void brokenExamplesAndFixturesAreRefusedOrKeepTheirVerdicts(@ForAll("mutatedCorpus") FuzzInputs.Sample sample)
            throws Exception {
        String problem = FormatChecks.violation(sample.path(), sample.text());
        assertNull(problem, () -> problem + "\ninput (" + sample.path() + "):\n" + sample.text());
    }

    @Property(tries = 100)
    void textWithASyntaxErrorIsRefused(@ForAll("fabrics") String text) {
        int close = text.lastIndexOf('}');
        String broken = close < 0 ? text + "\ntier {" : text.substring(0, close) + text.substring(close + 1);
        FormatResult result = FabricFormatter.format(broken);
        assertFalse(result.isFormatted());
        assertEquals(FabricSyntax.parse(broken).errors(), result.syntaxErrors());
    }

    @Provide
    Arbitrary<String> fabrics() {
        return Arbitraries.randomValue(random -> new FabricWriter(random).file());
    }

    @Provide
    Arbitrary<FuzzInputs.Sample> relaidCorpus() {
        return Arbitraries.randomValue(random -> {
            FuzzInputs.Sample s = CORPUS.get(random.nextInt(CORPUS.size()));
            return new FuzzInputs.Sample(s.path(), FuzzInputs.relayout(s.text(), random));
        });
    }

    @Provide
    Arbitrary<FuzzInputs.Sample> mutatedCorpus() {
        return Arbitraries.randomValue(random -> {
            FuzzInputs.Sample s = CORPUS.get(random.nextInt(CORPUS.size()));
            return new FuzzInputs.Sample(s.path(), FuzzInputs.mutate(s.text(), random, CORPUS));
        });
    }
}
