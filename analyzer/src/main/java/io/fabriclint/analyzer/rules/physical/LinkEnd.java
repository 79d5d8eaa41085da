package io.fabriclint.analyzer.rules.physical;

import io.fabriclint.analyzer.catalog.ModuleSpec;
import io.fabriclint.analyzer.model.PortDef;
import io.fabriclint.analyzer.model.TierDef;
import io.fabriclint.analyzer.physical.LinkPlan;

import java.util.ArrayList;
import java.util.List;

/** One end of a link group: the tier, its port group and the module plugged in there. */
record LinkEnd(String side, TierDef tier, PortDef port, ModuleSpec module) {

    /** The ends whose tier, port and module are all known. */
    static List<LinkEnd> of(LinkPlan plan) {
        List<LinkEnd> ends = new ArrayList<>(2);
        if (plan.sourceTier() != null && plan.sourcePort() != null && plan.sourceModule() != null) {
            ends.add(new LinkEnd("source", plan.sourceTier(), plan.sourcePort(), plan.sourceModule()));
        }
        if (plan.targetTier() != null && plan.targetPort() != null && plan.targetModule() != null) {
            ends.add(new LinkEnd("target", plan.targetTier(), plan.targetPort(), plan.targetModule()));
        }
        return ends;
    }

    /** The modules of the link, once each (a link with one module names it once). */
    static List<ModuleSpec> modules(LinkPlan plan) {
        List<ModuleSpec> modules = new ArrayList<>(2);
        if (plan.sourceModule() != null) {
            modules.add(plan.sourceModule());
        }
        if (plan.targetModule() != null && plan.targetModule() != plan.sourceModule()) {
            modules.add(plan.targetModule());
        }
        return modules;
    }

    String portLabel() {
        return tier.name().text() + "." + port.name().text();
    }
}
