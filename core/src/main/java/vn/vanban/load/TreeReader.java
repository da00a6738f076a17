package vn.vanban.load;

import vn.vanban.common.Format;
import com.fasterxml.jackson.core.ErrorReportConfiguration;
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

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static vn.vanban.load.ParserMessages.depthMessage;
import static vn.vanban.load.ParserMessages.limitMessage;
import static vn.vanban.load.ParserMessages.plain;

/**
 * Turns the characters of a data file (a plan, a layout profile) into a {@link Node} tree with
 * locations, or into one {@link vn.vanban.common.Problem} when the file is not well-formed or hostile
 * (too big, too deep, YAML aliases). Immutable and thread-safe: the Jackson factories are
 * configured once.
 */
public final class TreeReader {

    /** A plan nests about 15 levels; anything far deeper is a broken or hostile file. */
    static final int MAX_DEPTH = 64;
    static final int MAX_STRING = 100_000;
    /**
     * A large plan holds some ten thousand values (texts, numbers, lists, maps); a file of 4 MB
     * can hold two million tiny ones ("[a,a,a,…]"), and the tree alone would need hundreds of
     * megabytes. This bounds the tree to a few tens.
     */
    static final int MAX_VALUES = 200_000;

    /** The kinds of scalar read as written, by the parser's token. */
    private static final Map<JsonToken, Node.Kind> SCALARS = Map.of(JsonToken.VALUE_NUMBER_INT, Node.Kind.INTEGER,
            JsonToken.VALUE_NUMBER_FLOAT, Node.Kind.DECIMAL, JsonToken.VALUE_TRUE, Node.Kind.TRUE,
            JsonToken.VALUE_FALSE, Node.Kind.FALSE);

    private final JsonFactory json;
    private final YAMLFactory yaml;
    /** What a file of this reader holds, as messages name it: "plan". */
    private final String document;

    /** A reader of plan files. */
    public TreeReader() {
        this("plan");
    }

    /** A reader of files that each hold one {@code document} ("layout profile"). */
    public TreeReader(String document) {
        this.document = document;
        StreamReadConstraints constraints = StreamReadConstraints.builder()
                .maxNestingDepth(MAX_DEPTH)
                .maxStringLength(MAX_STRING)
                .maxDocumentLength(TextDecoder.MAX_BYTES)
                .build();
        // A parser quotes the token it could not read; a message never echoes more than an excerpt.
        ErrorReportConfiguration excerpts = ErrorReportConfiguration.builder()
                .maxErrorTokenLength(Problems.EXCERPT).maxRawContentLength(Problems.EXCERPT).build();
        json = JsonFactory.builder().streamReadConstraints(constraints).errorReportConfiguration(excerpts).build();
        LoaderOptions options = new LoaderOptions();
        // Aliases are refused outright below (Jackson's streaming parser would not expand them
        // anyway); these limits stay as a second line of defence should that ever change.
        options.setMaxAliasesForCollections(10);
        options.setNestingDepthLimit(MAX_DEPTH);
        options.setCodePointLimit(TextDecoder.MAX_BYTES);
        options.setAllowDuplicateKeys(true); // reported by this class, with both locations
        yaml = YAMLFactory.builder().loaderOptions(options).streamReadConstraints(constraints)
                .errorReportConfiguration(excerpts)
                // "number:" with nothing after it means no number, as YAML says; "''" stays text.
                .enable(YAMLParser.Feature.EMPTY_STRING_AS_NULL)
                .build();
    }

    /** Counts the values of one file as they are read, and holds its YAML text (null for JSON). */
    private static final class Count {
        final Source source;
        int values;

        Count(Source source) {
            this.source = source;
        }
    }

    /**
     * The text of a YAML file, to tell what its parser's events do not: whether a map or a list
     * is written in brackets, and whether a key in brackets has a ':' after it. A value stands at
     * its line and column (both from 1) in the text.
     */
    private static final class Source {
        private final String text;
        private final int[] lineStarts;

        Source(String text) {
            this.text = text;
            lineStarts = IntStream.concat(IntStream.of(0),
                    IntStream.range(0, text.length()).filter(i -> text.charAt(i) == '\n').map(i -> i + 1)).toArray();
        }

        private int offset(int line, int column) {
            if (line < 1 || line > lineStarts.length || column < 1) {
                return -1;
            }
            int at = lineStarts[line - 1] + column - 1;
            return at < text.length() ? at : -1;
        }

        /** Whether the value at (line, column) opens with {@code bracket}. */
        boolean opens(int line, int column, char bracket) {
            int at = offset(line, column);
            return at >= 0 && text.charAt(at) == bracket;
        }

