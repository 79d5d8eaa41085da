package io.fabriclint.analyzer.diagnostics;

import io.fabriclint.analyzer.model.SourceFile;
import io.fabriclint.syntax.SourceRange;
import io.fabriclint.syntax.LineMap;
import io.fabriclint.syntax.SyntaxToken;
import io.fabriclint.syntax.SyntaxTokens;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Suppression comments (spec §5): `// fabric-lint: ignore CODE…` silences
 * those codes on the line it ends, or, on a line of its own, on the next line
 * with code; `// fabric-lint: ignore-file CODE…` silences them in its file.
 * Which codes each comment used is kept for FAB009 (UnusedSuppressionRule).
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
    /** The codes each comment silenced, filled by {@link #apply}. */
    private final Map<Suppression, java.util.Set<String>> used = new java.util.IdentityHashMap<>();

    public Suppressions(List<SourceFile> files) {
        for (SourceFile f : files) {
            read(f);
        }
    }

    public List<Suppression> all() {
        return all;
    }

    private void read(SourceFile file) {
        SyntaxTokens tokens = file.tree().tokens();
        boolean any = false;
        for (int i = 0; i < tokens.size() && !any; i++) {
            any = tokens.isComment(i) && tokens.text(i).contains("fabric-lint");
        }
        if (!any) {
            return; // most files have no suppression comment: nothing to index
        }
        // One pass: the lines that have code, and whether a comment follows code on its own line.
        java.util.BitSet codeLines = new java.util.BitSet();
        Map<Integer, Boolean> trailing = new java.util.HashMap<>();
        LineMap lines = file.tree().lines();
        int lastCodeLine = -1;
        int line = 0; // the line of the current token's start: tokens come in order, so it only moves forward
        for (int i = 0; i < tokens.size(); i++) {
            line = lineOf(lines, tokens.startOffset(i), line);
            SyntaxToken.Kind kind = tokens.kind(i);
            if (tokens.isComment(i)) {
                trailing.put(i, line == lastCodeLine);
            } else if (kind != SyntaxToken.Kind.NEWLINE && kind != SyntaxToken.Kind.WHITESPACE) {
                codeLines.set(line);
                lastCodeLine = lineOf(lines, tokens.endOffset(i), line);
            }
        }
        for (int i = 0; i < tokens.size(); i++) {
            if (!tokens.isComment(i)) {
                continue;
            }
            SyntaxToken t = tokens.get(i);
            if (!t.text().contains("fabric-lint")) {
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
            int next = codeLines.nextSetBit(t.range().endLine() + 1);
            int target = wholeFile ? -1 : trailing.get(i) ? commentLine : next < 0 ? -2 : next;
            Suppression s = new Suppression(file.path(), t.range(), wholeFile, target, List.copyOf(codes));
            all.add(s);
            byLine.computeIfAbsent(file.path() + ":" + s.line(), k -> new ArrayList<>()).add(s);
        }
    }

    /** The line of {@code offset}, searching forward from line {@code from} (at or before it). */
    private static int lineOf(LineMap lines, int offset, int from) {
        int line = from;
        while (line + 1 < lines.lineCount() && lines.lineStart(line + 1) <= offset) {
            line++;
        }
        return line;
    }

    /**
     * Marks the diagnostics a comment silences (kept, flagged) and notes, per
     * comment, which of its codes it used.
     */
    public List<Diagnostic> apply(List<Diagnostic> diagnostics) {
        List<Diagnostic> out = new ArrayList<>(diagnostics.size());
        for (Diagnostic d : diagnostics) {
            Suppression by = match(d);
            if (by != null) {
                used.computeIfAbsent(by, s -> new java.util.HashSet<>()).add(d.code());
                out.add(d.asSuppressed());
            } else {
                out.add(d);
            }
        }
        return out;
    }

    /**
     * Marks the diagnostics a comment silences without counting them as a use:
     * for findings about the comments themselves (FAB009), which `ignore-file
     * FAB009` may silence.
     */
    public List<Diagnostic> silence(List<Diagnostic> diagnostics) {
        List<Diagnostic> out = new ArrayList<>(diagnostics.size());
        for (Diagnostic d : diagnostics) {
            out.add(match(d) != null ? d.asSuppressed() : d);
        }
        return out;
    }

    /** The codes of a comment that silenced nothing (after {@link #apply}), in the order written. */
    public List<String> unusedCodes(Suppression s) {
        java.util.Set<String> codes = used.getOrDefault(s, java.util.Set.of());
        return s.codes().stream().filter(c -> !codes.contains(c)).toList();
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
