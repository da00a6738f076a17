package vn.vanban.docx;

import vn.vanban.layout.LayoutProfile;

/**
 * The profile's page in twips, and the {@code w:sectPr} a section can have (portrait or landscape;
 * numbering running on or restarted; a continued section or not), built once.
 * <p>
 * Every section but a continued one hides the number on its own first page ({@code w:titlePg});
 * all refer to the same two header parts: the default one with a centred PAGE field and an empty
 * first-page one.
 */
final class PageSetup {

    private final int width;
    private final int height;
    private final int left;
    private final int right;
    private final String[] sectPr = new String[8];

    PageSetup(LayoutProfile.Page page) {
        this.width = Twips.of(page.width());
        this.height = Twips.of(page.height());
        this.left = Twips.of(page.left());
        this.right = Twips.of(page.right());
        int top = Twips.of(page.top());
        int bottom = Twips.of(page.bottom());
        int header = Twips.of(page.header());
        for (int i = 0; i < 8; i++) {
            boolean continued = (i & 4) != 0;
            boolean landscape = (i & 2) != 0;
            boolean restart = (i & 1) != 0;
            if (continued && restart) {
                continue;
            }
            Xml x = Xml.fragment(512);
            x.open("w:sectPr")
                    .empty("w:headerReference", "w:type", "default", "r:id", Ooxml.RID_HEADER_DEFAULT)
                    .empty("w:headerReference", "w:type", "first", "r:id", Ooxml.RID_HEADER_FIRST);
            if (landscape) {
                x.empty("w:pgSz", "w:w", Twips.str(height), "w:h", Twips.str(width), "w:orient", "landscape");
            } else {
                x.empty("w:pgSz", "w:w", Twips.str(width), "w:h", Twips.str(height));
            }
            // Margins stay on the same edges of the text when the paper turns (see LayoutProfile.Page).
            // No footer is ever written, so its distance is 0.
            x.empty("w:pgMar", "w:top", Twips.str(top), "w:right", Twips.str(right),
                    "w:bottom", Twips.str(bottom), "w:left", Twips.str(left),
                    "w:header", Twips.str(header), "w:footer", "0", "w:gutter", "0");
            if (restart) {
                x.empty("w:pgNumType", "w:start", "1");
            }
            sectPr[i] = x.empty("w:cols", "w:space", "720").emptyIf(!continued, "w:titlePg").close("w:sectPr").toString();
        }
    }

    /** The section properties of a section, as a well-formed fragment. */
    String sectPr(boolean landscape, boolean restartNumbering, boolean continued) {
        return sectPr[(continued ? 4 : 0) + (landscape ? 2 : 0) + (restartNumbering ? 1 : 0)];
    }

    /**
     * The width between the margins in twips, as Word computes it from the integer page values,
     * so that a centred rule is centred to the twip.
     */
    int textWidth(boolean landscape) {
        return (landscape ? height : width) - left - right;
    }
}
