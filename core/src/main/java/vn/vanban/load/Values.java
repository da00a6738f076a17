package vn.vanban.load;

import java.math.BigInteger;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads typed values out of a located tree, reporting each problem where it stands and going on:
 * every method returns {@code null} for a value it could not read, after saying why. The plan's
 * readers and the layout profile's loader share it, so that both word their problems alike.
 * <p>
 * It also remembers the paths it reported (it <em>settles</em> them): a rule checked later on
 * the model then says nothing more about a value already reported, nor about anything in it.
 * One instance per file, never shared.
 */
public final class Values {

    private static final String BYTE_ORDER_MARK = "\uFEFF";
    /** A soft hyphen: Word's optional break, pasted along with the words. */
    private static final String SOFT_HYPHEN = "\u00AD";
    private static final Pattern WHOLE = Pattern.compile("[+-]?[0-9]+");
    private static final Pattern DECIMAL = Pattern.compile("[+-]?([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][+-]?[0-9]+)?");

    private final Problems problems;
    private final Set<String> settled = new HashSet<>();

    public Values(Problems problems) {
        this.problems = problems;
    }

    /** Reports a problem with the value at {@code path}, which is then settled. */
    public void report(Node at, String path, String message) {
        report(at.line(), at.column(), path, message);
    }

    public void report(int line, int column, String path, String message) {
        problems.add(line, column, path, message);
        settled.add(path);
    }

    /** Marks a path as said: nothing more is reported about it or anything in it. */
    public void settle(String path) {
        settled.add(path);
    }

    /** Whether {@code path}, or a value it is part of, was reported or settled. */
    public boolean isSettled(String path) {
        return Stream.iterate(path, Objects::nonNull, Paths::parent).anyMatch(settled::contains);
    }

    /** The fields of {@code n} if it is a map, else {@code null} after reporting what was found. */
    public Fields fields(Node n, String path, List<String> accepted, String expected) {
        if (n instanceof Node.MapNode m) {
            return new Fields(this, m, path, accepted);
        }
        report(n, path, "expected " + expected + ", found " + n.describe());
        return null;
    }

    /** The items of a list, or none after reporting that {@code n} is no list. */
    public List<Node> list(Node n, String path) {
        if (n instanceof Node.ListNode l) {
            return l.items();
        }
        report(n, path, "expected a list, found " + n.describe());
        return List.of();
    }

