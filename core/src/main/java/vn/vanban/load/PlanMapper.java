package vn.vanban.load;

import vn.vanban.model.Agency;
import vn.vanban.model.Appendix;
import vn.vanban.model.BodyNode;
import vn.vanban.model.CatalogueRow;
import vn.vanban.model.Citation;
import vn.vanban.model.Column;
import vn.vanban.model.DocumentType;
import vn.vanban.model.Inline;
import vn.vanban.model.LegalBasis;
import vn.vanban.model.PartialDate;
import vn.vanban.model.Plan;
import vn.vanban.model.Recipients;
import vn.vanban.model.Signatory;
import vn.vanban.model.Text;
import vn.vanban.text.VietnameseCase;

import java.math.BigInteger;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static vn.vanban.load.PlanReader.*;

/**
 * Maps a located {@link Node} tree onto the model, reporting every problem it meets and going
 * on. Each method returns {@code null} for a value it could not make, after reporting why; the
 * plan is built only to be thrown away when there were problems. One instance per file.
 */
final class PlanMapper {

    private static final String BYTE_ORDER_MARK = "\uFEFF";
    private static final Pattern COLUMN_KEY = Pattern.compile("[a-zA-Z][a-zA-Z0-9]*");
    private static final Pattern WHOLE = Pattern.compile("[+-]?[0-9]+");
    private static final String BODY_KINDS_TEXT = String.join(", ", BODY_NODE_KINDS);

    private final Problems problems;

    PlanMapper(Problems problems) {
        this.problems = problems;
    }

    /** The fields of one map, checked against those its kind accepts. */
    private final class Fields {
        final Node.MapNode map;
        final String path;

        /** Names offered as "did you mean" for unknown fields of this map. */
        final Set<String> suggested = new HashSet<>();

        Fields(Node.MapNode map, String path, List<String> accepted) {
            this.map = map;
            this.path = path;
            for (Node.Field f : map.fields().values()) {
                if (!accepted.contains(f.key())) {
                    problems.add(f.line(), f.column(), at(path, f.key()), unknown("field", f.key(), accepted));
                    Suggestions.closest(f.key(), accepted).ifPresent(suggested::add);
                }
            }
        }

        /** The value, or null when absent or written as null. */
        Node get(String key) {
            Node.Field f = map.fields().get(key);
            if (f == null || f.value() instanceof Node.Scalar s && s.isNull()) {
                return null;
            }
            return f.value();
        }

        boolean has(String key) {
            return get(key) != null;
        }

        String path(String key) {
            return at(path, key);
        }

        /** A required value, or null after reporting it missing. */
        Node required(String key) {
            Node n = get(key);
            if (n == null) {
                missing(key);
            }
            return n;
        }

        void missing(String key) {
            missing(key, "");
        }

        /** Reports a missing field where it would be: at its empty value, or at its map. */
        void missing(String key, String why) {
            if (suggested.contains(key) && !map.fields().containsKey(key)) {
                return; // "unknown field 'fulName' … did you mean 'fullName'?" already says it
            }
            Node.Field f = map.fields().get(key);
            Node where = f != null ? f.value() : map;
            problems.add(where, path(key), "missing required field '" + key + "'" + why);
        }

        String requiredLine(String key) {
            Node n = required(key);
            return n == null ? null : line(n, path(key));
        }

        String optionalLine(String key) {
            Node n = get(key);
            return n == null ? null : line(n, path(key));
        }
    }

    /** The fields of {@code n} if it is a map, else null after reporting what was found. */
    private Fields fields(Node n, String path, List<String> accepted, String expected) {
        if (n instanceof Node.MapNode m) {
            return new Fields(m, path, accepted);
        }
        problems.add(n, path, "expected " + expected + ", found " + n.describe());
        return null;
    }

