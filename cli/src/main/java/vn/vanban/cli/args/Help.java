package vn.vanban.cli.args;

import java.util.ArrayList;
import java.util.List;

/** The text of {@code --help} and the synopsis under a usage error, wrapped to 80 columns. */
public final class Help {

    private static final int WIDTH = 80;
    /** Where option descriptions start; longer names put theirs on the next line. */
    private static final int DESCRIPTION_COLUMN = 24;

    private Help() {
    }

    /**
     * {@code Usage: vanban batch --output=DIR [OPTIONS] DIR|FILE...}: the required options by
     * name, the others as one word.
     */
    public static String synopsis(Command c) {
        StringBuilder sb = new StringBuilder("Usage: ").append(c.name());
        for (Option o : c.allOptions()) {
            if (o.isRequired()) {
                sb.append(' ').append(o.withLabel());
            }
        }
        sb.append(" [OPTIONS]");
        if (!c.subcommands().isEmpty()) {
            sb.append(" COMMAND");
        }
        if (c.positional() != null) {
            sb.append(' ').append(c.positional().synopsis());
        }
        return sb.append('\n').toString();
    }

    /** The whole help: synopsis, description, arguments and options, subcommands, footer. */
    public static String of(Command c) {
        StringBuilder sb = new StringBuilder(synopsis(c));
        paragraphs(sb, c.description());
        sb.append('\n');
        if (c.positional() != null) {
            row(sb, "      " + c.positional().synopsis(), c.positional().description());
        }
        for (Option o : c.allOptions()) {
            String names = o.names().size() > 1 ? "  " + String.join(", ", o.names().subList(0, o.names().size() - 1))
                    + ", " + o.withLabel() : "      " + o.withLabel();
            row(sb, names, o.description());
        }
        if (!c.subcommands().isEmpty()) {
            sb.append("\nCommands:\n");
            int width = c.subcommands().stream().mapToInt(s -> s.word().length()).max().orElse(0) + 4;
            for (Command s : c.subcommands()) {
                String left = "  " + s.word();
                sb.append(left).append(" ".repeat(width - left.length()));
                indentLines(sb, wrap(s.summary(), WIDTH - width), width);
            }
        }
        paragraphs(sb, c.footer());
        return sb.toString();
    }

    private static void paragraphs(StringBuilder sb, List<String> paragraphs) {
        for (String p : paragraphs) {
            for (String line : wrap(p, WIDTH)) {
                sb.append(line).append('\n');
            }
        }
    }

    /** Names on the left; the description from {@link #DESCRIPTION_COLUMN}, its later lines 2 further in. */
    private static void row(StringBuilder sb, String names, String description) {
        if (names.length() > DESCRIPTION_COLUMN - 2) {
            sb.append(names).append('\n').append(" ".repeat(DESCRIPTION_COLUMN));
        } else {
            sb.append(names).append(" ".repeat(DESCRIPTION_COLUMN - names.length()));
        }
        List<String> lines = wrap(description, WIDTH - DESCRIPTION_COLUMN);
        sb.append(lines.get(0)).append('\n');
        for (String more : wrap(String.join(" ", lines.subList(1, lines.size())), WIDTH - DESCRIPTION_COLUMN - 2)) {
            if (!more.isEmpty()) {
                sb.append(" ".repeat(DESCRIPTION_COLUMN + 2)).append(more).append('\n');
            }
        }
    }

    private static void indentLines(StringBuilder sb, List<String> lines, int indent) {
        for (int i = 0; i < lines.size(); i++) {
            sb.append(i == 0 ? "" : " ".repeat(indent)).append(lines.get(i)).append('\n');
        }
    }

    /** Lines of at most {@code width} characters, broken between words; "" stays one empty line. */
    static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (word.isEmpty()) {
                continue;
            }
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        lines.add(line.toString());
        return lines;
    }
}
