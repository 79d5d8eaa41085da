package io.fabriclint.syntax;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.RandomAccess;

/**
 * The tokens of one file, comments, line breaks and errors included, stored
 * compactly: a kind and a start offset each (tokens cover the text without
 * gaps, so a token ends where the next starts). A {@link SyntaxToken} is
 * made when one is asked for, so a file of a million lines keeps a few bytes
 * per token instead of three objects. Code that walks every token (the
 * suppression index, the editor's lookups) reads the arrays directly through
 * {@link #kind}, {@link #startOffset}, {@link #endOffset} and {@link #text(int)}.
 */
public final class SyntaxTokens extends AbstractList<SyntaxToken> implements RandomAccess {
    private static final SyntaxToken.Kind[] KINDS = SyntaxToken.Kind.values();

    /** The text the tokens were lexed from: the file's, with over-long lines blanked (see {@link FabricSyntax}). */
    private final String lexed;
    private final boolean codePointsAreChars;
    private final LineMap lines;
    private final byte[] kinds;
    /** {@code starts[i]} is where token i starts; {@code starts[size]} where the last one ends. */
    private final int[] starts;
    private final int size;
    /** See {@link #charStarts()}; null until needed, and never needed when code points are chars. */
    private volatile int[] charStarts;

    private SyntaxTokens(String lexed, LineMap lines, byte[] kinds, int[] starts, int size) {
        this.lexed = lexed;
        this.codePointsAreChars = lexed.length() == lines.length();
        this.lines = lines;
        this.kinds = kinds;
        this.starts = starts;
        this.size = size;
    }

    static SyntaxTokens none(String text, LineMap lines) {
        return new SyntaxTokens(text, lines, new byte[0], new int[1], 0);
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public SyntaxToken get(int i) {
        return new SyntaxToken(kind(i), text(i), range(i));
    }

    public SyntaxToken.Kind kind(int i) {
        return KINDS[kinds[checked(i)]];
    }

    /** Code-point offset where token {@code i} starts. */
    public int startOffset(int i) {
        return starts[checked(i)];
    }

    /** Code-point offset where token {@code i} ends (exclusive). */
    public int endOffset(int i) {
        return starts[checked(i) + 1];
    }

    public String text(int i) {
        checked(i);
        if (codePointsAreChars) {
            return lexed.substring(starts[i], starts[i + 1]);
        }
        int[] chars = charStarts();
        return lexed.substring(chars[i], chars[i + 1]);
    }

    /**
     * Where each token starts in the text's chars, for a text with characters outside the Basic
     * Multilingual Plane (an emoji in a comment): made once, on first use, in one pass. Counting
     * code points from the start for each token instead made a long file with one emoji quadratic.
     */
    private int[] charStarts() {
        int[] chars = charStarts;
        if (chars == null) {
            chars = new int[size + 1];
            int ch = 0;
            int cp = 0;
            for (int k = 0; k <= size; k++) {
                ch = lexed.offsetByCodePoints(ch, starts[k] - cp);
                cp = starts[k];
                chars[k] = ch;
            }
            charStarts = chars; // a race makes the same array twice, never a partial one (volatile)
        }
        return chars;
    }

    public SourceRange range(int i) {
        return lines.range(starts[checked(i)], starts[i + 1]);
    }

    public boolean isComment(int i) {
        SyntaxToken.Kind k = kind(i);
        return k == SyntaxToken.Kind.LINE_COMMENT || k == SyntaxToken.Kind.BLOCK_COMMENT;
    }

    /** The index of the first token starting at or after the offset ({@link #size()} when none does). */
    public int indexAt(int offset) {
        int lo = 0;
        int hi = size;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (starts[mid] < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The index of the first token ending after the offset ({@link #size()} when none does). */
    public int endingAfter(int offset) {
        int lo = 0;
        int hi = size;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (starts[mid + 1] <= offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private int checked(int i) {
        if (i < 0 || i >= size) {
            throw new IndexOutOfBoundsException("token " + i + " of " + size);
        }
        return i;
    }

    /**
     * Collects tokens in order, from a lexer or from parts of other token
     * lists (the editor splices the tokens of an edited region between those
     * before and after it). Tokens must follow each other without a gap.
     */
    public static final class Builder {
        private byte[] kinds;
        private int[] starts;
        private int size;

        public Builder(int expected) {
            int n = Math.max(16, expected);
            kinds = new byte[n];
            starts = new int[n + 1];
        }

        void add(SyntaxToken.Kind kind, int start, int end) {
            follow(start);
            if (size == kinds.length) {
                grow(size + 1);
            }
            kinds[size] = (byte) kind.ordinal();
            starts[size] = start;
            starts[++size] = end;
        }

        /**
         * Tokens {@code [from, to)} of {@code tokens}, moved by {@code shift} code points.
         *
         * @throws IllegalArgumentException when they would not start where the tokens so far end
         */
        public Builder add(SyntaxTokens tokens, int from, int to, int shift) {
            int n = to - from;
            if (n <= 0) {
                return this;
            }
            follow(tokens.starts[from] + shift);
            if (size + n > kinds.length) {
                grow(size + n);
            }
            System.arraycopy(tokens.kinds, from, kinds, size, n);
            for (int i = 0; i <= n; i++) {
                starts[size + i] = tokens.starts[from + i] + shift;
            }
            size += n;
            return this;
        }

        /** Every token of {@code other}, as they are. */
        Builder add(Builder other) {
            if (other.size == 0) {
                return this;
            }
            follow(other.starts[0]);
            if (size + other.size > kinds.length) {
                grow(size + other.size);
            }
            System.arraycopy(other.kinds, 0, kinds, size, other.size);
            System.arraycopy(other.starts, 0, starts, size, other.size + 1);
            size += other.size;
            return this;
        }

        /** Where the tokens so far end (0 when there are none). */
        public int end() {
            return starts[size];
        }

        private void follow(int start) {
            if (size > 0 && start != starts[size]) {
                throw new IllegalArgumentException("a token at " + start + " does not follow the one ending at "
                        + starts[size]);
            }
        }

        private void grow(int needed) {
            int n = Math.max(needed, kinds.length + (kinds.length >> 1));
            kinds = Arrays.copyOf(kinds, n);
            starts = Arrays.copyOf(starts, n + 1);
        }

        /**
         * The tokens, reading their text from {@code text} (a file's whole text;
         * over-long lines are blanked here as the lexer saw them).
         */
        public SyntaxTokens build(String text, LineMap lines) {
            return buildLexed(FabricSyntax.asLexed(text, lines), lines);
        }

        SyntaxTokens buildLexed(String lexed, LineMap lines) {
            return new SyntaxTokens(lexed, lines, Arrays.copyOf(kinds, size), Arrays.copyOf(starts, size + 1), size);
        }
    }
}