        /**
         * Whether the key at (line, column), in a map in brackets, stands alone: a ',' or the
         * closing '}' comes before any ':' (quotes and nested brackets skipped).
         */
        boolean bareKey(int line, int column) {
            int at = offset(line, column);
            if (at < 0) {
                return false;
            }
            char quote = 0;
            int depth = 0;
            for (int i = at; i < text.length(); i++) {
                char c = text.charAt(i);
                if (quote != 0) {
                    quote = c == quote ? 0 : quote;
                } else if (c == '"' || c == '\'') {
                    quote = i == at ? c : quote;
                } else if (c == '[' || c == '{') {
                    depth++;
                } else if ((c == ']' || c == '}') && depth > 0) {
                    depth--;
                } else if (depth == 0 && c == ':' && (i + 1 == text.length() || " \t\r\n,}]".indexOf(text.charAt(i + 1)) >= 0)) {
                    return false;
                } else if (depth == 0 && (c == ',' || c == '}')) {
                    return true;
                }
            }
            return false;
        }
    }

    /** Thrown inside this class to stop at a problem after which nothing more can be read. */
    private static final class Fatal extends Exception {
        private static final long serialVersionUID = 1L;
        final int line;
        final int column;
        /** The field path of the value, when the problem is one value's ("rows[3].result"); else "". */
        final String path;

        Fatal(int line, int column, String path, String message) {
            super(message, null, false, false);
            this.line = line;
            this.column = column;
            this.path = path;
        }
    }

    /** Decodes and parses bytes (see {@link TextDecoder}); {@code null} after adding a problem. */
    public Node parse(byte[] bytes, Format format, Problems problems) {
        String text = TextDecoder.decode(bytes, problems);
        return text == null ? null : parse(text, format, problems);
    }

