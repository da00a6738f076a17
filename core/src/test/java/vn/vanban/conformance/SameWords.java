package vn.vanban.conformance;

import vn.vanban.layout.LayoutDocument;
import vn.vanban.testing.DocxText;

import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The words of a DOCX and of the PDF of the same layout, compared as multisets: a row broken
 * across pages shows the rest of its other cells before the end of its first, so the order is not
 * the DOCX's. The PDF repeats a catalogue's heading row on every page the table spans; the DOCX
 * holds it once a table, so the repeats are taken out. Page numbers stand in the top margin and
 * are left out (see {@link PdfInspector}). A word a line breaks after its hyphen counts as two.
 * Footnotes count, with their numbers, in both.
 */
final class SameWords {

    private SameWords() {
    }

    /** What one shows more often than the other, word by word; empty when both carry the same words. */
    static Map<String, Integer> difference(LayoutDocument layout, byte[] docx, byte[] pdf) throws IOException {
        // A footnote stands at the foot of a page in the PDF, in word/footnotes.xml in the DOCX.
        String docxText = fold(String.join(" ", DocxText.paragraphs(docx)) + " " + String.join(" ", DocxText.notes(docx)));
        String pdfText = fold(new PdfInspector(pdf, 20 * SampleConformanceTest.MM).bodyText());
        Map<String, Integer> words = count(pdfText, 1, new HashMap<>());
        for (String header : headers(layout)) {
            int extra = occurrences(pdfText, header) - occurrences(docxText, header);
            for (int i = 0; i < extra; i++) {
                count(header, -1, words);
            }
        }
        count(docxText, -1, words);
        Map<String, Integer> out = new TreeMap<>();
        words.forEach((w, n) -> {
            if (n != 0) {
                out.put(w, n);
            }
        });
        return out;
    }

    /**
     * The words of {@code text}, NFC, split at white space and after a hyphen before a letter:
     * a line may end there ("TT-" / "VH-TT"), in Word as in the PDF, and a text tool reads the
     * two halves as two words.
     */
    static List<String> words(String text) {
        String f = fold(text).replaceAll("([-\u2013])(?=\\p{L})", "$1 ");
        return f.isEmpty() ? List.of() : List.of(f.split(" "));
    }

    static String fold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFC).replaceAll("[\\s\\u00a0]+", " ").strip();
    }

    /** The distinct heading rows of the document's catalogues, as text. */
    private static List<String> headers(LayoutDocument layout) {
        List<String> out = new ArrayList<>();
        for (LayoutDocument.Section s : layout.sections()) {
            for (LayoutDocument.Block b : s.blocks()) {
                if (b instanceof LayoutDocument.Table t && t.headerRows() > 0 && t.headerRows() < t.rows().size()) {
                    String header = fold(String.join(" ", t.rows().get(0).cells().stream()
                            .flatMap(c -> c.blocks().stream()).filter(x -> x instanceof LayoutDocument.Paragraph)
                            .map(x -> ((LayoutDocument.Paragraph) x).text()).toList()));
                    if (!header.isEmpty() && !out.contains(header)) {
                        out.add(header);
                    }
                }
            }
        }
        return out;
    }

    private static int occurrences(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + part.length())) {
            n++;
        }
        return n;
    }

    private static Map<String, Integer> count(String text, int sign, Map<String, Integer> into) {
        for (String w : words(text)) {
            into.merge(w, sign, Integer::sum);
        }
        return into;
    }
}
