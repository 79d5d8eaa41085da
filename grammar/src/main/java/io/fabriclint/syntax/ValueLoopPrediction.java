package io.fabriclint.syntax;

import io.fabriclint.grammar.FabricParser;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.atn.DecisionState;
import org.antlr.v4.runtime.atn.ParserATNSimulator;
import org.antlr.v4.runtime.atn.PredictionMode;

/**
 * Full LL prediction, except where a property's values end.
 *
 * <p>A block may hold properties with no line break between them, so after
 * `count 2` a name could be a further value or a new property. Every name is
 * also a value, so the two readings continue alike and the choice is a true
 * ambiguity, which LL and SLL both settle the same way (the value). SLL
 * settles it from its cached DFA; LL would redo a full-context prediction at
 * every property of the file, which made LL parsing four times slower than
 * SLL. Changing the grammar to forbid the ambiguity (one property per line)
 * would also change how a broken line recovers, so the choice is made here.
 */
final class ValueLoopPrediction extends ParserATNSimulator {
    private final boolean[] sllDecisions;

    ValueLoopPrediction(FabricParser parser, ParserATNSimulator base) {
        super(parser, base.atn, base.decisionToDFA, base.getSharedContextCache());
        sllDecisions = new boolean[atn.getNumberOfDecisions()];
        for (int d = 0; d < sllDecisions.length; d++) {
            DecisionState state = atn.getDecisionState(d);
            sllDecisions[d] = state.ruleIndex == FabricParser.RULE_property;
        }
    }

    @Override
    public int adaptivePredict(TokenStream input, int decision, ParserRuleContext outerContext) {
        if (!sllDecisions[decision] || getPredictionMode() == PredictionMode.SLL) {
            return super.adaptivePredict(input, decision, outerContext);
        }
        PredictionMode mode = getPredictionMode();
        setPredictionMode(PredictionMode.SLL);
        try {
            return super.adaptivePredict(input, decision, outerContext);
        } finally {
            setPredictionMode(mode);
        }
    }
}
