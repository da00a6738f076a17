package vn.vanban.render;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import vn.vanban.OutputFormat;
import vn.vanban.common.RenderResult;
import vn.vanban.common.Warning;
import vn.vanban.Vanban;
import vn.vanban.model.BodyNode;
import vn.vanban.model.Plan;
import vn.vanban.model.Signatory;
import vn.vanban.testing.DocxText;

import java.io.ByteArrayOutputStream;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 20 §8: "./." is added only where it is missing, and a warning says when the text's own end was kept. */
class EndMarkTest {

    private static final Vanban VANBAN = Vanban.builder().build();

    private static Plan.Builder plan() {
        return Plan.builder().issuer("Ủy ban nhân dân xã Phổ Thạnh", "UBND", "Phổ Thạnh").date("2025")
                .summary("Tổ chức Tết Nguyên đán").recipients("VT", "Ủy ban nhân dân thị xã Đức Phổ")
                .signatory(Signatory.forCollective("Ủy ban nhân dân", "Chủ tịch", "Nguyễn Văn An"))
                .body(BodyNode.section("Tổ chức thực hiện", BodyNode.paragraph("Giao Công chức Văn hóa - Xã hội chủ trì.")));
    }

    @Test
    void aClosingEndingWithAPeriodGetsOneMarkInBothFormatsAndAWarning() throws Exception {
        Plan plan = plan().closing("Yêu cầu các cơ quan nghiêm túc thực hiện.").build();
        ByteArrayOutputStream docx = new ByteArrayOutputStream();
        RenderResult docxResult = VANBAN.render(plan, OutputFormat.DOCX, docx);
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        RenderResult pdfResult = VANBAN.render(plan, OutputFormat.PDF, pdf);
        List<String> paragraphs = DocxText.paragraphs(docx.toByteArray());
        assertTrue(paragraphs.contains("Yêu cầu các cơ quan nghiêm túc thực hiện./."), paragraphs::toString);
        assertTrue(paragraphs.contains("Giao Công chức Văn hóa - Xã hội chủ trì."), "the body's own period stays");
        String text;
        try (PDDocument d = Loader.loadPDF(pdf.toByteArray())) {
            text = new PDFTextStripper().getText(d);
        }
        assertTrue(text.contains("thực hiện./."), text);
        assertFalse(text.contains("../."), text);
        for (RenderResult r : List.of(docxResult, pdfResult)) {
            assertEquals(List.of(new Warning("closing", "the closing sentence ends with a period: './.' is added after it "
                    + "('… cầu các cơ quan nghiêm túc thực hiện./.'); end it with './.' yourself to say nothing here")),
                    r.warnings());
        }
    }

    @Test
    void aBodyThatAlreadyEndsWithTheMarkIsLeftAsItIs() {
        Plan plan = plan().body(BodyNode.paragraph("Kế hoạch này có hiệu lực từ ngày ký./.")).build();
        ByteArrayOutputStream docx = new ByteArrayOutputStream();
        RenderResult result = VANBAN.render(plan, OutputFormat.DOCX, docx);
        assertEquals(List.of(), result.warnings());
        assertTrue(DocxText.paragraphs(docx.toByteArray()).contains("Kế hoạch này có hiệu lực từ ngày ký./."));
    }
}
