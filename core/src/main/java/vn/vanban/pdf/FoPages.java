package vn.vanban.pdf;

import org.xml.sax.SAXException;
import vn.vanban.layout.LayoutDocument;
import vn.vanban.layout.LayoutProfile;

import java.util.List;

import static vn.vanban.pdf.FoWriter.pt;

/**
 * The page masters of a document. Each orientation has a first-page master without a page number
 * and a rest-of-pages master whose region-before holds it, so every section hides the number on
 * its own first page. A section whose first page carries a foot (box 13, the issuer's address)
 * gets a first page of its own: its region-body stops the foot's height and the rule's space
 * before above the bottom margin, where Word and LibreOffice stop the text above the foot's frame,
 * and its region-after holds the foot from there down to the margin.
 */
final class FoPages {

    /** The region of the page number, at the top of every page but a section's first. */
    static final String HEADER_REGION = "page-number-region";
    /** The region of a section's first page's foot. */
    static final String FOOT_REGION = "first-page-foot";
    private static final String NO_HEADER_REGION = "first-page-region";

    private FoPages() {
    }

    /** The foot of a section's first page, or {@code null}: the first among its blocks. */
    static LayoutDocument.FirstPageFoot foot(LayoutDocument.Section s) {
        return s.blocks().stream().filter(LayoutDocument.FirstPageFoot.class::isInstance)
                .map(LayoutDocument.FirstPageFoot.class::cast).findFirst().orElse(null);
    }

    /** The page-sequence master of the {@code i}-th section. */
    static String master(LayoutDocument.Section s, int i) {
        String o = orientation(s.landscape());
        if (s.continued()) {
            // A continued section numbers its first page too: every page uses the numbered master.
            return "rest-" + o;
        }
        return foot(s) == null ? "pages-" + o : "pages-" + o + "-foot-" + i;
    }

    /** The layout-master-set's masters for the document's sections. */
    static void masters(FoEvents out, LayoutProfile profile, List<LayoutDocument.Section> sections)
            throws SAXException {
        LayoutProfile.Page p = profile.page();
        for (boolean landscape : new boolean[] {false, true}) {
            String o = orientation(landscape);
            page(out, p, landscape, "first-" + o, false, null);
            page(out, p, landscape, "rest-" + o, true, null);
            sequence(out, "pages-" + o, "first-" + o, "rest-" + o);
        }
        for (int i = 0; i < sections.size(); i++) {
            LayoutDocument.Section s = sections.get(i);
            LayoutDocument.FirstPageFoot foot = foot(s);
            if (foot != null && !s.continued()) {
                String o = orientation(s.landscape());
                page(out, p, s.landscape(), "first-" + o + "-foot-" + i, false,
                        new Room(foot.height(profile), profile.rule(foot.rule().kind()).spaceBefore()));
                sequence(out, master(s, i), "first-" + o + "-foot-" + i, "rest-" + o);
            }
        }
    }

    /**
     * A page master. The master's top margin is the header distance; the region-before fills the
     * rest of the top margin, so the page number's line starts {@code header} below the paper edge.
     *
     * @param foot the room a foot takes at the bottom of the page, or {@code null}
     */
    private static void page(FoEvents out, LayoutProfile.Page p, boolean landscape, String name, boolean numbered,
                             Room foot) throws SAXException {
        double before = p.top() - p.header();
        double after = p.bottom() + (foot == null ? 0 : foot.height());
        out.start("simple-page-master", "master-name", name,
                "page-width", pt(landscape ? p.height() : p.width()),
                "page-height", pt(landscape ? p.width() : p.height()),
                "margin-top", pt(p.header()), "margin-bottom", "0pt",
                "margin-left", pt(p.left()), "margin-right", pt(p.right()));
        out.empty("region-body", "margin-top", pt(before), "margin-bottom", pt(after + (foot == null ? 0 : foot.clearance())));
        out.empty("region-before", "extent", pt(before), "region-name", numbered ? HEADER_REGION : NO_HEADER_REGION);
        if (foot != null) {
            // From the foot's rule down to the paper's edge; the foot's block stands at its top.
            out.empty("region-after", "extent", pt(after), "region-name", FOOT_REGION);
        }
        out.end("simple-page-master");
    }

    /** A foot's height, and what the text above keeps clear of it. */
    private record Room(double height, double clearance) {
    }

    private static void sequence(FoEvents out, String name, String first, String rest) throws SAXException {
        out.start("page-sequence-master", "master-name", name);
        out.start("repeatable-page-master-alternatives");
        out.empty("conditional-page-master-reference", "master-reference", first, "page-position", "first");
        out.empty("conditional-page-master-reference", "master-reference", rest, "page-position", "rest");
        out.end("repeatable-page-master-alternatives");
        out.end("page-sequence-master");
    }

    static String orientation(boolean landscape) {
        return landscape ? "landscape" : "portrait";
    }
}
