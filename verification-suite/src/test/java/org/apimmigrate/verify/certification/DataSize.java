package org.apimmigrate.verify.certification;

import org.apimmigrate.fixtures.data.GeneratorSettings;

/**
 * The data a certification fills the 3.2.0 databases with, chosen by {@code -Dapim.data}: {@code tiny}, {@code small}
 * (the default) or a number of registry resources (e.g. {@code 20000}) for a registry at scale.
 */
record DataSize(String name, GeneratorSettings settings) {

    static DataSize selected() {
        String value = System.getProperty("apim.data", "small").strip();
        return switch (value) {
            case "tiny" -> new DataSize("tiny", GeneratorSettings.tiny());
            case "small" -> new DataSize("small", GeneratorSettings.small());
            default -> {
                try {
                    int resources = Integer.parseInt(value);
                    yield new DataSize(resources + " registry resources", GeneratorSettings.registryScale(resources));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("-Dapim.data must be tiny, small or a number of registry "
                            + "resources, not '" + value + "'");
                }
            }
        };
    }
}
