package vn.vanban.conformance;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A PDF read back with PDFBox: each page's size, the text in the top-margin band (the page
 * number) apart from the rest, the rest in content order (the order the writer laid it out,
 * table cells row by row), the bounding box of the body text, and the fonts.
 */
final class PdfInspector {

    /** A piece of text of the body and the height of its baseline from the top of the page. */
    record Piece(float y, String text) {
    }

    record Page(float width, float height, String header, float headerCentre, float headerSize,
                String body, float minX, float maxX, float minY, float maxY, List<Piece> pieces) {
        boolean landscape() {
            return width > height;
        }
    }

    final List<Page> pages = new ArrayList<>();
    final Set<String> fontNames = new LinkedHashSet<>();
    final Set<String> notEmbedded = new LinkedHashSet<>();

    PdfInspector(byte[] pdf, double topMargin) throws IOException {
        try (PDDocument d = Loader.loadPDF(pdf)) {
            for (int i = 1; i <= d.getNumberOfPages(); i++) {
                PDPage page = d.getPage(i - 1);
                for (var name : page.getResources().getFontNames()) {
                    PDFont f = page.getResources().getFont(name);
                    fontNames.add(f.getName());
                    if (!f.isEmbedded()) {
                        notEmbedded.add(f.getName());
                    }
                }
                pages.add(page(d, i, page.getMediaBox(), topMargin));
            }
        }
    }

    private static Page page(PDDocument d, int i, PDRectangle box, double topMargin) throws IOException {
        StringBuilder header = new StringBuilder();
        StringBuilder body = new StringBuilder();
        float[] bounds = {Float.MAX_VALUE, -Float.MAX_VALUE, Float.MAX_VALUE, -Float.MAX_VALUE};
        float[] head = {0, 0, 0};
        List<Piece> pieces = new ArrayList<>();
        PDFTextStripper s = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) {
                if (positions.isEmpty()) {
                    return;
                }
                if (positions.get(0).getYDirAdj() < topMargin) {
                    header.append(text);
                    TextPosition a = positions.get(0);
                    TextPosition b = positions.get(positions.size() - 1);
                    head[0] = (a.getXDirAdj() + b.getXDirAdj() + b.getWidthDirAdj()) / 2;
                    head[1] = a.getFontSizeInPt();
                } else {
                    // A line that ends inside a hyphenated word ("TT-VH-" / "TT") continues it. Lines
                    // break after a hyphen only before a letter (LineBreaker), so a line ending with
                    // one before a digit or a dash ("TT-VH-" / "08/6/2010") broke at a space.
                    if (body.length() > 1 && body.charAt(body.length() - 2) == '-'
                            && Character.isLetterOrDigit(body.charAt(Math.max(0, body.length() - 3)))
                            && Character.isLetter(text.codePointAt(0))) {
                        body.setLength(body.length() - 1);
                    }
                    body.append(text).append(' ');
                    pieces.add(new Piece(positions.get(0).getYDirAdj(), text));
                    for (TextPosition p : positions) {
                        if (p.getUnicode().isBlank()) {
                            continue;
                        }
                        bounds[0] = Math.min(bounds[0], p.getXDirAdj());
                        bounds[1] = Math.max(bounds[1], p.getXDirAdj() + p.getWidthDirAdj());
                        bounds[2] = Math.min(bounds[2], p.getYDirAdj() - p.getHeightDir());
                        bounds[3] = Math.max(bounds[3], p.getYDirAdj());
                    }
                }
            }
        };
        s.setSortByPosition(false);
        s.setStartPage(i);
        s.setEndPage(i);
        s.getText(d);
        return new Page(box.getWidth(), box.getHeight(), header.toString().strip(), head[0], head[1],
                body.toString(), bounds[0], bounds[1], bounds[2], bounds[3], List.copyOf(pieces));
    }

    /**
     * How many lines of text stand above the first piece starting with {@code marker} on its page
     * (lines told apart by their baselines), or -1 when no piece starts with it.
     */
    int linesAbove(String marker) {
        for (Page p : pages) {
            for (Piece piece : p.pieces()) {
                if (piece.text().startsWith(marker)) {
                    return (int) p.pieces().stream().filter(o -> o.y() < piece.y() - 3)
                            .map(o -> Math.round(o.y())).distinct().count();
                }
            }
        }
        return -1;
    }

    /** The body text of all pages, page numbers left out, in content order. */
    String bodyText() {
        StringBuilder sb = new StringBuilder();
        pages.forEach(p -> sb.append(p.body()).append(' '));
        return sb.toString();
    }
}
