package vn.vanban;

import vn.vanban.common.RenderResult;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import vn.vanban.model.Appendix;
import vn.vanban.model.Citation;
import vn.vanban.model.Inline;
import vn.vanban.model.LegalBasis;
import vn.vanban.model.PartialDate;
import vn.vanban.model.Plan;
import vn.vanban.model.Signatory;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.vanban.model.BodyNode.clause;
import static vn.vanban.model.BodyNode.dash;
import static vn.vanban.model.BodyNode.paragraph;
import static vn.vanban.model.BodyNode.point;
import static vn.vanban.model.BodyNode.section;

/**
 * README's plan built in code is this code: the snippet between the markers below is the one in
 * README.md's "The Java API", word for word, and it renders.
 */
class PlanInCodeSnippetTest {

    private static final Path DOCUMENT = Path.of("..", "README.md");

    private static RenderResult snippet(Vanban vanban, OutputStream out) {
        // snippet: start
        Plan plan = Plan.builder()
                .issuer("Ủy ban nhân dân thị xã Đức Phổ", "UBND", "Đức Phổ")
                .number(45)
                .date("2024-03-15")
                .summary("Truyền thông về hoạt động kiểm soát thủ tục hành chính năm 2024")
                .basis(LegalBasis.inline("Thực hiện", "Chủ tịch UBND thị xã ban hành Kế hoạch, như sau:",
                        Citation.of("Nghị định", "63/2010/NĐ-CP", PartialDate.parse("2010-06-08"), "Chính phủ",
                                "về kiểm soát thủ tục hành chính")))
                .body(section("Mục đích, yêu cầu",
                                clause("Mục đích", dash("Tuyên truyền kịp thời các quy định về thủ tục hành chính.")),
                                clause("Yêu cầu", dash("Nội dung tuyên truyền chính xác, dễ hiểu."))),
                        section("Nội dung",
                                point("Đăng tải trên Trang thông tin điện tử của thị xã."),
                                point("Phát thanh trên hệ thống truyền thanh cơ sở."),
                                paragraph(Inline.plain("Tổng kinh phí: "), Inline.money(15_000_000, true))))
                .closing("Yêu cầu các cơ quan, đơn vị nghiêm túc triển khai thực hiện")
                .recipients("VT", "Văn phòng UBND tỉnh", "Các cơ quan, đơn vị")
                .signatory(Signatory.head("Chủ tịch", "Bùi Văn Lý"))
                .appendix(Appendix.builder("Danh mục nội dung công việc")
                        .column("content", "Nội dung công việc", 5)
                        .column("time", "Thời gian thực hiện", 2)
                        .group("Công khai thủ tục hành chính")
                        .row(Map.of("content", "Đăng tải danh mục thủ tục hành chính", "time", "Quý II/2024"))
                        .build())
                .build();
        RenderResult result = vanban.render(plan, OutputFormat.PDF, out); // InvalidInputException: every problem
        // snippet: end
        return result;
    }

    @Test
    void theDocumentedSnippetIsThisOne() throws Exception {
        String source = Files.readString(Path.of("src", "test", "java", "vn", "vanban", "PlanInCodeSnippetTest.java"),
                StandardCharsets.UTF_8);
        String code = source.substring(source.indexOf("// snippet: start\n") + "// snippet: start\n".length(),
                source.indexOf("        // snippet: end"));
        String dedented = code.lines().map(l -> l.length() >= 8 ? l.substring(8) : l.strip())
                .collect(Collectors.joining("\n", "", "\n"));
        String document = Files.readString(DOCUMENT, StandardCharsets.UTF_8);
        assertTrue(document.contains("```java\n" + "import static vn.vanban.model.BodyNode.*;\n\n" + dedented + "```"),
                DOCUMENT + " shows the snippet of this test:\n" + dedented);
    }

    @Test
    void theSnippetRenders() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RenderResult result = snippet(Vanban.builder().build(), out);
        assertEquals(java.util.List.of(), result.warnings());
        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertTrue(text.contains("Số: 45/KH-UBND"), text);
            assertTrue(text.contains("I. MỤC ĐÍCH, YÊU CẦU"), text);
            assertTrue(text.contains("b) Phát thanh trên hệ thống truyền thanh cơ sở."), text);
            assertTrue(text.contains("15.000.000 đồng (Bằng chữ: Mười lăm triệu đồng)"), text);
            assertTrue(text.contains("Đăng tải danh mục thủ tục hành chính Quý II/2024"), text);
        }
    }
}
