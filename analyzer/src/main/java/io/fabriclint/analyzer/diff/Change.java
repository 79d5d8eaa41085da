package io.fabriclint.analyzer.diff;

import java.util.Objects;

/**
 * One figure of the old and the new design. A side is null where the figure
 * does not exist there (a tier with no uplinks has no oversubscription); a
 * count that is simply absent (a module no longer used) is 0, not null.
 */
public record Change(Double before, Double after) {
    public static Change of(double before, double after) {
        return new Change(before, after);
    }

    /** after − before; null when either side has no figure. */
    public Double delta() {
        return before == null || after == null ? null : after - before;
    }

    public boolean changed() {
        return !Objects.equals(before, after);
    }
}
