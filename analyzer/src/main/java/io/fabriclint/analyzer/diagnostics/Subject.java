package io.fabriclint.analyzer.diagnostics;

import io.fabriclint.analyzer.model.LinkDef;
import io.fabriclint.analyzer.model.ModuleDef;
import io.fabriclint.analyzer.model.PortDef;
import io.fabriclint.analyzer.model.RackDef;
import io.fabriclint.analyzer.model.Reference;
import io.fabriclint.analyzer.model.TierDef;

/**
 * What a diagnostic is about, as the model has it: the link, tier, port group,
 * rack, module, name reference or suppression comment. A quick fix starts from
 * it instead of searching the model for whatever sits at the diagnostic's range.
 */
public sealed interface Subject {
    /** A diagnostic about text rather than a declaration (a syntax error, a bad value). */
    Subject NONE = new None();

    record None() implements Subject {
    }

    record Link(LinkDef link) implements Subject {
    }

    record Tier(TierDef tier) implements Subject {
    }

    record Port(PortDef port) implements Subject {
    }

    record Rack(RackDef rack) implements Subject {
    }

    record Module(ModuleDef module) implements Subject {
    }

    record Name(Reference reference) implements Subject {
    }

    /** One code of a suppression comment (a comment may name several). */
    record Suppression(Suppressions.Suppression comment, String code) implements Subject {
    }
}
