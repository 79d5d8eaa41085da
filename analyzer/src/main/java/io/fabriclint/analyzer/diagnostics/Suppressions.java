package io.fabriclint.analyzer.diagnostics;

import io.fabriclint.analyzer.model.SourceFile;
import io.fabriclint.syntax.SourceRange;
import io.fabriclint.syntax.SyntaxToken;
import io.fabriclint.syntax.SyntaxTokens;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
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

    /**
     * A suppression comment in a token list: the comment's index in that list, whether it is
     * file-wide, the 0-based line it applies to (-1 file-wide, -2 when no code follows it) and the
     * codes it names. The formatter reads the same, to keep every comment's reach.
     */
    public record Directive(int token, boolean wholeFile, int line, List<String> codes) {
    }

    /**
     * The suppression comments of a file's tokens (whitespace tokens may be in the list or not).
     * A file's own {@link SyntaxTokens} are read without making a token object each, since most
     * files have no suppression comment and large ones have many tokens.
     */
    public static List<Directive> directives(List<SyntaxToken> tokens) {
        List<Directive> out = new ArrayList<>();
        SyntaxTokens compact = tokens instanceof SyntaxTokens c ? c : null;
        boolean any = false;
        for (int i = 0; i < tokens.size() && !any; i++) {
            any = compact != null ? compact.isComment(i) && compact.text(i).contains("fabric-lint")
                    : tokens.get(i).isComment() && tokens.get(i).text().contains("fabric-lint");
        }
        if (!any) {
            return out; // most files have no suppression comment: nothing to index
        }
        // One pass: the lines that have code, and whether a comment follows code on its own line.
        // A `;` is a separator, not code: a line holding nothing else is skipped like a blank one.
        BitSet codeLines = new BitSet();
        boolean[] trailing = new boolean[tokens.size()];
        int lastCodeLine = -1;
        for (int k = 0; k < tokens.size(); k++) {
            SyntaxToken.Kind kind = compact != null ? compact.kind(k) : tokens.get(k).kind();
            if (kind == SyntaxToken.Kind.NEWLINE || kind == SyntaxToken.Kind.WHITESPACE) {
                continue;
            }
            boolean comment = kind == SyntaxToken.Kind.LINE_COMMENT || kind == SyntaxToken.Kind.BLOCK_COMMENT;
            if (!comment && kind == SyntaxToken.Kind.PUNCTUATION
                    && (compact != null ? compact.text(k) : tokens.get(k).text()).equals(";")) {
                continue;
            }
            SourceRange range = compact != null ? compact.range(k) : tokens.get(k).range();
            if (comment) {
                trailing[k] = range.startLine() == lastCodeLine;
            } else {
                codeLines.set(range.startLine());
                lastCodeLine = range.endLine();
            }
        }
        for (int k = 0; k < tokens.size(); k++) {
            if (compact != null ? !compact.isComment(k) : !tokens.get(k).isComment()) {
                continue;
            }
            SyntaxToken t = tokens.get(k);
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
            int next = codeLines.nextSetBit(t.range().endLine() + 1);
            int target = wholeFile ? -1 : trailing[k] ? t.range().startLine() : next < 0 ? -2 : next;
            out.add(new Directive(k, wholeFile, target, List.copyOf(codes)));
        }
        return out;
    }

    private void read(SourceFile file) {
        List<SyntaxToken> tokens = file.tree().tokens();
        for (Directive d : directives(tokens)) {
            Suppression s = new Suppression(file.path(), tokens.get(d.token()).range(), d.wholeFile(), d.line(),
                    d.codes());
            all.add(s);
            byLine.computeIfAbsent(file.path() + ":" + s.line(), k -> new ArrayList<>()).add(s);
        }
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
