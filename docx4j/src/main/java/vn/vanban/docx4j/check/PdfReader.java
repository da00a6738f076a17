package vn.vanban.docx4j.check;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColorN;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColorSpace;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceCMYKColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceGrayColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceRGBColor;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import vn.vanban.docx4j.UnreadableDocumentException;
import vn.vanban.model.DocumentType;

import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads a PDF with PDFBox into what the rules see: each page's text as lines in reading order
 * (top to bottom), a line cut in two where a gap wider than two and a half ems shows two columns
 * (the header's boxes, Nơi nhận beside the signature), each with its fonts, sizes and colour; the
 * lines in the top and bottom margins apart (page numbers); the fonts used. Box 13 (the issuer's
 * address, phone, e-mail: the lines under a line as wide as the text at the foot of page 1) is
 * the issuer's, not the text's, and is left out.
 */
final class PdfReader extends PDFTextStripper {

    private static final Pattern BOLD = Pattern.compile("bold|black|heavy|semibold|demi", Pattern.CASE_INSENSITIVE);
    private static final Pattern ITALIC = Pattern.compile("italic|oblique", Pattern.CASE_INSENSITIVE);
    private static final double COLUMN_GAP_EM = 2.5;

    private final Measures measures;
    private final List<Block> blocks = new ArrayList<>();
    private final List<CheckedDocument.Page> pages = new ArrayList<>();
    private final Map<String, CheckedDocument.Font> fonts = new LinkedHashMap<>();
    private final Map<TextPosition, String> colours = new IdentityHashMap<>();
    private final List<Word> line = new ArrayList<>();
    private final List<Block> top = new ArrayList<>();
    private final List<Block> bottom = new ArrayList<>();
    private final PdfStrokes strokes = new PdfStrokes(this);
    private double width;
    private double height;
    private int pageFirst;
    private int lineOnPage;
    /** The size of the footnote being read at the foot of this page, or 0. */
    private double noteSize;
    /** The baseline and size of the line being cut into segments: a smaller glyph above it is raised. */
    private double lineBaseline;
    private double lineSize;

    /** A word and its glyphs; its ends are those of its first and last visible glyph (a space has width). */
    private record Word(String text, List<TextPosition> positions) {
        double x0() {
            return positions.stream().filter(p -> !p.getUnicode().isBlank()).findFirst().orElse(positions.get(0)).getXDirAdj();
        }

        double x1() {
            TextPosition last = positions.get(positions.size() - 1);
            for (int i = positions.size() - 1; i >= 0; i--) {
                if (!positions.get(i).getUnicode().isBlank()) {
                    last = positions.get(i);
                    break;
                }
            }
            return last.getXDirAdj() + last.getWidthDirAdj();
        }
    }

    private PdfReader(Measures measures) {
        this.measures = measures;
        setSortByPosition(true);
        // The text stripper ignores colour operators; these keep the graphics state's fill colour current.
        addOperator(new SetNonStrokingColorSpace(this));
        addOperator(new SetNonStrokingColor(this));
        addOperator(new SetNonStrokingColorN(this));
        addOperator(new SetNonStrokingDeviceGrayColor(this));
        addOperator(new SetNonStrokingDeviceRGBColor(this));
        addOperator(new SetNonStrokingDeviceCMYKColor(this));
        strokes.operators().forEach(this::addOperator);
    }

    static CheckedDocument read(byte[] pdf, String name, DocumentType type, Measures measures) {
        if (pdf.length < 5 || !new String(pdf, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1).equals("%PDF-")) {
            throw new UnreadableDocumentException(name + ": not a PDF file (a PDF starts with '%PDF-')");
        }
        PdfReader reader = new PdfReader(measures);
        try (PDDocument d = Loader.loadPDF(pdf)) {
            reader.getText(d);
        } catch (IOException | RuntimeException e) {
            throw new UnreadableDocumentException(name + ": not a readable PDF file (" + e.getMessage() + ")", e);
        }
        return new CheckedDocument(name, Rule.Format.PDF, type, measures, reader.blocks, List.of(), reader.pages,
                List.copyOf(reader.fonts.values()), reader.pages.size());
    }

    @Override
    protected void startPage(PDPage page) throws IOException {
        super.startPage(page);
        PDRectangle box = page.getCropBox();
        boolean turned = page.getRotation() % 180 != 0;
        width = turned ? box.getHeight() : box.getWidth();
        height = turned ? box.getWidth() : box.getHeight();
        pageFirst = blocks.size();
        lineOnPage = 0;
        noteSize = 0;
        top.clear();
        bottom.clear();
        strokes.clear();
    }

    @Override
    protected void processTextPosition(TextPosition text) {
        super.processTextPosition(text);
        PDColor c = getGraphicsState().getNonStrokingColor();
        String colour = null;
        try {
            int rgb = c == null ? 0 : c.toRGB();
            colour = rgb == 0 ? null : String.format(Locale.ROOT, "%06X", rgb);
        } catch (IOException | RuntimeException e) {
            // A colour space PDFBox cannot convert: leave the text's colour unknown rather than guess.
        }
        colours.put(text, colour);
    }

    @Override
    protected void writeString(String text, List<TextPosition> positions) {
        if (!positions.isEmpty()) {
            line.add(new Word(text, List.copyOf(positions)));
        }
    }

    @Override
    protected void writeLineSeparator() {
        flushLine();
    }

    @Override
    protected void endPage(PDPage page) throws IOException {
        flushLine();
        if (getCurrentPageNo() == 1 && page.getRotation() % 180 == 0) {
            leaveOutBoxThirteen();
        }
        pages.add(new CheckedDocument.Page(getCurrentPageNo(), width, height, top, bottom, pageFirst, blocks.size()));
        colours.clear();
        super.endPage(page);
    }

    /**
     * Box 13: the lines at the foot of page 1 under a line as wide as the text, all in the small
     * size the decree gives them (11–12 pt); a table's grid with larger text under it is no box 13.
     */
    private void leaveOutBoxThirteen() {
        double textWidth = width - (measures.left.chosen() + measures.right.chosen()) * Measures.PT_PER_MM;
        double foot = strokes.lowestAtLeast(0.95 * textWidth, height);
        int from = blocks.size();
        while (!Double.isNaN(foot) && from > pageFirst && blocks.get(from - 1).geometry().baseline() > foot) {
            from--;
        }
        List<Block> under = blocks.subList(from, blocks.size());
        if (!under.isEmpty() && under.stream().allMatch(b -> b.size() > 0 && b.size() <= 12.5)) {
            lineOnPage -= under.size();
            under.clear();
        }
    }

    /** Cuts the words of one line into blocks where a wide gap shows two columns. */
    private void flushLine() {
        if (line.isEmpty()) {
            return;
        }
        List<Word> words = new ArrayList<>();
        line.forEach(w -> words.addAll(atGaps(w)));
        line.clear();
        lineSize = 0;
        for (Word w : words) {
            for (TextPosition p : w.positions()) {
                if (p.getFontSizeInPt() > lineSize + 0.05) {
                    lineSize = p.getFontSizeInPt();
                    lineBaseline = p.getYDirAdj();
                }
            }
        }
        words.sort((a, b) -> Double.compare(a.x0(), b.x0()));
        List<Word> segment = new ArrayList<>();
        for (Word w : words) {
            if (!segment.isEmpty()) {
                Word prev = segment.get(segment.size() - 1);
                double em = prev.positions().get(0).getFontSizeInPt();
                if (w.x0() - prev.x1() > COLUMN_GAP_EM * em) {
                    segment(segment);
                    segment = new ArrayList<>();
                }
            }
            segment.add(w);
        }
        segment(segment);
    }

    /**
     * A "word" PDFBox gave whole although a column's gap runs through it (LibreOffice sets a
     * recipient's line and the signer's name on one baseline, its spaces as glyphs): cut there.
     * Only a word whose glyphs spell its text is cut, so that the pieces' text is exact.
     */
    private static List<Word> atGaps(Word w) {
        List<TextPosition> ps = w.positions();
        StringBuilder spelt = new StringBuilder();
        ps.forEach(p -> spelt.append(p.getUnicode()));
        if (!spelt.toString().equals(w.text())) {
            return List.of(w);
        }
        List<Word> out = new ArrayList<>();
        int from = 0;
        TextPosition lastVisible = null;
        for (int i = 0; i < ps.size(); i++) {
            TextPosition p = ps.get(i);
            if (p.getUnicode().isBlank()) {
                continue;
            }
            if (lastVisible != null && p.getXDirAdj() - (lastVisible.getXDirAdj() + lastVisible.getWidthDirAdj())
                    > COLUMN_GAP_EM * lastVisible.getFontSizeInPt()) {
                out.add(piece(ps.subList(from, i)));
                from = i;
            }
            lastVisible = p;
        }
        if (out.isEmpty()) {
            return List.of(w);
        }
        out.add(piece(ps.subList(from, ps.size())));
        return out;
    }

    private static Word piece(List<TextPosition> ps) {
        StringBuilder text = new StringBuilder();
        ps.forEach(p -> text.append(p.getUnicode()));
        return new Word(text.toString().strip(), List.copyOf(ps));
    }

    private void segment(List<Word> words) {
        StringBuilder raw = new StringBuilder();
        List<Block.Span> spans = new ArrayList<>();
        for (Word w : words) {
            if (!raw.isEmpty()) {
                raw.append(' ');
                spans.add(span(" ", w.positions().get(0)));
            }
            raw.append(w.text());
            StringBuilder run = new StringBuilder();
            TextPosition runStart = null;
            for (TextPosition p : w.positions()) {
                if (runStart != null && !sameStyle(runStart, p)) {
                    spans.add(span(run.toString(), runStart));
                    run.setLength(0);
                    runStart = null;
                }
                if (runStart == null) {
                    runStart = p;
                }
                run.append(p.getUnicode());
                font(p.getFont());
            }
            if (runStart != null) {
                spans.add(span(run.toString(), runStart));
            }
        }
        if (footnote(spans)) {
            return;
        }
        String text = TextForms.fold(raw.toString());
        double x0 = words.get(0).x0();
        double x1 = words.get(words.size() - 1).x1();
        double baseline = words.get(0).positions().get(0).getYDirAdj();
        double left = measures.left.chosen() * Measures.PT_PER_MM;
        double right = width - measures.right.chosen() * Measures.PT_PER_MM;
        double centre = (left + right) / 2;
        double em = words.get(0).positions().get(0).getFontSizeInPt();
        boolean centred = Math.abs((x0 + x1) / 2 - centre) < 6 && x0 - left > em;
        double third = 0.15 * (right - left);
        Block.Side side = (x0 + x1) / 2 < centre - third ? Block.Side.LEFT
                : (x0 + x1) / 2 > centre + third ? Block.Side.RIGHT : Block.Side.ACROSS;
        double margin = measures.top.min() * Measures.PT_PER_MM;
        boolean inTop = baseline < margin;
        boolean inBottom = baseline > height - margin + 3;
        List<Block> into = inTop ? top : inBottom ? bottom : blocks;
        int number = inTop || inBottom ? into.size() + 1 : ++lineOnPage;
        into.add(new Block(inTop || inBottom ? into.size() : blocks.size(), number, getCurrentPageNo(), 0, text,
                List.of(text), spans, side, null, null, new Block.Geometry(x0, x1, baseline, centred), null,
                Normalizer.isNormalized(raw, Normalizer.Form.NFC)));
    }

    /**
     * Whether a line is part of a footnote at the foot of the page: one opening with its raised
     * number, and the lines of the same smaller size after it. They are left out, as a DOCX's
     * footnotes.xml is: the rules are about the document's own text.
     */
    private boolean footnote(List<Block.Span> spans) {
        List<Block.Span> text = spans.stream().filter(s -> s.text().chars().anyMatch(Character::isLetterOrDigit)).toList();
        if (text.isEmpty()) {
            return false;
        }
        if (lineOnPage > 0 && text.size() > 1 && text.get(0).script() && !text.get(1).script()) {
            noteSize = text.get(1).size();
            return true;
        }
        if (noteSize > 0 && text.stream().allMatch(s -> Math.abs(s.size() - noteSize) < 0.3)) {
            return true;
        }
        noteSize = 0;
        return false;
    }

    private boolean sameStyle(TextPosition a, TextPosition b) {
        return a.getFont() == b.getFont() && Math.abs(a.getFontSizeInPt() - b.getFontSizeInPt()) < 0.05
                && java.util.Objects.equals(colours.get(a), colours.get(b));
    }

    private Block.Span span(String text, TextPosition p) {
        String name = fontName(p.getFont());
        boolean bold = BOLD.matcher(name).find() || descriptorBold(p.getFont());
        boolean italic = ITALIC.matcher(name).find()
                || p.getFont().getFontDescriptor() != null && p.getFont().getFontDescriptor().isItalic();
        // Raised and smaller than the line's text: a footnote's number.
        boolean raised = p.getFontSizeInPt() < 0.85 * lineSize && p.getYDirAdj() < lineBaseline - 0.2 * lineSize;
        return new Block.Span(text, name, Math.round(p.getFontSizeInPt() * 100) / 100.0, bold, italic, false,
                colours.get(p), false, raised);
    }

    private static boolean descriptorBold(PDFont f) {
        return f.getFontDescriptor() != null && (f.getFontDescriptor().isForceBold() || f.getFontDescriptor().getFontWeight() >= 600);
    }

    /** A font's name without its subset tag ("ABCDEF+"). */
    static String fontName(PDFont f) {
        String n = f.getName() == null ? "(unnamed)" : f.getName();
        return n.matches("^[A-Z]{6}\\+.*") ? n.substring(7) : n;
    }

    private void font(PDFont f) {
        fonts.computeIfAbsent(fontName(f), n -> new CheckedDocument.Font(n, f.isEmbedded()));
    }
}
