package io.fabriclint.analyzer.editor;

import io.fabriclint.analyzer.catalog.ModuleSpec;
import io.fabriclint.analyzer.model.FabricModel;
import io.fabriclint.analyzer.model.Reference;
import io.fabriclint.analyzer.model.Symbol;
import io.fabriclint.analyzer.model.SymbolKind;
import io.fabriclint.syntax.Declaration;
import io.fabriclint.syntax.FabricSyntax;
import io.fabriclint.syntax.SourceRange;
import io.fabriclint.syntax.SyntaxTree;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Go to definition, find references and rename for tiers, ports, modules and
 * racks, across every file of the fabric. Works on the model built from the
 * current text, so every range is up to date.
 */
public final class Navigation {
    private Navigation() {
    }

    /** A place in a file. */
    public record Location(Path file, Span range) {
    }

    /** One text replacement. */
    public record Edit(Span range, String newText) {
    }

    /** What the position names: a declared symbol, or a catalog module (no declaration in the fabric). */
    public record Target(Symbol symbol, ModuleSpec catalogModule, SourceRange at) {
    }

    /** Where a definition is: a location, or a catalog module with no source (the built-ins) to show read-only. */
    public record Definition(Location location, ModuleSpec builtIn) {
    }

    /** prepareRename: the range and current name, or why the name cannot be renamed. */
    public record RenameCheck(Span range, String placeholder, String error) {
    }

    public static Target target(FabricModel model, Path file, int line, int column) {
        if (model == null) {
            return null;
        }
        for (Reference r : model.references()) {
            if (r.file().equals(file) && r.range().contains(line, column)) {
                if (r.target() != null) {
                    return new Target(r.target(), null, r.range());
                }
                if (r.catalogModule()) {
                    return new Target(null, model.catalog().lookup(r.name()), r.range());
                }
                return null;
            }
        }
        for (Symbol s : model.symbols()) {
            if (s.file().equals(file) && s.nameRange().contains(line, column)) {
                return new Target(s, null, s.nameRange());
            }
        }
        return null;
    }

    public static Definition definition(FabricModel model, Path file, int line, int column) {
        Target t = target(model, file, line, column);
        if (t == null) {
            return null;
        }
        if (t.symbol() != null) {
            return new Definition(new Location(t.symbol().file(), Span.of(t.symbol().nameRange())), null);
        }
        ModuleSpec m = t.catalogModule();
        if (m == null) {
            return null;
        }
        if (m.origin().kind() == ModuleSpec.Origin.Kind.CATALOG_FILE && m.origin().file() != null) {
            Span at = findInJson(m.origin().file(), m.name());
            return new Definition(new Location(m.origin().file(), at), null);
        }
        return new Definition(null, m);
    }

    /** The `"NAME"` string in a JSON catalog, or the file's start. */
    static Span findInJson(Path file, String name) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            String quoted = "\"" + name + "\"";
            for (int i = 0; i < lines.size(); i++) {
                int col = lines.get(i).indexOf(quoted);
                if (col >= 0) {
                    int c = lines.get(i).codePointCount(0, col);
                    return new Span(i, c + 1, i, c + 1 + name.codePointCount(0, name.length()));
                }
            }
        } catch (IOException | RuntimeException ignored) {
            // the start of the file will do
        }
        return Span.at(0, 0);
    }

    public static List<Location> references(FabricModel model, Path file, int line, int column, boolean includeDeclaration) {
        Target t = target(model, file, line, column);
        List<Location> out = new ArrayList<>();
        if (t == null) {
            return out;
        }
        if (t.symbol() != null && includeDeclaration) {
            out.add(new Location(t.symbol().file(), Span.of(t.symbol().nameRange())));
        }
        for (Reference r : model.references()) {
            boolean same = t.symbol() != null ? t.symbol().equals(r.target())
                    : r.kind() == SymbolKind.MODULE && r.catalogModule() && r.target() == null
                    && r.name().equals(t.catalogModule().name());
            if (same) {
                out.add(new Location(r.file(), Span.of(r.range())));
            }
        }
        return out;
    }

    public static RenameCheck prepareRename(FabricModel model, Path file, int line, int column) {
        Target t = target(model, file, line, column);
        if (t == null) {
            return new RenameCheck(null, null, "nothing to rename here: put the cursor on a tier, port, rack or module name");
        }
        if (t.symbol() == null) {
            return new RenameCheck(null, null, "'" + t.catalogModule().name() + "' is a catalog module ("
                    + t.catalogModule().origin().describe() + "); it cannot be renamed from here");
        }
        return new RenameCheck(Span.of(t.at()), t.symbol().name(), null);
    }

    /**
     * The edits renaming the symbol at the position in every file of the
     * fabric, or an error message (in {@code error}) when it cannot be renamed.
     */
    public record RenameResult(Map<Path, List<Edit>> edits, String error) {
    }

    public static RenameResult rename(FabricModel model, Path file, int line, int column, String newName) {
        RenameCheck check = prepareRename(model, file, line, column);
        if (check.error() != null) {
            return new RenameResult(Map.of(), check.error());
        }
        if (!isName(newName)) {
            return new RenameResult(Map.of(), "'" + newName + "' is not a valid name (a letter or _, then letters, digits, _ and -)");
        }
        Target t = target(model, file, line, column);
        Symbol s = t.symbol();
        for (Symbol other : model.symbols()) {
            if (other != s && other.kind() == s.kind() && other.name().equals(newName)
                    && java.util.Objects.equals(other.container(), s.container())) {
                return new RenameResult(Map.of(), "there is already a " + s.kind().word() + " named '" + newName + "'");
            }
        }
        Map<Path, List<Edit>> edits = new LinkedHashMap<>();
        for (Location l : references(model, file, line, column, true)) {
            edits.computeIfAbsent(l.file(), k -> new ArrayList<>()).add(new Edit(l.range(), newName));
        }
        return new RenameResult(edits, null);
    }

    /** True when the text is one identifier of the language. */
    public static boolean isName(String text) {
        if (text == null || text.isEmpty() || text.length() > 200) {
            return false;
        }
        SyntaxTree tree = FabricSyntax.parse("rack " + text + " {}");
        return tree.errors().isEmpty() && tree.declarations().size() == 1
                && tree.declarations().get(0) instanceof Declaration.Block b && b.name() != null
                && b.name().text().equals(text);
    }
}
