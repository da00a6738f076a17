package vn.vanban.robustness;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import vn.vanban.OutputFormat;
import vn.vanban.common.RenderResult;
import vn.vanban.Vanban;
import vn.vanban.model.Agency;
import vn.vanban.model.Appendix;
import vn.vanban.model.BodyNode;
import vn.vanban.model.CatalogueRow;
import vn.vanban.model.Column;
import vn.vanban.model.DocumentType;
import vn.vanban.model.PartialDate;
import vn.vanban.model.Plan;
import vn.vanban.model.Recipients;
import vn.vanban.model.Signatory;
import vn.vanban.model.Text;
import vn.vanban.testing.DocxText;

import java.io.ByteArrayOutputStream;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Random text in every field and random shapes: both outputs are well-formed and give back exactly
 * the text that went in (after NFC, with white space left out: line breaks are the writers' to place).
 */
class RoundTripProperties {

    private static final Vanban VANBAN = Vanban.builder().build();

    /** Vietnamese letters, digits, markup and template syntax, punctuation, spaces and tabs. */
    private static final String ALPHABET = "aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂĐÊÔƠƯ"
            + "áàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ"
            + "ÁÀẢÃẠẮẰẲẴẶẤẦẨẪẬÉÈẺẼẸẾỀỂỄỆÍÌỈĨỊÓÒỎÕỌỐỒỔỖỘỚỜỞỠỢÚÙỦŨỤỨỪỬỮỰÝỲỶỸỴ"
            + "0123456789<>&\"'${}#[]()!?.,;:-/%@*+=_~|\\  \t";

    @Property(tries = 25)
    void bothOutputsCarryExactlyTheTextThatWentIn(@ForAll("plans") Plan plan) throws Exception {
        ByteArrayOutputStream docx = new ByteArrayOutputStream();
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        VANBAN.render(plan, OutputFormat.DOCX, docx);
        RenderResult r = VANBAN.render(plan, OutputFormat.PDF, pdf);
        // A random 60-letter word may not fit a line; that is reported (ours and FOP's), and so is
        // a random text that opens with "1. " or "- " (a number typed in); but no character may lack a glyph.
        assertEquals(List.of(), r.warnings().stream()
                        .filter(w -> !w.message().contains("exceed the available area")
                                && !w.message().contains("wider than its line")
                                && !w.message().contains("a number typed in")).toList(),
                "every character has a glyph");

        // Well-formed: every XML part parses, and PDFBox opens the PDF.
        for (String part : List.of("word/document.xml", "word/styles.xml", "docProps/core.xml")) {
            DocxText.parse(DocxText.part(docx.toByteArray(), part));
        }
        String docxText = squeeze(String.join("", DocxText.paragraphs(docx.toByteArray())));
        String pdfText;
        try (var d = org.apache.pdfbox.Loader.loadPDF(pdf.toByteArray())) {
            var s = new org.apache.pdfbox.text.PDFTextStripper();
            s.setSortByPosition(false);
            pdfText = squeeze(s.getText(d));
        }
        int docxAt = 0;
        int pdfAt = 0;
        for (String input : texts(plan)) {
            String want = squeeze(input);
            int k = docxText.indexOf(want, docxAt);
            assertTrue(k >= 0, () -> "DOCX lacks " + want);
            docxAt = k + want.length();
            int j = pdfText.indexOf(want, pdfAt);
            assertTrue(j >= 0, () -> "PDF lacks " + want);
            pdfAt = j + want.length();
        }
    }

    /** The plan's own texts, in the order a reader meets them. */
    private static List<String> texts(Plan plan) {
        List<String> out = new ArrayList<>();
        out.add(plan.summary());
        for (BodyNode n : plan.body()) {
            BodyNode.Section s = (BodyNode.Section) n;
            for (BodyNode c : s.content()) {
                BodyNode.Dash d = (BodyNode.Dash) c;
                out.add(((vn.vanban.model.Inline.Plain) d.text().parts().get(0)).text());
            }
        }
        out.addAll(plan.recipients().to());
        out.add(plan.signatory().fullName());
        for (Appendix a : plan.appendices()) {
            for (CatalogueRow row : a.rows()) {
                CatalogueRow.Item item = (CatalogueRow.Item) row;
                out.add(((vn.vanban.model.Inline.Plain) item.cells().get("content").parts().get(0)).text());
            }
        }
        return out;
    }

    /** NFC, and no white space at all: where lines break is the writers' business. */
    private static String squeeze(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFC).replaceAll("\\s+", "");
    }

    private static Arbitrary<String> text() {
        return Arbitraries.strings().withChars(ALPHABET.toCharArray()).ofMinLength(1).ofMaxLength(60)
                .filter(s -> !s.isBlank())
                .map(s -> Normalizer.normalize(s, Normalizer.Form.NFC));
    }

    @Provide
    Arbitrary<Plan> plans() {
        Arbitrary<List<BodyNode>> sections = text().list().ofMinSize(0).ofMaxSize(3)
                .map(items -> (BodyNode) new BodyNode.Section("Mục",
                        items.stream().map(t -> (BodyNode) new BodyNode.Dash(Text.of(t), List.of())).toList()))
                .list().ofMinSize(1).ofMaxSize(3); // an empty body is warned of
        // A recipient written with the "- " or ";" the renderer adds is refused, from Java as from a file.
        Arbitrary<List<String>> recipients = text().filter(t -> !t.strip().startsWith("-") && !t.strip().endsWith(";"))
                .list().ofMinSize(1).ofMaxSize(4);
        Arbitrary<List<CatalogueRow>> rows = text()
                .map(t -> (CatalogueRow) new CatalogueRow.Item(Map.of("content", Text.of(t))))
                .list().ofMinSize(0).ofMaxSize(5);
        return Combinators.combine(text(), sections, recipients, text(), rows).as((summary, body, to, name, items) ->
                new Plan(DocumentType.KE_HOACH, null, new Agency("Ủy ban nhân dân xã A", "UBND", "A"), null, null,
                        PartialDate.ofYear(2024), summary, null, body, "Yêu cầu thực hiện", new Recipients(to, "VT"),
                        new Signatory(Signatory.Authority.NONE, null, null, "Chủ tịch", name),
                        items.isEmpty() ? List.of() : List.of(new Appendix("Danh mục", Appendix.Orientation.AUTO, true,
                                List.of(new Column("content", "Nội dung", 4)), items))));
    }
}
