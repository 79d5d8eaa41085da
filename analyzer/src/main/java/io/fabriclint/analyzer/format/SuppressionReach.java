package io.fabriclint.analyzer.format;

import io.fabriclint.analyzer.diagnostics.Suppressions;
import io.fabriclint.syntax.SyntaxToken;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * What each `// fabric-lint: ignore` comment of a file silences, in terms that
 * survive formatting: the code tokens on the line it applies to, numbered
 * among the tokens formatting keeps (everything but whitespace, line breaks
 * and `;`). A layout keeps every verdict when every comment reaches exactly
 * the same tokens as before.
 *
 * @param byComment the number of each line suppression comment → the numbers of the tokens it reaches
 * @param lineOf    for each suppression comment, the input lines ({@link LayoutPrinter#lines}) that its
 *                  reach depends on: its own and the one it applies to
 */
record SuppressionReach(Map<Integer, TreeSet<Integer>> byComment, Map<Integer, List<Integer>> lineOf) {

    static SuppressionReach of(List<SyntaxToken> tokens) {
        Map<Integer, TreeSet<Integer>> byComment = new HashMap<>();
        Map<Integer, List<Integer>> lineOf = new HashMap<>();
        List<Suppressions.Directive> directives = Suppressions.directives(tokens);
        if (directives.isEmpty()) {
            return new SuppressionReach(byComment, lineOf);
        }
        int[] kept = new int[tokens.size()];
        Map<Integer, List<Integer>> codeByLine = new HashMap<>();
        int n = 0;
        for (int k = 0; k < tokens.size(); k++) {
            SyntaxToken t = tokens.get(k);
            boolean keeps = t.kind() != SyntaxToken.Kind.NEWLINE && t.kind() != SyntaxToken.Kind.WHITESPACE
                    && !(t.kind() == SyntaxToken.Kind.PUNCTUATION && t.text().equals(";"));
            kept[k] = keeps ? n++ : -1;
            if (!t.isComment() && t.kind() != SyntaxToken.Kind.NEWLINE && t.kind() != SyntaxToken.Kind.WHITESPACE) {
                codeByLine.computeIfAbsent(t.range().startLine(), x -> new ArrayList<>()).add(k);
            }
        }
        int[] lines = LayoutPrinter.lines(tokens);
        for (Suppressions.Directive d : directives) {
            if (d.wholeFile()) {
                continue;
            }
            TreeSet<Integer> reach = new TreeSet<>();
            List<Integer> depends = new ArrayList<>(List.of(lines[d.token()]));
            for (int k : codeByLine.getOrDefault(d.line(), List.of())) {
                if (kept[k] >= 0) {
                    reach.add(kept[k]);
                }
                depends.add(lines[k]);
            }
            byComment.put(kept[d.token()], reach);
            lineOf.put(kept[d.token()], depends);
        }
        return new SuppressionReach(byComment, lineOf);
    }

    /** The input lines to pin so that the comments whose reach {@code formatted} changed get it back. */
    List<Integer> linesToPin(SuppressionReach formatted) {
        List<Integer> out = new ArrayList<>();
        byComment.forEach((comment, reach) -> {
            if (!reach.equals(formatted.byComment.get(comment))) {
                out.addAll(lineOf.get(comment));
            }
        });
        return out;
    }
}
