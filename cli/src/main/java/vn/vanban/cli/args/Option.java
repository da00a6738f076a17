package vn.vanban.cli.args;

import java.util.List;

/**
 * One option of a command: its names ({@code -o}, {@code --output}), the label of its value
 * ({@code DIR}; none for a flag), whether it must be given, whether it takes a comma-separated
 * list (and may then be repeated), and its line of help.
 */
public record Option(List<String> names, String label, boolean isRequired, boolean isList, String description) {

    public Option {
        names = List.copyOf(names);
        if (names.isEmpty() || names.stream().anyMatch(n -> !n.startsWith("-"))) {
            throw new IllegalArgumentException("an option needs names that start with '-': " + names);
        }
    }

    /** An option that is given or not, with no value. */
    public static Option flag(String description, String... names) {
        return new Option(List.of(names), null, false, false, description);
    }

    /** An option with a value, named {@code label} in help and messages. */
    public static Option value(String label, String description, String... names) {
        return new Option(List.of(names), label, false, false, description);
    }

    /** The same option, which every run must give. */
    public Option required() {
        return new Option(names, label, true, isList, description);
    }

    /** The same option, taking values separated by commas, and given as often as wished. */
    public Option list() {
        return new Option(names, label, isRequired, true, description);
    }

    public boolean takesValue() {
        return label != null;
    }

    /** The name messages use: the longest form. */
    public String name() {
        return names.get(names.size() - 1);
    }

    /** {@code --output=DIR}, as messages and the synopsis show it. */
    public String withLabel() {
        return !takesValue() ? name() : name() + "=" + label + (isList ? "[," + label + "...]" : "");
    }
}
