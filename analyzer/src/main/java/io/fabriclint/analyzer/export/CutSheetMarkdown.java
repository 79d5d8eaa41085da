package io.fabriclint.analyzer.export;

import io.fabriclint.analyzer.cabling.Cable;
import io.fabriclint.analyzer.cabling.CablePlan;
import io.fabriclint.analyzer.physical.LinkPlan;
import io.fabriclint.analyzer.values.Figures;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

/**
 * `fabric cables --format markdown`, and the editor's "Show cables": a
 * summary table with one row per link group (cables, labels, modules, fiber,
 * length, strands), then each link group's cables, for a pull request or a
 * printed cut sheet. What is the same for every cable of a link (modules,
 * fiber, length) is in the summary; the rows hold the two ends.
 */
public final class CutSheetMarkdown {
    private static final String NO_PORT = "—";

    private CutSheetMarkdown() {
    }

    /** The cut sheet of every link group. */
    public static CableSummary write(CablePlan cables, Writer out) throws IOException {
        return write(cables, cables.links(), out);
    }

    /** The cut sheet of some link groups (the editor shows one). */
    public static CableSummary write(CablePlan cables, List<LinkPlan> links, Writer out) throws IOException {
        var model = cables.plan().model();
        out.write("## Cut sheet" + (model.fabric() == null ? "" : ": " + escape(model.fabric().name().text())) + "\n\n");
        if (links.isEmpty()) {
            out.write("No cables: no link group has both ends resolved and lanes that divide.\n");
            return new CableSummary();
        }
        out.write("| link | cables | labels | A end | Z end | fiber | length | strands | unplaced |\n");
        out.write("| --- | ---: | --- | --- | --- | --- | ---: | ---: | ---: |\n");
        CableSummary all = new CableSummary();
        for (LinkPlan l : links) {
            CableSummary one = new CableSummary();
            cables.forEach(l, one.andThen(all));
            String labels = cables.cable(l, 0).label() + " – " + cables.cable(l, l.wiring().slots() - 1).label();
            out.write("| " + escape(CablePlan.key(l)) + " | " + Figures.count(one.cables()) + " | " + escape(labels)
                    + " | " + end(l.link().sourceTier() + "." + l.link().sourcePort(),
                    l.link().modules() == null ? null : l.link().modules().source().text(), l.wiring().sourceLegs())
                    + " | " + end(l.link().targetTier() + "." + l.link().targetPort(),
                    l.link().modules() == null ? null : l.link().modules().target().text(), l.wiring().targetLegs())
                    + " | " + (l.link().fiber() == null ? "" : l.link().fiber().label()) + " | "
                    + (l.link().lengthMeters() == null ? "" : CablePlan.plain(l.link().lengthMeters()) + " m") + " | "
                    + Figures.count(one.strands()) + " | " + Figures.count(one.unplaced()) + " |\n");
        }
        out.write("\n" + Figures.count(all.cables()) + (all.cables() == 1 ? " cable, " : " cables, ")
                + Figures.count(all.strands()) + " fiber strands"
                + (all.unplaced() > 0 ? ", " + Figures.count(all.unplaced()) + " without a port at one end ("
                + NO_PORT + " below: the devices ran out of ports, FAB301)" : "") + ".\n");
        for (LinkPlan l : links) {
            out.write("\n### " + escape(CablePlan.key(l)) + "\n\n");
            out.write("| cable | A device | A port | A rack | A U | Z device | Z port | Z rack | Z U | strands |\n");
            out.write("| --- | --- | --- | --- | ---: | --- | --- | --- | ---: | ---: |\n");
            try {
                cables.forEach(l, c -> {
                    try {
                        out.write(row(c));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        }
        return all;
    }

    private static String end(String group, String module, long legs) {
        return escape(group) + (module == null ? "" : " · " + escape(module))
                + (legs > 1 ? " (" + legs + " legs per port)" : "");
    }

    private static String row(Cable c) {
        return "| " + escape(c.label()) + " | " + ends(c.a()) + " | " + ends(c.z()) + " | " + c.strands() + " |\n";
    }

    /** Device, port (with its leg: `down-3/2`), rack and unit of one end. */
    private static String ends(Cable.End e) {
        return escape(e.device()) + " | " + (e.port() == null ? NO_PORT : escape(e.interfaceName())) + " | "
                + (e.rack() == null ? "" : escape(e.rack())) + " | "
                + (e.unit() == null ? "" : "U" + CablePlan.plain(e.unit()));
    }

    private static String escape(String text) {
        return text.replace("|", "\\|");
    }
}
