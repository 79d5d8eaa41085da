package io.fabriclint.analyzer.model;

import io.fabriclint.syntax.Property;
import io.fabriclint.syntax.SourceRange;

import java.util.List;

/**
 * The properties a declaration sets, first occurrence of each name, for ranges in diagnostics.
 * A view of the declaration's own list: a declaration sets a handful of properties, and a map
 * per declaration would cost more than the properties themselves in a large fabric.
 */
public final class DeclaredProperties {
    private final List<Property> properties;

    DeclaredProperties(List<Property> properties) {
        this.properties = properties;
    }

    public Property get(String name) {
        for (Property p : properties) {
            if (p.name().text().equals(name)) {
                return p;
            }
        }
        return null;
    }

    public boolean has(String name) {
        return get(name) != null;
    }

    /** The range of the property (name and values), or {@code fallback} when it is not set. */
    public SourceRange rangeOr(String name, SourceRange fallback) {
        Property p = get(name);
        return p == null ? fallback : p.range();
    }
}
