package vn.vanban.load;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.dataformat.yaml.JacksonYAMLParseException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the bytes or characters of a data file into a {@link Node} tree with locations, or into
 * one {@link vn.vanban.Problem} when the file is not UTF-8, not well-formed, or hostile (too big,
 * too deep, YAML aliases). Immutable and thread-safe: the Jackson factories are configured once.
 */
final class TreeReader {

    /** A plan nests about 15 levels; anything far deeper is a broken or hostile file. */
    static final int MAX_DEPTH = 64;
    /** A large plan is a few hundred kilobytes. */
    static final int MAX_CHARS = 4_000_000;
    static final int MAX_STRING = 100_000;

    private static final String NO_ALIASES = "plan files allow no anchors or aliases; write the value out in full";

    /** How Jackson names what SnakeYAML read, e.g. {@code <org.yaml.snakeyaml.events.AliasEvent(anchor=a)>}. */
    private static final Pattern SNAKEYAML_EVENT = Pattern.compile("<org\\.yaml\\.snakeyaml\\.events\\.(\\w+)Event\\(([^)]*)\\)>");

    private final JsonFactory json;
    private final YAMLFactory yaml;

    TreeReader() {
        StreamReadConstraints constraints = StreamReadConstraints.builder()
                .maxNestingDepth(MAX_DEPTH)
                .maxStringLength(MAX_STRING)
                .maxDocumentLength(MAX_CHARS)
                .build();
        json = JsonFactory.builder().streamReadConstraints(constraints).build();
        LoaderOptions options = new LoaderOptions();
        // Aliases are refused outright below (Jackson's streaming parser would not expand them
        // anyway); these limits stay as a second line of defence should that ever change.
        options.setMaxAliasesForCollections(10);
        options.setNestingDepthLimit(MAX_DEPTH);
        options.setCodePointLimit(MAX_CHARS);
        options.setAllowDuplicateKeys(true); // reported by this class, with both locations
        yaml = YAMLFactory.builder().loaderOptions(options).streamReadConstraints(constraints)
                // "number:" with nothing after it means no number, as YAML says; "''" stays text.
                .enable(YAMLParser.Feature.EMPTY_STRING_AS_NULL)
                .build();
    }

    /** Thrown inside this class to stop at a problem after which nothing more can be read. */
    private static final class Fatal extends Exception {
        private static final long serialVersionUID = 1L;
        final int line;
        final int column;

        Fatal(int line, int column, String message) {
            super(message, null, false, false);
            this.line = line;
            this.column = column;
        }
    }

