package vn.vanban.docx4j;

import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.wml.P;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vanban.OutputFormat;
import vn.vanban.TestPlans;
import vn.vanban.Vanban;
import vn.vanban.model.Plan;
import vn.vanban.testing.DocxText;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A rendered plan handed over as a docx4j package, for applications that post-process with docx4j. */
class Docx4jDocumentsTest {

    private static final Vanban VANBAN = Vanban.builder().build();

    private static List<String> texts(WordprocessingMLPackage pkg) {
        return pkg.getMainDocumentPart().getContent().stream().filter(o -> o instanceof P).map(Object::toString).toList();
    }

    @Test
    void thePackageHoldsWhatVanbanWrote() throws Exception {
        Plan plan = TestPlans.small();
        Docx4jDocuments.Rendered r = Docx4jDocuments.render(VANBAN, plan);
        ByteArrayOutputStream direct = new ByteArrayOutputStream();
        VANBAN.render(plan, OutputFormat.DOCX, direct);
        // The same paragraphs in the same order as the DOCX read without docx4j (tables' paragraphs included).
        ByteArrayOutputStream saved = new ByteArrayOutputStream();
        r.document().save(saved);
        assertEquals(DocxText.nonEmptyParagraphs(direct.toByteArray()), DocxText.nonEmptyParagraphs(saved.toByteArray()));
        assertEquals(List.of(), r.warnings());
        assertEquals(2, r.document().getDocumentModel().getSections().size(), "the plan and its appendix");
        assertTrue(r.document().getMainDocumentPart().getStyleDefinitionsPart().getStyleById("VbBody") != null,
                "vanban's named styles come along");
    }

    @Test
    void anApplicationAddsToItWithDocx4jAndSavesIt(@TempDir Path dir) throws Exception {
        WordprocessingMLPackage pkg = Docx4jDocuments.render(VANBAN, TestPlans.small()).document();
        pkg.getMainDocumentPart().addStyledParagraphOfText("VbBody", "Đoạn thêm bằng docx4j.");
        Path file = dir.resolve("plan.docx");
        pkg.save(file.toFile());
        List<String> paragraphs = DocxText.nonEmptyParagraphs(Files.readAllBytes(file));
        assertEquals("Đoạn thêm bằng docx4j.", paragraphs.get(paragraphs.size() - 1));
        assertTrue(paragraphs.contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"));
        WordprocessingMLPackage again = Docx4jDocuments.load(file);
        assertEquals(texts(pkg).size(), texts(again).size());
    }

    @Test
    void aLayoutRendersToAPackageToo() {
        var layout = VANBAN.layout(TestPlans.small(), vn.vanban.DocumentPart.WHOLE);
        Docx4jDocuments.Rendered r = Docx4jDocuments.render(VANBAN, layout);
        assertEquals(texts(Docx4jDocuments.render(VANBAN, TestPlans.small()).document()), texts(r.document()));
    }

    @Test
    void whatIsNoDocxIsRefusedWithItsName(@TempDir Path dir) throws Exception {
        assertEquals(dir.resolve("none.docx") + ": no such file",
                assertThrows(UnreadableDocumentException.class, () -> Docx4jDocuments.load(dir.resolve("none.docx"))).getMessage());
        Path pdf = Files.write(dir.resolve("plan.docx"), "%PDF-1.7 …".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        String m = assertThrows(UnreadableDocumentException.class, () -> Docx4jDocuments.load(pdf)).getMessage();
        assertTrue(m.startsWith(pdf + ": not a DOCX file"), m);
        assertThrows(UnreadableDocumentException.class, () -> Docx4jDocuments.load(new byte[] {'P', 'K', 3, 4, 0, 0}));
    }
}