    static String at(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    static String index(String path, int i) {
        return path + "[" + i + "]";
    }

    static String unknown(String what, String found, List<String> accepted) {
        StringBuilder sb = new StringBuilder("unknown ").append(what).append(" '").append(found)
                .append("'; expected one of: ").append(String.join(", ", accepted));
        Suggestions.closest(found, accepted).ifPresent(s -> sb.append("; did you mean '").append(s).append("'?"));
        return sb.toString();
    }

    // ---------------------------------------------------------------- plan

    Plan plan(Node root) {
        Fields f = fields(root, "", PLAN_FIELDS, "a plan (a map of fields such as issuer, date and summary)");
        if (f == null) {
            return null;
        }
        DocumentType type = f.has("type") ? documentType(f.get("type"), f.path("type")) : DocumentType.KE_HOACH;
        Agency parent = f.has("parent") ? agency(f.get("parent"), f.path("parent"), false) : null;
        Node issuerNode = f.required("issuer");
        Agency issuer = issuerNode == null ? null : agency(issuerNode, f.path("issuer"), true);
        Integer number = f.has("number") ? positiveInt(f.get("number"), f.path("number")) : null;
        String symbol = f.optionalLine("symbol");
        Node dateNode = f.required("date");
        PartialDate date = dateNode == null ? null : date(dateNode, f.path("date"));
        String summary = f.requiredLine("summary");
        LegalBasis basis = f.has("basis") ? basis(f.get("basis"), f.path("basis")) : null;
        List<BodyNode> body = f.has("body") ? bodyNodes(f.get("body"), f.path("body")) : List.of();
        String closing = f.optionalLine("closing");
        if (closing != null && closing.endsWith(".")) {
            problems.add(f.get("closing"), f.path("closing"), "leave out the final '" + (closing.endsWith("./.")
                    ? "./." : ".") + "': the closing sentence gets './.' when the plan is rendered");
        }
        Node recipientsNode = f.required("recipients");
        Recipients recipients = recipientsNode == null ? null : recipients(recipientsNode, f.path("recipients"));
        Node signatoryNode = f.required("signatory");
        Signatory signatory = signatoryNode == null ? null : signatory(signatoryNode, f.path("signatory"));
        List<Appendix> appendices = new ArrayList<>();
        if (f.has("appendices")) {
            List<Node> items = list(f.get("appendices"), f.path("appendices"));
            for (int i = 0; i < items.size(); i++) {
                add(appendices, appendix(items.get(i), index(f.path("appendices"), i)));
            }
        }
        if (type != null && !f.has("symbol") && type.abbreviation().isEmpty()) {
            f.missing("symbol", ": a " + type.vietnameseName().toLowerCase(VietnameseCase.VIETNAMESE)
                    + " has no type abbreviation to make one from");
        }
        if (!problems.isEmpty() || type == null || issuer == null || date == null || summary == null
                || recipients == null || signatory == null) {
            return null;
        }
        return new Plan(type, parent, issuer, number, symbol, date, summary, basis, body, closing, recipients,
                signatory, appendices);
    }

    private DocumentType documentType(Node n, String path) {
        String key = line(n, path);
        if (key == null) {
            return null;
        }
        Optional<DocumentType> t = DocumentType.byKey(key.toLowerCase(Locale.ROOT));
        if (t.isEmpty()) {
            List<String> keys = Arrays.stream(DocumentType.values()).map(DocumentType::key).toList();
            problems.add(n, path, unknown("document type", key, keys));
            return null;
        }
        return t.get();
    }

    private Agency agency(Node n, String path, boolean issuer) {
        Fields f = fields(n, path, AGENCY_FIELDS, "an agency (a map with name"
                + (issuer ? ", abbreviation and place)" : ")"));
        if (f == null) {
            return null;
        }
        String name = f.requiredLine("name");
        String abbreviation = issuer ? f.requiredLine("abbreviation") : f.optionalLine("abbreviation");
        String place = issuer ? f.requiredLine("place") : f.optionalLine("place");
        return name == null ? null : new Agency(name, abbreviation, place);
    }

    private LegalBasis basis(Node n, String path) {
        Fields f = fields(n, path, BASIS_FIELDS, "a legal basis (a map with lead, citations and issuing)");
        if (f == null) {
            return null;
        }
        LegalBasis.Form form = f.has("form")
                ? choice(f.get("form"), f.path("form"), LegalBasis.Form.values()) : LegalBasis.Form.INLINE;
        String lead = f.requiredLine("lead");
        List<Citation> citations = new ArrayList<>();
        if (f.has("citations")) {
            List<Node> items = list(f.get("citations"), f.path("citations"));
            for (int i = 0; i < items.size(); i++) {
                add(citations, citation(items.get(i), index(f.path("citations"), i)));
            }
        }
        String issuing = f.requiredLine("issuing");
        return form == null || lead == null || issuing == null ? null
                : new LegalBasis(form, lead, citations, issuing);
    }

    private Citation citation(Node n, String path) {
        Fields f = fields(n, path, CITATION_FIELDS, "a citation (a map with type, number, date, issuer, subject)");
        if (f == null) {
            return null;
        }
        String type = f.requiredLine("type");
        String number = f.optionalLine("number");
        PartialDate date = f.has("date") ? date(f.get("date"), f.path("date")) : null;
        String issuer = f.optionalLine("issuer");
        String subject = f.optionalLine("subject");
        Boolean renewed = f.has("renewedYearly") ? bool(f.get("renewedYearly"), f.path("renewedYearly")) : Boolean.FALSE;
        return type == null || renewed == null ? null : new Citation(type, number, date, issuer, subject, renewed);
    }

    private Recipients recipients(Node n, String path) {
        Fields f = fields(n, path, RECIPIENTS_FIELDS, "recipients (a map with to and archive)");
        if (f == null) {
            return null;
        }
        List<String> to = new ArrayList<>();
        if (f.has("to")) {
            List<Node> items = list(f.get("to"), f.path("to"));
            for (int i = 0; i < items.size(); i++) {
                String recipient = line(items.get(i), index(f.path("to"), i));
                if (recipient != null && (recipient.startsWith("-") || recipient.endsWith(";"))) {
                    problems.add(items.get(i), index(f.path("to"), i), "write the recipient without the leading '- '"
                            + " and the final ';': they are added when the plan is rendered");
                }
                add(to, recipient);
            }
        }
        String archive = f.requiredLine("archive");
        if (archive != null && (archive.toLowerCase(VietnameseCase.VIETNAMESE).startsWith("lưu")
                || archive.startsWith("-") || archive.endsWith("."))) {
            problems.add(f.get("archive"), f.path("archive"), "write only what follows 'Lưu: ' (such as 'VT'),"
                    + " without the final '.'; found '" + archive + "'");
        }
        return archive == null ? null : new Recipients(to, archive);
    }

    private Signatory signatory(Node n, String path) {
        Fields f = fields(n, path, SIGNATORY_FIELDS,
                "a signatory (a map with authority, position and fullName)");
        if (f == null) {
            return null;
        }
        Signatory.Authority authority = f.has("authority")
                ? choice(f.get("authority"), f.path("authority"), Signatory.Authority.values())
                : Signatory.Authority.NONE;
        String collective = f.optionalLine("collective");
        String headTitle = f.optionalLine("headTitle");
        String position = f.requiredLine("position");
        String fullName = f.requiredLine("fullName");
        if (authority == Signatory.Authority.TM && collective == null && !f.has("collective")) {
            problems.add(f.get("authority"), f.path("collective"),
                    "'" + f.path("collective") + "' is required when authority is TM");
        }
        if ((authority == Signatory.Authority.KT || authority == Signatory.Authority.TL
                || authority == Signatory.Authority.TUQ) && headTitle == null && !f.has("headTitle")) {
            problems.add(f.get("authority"), f.path("headTitle"),
                    "'" + f.path("headTitle") + "' is required when authority is " + authority.name());
        }
        return authority == null || position == null || fullName == null ? null
                : new Signatory(authority, collective, headTitle, position, fullName);
    }

    // ---------------------------------------------------------------- body

    private List<BodyNode> bodyNodes(Node n, String path) {
        List<BodyNode> nodes = new ArrayList<>();
        List<Node> items = list(n, path);
        for (int i = 0; i < items.size(); i++) {
            add(nodes, bodyNode(items.get(i), index(path, i)));
        }
        return nodes;
    }

    private BodyNode bodyNode(Node n, String path) {
        if (!(n instanceof Node.MapNode m) || m.fields().isEmpty()) {
            problems.add(n, path, "expected a body node (a map with one key: " + BODY_KINDS_TEXT + "), found "
                    + (n instanceof Node.MapNode ? "an empty map" : n.describe()));
            return null;
        }
        if (m.fields().size() > 1) {
            problems.add(n, path, "expected a body node with one key (" + BODY_KINDS_TEXT + "), found "
                    + m.fields().size() + ": " + String.join(", ", m.fields().keySet())
                    + "; put a node's title, text and content in a map under its key");
            return null;
        }
        Node.Field field = m.fields().values().iterator().next();
        String kind = field.key();
        String p = at(path, kind);
        if (!BODY_NODE_KINDS.contains(kind)) {
            problems.add(field.line(), field.column(), p, unknown("body node", kind, BODY_NODE_KINDS));
            return null;
        }
        Node v = field.value();
        if (v instanceof Node.Scalar s && s.isNull()) {
            problems.add(v, p, "expected the " + kind + "'s " + (kind.equals("part") || kind.equals("section")
                    || kind.equals("clause") ? "title" : "text") + ", found nothing");
            return null;
        }
        switch (kind) {
            case "part", "section" -> {
                return heading(v, p, kind.equals("part"));
            }
            case "clause" -> {
                return clause(v, p);
            }
            case "point", "dash" -> {
                return item(v, p, kind.equals("point"));
            }
            default -> {
                Text text = text(v, p);
                return text == null ? null : new BodyNode.Paragraph(text);
            }
        }
    }

    private BodyNode heading(Node v, String path, boolean part) {
        String title;
        List<BodyNode> content = List.of();
        if (v instanceof Node.Scalar) {
            title = line(v, path);
        } else {
            Fields f = fields(v, path, HEADING_FIELDS, "a title, or a map with title and content");
            if (f == null) {
                return null;
            }
            title = f.requiredLine("title");
            if (f.has("content")) {
                content = bodyNodes(f.get("content"), f.path("content"));
            }
        }
        if (title == null) {
            return null;
        }
        return part ? new BodyNode.Part(title, content) : new BodyNode.Section(title, content);
    }

    private BodyNode clause(Node v, String path) {
        if (v instanceof Node.Scalar) {
            String title = line(v, path);
            return title == null ? null : new BodyNode.Clause(title, null, List.of());
        }
        Fields f = fields(v, path, CLAUSE_FIELDS, "a title, or a map with title or text, and content");
        if (f == null) {
            return null;
        }
        boolean hasTitle = f.has("title");
        boolean hasText = f.has("text");
        if (hasTitle && hasText) {
            Node.Field second = f.map.fields().get("text");
            problems.add(second.line(), second.column(), f.path("text"),
                    "a clause has either 'title' (a titled clause) or 'text' (an untitled one), found both");
            return null;
        }
        if (!hasTitle && !hasText) {
            problems.add(f.map, f.path("title"),
                    "missing required field 'title' (a titled clause) or 'text' (an untitled one)");
            return null;
        }
        String title = hasTitle ? line(f.get("title"), f.path("title")) : null;
        Text text = hasText ? text(f.get("text"), f.path("text")) : null;
        List<BodyNode> content = f.has("content") ? bodyNodes(f.get("content"), f.path("content")) : List.of();
        return title == null && text == null ? null : new BodyNode.Clause(title, text, content);
    }

    private BodyNode item(Node v, String path, boolean point) {
        Text text;
        List<BodyNode> content = List.of();
        if (v instanceof Node.MapNode) {
            Fields f = fields(v, path, ITEM_FIELDS, "text, or a map with text and content");
            Node t = f.required("text");
            text = t == null ? null : text(t, f.path("text"));
            if (f.has("content")) {
                content = bodyNodes(f.get("content"), f.path("content"));
            }
        } else {
            text = text(v, path);
        }
        if (text == null) {
            return null;
        }
        return point ? new BodyNode.Point(text, content) : new BodyNode.Dash(text, content);
    }

    // ---------------------------------------------------------------- text

    /**
     * Running text: a string (its ends stripped), or a list of pieces kept exactly as written so
     * that the spaces between pieces survive.
     */
    private Text text(Node n, String path) {
        if (n instanceof Node.Scalar s) {
            String v = value(s, path, false);
            if (v == null) {
                return null;
            }
            v = v.strip();
            if (v.isEmpty()) {
                problems.add(n, path, "expected text, found an empty string");
                return null;
            }
            return Text.of(v);
        }
        if (n instanceof Node.MapNode) {
            problems.add(n, path, "expected text, found a map; to use pieces such as {strong: …} "
                    + "write them in a list");
            return null;
        }
        List<Node> items = ((Node.ListNode) n).items();
        if (items.isEmpty()) {
            problems.add(n, path, "expected text, found an empty list");
            return null;
        }
        List<Inline> parts = new ArrayList<>();
        boolean ok = true;
        for (int i = 0; i < items.size(); i++) {
            Inline piece = piece(items.get(i), index(path, i));
            ok &= piece != null;
            add(parts, piece);
        }
        return ok ? new Text(parts) : null;
    }

    private Inline piece(Node n, String path) {
        if (n instanceof Node.Scalar s) {
            String v = value(s, path, false);
            if (v != null && v.isEmpty()) {
                problems.add(n, path, "expected a piece of text, found an empty string");
                return null;
            }
            return v == null ? null : new Inline.Plain(v);
        }
        String expected = "a piece of text: a string, {strong: …}, {cite: …} or {money: …}";
        if (!(n instanceof Node.MapNode m)) {
            problems.add(n, path, "expected " + expected + ", found a list");
            return null;
        }
        List<String> kinds = m.fields().keySet().stream().filter(k -> List.of("strong", "cite", "money").contains(k))
                .toList();
        if (kinds.size() > 1) {
            problems.add(n, path, "a piece of text is one of {strong: …}, {cite: …} or {money: …}, found "
                    + String.join(" and ", kinds) + " together; make them pieces of their own");
            return null;
        }
        if (m.fields().containsKey("strong")) {
            Fields f = new Fields(m, path, STRONG_FIELDS);
            String v = f.requiredLine("strong");
            return v == null ? null : new Inline.Strong(v);
        }
        if (m.fields().containsKey("cite")) {
            Fields f = new Fields(m, path, CITE_FIELDS);
            Node c = f.required("cite");
            Citation citation = c == null ? null : citation(c, f.path("cite"));
            return citation == null ? null : new Inline.Cite(citation);
        }
        if (m.fields().containsKey("money")) {
            Fields f = new Fields(m, path, MONEY_FIELDS);
            Node amount = f.required("money");
            Long dong = amount == null ? null : money(amount, f.path("money"));
            Boolean inWords = f.has("inWords") ? bool(f.get("inWords"), f.path("inWords")) : Boolean.FALSE;
            return dong == null || inWords == null ? null : new Inline.Money(dong, inWords);
        }
        List<String> keys = List.of("strong", "cite", "money");
        if (m.fields().size() == 1) {
            Node.Field only = m.fields().values().iterator().next();
            problems.add(only.line(), only.column(), at(path, only.key()), unknown("kind of text piece",
                    only.key(), keys));
        } else {
            problems.add(n, path, "expected " + expected + ", found a map with "
                    + (m.fields().isEmpty() ? "no fields" : "the fields " + String.join(", ", m.fields().keySet())));
        }
        return null;
    }

    /** A one-line value: NFC, ends stripped; null (reported) when empty or not text. */
    private String line(Node n, String path) {
        if (!(n instanceof Node.Scalar s)) {
            problems.add(n, path, "expected text, found " + n.describe());
            return null;
        }
        if (s.isNull()) {
            problems.add(n, path, "expected text, found nothing");
            return null;
        }
        String v = value(s, path, true);
        if (v != null && v.isEmpty()) {
            problems.add(n, path, "expected text, found an empty string");
            return null;
        }
        return v;
    }

    /**
     * The scalar's text in NFC, optionally stripped; null (reported) when it holds a character
     * that XML 1.0, and so DOCX, cannot carry.
     */
    private String value(Node.Scalar s, String path, boolean strip) {
        String raw = s.text();
        for (int i = 0; i < raw.length(); ) {
            int cp = raw.codePointAt(i);
            if (!xmlChar(cp)) {
                String name = Character.isSurrogate((char) cp) ? "a lone surrogate"
                        : Character.isISOControl(cp) ? "the control character" : "the non-character";
                problems.add(s, path, String.format(Locale.ROOT,
                        "the text contains %s U+%04X, which a document cannot hold; remove it", name, cp));
                return null;
            }
            i += Character.charCount(cp);
        }
        // A byte-order mark inside a text is what joining or pasting files leaves behind: it
        // means nothing there, no font has a glyph for it, and the PDF would print '#'.
        String v = Normalizer.normalize(raw.replace(BYTE_ORDER_MARK, ""), Normalizer.Form.NFC);
        return strip ? v.strip() : v;
    }

    static boolean xmlChar(int cp) {
        return cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF)
                || (cp >= 0xE000 && cp <= 0xFFFD) || (cp >= 0x10000 && cp <= 0x10FFFF);
    }

