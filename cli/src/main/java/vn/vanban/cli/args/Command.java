package vn.vanban.cli.args;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a command accepts — its options, its other arguments, its subcommands — and the text of its
 * help. Every command also takes the three {@linkplain #STANDARD standard options}.
 *
 * @param name        the name as typed from the program on ({@code vanban render})
 * @param description paragraphs of help; the first is the summary a parent's help lists
 * @param footer      paragraphs after the options
 * @param positional  the arguments that are not options, or null for none
 * @param options     the command's own options, in the order help lists them
 * @param subcommands the commands one level down, for a program's top command
 */
public record Command(String name, List<String> description, List<String> footer, Positional positional,
                      List<Option> options, List<Command> subcommands) {

    public static final Option HELP = Option.flag("Show this help message and exit.", "-h", "--help");
    public static final Option VERSION = Option.flag("Print version information and exit.", "-V", "--version");
    public static final Option DEBUG = Option.flag("Print stack traces of errors.", "--debug");
    /** Taken by every command, listed after its own options. */
    public static final List<Option> STANDARD = List.of(HELP, VERSION, DEBUG);

    public Command {
        description = List.copyOf(description);
        footer = List.copyOf(footer);
        options = List.copyOf(options);
        subcommands = List.copyOf(subcommands);
        List<String> seen = new ArrayList<>();
        for (Option o : all(options)) {
            for (String n : o.names()) {
                if (seen.contains(n)) {
                    throw new IllegalArgumentException(name + ": the option " + n + " is declared twice");
                }
                seen.add(n);
            }
        }
    }

    /** A command without subcommands. */
    public static Command of(String name, List<String> description, List<String> footer, Positional positional,
                             List<Option> options) {
        return new Command(name, description, footer, positional, options, List.of());
    }

    /** The command's own options, then the standard ones. */
    public List<Option> allOptions() {
        return all(options);
    }

    private static List<Option> all(List<Option> own) {
        List<Option> all = new ArrayList<>(own);
        all.addAll(STANDARD);
        return all;
    }

    /** The first paragraph of the description. */
    public String summary() {
        return description.isEmpty() ? "" : description.get(0);
    }

    /** The word that selects this command under its parent ({@code render}). */
    public String word() {
        return name.substring(name.lastIndexOf(' ') + 1);
    }

    /** The option that {@code name} names exactly, if any. */
    public Optional<Option> option(String name) {
        return allOptions().stream().filter(o -> o.names().contains(name)).findFirst();
    }

    public Optional<Command> subcommand(String word) {
        return subcommands.stream().filter(c -> c.word().equals(word)).findFirst();
    }
}
