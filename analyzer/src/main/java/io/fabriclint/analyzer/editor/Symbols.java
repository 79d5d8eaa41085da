package io.fabriclint.analyzer.editor;

import io.fabriclint.syntax.Declaration;
import io.fabriclint.syntax.Property;
import io.fabriclint.syntax.SyntaxTree;
import io.fabriclint.syntax.Value;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The outline of a file (tiers with their ports, links, racks, modules) and the workspace's symbols. */
public final class Symbols {
    private Symbols() {
    }

    public enum Kind { FABRIC, TIER, PORT, LINK, RACK, MODULE, IMPORT }

    /** One outline entry: {@code range} is the whole declaration, {@code selection} its name. */
    public record OutlineSymbol(String name, Kind kind, String detail, Span range, Span selection,
                                List<OutlineSymbol> children) {
    }

    /** A symbol for workspace search. */
    public record WorkspaceSymbol(String name, Kind kind, String container, Path file, Span range) {
    }

    public static List<OutlineSymbol> outline(SyntaxTree tree) {
        List<OutlineSymbol> out = new ArrayList<>();
        for (Declaration d : tree.declarations()) {
            if (d instanceof Declaration.Block b) {
                if (b.name() == null) {
                    continue;
                }
                Kind kind = Kind.valueOf(b.kind().name());
                List<OutlineSymbol> children = new ArrayList<>();
                if (kind == Kind.TIER) {
                    for (Property p : b.properties()) {
                        List<Value> v = p.values();
                        if (p.name().text().equals("port") && !v.isEmpty() && v.get(0) instanceof Value.Word w) {
                            children.add(new OutlineSymbol(w.text(), Kind.PORT, portDetail(v), Span.of(p.range()),
                                    Span.of(w.range()), List.of()));
                        }
                    }
                }
                out.add(new OutlineSymbol(b.name().text(), kind, detail(b), Span.of(b.range()), Span.of(b.name().range()),
                        List.copyOf(children)));
            } else if (d instanceof Declaration.Link l) {
                String module = "";
                for (Property p : l.properties()) {
                    if (p.name().text().equals("module")) {
                        StringBuilder sb = new StringBuilder();
                        p.values().forEach(v -> sb.append(sb.isEmpty() ? "" : " ").append(v.text()));
                        module = sb.toString();
                    }
                }
                out.add(new OutlineSymbol(Hovers.label(l), Kind.LINK, module, Span.of(l.range()),
                        Span.of(l.source() != null ? l.source().range() : l.keywordRange()), List.of()));
            } else if (d instanceof Declaration.Import i) {
                out.add(new OutlineSymbol(i.path(), Kind.IMPORT, "import", Span.of(i.range()), Span.of(i.pathRange()),
                        List.of()));
            }
        }
        return out;
    }

    private static String portDetail(List<Value> values) {
        StringBuilder sb = new StringBuilder();
        for (int i = 2; i < values.size(); i++) {
            sb.append(sb.isEmpty() ? "" : " ").append(values.get(i).text());
        }
        return sb.toString();
    }

    private static String detail(Declaration.Block b) {
        for (Property p : b.properties()) {
            if (p.name().text().equals("count") && !p.values().isEmpty()) {
                return "× " + p.values().get(0).text();
            }
        }
        return b.kind().keyword();
    }

    /** Symbols of the given files whose name contains the query (case-insensitive; every symbol for an empty query). */
    public static List<WorkspaceSymbol> search(String query, List<Path> files, java.util.function.Function<Path, SyntaxTree> trees,
                                               int limit) {
        String q = query == null ? "" : query.toLowerCase(Locale.ROOT);
        List<WorkspaceSymbol> out = new ArrayList<>();
        for (Path file : files) {
            SyntaxTree tree = trees.apply(file);
            if (tree == null) {
                continue;
            }
            for (OutlineSymbol s : outline(tree)) {
                if (s.kind() == Kind.IMPORT) {
                    continue;
                }
                add(out, q, s, null, file);
                for (OutlineSymbol c : s.children()) {
                    add(out, q, c, s.name(), file);
                }
                if (out.size() >= limit) {
                    return out;
                }
            }
        }
        return out;
    }

    private static void add(List<WorkspaceSymbol> out, String q, OutlineSymbol s, String container, Path file) {
        String full = container == null ? s.name() : container + "." + s.name();
        if (q.isEmpty() || full.toLowerCase(Locale.ROOT).contains(q) || fuzzy(full.toLowerCase(Locale.ROOT), q)) {
            out.add(new WorkspaceSymbol(s.name(), s.kind(), container, file, s.selection()));
        }
    }

    /** The query's characters appear in order. */
    private static boolean fuzzy(String name, String q) {
        int i = 0;
        for (int j = 0; j < name.length() && i < q.length(); j++) {
            if (name.charAt(j) == q.charAt(i)) {
                i++;
            }
        }
        return i == q.length();
    }
}