    // ---------------------------------------------------------------- appendices

    private Appendix appendix(Node n, String path) {
        Fields f = fields(n, path, APPENDIX_FIELDS, "an appendix (a map with title, columns and rows)");
        if (f == null) {
            return null;
        }
        String title = f.requiredLine("title");
        Appendix.Orientation orientation = f.has("orientation")
                ? choice(f.get("orientation"), f.path("orientation"), Appendix.Orientation.values())
                : Appendix.Orientation.AUTO;
        Boolean numbered = f.has("numbered") ? bool(f.get("numbered"), f.path("numbered")) : Boolean.TRUE;
        List<Column> columns = new ArrayList<>();
        Node columnsNode = f.required("columns");
        if (columnsNode != null) {
            List<Node> items = list(columnsNode, f.path("columns"));
            if (items.isEmpty() && columnsNode instanceof Node.ListNode) {
                problems.add(columnsNode, f.path("columns"), "expected at least one column, found none");
            }
            Map<String, Integer> seen = new LinkedHashMap<>();
            for (int i = 0; i < items.size(); i++) {
                String p = index(f.path("columns"), i);
                Column c = column(items.get(i), p);
                if (c == null) {
                    continue;
                }
                Integer first = seen.putIfAbsent(c.key(), i);
                if (first != null) {
                    Node keyNode = ((Node.MapNode) items.get(i)).fields().get("key").value();
                    problems.add(keyNode, at(p, "key"), "duplicate column key '" + c.key()
                            + "'; it is already the key of columns[" + first + "]");
                } else {
                    columns.add(c);
                }
            }
        }
        List<String> keys = columns.stream().map(Column::key).toList();
        List<CatalogueRow> rows = new ArrayList<>();
        if (f.has("rows")) {
            List<Node> items = list(f.get("rows"), f.path("rows"));
            for (int i = 0; i < items.size(); i++) {
                add(rows, row(items.get(i), index(f.path("rows"), i), keys));
            }
        }
        return title == null || orientation == null || numbered == null ? null
                : new Appendix(title, orientation, numbered, columns, rows);
    }

