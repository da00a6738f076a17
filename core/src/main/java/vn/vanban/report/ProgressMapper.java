package vn.vanban.report;

import vn.vanban.load.Fields;
import vn.vanban.load.Node;
import vn.vanban.load.PlanParts;
import vn.vanban.load.Problems;
import vn.vanban.load.SchemaFields;
import vn.vanban.load.Values;
import vn.vanban.model.Agency;
import vn.vanban.model.PartialDate;
import vn.vanban.model.Recipients;
import vn.vanban.model.Signatory;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static vn.vanban.load.Paths.at;
import static vn.vanban.load.Paths.index;

/**
 * Maps a progress file's located tree onto {@link Progress}, reporting what is wrong with the
 * notation and going on, as the plan's mapper does: its fields come from the progress file's
 * JSON Schema, its header (issuer, date, signatory, recipients, addressees, contact) is read by the plan's own
 * mapping.
 * The rules that need the plan are {@link ProgressRules}'. One instance per file.
 */
final class ProgressMapper {

    /** Where the build puts the progress file's schema. */
    static final String SCHEMA_RESOURCE = "vn/vanban/schema/progress.schema.json";

    /** The most sentences of one kind a report holds: far more than any report needs, few enough to bound it. */
    static final int SENTENCES = 200;

    /**
     * The most characters of a report's own texts (its sentences, results and notes), half of what
     * the plan's rules allow a document's text: the rest is the plan's and the report's wording.
     */
    static final int TEXT_CHARACTERS = 500_000;

    private static final Pattern A_YEAR = Pattern.compile("(?<!\\d)\\d{4}(?!\\d)");

    private static final class Schema {
        static final SchemaFields FIELDS = SchemaFields.read(SCHEMA_RESOURCE);
    }

    private final Values values;
    private final PlanParts parts;
    private long characters;
    /** The period's value when it names no period: told once the plan's year is known, to list that year's periods. */
    private Node unreadPeriod;

    ProgressMapper(Values values) {
        this.values = values;
        this.parts = new PlanParts(values);
    }

    /** The fields the schema lists for a kind of map ("progress", "row"). */
    static List<String> fields(String kind) {
        return Schema.FIELDS.fields(kind);
    }

    /** The progress, its unreadable values left {@code null}; {@code null} when the root is no map. */
    Progress progress(Node root) {
        Fields f = values.fields(root, "", fields("progress"),
                "a progress file (a map of fields such as plan, period and rows)");
        if (f == null) {
            return null;
        }
        PlanReference plan = f.has("plan") ? plan(f.get("plan"), f.path("plan")) : missing(f, "plan");
        ReportPeriod period = f.has("period") ? period(f.get("period"), f.path("period")) : missing(f, "period");
        Agency parent = f.has("parent") ? parts.parent(f.get("parent"), f.path("parent")) : null;
        Agency issuer = f.has("issuer") ? parts.issuer(f.get("issuer"), f.path("issuer")) : null;
        Integer number = f.has("number") ? values.positive(f.get("number"), f.path("number")) : null;
        PartialDate date = f.has("date") ? parts.date(f.get("date"), f.path("date")) : null;
        Signatory signatory = f.has("signatory") ? parts.signatory(f.get("signatory"), f.path("signatory")) : null;
        Recipients recipients = f.has("recipients") ? parts.recipients(f.get("recipients"), f.path("recipients")) : null;
        List<String> addressees = f.has("addressees") ? parts.addressees(f.get("addressees"), f.path("addressees"))
                : null;
        List<String> contact = f.has("contact") ? parts.contact(f.get("contact"), f.path("contact")) : null;
        List<RowProgress> rows = new ArrayList<>();
        if (f.has("rows")) {
            List<Node> items = values.list(f.get("rows"), f.path("rows"));
            for (int i = 0; i < items.size(); i++) {
                rows.add(row(items.get(i), index(f.path("rows"), i)));
            }
        }
        List<String> difficulties = sentences(f, "difficulties", true);
        List<String> proposals = sentences(f, "proposals", false);
        List<String> nextSteps = sentences(f, "nextSteps", true);
        return new Progress(plan, period, parent, issuer, number, date, signatory, recipients, addressees, contact, rows,
                difficulties, proposals, nextSteps);
    }

    private static <T> T missing(Fields f, String key) {
        f.missing(key);
        return null;
    }

    private PlanReference plan(Node n, String path) {
        Fields f = values.fields(n, path, fields("planReference"),
                "the plan reported on (a map with file, and number and date when the file is the draft)");
        if (f == null) {
            return null;
        }
        String file = f.has("file") ? text(f.get("file"), f.path("file"), false) : missing(f, "file");
        Integer number = f.has("number") ? positive(f.get("number"), f.path("number")) : null;
        PartialDate date = f.has("date") ? parts.date(f.get("date"), f.path("date")) : null;
        Integer appendix = f.has("appendix") ? positive(f.get("appendix"), f.path("appendix")) : null;
        PlanReference.CatalogueColumns columns = PlanReference.CatalogueColumns.DEFAULT;
        if (f.has("columns")) {
            Fields c = values.fields(f.get("columns"), f.path("columns"), fields("catalogueColumns"),
                    "the catalogue's columns (a map with content, lead and time, each a column key)");
            if (c != null) {
                columns = new PlanReference.CatalogueColumns(c.line("content"), c.line("lead"), c.line("time"));
            }
        }
        return new PlanReference(file, number, date, appendix, columns);
    }

