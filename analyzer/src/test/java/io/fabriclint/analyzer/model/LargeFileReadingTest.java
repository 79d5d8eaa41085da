package io.fabriclint.analyzer.model;

import io.fabriclint.analyzer.catalog.ModuleCatalog;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A file with more declarations than {@link DeclarationReading#PARALLEL_FROM} has its
 * declarations read on several cores: what the model reports must still come in the
 * order of one declaration after another, and within a tier its properties before its ports.
 */
class LargeFileReadingTest {
    @Test
    void problemsOfALargeFileComeInDeclarationOrder() {
        int tiers = DeclarationReading.PARALLEL_FROM * 3;
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < tiers; i++) {
            // A bad port, then a bad power, then power again: the port is reported after the power (ports are
            // read after the other properties), then the duplicate.
            text.append("tier t").append(i).append(" {\n  port p: 2 x QSFP-XX 400G\n  power ").append(i)
                    .append("parsecs\n  power 1kW\n}\n");
        }
        FabricModel model = new ModelBuilder(SourceProvider.DISK, ModuleCatalog.builtIn())
                .build(ModelBuilder.STDIN, text.toString());

        List<ValueProblem> problems = model.valueProblems();
        assertEquals(2 * tiers, problems.size());
        for (int i = 0; i < tiers; i++) {
            int firstLine = 5 * i; // zero-based line of `tier t<i> {`
            assertEquals(firstLine + 2, problems.get(2 * i).range().startLine(), "power of t" + i + " first");
            assertEquals(firstLine + 1, problems.get(2 * i + 1).range().startLine(), "then the port of t" + i);
        }
        List<Duplicate> duplicates = model.duplicates();
        assertEquals(tiers, duplicates.size());
        for (int i = 0; i < tiers; i++) {
            assertEquals(5 * i + 3, duplicates.get(i).range().startLine(), "duplicate power of t" + i);
        }
        assertEquals(tiers, model.tiers().size());
    }
}
