package io.fabriclint.analyzer.diff;

import io.fabriclint.analyzer.cabling.Cable;
import io.fabriclint.analyzer.cabling.CablePlan;
import io.fabriclint.analyzer.physical.LinkPlan;

import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.PriorityQueue;

/**
 * Every cable of a plan in {@link LabelOrder}, cables of one label in
 * cut-sheet order. Within a link group the labels never go backwards (one
 * number, `{n}` or `{i}`, rising in one template); across groups they may
 * (`labels "S-{n}"` before `labels "A-{n}"`), so the groups' streams are
 * merged, holding one cable per link group: memory for the groups, not the cables.
 */
final class LabelOrderedCables implements Iterator<Cable> {
    /** The next cable of one link group. */
    private record Head(Cable cable, int link, Iterator<Cable> rest) {
    }

    private static final Comparator<Head> ORDER = Comparator.<Head, String>comparing(h -> h.cable().label(),
            LabelOrder.INSTANCE).thenComparingInt(Head::link).thenComparingLong(h -> h.cable().number());

    private final PriorityQueue<Head> heads = new PriorityQueue<>(ORDER);
    private Cable last;

    LabelOrderedCables(CablePlan plan) {
        List<LinkPlan> links = plan.links();
        for (int i = 0; i < links.size(); i++) {
            offer(i, plan.iterator(links.get(i)));
        }
    }

    private void offer(int link, Iterator<Cable> rest) {
        if (rest.hasNext()) {
            heads.add(new Head(rest.next(), link, rest));
        }
    }

    @Override
    public boolean hasNext() {
        return !heads.isEmpty();
    }

    @Override
    public Cable next() {
        Head h = heads.poll();
        if (h == null) {
            throw new NoSuchElementException();
        }
        // A template whose labels went backwards inside one group would make the walk miss pairs.
        if (last != null && LabelOrder.INSTANCE.compare(last.label(), h.cable().label()) > 0) {
            throw new IllegalStateException("cable labels out of order: " + last.label() + " before "
                    + h.cable().label() + " in " + h.cable().link());
        }
        last = h.cable();
        offer(h.link(), h.rest());
        return h.cable();
    }
}
