package vn.vanban.docx4j.imports;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.vanban.OutputFormat;
import vn.vanban.model.Appendix;
import vn.vanban.model.BodyNode;
import vn.vanban.model.CatalogueRow;
import vn.vanban.model.Citation;
import vn.vanban.model.Column;
import vn.vanban.model.LegalBasis;
import vn.vanban.model.PartialDate;
import vn.vanban.model.Plan;
import vn.vanban.model.Text;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Plans typed the way agencies type them (user trial 4, items 2, 3 and 8; made by
 * {@code src/test/resources/imports/word/agencies.py}): a preamble citing a plan inline before
 * "; Ủy ban nhân dân xã … ban hành", the closing "Trên đây là Kế hoạch …./." after the last
 * section, a parent agency "UBND TỈNH QUẢNG NAM", a section "II. KINH PHÍ" whose words the text
 * writes in lower case, and a catalogue ending with its total typed as a row.
 */
class AgencyTypedTest {

    private static Import read(String file) {
        return Documents.wordMade(file);
    }

    @Test
    void aPlanCitedInlineIsReadIntoItsParts() {
        LegalBasis basis = read("agency-commune.docx").plan().basis();
        assertEquals(LegalBasis.Form.INLINE, basis.form());
        assertEquals("Thực hiện", basis.lead());
        assertEquals(List.of(new Citation("Kế hoạch", null, "45/KH-UBND", new PartialDate(2025, 2, 20),
                "UBND huyện Núi Thành", "về phòng, chống thiên tai năm 2025", false, false)), basis.citations());
        assertEquals("Ủy ban nhân dân xã Tam Quang ban hành Kế hoạch như sau:", basis.issuing());
    }

    /** The words come back; the ";" typed before the issuing sentence is the decree's ",". */
    @Test
    void theCitedPlanPrintsTheSameWords() throws IOException {
        Plan p = Documents.throughDataFile(read("agency-commune.docx").plan());
        String text = pdfText(p);
        assertTrue(text.replaceAll("\\s+", " ").contains("Thực hiện Kế hoạch số 45/KH-UBND ngày 20/02/2025 của UBND huyện "
                + "Núi Thành về phòng, chống thiên tai năm 2025, Ủy ban nhân dân xã Tam Quang ban hành Kế hoạch như sau:"), text);
    }

    @Test
    void aCitationDatedInWordsKeepsItsWordsAndItsDate() {
        LegalBasis basis = read("agency-variants.docx").plan().basis();
        assertEquals(1, basis.citations().size(), basis.toString());
        Citation c = basis.citations().get(0);
        assertEquals("Kế hoạch số 45/KH-UBND", c.name(), "its date in words is written back by name only");
        assertEquals(new PartialDate(2025, 2, 20), c.date());
        assertEquals("Ủy ban nhân dân tỉnh", c.issuer());
        assertEquals("về phòng, chống thiên tai năm 2025", c.subject());
        assertEquals("Sở Nông nghiệp và Môi trường ban hành Kế hoạch tập huấn như sau:", basis.issuing());
    }

    @Test
    void theClosingAfterTheLastClauseIsTheClosing() {
        Plan p = read("agency-commune.docx").plan();
        assertEquals("Trên đây là Kế hoạch phòng, chống thiên tai năm 2025 của UBND xã Tam Quang", p.closing());
        BodyNode.Section last = assertInstanceOf(BodyNode.Section.class, p.body().get(p.body().size() - 1));
        BodyNode.Clause clause = assertInstanceOf(BodyNode.Clause.class, last.content().get(1));
        assertEquals(List.of(), clause.content(), "the closing is no paragraph of the clause");
    }

    @ParameterizedTest
    @ValueSource(strings = {"agency-department.docx", "agency-variants.docx"})
    void theClosingAfterASectionsParagraphIsTheClosing(String file) {
        Plan p = read(file).plan();
        assertEquals("Trên đây là Kế hoạch tập huấn năm 2025 của Sở Nông nghiệp và Môi trường", p.closing());
        BodyNode.Section second = assertInstanceOf(BodyNode.Section.class, p.body().get(1));
        assertEquals(1, second.content().size(), second.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"agency-department.docx", "agency-variants.docx"})
    void abbreviationsKeepTheirCapitals(String file) {
        // The department's text writes "UBND tỉnh (b/c)" among its recipients; the variants' text nowhere.
        assertEquals("UBND tỉnh Quảng Nam", read(file).plan().parent().name());
    }

