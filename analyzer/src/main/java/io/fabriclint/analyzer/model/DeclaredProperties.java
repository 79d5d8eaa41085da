package io.fabriclint.analyzer.model;

import io.fabriclint.syntax.Property;
import io.fabriclint.syntax.SourceRange;

import java.util.LinkedHashMap;
import java.util.Map;

/** The properties a declaration sets, first occurrence of each name, for ranges in diagnostics. */
public final class DeclaredProperties {
    private final Map<String, Property> byName = new LinkedHashMap<>();

    void add(Property p) {
        byName.putIfAbsent(p.name().text(), p);
    }

    public Property get(String name) {
        return byName.get(name);
    }

    public boolean has(String name) {
        return byName.containsKey(name);
    }

    /** The range of the property (name and values), or {@code fallback} when it is not set. */
    public SourceRange rangeOr(String name, SourceRange fallback) {
        Property p = byName.get(name);
        return p == null ? fallback : p.range();
    }
}
