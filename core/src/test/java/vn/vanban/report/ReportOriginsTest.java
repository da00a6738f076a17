package vn.vanban.report;

import org.junit.jupiter.api.Test;
import vn.vanban.model.Appendix;
import vn.vanban.model.CatalogueRow;
import vn.vanban.model.Text;
import vn.vanban.view.NodeView;
import vn.vanban.view.PlanView;
import vn.vanban.view.PlanViews;
import vn.vanban.view.SpanView;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Where the sample report's texts come from, by the paths its rendering names: each text the
 * view prints at a field with an origin holds that field's value, read from the progress file or
 * the plan as the reader read them; the texts made of several fields have none.
 */
class ReportOriginsTest {

    private static final Pattern ENTRY = Pattern.compile("(\\w+)\\[(\\d+)](?:\\.(\\w+))?");
    private static final Pattern PLAN_CELL = Pattern.compile("appendices\\[(\\d+)]\\.(rows|columns)\\[(\\d+)]\\.(\\w+)");

    private final ProgressReader.Read read = new ProgressReader().read(ReportsTest.SAMPLE);
    private final Report report = Reports.read(ReportsTest.SAMPLE);
    private final PlanView view = PlanViews.of(report.document());

    @Test
    void everyBodyTextFromTheProgressFileIsPlacedAtItsOwnEntry() {
        Map<String, String> printed = new LinkedHashMap<>();
        collect(view.body(), printed);
        Set<String> placed = new TreeSet<>();
        printed.forEach((field, text) -> report.origins().of(field).ifPresent(o -> {
            String value = value(o);
            assertTrue(text.contains(value.replaceAll("\\.$", "")), field + " → " + o + ": " + text);
            placed.add(o.source() + " " + o.path());
        }));
        Set<String> expected = new TreeSet<>();
        Progress p = read.progress();
        IntStream.range(0, p.difficulties().size()).forEach(i -> expected.add("PROGRESS difficulties[" + i + "]"));
        IntStream.range(0, p.proposals().size()).forEach(i -> expected.add("PROGRESS proposals[" + i + "]"));
        IntStream.range(0, p.nextSteps().size()).forEach(i -> expected.add("PROGRESS nextSteps[" + i + "]"));
        // Each group's point: its title is the plan's, its figures the report's.
        List<CatalogueRow> plan = read.plan().plan().appendices().get(0).rows();
        IntStream.range(0, plan.size()).filter(k -> plan.get(k) instanceof CatalogueRow.Group)
                .forEach(k -> expected.add("PLAN appendices[0].rows[" + k + "].group"));
        assertEquals(3, expected.stream().filter(e -> e.endsWith(".group")).count());
        assertEquals(expected, placed);
    }

    @Test
    void everyCellOfTheTableIsPlacedAtTheCellOrEntryItComesFrom() {
        PlanView.AppendixView table = view.appendices().get(0);
        int results = 0;
        for (PlanView.RowView row : table.rows()) {
            if (row.group() != null) {
                assertEquals(row.group(), value(report.origins().of(row.field()).orElseThrow()), row.field());
                continue;
            }
            for (int c = 0; c < row.cells().size(); c++) {
                String text = text(row.cells().get(c)).strip();
                Optional<Origins.Origin> o = report.origins().of(row.cellFields().get(c));
                if (c == 0) {
                    // The STT is the task's place in the plan, no text of a cell.
                    assertEquals(Optional.empty(), o, row.cellFields().get(c));
                    continue;
                }
                if (table.headers().get(c).equals("Tình hình thực hiện") || text.isEmpty()) {
                    assertTrue(o.isEmpty() || text.isEmpty(), row.cellFields().get(c) + " → " + o);
                    continue;
                }
                assertEquals(text, value(o.orElseThrow()), row.cellFields().get(c));
                results += o.get().source() == Origins.Source.PROGRESS ? 1 : 0;
            }
        }
        assertEquals(read.progress().rows().stream().mapToLong(r -> (r.result() != null ? 1 : 0)
                + (r.note() != null ? 1 : 0)).sum(), results);
        assertEquals(Optional.empty(), report.origins().of(table.headerFields().get(0)));
        for (int c = 1; c < 4; c++) {
            assertEquals(table.headers().get(c), value(report.origins().of(table.headerFields().get(c)).orElseThrow()));
        }
    }

    /**
     * The report's own sentences, the late tasks' lines made of a task and its entry, and the
     * lines of tasks done made of a task and its result, come from no one field.
     */
    @Test
    void aTextMadeOfSeveralFieldsHasNoOrigin() {
        assertTrue(report.origins().of("summary").isEmpty());
        assertTrue(report.origins().of("closing").isEmpty());
        assertTrue(report.origins().of("appendices[0].title").isEmpty());
        Map<String, String> printed = new LinkedHashMap<>();
        collect(view.body(), printed);
        List<String> late = printed.entrySet().stream().filter(e -> e.getValue().contains("chậm tiến độ")
                || e.getValue().contains(": đang thực hiện.")).map(Map.Entry::getKey).toList();
        assertTrue(late.size() >= 2, printed::toString);
        late.forEach(f -> assertTrue(report.origins().of(f).isEmpty(), f));
        List<String> done = printed.entrySet().stream().filter(e -> e.getValue().contains(": đã phát 02 đợt tin")
                || e.getValue().contains(": đã niêm yết")).map(Map.Entry::getKey).toList();
        assertEquals(2, done.size(), printed::toString);
        done.forEach(f -> assertTrue(report.origins().of(f).isEmpty(), f));
        assertEquals(Optional.of(new Origins.Origin(Origins.Source.PROGRESS, "signatory.fullName")),
                report.origins().of("signatory.fullName"));
    }

    /** Each node's printed text (its title, or its text) by its field. */
    private static void collect(List<NodeView> nodes, Map<String, String> out) {
        for (NodeView n : nodes) {
            out.put(n.field(), n.title() != null ? n.title() : text(n.spans()));
            collect(n.children(), out);
        }
    }

    private static String text(List<SpanView> spans) {
        return spans.stream().map(SpanView::text).collect(Collectors.joining()).replace("\u00A0", " ");
    }

    /** The value an origin names, as the progress file's or the plan's reading gives it. */
    private String value(Origins.Origin o) {
        if (o.source() == Origins.Source.PLAN) {
            Matcher m = PLAN_CELL.matcher(o.path());
            assertTrue(m.matches(), o.path());
            Appendix a = read.plan().plan().appendices().get(Integer.parseInt(m.group(1)));
            int i = Integer.parseInt(m.group(3));
            if (m.group(2).equals("columns")) {
                return a.columns().get(i).header();
            }
            CatalogueRow row = a.rows().get(i);
            if (row instanceof CatalogueRow.Group g) {
                assertEquals("group", m.group(4));
                return g.title();
            }
            Text cell = ((CatalogueRow.Item) row).cells().get(m.group(4));
            return Periods.keptWhole(Catalogue.plain(cell)).replace("\u00A0", " ");
        }
        Matcher m = ENTRY.matcher(o.path());
        assertTrue(m.matches(), o.path());
        Progress p = read.progress();
        int i = Integer.parseInt(m.group(2));
        return switch (m.group(1)) {
            case "difficulties" -> p.difficulties().get(i);
            case "proposals" -> p.proposals().get(i);
            case "nextSteps" -> p.nextSteps().get(i);
            case "rows" -> m.group(3).equals("result") ? p.rows().get(i).result() : p.rows().get(i).note();
            default -> throw new AssertionError(o.path());
        };
    }
}
