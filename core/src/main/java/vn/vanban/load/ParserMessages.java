package vn.vanban.load;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.dataformat.yaml.JacksonYAMLParseException;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parsers' own messages reworded for the person who wrote the file: no internals ("code 125",
 * "[Source: …]", parser events), the mistakes people make most told with their fix, and each
 * placed where the mistake is rather than where the parser gave up.
 */
final class ParserMessages {

    static final String NO_ALIASES = "plan files allow no anchors or aliases; write the value out in full";

    /** How Jackson names what SnakeYAML read, e.g. {@code <org.yaml.snakeyaml.events.AliasEvent(anchor=a)>}. */
    private static final Pattern SNAKEYAML_EVENT = Pattern.compile("<org\\.yaml\\.snakeyaml\\.events\\.(\\w+)Event\\(([^)]*)\\)>");

    /** A parser's message is cut here: it may quote the file, and a message never echoes much of one. */
    private static final int LONGEST = 300;

    private ParserMessages() {
    }

    static void yamlProblem(JacksonYAMLParseException e, String document, Problems problems) {
        Throwable cause = e.getCause();
        if (cause instanceof MarkedYAMLException m) {
            Mark mark = m.getProblemMark() != null ? m.getProblemMark() : m.getContextMark();
            String what = m.getProblem() != null ? m.getProblem() : "syntax error";
            String context = m.getContext() == null ? "" : m.getContext();
            if (what.contains("end of stream") && context.contains("quoted scalar") && m.getContextMark() != null) {
                // SnakeYAML points at the end of the file; the mistake is where the quote opened.
                mark = m.getContextMark();
                what = "a quotation mark opens a text here and is never closed";
            } else if (what.startsWith("could not find expected ':'") && m.getContextMark() != null) {
                // Again the end of the search, not the line that lacks its ':'.
                mark = m.getContextMark();
                what = "this line is neither 'field: value' nor a '- ' list item (a field needs a space after its ':')";
            } else {
                what = explained(what, context);
            }
            problems.add(mark == null ? 0 : mark.getLine() + 1, mark == null ? 0 : mark.getColumn() + 1, "",
                    "the YAML is malformed: " + plain(what));
            return;
        }
        JsonLocation l = e.getLocation();
        String message = cause != null && cause.getMessage() != null ? cause.getMessage() : e.getOriginalMessage();
        problems.add(l == null ? 0 : l.getLineNr(), l == null ? 0 : l.getColumnNr(), "",
                message != null && message.contains("code points")
                        ? TextDecoder.tooLarge()
                        : message != null && message.toLowerCase(Locale.ROOT).contains("nesting depth")
                        ? depthMessage(document)
                        : "the YAML is malformed: " + plain(firstLine(message)));
    }

    /**
     * SnakeYAML's wording of the mistakes people make most — a line indented unlike its
     * neighbours, a ':' or a leading '-', '[' or '{' in unquoted text — told with the fix.
     */
    private static String explained(String problem, String context) {
        if (problem.contains("\\t(TAB)")) {
            // SnakeYAML's wording ("'\t(TAB)' that cannot start any token") hides the fix.
            return "a tab is used for indentation; YAML indents with spaces only";
        }
        if (problem.startsWith("mapping values are not allowed")) {
            return "a ':' here would start a field where none can be: this line is probably indented "
                    + "unlike the lines above it, or it holds a text with ': ' that needs quotes";
        }
        if (problem.startsWith("expected <block end>")) {
            return "this line is indented unlike the lines above it at the same level";
        }
        if (problem.startsWith("sequence entries are not allowed")) {
            return "a '- ' list item cannot start here: check the indentation, or put a text that "
                    + "begins with '-' in quotes";
        }
        if (problem.startsWith("expected the node content, but found '<stream end>'")) {
            return "the file ends where a value is expected";
        }
        if (problem.startsWith("expected the node content, but found")) {
            return problem.replace("expected the node content, but found", "expected a value, found")
                    + "; put a text that begins with such a character in quotes";
        }
        return context.isEmpty() ? problem : problem + " (" + context + ")";
    }

    /** A parser's limit told as a rule of the data; {@code document} is what the file holds ("plan", "progress file"). */
    static String limitMessage(String original, String document) {
        String m = original == null ? "" : original.toLowerCase(Locale.ROOT);
        if (m.contains("nesting depth")) {
            return depthMessage(document);
        }
        if (m.contains("string value length")) {
            return "a text is longer than " + TreeReader.MAX_STRING + " characters; a " + document
                    + " has no text that long";
        }
        if (m.contains("document length")) {
            return TextDecoder.tooLarge();
        }
        return "the file exceeds a size limit: " + plain(original);
    }

    static String depthMessage(String document) {
        return "the data is nested more than " + TreeReader.MAX_DEPTH + " levels deep; a " + document
                + " needs far fewer";
    }

    static String firstLine(String s) {
        if (s == null) {
            return "syntax error";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    /** Parser wording without internal details: no "(code 125)", no "[Source: …]", no parser events. */
    static String plain(String message) {
        if (message == null) {
            return "syntax error";
        }
        String m = message
                .replaceAll("\\s*\\(start marker at \\[Source: [^;]*; line: (\\d+), column: (\\d+)\\]\\)",
                        " (opened on line $1, column $2)")
                .replaceAll("\\s*\\[Source: [^\\]]*\\]", "")
                .replaceAll(" \\(code \\d+\\)", "")
                .replace("Expected a field name (Scalar value in YAML), got this instead:", "expected a field name, found")
                // Jackson's advice is about its own switches; the reader of the message needs the JSON rule.
                .replaceAll("maybe a \\(non-standard\\) comment\\? \\(not recognized as one since Feature '\\w+' "
                        + "not enabled for parser\\)", "JSON has no comments (a YAML plan file may have them)")
                .replaceAll("Non-standard token '([^']*)': enable `[\\w.]+` to allow", "'$1' is not a number JSON knows")
                .replaceAll("Illegal unquoted character \\(\\(CTRL-CHAR, code 10\\)\\): has to be escaped using "
                        + "backslash to be included in string value", "a text in double quotes runs on past the end "
                        + "of its line: close it with '\"', or write a line break inside it as \\\\n")
                .replaceAll("Illegal unquoted character \\(\\(CTRL-CHAR, code 9\\)\\): has to be escaped using "
                        + "backslash to be included in string value", "a tab inside a text is written \\\\t in JSON")
                .replace("(JSON String, Number, Array, Object or token 'null', 'true' or 'false')",
                        "a value: a text in double quotes, a number, a list [...], a map {...}, true, false or null")
                .replaceAll("\\s+", " ")
                .strip();
        m = SNAKEYAML_EVENT.matcher(m).replaceAll(r -> Matcher.quoteReplacement(event(r.group(1), r.group(2))));
        m = m.endsWith(".") ? m.substring(0, m.length() - 1) : m;
        return m.length() > LONGEST ? m.substring(0, LONGEST - 1) + "…" : m;
    }

    private static String event(String type, String detail) {
        return switch (type) {
            case "Alias" -> "the alias *" + detail.replaceFirst("^anchor=", "") + " (" + NO_ALIASES + ")";
            case "SequenceStart" -> "a list";
            case "MappingStart" -> "a map";
            case "Scalar" -> "a value";
            default -> "something else";
        };
    }
}
