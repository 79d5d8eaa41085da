package io.fabriclint.analyzer.model;

import io.fabriclint.analyzer.catalog.Fec;
import io.fabriclint.analyzer.catalog.Fiber;
import io.fabriclint.syntax.Declaration;

import java.nio.file.Path;

/**
 * `link A.p -> B.q { … }`. Unset or invalid properties are null;
 * {@code count} null means every port of A.p. {@code wiring} and
 * {@code labels} always hold a value (their defaults when unset).
 */
public record LinkDef(Path file, Declaration.Link declaration, Integer count, ModulePair modules, Fiber fiber,
                      Double lengthMeters, int connectors, Fec fec, Wiring wiring, Template labels,
                      DeclaredProperties properties) {

    /** `leaf->spine`, the key of the report's bandwidth map. */
    public String key() {
        return sourceTier() + "->" + targetTier();
    }

    public String sourceTier() {
        return declaration.source() == null ? "?" : declaration.source().tier().text();
    }

    public String targetTier() {
        return declaration.target() == null ? "?" : declaration.target().tier().text();
    }

    public String sourcePort() {
        return declaration.source() == null ? "?" : declaration.source().port().text();
    }

    public String targetPort() {
        return declaration.target() == null ? "?" : declaration.target().port().text();
    }

    /** `gpu.nic -> leaf.down`. */
    public String label() {
        return sourceTier() + "." + sourcePort() + " -> " + targetTier() + "." + targetPort();
    }
}
