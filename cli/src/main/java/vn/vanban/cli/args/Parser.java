package vn.vanban.cli.args;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Reads a command line against a {@link Command}: options as {@code --name value},
 * {@code --name=value}, {@code -n value}, {@code -nvalue} or clustered short flags
 * ({@code -hV}); {@code --} ends the options and {@code -} alone is an argument (standard input).
 * A word naming a subcommand, before any argument, moves on to that command.
 */
public final class Parser {

    private Parser() {
    }

    /**
     * @throws UsageException for an unknown option or command, a missing or repeated value, a
     *                        missing required option or argument, or an argument too many; none
     *                        of these is checked once help or the version was asked for
     */
    public static Arguments parse(Command top, String... args) {
        Command command = top;
        Map<Option, List<String>> given = new LinkedHashMap<>();
        List<String> positionals = new ArrayList<>();
        boolean optionsEnded = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (optionsEnded || arg.equals("-") || !arg.startsWith("-")) {
                if (positionals.isEmpty() && !optionsEnded && !command.subcommands().isEmpty()) {
                    Command sub = command.subcommand(arg).orElse(null);
                    if (sub == null) {
                        throw new UsageException(command, "Unknown command: '" + arg + "'"
                                + hint(arg, command.subcommands().stream().map(Command::word).toList()));
                    }
                    command = sub;
                    continue;
                }
                positionals.add(arg);
                continue;
            }
            if (arg.equals("--")) {
                optionsEnded = true;
                continue;
            }
            if (arg.startsWith("--")) {
                int eq = arg.indexOf('=');
                String name = eq < 0 ? arg : arg.substring(0, eq);
                Option o = known(command, name, arg);
                if (eq >= 0 && !o.takesValue()) {
                    throw new UsageException(command, "Option '" + o.name() + "' takes no value, but was given '"
                            + arg.substring(eq + 1) + "'");
                }
                String value = eq >= 0 ? arg.substring(eq + 1) : o.takesValue() ? next(command, o, args, ++i) : null;
                put(command, given, o, value);
                continue;
            }
            // Short options: "-o DIR", "-oDIR", "-o=DIR", or flags run together ("-hV").
            for (int k = 1; k < arg.length(); k++) {
                if (arg.charAt(k) == '=') {
                    throw new UsageException(command, "Option '" + command.option("-" + arg.charAt(k - 1))
                            .map(Option::name).orElse(arg) + "' takes no value, but was given '" + arg.substring(k + 1) + "'");
                }
                String name = "-" + arg.charAt(k);
                Option o = known(command, name, k == 1 ? arg : name);
                if (o.takesValue()) {
                    String rest = arg.substring(k + 1);
                    String value = !rest.isEmpty() ? (rest.startsWith("=") ? rest.substring(1) : rest)
                            : next(command, o, args, ++i);
                    put(command, given, o, value);
                    break;
                }
                put(command, given, o, null);
            }
        }
        Arguments result = new Arguments(command, given, positionals);
        if (result.has(Command.HELP) || result.has(Command.VERSION)) {
            return result;
        }
        List<String> missing = command.allOptions().stream().filter(o -> o.isRequired() && !given.containsKey(o))
                .map(o -> "'" + o.withLabel() + "'").toList();
        if (!missing.isEmpty()) {
            throw new UsageException(command, "Missing required option" + (missing.size() > 1 ? "s: " : ": ")
                    + String.join(", ", missing));
        }
        Positional p = command.positional();
        int max = p == null ? 0 : p.max();
        if (positionals.size() > max) {
            throw new UsageException(command, "Unexpected argument: '" + positionals.get(max) + "'");
        }
        if (p != null && positionals.size() < p.min()) {
            throw new UsageException(command, "Missing required parameter: '" + p.synopsis() + "'");
        }
        return result;
    }

    private static Option known(Command command, String name, String typed) {
        Optional<Option> o = command.option(name);
        if (o.isEmpty()) {
            throw new UsageException(command, "Unknown option: '" + typed + "'" + hint(name,
                    command.allOptions().stream().map(Option::name).toList()));
        }
        return o.get();
    }

    private static String next(Command command, Option o, String[] args, int i) {
        if (i >= args.length || command.option(args[i]).isPresent()) {
            throw new UsageException(command, "Missing value for option '" + o.name() + "' (" + o.label() + ")");
        }
        return args[i];
    }

    private static void put(Command command, Map<Option, List<String>> given, Option o, String value) {
        List<String> values = given.computeIfAbsent(o, k -> new ArrayList<>());
        if (!values.isEmpty() && o.takesValue() && !o.isList()) {
            throw new UsageException(command, "Option '" + o.name() + "' (" + o.label() + ") is given more than once");
        }
        values.add(value == null ? "" : value);
    }

    /** "Did you mean …?" for the names one or two keystrokes away from what was typed. */
    static String hint(String typed, List<String> names) {
        String t = bare(typed);
        List<String> close = names.stream()
                .filter(n -> distance(t, bare(n)) <= Math.min(2, Math.max(1, bare(n).length() / 3)))
                .toList();
        return close.isEmpty() ? "" : "\nDid you mean: " + close.stream().collect(Collectors.joining(" or ")) + "?";
    }

    private static String bare(String name) {
        int eq = name.indexOf('=');
        String n = eq < 0 ? name : name.substring(0, eq);
        return n.replaceFirst("^-+", "");
    }

    /** Edits (a letter added, dropped, changed, or two neighbours swapped) from {@code a} to {@code b}. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            for (int j = 0; j <= b.length(); j++) {
                if (i == 0 || j == 0) {
                    d[i][j] = i + j;
                    continue;
                }
                int change = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + change);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
