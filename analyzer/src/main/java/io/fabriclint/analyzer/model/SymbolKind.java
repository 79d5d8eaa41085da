package io.fabriclint.analyzer.model;

/** Namespaces of names (spec §3): a port's namespace is its tier. */
public enum SymbolKind {
    FABRIC("fabric"), MODULE("module"), RACK("rack"), TIER("tier"), PORT("port");

    private final String word;

    SymbolKind(String word) {
        this.word = word;
    }

    public String word() {
        return word;
    }
}
