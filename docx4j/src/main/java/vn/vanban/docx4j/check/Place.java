package vn.vanban.docx4j.check;

/**
 * Where a finding is: a paragraph (DOCX, numbered from 1 in reading order, table cells included),
 * a line of a PDF page, a section (DOCX page setup), a page (PDF), or the whole document; with the
 * first words of the text there when there is text.
 *
 * @param kind    paragraph, line, section, page or document
 * @param number  the paragraph, section or page number; 0 for the document
 * @param line    the line on the page, for {@code line}; 0 otherwise
 * @param excerpt the first words of the text, or empty
 */
public record Place(String kind, int number, int line, String excerpt) {

    private static final int EXCERPT = 48;

    static Place paragraph(int number, String text) {
        return new Place("paragraph", number, 0, excerpt(text));
    }

    static Place line(int page, int line, String text) {
        return new Place("line", page, line, excerpt(text));
    }

    static Place section(int number) {
        return new Place("section", number, 0, "");
    }

    static Place page(int number, String text) {
        return new Place("page", number, 0, excerpt(text));
    }

    static Place document() {
        return new Place("document", 0, 0, "");
    }

    private static String excerpt(String text) {
        String t = text == null ? "" : text.strip();
        if (t.length() <= EXCERPT) {
            return t;
        }
        int cut = t.lastIndexOf(' ', EXCERPT);
        return t.substring(0, cut > EXCERPT / 2 ? cut : EXCERPT) + "…";
    }

    /** "paragraph 7 «Đức Phổ, ngày 5 tháng 3 năm 2024»", "page 3, line 1 «Phụ lục»", "section 2". */
    @Override
    public String toString() {
        String where = switch (kind) {
            case "line" -> "page " + number + ", line " + line;
            case "document" -> "the document";
            default -> kind + " " + number;
        };
        return excerpt.isEmpty() ? where : where + " «" + excerpt + "»";
    }
}
