package io.fabriclint.analyzer.editor;

import io.fabriclint.analyzer.catalog.ModuleCatalog;
import io.fabriclint.analyzer.model.PropertySchema;
import io.fabriclint.analyzer.model.PropertySpec;
import io.fabriclint.syntax.Declaration;
import io.fabriclint.syntax.DeclarationKind;
import io.fabriclint.syntax.Endpoint;
import io.fabriclint.syntax.Name;
import io.fabriclint.syntax.Property;
import io.fabriclint.syntax.SourceRange;
import io.fabriclint.syntax.SyntaxToken;
import io.fabriclint.syntax.SyntaxTree;
import io.fabriclint.syntax.Value;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Classifies every token for semantic highlighting: declaration keywords,
 * property names, tier / rack / module / port names (declarations marked),
 * enum values, numbers, strings and comments. Built from the syntax tree
 * alone, so it works on any text.
 */
public final class SemanticTokens {
    /** Token types, in legend order. */
    public static final List<String> TYPES = List.of("keyword", "property", "type", "class", "namespace", "variable",
            "enumMember", "number", "string", "comment", "operator");
    /** Token modifiers, in legend order (bit 0, bit 1). */
    public static final List<String> MODIFIERS = List.of("declaration", "defaultLibrary");

    static final int KEYWORD = 0;
    static final int PROPERTY = 1;
    static final int TYPE = 2;
    static final int CLASS = 3;
    static final int NAMESPACE = 4;
    static final int VARIABLE = 5;
    static final int ENUM_MEMBER = 6;
    static final int NUMBER = 7;
    static final int STRING = 8;
    static final int COMMENT = 9;
    static final int OPERATOR = 10;
    static final int DECLARATION = 1;
    static final int DEFAULT_LIBRARY = 2;

    /** One token on one line: code-point column and length, type index and modifier bits. */
    public record Token(int line, int column, int length, int type, int modifiers) {
    }

    private SemanticTokens() {
    }

    public static List<Token> classify(SyntaxTree tree) {
        Map<Integer, int[]> names = new HashMap<>();
        ModuleCatalog builtIn = ModuleCatalog.builtIn();
        for (Declaration d : tree.declarations()) {
            if (d instanceof Declaration.Block b) {
                if (b.name() != null) {
                    int type = switch (b.kind()) {
                        case TIER -> CLASS;
                        case MODULE -> TYPE;
                        default -> NAMESPACE;
                    };
                    put(names, b.name(), type, DECLARATION);
                }
                properties(names, b.kind(), b.properties(), builtIn);
            } else if (d instanceof Declaration.Link l) {
                for (Endpoint e : new Endpoint[]{l.source(), l.target()}) {
                    if (e != null) {
                        put(names, e.tier(), CLASS, 0);
                        put(names, e.port(), VARIABLE, 0);
                    }
                }
                properties(names, DeclarationKind.LINK, l.properties(), builtIn);
            }
        }
        List<Token> out = new ArrayList<>();
        for (SyntaxToken t : tree.tokens()) {
            int[] cls = names.get(t.range().startOffset());
            int type;
            int mods = 0;
            if (cls != null && (t.kind() == SyntaxToken.Kind.NAME || t.kind() == SyntaxToken.Kind.KEYWORD
                    || t.kind() == SyntaxToken.Kind.NUMBER)) {
                type = cls[0];
                mods = cls[1];
            } else {
                type = switch (t.kind()) {
                    case KEYWORD -> KEYWORD;
                    case NUMBER, RATIO -> NUMBER;
                    case STRING -> STRING;
                    case LINE_COMMENT, BLOCK_COMMENT -> COMMENT;
                    case PUNCTUATION -> t.text().equals("->") ? OPERATOR : -1;
                    default -> -1;
                };
            }
            if (type < 0) {
                continue;
            }
            emit(out, tree, t, type, mods);
        }
        return out;
    }

    /** Tokens can not span lines in LSP: a multi-line comment becomes one token per line. */
    private static void emit(List<Token> out, SyntaxTree tree, SyntaxToken t, int type, int mods) {
        SourceRange r = t.range();
        if (r.startLine() == r.endLine()) {
            out.add(new Token(r.startLine(), r.startColumn(), r.endColumn() - r.startColumn(), type, mods));
            return;
        }
        String[] parts = t.text().split("\r\n|\r|\n", -1);
        for (int i = 0; i < parts.length; i++) {
            int length = parts[i].codePointCount(0, parts[i].length());
            if (length > 0) {
                out.add(new Token(r.startLine() + i, i == 0 ? r.startColumn() : 0, length, type, mods));
            }
        }
    }

    private static void properties(Map<Integer, int[]> names, DeclarationKind kind, List<Property> properties,
                                   ModuleCatalog builtIn) {
        for (Property p : properties) {
            PropertySpec<?> spec = PropertySchema.lookup(kind, p.name().text());
            put(names, p.name(), PROPERTY, 0);
            if (spec == null) {
                continue;
            }
            List<Value> values = p.values();
            for (int i = 0; i < values.size(); i++) {
                Value v = values.get(i);
                if (!(v instanceof Value.Word w)) {
                    continue;
                }
                int type;
                int mods = 0;
                switch (spec.type()) {
                    case MODULE_PAIR, MODULE_NAME -> {
                        type = w.text().equals("->") ? OPERATOR : TYPE;
                        mods = builtIn.isBuiltIn(w.text()) ? DEFAULT_LIBRARY : 0;
                    }
                    case RACK_NAME -> type = NAMESPACE;
                    case FIBER, FEC, FORM_FACTOR, MEDIA, CONNECTOR, BOOLEAN, REACH, LANES -> type = ENUM_MEMBER;
                    case PORT -> {
                        if (i == 0) {
                            type = VARIABLE;
                            mods = DECLARATION;
                        } else {
                            type = w.text().equals("x") ? OPERATOR : w.text().equals("max-power") ? PROPERTY : ENUM_MEMBER;
                        }
                    }
                    default -> type = -1;
                }
                if (type >= 0) {
                    names.put(w.range().startOffset(), new int[]{type, mods});
                }
            }
        }
    }

    private static void put(Map<Integer, int[]> names, Name n, int type, int mods) {
        if (n != null) {
            names.put(n.range().startOffset(), new int[]{type, mods});
        }
    }
}
