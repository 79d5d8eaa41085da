package io.fabriclint.syntax;

import io.fabriclint.grammar.FabricLexer;
import io.fabriclint.grammar.FabricParser;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.Interval;
import org.antlr.v4.runtime.tree.ErrorNode;
import org.antlr.v4.runtime.tree.TerminalNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the parse tree of one declaration into its syntax-tree record. Equal
 * names and values share one string: a fabric repeats `count`, `power`, `OS2`
 * thousands of times.
 */
final class DeclarationBuilder {
    private final LineMap lines;
    /** Where the parsed text starts in the file, in code points. */
    private final int base;
    private final Map<String, String> strings = new HashMap<>();

    DeclarationBuilder(LineMap lines, int base) {
        this.lines = lines;
        this.base = base;
    }

    Declaration declaration(FabricParser.DeclarationContext d) {
        if (d instanceof FabricParser.ImportDeclarationContext i) {
            Token path = i.STRING() != null ? i.STRING().getSymbol()
                    : i.UNTERMINATED_STRING() != null ? i.UNTERMINATED_STRING().getSymbol() : null;
            if (path == null || path.getTokenIndex() < 0) {
                return null;
            }
            boolean terminated = path.getType() == FabricLexer.STRING;
            return new Declaration.Import(unquote(path.getText(), terminated), terminated, range(path),
                    range(i.IMPORT().getSymbol()), rangeOf(i));
        }
        if (d instanceof FabricParser.NamedDeclarationContext n) {
            DeclarationKind kind = DeclarationKind.ofKeyword(n.keyword.getText());
            SourceRange keyword = range(n.keyword);
            Name name = name(n.name());
            Block block = block(n.block());
            return new Declaration.Block(kind, name, block.properties, block.closed, keyword, rangeOf(n));
        }
        if (d instanceof FabricParser.LinkDeclarationContext l) {
            SourceRange keyword = range(l.LINK().getSymbol());
            List<FabricParser.EndpointContext> ends = l.endpoint();
            Endpoint source = ends.size() > 0 ? endpoint(ends.get(0)) : null;
            Endpoint target = ends.size() > 1 ? endpoint(ends.get(1)) : null;
            Block block = block(l.block());
            return new Declaration.Link(source, target, block.properties, block.closed, keyword, rangeOf(l));
        }
        return null;
    }

    private record Block(List<Property> properties, boolean closed) {
    }

    private Block block(FabricParser.BlockContext b) {
        if (b == null) {
            return new Block(List.of(), false);
        }
        List<Property> properties = new ArrayList<>();
        for (FabricParser.PropertyContext p : b.property()) {
            Name name = name(p.name());
            if (name == null) {
                continue;
            }
            List<Value> values = new ArrayList<>();
            for (FabricParser.ValueContext v : p.value()) {
                Value value = value(v);
                if (value != null) {
                    values.add(value);
                }
            }
            SourceRange r = values.isEmpty() ? name.range() : name.range().to(values.get(values.size() - 1).range());
            properties.add(new Property(name, List.copyOf(values), r));
        }
        TerminalNode close = b.RBRACE();
        boolean closed = close != null && close.getSymbol().getTokenIndex() >= 0;
        return new Block(List.copyOf(properties), closed);
    }

    private Endpoint endpoint(FabricParser.EndpointContext e) {
        Name tier = name(e.tier);
        Name port = name(e.port);
        if (tier == null || port == null) {
            return null;
        }
        return new Endpoint(tier, port, tier.range().to(port.range()));
    }

    private Name name(FabricParser.NameContext n) {
        if (n == null || n.exception != null || n.getStart() == null || n.getStart().getTokenIndex() < 0
                || n.getChildCount() == 0) {
            return null;
        }
        // Use the matched token itself: a deleted extraneous token may sit beside it as an error node.
        for (int i = 0; i < n.getChildCount(); i++) {
            if (n.getChild(i) instanceof TerminalNode terminal && !(terminal instanceof ErrorNode)
                    && terminal.getSymbol().getTokenIndex() >= 0) {
                Token token = terminal.getSymbol();
                return new Name(shared(token.getText()), range(token));
            }
        }
        return null;
    }

    private Value value(FabricParser.ValueContext v) {
        if (v instanceof FabricParser.AtomValueContext a) {
            return atom(a.atom());
        }
        if (v instanceof FabricParser.ListValueContext list) {
            SourceRange r = rangeOf(v);
            List<Value> items = new ArrayList<>();
            for (FabricParser.AtomContext item : list.atom()) {
                Value iv = atom(item);
                if (iv != null && !(iv instanceof Value.Punct)) {
                    items.add(iv);
                }
            }
            return new Value.ListValue(textOf(v), List.copyOf(items), r);
        }
        return null;
    }

    private Value atom(FabricParser.AtomContext v) {
        if (v == null || (v.exception != null && v.getChildCount() == 0)) {
            return null;
        }
        if (v instanceof FabricParser.WordValueContext w) {
            Name n = name(w.name());
            return n == null ? null : new Value.Word(n.text(), n.range());
        }
        SourceRange r = rangeOf(v);
        if (v instanceof FabricParser.NumberValueContext) {
            return new Value.Number(shared(textOfAtom(v)), r);
        }
        if (v instanceof FabricParser.RatioValueContext) {
            return new Value.Ratio(shared(textOfAtom(v)), r);
        }
        if (v instanceof FabricParser.StringValueContext s) {
            boolean terminated = s.STRING() != null;
            String text = textOfAtom(v);
            return new Value.Str(shared(text), shared(unquote(text, terminated)), terminated, r);
        }
        return new Value.Punct(shared(textOfAtom(v)), r);
    }

    /** The atom's text: its one token's, without the builder {@code getText()} makes for any rule. */
    private static String textOfAtom(FabricParser.AtomContext v) {
        return v.getChildCount() == 1 ? v.getChild(0).getText() : v.getText();
    }

    private String shared(String s) {
        String known = strings.putIfAbsent(s, s);
        return known != null ? known : s;
    }

    private static String textOf(ParserRuleContext ctx) {
        Token start = ctx.getStart();
        Token stop = ctx.getStop();
        if (start == null || stop == null || stop.getStopIndex() < start.getStartIndex()) {
            return "";
        }
        return start.getInputStream().getText(Interval.of(start.getStartIndex(), stop.getStopIndex()));
    }

    private SourceRange range(Token t) {
        int start = t.getStartIndex();
        int stop = t.getStopIndex() + 1;
        if (start < 0) {
            return SourceRange.EMPTY;
        }
        return lines.range(base + start, base + Math.max(start, stop));
    }

    private SourceRange rangeOf(ParserRuleContext ctx) {
        Token start = ctx.getStart();
        Token stop = ctx.getStop();
        if (start == null || start.getStartIndex() < 0) {
            return SourceRange.EMPTY;
        }
        if (stop == null || stop.getStopIndex() < start.getStartIndex() || stop.getTokenIndex() < 0) {
            return range(start);
        }
        // A block whose `}` is missing ends at its last real token, not at the next declaration.
        return lines.range(base + start.getStartIndex(), base + stop.getStopIndex() + 1);
    }

    /** Strips the quotes and resolves `\"` and `\\`. */
    static String unquote(String raw, boolean terminated) {
        String body = raw.length() >= 1 ? raw.substring(1, terminated ? Math.max(1, raw.length() - 1) : raw.length())
                : "";
        StringBuilder out = new StringBuilder(body.length());
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '\\' && i + 1 < body.length()) {
                out.append(body.charAt(++i));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
