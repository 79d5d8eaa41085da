package io.fabriclint.analyzer.model;

import io.fabriclint.analyzer.catalog.FormFactor;
import io.fabriclint.syntax.Name;
import io.fabriclint.syntax.Property;

/** A port group of a tier: {@code count} cages per device. */
public record PortDef(String tier, Name name, int count, FormFactor declaredFormFactor, FormFactor cage,
                      double speedGbps, Double maxPowerWatts, Property property) {
}
