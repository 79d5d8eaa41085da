package io.fabriclint.analyzer.rules;

/**
 * A rule's documentation page, from its metadata: used by `fabric explain`,
 * `docs/rules/FABnnn.md` and the editor's hover on codes.
 */
public final class RuleDocs {
    /** Where the rendered pages live in the repository; also the editor's `codeDescription` link target. */
    public static final String DOCS_URL = "https://github.com/fabric-lint/fabric-lint/blob/main/docs/rules/";

    private RuleDocs() {
    }

    public static String markdown(Rule rule) {
        return "# " + rule.code() + ": " + rule.title() + "\n\n"
                + "Default severity: **" + rule.defaultSeverity().label() + "** · name: `" + rule.name() + "`\n\n"
                + rule.documentation().strip() + "\n\n"
                + "## Suppressing\n"
                + "`// fabric-lint: ignore " + rule.code() + "` on the line before, or at the end of the line; "
                + "`// fabric-lint: ignore-file " + rule.code() + "` for a whole file; or "
                + "`{ \"rules\": { \"" + rule.code() + "\": \"off\" } }` in `.fabric-lint.json`.\n";
    }

    public static String url(Rule rule) {
        return DOCS_URL + rule.code() + ".md";
    }
}
