package io.fabriclint.analyzer.editor;

import io.fabriclint.analyzer.diagnostics.Diagnostic;
import io.fabriclint.analyzer.lint.RuleRegistry;
import io.fabriclint.analyzer.physical.FabricPlan;
import io.fabriclint.analyzer.rules.FixContext;
import io.fabriclint.analyzer.rules.Rule;
import io.fabriclint.syntax.SyntaxTree;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Quick fixes: the ones each diagnostic's rule offers ({@link Rule#fixes}: a
 * closest name, a unit, a fiber type the module supports, a module with
 * enough reach, removing an unused suppression), then, for any diagnostic, a
 * suppression comment. Converts the rules' edits to editor positions.
 */
public final class CodeActions {
    private CodeActions() {
    }

    /** One quick fix: the diagnostic it fixes and the edits, by file. */
    public record Fix(String title, Diagnostic diagnostic, Map<Path, List<Navigation.Edit>> edits, boolean preferred) {
    }

    /** The fixes for {@code file}'s diagnostics; {@code tree} is its tree, {@code plan} its fabric's (null: not analyzed yet). */
    public static List<Fix> fixes(Path file, SyntaxTree tree, FabricPlan plan, List<Diagnostic> diagnostics) {
        FixContext context = new FixContext(plan == null ? null : plan.model(), plan);
        List<Fix> out = new ArrayList<>();
        // Only `file`'s own: the edits are placed with its tree.
        diagnostics = diagnostics.stream().filter(d -> d.file().equals(file)).toList();
        for (Diagnostic d : diagnostics) {
            Rule rule = RuleRegistry.byCode(d.code());
            if (rule == null) {
                continue;
            }
            for (io.fabriclint.analyzer.rules.Fix f : rule.fixes(d, context)) {
                Map<Path, List<Navigation.Edit>> edits = new LinkedHashMap<>();
                f.edits().forEach((path, list) -> edits.put(path, list.stream()
                        .map(e -> new Navigation.Edit(Span.of(e.range()), e.newText())).toList()));
                out.add(new Fix(f.title(), d, edits, f.preferred()));
            }
        }
        for (Diagnostic d : diagnostics) {
            out.add(suppress(d, tree));
        }
        return out;
    }

    /** `// fabric-lint: ignore CODE` on the line before (added to one that is already there). */
    static Fix suppress(Diagnostic d, SyntaxTree tree) {
        int line = d.range().startLine();
        String text = lineText(tree, line);
        String indent = text.substring(0, text.length() - text.stripLeading().length());
        List<Navigation.Edit> edits = new ArrayList<>();
        String previous = line > 0 ? lineText(tree, line - 1) : null;
        if (previous != null && previous.strip().matches("//\\s*fabric-lint:\\s*ignore\\s+[A-Z0-9 ,]+")
                && !previous.contains(d.code())) {
            int end = previous.stripTrailing().codePointCount(0, previous.stripTrailing().length());
            edits.add(new Navigation.Edit(new Span(line - 1, end, line - 1, end), " " + d.code()));
        } else {
            edits.add(new Navigation.Edit(new Span(line, 0, line, 0), indent + "// fabric-lint: ignore " + d.code() + "\n"));
        }
        return new Fix("Suppress " + d.code() + " on this line", d, Map.of(d.file(), edits), false);
    }

    static String lineText(SyntaxTree tree, int line) {
        var lines = tree.lines();
        if (line < 0 || line >= lines.lineCount()) {
            return "";
        }
        String text = tree.text();
        int start = IncrementalParser.charIndex(text, lines.lineStart(line));
        int end = line + 1 < lines.lineCount() ? IncrementalParser.charIndex(text, lines.lineStart(line + 1)) : text.length();
        return text.substring(start, end).replaceAll("[\r\n]+$", "");
    }
}
