package vn.vanban.conformance;

import org.docx4j.openpackaging.parts.WordprocessingML.HeaderPart;
import org.docx4j.wml.PPr;
import org.docx4j.wml.RPr;
import org.docx4j.wml.STPageOrientation;
import org.docx4j.wml.SectPr;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.vanban.DocumentPart;
import vn.vanban.OutputFormat;
import vn.vanban.common.RenderResult;
import vn.vanban.Vanban;
import vn.vanban.layout.LayoutDocument;
import vn.vanban.model.Plan;
import vn.vanban.testing.Layouts;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static vn.vanban.conformance.DocxInspector.before;
import static vn.vanban.conformance.DocxInspector.bold;
import static vn.vanban.conformance.DocxInspector.firstLine;
import static vn.vanban.conformance.DocxInspector.font;
import static vn.vanban.conformance.DocxInspector.italic;
import static vn.vanban.conformance.DocxInspector.jc;
import static vn.vanban.conformance.DocxInspector.size;

/**
 * Every plan we ship or test renders to a DOCX and a PDF that meet the decree's presentation rules
 * (shared/nd30/spec.md §1–2, checks C1–C27), read back independently: the DOCX with docx4j
 * (effective properties through styles), the PDF with PDFBox. The files are left under
 * {@code target/conformance/} for a person to open.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SampleConformanceTest {

    static final Path OUT = Path.of("target", "conformance");
    static final Pattern NUMBER = Pattern.compile("^Số: ?(0[1-9]|[1-9][0-9]+|\\s*)/[A-ZĐ][A-Za-zĐđ]*(-[A-Za-zĐđ0-9]+)+$");
    /** C10, a draft's blank day and month allowed (spaces folded). */
    static final Pattern PLACE_DATE = Pattern.compile(
            "^\\p{Lu}[^,]*, ngày (?:(0[1-9]|[12][0-9]|3[01]) )?tháng (?:(0[12]|[3-9]|1[0-2]) )?năm [0-9]{4}$");
    static final double MM = 72 / 25.4;

    private Vanban vanban;
    private final Map<String, Rendered> rendered = new HashMap<>();

    record Rendered(Plan plan, LayoutDocument layout, byte[] docx, byte[] pdf, RenderResult pdfResult) {
    }

    @BeforeAll
    void engine() throws Exception {
        vanban = Vanban.builder().build();
        Files.createDirectories(OUT);
    }

    @AfterAll
    void noWarnings() {
        rendered.forEach((name, r) -> assertEquals(List.of(), r.pdfResult().warnings(), name));
    }

    /** The shipped samples and the test plans of other shapes. */
    static Stream<String> plans() {
        List<String> plans = new ArrayList<>(List.of("../samples/duc-pho-2024.yaml",
                "../samples/quang-ngai-pbgdpl-2025.yaml", "../samples/so-tu-phap-ngay-phap-luat-2025.yaml",
                "src/test/resources/plans/second-plan.yaml", "src/test/resources/plans/no-appendix.yaml",
                "src/test/resources/plans/long-text.yaml", "src/test/resources/plans/signature-page.yaml"));
        if (Files.exists(Path.of("../samples/duc-pho-2025.yaml"))) {
            plans.add("../samples/duc-pho-2025.yaml");
        }
        return plans.stream();
    }

    Rendered render(String file) throws Exception {
        Rendered r = rendered.get(file);
        if (r != null) {
            return r;
        }
        Plan plan = vanban.read(Path.of(file));
        ByteArrayOutputStream docx = new ByteArrayOutputStream();
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        vanban.render(plan, OutputFormat.DOCX, docx);
        RenderResult result = vanban.render(plan, OutputFormat.PDF, pdf);
        String name = Path.of(file).getFileName().toString().replaceFirst("\\.ya?ml$", "");
        Files.write(OUT.resolve(name + ".docx"), docx.toByteArray());
        Files.write(OUT.resolve(name + ".pdf"), pdf.toByteArray());
        r = new Rendered(plan, vanban.layout(plan, DocumentPart.WHOLE), docx.toByteArray(), pdf.toByteArray(), result);
        rendered.put(file, r);
        return r;
    }

    @ParameterizedTest
    @MethodSource("plans")
    void docxPagesAreA4WithTheDecreesMarginsAndNumbersFromPageTwo(String file) throws Exception {
        Rendered r = render(file);
        DocxInspector d = new DocxInspector(r.docx());
        assertEquals(r.layout().sections().size(), d.sections.size(), "one Word section per layout section");
        for (int i = 0; i < d.sections.size(); i++) {
            SectPr s = d.sections.get(i);
            boolean landscape = r.layout().sections().get(i).landscape();
            assertEquals(landscape ? 16838 : 11906, s.getPgSz().getW().intValue(), "C1 width, section " + i);
            assertEquals(landscape ? 11906 : 16838, s.getPgSz().getH().intValue(), "C1 height, section " + i);
            assertEquals(landscape, s.getPgSz().getOrient() == STPageOrientation.LANDSCAPE, "C1 orientation");
            int top = s.getPgMar().getTop().intValue();
            int left = s.getPgMar().getLeft().intValue();
            int right = s.getPgMar().getRight().intValue();
            int bottom = s.getPgMar().getBottom().intValue();
            assertTrue(top >= 1131 && top <= 1420 && bottom >= 1131 && bottom <= 1420, "C2 top/bottom " + top + "/" + bottom);
            assertTrue(left >= 1698 && left <= 1987 && right >= 848 && right <= 1137, "C2 left/right " + left + "/" + right);
            assertTrue(s.getTitlePg() != null && s.getTitlePg().isVal(), "C3 titlePg, section " + i);
            if (i > 0) {
                assertEquals(1, s.getPgNumType().getStart().intValue(), "C3 the appendix restarts at 1");
            }
        }
        assertFalse(r.layout().sections().get(0).landscape(), "C21 the plan itself is portrait");
        SectPr first = d.sections.get(0);
        var rels = d.pkg.getMainDocumentPart().getRelationshipsPart();
        for (var ref : first.getEGHdrFtrReferences()) {
            if (!(ref instanceof org.docx4j.wml.HeaderReference h)) {
                continue;
            }
            HeaderPart part = (HeaderPart) rels.getPart(h.getId());
            String xml = org.docx4j.XmlUtils.marshaltoString(part.getJaxbElement());
            if (h.getType() == org.docx4j.wml.HdrFtrRef.FIRST) {
                assertFalse(xml.contains("PAGE"), "C3 no page number on the first page");
            } else if (h.getType() == org.docx4j.wml.HdrFtrRef.DEFAULT) {
                assertTrue(xml.contains("PAGE"), "C3 a PAGE field in the default header");
                var p = (org.docx4j.wml.P) part.getContent().get(0);
                assertEquals("center", d.jcOf(p), "C3 the page number is centred");
            }
        }
    }

    @ParameterizedTest
    @MethodSource("plans")
    void docxHeaderTitleAndClosingFollowTheDecree(String file) throws Exception {
        DocxInspector d = new DocxInspector(render(file).docx());
        assertTrue(d.paragraphs.stream().flatMap(p -> p.runs().stream())
                .allMatch(run -> "Times New Roman".equals(font(run))), "C4 every run in Times New Roman");

        var title = one(d, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
        assertTrue(title.allRuns(run -> bold(run) && size(run) >= 24 && size(run) <= 26) && "center".equals(jc(title.ppr())), "C5");
        var motto = one(d, "Độc lập - Tự do - Hạnh phúc");
        assertTrue(motto.allRuns(run -> bold(run) && !italic(run) && size(run) >= 26 && size(run) <= 28), "C6");
        assertEquals(d.paragraphs.indexOf(title) + 1, d.paragraphs.indexOf(motto), "C6 directly under the title");

        var number = d.find(t -> t.startsWith("Số:")).get(0);
        assertTrue(NUMBER.matcher(number.text()).matches(), "C9 " + number.text());
        assertTrue(number.allRuns(run -> size(run) == 26 && !bold(run) && !italic(run)), "C9 13 pt regular");
        var date = d.find(t -> t.contains(", ngày ")).get(0);
        assertTrue(PLACE_DATE.matcher(date.text()).matches(), "C10 " + date.text());
        assertTrue(date.allRuns(run -> italic(run) && size(run) >= 26 && size(run) <= 28), "C10 italic");

        var type = one(d, "KẾ HOẠCH");
        assertTrue(type.allRuns(run -> bold(run) && size(run) >= 26 && size(run) <= 28) && "center".equals(jc(type.ppr())), "C11");
        var summary = d.paragraphs.get(d.paragraphs.indexOf(type) + 1);
        assertTrue(summary.allRuns(run -> bold(run) && size(run) >= 26) && "center".equals(jc(summary.ppr())), "C12");

        int recipientsAt = d.paragraphs.indexOf(one(d, "Nơi nhận:"));
        var label = d.paragraphs.get(recipientsAt);
        assertTrue(label.allRuns(run -> bold(run) && italic(run) && size(run) == 24) && "left".equals(jc(label.ppr())), "C18 label");
        List<DocxInspector.Para> items = new ArrayList<>();
        for (var p : d.paragraphs.subList(recipientsAt + 1, d.paragraphs.size())) {
            if (!p.text().startsWith("- ")) {
                break;
            }
            items.add(p);
        }
        assertFalse(items.isEmpty());
        items.subList(0, items.size() - 1).forEach(p -> assertTrue(p.text().endsWith(";"), "C18 " + p.text()));
        assertTrue(items.get(items.size() - 1).text().matches("^- Lưu: VT(, .+)?\\.$"), "C18 last item");
        assertTrue(items.stream().allMatch(p -> p.allRuns(run -> size(run) == 22 && !italic(run))), "C18 items 11 pt");
        assertTrue(d.find(t -> t.equals("Kính gửi:") || t.startsWith("Kính gửi")).isEmpty(), "C19 no Kính gửi in a plan");

        var beforeRecipients = d.paragraphs.subList(0, recipientsAt).stream().filter(p -> !p.text().isEmpty()).toList();
        assertTrue(beforeRecipients.get(beforeRecipients.size() - 1).text().endsWith("./."), "C16 the body ends with ./.");

        var signature = d.find(t -> t.matches("^((TM|KT|TL|TUQ|Q)\\. )?[\\p{Lu} ]+$") && d.paragraphs.indexOf(
                d.find(x -> x.equals(t)).get(0)) > recipientsAt);
        assertFalse(signature.isEmpty(), "C17 a signature title");
        signature.forEach(p -> assertTrue(p.allRuns(run -> bold(run) && size(run) >= 26 && size(run) <= 28)
                && "center".equals(jc(p.ppr())), "C17 " + p.text()));
    }

    @ParameterizedTest
    @MethodSource("plans")
    void docxBodyIsJustifiedIndentedAndNumberedWithoutGaps(String file) throws Exception {
        DocxInspector d = new DocxInspector(render(file).docx());
        int start = d.paragraphs.indexOf(one(d, "KẾ HOẠCH"));
        int end = d.paragraphs.indexOf(one(d, "Nơi nhận:"));
        var body = d.paragraphs.subList(start + 2, end).stream().filter(p -> p.text().length() > 80).toList();
        assertFalse(body.isEmpty());
        for (var p : body) {
            PPr pp = p.ppr();
            assertEquals("both", jc(pp), "C13 justified: " + p.text());
            assertTrue(firstLine(pp) == 567 || firstLine(pp) == 720, "C13 first-line indent: " + p.text());
            assertTrue(before(pp) >= 120, "C13 6 pt gap: " + p.text());
            assertTrue(p.allRuns(run -> size(run) >= 26 && size(run) <= 28), "C13 size: " + p.text());
            int line = pp.getSpacing().getLine().intValue();
            assertTrue(line >= 299 && line <= 483, "C14 line spacing " + line);
        }
        List<String> romans = new ArrayList<>();
        for (var p : d.paragraphs.subList(start, end)) {
            var m = Pattern.compile("^([IVX]+)\\. (\\S.*)$").matcher(p.text());
            if (m.matches()) {
                romans.add(m.group(1));
                assertEquals(m.group(2).toUpperCase(java.util.Locale.forLanguageTag("vi")), m.group(2), "C15 upper case");
                assertTrue(p.allRuns(DocxInspector::bold), "C15 bold: " + p.text());
            }
            if (p.text().matches("^[a-zđ]{1,2}\\) .*")) {
                assertFalse(p.allRuns(DocxInspector::bold), "C15 points are not bold");
                assertFalse(p.text().matches("^[fjwz]\\) .*"), "C15 no f/j/w/z");
            }
        }
        List<String> expected = Stream.of("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X")
                .limit(romans.size()).toList();
        assertEquals(expected, romans, "C15 Roman numerals without gaps");
    }

    @ParameterizedTest
    @MethodSource("plans")
    void docxAppendixIsItsOwnSectionWithARepeatingHeaderRow(String file) throws Exception {
        Rendered r = render(file);
        if (r.plan().appendices().isEmpty()) {
            return;
        }
        DocxInspector d = new DocxInspector(r.docx());
        var label = d.find(t -> t.matches("^Phụ lục( [IVXLC]+| [1-9][0-9]*)?$"));
        assertEquals(r.plan().appendices().size(), label.size(), "C20 one heading per appendix");
        label.forEach(p -> assertTrue(p.allRuns(run -> bold(run) && size(run) == 28) && "center".equals(jc(p.ppr())), "C20 label"));
        var ref = d.find(t -> t.startsWith("(Kèm theo Kế hoạch số "));
        assertEquals(r.plan().appendices().size(), ref.size());
        ref.forEach(p -> assertTrue(p.allRuns(run -> italic(run) && size(run) >= 26 && size(run) <= 28), "C20 reference italic"));
        String xml = new String(vn.vanban.testing.DocxText.part(r.docx(), "word/document.xml"), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(xml.contains("<w:tblHeader/>"), "the catalogue's header row repeats on every page");
        assertTrue(xml.contains("<w:cantSplit/>"), "catalogue rows do not split across pages");
    }

    @ParameterizedTest
    @MethodSource("plans")
    void docxHoldsEveryParagraphOfTheLayoutInOrder(String file) throws Exception {
        Rendered r = render(file);
        List<String> expected = new ArrayList<>();
        r.layout().sections().forEach(s -> Layouts.paragraphs(s).forEach(t -> expected.add(fold(t))));
        List<String> actual = new DocxInspector(r.docx()).paragraphs.stream().map(p -> p.text())
                .filter(t -> !t.isEmpty()).toList();
        assertEquals(expected.stream().filter(t -> !t.isEmpty()).toList(), actual);
    }

    @ParameterizedTest
    @MethodSource("plans")
    void pdfPagesFontsAndPageNumbers(String file) throws Exception {
        Rendered r = render(file);
        PdfInspector pdf = new PdfInspector(r.pdf(), 20 * MM);
        assertTrue(pdf.notEmbedded.isEmpty(), "C25 all fonts embedded: " + pdf.notEmbedded);
        pdf.fontNames.forEach(n -> assertTrue(n.matches("^[A-Z]{6}\\+(TimesNewRoman|LiberationSerif).*"),
                "C25 a Times-compatible subset: " + n));
        int number = 0;
        boolean first = true;
        for (int i = 0; i < pdf.pages.size(); i++) {
            PdfInspector.Page p = pdf.pages.get(i);
            assertEquals(595.28, Math.min(p.width(), p.height()), 1, "C24 A4");
            assertEquals(841.89, Math.max(p.width(), p.height()), 1, "C24 A4");
            boolean appendixStart = p.body().contains("(Kèm theo Kế hoạch số");
            if (first || appendixStart) {
                assertEquals("", p.header(), "C27 no number on the first page of page " + (i + 1));
                number = 1;
                first = false;
                continue;
            }
            number++;
            assertEquals(Integer.toString(number), p.header(), "C27 page " + (i + 1));
            assertTrue(p.headerSize() >= 13 && p.headerSize() <= 14, "C27 13–14 pt");
            double left = 30 * MM;
            double centre = left + (p.width() - left - 15 * MM) / 2;
            assertEquals(centre, p.headerCentre(), 5 * MM, "C27 centred over the text");
        }
        for (int i = 0; i < pdf.pages.size(); i++) {
            PdfInspector.Page p = pdf.pages.get(i);
            assertTrue(p.minX() >= 30 * MM - 1 && p.maxX() <= p.width() - 15 * MM + 1, "C24 inside left/right margins, page " + (i + 1));
            assertTrue(p.minY() >= 20 * MM - 3 && p.maxY() <= p.height() - 20 * MM + 1, "C24 inside top/bottom margins, page " + (i + 1));
        }
    }

    /**
     * The signature never stands alone: the page with "Nơi nhận" and the signature also holds
     * the end of the body, two lines at least (issue 19 §2).
     */
    @ParameterizedTest
    @MethodSource("plans")
    void theSignaturesPageHoldsTheLastTwoLinesOfTheBody(String file) throws Exception {
        PdfInspector pdf = new PdfInspector(render(file).pdf(), 20 * MM);
        assertTrue(pdf.linesAbove("Nơi nhận") >= 2, "lines above Nơi nhận on its page: " + pdf.linesAbove("Nơi nhận"));
    }

    /**
     * The PDF shows exactly the DOCX's words, and in the same order unless a row breaks across
     * pages (the PDF then shows the rest of the row's other cells before the end of its first).
     */
    @ParameterizedTest
    @MethodSource("plans")
    void pdfAndDocxCarryTheSameWords(String file) throws Exception {
        Rendered r = render(file);
        assertEquals(Map.of(), SameWords.difference(r.layout(), r.docx(), r.pdf()),
                "words the PDF shows more (+) or less (-) often than the DOCX");
        boolean rowsWhole = r.layout().sections().stream().flatMap(s -> s.blocks().stream())
                .filter(b -> b instanceof LayoutDocument.Table t && t.borders())
                .allMatch(b -> ((LayoutDocument.Table) b).rows().stream().allMatch(LayoutDocument.Row::cantSplit));
        if (rowsWhole) {
            String docx = String.join(" ", new DocxInspector(r.docx()).paragraphs.stream().map(p -> p.text()).toList());
            String pdf = fold(new PdfInspector(r.pdf(), 20 * MM).bodyText());
            // A footnote stands at the foot of its page: out of the text's order.
            for (String note : vn.vanban.testing.DocxText.notes(r.docx())) {
                pdf = pdf.replace(" " + fold(note), "");
            }
            // A catalogue repeats its header row on every page it spans; the DOCX holds it once.
            for (LayoutDocument.Section s : r.layout().sections()) {
                for (LayoutDocument.Block b : s.blocks()) {
                    if (b instanceof LayoutDocument.Table t && t.headerRows() > 0) {
                        String header = fold(String.join(" ", t.rows().get(0).cells().stream()
                                .flatMap(c -> c.blocks().stream()).filter(x -> x instanceof LayoutDocument.Paragraph)
                                .map(x -> ((LayoutDocument.Paragraph) x).text()).toList()));
                        int first = pdf.indexOf(header);
                        pdf = pdf.substring(0, first + header.length())
                                + pdf.substring(first + header.length()).replace(" " + header, "");
                    }
                }
            }
            assertEquals(fold(docx), pdf);
        }
    }

    @ParameterizedTest
    @MethodSource("plans")
    void seedPhrasesAppearInOrderInBothOutputs(String file) throws Exception {
        if (!file.endsWith("duc-pho-2024.yaml")) {
            return;
        }
        Rendered r = render(file);
        List<String> phrases = Files.readAllLines(Path.of("src/test/resources/plans/duc-pho-2024.phrases"))
                .stream().filter(l -> !l.isBlank() && !l.startsWith("#")).map(SampleConformanceTest::fold).toList();
        String docx = fold(String.join(" ", new DocxInspector(r.docx()).paragraphs.stream().map(p -> p.text()).toList()));
        String pdf = fold(new PdfInspector(r.pdf(), 20 * MM).bodyText());
        for (String[] out : new String[][] {{"DOCX", docx}, {"PDF", pdf}}) {
            int at = 0;
            for (String phrase : phrases) {
                int k = out[1].indexOf(phrase, at);
                if (k < 0) {
                    fail(out[0] + " lacks, after position " + at + ": " + phrase);
                }
                at = k + phrase.length();
            }
        }
    }

    static String fold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFC).replaceAll("\\s+", " ").strip();
    }

    private static DocxInspector.Para one(DocxInspector d, String text) {
        List<DocxInspector.Para> found = d.find(t -> t.equals(text));
        assertEquals(1, found.size(), "exactly one paragraph '" + text + "'");
        return found.get(0);
    }

    static boolean runsAll(List<RPr> runs, java.util.function.Predicate<RPr> p) {
        return runs.stream().allMatch(p);
    }
}
