package io.fabriclint.analyzer.diff;

import java.util.Comparator;

/**
 * Cable labels in natural order: runs of digits compare by value (`C2` before
 * `C10`), a tie in value by length (`C001` before `C0001`), everything else
 * character by character. Two labels compare equal only when they are the
 * same string, and the labels of a cable stream (`C0001`…, `C1`…, `row-{n}`)
 * come in this order, which lets the diff match two streams by walking them
 * side by side.
 */
final class LabelOrder implements Comparator<String> {
    static final LabelOrder INSTANCE = new LabelOrder();

    private LabelOrder() {
    }

    @Override
    public int compare(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            char x = a.charAt(i);
            char y = b.charAt(j);
            if (isDigit(x) && isDigit(y)) {
                int ei = runEnd(a, i);
                int ej = runEnd(b, j);
                int c = compareRuns(a, i, ei, b, j, ej);
                if (c != 0) {
                    return c;
                }
                i = ei;
                j = ej;
            } else {
                if (x != y) {
                    return Character.compare(x, y);
                }
                i++;
                j++;
            }
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }

    /** By value (leading zeros aside), then the shorter run first. */
    private static int compareRuns(String a, int i, int ei, String b, int j, int ej) {
        int si = i;
        int sj = j;
        while (si < ei - 1 && a.charAt(si) == '0') {
            si++;
        }
        while (sj < ej - 1 && b.charAt(sj) == '0') {
            sj++;
        }
        int c = Integer.compare(ei - si, ej - sj);
        for (int k = 0; c == 0 && k < ei - si; k++) {
            c = Character.compare(a.charAt(si + k), b.charAt(sj + k));
        }
        return c != 0 ? c : Integer.compare(ei - i, ej - j);
    }

    private static int runEnd(String s, int i) {
        while (i < s.length() && isDigit(s.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
