package io.fabriclint.analyzer.export;

import io.fabriclint.analyzer.cabling.Cable;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/** Totals of a cable stream, counted as the cables go by: cables, strands, unplaced, cables per link group. */
public final class CableSummary implements Consumer<Cable> {
    private long cables;
    private long strands;
    private long unplaced;
    private final Map<String, Long> byLink = new LinkedHashMap<>();
    private String lastLink;
    private long lastCount;

    @Override
    public void accept(Cable c) {
        cables++;
        strands += c.strands();
        if (c.unplaced()) {
            unplaced++;
        }
        // Cables of one link come together: count locally, merge when the link changes.
        if (!c.link().equals(lastLink)) {
            flush();
            lastLink = c.link();
        }
        lastCount++;
    }

    private void flush() {
        if (lastLink != null && lastCount > 0) {
            byLink.merge(lastLink, lastCount, Long::sum);
        }
        lastCount = 0;
    }

    public long cables() {
        return cables;
    }

    public long strands() {
        return strands;
    }

    /** Cables with an empty port at an end: the devices ran out of ports (FAB301). */
    public long unplaced() {
        return unplaced;
    }

    /** Cables per link column (`leaf.up->spine.down`); two link groups between the same port groups add up. */
    public Map<String, Long> byLink() {
        flush();
        return byLink;
    }
}
