package vn.vanban.docx4j.check;

import vn.vanban.model.DocumentType;

import java.util.List;

/**
 * A document as the rules see it, whatever its format: its text as {@link Block}s in reading
 * order (paragraphs of a DOCX, lines of a PDF), and what only one format can tell — a DOCX's
 * sections (page setup, headers) and the page count Word recorded, a PDF's pages (size, the text
 * in the margins) and fonts; with the document type it is checked as, the decree's measures and
 * the landmarks found in it.
 */
final class CheckedDocument {

    private final String name;
    private final Rule.Format format;
    private final DocumentType type;
    private final Measures measures;
    private final List<Block> blocks;
    private final List<Section> sections;
    private final List<Page> pages;
    private final List<Font> fonts;
    private final int pageCount;
    private final Landmarks marks;

    CheckedDocument(String name, Rule.Format format, DocumentType type, Measures measures, List<Block> blocks,
                    List<Section> sections, List<Page> pages, List<Font> fonts, int pageCount) {
        this.name = name;
        this.format = format;
        this.type = type;
        this.measures = measures;
        this.blocks = List.copyOf(blocks);
        this.sections = List.copyOf(sections);
        this.pages = List.copyOf(pages);
        this.fonts = List.copyOf(fonts);
        this.pageCount = pageCount;
        this.marks = Landmarks.find(this);
    }

    String name() {
        return name;
    }

    Rule.Format format() {
        return format;
    }

    DocumentType type() {
        return type;
    }

    Measures measures() {
        return measures;
    }

    List<Block> blocks() {
        return blocks;
    }

    List<Section> sections() {
        return sections;
    }

    List<Page> pages() {
        return pages;
    }

    List<Font> fonts() {
        return fonts;
    }

    int pageCount() {
        return pageCount;
    }

    boolean isPdf() {
        return format == Rule.Format.PDF;
    }

    /** The landmarks (header boxes, type line, body, closing, appendices), found once. */
    Landmarks marks() {
        return marks;
    }

    /**
     * A DOCX section: page setup in points and what its headers and footers show.
     *
     * @param number       from 1
     * @param landscape    the section says {@code orient="landscape"}
     * @param titlePage    the first page has a header of its own ({@code w:titlePg})
     * @param pageStart    the page number it restarts at, or null
     * @param firstHeader  the header of the section's first page when {@code titlePage}, else null
     * @param header       the header of the other pages (inherited from the section before when
     *                     the section names none), or null
     * @param footerNumber a footer shows a page number
     */
    record Section(int number, double width, double height, boolean landscape, double top, double bottom,
                   double left, double right, double headerDistance, double gutter, boolean titlePage, Integer pageStart,
                   Header firstHeader, Header header, boolean footerNumber) {

        double textWidth() {
            return width - left - right;
        }
    }

    /**
     * What a header shows.
     *
     * @param pageNumber it holds a PAGE field
     * @param align      the alignment of the paragraph with the field (or of its first paragraph)
     * @param size       the field's text size
     */
    record Header(boolean pageNumber, Block.Align align, double size, boolean bold, boolean italic) {
    }

    /**
     * A PDF page.
     *
     * @param number   from 1
     * @param top      the lines in the top margin (page numbers)
     * @param bottom   the lines in the bottom margin
     * @param first    the index of the page's first block, {@code end} the index after its last
     */
    record Page(int number, double width, double height, List<Block> top, List<Block> bottom, int first, int end) {

        Page {
            top = List.copyOf(top);
            bottom = List.copyOf(bottom);
        }

        boolean landscape() {
            return width > height;
        }
    }

    /** A font a PDF shows text in. */
    record Font(String name, boolean embedded) {
    }
}