    private Column column(Node n, String path) {
        Fields f = fields(n, path, COLUMN_FIELDS, "a column (a map with key, header and width)");
        if (f == null) {
            return null;
        }
        String key = f.requiredLine("key");
        if (key != null && !COLUMN_KEY.matcher(key).matches()) {
            problems.add(f.get("key"), f.path("key"), "expected a column key of a letter followed by "
                    + "letters or digits (such as 'content' or 'time2'), found '" + key + "'");
            key = null;
        } else if ("group".equals(key)) {
            problems.add(f.get("key"), f.path("key"), "'group' cannot be a column key: it marks a group row");
            key = null;
        }
        String header = f.requiredLine("header");
        Integer width = f.has("width") ? positiveInt(f.get("width"), f.path("width")) : Integer.valueOf(1);
        return key == null || header == null || width == null ? null : new Column(key, header, width);
    }

    private CatalogueRow row(Node n, String path, List<String> columnKeys) {
        if (!(n instanceof Node.MapNode m) || m.fields().isEmpty()) {
            problems.add(n, path, "expected a row (a map of cells keyed by column, or {group: …}), found "
                    + (n instanceof Node.MapNode ? "an empty map" : n.describe()));
            return null;
        }
        if (m.fields().containsKey("group")) {
            Node.Field g = m.fields().get("group");
            for (Node.Field other : m.fields().values()) {
                if (!other.key().equals("group")) {
                    problems.add(other.line(), other.column(), at(path, other.key()),
                            "a group row has only the field 'group'; found also '" + other.key()
                                    + "': move the cells to an item row of their own");
                }
            }
            String title = line(g.value(), at(path, "group"));
            return title == null ? null : new CatalogueRow.Group(title);
        }
        Map<String, Text> cells = new LinkedHashMap<>();
        boolean ok = true;
        Set<String> known = new HashSet<>(columnKeys);
        for (Node.Field cell : m.fields().values()) {
            String p = at(path, cell.key());
            if (!known.contains(cell.key())) {
                if (!columnKeys.isEmpty()) {
                    problems.add(cell.line(), cell.column(), p, unknown("column", cell.key(), columnKeys));
                }
                ok = false;
                continue;
            }
            if (cell.value() instanceof Node.Scalar s && s.isNull()) {
                continue; // an empty cell, as if the key were absent
            }
            Text t = text(cell.value(), p);
            if (t == null) {
                ok = false;
            } else {
                cells.put(cell.key(), t);
            }
        }
        return ok ? new CatalogueRow.Item(cells) : null;
    }

