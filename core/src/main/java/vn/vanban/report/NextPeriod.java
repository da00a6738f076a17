package vn.vanban.report;

import com.fasterxml.jackson.core.JsonGenerator;
import vn.vanban.common.InvalidInputException;
import vn.vanban.common.Problem;
import vn.vanban.common.VanbanException;
import vn.vanban.load.LocalFile;
import vn.vanban.load.PlanWriter;
import vn.vanban.load.Node;
import vn.vanban.text.Figures;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Starts the next period's progress file from this one, the way {@code next-year} starts a plan:
 * the same plan, header and texts, the next period of the series, the report's number left out and
 * its date the year alone. The tasks not done come first, to bring up to date: each carried over
 * with what was said of it, and each task that falls due in the next period added as not started.
 * The tasks done or dropped follow as they were, since every report counts from the start of the
 * year (without them, the nine months' report would find them not started). The texts
 * (difficulties, proposals, next steps) are this period's, for the clerk to bring up to date, as a
 * comment at the top says. Written afresh as YAML, for a file in the same folder (the plan's path
 * kept as it is) or in a folder that holds the plan (the path written from there).
 */
final class NextPeriod {

    private NextPeriod() {
    }

    /**
     * The next progress file, to be written as {@code newFile}: the plan's path is written relative
     * to its folder ({@code null}: the same folder as this one, the path kept as it is).
     *
     * @throws InvalidInputException when the period is the last of its series, or when
     *                               {@code newFile} could not name the plan (see {@link #planPath})
     */
    static String of(ProgressReader.Read read, Path newFile) {
        String planPath = newFile == null ? null : planPath(read, newFile);
        ReportPeriod period = read.progress().period();
        ReportPeriod next = period.next().orElseThrow(() -> {
            Node at = read.tree() instanceof Node.MapNode m && m.fields().containsKey("period")
                    ? m.fields().get("period").value() : read.tree();
            return new InvalidInputException(List.of(new Problem(read.file().toString(), at.line(), at.column(),
                    "period", "the report of " + period.name() + " is the last of the plan's year; the next year "
                    + "starts with next year's plan (vanban next-year)")));
        });
        List<Standing> open = new ArrayList<>();
        List<Standing> closed = new ArrayList<>();
        for (Standing s : read.standings().list()) {
            if (s.state() == Standing.State.DONE || s.state() == Standing.State.CANCELLED) {
                closed.add(s);
            } else if (s.entry() != null || s.task().planned().dueBy(next.end())) {
                open.add(s);
            }
        }
        List<Standing> carried = new ArrayList<>(open);
        carried.addAll(closed);
        StringWriter out = new StringWriter();
        out.write(comment(read, next, open, closed));
        try (JsonGenerator g = PlanWriter.YAML.createGenerator(out)) {
            g.writeStartObject();
            for (Map.Entry<String, Node.Field> f : ((Node.MapNode) read.tree()).fields().entrySet()) {
                switch (f.getKey()) {
                    case "number" -> {
                        // The next report has no number until it is issued.
                    }
                    case "period" -> g.writeStringField("period", next.text());
                    case "date" -> g.writeNumberField("date", next.year());
                    case "rows" -> rows(g, read, carried);
                    case "plan" -> {
                        g.writeFieldName("plan");
                        copy(g, f.getValue().value(), planPath);
                    }
                    default -> {
                        g.writeFieldName(f.getKey());
                        copy(g, f.getValue().value());
                    }
                }
            }
            if (!((Node.MapNode) read.tree()).fields().containsKey("rows") && !carried.isEmpty()) {
                rows(g, read, carried);
            }
            g.writeEndObject();
        } catch (IOException e) {
            throw new VanbanException("the next progress file cannot be written: " + e.getMessage(), e);
        }
        return out.toString();
    }

    /**
     * The plan's path as a progress file in {@code newFile}'s folder names it: the path as written
     * when that is this file's folder ({@code null}); else the path from there, for a folder that
     * holds the plan (the plan's own, or one above it), since a progress file reads only what lies
     * in its folder and below ({@link LocalFile}). A new file anywhere else, or one that is the
     * plan's file itself, is refused at {@code plan.file}, saying where it may go.
     */
    static String planPath(ProgressReader.Read read, Path newFile) {
        Path from = read.file().toAbsolutePath().normalize().getParent();
        Path target = newFile.toAbsolutePath().normalize();
        Path to = target.getParent();
        Path plan = read.plan().path();
        if (target.equals(plan)) {
            throw refusal(read, "the new progress file '" + newFile + "' is this plan's "
                    + "file; name another file");
        }
        if (to.equals(from)) {
            return null;
        }
        String where = "; write it into the plan's folder (" + plan.getParent() + ") or a folder above it";
        if (!plan.startsWith(to)) {
            throw refusal(read, "the new progress file '" + newFile + "' could not name "
                    + "this plan: a progress file names its plan by a path inside its own folder, and " + to
                    + " does not hold " + "'" + read.plan().name() + "'" + where);
        }
        List<String> names = new ArrayList<>();
        to.relativize(plan).forEach(p -> names.add(p.toString()));
        String path = String.join("/", names);
        LocalFile.Resolved resolved = LocalFile.resolve(to, path, "the new progress file", "the plan");
        if (resolved.refused()) {
            throw refusal(read, resolved.refusal() + where);
        }
        return path;
    }

    private static InvalidInputException refusal(ProgressReader.Read read, String message) {
        Node at = ProgressReader.fileNode(read.tree());
        return new InvalidInputException(List.of(new Problem(read.file().toString(), at.line(), at.column(),
                "plan.file", message)));
    }

    private static String comment(ProgressReader.Read read, ReportPeriod next, List<Standing> open,
                                  List<Standing> closed) {
        String from = read.file().getFileName() == null ? read.file().toString() : read.file().getFileName().toString();
        return "# Progress for " + next.text() + ", started from " + from + " (" + read.progress().period().text()
                + ").\n"
                + "# To bring up to date: " + rows(open, "tasks not done or falling due") + ".\n"
                + "# Kept as they were, since a report counts from the start of the year: "
                + rows(closed, "tasks done or cancelled") + ".\n"
                + "# The number is left out and the date is the year alone: fill them in when the report is issued.\n"
                + "# difficulties, proposals and nextSteps are still " + read.progress().period().text()
                + "'s: bring them up to date.\n";
    }

    /** "02 tasks done or cancelled (rows 3, 4)", "no task". */
    private static String rows(List<Standing> list, String what) {
        return list.isEmpty() ? "none" : Figures.count(list.size()) + " " + what + " (rows " + String.join(", ",
                list.stream().map(s -> Integer.toString(s.task().number())).toList()) + ")";
    }

    /** The entries carried over as they were written, and a new one for each task falling due. */
    private static void rows(JsonGenerator g, ProgressReader.Read read, List<Standing> carried) throws IOException {
        List<Node> written = read.tree() instanceof Node.MapNode m && m.fields().get("rows") != null
                && m.fields().get("rows").value() instanceof Node.ListNode l ? l.items() : List.of();
        List<RowProgress> entries = read.progress().rows();
        g.writeArrayFieldStart("rows");
        for (Standing s : carried) {
            int i = indexOf(entries, s.entry());
            if (i >= 0 && i < written.size()) {
                copy(g, written.get(i));
            } else {
                g.writeStartObject();
                if (s.task().id() != null) {
                    g.writeStringField("id", s.task().id());
                } else {
                    g.writeNumberField("row", s.task().number());
                }
                g.writeStringField("status", Status.NOT_STARTED.key());
                g.writeEndObject();
            }
        }
        g.writeEndArray();
    }

    /** Where {@code entry} itself stands (not an equal entry written twice), or -1. */
    private static int indexOf(List<RowProgress> entries, RowProgress entry) {
        return IntStream.range(0, entries.size()).filter(i -> entries.get(i) == entry).findFirst().orElse(-1);
    }

    /** A value as the file wrote it: numbers, booleans and texts keep their kind and their digits. */
    private static void copy(JsonGenerator g, Node n) throws IOException {
        copy(g, n, null);
    }

    /** The value, its {@code file} field written {@code file} when that is given (the plan's new path). */
    private static void copy(JsonGenerator g, Node n, String file) throws IOException {
        if (n instanceof Node.MapNode m) {
            g.writeStartObject();
            for (Node.Field f : m.fields().values()) {
                g.writeFieldName(f.key());
                if (file != null && f.key().equals("file")) {
                    g.writeString(file);
                } else {
                    copy(g, f.value());
                }
            }
            g.writeEndObject();
        } else if (n instanceof Node.ListNode l) {
            g.writeStartArray();
            for (Node item : l.items()) {
                copy(g, item);
            }
            g.writeEndArray();
        } else {
            Node.Scalar s = (Node.Scalar) n;
            switch (s.kind()) {
                case STRING -> g.writeString(s.text());
                case INTEGER, DECIMAL -> g.writeNumber(s.text());
                case TRUE -> g.writeBoolean(true);
                case FALSE -> g.writeBoolean(false);
                case NULL -> g.writeNull();
            }
        }
    }
}
