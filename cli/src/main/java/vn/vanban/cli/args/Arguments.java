package vn.vanban.cli.args;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A command line as {@link Parser} read it: the command chosen, the options given (with their
 * values as typed) and the other arguments. The typed getters turn a value of the wrong kind into
 * a {@link UsageException} naming the option, the value and what was expected.
 */
public final class Arguments {

    private final Command command;
    private final Map<Option, List<String>> options;
    private final List<String> positionals;

    Arguments(Command command, Map<Option, List<String>> options, List<String> positionals) {
        this.command = command;
        this.options = Map.copyOf(options);
        this.positionals = List.copyOf(positionals);
    }

    /** The command the line chose (the top command when it named none). */
    public Command command() {
        return command;
    }

    public boolean has(Option option) {
        return options.containsKey(option);
    }

    /** The option's value as typed, or null when it was not given. */
    public String value(Option option) {
        List<String> v = options.get(option);
        return v == null ? null : v.get(v.size() - 1);
    }

    /** A list option's values, from every time it was given, each split at its commas. */
    public List<String> values(Option option) {
        List<String> all = new ArrayList<>();
        for (String v : options.getOrDefault(option, List.of())) {
            for (String part : v.split(",", -1)) {
                all.add(part.strip());
            }
        }
        return all;
    }

    /** The arguments that are not options, in order. */
    public List<String> positionals() {
        return positionals;
    }

    /** The arguments that are not options, as paths. */
    public List<Path> positionalPaths() {
        List<Path> out = new ArrayList<>();
        for (String p : positionals) {
            out.add(path(p, "Invalid argument"));
        }
        return out;
    }

    /** The option's value as a path, or null when not given. */
    public Path path(Option option) {
        String v = value(option);
        return v == null ? null : path(v, invalidValue(option));
    }

    /** {@code value} as a path; {@code what} begins the message when it cannot be one. */
    private Path path(String value, String what) {
        try {
            return Path.of(value);
        } catch (InvalidPathException e) {
            throw new UsageException(command, what + ": expected a path (" + e.getReason() + "), not '" + value + "'");
        }
    }

    /** The option's value as a whole number, or null when not given. */
    public Integer integer(Option option) {
        String v = value(option);
        if (v == null) {
            return null;
        }
        try {
            return Integer.valueOf(v.strip());
        } catch (NumberFormatException e) {
            throw invalid(option, v, "a whole number");
        }
    }

    /** The option's value as one of {@code type}'s constants, named in any case; null when not given. */
    public <E extends Enum<E>> E choice(Option option, Class<E> type) {
        String v = value(option);
        return v == null ? null : constant(option, v, type);
    }

    /** A list option's values as {@code type}'s constants, in the order given. */
    public <E extends Enum<E>> List<E> choices(Option option, Class<E> type) {
        List<E> out = new ArrayList<>();
        for (String v : values(option)) {
            out.add(constant(option, v, type));
        }
        return out;
    }

    private <E extends Enum<E>> E constant(Option option, String v, Class<E> type) {
        for (E e : type.getEnumConstants()) {
            if (e.name().equalsIgnoreCase(v.strip())) {
                return e;
            }
        }
        String names = Arrays.stream(type.getEnumConstants())
                .map(e -> e.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));
        throw invalid(option, v, "one of " + names);
    }

    private UsageException invalid(Option option, String value, String expected) {
        return new UsageException(command, invalidValue(option) + ": expected " + expected + ", not '" + value + "'");
    }

    private static String invalidValue(Option option) {
        return "Invalid value for option '" + option.name() + "' (" + option.label() + ")";
    }
}
