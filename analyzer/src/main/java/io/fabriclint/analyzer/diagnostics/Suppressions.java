package io.fabriclint.analyzer.diagnostics;

import io.fabriclint.analyzer.model.SourceFile;
import io.fabriclint.syntax.SourceRange;
import io.fabriclint.syntax.SyntaxToken;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Suppression comments (spec §5): `// fabric-lint: ignore CODE…` silences
 * those codes on the line it ends, or, on a line of its own, on the next line
 * with code; `// fabric-lint: ignore-file CODE…` silences them in its file.
 * A comment that silences nothing is reported per unused code (FAB009).
 */
public final class Suppressions {
    private static final Pattern DIRECTIVE =
            Pattern.compile("^(?://|/\\*)\\s*fabric-lint:\\s*(ignore-file|ignore)\\b(.*?)(?:\\*/)?\\s*$");
    private static final Pattern CODE = Pattern.compile("[A-Z]+[0-9]+");

    /** One comment: the codes it names, where it applies, and which codes it used. */
    public record Suppression(Path file, SourceRange range, boolean wholeFile, int line, List<String> codes) {
    }

    private final List<Suppression> all = new ArrayList<>();
    /** By `file:line`; file-wide ones under line -1. */
    private final Map<String, List<Suppression>> byLine = new java.util.HashMap<>();

    public Suppressions(List<SourceFile> files) {
        for (SourceFile f : files) {
            read(f);
        }
    }

    public List<Suppression> all() {
        return all;
    }

    private void read(SourceFile file) {
        List<SyntaxToken> tokens = file.tree().tokens();
        boolean any = false;
        for (SyntaxToken t : tokens) {
            if (t.isComment() && t.text().contains("fabric-lint")) {
                any = true;
                break;
            }
        }
        if (!any) {
            return; // most files have no suppression comment: nothing to index
        }
        // One pass: the lines that have code, and whether a comment follows code on its own line.
        TreeSet<Integer> codeLines = new TreeSet<>();
        Map<SyntaxToken, Boolean> trailing = new java.util.IdentityHashMap<>();
        int lastCodeLine = -1;
        for (SyntaxToken t : tokens) {
            if (t.isComment()) {
                trailing.put(t, t.range().startLine() == lastCodeLine);
            } else if (t.kind() != SyntaxToken.Kind.NEWLINE && t.kind() != SyntaxToken.Kind.WHITESPACE) {
                codeLines.add(t.range().startLine());
                lastCodeLine = t.range().endLine();
            }
        }
        for (SyntaxToken t : tokens) {
            if (!t.isComment() || !t.text().contains("fabric-lint")) {
                continue;
            }
            Matcher m = DIRECTIVE.matcher(t.text());
            if (!m.matches()) {
                continue;
            }
            List<String> codes = new ArrayList<>();
            for (String word : m.group(2).trim().split("[\\s,]+")) {
                if (!CODE.matcher(word).matches()) {
                    break; // the rest is the author's reason
                }
                codes.add(word);
            }
            boolean wholeFile = m.group(1).equals("ignore-file");
            int commentLine = t.range().startLine();
            Integer target = wholeFile ? Integer.valueOf(-1)
                    : trailing.get(t) ? Integer.valueOf(commentLine) : codeLines.higher(t.range().endLine());
            Suppression s = new Suppression(file.path(), t.range(), wholeFile, target == null ? -2 : target,
                    List.copyOf(codes));
            all.add(s);
            byLine.computeIfAbsent(file.path() + ":" + s.line(), k -> new ArrayList<>()).add(s);
        }
    }

    /**
     * Marks suppressed diagnostics (kept, flagged) and appends FAB009 for codes a
     * comment did not use. FAB009 itself can be silenced by `ignore-file FAB009`.
     */
    public List<Diagnostic> apply(List<Diagnostic> diagnostics, Severity unusedSeverity) {
        Map<Suppression, List<String>> used = new LinkedHashMap<>();
        all.forEach(s -> used.put(s, new ArrayList<>()));
        List<Diagnostic> out = new ArrayList<>(diagnostics.size());
        for (Diagnostic d : diagnostics) {
            Suppression by = match(d);
            if (by != null) {
                used.get(by).add(d.code());
                out.add(d.asSuppressed());
            } else {
                out.add(d);
            }
        }
        if (unusedSeverity == null) {
            return out;
        }
        for (Map.Entry<Suppression, List<String>> e : used.entrySet()) {
            Suppression s = e.getKey();
            for (String code : s.codes()) {
                if (e.getValue().contains(code)) {
                    continue;
                }
                Diagnostic unused = new Diagnostic("FAB009", unusedSeverity, "suppression of " + code
                        + " is unused: " + (s.wholeFile() ? "no " + code + " in this file"
                        : "no " + code + " on line " + (s.line() + 1)), s.file(), s.range(), null, false);
                out.add(match(unused) != null ? unused.asSuppressed() : unused);
            }
        }
        return out;
    }

    private Suppression match(Diagnostic d) {
        Suppression s = find(d.file() + ":" + d.range().startLine(), d.code());
        return s != null ? s : find(d.file() + ":-1", d.code());
    }

    private Suppression find(String key, String code) {
        for (Suppression s : byLine.getOrDefault(key, List.of())) {
            if (s.codes().contains(code)) {
                return s;
            }
        }
        return null;
    }
}
