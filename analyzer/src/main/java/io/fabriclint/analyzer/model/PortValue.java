package io.fabriclint.analyzer.model;

import io.fabriclint.analyzer.catalog.FormFactor;
import io.fabriclint.syntax.Name;

/** The value of `port NAME: N x FORM-FACTOR SPEED [max-power POWER]`; {@code cage} accounts for QSFP-DD800. */
public record PortValue(Name name, int count, FormFactor declared, FormFactor cage, double speedGbps,
                        Double maxPowerWatts) {
}
