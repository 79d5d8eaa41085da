package io.fabriclint.analyzer.diagnostics;

import io.fabriclint.analyzer.testing.Fixtures;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SuppressionsTest {
    private static final String TIERS = "tier a {\n  count 2\n  port up: 4 x QSFP-DD 400G\n}\n\n"
            + "tier b {\n  port down: 8 x QSFP-DD 400G\n}\n\n";

    @Test
    void commentOnTheLineBeforeSilencesTheNextLineOnly() {
        String text = TIERS + "link a.up -> b.down {\n  module QDD-400G-SR8\n  fiber OM4\n"
                + "  // fabric-lint: ignore FAB101\n  length 300m\n}\n";
        assertEquals("", Fixtures.render(Fixtures.analyzeText(text).diagnostics()));
    }

    @Test
    void trailingCommentSilencesItsOwnLine() {
        String text = TIERS + "link a.up -> b.down {\n  module QDD-400G-SR8\n  fiber OM4\n"
                + "  length 300m // fabric-lint: ignore FAB101 (temporary run)\n}\n";
        assertEquals("", Fixtures.render(Fixtures.analyzeText(text).diagnostics()));
    }

    @Test
    void suppressedDiagnosticsAreKeptFlagged() {
        String text = TIERS + "link a.up -> b.down {\n  module QDD-400G-SR8\n  fiber OM4\n"
                + "  length 300m // fabric-lint: ignore FAB101\n}\n";
        var diagnostics = Fixtures.analyzeText(text).diagnostics();
        assertEquals(1, diagnostics.size());
        assertEquals(true, diagnostics.get(0).suppressed());
    }

    @Test
    void fileWideSuppressionAndUnusedCodes() {
        String text = "// fabric-lint: ignore-file FAB502 FAB304\ntier lonely {\n  count 1\n}\n";
        assertEquals("memory.fabric:1:1-1:42 info FAB009 suppression of FAB304 is unused: no FAB304 in this file\n",
                Fixtures.render(Fixtures.analyzeText(text).diagnostics()));
    }

    @Test
    void commentOnTheWrongLineIsReportedAndSilencesNothing() {
        String text = TIERS + "link a.up -> b.down {\n  module QDD-400G-SR8\n"
                + "  fiber OM4 // fabric-lint: ignore FAB101\n  length 300m\n}\n";
        String rendered = Fixtures.render(Fixtures.analyzeText(text).diagnostics());
        assertEquals("""
                memory.fabric:12:13-12:42 info FAB009 suppression of FAB101 is unused: no FAB101 on line 12
                memory.fabric:13:3-13:14 error FAB101 QDD-400G-SR8 reaches 100m on OM4; this link is 300m
                """, rendered);
    }

    @Test
    void aLineHoldingOnlyASemicolonIsSkippedLikeABlankOne() {
        String text = TIERS + "link a.up -> b.down {\n  module QDD-400G-SR8\n  fiber OM4\n"
                + "  // fabric-lint: ignore FAB101\n  ;\n  length 300m\n}\n";
        assertEquals("", Fixtures.render(Fixtures.analyzeText(text).diagnostics()));
    }

    @Test
    void aSuppressionWithNoCodeAfterItSaysSo() {
        String text = "tier a {\n  count 1\n}\n// fabric-lint: ignore FAB502\n;\n";
        assertEquals("""
                memory.fabric:1:6-1:7 warning FAB502 tier a has no links: no link starts or ends here
                memory.fabric:4:1-4:30 info FAB009 suppression of FAB502 is unused: no code follows it
                """, Fixtures.render(Fixtures.analyzeText(text).diagnostics()));
    }

    @Test
    void unusedSuppressionCanItselfBeSilencedFileWide() {
        String text = "// fabric-lint: ignore-file FAB009\n// fabric-lint: ignore FAB101\ntier a {\n  count 1\n}\n"
                + "// fabric-lint: ignore-file FAB502\n";
        assertEquals("", Fixtures.render(Fixtures.analyzeText(text).diagnostics()));
    }
}
