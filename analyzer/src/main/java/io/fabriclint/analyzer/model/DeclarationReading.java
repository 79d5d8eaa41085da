package io.fabriclint.analyzer.model;

import io.fabriclint.syntax.Declaration;
import io.fabriclint.syntax.DeclarationKind;
import io.fabriclint.syntax.Property;
import io.fabriclint.syntax.SourceRange;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * What one declaration's properties read as: the typed values, the properties set
 * twice, the problems of the values, and for a tier each `port` line. Reading one
 * declaration needs nothing from another, so a large file's declarations are read on
 * all cores; the model builder then takes the readings in file order, so everything it
 * reports keeps the order of one declaration after another.
 *
 * @param problems value problems, except those on a line that already has a syntax error
 */
record DeclarationReading(PropertyValues values, List<Duplicate> duplicates, List<ValueProblem> problems,
                          List<PortReading> ports) {

    /** A `port` line of a tier, read; its problems count only if the tier is declared (not a duplicate). */
    record PortReading(Property property, PortValue value, List<ValueProblem> problems) {
    }

    /** From this many declarations on, a file's are read in parallel (below, the hand-off costs more). */
    static final int PARALLEL_FROM = 256;

    /** One reading per declaration, in order; null for one without properties (an import). */
    static List<DeclarationReading> readAll(Path file, List<Declaration> declarations, Set<Integer> errorLines) {
        Stream<Declaration> s = declarations.size() >= PARALLEL_FROM ? declarations.parallelStream()
                : declarations.stream();
        return s.map(d -> read(file, d, errorLines)).toList();
    }

    private static DeclarationReading read(Path file, Declaration d, Set<Integer> errorLines) {
        DeclarationKind kind;
        List<Property> properties;
        if (d instanceof Declaration.Block b) {
            kind = b.kind();
            properties = b.properties();
        } else if (d instanceof Declaration.Link l) {
            kind = DeclarationKind.LINK;
            properties = l.properties();
        } else {
            return null;
        }
        List<ValueProblem> problems = new ArrayList<>();
        List<Duplicate> duplicates = new ArrayList<>();
        PropertyValues values = readProperties(file, kind, properties, reader(file, errorLines, problems), duplicates);
        List<PortReading> ports = List.of();
        if (kind == DeclarationKind.TIER) {
            ports = new ArrayList<>();
            for (Property p : properties) {
                if (p.name().text().equals(PropertySchema.Tier.PORT.name())) {
                    List<ValueProblem> portProblems = new ArrayList<>();
                    PortValue pv = reader(file, errorLines, portProblems).read(p, PropertySchema.Tier.PORT);
                    ports.add(new PortReading(p, pv, compact(portProblems)));
                }
            }
        }
        return new DeclarationReading(values, compact(duplicates), compact(problems), ports);
    }

    /** A line with a syntax error already has its diagnostic: read what can be read, judge nothing twice. */
    private static ValueReader reader(Path file, Set<Integer> errorLines, List<ValueProblem> into) {
        return new ValueReader(file, problem -> {
            if (!onErrorLine(problem.range(), errorLines)) {
                into.add(problem);
            }
        });
    }

    private static boolean onErrorLine(SourceRange range, Set<Integer> errorLines) {
        if (errorLines.isEmpty()) {
            return false;
        }
        for (int line = range.startLine(); line <= range.endLine(); line++) {
            if (errorLines.contains(line)) {
                return true;
            }
        }
        return false;
    }

    /** Reads each known, non-repeatable property once, as its spec says. */
    private static PropertyValues readProperties(Path file, DeclarationKind kind, List<Property> properties,
                                                 ValueReader reader, List<Duplicate> duplicates) {
        PropertyValues values = new PropertyValues();
        Map<String, Property> seen = new HashMap<>();
        for (Property p : properties) {
            PropertySpec<?> spec = PropertySchema.lookup(kind, p.name().text());
            if (spec == null || spec.repeatable()) {
                continue;
            }
            Property first = seen.putIfAbsent(p.name().text(), p);
            if (first != null) {
                duplicates.add(new Duplicate("property", p.name().text(), file, p.name().range(), file,
                        first.name().range()));
                continue;
            }
            read(values, spec, p, reader);
        }
        return values;
    }

    private static <T> void read(PropertyValues values, PropertySpec<T> spec, Property p, ValueReader reader) {
        values.put(spec, reader.read(p, spec));
    }

    private static <T> List<T> compact(List<T> list) {
        return list.isEmpty() ? List.of() : list;
    }
}
