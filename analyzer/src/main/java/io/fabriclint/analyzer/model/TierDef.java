package io.fabriclint.analyzer.model;

import io.fabriclint.analyzer.values.Ratio;
import io.fabriclint.analyzer.values.Version;
import io.fabriclint.syntax.Declaration;
import io.fabriclint.syntax.Name;

import java.nio.file.Path;
import java.util.List;

/**
 * A group of identical devices and its port groups.
 *
 * @param names       device names (`{tier}-{n}` unless set)
 * @param interfaces  port names (`{port}-{k}` unless set)
 * @param deviceModel the `model` property (device type for exports), or null
 */
public record TierDef(Name name, Path file, Declaration.Block declaration, int count, Name rack, double heightUnits,
                      double powerWatts, String asic, Version cmis, Ratio oversubscription, List<PortDef> ports,
                      Template names, Template interfaces, String deviceModel, DeclaredProperties properties) {
    public PortDef port(String portName) {
        for (PortDef p : ports) {
            if (p.name().text().equals(portName)) {
                return p;
            }
        }
        return null;
    }
}