    // ---------------------------------------------------------------- scalars

    private List<Node> list(Node n, String path) {
        if (n instanceof Node.ListNode l) {
            return l.items();
        }
        problems.add(n, path, "expected a list, found " + n.describe());
        return List.of();
    }

    private Integer positiveInt(Node n, String path) {
        BigInteger v = whole(n, path);
        if (v == null) {
            return null;
        }
        if (v.signum() <= 0) {
            problems.add(n, path, "expected a positive whole number, found " + n.describe());
            return null;
        }
        if (v.compareTo(BigInteger.valueOf(Integer.MAX_VALUE)) > 0) {
            problems.add(n, path, "expected a whole number up to " + Integer.MAX_VALUE + ", found " + n.describe());
            return null;
        }
        return v.intValue();
    }

    private Long money(Node n, String path) {
        BigInteger v = whole(n, path);
        if (v == null) {
            return null;
        }
        if (v.signum() < 0) {
            problems.add(n, path, "expected a sum in đồng of 0 or more, found " + n.describe());
            return null;
        }
        if (v.bitLength() > 63) {
            problems.add(n, path, "expected a sum in đồng up to " + Long.MAX_VALUE + ", found " + n.describe());
            return null;
        }
        return v.longValue();
    }

    private BigInteger whole(Node n, String path) {
        if (n instanceof Node.Scalar s && (s.kind() == Node.Kind.INTEGER || s.kind() == Node.Kind.STRING)
                && WHOLE.matcher(s.text().strip()).matches()) {
            return new BigInteger(s.text().strip());
        }
        problems.add(n, path, "expected a whole number, found " + n.describe());
        return null;
    }

