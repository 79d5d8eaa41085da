package io.fabriclint.analyzer.cabling;

/** Zero-padded numbers as the names of cabling.md §1 use them: `leaf-01` of 32, `gpu-001` of 128. */
final class Numbering {
    private Numbering() {
    }

    /** Digits of the largest number of a group: 32 → 2, 1 → 1. */
    static int digits(long largest) {
        return Long.toString(Math.max(1, largest)).length();
    }

    /** Appends {@code n} zero-padded to {@code width} digits. */
    static void pad(StringBuilder out, long n, int width) {
        long limit = 10;
        for (int i = 1; i < width; i++, limit *= 10) {
            if (n < limit) {
                out.append('0');
            }
        }
        out.append(n);
    }
}
