package io.fabriclint.analyzer.diff;

import io.fabriclint.analyzer.cabling.Cable;
import io.fabriclint.analyzer.cabling.CablePlan;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;

/**
 * Cables added, removed and moved between two designs (cabling.md §5). A cable
 * is the same cable when its label, its ends (device, port and leg at each
 * end) and its modules are the same; a cable whose label is in both with other
 * ends has moved. One whose ends stayed but whose modules changed is a new
 * cable in place of the old one: removed and added.
 *
 * <p>The two designs' cables are walked side by side in label order
 * ({@link LabelOrderedCables}), two at a time; only the first rows of each
 * kind are kept, so memory does not grow with the cables. Cables that share a
 * label (a template without a number) pair in cut-sheet order.
 */
public final class CableChanges {
    /** Rows of each kind kept for the output; the counts cover all. */
    public static final int FIRST_ROWS = 10;

    /** A moved cable: the same label, its old and its new ends. */
    public record Move(Cable before, Cable after) {
    }

    private long added;
    private long removed;
    private long moved;
    private long renumbered;
    private final List<Cable> firstAdded = new ArrayList<>();
    private final List<Cable> firstRemoved = new ArrayList<>();
    private final List<Move> firstMoved = new ArrayList<>();

    private CableChanges() {
    }

    public static CableChanges between(CablePlan old, CablePlan now) {
        CableChanges changes = new CableChanges();
        changes.walk(new LabelOrderedCables(old), new LabelOrderedCables(now));
        return changes;
    }

    /** The merge of two streams in label order. */
    private void walk(Iterator<Cable> olds, Iterator<Cable> nows) {
        Cable a = olds.hasNext() ? olds.next() : null;
        Cable b = nows.hasNext() ? nows.next() : null;
        while (a != null || b != null) {
            int c = a == null ? 1 : b == null ? -1 : LabelOrder.INSTANCE.compare(a.label(), b.label());
            if (c <= 0) {
                if (c < 0) {
                    removed(a);
                } else {
                    compare(a, b);
                }
                a = olds.hasNext() ? olds.next() : null;
            }
            if (c >= 0) {
                if (c > 0) {
                    added(b);
                }
                b = nows.hasNext() ? nows.next() : null;
            }
        }
    }

    private void compare(Cable a, Cable b) {
        if (sameEnds(a, b)) {
            if (!sameModules(a, b)) {
                removed(a);
                added(b);
            }
        } else {
            moved++;
            if (!a.link().equals(b.link())) {
                renumbered++;
            }
            if (firstMoved.size() < FIRST_ROWS) {
                firstMoved.add(new Move(a, b));
            }
        }
    }

    private void added(Cable c) {
        added++;
        if (firstAdded.size() < FIRST_ROWS) {
            firstAdded.add(c);
        }
    }

    private void removed(Cable c) {
        removed++;
        if (firstRemoved.size() < FIRST_ROWS) {
            firstRemoved.add(c);
        }
    }

    private static boolean sameEnds(Cable a, Cable b) {
        return samePlace(a.a(), b.a()) && samePlace(a.z(), b.z());
    }

    private static boolean samePlace(Cable.End x, Cable.End y) {
        return x.device().equals(y.device()) && Objects.equals(x.port(), y.port()) && x.leg() == y.leg();
    }

    private static boolean sameModules(Cable a, Cable b) {
        return Objects.equals(a.a().module(), b.a().module()) && Objects.equals(a.z().module(), b.z().module());
    }

    public long added() {
        return added;
    }

    public long removed() {
        return removed;
    }

    public long moved() {
        return moved;
    }

    /**
     * Moved cables whose label now names a cable of another link group: labels
     * are numbered over the whole model, so a group that grows or shrinks
     * renumbers the groups after it.
     */
    public long renumbered() {
        return renumbered;
    }

    public boolean changed() {
        return added + removed + moved > 0;
    }

    /** The first {@link #FIRST_ROWS} added cables, in stream order. */
    public List<Cable> firstAdded() {
        return Collections.unmodifiableList(firstAdded);
    }

    public List<Cable> firstRemoved() {
        return Collections.unmodifiableList(firstRemoved);
    }

    public List<Move> firstMoved() {
        return Collections.unmodifiableList(firstMoved);
    }
}