    /**
     * Each item of a list as {@code read} reads it at its path; none after reporting that {@code n}
     * is no list. An item {@code read} could not read (it returns {@code null} after saying why) stands
     * as {@code placeholder}, its path settled, so that the items after it keep their paths.
     */
    public <T> List<T> items(Node n, String path, BiFunction<Node, String, T> read, T placeholder) {
        List<Node> items = list(n, path);
        List<T> out = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            T item = read.apply(items.get(i), Paths.index(path, i));
            if (item == null) {
                settle(Paths.index(path, i));
            }
            out.add(item == null ? placeholder : item);
        }
        return out;
    }

    /**
     * A scalar's text as written (a number or a boolean too), in NFC and without stray byte
     * order marks; {@code null} after reporting a map, a list or nothing.
     */
    public String text(Node n, String path) {
        if (n instanceof Node.MapNode m && cutAtColon(m) != null) {
            report(n, path, cutAtColon(m));
            return null;
        }
        if (!(n instanceof Node.Scalar s) || s.isNull()) {
            report(n, path, "expected text, found " + n.describe());
            return null;
        }
        // A byte-order mark inside a text is what joining or pasting files leaves behind: it
        // means nothing there, no font has a glyph for it, and the PDF would print '#'. A soft
        // hyphen comes pasted from Word or the web: Vietnamese words are not hyphenated, and the
        // PDF, whose lines are set as the layout breaks them, would print it mid-line as '-'.
        return Normalizer.normalize(s.text().replace(BYTE_ORDER_MARK, "").replace(SOFT_HYPHEN, ""),
                Normalizer.Form.NFC);
    }

    /** {@link #text} with the ends stripped: a one-line value. */
    public String line(Node n, String path) {
        String v = text(n, path);
        return v == null ? null : v.strip();
    }

    /** A whole number of any size written as a number or as text. */
    public BigInteger whole(Node n, String path) {
        if (n instanceof Node.Scalar s && (s.kind() == Node.Kind.INTEGER || s.kind() == Node.Kind.STRING)
                && WHOLE.matcher(s.text().strip()).matches()) {
            return new BigInteger(s.text().strip());
        }
        report(n, path, "expected a whole number, found " + n.describe());
        return null;
    }

    /**
     * A whole number that Java's {@code int} holds, for a field that must be positive: the sign
     * is checked with the model's rules, what no {@code int} holds is reported here.
     */
    public Integer positive(Node n, String path) {
        BigInteger v = whole(n, path);
        if (v == null) {
            return null;
        }
        if (v.compareTo(BigInteger.valueOf(Integer.MIN_VALUE)) < 0) {
            report(n, path, "expected a positive whole number, found " + n.describe());
            return null;
        }
        if (v.compareTo(BigInteger.valueOf(Integer.MAX_VALUE)) > 0) {
            report(n, path, "expected a whole number up to " + Integer.MAX_VALUE + ", found " + n.describe());
            return null;
        }
        return v.intValue();
    }

    /** A finite number, whole or decimal. */
    public Double number(Node n, String path) {
        if (n instanceof Node.Scalar s && (s.kind() == Node.Kind.INTEGER || s.kind() == Node.Kind.DECIMAL)
                && DECIMAL.matcher(s.text().strip()).matches()) {
            double d = Double.parseDouble(s.text().strip());
            if (Double.isFinite(d)) {
                return d;
            }
        }
        report(n, path, "expected a number, found " + n.describe());
        return null;
    }

    public Boolean bool(Node n, String path) {
        if (n instanceof Node.Scalar s && (s.kind() == Node.Kind.TRUE || s.kind() == Node.Kind.FALSE)) {
            return s.kind() == Node.Kind.TRUE;
        }
        report(n, path, "expected true or false, found " + n.describe());
        return null;
    }

    /** One of an enum's constants, named in any case; {@code name} says how files write each. */
    public <E extends Enum<E>> E choice(Node n, String path, E[] values, Function<E, String> name) {
        List<String> names = Arrays.stream(values).map(name).toList();
        String v = n instanceof Node.Scalar s && s.kind() == Node.Kind.STRING ? s.text().strip() : null;
        for (E e : v == null ? List.<E>of() : Arrays.asList(values)) {
            if (name.apply(e).equalsIgnoreCase(v) || e.name().equalsIgnoreCase(v)) {
                return e;
            }
        }
        report(n, path, "expected one of: " + String.join(", ", names) + ", found " + n.describe()
                + (v == null ? "" : didYouMean(v, names)));
        return null;
    }

    /**
     * When text was expected and a map of one field with a text or number came instead (YAML
     * reads "VPUB: CVP, PCVP" as a map because of its ": "), what to say about it: that the text
     * was cut at ": ", and how to quote it. {@code null} for any other map.
     */
    static String cutAtColon(Node.MapNode m) {
        // A map in braces was written as one on purpose.
        if (m.fields().size() != 1 || m.flow()) {
            return null;
        }
        Node.Field f = m.fields().values().iterator().next();
        if (!(f.value() instanceof Node.Scalar s) || s.isNull() || f.key().isBlank()) {
            return null;
        }
        String whole = f.key() + ": " + s.text();
        return "expected text, found a map: YAML reads the ': ' in " + Problems.quote(whole) + " as the start of a "
                + "value; to keep it as text, put it in quotes: " + quoted(whole);
    }

    /**
     * The keys of a map in braces that are the rest of the text before them, cut at a comma
     * ("{task: Sơ kết, báo cáo năm 2025, lead: …}" reads "báo cáo năm 2025" as a key without a
     * value): said once a run, at the field whose text was cut, with the quoted form. Returns the
     * keys so explained, which are no fields of their own.
     */
    public Set<String> cutAtComma(Node.MapNode m, String path) {
        Set<String> cut = new HashSet<>();
        if (!m.flow()) {
            return cut;
        }
        Node.Field before = null;
        StringBuilder whole = null;
        Node.Field first = null;
        for (Node.Field f : m.fields().values()) {
            if (f.bare() && whole != null) {
                whole.append(", ").append(f.key());
                first = first == null ? f : first;
                cut.add(f.key());
                continue;
            }
            reportCut(before, first, whole, path);
            first = null;
            whole = null;
            before = f;
            if (!f.bare() && f.value() instanceof Node.Scalar s && !s.isNull()) {
                whole = new StringBuilder(s.text());
            }
        }
        reportCut(before, first, whole, path);
        return cut;
    }

    private void reportCut(Node.Field before, Node.Field first, StringBuilder whole, String path) {
        if (first == null) {
            return;
        }
        report(first.line(), first.column(), Paths.at(path, before.key()), Problems.quote(first.key())
                + " follows the text of '" + before.key() + "' after a comma: in a map in braces {…} a comma ends "
                + "a value, so the text was cut there; put the whole text in quotes: " + before.key() + ": "
                + quoted(whole.toString()));
    }

    /** A text in double quotes as YAML and JSON write it, cut as an excerpt. */
    static String quoted(String text) {
        return "\"" + Problems.excerpt(text).replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** "unknown field 'x'; expected one of: a, b; did you mean 'a'?" */
    public static String unknown(String what, String found, List<String> accepted) {
        return "unknown " + what + " " + Problems.quote(found) + "; expected one of: " + String.join(", ", accepted)
                + didYouMean(found, accepted);
    }

    /** "; did you mean 'x'?" when a name is close to {@code found}, else nothing. */
    private static String didYouMean(String found, List<String> names) {
        return Suggestions.closest(found, names).map(x -> "; did you mean '" + x + "'?").orElse("");
    }

    /**
     * Why a document cannot hold {@code text}, or {@code null}: a control character (C0 but tab
     * and line breaks, DEL, C1), a lone surrogate, a non-character; a line or paragraph separator
     * (U+2028, U+2029), which our PDF breaks at and Word and LibreOffice do not; a bidirectional
     * control (U+200E, U+200F, U+061C, U+202A–U+202E, U+2066–U+2069), with which Word and
     * LibreOffice show "‮000.001‬" as "100.000" while the PDF and every text extraction keep the
     * order typed: the editable file and the published one would state different things.
     */
    public static String unholdable(String text) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            String name = !xmlChar(cp) || cp >= 0x7F && cp <= 0x9F
                    ? Character.isSurrogate((char) cp) ? "a lone surrogate"
                    : Character.isISOControl(cp) ? "the control character" : "the non-character"
                    : cp == 0x2028 || cp == 0x2029 ? "the separator"
                    : bidiControl(cp) ? "the bidirectional control" : null;
            if (name != null) {
                return String.format(Locale.ROOT, "the text contains %s U+%04X, which a document cannot hold%s",
                        name, cp, cp == 0x2028 || cp == 0x2029 || cp == 0x85
                                ? "; write a line break (a new line in the text) instead" : "; remove it");
            }
            i += Character.charCount(cp);
        }
        return null;
    }

    private static boolean bidiControl(int cp) {
        return cp == 0x200E || cp == 0x200F || cp == 0x061C || cp >= 0x202A && cp <= 0x202E
                || cp >= 0x2066 && cp <= 0x2069;
    }

    /**
     * Whether {@code text} prints nothing although it is not blank to Java: no-break and other
     * Unicode spaces, zero-width and other format characters (U+200B, U+FEFF, U+00AD) only.
     */
    static boolean invisible(String text) {
        return text.codePoints().allMatch(cp -> Character.isWhitespace(cp) || Character.isSpaceChar(cp)
                || Character.getType(cp) == Character.FORMAT);
    }

    /** The distinct code points of {@code text} as "U+00A0, U+200B", at most four of them. */
    static String codePoints(String text) {
        return text.codePoints().distinct().limit(4)
                .mapToObj(cp -> String.format(Locale.ROOT, "U+%04X", cp))
                .collect(java.util.stream.Collectors.joining(", "));
    }

    private static boolean xmlChar(int cp) {
        return cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF)
                || (cp >= 0xE000 && cp <= 0xFFFD) || (cp >= 0x10000 && cp <= 0x10FFFF);
    }
}
