package vn.vanban.docx4j.imports;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.vanban.model.Appendix;
import vn.vanban.model.BodyNode;
import vn.vanban.model.CatalogueRow;
import vn.vanban.model.LegalBasis;
import vn.vanban.model.Plan;
import vn.vanban.model.Signatory;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Plans typed in Word without vanban's styles ({@code src/test/resources/imports/word}, made by
 * its {@code make.py} with python-docx): direct formatting; Word's automatic numbering (the numbers
 * from numbering.xml, not the text); tabs after labels and in the header; manual line breaks; the
 * header in a table, on lines split by tabs, or in text boxes; a group row merged across the
 * table and a cell merged down. Each is read into the same plan, and nothing is dropped.
 */
class WordMadeTest {

    private static Import read(String file) {
        return Documents.wordMade(file);
    }

    @ParameterizedTest
    @ValueSource(strings = {"word-direct.docx", "word-numbering.docx", "word-text-boxes.docx"})
    void theDecreesPartsAreFound(String file) {
        Import r = read(file);
        Plan p = r.plan();
        assertEquals("Ủy ban nhân dân xã Phổ Thạnh", p.issuer().name());
        assertEquals("UBND", p.issuer().abbreviation());
        assertEquals("Phổ Thạnh", p.issuer().place());
        assertEquals(15, p.number());
        assertEquals("2024-03-15", p.date().toString());
        assertEquals("Tuyên truyền cải cách hành chính năm 2024", p.summary());
        assertEquals(LegalBasis.Form.LINES, p.basis().form());
        assertEquals(List.of("63/2010/NĐ-CP", "26/KH-UBND"), p.basis().citations().stream().map(c -> c.number()).toList());
        assertEquals("Ủy ban nhân dân xã ban hành Kế hoạch như sau:", p.basis().issuing());

        assertEquals(2, p.body().size());
        BodyNode.Section first = assertInstanceOf(BodyNode.Section.class, p.body().get(0));
        assertEquals("Mục đích, yêu cầu", first.title());
        BodyNode.Clause purpose = assertInstanceOf(BodyNode.Clause.class, first.content().get(0));
        assertEquals("Mục đích", purpose.title());
        BodyNode.Dash dash = assertInstanceOf(BodyNode.Dash.class, purpose.content().get(0));
        assertTrue(dash.text().parts().stream().anyMatch(i -> i.equals(new vn.vanban.model.Inline.Strong("cải cách hành chính"))),
                "the bold words stay bold: " + dash.text());
        BodyNode.Clause demands = assertInstanceOf(BodyNode.Clause.class, first.content().get(1));
        assertEquals(2, demands.content().size());
        demands.content().forEach(n -> assertInstanceOf(BodyNode.Point.class, n));
        assertEquals("Bảo đảm thiết thực, hiệu quả.", Texts.plain(((BodyNode.Point) demands.content().get(1)).text()),
                "a tab after the label or inside the text is a space");

        assertEquals(List.of("Ủy ban nhân dân thị xã", "Các ban, ngành"), p.recipients().to());
        assertEquals("VT", p.recipients().archive());
        assertEquals(new Signatory(Signatory.Authority.TM, "Ủy ban nhân dân", null, "Chủ tịch", "Trần Văn Bình"), p.signatory());

        Appendix a = p.appendices().get(0);
        assertEquals("Danh mục nội dung công việc", a.title());
        assertTrue(a.numbered());
        assertEquals(List.of("Nội dung công việc", "Đơn vị chủ trì", "Thời gian"), a.columns().stream().map(c -> c.header()).toList());
        assertEquals(List.of(6, 3, 2), a.columns().stream().map(c -> c.width()).toList());
        assertEquals(new CatalogueRow.Group("Tuyên truyền trên báo chí"), a.rows().get(0));
        assertEquals(4, a.rows().size());

        // "(Đã ký)" has no place in the model: kept, and said.
        assertTrue(r.unmapped().stream().anyMatch(u -> u.excerpt().equals("(Đã ký)")), r.unmapped().toString());
        // The imported plan is a valid plan: it renders.
        Documents.render(Documents.throughDataFile(p));
    }

