package vn.vanban.render;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import vn.vanban.OutputFormat;
import vn.vanban.Vanban;
import vn.vanban.model.BodyNode;
import vn.vanban.model.Plan;
import vn.vanban.model.Recipients;
import vn.vanban.model.Signatory;
import vn.vanban.testing.DocxText;

import java.io.ByteArrayOutputStream;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 20 §7: box 12, the drafter's initials and the copies, after "Lưu: VT, …" or on a line of their own. */
class DrafterCodeTest {

    private static final Vanban VANBAN = Vanban.builder().build();

    private static Plan plan(Recipients recipients) {
        return Plan.builder().issuer("Sở Tư pháp", "STP", "Quảng Ngãi").date("2025").summary("Kế hoạch")
                .body(BodyNode.paragraph("Nội dung")).recipients(recipients)
                .signatory(Signatory.deputy("Giám đốc", "Phó Giám đốc", "Trần Thị Mai")).build();
    }

    private static List<String> docx(Plan plan) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        VANBAN.render(plan, OutputFormat.DOCX, out);
        return DocxText.nonEmptyParagraphs(out.toByteArray());
    }

    private static String pdf(Plan plan) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        VANBAN.render(plan, OutputFormat.PDF, out);
        try (PDDocument d = Loader.loadPDF(out.toByteArray())) {
            return new PDFTextStripper().getText(d);
        }
    }

    @Test
    void afterTheArchive() throws Exception {
        Recipients r = new Recipients(List.of("Bộ Tư pháp"), "VT, NC").withDrafter("Sonnh", null, false);
        assertTrue(docx(plan(r)).contains("- Lưu: VT, NC (Sonnh)."));
        assertTrue(pdf(plan(r)).contains("- Lưu: VT, NC (Sonnh)."));
        Recipients copies = new Recipients(List.of("Bộ Tư pháp"), "VT, NC").withDrafter("Sonnh", 12, false);
        assertTrue(docx(plan(copies)).contains("- Lưu: VT, NC (Sonnh, 12 bản)."));
    }

    @Test
    void onALineOfItsOwnUnderTheList() throws Exception {
        Recipients r = new Recipients(List.of("Bộ Tư pháp"), "VT, NC").withDrafter("PL", 300, true);
        List<String> texts = docx(plan(r));
        int archive = texts.indexOf("- Lưu: VT, NC.");
        assertTrue(archive > 0, texts::toString);
        assertTrue(texts.get(archive + 1).equals("PL.(300)"), texts::toString);
        assertTrue(pdf(plan(r)).contains("PL.(300)"));
    }
}