    @Test
    void aSectionTitleOpensWithACapitalThoughTheTextWritesItsWordsInLowerCase() {
        Plan department = read("agency-department.docx").plan();
        assertEquals(List.of("Mục đích, yêu cầu", "Kinh phí"), titles(department));
        assertEquals(List.of("Mục đích, yêu cầu", "Kinh phí thực hiện", "Tổ chức thực hiện"),
                titles(read("agency-variants.docx").plan()));
    }

    @Test
    void aTotalTypedAsTheLastRowIsTheTotalAddingUpItsColumns() {
        Import r = read("agency-department.docx");
        Appendix a = r.plan().appendices().get(0);
        assertEquals(List.of(false, true, true), a.columns().stream().map(Column::sum).toList());
        assertEquals(new CatalogueRow.Total("Tổng cộng", Map.of()), a.rows().get(a.rows().size() - 1),
                "the sums are the renderer's");
        assertTrue(r.unmapped().isEmpty(), r.unmapped().toString());
    }

    @Test
    void theRenderedCatalogueShowsTheTotalAsItsTotalRow() throws IOException {
        Plan p = Documents.throughDataFile(read("agency-department.docx").plan());
        String text = pdfText(p);
        assertTrue(text.contains("Tổng cộng 100 70.000.000"), text);
        assertTrue(text.contains("2 Huyện Đông Giang 50 35.000.000"), text);
        assertFalse(text.matches("(?s).*\\b3 Tổng cộng.*"), "the total is no task 3: " + text);
    }

    @Test
    void aTotalThatIsNotTheRowsSumIsKeptAndListed() {
        Import r = read("agency-variants.docx");
        Appendix a = r.plan().appendices().get(0);
        assertEquals(List.of(false, true, false), a.columns().stream().map(Column::sum).toList());
        CatalogueRow.Total total = assertInstanceOf(CatalogueRow.Total.class, a.rows().get(a.rows().size() - 1));
        assertEquals("CỘNG", total.label());
        assertEquals(Map.of("kinhPhiDong", Text.of("65.000.000")), total.cells(), "kept as printed");
        List<Unmapped> listed = r.unmapped().stream().filter(u -> u.excerpt().equals("65.000.000")).toList();
        assertEquals(1, listed.size(), r.unmapped().toString());
        String reason = listed.get(0).reason();
        assertTrue(reason.contains("differs from the sum of the rows above it, 70.000.000")
                && reason.contains("Kinh phí (đồng)") && reason.contains("sum: true"), reason);
    }

    /** Every word of the Word file is in the imported plan's rendering. */
    @ParameterizedTest
    @ValueSource(strings = {"agency-commune.docx", "agency-department.docx", "agency-variants.docx"})
    void nothingIsDropped(String file) throws IOException {
        byte[] again = Documents.render(Documents.throughDataFile(read(file).plan()));
        Map<String, Integer> rendered = WordMadeTest.words(again);
        Map<String, Integer> missing = new HashMap<>();
        WordMadeTest.words(Files.readAllBytes(Documents.WORD.resolve(file))).forEach((w, n) -> {
            if (rendered.getOrDefault(w, 0) < n) {
                missing.put(w, n - rendered.getOrDefault(w, 0));
            }
        });
        assertEquals(Map.of(), missing, "words of the document not in the imported plan's rendering");
    }

    private static List<String> titles(Plan p) {
        return p.body().stream().map(n -> assertInstanceOf(BodyNode.Section.class, n).title()).toList();
    }

    private static String pdfText(Plan p) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Documents.vanban().render(p, OutputFormat.PDF, out);
        try (PDDocument d = Loader.loadPDF(out.toByteArray())) {
            return new PDFTextStripper().getText(d);
        }
    }

    @Test
    void noClosingIsMadeOfAParagraphThatIsNone() {
        assertNull(read("word-direct.docx").plan().closing());
    }
}
