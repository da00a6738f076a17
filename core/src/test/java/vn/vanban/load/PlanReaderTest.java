package vn.vanban.load;

import vn.vanban.common.Format;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.vanban.common.InvalidInputException;
import vn.vanban.model.Appendix;
import vn.vanban.model.BodyNode;
import vn.vanban.model.CatalogueRow;
import vn.vanban.model.Citation;
import vn.vanban.model.Inline;
import vn.vanban.model.LegalBasis;
import vn.vanban.model.PartialDate;
import vn.vanban.model.Plan;
import vn.vanban.model.Signatory;
import vn.vanban.model.Text;
import vn.vanban.text.Citations;
import vn.vanban.text.PlainText;
import vn.vanban.text.Numerals;
import vn.vanban.text.VietnameseCase;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PlanReaderTest {

    /** Surefire runs in the module directory; the sample lives in the repository's samples/. */
    static final Path SAMPLE = Path.of("..", "samples", "duc-pho-2024.yaml");

    private static final PlanReader READER = new PlanReader();
    private static final PlanWriter WRITER = new PlanWriter();
    private static Plan sample;

    @BeforeAll
    static void loadSample() {
        sample = READER.read(SAMPLE);
    }

    private static Plan resource(String name) throws Exception {
        return READER.read(Path.of(PlanReaderTest.class.getResource("/plans/" + name).toURI()));
    }

    @Test
    void sampleLoads() {
        assertEquals("Ủy ban nhân dân thị xã Đức Phổ", sample.issuer().name());
        assertEquals("UBND", sample.issuer().abbreviation());
        assertEquals("Đức Phổ", sample.issuer().place());
        assertNull(sample.parent());
        assertNull(sample.number(), "a draft is not numbered yet");
        assertEquals(PartialDate.ofYear(2024), sample.date());
        assertEquals(LegalBasis.Form.INLINE, sample.basis().form());
        assertEquals(4, sample.basis().citations().size());
        assertTrue(sample.basis().citations().get(3).renewedYearly());
        assertEquals(4, sample.body().size());
        assertEquals(new Signatory(Signatory.Authority.NONE, null, null, "Chủ tịch", "Bùi Văn Lý"), sample.signatory());
        assertEquals(10, sample.recipients().to().size());
        assertEquals("VT", sample.recipients().archive());
        Appendix catalogue = sample.appendices().get(0);
        assertEquals(Appendix.Orientation.AUTO, catalogue.orientation());
        assertEquals(List.of("content", "form", "lead", "partners", "time", "product"),
                catalogue.columns().stream().map(c -> c.key()).toList());
        long items = catalogue.rows().stream().filter(r -> r instanceof CatalogueRow.Item).count();
        long groups = catalogue.rows().stream().filter(r -> r instanceof CatalogueRow.Group).count();
        assertTrue(items >= 10 && items <= 15, "items: " + items);
        assertTrue(groups >= 2 && groups <= 3, "groups: " + groups);
    }

    @Test
    void secondPlanHasAnotherShape() throws Exception {
        Plan p = resource("second-plan.yaml");
        assertEquals("Ủy ban nhân dân tỉnh Quảng Ngãi", p.parent().name());
        assertEquals(7, p.number());
        assertEquals(new PartialDate(2025, 3, 15), p.date());
        assertEquals(LegalBasis.Form.LINES, p.basis().form());
        assertEquals(3, p.basis().citations().size());
        assertEquals(new Signatory(Signatory.Authority.KT, null, "Giám đốc", "Phó Giám đốc", "Trần Thị Mai"),
                p.signatory());
        BodyNode.Section content = (BodyNode.Section) p.body().get(1);
        BodyNode.Clause clause = (BodyNode.Clause) content.content().get(0);
        BodyNode.Point point = (BodyNode.Point) clause.content().get(0);
        assertInstanceOf(BodyNode.Dash.class, point.content().get(0));
        List<CatalogueRow> rows = p.appendices().get(0).rows();
        assertEquals(40, rows.stream().filter(r -> r instanceof CatalogueRow.Item).count());
        assertEquals(4, rows.stream().filter(r -> r instanceof CatalogueRow.Group).count());
    }

    @Test
    void planWithoutAppendices() throws Exception {
        Plan p = resource("no-appendix.yaml");
        assertTrue(p.appendices().isEmpty());
        assertEquals(Signatory.Authority.TM, p.signatory().authority());
        assertEquals("Ủy ban nhân dân", p.signatory().collective());
        assertEquals(new PartialDate(2025, 1, null), p.date());
    }

    @ParameterizedTest
    @ValueSource(strings = {"YAML", "JSON"})
    void roundTripGivesAnEqualPlan(Format format) throws Exception {
        for (Plan p : List.of(sample, resource("second-plan.yaml"), resource("no-appendix.yaml"))) {
            String written = WRITER.write(p, format);
            assertEquals(p, READER.read(written, "written", format), written);
            // Writing what was read gives the same text: the writer has one form for each plan.
            assertEquals(written, WRITER.write(READER.read(written, "written", format), format));
        }
    }

    @Test
    void textsThatNeedQuotingSurviveARoundTrip() {
        Plan p = new Plan(sample.type(), null, sample.issuer(), 1, null, new PartialDate(2024, 2, 29), "yes",
                null, List.of(
                        new BodyNode.Paragraph(Text.of("2024")),
                        new BodyNode.Paragraph(Text.of("- a: b # c")),
                        new BodyNode.Paragraph(new Text(List.of(new Inline.Plain("  leading space"),
                                new Inline.Money(1_500_000, true), new Inline.Plain(" đồng.")))),
                        new BodyNode.Clause(null, Text.of("\"quoted\" và 'nháy' @ & * ! | >"), List.of()),
                        new BodyNode.Part("null", List.of())),
                "true", sample.recipients(), sample.signatory(), List.of());
        for (Format f : Format.values()) {
            assertEquals(p, READER.read(WRITER.write(p, f), "written", f), WRITER.write(p, f));
        }
    }

    @Test
    void decomposedInputComesOutComposed() {
        String nfd = Normalizer.normalize("Bùi Văn Lý", Normalizer.Form.NFD);
        assertNotEquals("Bùi Văn Lý", nfd);
        String yaml = WRITER.write(sample, Format.YAML).replace("Bùi Văn Lý", nfd);
        assertTrue(yaml.contains(nfd));
        Plan p = READER.read(yaml, "nfd.yaml", Format.YAML);
        assertEquals("Bùi Văn Lý", p.signatory().fullName());
        assertEquals(sample, p);
    }

    @Test
    void byteOrderMarkIsSkipped() throws Exception {
        byte[] text = Files.readAllBytes(SAMPLE);
        byte[] withBom = new byte[text.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(text, 0, withBom, 3, text.length);
        assertEquals(sample, READER.read(new ByteArrayInputStream(withBom), "bom.yaml", Format.YAML));
        assertEquals(sample, READER.read("\uFEFF" + new String(text, StandardCharsets.UTF_8), "bom.yaml", Format.YAML));
    }

    @Test
    void byteOrderMarksLeftInsideTextsAreRemoved() throws Exception {
        // Pasted from a file that began with one; a PDF would print it as '#'.
        String text = Files.readString(SAMPLE, StandardCharsets.UTF_8)
                .replace("Bùi Văn Lý", "Bùi\uFEFF Văn Lý\uFEFF")
                .replace("summary: ", "summary: \uFEFF");
        assertTrue(text.contains("\uFEFF"));
        assertEquals(sample, READER.read(text, "pasted.yaml", Format.YAML));
    }

    /** Found by a trial: "thư\u00adờng xuyên" printed "thư-ờng xuyên" mid-line in the PDF. */
    @Test
    void softHyphensPastedIntoTextsAreRemoved() throws Exception {
        String text = Files.readString(SAMPLE, StandardCharsets.UTF_8)
                .replace("Bùi Văn Lý", "Bùi Vă\u00adn Lý")
                .replace("summary: ", "summary: \u00ad");
        assertTrue(text.contains("\u00ad"));
        assertEquals(sample, READER.read(text, "pasted.yaml", Format.YAML));
    }

    @ParameterizedTest
    @ValueSource(strings = {"YAML", "JSON"})
    void overlongTextIsRefused(Format format) {
        String text = "x".repeat(TreeReader.MAX_STRING + 1);
        String file = format == Format.YAML ? "summary: " + text + "\n" : "{\"summary\": \"" + text + "\"}";
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> READER.read(file, "long", format));
        assertEquals(1, e.problems().size());
        assertTrue(e.problems().get(0).message().startsWith("a text is longer than 100000 characters"),
                e.getMessage());
    }

    @Test
    void oversizedInputIsRefusedBeforeParsing() {
        byte[] big = new byte[TextDecoder.MAX_BYTES + 10];
        java.util.Arrays.fill(big, (byte) '#');
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> READER.read(new ByteArrayInputStream(big), "big.yaml", Format.YAML));
        assertEquals("big.yaml: the file is larger than 4 MB; a plan is far smaller", e.getMessage());
    }

    @Test
    void unknownExtensionIsAProblem() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> READER.read(Path.of("plan.txt")));
        assertEquals("plan.txt: unknown kind of file; expected a name ending in .yaml, .yml or .json", e.getMessage());
    }

    @Test
    void missingFileIsAProblem() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> READER.read(Path.of("no-such-plan.yaml")));
        assertEquals("no-such-plan.yaml: the file does not exist", e.getMessage());
    }

    @Test
    void formatByFileName() {
        assertEquals(Format.YAML, Format.byFileName("a.yaml").orElseThrow());
        assertEquals(Format.YAML, Format.byFileName("A.YML").orElseThrow());
        assertEquals(Format.JSON, Format.byFileName("a.Json").orElseThrow());
        assertTrue(Format.byFileName("a.txt").isEmpty());
        assertTrue(Format.byFileName("yaml").isEmpty());
    }

    @Test
    void oneReaderServesManyThreads() throws Exception {
        String yaml = WRITER.write(sample, Format.YAML);
        String json = WRITER.write(sample, Format.JSON);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Plan>> results = new ArrayList<>();
            for (int i = 0; i < 32; i++) {
                boolean asYaml = i % 2 == 0;
                results.add(pool.submit(() -> asYaml ? READER.read(yaml, "a.yaml", Format.YAML)
                        : READER.read(json, "a.json", Format.JSON)));
            }
            for (Future<Plan> f : results) {
                assertEquals(sample, f.get());
            }
        } finally {
            pool.shutdown();
        }
    }

    /**
     * Sanity check of the sample's data against the seed: each phrase of the seed appears, in
     * order, in a plain reading of the data (numbers, dashes and case applied the simple way).
     * The renderers' tests check the real rendering.
     */
    @Test
    void everySeedPhraseIsInTheSample() throws Exception {
        // A copy of the seed's phrase list, so the test runs wherever the repository is checked out.
        Path seedPhrases = Path.of(PlanReaderTest.class.getResource("/plans/duc-pho-2024.phrases").toURI());
        List<String> phrases = Files.readAllLines(seedPhrases, StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#"))
                .map(l -> Normalizer.normalize(l.strip(), Normalizer.Form.NFC))
                .toList();
        String reading = plainReading(sample);
        int from = 0;
        for (String phrase : phrases) {
            int at = reading.indexOf(phrase, from);
            assertTrue(at >= 0, "not found after position " + from + ": " + phrase);
            from = at + phrase.length();
        }
        assertFalse(phrases.isEmpty());
    }

    private static String plainReading(Plan p) {
        StringBuilder sb = new StringBuilder();
        sb.append(VietnameseCase.upper(p.type().vietnameseName())).append('\n').append(p.summary()).append('\n');
        LegalBasis b = p.basis();
        sb.append(b.lead()).append(' ')
                .append(b.citations().stream().map(Citations::format).collect(Collectors.joining("; ")))
                .append(", ").append(b.issuing()).append('\n');
        nodes(sb, p.body());
        sb.append(p.closing()).append("./.\n");
        sb.append("Nơi nhận:\n");
        p.recipients().to().forEach(r -> sb.append("- ").append(r).append(";\n"));
        sb.append("- Lưu: ").append(p.recipients().archive()).append(".\n");
        sb.append(VietnameseCase.upper(p.signatory().position())).append('\n').append(p.signatory().fullName());
        return sb.toString();
    }

    private static void nodes(StringBuilder sb, List<BodyNode> nodes) {
        int sections = 0;
        int clauses = 0;
        int points = 0;
        for (BodyNode n : nodes) {
            if (n instanceof BodyNode.Section s) {
                sb.append(Numerals.roman(++sections)).append(". ").append(VietnameseCase.upper(s.title())).append('\n');
            } else if (n instanceof BodyNode.Clause c) {
                sb.append(++clauses).append(". ").append(c.title() != null ? c.title() : PlainText.of(c.text())).append('\n');
            } else if (n instanceof BodyNode.Point pt) {
                sb.append(Numerals.pointLetter(++points)).append(") ").append(PlainText.of(pt.text())).append('\n');
            } else if (n instanceof BodyNode.Dash d) {
                sb.append("- ").append(PlainText.of(d.text())).append('\n');
            } else if (n instanceof BodyNode.Paragraph para) {
                sb.append(PlainText.of(para.text())).append('\n');
            } else if (n instanceof BodyNode.Part part) {
                sb.append("Phần ").append(part.title()).append('\n');
            }
            nodes(sb, n.content());
        }
    }

    @Test
    void sampleCitesTheSeedsDocuments() {
        List<Citation> cites = new ArrayList<>();
        collectCitations(sample.body(), cites);
        assertEquals(List.of("19/CT-UBND", "8353/QĐ-UBND", "26/KH-UBND", "/QĐ-UBND"),
                cites.stream().map(Citation::number).toList());
        assertEquals(PartialDate.ofYear(2024), cites.get(3).date());
        assertTrue(cites.get(2).renewedYearly() && cites.get(3).renewedYearly());
    }

    private static void collectCitations(List<BodyNode> nodes, List<Citation> out) {
        for (BodyNode n : nodes) {
            Text t = n instanceof BodyNode.Dash d ? d.text() : n instanceof BodyNode.Paragraph p ? p.text() : null;
            if (t != null) {
                t.parts().stream().filter(i -> i instanceof Inline.Cite).map(i -> ((Inline.Cite) i).citation())
                        .forEach(out::add);
            }
            collectCitations(n.content(), out);
        }
    }
}