    /**
     * The Government's own Word file of the templates (Phụ lục III) is a book of forms, not a plan:
     * it is read through, what is not found is said, and a data file is still written.
     */
    @Test
    void theGovernmentsBookOfTemplatesIsReadThrough() throws IOException {
        Path book = Path.of(System.getProperty("vanban.shared", "../../shared/nd30"), "reference", "nd30-phu-luc-III-mau.docx");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(book), "needs " + book);
        Import r = new Importer().read(Documents.visibleOnly(Files.readAllBytes(book)), book.toString());
        assertTrue(r.unmapped().stream().anyMatch(u -> u.paragraph() == 0 && u.reason().contains("type name")), r.unmapped().toString());
        String yaml = new vn.vanban.load.PlanWriter().write(r.plan(), vn.vanban.common.Format.YAML);
        assertTrue(yaml.contains("BẢNG CHỮ VIẾT TẮT TÊN LOẠI"), "its words are kept as paragraphs");
    }

    @Test
    void wordsOwnListNumbersGiveTheStructureNotTheText() {
        Plan typed = read("word-direct.docx").plan();
        Plan numbered = read("word-numbering.docx").plan();
        // The one difference: Word numbers the first line only of a paragraph with a manual break,
        // so the line after it goes on in that item (the break a space), not a paragraph of its own.
        BodyNode.Clause purpose = (BodyNode.Clause) ((BodyNode.Section) numbered.body().get(0)).content().get(0);
        assertEquals(2, purpose.content().size(), purpose.toString());
        BodyNode.Dash second = assertInstanceOf(BodyNode.Dash.class, purpose.content().get(1));
        assertEquals("Tạo sự đồng thuận của người dân. Góp phần thực hiện hiệu quả nhiệm vụ.", Texts.plain(second.text()));
        assertEquals(typed.body().get(1), numbered.body().get(1));
        assertEquals(typed.appendices().get(0).columns(), numbered.appendices().get(0).columns());
    }

    @Test
    void aCellMergedDownIsReported() {
        Import r = read("word-direct.docx");
        assertTrue(r.unmapped().stream().anyMatch(u -> u.reason().contains("merged with the one above")), r.unmapped().toString());
        CatalogueRow.Item last = (CatalogueRow.Item) r.plan().appendices().get(0).rows().get(3);
        assertEquals(2, last.cells().size());
    }

    /**
     * A header typed with Shift+Enter (one paragraph a box, its lines broken), an empty line and a
     * summary not bold under the type name, a clause numbered deeper than any above it, and box 13
     * in the first page's own footer.
     */
    @Test
    void lineBreaksInTheHeaderAPlainSummaryAndADeepNumber() {
        Import r = read("word-line-breaks.docx");
        Plan p = r.plan();
        assertEquals("Ủy ban nhân dân thị xã Đức Phổ", p.parent().name());
        assertEquals("Ủy ban nhân dân xã Phổ Thạnh", p.issuer().name());
        assertEquals("UBND", p.issuer().abbreviation());
        assertEquals(15, p.number());
        assertEquals("Phổ Thạnh", p.issuer().place());
        assertEquals("2024-03-15", p.date().toString());
        assertEquals("Tuyên truyền cải cách hành chính năm 2024", p.summary());
        assertEquals(List.of("Địa chỉ: 01 Phạm Văn Đồng, xã Phổ Thạnh", "Điện thoại: 0255 3859 123",
                "E-mail: ubndphothanh@quangngai.gov.vn"), p.contact());
        assertTrue(r.unmapped().stream().anyMatch(u -> u.excerpt().startsWith("1.1.1.1.1.")
                && u.reason().contains("under no clause 1.1.1.1.")), r.unmapped().toString());
        assertTrue(r.unmapped().stream().noneMatch(u -> u.reason().contains("place and date")
                || u.reason().contains("summary")), r.unmapped().toString());
        Documents.render(Documents.throughDataFile(p));
    }

    @ParameterizedTest
    @ValueSource(strings = {"word-direct.docx", "word-numbering.docx", "word-text-boxes.docx", "word-line-breaks.docx"})
    void nothingIsDropped(String file) throws IOException {
        byte[] docx = Files.readAllBytes(Documents.WORD.resolve(file));
        byte[] again = Documents.render(Documents.throughDataFile(read(file).plan()));
        Map<String, Integer> rendered = words(again);
        Map<String, Integer> missing = new HashMap<>();
        words(docx).forEach((w, n) -> {
            if (rendered.getOrDefault(w, 0) < n) {
                missing.put(w, n - rendered.getOrDefault(w, 0));
            }
        });
        assertEquals(Map.of(), missing, "words of the document not in the imported plan's rendering");
    }

    /** The words of document.xml and footnotes.xml, lower case, each counted; numbers and marks aside. */
    static Map<String, Integer> words(byte[] docx) throws IOException {
        Map<String, Integer> out = new HashMap<>();
        // Text, and the tabs and breaks that part words as spaces do.
        Pattern text = Pattern.compile("<w:t(?: [^>]*)?>([^<]*)</w:t>|<w:(?:tab|br|cr)/>");
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                if (!e.getName().equals("word/document.xml") && !e.getName().equals("word/footnotes.xml")) {
                    continue;
                }
                String xml = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                for (String p : xml.split("</w:p>")) {
                    StringBuilder sb = new StringBuilder();
                    Matcher m = text.matcher(p);
                    while (m.find()) {
                        sb.append(m.group(1) == null ? " " : m.group(1));
                    }
                    for (String w : sb.toString().toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
                        if (!w.isEmpty()) {
                            out.merge(w, 1, Integer::sum);
                        }
                    }
                }
            }
        }
        return out;
    }
}