    private ReportPeriod period(Node n, String path) {
        String text = values.line(n, path);
        if (text == null) {
            return null;
        }
        return Periods.reportPeriod(text).orElseGet(() -> {
            unreadPeriod = n;
            values.settle(path);
            return null;
        });
    }

    /**
     * Tells that the period names none, listing the periods of {@code planYear} (the plan's, or
     * {@code null} when its file could not be read); nothing when the period was read.
     */
    void tellUnreadPeriod(Integer planYear, Problems problems) {
        if (unreadPeriod == null) {
            return;
        }
        Integer year = planYear;
        if (year == null && unreadPeriod instanceof Node.Scalar s) {
            // The plan could not be read (which is told too): the year the period names is the likeliest.
            Matcher m = A_YEAR.matcher(s.text());
            year = m.find() ? Integer.valueOf(m.group()) : null;
        }
        problems.add(unreadPeriod, "period", "expected a period of the plan's year: " + ReportPeriod.forms(year)
                + ", found " + unreadPeriod.describe());
    }

    /** An entry; one with nothing known, settled, when {@code n} is no map, so that the entries after it keep their paths. */
    private RowProgress row(Node n, String path) {
        Fields f = values.fields(n, path, fields("row"), "a row's progress (a map with row or id, status, result, note)");
        if (f == null) {
            return new RowProgress(null, null, null, null, null);
        }
        Integer row = f.has("row") ? positive(f.get("row"), f.path("row")) : null;
        String id = f.has("id") ? text(f.get("id"), f.path("id"), false) : null;
        if (!f.has("row") && !f.has("id")) {
            values.report(n, path, "missing 'row' or 'id': name the catalogue's row by its number (row: 3) or by the "
                    + "id its plan row carries (id: tt-03)");
        }
        Status status = f.has("status") ? values.choice(f.get("status"), f.path("status"), Status.values(),
                Status::key) : missing(f, "status");
        String result = f.has("result") ? text(f.get("result"), f.path("result"), true) : null;
        String note = f.has("note") ? text(f.get("note"), f.path("note"), true) : null;
        return new RowProgress(row, id, status, result, note);
    }

    /** A list of sentences, each a dash of the report. */
    private List<String> sentences(Fields f, String key, boolean required) {
        List<String> out = new ArrayList<>();
        if (!f.has(key)) {
            if (required) {
                f.missing(key);
            }
            return out;
        }
        String path = f.path(key);
        List<Node> items = values.list(f.get(key), path);
        if (items.isEmpty() && f.get(key) instanceof Node.ListNode) {
            values.report(f.get(key), path, "expected at least one sentence, found an empty list" + (required
                    ? "; write one, such as '" + (key.equals("difficulties") ? "Không có khó khăn, vướng mắc."
                    : "Tiếp tục thực hiện các nhiệm vụ của Kế hoạch.") + "'" : "; leave the field out"));
        }
        for (int i = 0; i < items.size(); i++) {
            if (i == SENTENCES) {
                values.report(items.get(i), index(path, i), "a report holds at most " + SENTENCES + " sentences of "
                        + key + "; say it in fewer");
                break;
            }
            String s = text(items.get(i), index(path, i), true);
            out.add(s == null ? "" : s);
        }
        return out;
    }

    /**
     * A one-line text that a document can hold: not blank, no control character; a report's own
     * texts ({@code counted}) are counted against {@link #TEXT_CHARACTERS}.
     */
    private String text(Node n, String path, boolean counted) {
        String s = values.line(n, path);
        if (s == null) {
            return null;
        }
        if (s.isEmpty()) {
            values.report(n, path, "expected text, found an empty string");
            return null;
        }
        String why = Values.unholdable(s);
        if (why != null) {
            values.report(n, path, why);
            return null;
        }
        if (counted) {
            long before = characters;
            characters += s.length();
            if (before <= TEXT_CHARACTERS && characters > TEXT_CHARACTERS) {
                values.report(n, path, "the report's own texts hold more than " + TEXT_CHARACTERS
                        + " characters from here on; a report needs far fewer");
            }
        }
        return s;
    }

    /** A whole number of 1 or more. */
    private Integer positive(Node n, String path) {
        Integer v = values.positive(n, path);
        if (v != null && v < 1) {
            values.report(n, path, "expected a positive whole number, found " + Problems.quote(Integer.toString(v)));
            return null;
        }
        return v;
    }
}
