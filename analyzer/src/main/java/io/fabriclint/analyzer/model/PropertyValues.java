package io.fabriclint.analyzer.model;

import java.util.HashMap;
import java.util.Map;

/**
 * The values one declaration's properties read as, each under its
 * {@link PropertySpec}: typed on the way in and on the way out, so the model
 * builder asks for `Tier.COUNT` and gets an Integer, or the spec's default.
 */
public final class PropertyValues {
    private final Map<PropertySpec<?>, Object> values = new HashMap<>();

    <T> void put(PropertySpec<T> spec, T value) {
        if (value != null) {
            values.put(spec, value);
        }
    }

    /** The value read, else the spec's default (null when it has none). */
    public <T> T get(PropertySpec<T> spec) {
        return getOr(spec, spec.defaultValue());
    }

    /** The value read, else {@code fallback} (what a module inherits through `like`, for instance). */
    public <T> T getOr(PropertySpec<T> spec, T fallback) {
        // Only put(PropertySpec<T>, T) writes, so the value under a spec is a T.
        @SuppressWarnings("unchecked")
        T value = (T) values.get(spec);
        return value != null ? value : fallback;
    }

    public boolean has(PropertySpec<?> spec) {
        return values.containsKey(spec);
    }
}
