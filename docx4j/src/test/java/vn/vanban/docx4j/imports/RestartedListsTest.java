package vn.vanban.docx4j.imports;

import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.junit.jupiter.api.Test;
import vn.vanban.common.Format;
import vn.vanban.load.PlanWriter;
import vn.vanban.model.BodyNode;

import java.io.ByteArrayOutputStream;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A Word file of lists that start again at "1." after "9." (found by trying main as a hostile
 * user): each restart nested one level deeper, until 10,000 paragraphs failed to be written at
 * a nesting depth of 1,001. Clauses now nest at most {@value BodyReader#MAX_CLAUSE_DEPTH} deep,
 * and what render would refuse is listed, not left for the next command to find.
 */
class RestartedListsTest {

    private static byte[] docx(int paragraphs) throws Exception {
        WordprocessingMLPackage pkg = WordprocessingMLPackage.createPackage();
        pkg.getMainDocumentPart().addParagraphOfText("KẾ HOẠCH");
        pkg.getMainDocumentPart().addParagraphOfText("Thực hiện các nhiệm vụ năm 2025");
        for (int i = 0; i < paragraphs; i++) {
            pkg.getMainDocumentPart().addParagraphOfText((i % 9 + 1) + ". Nhiệm vụ số " + i + " của danh sách.");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        pkg.save(out);
        return out.toByteArray();
    }

    private static int depth(List<BodyNode> nodes) {
        int max = 0;
        for (BodyNode n : nodes) {
            List<BodyNode> children = n instanceof BodyNode.Clause c ? c.content()
                    : n instanceof BodyNode.Section s ? s.content() : List.of();
            max = Math.max(max, 1 + depth(children));
        }
        return max;
    }

    @Test
    void restartedListsDoNotNestOneLevelPerList() throws Exception {
        Import imported = new Importer().read(docx(200), "restarted.docx");
        assertTrue(depth(imported.plan().body()) <= BodyReader.MAX_CLAUSE_DEPTH, imported.plan().body().toString());
        String yaml = new PlanWriter().write(imported.plan(), Format.YAML);
        assertFalse(yaml.contains("null"), yaml);
        assertTrue(imported.unmapped().stream().anyMatch(u -> u.reason().startsWith("the data file needs a fix before render")),
                imported.unmapped().toString());
    }

    @Test
    void tenThousandParagraphsAreWrittenAndWhatRenderRefusesIsListed() throws Exception {
        Import imported = new Importer().read(docx(10_000), "big.docx");
        String yaml = new PlanWriter().write(imported.plan(), Format.YAML);
        assertTrue(yaml.length() > 100_000);
        assertTrue(imported.unmapped().stream().anyMatch(u -> u.reason().contains("at most 5000")),
                imported.unmapped().toString());
    }
}
