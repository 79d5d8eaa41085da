package io.fabriclint.syntax;

import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.CommonTokenFactory;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenFactory;
import org.antlr.v4.runtime.TokenSource;
import org.antlr.v4.runtime.misc.Pair;

/**
 * Makes the lexer's tokens, reusing one object for every token off the default
 * channel (blanks, comments, stray characters): {@link TokenRecorder} reads
 * those as they come and never hands them to the parser, and they are about
 * half of all tokens.
 */
final class HiddenTokenReuse implements TokenFactory<CommonToken> {
    private CommonToken hidden;

    @Override
    public CommonToken create(Pair<TokenSource, CharStream> source, int type, String text, int channel, int start,
                              int stop, int line, int charPositionInLine) {
        if (channel == Token.DEFAULT_CHANNEL) {
            return CommonTokenFactory.DEFAULT.create(source, type, text, channel, start, stop, line, charPositionInLine);
        }
        if (hidden == null) {
            hidden = new CommonToken(source, type, channel, start, stop);
        }
        hidden.setType(type);
        hidden.setChannel(channel);
        hidden.setStartIndex(start);
        hidden.setStopIndex(stop);
        hidden.setLine(line);
        hidden.setCharPositionInLine(charPositionInLine);
        hidden.setText(text);
        return hidden;
    }

    @Override
    public CommonToken create(int type, String text) {
        return CommonTokenFactory.DEFAULT.create(type, text);
    }
}
