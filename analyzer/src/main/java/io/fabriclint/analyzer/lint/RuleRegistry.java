package io.fabriclint.analyzer.lint;

import io.fabriclint.analyzer.rules.Rule;
import io.fabriclint.analyzer.rules.language.DuplicateNameRule;
import io.fabriclint.analyzer.rules.language.ImportCycleRule;
import io.fabriclint.analyzer.rules.language.InvalidValueRule;
import io.fabriclint.analyzer.rules.language.MissingPropertyRule;
import io.fabriclint.analyzer.rules.language.NameCollisionRule;
import io.fabriclint.analyzer.rules.language.ShadowedModuleRule;
import io.fabriclint.analyzer.rules.language.SyntaxErrorRule;
import io.fabriclint.analyzer.rules.language.UnknownNameRule;
import io.fabriclint.analyzer.rules.language.UnknownPropertyRule;
import io.fabriclint.analyzer.rules.language.UnusedSuppressionRule;
import io.fabriclint.analyzer.rules.physical.CageFitRule;
import io.fabriclint.analyzer.rules.physical.CmisVersionRule;
import io.fabriclint.analyzer.rules.physical.FecMismatchRule;
import io.fabriclint.analyzer.rules.physical.FiberTypeRule;
import io.fabriclint.analyzer.rules.physical.FrontPanelDensityRule;
import io.fabriclint.analyzer.rules.physical.InteropRule;
import io.fabriclint.analyzer.rules.physical.LossBudgetRule;
import io.fabriclint.analyzer.rules.physical.LpoHostRule;
import io.fabriclint.analyzer.rules.physical.MissingReachDataRule;
import io.fabriclint.analyzer.rules.physical.ModulePowerRule;
import io.fabriclint.analyzer.rules.physical.OversubscriptionRule;
import io.fabriclint.analyzer.rules.physical.PortOverAllocationRule;
import io.fabriclint.analyzer.rules.physical.PortSpeedRule;
import io.fabriclint.analyzer.rules.physical.RackPowerNearBudgetRule;
import io.fabriclint.analyzer.rules.physical.RackPowerRule;
import io.fabriclint.analyzer.rules.physical.RackUnitsRule;
import io.fabriclint.analyzer.rules.physical.ReachRule;
import io.fabriclint.analyzer.rules.physical.UnevenSpreadRule;
import io.fabriclint.analyzer.rules.physical.UnlinkedTierRule;
import io.fabriclint.analyzer.rules.physical.UnusedPortsRule;

import java.util.List;

/** Every rule, in code order. `explain`, the docs pages, SARIF metadata and the analyzer all start here. */
public final class RuleRegistry {
    private static final List<Rule> RULES = List.of(
            new SyntaxErrorRule(), new UnknownNameRule(), new DuplicateNameRule(), new UnknownPropertyRule(),
            new InvalidValueRule(), new MissingPropertyRule(), new ImportCycleRule(), new ShadowedModuleRule(),
            new UnusedSuppressionRule(),
            new ReachRule(), new FiberTypeRule(), new LossBudgetRule(), new MissingReachDataRule(),
            new CageFitRule(), new PortSpeedRule(), new InteropRule(), new FecMismatchRule(), new LpoHostRule(),
            new CmisVersionRule(), new ModulePowerRule(),
            new PortOverAllocationRule(), new FrontPanelDensityRule(), new RackUnitsRule(), new UnusedPortsRule(),
            new UnevenSpreadRule(),
            new RackPowerRule(), new RackPowerNearBudgetRule(),
            new OversubscriptionRule(), new UnlinkedTierRule(),
            new NameCollisionRule());

    private RuleRegistry() {
    }

    public static List<Rule> all() {
        return RULES;
    }

    /** The rule with this code, or null. */
    public static Rule byCode(String code) {
        for (Rule r : RULES) {
            if (r.code().equals(code)) {
                return r;
            }
        }
        return null;
    }
}