    /**
     * Decodes strict UTF-8, skipping a byte order mark; returns {@code null} after adding a
     * problem when the bytes are something else.
     */
    static String decode(byte[] bytes, Problems problems) {
        if (bytes.length > MAX_CHARS) {
            problems.add(0, 0, "", "the file is larger than " + MAX_CHARS / 1_000_000
                    + " MB; a plan is far smaller");
            return null;
        }
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
                || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE))) {
            problems.add(0, 0, "", "the file is UTF-16 text; save it as UTF-8");
            return null;
        }
        int start = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB
                && bytes[2] == (byte) 0xBF ? 3 : 0;
        int nul = indexOf(bytes, (byte) 0, start);
        if (nul >= 0) {
            // Every other byte zero is the mark of UTF-16 without a byte order mark.
            problems.add(0, 0, "", looksLikeUtf16(bytes, start)
                    ? "the file looks like UTF-16 text; save it as UTF-8"
                    : "the file is not UTF-8 text: it holds zero bytes, as binary files do; expected a YAML or JSON plan");
            return null;
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        try {
            return decoder.decode(in).toString();
        } catch (CharacterCodingException e) {
            int at = firstInvalid(bytes, start);
            problems.add(lineAt(bytes, at), 0, "", String.format(java.util.Locale.ROOT,
                    "the file is not UTF-8 text (byte 0x%02X on this line is not valid UTF-8); "
                            + "save it as UTF-8, not in a legacy encoding such as Windows-1258 or TCVN3",
                    bytes[at] & 0xFF));
            return null;
        }
    }

    private static int indexOf(byte[] bytes, byte b, int from) {
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return -1;
    }

    private static boolean looksLikeUtf16(byte[] bytes, int start) {
        int n = Math.min(bytes.length - start, 200);
        int evenZeros = 0;
        int oddZeros = 0;
        for (int i = 0; i < n; i++) {
            if (bytes[start + i] == 0) {
                if (i % 2 == 0) {
                    evenZeros++;
                } else {
                    oddZeros++;
                }
            }
        }
        int larger = Math.max(evenZeros, oddZeros);
        return larger >= n / 4 && Math.min(evenZeros, oddZeros) * 10 < larger;
    }

    /** Offset of the first byte that does not start or continue a valid UTF-8 sequence. */
    private static int firstInvalid(byte[] bytes, int start) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length + 1);
        java.nio.charset.CoderResult r = decoder.decode(in, out, true);
        return r.isError() ? in.position() : start;
    }

    private static int lineAt(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    /**
     * Parses text into a tree; returns {@code null} after adding a problem when the text is
     * empty or cannot be parsed. Duplicate keys are reported and the first value kept.
     */
    Node parse(String text, Format format, Problems problems) {
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        if (text.length() > MAX_CHARS) {
            problems.add(0, 0, "", "the file is larger than " + MAX_CHARS / 1_000_000
                    + " MB; a plan is far smaller");
            return null;
        }
        JsonFactory factory = format == Format.YAML ? yaml : json;
        String notation = format == Format.YAML ? "YAML" : "JSON";
        JsonParser p = null;
        try {
            p = factory.createParser(text);
            JsonToken t = p.nextToken();
            Node root = t == null ? null : value(p, t, "", 1, problems);
            if (root == null || root instanceof Node.Scalar s && s.isNull()) {
                problems.add(0, 0, "", "the file is empty; expected a plan");
                return null;
            }
            if (p.nextToken() != null) {
                JsonLocation l = p.currentTokenLocation();
                problems.add(l.getLineNr(), l.getColumnNr(), "", format == Format.YAML
                        ? "the file holds more than one YAML document; a plan file holds one"
                        : "unexpected content after the end of the plan");
                return null;
            }
            return root;
        } catch (Fatal f) {
            problems.add(f.line, f.column, "", f.getMessage());
        } catch (StreamConstraintsException e) {
            JsonLocation l = p == null ? null : p.currentLocation();
            problems.add(l == null ? 0 : l.getLineNr(), l == null ? 0 : l.getColumnNr(), "",
                    limitMessage(e.getOriginalMessage()));
        } catch (JacksonYAMLParseException e) {
            yamlProblem(e, problems);
        } catch (JsonParseException e) {
            JsonLocation l = e.getLocation();
            problems.add(l == null ? 0 : l.getLineNr(), l == null ? 0 : l.getColumnNr(), "",
                    "the " + notation + " is malformed: " + plain(e.getOriginalMessage()));
        } catch (JsonProcessingException e) {
            JsonLocation l = e.getLocation();
            problems.add(l == null ? 0 : l.getLineNr(), l == null ? 0 : l.getColumnNr(), "",
                    "the " + notation + " cannot be read: " + plain(e.getOriginalMessage()));
        } catch (org.yaml.snakeyaml.error.YAMLException e) {
            problems.add(0, 0, "", e.getMessage() != null && e.getMessage().contains("code points")
                    ? "the file is larger than " + MAX_CHARS / 1_000_000 + " MB; a plan is far smaller"
                    : "the YAML cannot be read: " + firstLine(e.getMessage()));
        } catch (IOException e) {
            problems.add(0, 0, "", "the file cannot be read: " + e.getMessage());
        } finally {
            if (p != null) {
                try {
                    p.close();
                } catch (IOException ignored) {
                    // Reading from a string: there is nothing to release.
                }
            }
        }
        return null;
    }

    private Node value(JsonParser p, JsonToken t, String path, int depth, Problems problems)
            throws IOException, Fatal {
        JsonLocation l = p.currentTokenLocation();
        int line = l.getLineNr();
        int col = l.getColumnNr();
        if (p instanceof YAMLParser y && y.isCurrentAlias()) {
            throw new Fatal(line, col, "the file uses the YAML alias *" + p.getText() + ", and " + NO_ALIASES);
        }
        if (depth > MAX_DEPTH) {
            throw new Fatal(line, col, depthMessage());
        }
        switch (t) {
            case START_OBJECT -> {
                Map<String, Node.Field> fields = new LinkedHashMap<>();
                for (JsonToken k = p.nextToken(); k == JsonToken.FIELD_NAME; k = p.nextToken()) {
                    String key = p.currentName();
                    JsonLocation kl = p.currentTokenLocation();
                    String keyPath = path.isEmpty() ? key : path + "." + key;
                    Node v = value(p, p.nextToken(), keyPath, depth + 1, problems);
                    Node.Field previous = fields.get(key);
                    if (previous != null) {
                        problems.add(kl.getLineNr(), kl.getColumnNr(), keyPath, "duplicate field '" + key
                                + "'; it is already given on line " + previous.line());
                    } else {
                        fields.put(key, new Node.Field(key, kl.getLineNr(), kl.getColumnNr(), v));
                    }
                }
                return new Node.MapNode(fields, line, col);
            }
            case START_ARRAY -> {
                List<Node> items = new ArrayList<>();
                for (JsonToken k = p.nextToken(); k != JsonToken.END_ARRAY; k = p.nextToken()) {
                    items.add(value(p, k, path + "[" + items.size() + "]", depth + 1, problems));
                }
                return new Node.ListNode(items, line, col);
            }
            case VALUE_STRING -> {
                String text = p.getText();
                if (text.length() > MAX_STRING) {
                    // Jackson's limit covers JSON only; SnakeYAML has none for one scalar.
                    throw new Fatal(line, col, limitMessage("string value length"));
                }
                return new Node.Scalar(Node.Kind.STRING, text, line, col);
            }
            case VALUE_NUMBER_INT -> {
                return new Node.Scalar(Node.Kind.INTEGER, p.getText(), line, col);
            }
            case VALUE_NUMBER_FLOAT -> {
                return new Node.Scalar(Node.Kind.DECIMAL, p.getText(), line, col);
            }
            case VALUE_TRUE -> {
                return new Node.Scalar(Node.Kind.TRUE, p.getText(), line, col);
            }
            case VALUE_FALSE -> {
                return new Node.Scalar(Node.Kind.FALSE, p.getText(), line, col);
            }
            case VALUE_NULL -> {
                return new Node.Scalar(Node.Kind.NULL, "", line, col);
            }
            default -> throw new Fatal(line, col, "unsupported value '" + p.getText()
                    + "'; expected text, a number, true or false, a list or a map");
        }
    }

    private static void yamlProblem(JacksonYAMLParseException e, Problems problems) {
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
                        ? "the file is larger than " + MAX_CHARS / 1_000_000 + " MB; a plan is far smaller"
                        : message != null && message.toLowerCase(java.util.Locale.ROOT).contains("nesting depth")
                        ? depthMessage()
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
        if (problem.startsWith("expected the node content, but found")) {
            return problem.replace("expected the node content, but found", "expected a value, found")
                    + "; put a text that begins with such a character in quotes";
        }
        return context.isEmpty() ? problem : problem + " (" + context + ")";
    }

    private static String limitMessage(String original) {
        String m = original == null ? "" : original.toLowerCase(java.util.Locale.ROOT);
        if (m.contains("nesting depth")) {
            return depthMessage();
        }
        if (m.contains("string value length")) {
            return "a text is longer than " + MAX_STRING + " characters; a plan has no text that long";
        }
        if (m.contains("document length")) {
            return "the file is larger than " + MAX_CHARS / 1_000_000 + " MB; a plan is far smaller";
        }
        return "the file exceeds a size limit: " + plain(original);
    }

    private static String depthMessage() {
        return "the data is nested more than " + MAX_DEPTH + " levels deep; a plan needs far fewer";
    }

    private static String firstLine(String s) {
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
        return m.endsWith(".") ? m.substring(0, m.length() - 1) : m;
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
