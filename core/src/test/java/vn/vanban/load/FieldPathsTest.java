package vn.vanban.load;

import org.junit.jupiter.api.Test;
import vn.vanban.DocumentPart;
import vn.vanban.Vanban;
import vn.vanban.layout.LayoutDocument;
import vn.vanban.model.Plan;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The field path each paragraph of a layout carries (which its warnings name) is one the plan's
 * own file writes: every segment of it leads to a value there, and every text that comes from
 * the data has one.
 */
class FieldPathsTest {

    private static final Vanban VANBAN = Vanban.builder().build();

    /** Styles of texts that always come from the data, whatever the type. */
    private static final Set<String> FROM_DATA = Set.of("summary", "section-heading", "clause-heading",
            "article-heading", "part-title", "chapter-title", "chapter-section-title", "closing", "signature-name",
            "contact", "appendix-title", "table-header", "table-group", "addressee", "agency");

    @Test
    void everySamplesFieldPathsLeadToValuesOfItsFile() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Stream.concat(Files.list(Path.of("..", "samples")),
                Files.list(Path.of("src", "test", "resources", "plans")))) {
            files = s.filter(p -> p.toString().endsWith(".yaml") && !p.toString().endsWith("-progress.yaml"))
                    .sorted().toList();
        }
        assertTrue(files.size() >= 10, files::toString);
        int checked = 0;
        for (Path file : files) {
            Plan plan = new PlanReader().read(file);
            Problems problems = new Problems(file.toString());
            Node root = new TreeReader().parse(DataFile.read(file, problems).bytes(), vn.vanban.common.Format.YAML,
                    problems);
            List<LayoutDocument.Paragraph> paragraphs = new ArrayList<>();
            VANBAN.layout(plan, DocumentPart.WHOLE).sections().forEach(s -> collect(s.blocks(), paragraphs));
            for (LayoutDocument.Paragraph p : paragraphs) {
                if (FROM_DATA.contains(p.style())) {
                    assertTrue(!p.field().isEmpty(), file + ": " + p.style() + " \"" + p.text() + "\" has no field");
                }
                if (!p.field().isEmpty()) {
                    assertEquals("", unresolved(root, p.field()), file + ": " + p.field() + " (\"" + p.text() + "\")");
                    checked++;
                }
            }
        }
        assertTrue(checked > 500, "paragraphs with a field: " + checked);
    }

    /** The part of {@code path} that leads to no value of the tree, "" when all of it does. */
    private static String unresolved(Node root, String path) {
        Node node = root;
        for (Object segment : Paths.segments(path)) {
            Node next = null;
            if (segment instanceof String key && node instanceof Node.MapNode m && m.fields().get(key) != null) {
                next = m.fields().get(key).value();
            } else if (segment instanceof Integer i && node instanceof Node.ListNode l && i < l.items().size()) {
                next = l.items().get(i);
            }
            if (next == null) {
                return segment.toString();
            }
            node = next;
        }
        return "";
    }

    private static void collect(List<LayoutDocument.Block> blocks, List<LayoutDocument.Paragraph> out) {
        for (LayoutDocument.Block b : blocks) {
            if (b instanceof LayoutDocument.Paragraph p) {
                out.add(p);
            } else if (b instanceof LayoutDocument.FirstPageFoot f) {
                out.addAll(f.paragraphs());
            } else if (b instanceof LayoutDocument.Table t) {
                t.rows().forEach(r -> r.cells().forEach(c -> collect(c.blocks(), out)));
            }
        }
    }
}