    /**
     * Parses text into a tree; returns {@code null} after adding a problem when the text is
     * empty or cannot be parsed. Duplicate keys are reported and the first value kept.
     */
    public Node parse(String text, Format format, Problems problems) {
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        if (text.length() > TextDecoder.MAX_BYTES) {
            problems.add(0, 0, "", TextDecoder.tooLarge());
            return null;
        }
        JsonFactory factory = format == Format.YAML ? yaml : json;
        String notation = format == Format.YAML ? "YAML" : "JSON";
        JsonParser p = null;
        try {
            p = factory.createParser(text);
            JsonToken t = p.nextToken();
            Source source = format == Format.YAML ? new Source(text) : null;
            Node root = t == null ? null : value(p, t, "", 1, new Count(source), problems);
            if (root == null || root instanceof Node.Scalar s && s.isNull()) {
                problems.add(0, 0, "", "the file is empty; expected a " + document);
                return null;
            }
            if (p.nextToken() != null) {
                JsonLocation l = p.currentTokenLocation();
                problems.add(l.getLineNr(), l.getColumnNr(), "", format == Format.YAML
                        ? "the file holds more than one YAML document; a " + document + " file holds one"
                        : "unexpected content after the end of the " + document);
                return null;
            }
            return root;
        } catch (Fatal f) {
            problems.add(f.line, f.column, f.path, f.getMessage());
        } catch (StreamConstraintsException e) {
            JsonLocation l = p == null ? null : p.currentLocation();
            problems.add(l == null ? 0 : l.getLineNr(), l == null ? 0 : l.getColumnNr(), "",
                    limitMessage(e.getOriginalMessage(), document));
        } catch (JacksonYAMLParseException e) {
            ParserMessages.yamlProblem(e, document, problems);
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
                    ? TextDecoder.tooLarge()
                    : "the YAML cannot be read: " + plain(ParserMessages.firstLine(e.getMessage())));
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

    /**
     * Warns of items of a list in brackets that look like the rest of the item before them, cut
     * at its comma: "[Các sở, ban, ngành tỉnh]" is three items, "ban" and "ngành tỉnh" starting in
     * lower case as no item of a list does. One warning a run of such items, at its first.
     */
    private static void cutItems(List<Node> items, String path, Source source, Problems problems) {
        for (int i = 1; i < items.size(); i++) {
            if (!lowerCasePlain(items.get(i), source) || !(items.get(i - 1) instanceof Node.Scalar before)
                    || before.kind() != Node.Kind.STRING || lowerCasePlain(before, source)) {
                continue;
            }
            int end = i;
            StringBuilder whole = new StringBuilder(before.text());
            while (end < items.size() && lowerCasePlain(items.get(end), source)) {
                whole.append(", ").append(((Node.Scalar) items.get(end)).text());
                end++;
            }
            Node first = items.get(i);
            problems.warn(first.line(), first.column(), path + "[" + i + "]", Problems.quote(((Node.Scalar) first).text())
                    + " starts in lower case after a comma: in a list in brackets […] a comma ends an item, so "
                    + Problems.quote(whole.toString()) + " makes " + (end - i + 1) + " items; if it is one, put it in "
                    + "quotes: [" + Values.quoted(whole.toString()) + "]");
            i = end;
        }
    }

    /** Whether a list item is text written without quotes that starts with a lower-case letter. */
    private static boolean lowerCasePlain(Node n, Source source) {
        return n instanceof Node.Scalar s && s.kind() == Node.Kind.STRING && !s.text().isEmpty()
                && Character.isLowerCase(s.text().codePointAt(0)) && !source.opens(s.line(), s.column(), '"')
                && !source.opens(s.line(), s.column(), '\'');
    }

    private Node value(JsonParser p, JsonToken t, String path, int depth, Count count, Problems problems)
            throws IOException, Fatal {
        JsonLocation l = p.currentTokenLocation();
        int line = l.getLineNr();
        int col = l.getColumnNr();
        if (++count.values > MAX_VALUES) {
            throw new Fatal(line, col, "", "the file holds more than " + MAX_VALUES + " values (texts, numbers, "
                    + "lists and maps); a " + document + " has far fewer");
        }
        if (p instanceof YAMLParser y && y.isCurrentAlias()) {
            throw new Fatal(line, col, "", "the file uses the YAML alias *" + Problems.excerpt(p.getText()) + ", and "
                    + ParserMessages.NO_ALIASES);
        }
        if (depth > MAX_DEPTH) {
            throw new Fatal(line, col, "", depthMessage(document));
        }
        switch (t) {
            case START_OBJECT -> {
                boolean flow = count.source != null && count.source.opens(line, col, '{');
                Map<String, Node.Field> fields = new LinkedHashMap<>();
                for (JsonToken k = p.nextToken(); k == JsonToken.FIELD_NAME; k = p.nextToken()) {
                    String key = p.currentName();
                    JsonLocation kl = p.currentTokenLocation();
                    String keyPath = path.isEmpty() ? key : path + "." + key;
                    Node v = value(p, p.nextToken(), keyPath, depth + 1, count, problems);
                    Node.Field previous = fields.get(key);
                    if (previous != null) {
                        problems.add(kl.getLineNr(), kl.getColumnNr(), keyPath, "duplicate field " + Problems.quote(key)
                                + "; it is already given on line " + previous.line());
                    } else {
                        fields.put(key, new Node.Field(key, kl.getLineNr(), kl.getColumnNr(), v, flow
                                && v instanceof Node.Scalar s && s.isNull()
                                && count.source.bareKey(kl.getLineNr(), kl.getColumnNr())));
                    }
                }
                return new Node.MapNode(fields, line, col, flow);
            }
            case START_ARRAY -> {
                List<Node> items = new ArrayList<>();
                for (JsonToken k = p.nextToken(); k != JsonToken.END_ARRAY; k = p.nextToken()) {
                    items.add(value(p, k, path + "[" + items.size() + "]", depth + 1, count, problems));
                }
                boolean flow = count.source != null && count.source.opens(line, col, '[');
                if (flow) {
                    cutItems(items, path, count.source, problems);
                }
                return new Node.ListNode(items, line, col, flow);
            }
            case VALUE_STRING -> {
                String text;
                try {
                    text = p.getText();
                } catch (StreamConstraintsException e) {
                    // JSON: Jackson reads a text when it is asked for, and its limit is told here, with the path.
                    throw new Fatal(line, col, path, limitMessage(e.getOriginalMessage(), document));
                }
                if (text.length() > MAX_STRING) {
                    // Jackson's limit covers JSON only; SnakeYAML has none for one scalar.
                    throw new Fatal(line, col, path, limitMessage("string value length", document));
                }
                return new Node.Scalar(Node.Kind.STRING, text, line, col);
            }
            case VALUE_NULL -> {
                return new Node.Scalar(Node.Kind.NULL, "", line, col);
            }
            default -> {
                Node.Kind kind = SCALARS.get(t);
                if (kind == null) {
                    throw new Fatal(line, col, "", "unsupported value " + Problems.quote(p.getText())
                            + "; expected text, a number, true or false, a list or a map");
                }
                return new Node.Scalar(kind, p.getText(), line, col);
            }
        }
    }
}
