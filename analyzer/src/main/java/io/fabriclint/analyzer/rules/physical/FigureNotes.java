package io.fabriclint.analyzer.rules.physical;

/** Documentation shared by the rules whose figures come from uncertain (⚠) reference values. */
final class FigureNotes {
    static final String UNCERTAIN_POWER = """
            Uncertain figures: module powers the optics reference marks ⚠ (vendor-typical ranges, the \
            800G ZR 28 W and 1.6T DR8 28 W, the LPO 8.5 W) are planning figures, not datasheet maxima; \
            the catalog entry's `source` says so. Check your vendor's datasheet, or override the figure \
            with a `module … { like … power … }` block.
            """;

    private FigureNotes() {
    }
}
