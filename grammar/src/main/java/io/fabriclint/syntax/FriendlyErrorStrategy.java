package io.fabriclint.syntax;

import io.fabriclint.grammar.FabricParser;
import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.InputMismatchException;
import org.antlr.v4.runtime.NoViableAltException;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.IntervalSet;

import java.util.ArrayList;
import java.util.List;

/** ANTLR's recovery, with messages in the words of the language rather than token names. */
final class FriendlyErrorStrategy extends DefaultErrorStrategy {

    @Override
    protected void reportNoViableAlternative(Parser recognizer, NoViableAltException e) {
        Token t = e.getOffendingToken();
        String message = recognizer.getExpectedTokens().contains(FabricParser.RBRACE) && isKeyword(t)
                // A declaration keyword where a property was expected: the block above was never closed.
                ? "missing '}' before " + describe(t) + ": the block above is not closed"
                : "unexpected " + describe(t);
        recognizer.notifyErrorListeners(t, message, e);
    }

    @Override
    protected void reportInputMismatch(Parser recognizer, InputMismatchException e) {
        recognizer.notifyErrorListeners(e.getOffendingToken(),
                "unexpected " + describe(e.getOffendingToken()) + expecting(e.getExpectedTokens()), e);
    }

    /**
     * Never delete a `{` or `->` to resync: in `tier {` or `link a. -> b.c` a
     * name is missing, and inserting it keeps the structure, whereas deleting
     * the token would turn the next word into the name.
     */
    @Override
    protected Token singleTokenDeletion(Parser recognizer) {
        int type = recognizer.getCurrentToken().getType();
        if (type == FabricParser.LBRACE || type == FabricParser.ARROW) {
            return null;
        }
        return super.singleTokenDeletion(recognizer);
    }

    /** In a declaration header, let a `{` reach the name rule, which then inserts the missing name. */
    @Override
    public void sync(Parser recognizer) throws org.antlr.v4.runtime.RecognitionException {
        if (recognizer.getInputStream().LA(1) == FabricParser.LBRACE
                && recognizer.getContext() instanceof FabricParser.NamedDeclarationContext) {
            return;
        }
        super.sync(recognizer);
    }

    @Override
    protected void reportUnwantedToken(Parser recognizer) {
        if (inErrorRecoveryMode(recognizer)) {
            return;
        }
        beginErrorCondition(recognizer);
        Token t = recognizer.getCurrentToken();
        String message;
        IntervalSet expected = getExpectedTokens(recognizer);
        if (t.getType() == FabricParser.LBRACE && expected.contains(FabricParser.IDENT)
                && !expected.contains(FabricParser.RBRACE) && !expected.contains(FabricParser.NUMBER)) {
            message = "missing name before '{'";
        } else if (t.getType() == FabricParser.LBRACE) {
            message = "unexpected '{': blocks do not nest";
        } else {
            message = "unexpected " + describe(t);
        }
        recognizer.notifyErrorListeners(t, message, null);
    }

    @Override
    protected void reportMissingToken(Parser recognizer) {
        if (inErrorRecoveryMode(recognizer)) {
            return;
        }
        beginErrorCondition(recognizer);
        Token t = recognizer.getCurrentToken();
        IntervalSet expecting = getExpectedTokens(recognizer);
        String what = expecting.contains(FabricParser.RBRACE) ? "'}'"
                : expecting.contains(FabricParser.IDENT) ? "name" : readable(expecting);
        if (what.equals("name") && t.getType() == FabricParser.LBRACE) {
            recognizer.notifyErrorListeners(t, "missing name before '{'", null);
            return;
        }
        recognizer.notifyErrorListeners(t, "missing " + what + " before " + describe(t), null);
    }

    private static boolean isKeyword(Token t) {
        int type = t.getType();
        return type == FabricParser.TIER || type == FabricParser.LINK || type == FabricParser.RACK
                || type == FabricParser.MODULE || type == FabricParser.FABRIC || type == FabricParser.IMPORT;
    }

    static String describe(Token t) {
        return switch (t.getType()) {
            case Token.EOF -> "end of file";
            case FabricParser.NL -> "end of line";
            case FabricParser.STRING, FabricParser.UNTERMINATED_STRING -> "string " + t.getText();
            default -> "'" + t.getText() + "'";
        };
    }

    private static String expecting(IntervalSet set) {
        String items = readable(set);
        return items.isEmpty() ? "" : "; expected " + items;
    }

    static String readable(IntervalSet set) {
        List<String> names = new ArrayList<>();
        boolean name = false;
        for (int type : set.toList()) {
            String display = switch (type) {
                case Token.EOF -> "end of file";
                case FabricParser.NL -> "end of line";
                case FabricParser.IDENT, FabricParser.IMPORT, FabricParser.FABRIC, FabricParser.MODULE,
                     FabricParser.RACK, FabricParser.TIER, FabricParser.LINK, FabricParser.PORT -> {
                    if (name) {
                        yield null;
                    }
                    name = true;
                    yield "a name";
                }
                case FabricParser.NUMBER -> "a number";
                case FabricParser.STRING, FabricParser.UNTERMINATED_STRING -> "a string";
                case FabricParser.RATIO -> "a ratio";
                default -> FabricParser.VOCABULARY.getLiteralName(type);
            };
            if (display != null && !names.contains(display)) {
                names.add(display);
            }
        }
        if (names.size() > 5) {
            return "";
        }
        return String.join(" or ", names);
    }
}
