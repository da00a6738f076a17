package vn.vanban.docx4j.imports;

import vn.vanban.docx4j.RunText;

import jakarta.xml.bind.JAXBElement;
import org.docx4j.com.microsoft.schemas.office.word.x2010.wordprocessingShape.CTWordprocessingShape;
import org.docx4j.dml.Graphic;
import org.docx4j.dml.wordprocessingDrawing.Anchor;
import org.docx4j.dml.wordprocessingDrawing.Inline;
import org.docx4j.mce.AlternateContent;
import org.docx4j.model.PropertyResolver;
import org.docx4j.model.listnumbering.Emulator;
import org.docx4j.openpackaging.exceptions.Docx4JException;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.openpackaging.parts.WordprocessingML.FootnotesPart;
import org.docx4j.openpackaging.parts.WordprocessingML.StyleDefinitionsPart;
import org.docx4j.vml.CTTextbox;
import org.docx4j.wml.Body;
import org.docx4j.wml.BooleanDefaultTrue;
import org.docx4j.wml.Br;
import org.docx4j.wml.CTFtnEdn;
import org.docx4j.wml.CTFtnEdnRef;
import org.docx4j.wml.CTTxbxContent;
import org.docx4j.wml.ContentAccessor;
import org.docx4j.wml.Drawing;
import org.docx4j.wml.JcEnumeration;
import org.docx4j.wml.P;
import org.docx4j.wml.PPr;
import org.docx4j.wml.PPrBase;
import org.docx4j.wml.Pict;
import org.docx4j.wml.R;
import org.docx4j.wml.RPr;
import org.docx4j.wml.RunDel;
import org.docx4j.wml.STPageOrientation;
import org.docx4j.wml.SdtElement;
import org.docx4j.wml.SectPr;
import org.docx4j.wml.Style;
import org.docx4j.wml.Tbl;
import org.docx4j.wml.TblGridCol;
import org.docx4j.wml.Tc;
import org.docx4j.wml.Text;
import org.docx4j.wml.Tr;
import vn.vanban.docx4j.UnreadableDocumentException;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads what a clerk sees of a DOCX, in reading order: the main document's paragraphs (table
 * cells row by row, text boxes where they are anchored, content controls opened, deleted text
 * left out), each with its runs' effective weight and slant (docx4j's {@link PropertyResolver}:
 * defaults, style chain, direct formatting), Word's list numbers as the text they show
 * (numbering.xml through docx4j's {@link Emulator}), and footnotes where their marks stand.
 * Document properties, custom XML and hidden data are never read.
 */
final class DocxParagraphs {

    /** Tables or text boxes inside one another deeper than this are no plan: refused, not walked. */
    static final int MAX_DEPTH = 16;
    /** More paragraphs than a plan within the limits can have (5,000 nodes, 30,000 cells). */
    static final int MAX_PARAGRAPHS = 60_000;

    private final WordprocessingMLPackage pkg;
    private final String name;
    private final PropertyResolver resolver;
    private final Map<String, String> roles;
    private final StyleDefinitionsPart styles;
    private final Map<BigInteger, CTFtnEdn> footnotes = new HashMap<>();
    private final List<Pending> pending = new ArrayList<>();
    private final List<SectPr> sections = new ArrayList<>();
    private int tables;

    /** A paragraph read, waiting for its section's orientation (known at the section's end). */
    private record Pending(Para para, int section) {
    }

    private DocxParagraphs(WordprocessingMLPackage pkg, String name, Map<String, String> roles) {
        this.pkg = pkg;
        this.name = name;
        this.roles = roles;
        this.resolver = pkg.getMainDocumentPart().getPropertyResolver();
        this.styles = pkg.getMainDocumentPart().getStyleDefinitionsPart();
        FootnotesPart fp = pkg.getMainDocumentPart().getFootnotesPart();
        if (fp != null) {
            try {
                for (CTFtnEdn f : fp.getContents().getFootnote()) {
                    footnotes.put(f.getId(), f);
                }
            } catch (Docx4JException e) {
                throw new UnreadableDocumentException(name + ": its footnotes cannot be read (" + e.getMessage() + ")", e);
            }
        }
    }

    /**
     * The paragraphs of {@code pkg}.
     *
     * @param roles the profile's style names by their display names in Word ("Issuing Agency" → agency)
     */
    static List<Para> read(WordprocessingMLPackage pkg, String name, Map<String, String> roles) {
        DocxParagraphs reader = new DocxParagraphs(pkg, name, roles);
        Body body = pkg.getMainDocumentPart().getJaxbElement().getBody();
        reader.walk(body.getContent(), null, false, 0);
        reader.sections.add(body.getSectPr() == null ? new SectPr() : body.getSectPr());
        List<Para> out = new ArrayList<>(reader.pending.size());
        for (Pending p : reader.pending) {
            SectPr s = reader.sections.get(Math.min(p.section(), reader.sections.size() - 1));
            Para a = p.para();
            out.add(new Para(a.number(), a.role(), a.pieces(), a.align(), a.cell(), a.boxed(), landscape(s)));
        }
        return out;
    }

    /**
     * The lines of the first page's own footer ({@code w:titlePg} and a "first" footer), where
     * many agencies' Word templates carry box 13 (address, telephone, e-mail); empty when there is
     * none. A line of digits alone is a page number, not part of box 13.
     */
    static List<String> firstPageFooter(WordprocessingMLPackage pkg, String name) {
        var sections = pkg.getDocumentModel().getSections();
        if (sections.isEmpty() || sections.get(0).getSectPr() == null
                || !on(sections.get(0).getSectPr().getTitlePg())) {
            return List.of();
        }
        var footer = sections.get(0).getHeaderFooterPolicy().getFirstFooter();
        if (footer == null) {
            return List.of();
        }
        DocxParagraphs reader = new DocxParagraphs(pkg, name, Map.of());
        reader.walk(footer.getContent(), null, false, 0);
        return reader.pending.stream().map(p -> p.para()).filter(p -> !p.isEmpty())
                .flatMap(p -> p.split("\n").stream()).map(Para::plain)
                .filter(t -> !t.isEmpty() && !t.matches("\\d+")).toList();
    }

    private static boolean landscape(SectPr s) {
        SectPr.PgSz size = s.getPgSz();
        if (size == null) {
            return false;
        }
        if (size.getOrient() == STPageOrientation.LANDSCAPE) {
            return true;
        }
        return size.getW() != null && size.getH() != null && size.getW().compareTo(size.getH()) > 0;
    }

    private void walk(List<Object> content, Para.Cell cell, boolean boxed, int depth) {
        if (depth > MAX_DEPTH) {
            throw new UnreadableDocumentException(name + ": tables or text boxes nested more than " + MAX_DEPTH
                    + " deep; no plan is laid out so");
        }
        for (Object o : content) {
            Object v = unwrap(o);
            if (v instanceof P p) {
                paragraph(p, cell, boxed, depth);
            } else if (v instanceof Tbl t) {
                table(t, boxed, depth + 1);
            } else if (v instanceof SdtElement sdt && sdt.getSdtContent() != null) {
                walk(sdt.getSdtContent().getContent(), cell, boxed, depth + 1);
            } else if (v instanceof ContentAccessor ca && !(v instanceof RunDel)) {
                walk(ca.getContent(), cell, boxed, depth + 1);
            }
        }
    }

    private void table(Tbl t, boolean boxed, int depth) {
        int table = tables++;
        List<Long> grid = new ArrayList<>();
        if (t.getTblGrid() != null) {
            for (TblGridCol c : t.getTblGrid().getGridCol()) {
                grid.add(c.getW() == null ? 0 : c.getW().longValue());
            }
        }
        int row = 0;
        for (Object ro : t.getContent()) {
            if (!(unwrap(ro) instanceof Tr tr)) {
                continue;
            }
            int at = 0;
            for (Object co : tr.getContent()) {
                if (!(unwrap(co) instanceof Tc tc)) {
                    continue;
                }
                int span = tc.getTcPr() != null && tc.getTcPr().getGridSpan() != null
                        ? Math.max(1, tc.getTcPr().getGridSpan().getVal().intValue()) : 1;
                boolean merged = tc.getTcPr() != null && tc.getTcPr().getVMerge() != null
                        && !"restart".equals(tc.getTcPr().getVMerge().getVal());
                long width = 0;
                for (int g = at; g < at + span && g < grid.size(); g++) {
                    width += grid.get(g);
                }
                walk(tc.getContent(), new Para.Cell(table, row, at, span, grid.size(), merged, width), boxed, depth);
                at += span;
            }
            row++;
        }
    }

    private void paragraph(P p, Para.Cell cell, boolean boxed, int depth) {
        if (pending.size() >= MAX_PARAGRAPHS) {
            throw new UnreadableDocumentException(name + ": more than " + MAX_PARAGRAPHS
                    + " paragraphs; a plan within vanban's limits has fewer");
        }
        PPr direct = p.getPPr();
        PPr eff = resolver.getEffectivePPr(direct);
        String styleId = direct != null && direct.getPStyle() != null ? direct.getPStyle().getVal() : null;
        List<Para.Piece> pieces = new ArrayList<>();
        List<Object> boxes = new ArrayList<>();
        String label = listLabel(eff, styleId);
        if (label != null) {
            pieces.add(new Para.Run(label + " ", false, false));
        }
        runs(p.getContent(), direct, pieces, boxes);
        // The list label takes the weight of the text it opens, as Word shows it.
        if (label != null && pieces.size() > 1 && pieces.get(1) instanceof Para.Run first) {
            pieces.set(0, new Para.Run(label + " ", first.bold(), first.italic()));
        }
        // A text box's paragraphs come before the paragraph it is anchored in.
        for (Object box : boxes) {
            walk(((CTTxbxContent) box).getContent(), cell, true, depth + 1);
        }
        int number = pending.size() + 1;
        pending.add(new Pending(new Para(number, role(styleId), pieces, align(eff), cell, boxed, false), sections.size()));
        if (direct != null && direct.getSectPr() != null) {
            sections.add(direct.getSectPr());
        }
    }

    /** The profile's name of a vanban style, by the style's display name. */
    private String role(String styleId) {
        if (styleId == null || styles == null) {
            return null;
        }
        Style s = styles.getStyleById(styleId);
        return s == null || s.getName() == null ? null : roles.get(s.getName().getVal());
    }

    /** The number Word shows before a paragraph of an automatic list ("1.", "a)"), or null; bullets become "-". */
    private String listLabel(PPr eff, String styleId) {
        PPrBase.NumPr num = eff == null ? null : eff.getNumPr();
        if (num == null || num.getNumId() == null || num.getNumId().getVal() == null
                || num.getNumId().getVal().signum() == 0) {
            return null;
        }
        String level = num.getIlvl() == null || num.getIlvl().getVal() == null ? "0" : num.getIlvl().getVal().toString();
        try {
            Emulator.ResultTriple r = Emulator.getNumber(pkg, styleId, num.getNumId().getVal().toString(), level);
            if (r == null) {
                return null;
            }
            if (r.getBullet() != null || r.getNumString() == null) {
                return "-";
            }
            String s = r.getNumString().strip();
            return s.isEmpty() ? null : s;
        } catch (RuntimeException e) {
            // A numbering definition docx4j cannot follow: the paragraph keeps its text, unnumbered.
            return null;
        }
    }

    private void runs(List<Object> content, PPr paragraph, List<Para.Piece> pieces, List<Object> boxes) {
        for (Object o : content) {
            Object v = unwrap(o);
            if (v instanceof R r) {
                run(r, paragraph, pieces, boxes);
            } else if (v instanceof SdtElement sdt && sdt.getSdtContent() != null) {
                runs(sdt.getSdtContent().getContent(), paragraph, pieces, boxes);
            } else if (v instanceof ContentAccessor ca && !(v instanceof RunDel)) {
                runs(ca.getContent(), paragraph, pieces, boxes);
            }
        }
    }

    private void run(R r, PPr paragraph, List<Para.Piece> pieces, List<Object> boxes) {
        StringBuilder text = new StringBuilder();
        RPr eff = null;
        for (Object o : r.getContent()) {
            Object v = unwrap(o);
            String shown = RunText.of(o);
            if (shown != null) {
                text.append(shown);
            } else if (v instanceof CTFtnEdnRef ref && o instanceof JAXBElement<?> e
                    && e.getName().getLocalPart().equals("footnoteReference")) {
                flush(text, r, paragraph, pieces);
                eff = null;
                CTFtnEdn note = footnotes.get(ref.getId());
                if (note != null) {
                    pieces.add(new Para.Note(note(note)));
                }
            } else {
                textBoxes(v, boxes);
            }
        }
        flush(text, r, paragraph, pieces);
    }

    private void flush(StringBuilder text, R r, PPr paragraph, List<Para.Piece> pieces) {
        if (text.isEmpty()) {
            return;
        }
        RPr eff = resolver.getEffectiveRPr(r.getRPr(), paragraph);
        boolean hidden = eff != null && (on(eff.getVanish()) || on(eff.getSpecVanish()));
        if (!hidden) {
            // A soft hyphen (Word's optional break) would come into the data as a character no one sees.
            String s = text.toString().replace("\u00AD", "");
            if (eff != null && on(eff.getCaps())) {
                s = vn.vanban.text.VietnameseCase.upper(s);
            }
            if (!s.isEmpty()) {
                pieces.add(new Para.Run(s, eff != null && on(eff.getB()), eff != null && on(eff.getI())));
            }
        }
        text.setLength(0);
    }

    /** A footnote's paragraphs, the space after its mark left out. */
    private List<Para> note(CTFtnEdn note) {
        List<Para> out = new ArrayList<>();
        for (Object o : note.getContent()) {
            if (unwrap(o) instanceof P p) {
                List<Para.Piece> pieces = new ArrayList<>();
                runs(p.getContent(), p.getPPr(), pieces, new ArrayList<>());
                if (out.isEmpty() && !pieces.isEmpty() && pieces.get(0) instanceof Para.Run first
                        && first.text().startsWith(" ")) {
                    pieces.set(0, new Para.Run(first.text().substring(1), first.bold(), first.italic()));
                }
                out.add(new Para(pending.size() + 1, null, pieces, Para.Align.LEFT, null, false, false));
            }
        }
        return out;
    }

    /** Collects the text boxes of a drawing, a VML picture or Word's alternate content (its first choice). */
    private static void textBoxes(Object v, List<Object> boxes) {
        if (v instanceof AlternateContent ac) {
            List<Object> any = !ac.getChoice().isEmpty() ? ac.getChoice().get(0).getAny()
                    : ac.getFallback() != null ? ac.getFallback().getAny() : List.of();
            for (Object o : any) {
                textBoxes(unwrap(o), boxes);
            }
        } else if (v instanceof Drawing d) {
            for (Object o : d.getAnchorOrInline()) {
                Graphic g = o instanceof Anchor a ? a.getGraphic() : o instanceof Inline i ? i.getGraphic() : null;
                if (g != null && g.getGraphicData() != null) {
                    CTWordprocessingShape wsp = g.getGraphicData().getWordprocessingShape();
                    if (wsp != null && wsp.getTxbx() != null && wsp.getTxbx().getTxbxContent() != null) {
                        boxes.add(wsp.getTxbx().getTxbxContent());
                    }
                    for (Object any : g.getGraphicData().getAny()) {
                        textBoxes(unwrap(any), boxes);
                    }
                }
            }
        } else if (v instanceof CTWordprocessingShape wsp) {
            if (wsp.getTxbx() != null && wsp.getTxbx().getTxbxContent() != null) {
                boxes.add(wsp.getTxbx().getTxbxContent());
            }
        } else if (v instanceof Pict pict) {
            for (Object o : pict.getAnyAndAny()) {
                vml(unwrap(o), boxes);
            }
        }
    }

    /** VML shapes (Word's older text boxes): a shape's text box, or a group's shapes. */
    private static void vml(Object v, List<Object> boxes) {
        List<JAXBElement<?>> elements = v instanceof org.docx4j.vml.CTShape s ? s.getEGShapeElements()
                : v instanceof org.docx4j.vml.CTRect r ? r.getEGShapeElements()
                : v instanceof org.docx4j.vml.CTRoundRect rr ? rr.getEGShapeElements()
                : List.of();
        for (JAXBElement<?> e : elements) {
            if (e.getValue() instanceof CTTextbox tb && tb.getTxbxContent() != null) {
                boxes.add(tb.getTxbxContent());
            }
        }
        if (v instanceof org.docx4j.vml.CTGroup g) {
            for (JAXBElement<?> e : g.getEGShapeElements()) {
                vml(e.getValue(), boxes);
            }
        }
    }

    private static Para.Align align(PPr p) {
        JcEnumeration jc = p == null || p.getJc() == null ? null : p.getJc().getVal();
        if (jc == null) {
            return Para.Align.LEFT;
        }
        return switch (jc) {
            case CENTER -> Para.Align.CENTER;
            case RIGHT, END -> Para.Align.RIGHT;
            case BOTH, DISTRIBUTE -> Para.Align.JUSTIFY;
            default -> Para.Align.LEFT;
        };
    }

    private static boolean on(BooleanDefaultTrue b) {
        return b != null && b.isVal();
    }

    static Object unwrap(Object o) {
        return RunText.unwrap(o);
    }
}
