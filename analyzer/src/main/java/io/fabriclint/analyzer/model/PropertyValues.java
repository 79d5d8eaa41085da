package io.fabriclint.analyzer.model;

import java.util.HashMap;
import java.util.Map;

/**
 * The values one declaration's properties read as, each under its
 * {@link PropertySpec}: typed on the way in and on the way out, so the model
 * builder asks for `Tier.COUNT` and gets an Integer, or the spec's default.
 */
public final class PropertyValues {
    /** By property name: a declaration kind has one spec per name, and a name's hash is cached, a record's is not. */
    private final Map<String, Entry> values = new HashMap<>();

    private record Entry(PropertySpec<?> spec, Object value) {
        boolean isOf(PropertySpec<?> other) {
            return spec == other || spec.equals(other);
        }
    }

    <T> void put(PropertySpec<T> spec, T value) {
        if (value != null) {
            values.put(spec.name(), new Entry(spec, value));
        }
    }

    /** The value read, else the spec's default (null when it has none). */
    public <T> T get(PropertySpec<T> spec) {
        return getOr(spec, spec.defaultValue());
    }

    /** The value read, else {@code fallback} (what a module inherits through `like`, for instance). */
    public <T> T getOr(PropertySpec<T> spec, T fallback) {
        // Only put(PropertySpec<T>, T) writes, so the value under a spec is a T.
        Entry e = values.get(spec.name());
        @SuppressWarnings("unchecked")
        T value = e != null && e.isOf(spec) ? (T) e.value() : null;
        return value != null ? value : fallback;
    }

    public boolean has(PropertySpec<?> spec) {
        Entry e = values.get(spec.name());
        return e != null && e.isOf(spec);
    }
}
