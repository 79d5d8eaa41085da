package io.fabriclint.syntax;

import java.util.List;

/** A top-level declaration. */
public sealed interface Declaration {
    /** The whole declaration, keyword to closing brace. */
    SourceRange range();

    /** The keyword (`tier`, `link`, …). */
    SourceRange keywordRange();

    /** `import "path"`; {@code path} is the unescaped string, {@code pathRange} includes the quotes. */
    record Import(String path, boolean terminated, SourceRange pathRange, SourceRange keywordRange,
                  SourceRange range) implements Declaration {
    }

    /**
     * `fabric|module|rack|tier NAME { … }`. {@code name} is null when it is missing.
     * {@code closed} is false when the closing brace is missing.
     */
    record Block(DeclarationKind kind, Name name, List<Property> properties, boolean closed,
                 SourceRange keywordRange, SourceRange range) implements Declaration {
    }

    /** `link A.p -> B.q { … }`; an endpoint is null when it could not be parsed. */
    record Link(Endpoint source, Endpoint target, List<Property> properties, boolean closed,
                SourceRange keywordRange, SourceRange range) implements Declaration {
    }
}
