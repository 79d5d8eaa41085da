package io.fabriclint.analyzer.model;

/** What a property's values must be; {@link ValueReader} reads each kind. */
public enum ValueType {
    COUNT("a whole number"),
    PUE("a number of at least 1.0"),
    RATIO("a ratio such as 1:1 or 3:1"),
    LENGTH("a length such as 30m or 2km"),
    POWER("a power such as 750W or 10.2kW"),
    SPEED("a speed such as 400G or 1.6T"),
    HEIGHT("a height in rack units such as 2U"),
    LOSS("a loss such as 3.0dB"),
    STRING("a string in double quotes"),
    STRING_LIST("a list of strings such as [\"Tomahawk 5\"]"),
    BOOLEAN("true or false"),
    FORM_FACTOR("a form factor"),
    MEDIA("MMF, SMF or copper"),
    FIBER("a fiber type: OM3, OM4, OM5 or OS2"),
    FEC("a FEC: RS544, RS528, none, oFEC or cFEC"),
    CONNECTOR("a connector: MPO-12, MPO-16, 2xMPO-12, LC, 2xLC, CS, SN or 2xSN"),
    VERSION("a version such as 5.0"),
    MODULE_NAME("a module name"),
    RACK_NAME("a rack name"),
    MODULE_PAIR("a module name, or `SOURCE -> TARGET` module names"),
    PORT("`NAME: N x FORM-FACTOR SPEED [max-power POWER]`"),
    LANES("`N x RATE FAMILY`, e.g. 8 x 100G DR"),
    REACH("`FIBER LENGTH` pairs such as `OM3 70m, OM4 100m` (copper: a length)"),
    NAME_TEMPLATE("a name template in double quotes with {tier}, {n} (padded) or {i}, e.g. \"{tier}-{n}\""),
    INTERFACE_TEMPLATE("a port-name template in double quotes with {port}, {k} or {cage}, e.g. \"swp{cage}\""),
    LABEL_TEMPLATE("a cable-label template in double quotes with {n} (padded) or {i}, e.g. \"C{n}\""),
    WIRING("stripe or block");

    private final String description;

    ValueType(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }

    /** A value of this type as a user would write it, for defaults shown in completion and hover. */
    public String text(Object value) {
        return switch (this) {
            case HEIGHT -> io.fabriclint.analyzer.values.Quantity.format((Double) value) + "U";
            case POWER -> io.fabriclint.analyzer.values.Quantity.watts((Double) value);
            case LENGTH -> io.fabriclint.analyzer.values.Quantity.meters((Double) value);
            default -> String.valueOf(value);
        };
    }
}
