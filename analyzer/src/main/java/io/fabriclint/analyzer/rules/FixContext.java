package io.fabriclint.analyzer.rules;

import io.fabriclint.analyzer.model.FabricModel;
import io.fabriclint.analyzer.physical.FabricPlan;

/** What a rule may read to build its fixes: the analysis its diagnostic came from. */
public record FixContext(FabricModel model, FabricPlan plan) {
}
