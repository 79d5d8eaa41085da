package io.fabriclint.analyzer.editor;

import io.fabriclint.analyzer.physical.FabricPlan;
import io.fabriclint.analyzer.physical.LinkPlan;
import io.fabriclint.analyzer.physical.RackLoad;
import io.fabriclint.analyzer.physical.TierPower;
import io.fabriclint.analyzer.values.Figures;
import io.fabriclint.analyzer.values.Ratio;
import io.fabriclint.syntax.Declaration;
import io.fabriclint.syntax.DeclarationKind;
import io.fabriclint.syntax.SyntaxTree;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Inlay hints (per-tier power, per-link bandwidth) and code lenses with totals, read from the plan. */
public final class Hints {
    private Hints() {
    }

    /** A hint shown after {@code line:column}. */
    public record InlayHint(int line, int column, String label, String tooltip) {
    }

    /** The command id of the "Show cables" lens: the client asks `fabric/cables` for the link at {@code line}. */
    public static final String SHOW_CABLES = "fabric.showCables";

    /** A lens above a declaration; {@code showCables} is the link a "Show cables" lens is for, else null. */
    public record Lens(Span range, String title, ShowCables showCables) {
        public Lens(Span range, String title) {
            this(range, title, null);
        }
    }

    /** What "Show cables" opens: the cut sheet of the link declared at {@code line} (0-based) of {@code file}. */
    public record ShowCables(Path file, int line) {
    }

    public static List<InlayHint> inlayHints(SyntaxTree tree, Path file, FabricPlan plan, int fromLine, int toLine) {
        List<InlayHint> out = new ArrayList<>();
        if (plan == null) {
            return out;
        }
        for (Declaration d : tree.declarations()) {
            int line = d.keywordRange().startLine();
            if (line < fromLine || line > toLine) {
                continue;
            }
            int brace = Cursor.openBrace(tree, d);
            if (brace < 0) {
                continue;
            }
            int column = tree.lines().column(brace + 1);
            int braceLine = tree.lines().line(brace);
            if (d instanceof Declaration.Block b && b.kind() == DeclarationKind.TIER && b.name() != null) {
                TierPower tp = plan.tierPower().get(b.name().text());
                if (tp != null) {
                    out.add(new InlayHint(braceLine, column, " " + Figures.watts(tp.deviceWatts()) + "/device · "
                            + Figures.watts(tp.totalWatts()), "device power (base + modules) and tier total"));
                }
            } else if (d instanceof Declaration.Link l) {
                LinkPlan lp = Hovers.linkPlan(plan, l, file);
                if (lp != null) {
                    out.add(new InlayHint(braceLine, column, " " + Figures.bandwidth(lp.bandwidthGbps()),
                            Figures.count(lp.sourcePorts()) + " ports, " + lp.breakout()));
                }
            }
        }
        return out;
    }

    public static List<Lens> lenses(SyntaxTree tree, Path file, FabricPlan plan) {
        List<Lens> out = new ArrayList<>();
        if (plan == null) {
            return out;
        }
        for (Declaration d : tree.declarations()) {
            Span at = Span.of(d.keywordRange());
            if (d instanceof Declaration.Block b && b.name() != null) {
                String name = b.name().text();
                switch (b.kind()) {
                    case FABRIC -> out.add(new Lens(at, "IT " + Figures.watts(plan.itWatts()) + " · facility "
                            + Figures.watts(plan.facilityWatts()) + " · " + Figures.count(plan.fibers()) + " fibers"));
                    case TIER -> {
                        TierPower tp = plan.tierPower().get(name);
                        if (tp != null) {
                            Double over = plan.oversubscription(name);
                            out.add(new Lens(at, "tier total " + Figures.watts(tp.totalWatts()) + " ("
                                    + Figures.count(tp.tier().count()) + " × " + Figures.watts(tp.deviceWatts()) + ")"
                                    + (over == null ? "" : " · oversubscription " + Ratio.format(over))));
                        }
                    }
                    case RACK -> {
                        RackLoad load = plan.racks().get(name);
                        if (load != null) {
                            out.add(new Lens(at, io.fabriclint.analyzer.values.Quantity.format(load.units()) + "U of "
                                    + io.fabriclint.analyzer.values.Quantity.format(load.rack().heightUnits()) + "U · "
                                    + Figures.watts(load.watts()) + (load.budgetWatts() == null ? "" : " of "
                                    + Figures.watts(load.budgetWatts()) + " (" + Figures.percent(load.watts(),
                                    load.budgetWatts()) + ")")));
                        }
                    }
                    default -> {
                    }
                }
            } else if (d instanceof Declaration.Link l) {
                LinkPlan lp = Hovers.linkPlan(plan, l, file);
                if (lp != null) {
                    out.add(new Lens(at, Figures.bandwidth(lp.bandwidthGbps()) + " · " + lp.breakout().replaceAll(" \\(.*", "")
                            + " · " + Figures.count(lp.fibers()) + " fibers"));
                    if (lp.cabled()) {
                        out.add(new Lens(at, "Show cables (" + Figures.count(lp.wiring().slots()) + ")",
                                new ShowCables(file, l.keywordRange().startLine())));
                    }
                }
            }
        }
        return out;
    }
}