    private Boolean bool(Node n, String path) {
        if (n instanceof Node.Scalar s && (s.kind() == Node.Kind.TRUE || s.kind() == Node.Kind.FALSE)) {
            return s.kind() == Node.Kind.TRUE;
        }
        problems.add(n, path, "expected true or false, found " + n.describe());
        return null;
    }

    private PartialDate date(Node n, String path) {
        String expected = "expected a date as YYYY-MM-DD, YYYY-MM or YYYY, found ";
        if (!(n instanceof Node.Scalar s) || !(s.kind() == Node.Kind.STRING || s.kind() == Node.Kind.INTEGER)) {
            problems.add(n, path, expected + n.describe());
            return null;
        }
        try {
            return PartialDate.parse(s.text());
        } catch (IllegalArgumentException e) {
            problems.add(n, path, expected + n.describe());
            return null;
        }
    }

    /** One of an enum's constants, named in any case ("TM", "tm"; "NONE" is also "none"). */
    private <E extends Enum<E>> E choice(Node n, String path, E[] values) {
        List<String> names = Arrays.stream(values).map(PlanMapper::choiceName).collect(Collectors.toList());
        if (n instanceof Node.Scalar s && s.kind() == Node.Kind.STRING) {
            String v = s.text().strip();
            for (E e : values) {
                if (e.name().equalsIgnoreCase(v)) {
                    return e;
                }
            }
            problems.add(n, path, "expected one of: " + String.join(", ", names) + ", found " + n.describe()
                    + Suggestions.closest(v, names).map(x -> "; did you mean '" + x + "'?").orElse(""));
            return null;
        }
        problems.add(n, path, "expected one of: " + String.join(", ", names) + ", found " + n.describe());
        return null;
    }

    /** How a constant is written in files: authorities upper case (TM), other words lower case. */
    static String choiceName(Enum<?> e) {
        return e instanceof Signatory.Authority && e != Signatory.Authority.NONE
                ? e.name() : e.name().toLowerCase(Locale.ROOT);
    }

    private static <T> void add(List<T> list, T item) {
        if (item != null) {
            list.add(item);
        }
    }
}
