package vn.vanban.docx4j.check;

import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.openpackaging.parts.Part;
import org.docx4j.openpackaging.parts.WordprocessingML.FooterPart;
import org.docx4j.openpackaging.parts.WordprocessingML.HeaderPart;
import org.docx4j.openpackaging.parts.relationships.RelationshipsPart;
import org.docx4j.wml.CTRel;
import org.docx4j.wml.CTTblCellMar;
import org.docx4j.wml.FooterReference;
import org.docx4j.wml.HdrFtrRef;
import org.docx4j.wml.HeaderReference;
import org.docx4j.wml.P;
import org.docx4j.wml.PPr;
import org.docx4j.wml.R;
import org.docx4j.wml.RPr;
import org.docx4j.wml.STPageOrientation;
import org.docx4j.wml.SectPr;
import org.docx4j.wml.Style;
import org.docx4j.wml.Tbl;
import org.docx4j.wml.TblWidth;

import java.util.EnumMap;
import java.util.List;
import java.util.ArrayList;
import java.util.Map;
import java.util.regex.Pattern;

/** A DOCX's sections: page size and margins, and what the headers and footers of each show. */
final class DocxSections {

    /** A PAGE field, simple or complex; NUMPAGES and SECTIONPAGES are other fields. */
    private static final Pattern PAGE_FIELD = Pattern.compile("(?<![A-Z])PAGE(?![A-Z])");
    /** Word's default left and right cell margin: 0.08 inch, 5.4 pt. */
    private static final double DEFAULT_CELL_MARGIN = 5.4;

    private DocxSections() {
    }

    static List<CheckedDocument.Section> read(WordprocessingMLPackage pkg, List<SectPr> sectPrs, DocxProperties props) {
        RelationshipsPart rels = pkg.getMainDocumentPart().getRelationshipsPart();
        Map<HdrFtrRef, Part> headers = new EnumMap<>(HdrFtrRef.class);
        Map<HdrFtrRef, Part> footers = new EnumMap<>(HdrFtrRef.class);
        List<CheckedDocument.Section> out = new ArrayList<>();
        for (SectPr s : sectPrs) {
            // A section that names no header of a kind keeps the one of the section before it.
            for (CTRel ref : s.getEGHdrFtrReferences()) {
                Part part = ref.getId() == null ? null : rels.getPart(ref.getId());
                if (ref instanceof HeaderReference h && h.getType() != null && part != null) {
                    headers.put(h.getType(), part);
                } else if (ref instanceof FooterReference f && f.getType() != null && part != null) {
                    footers.put(f.getType(), part);
                }
            }
            boolean titlePage = DocxProperties.on(s.getTitlePg());
            double w = s.getPgSz() == null ? 0 : DocxProperties.pt(s.getPgSz().getW());
            double h = s.getPgSz() == null ? 0 : DocxProperties.pt(s.getPgSz().getH());
            boolean landscape = s.getPgSz() != null && s.getPgSz().getOrient() == STPageOrientation.LANDSCAPE;
            SectPr.PgMar m = s.getPgMar() == null ? new SectPr.PgMar() : s.getPgMar();
            Integer start = s.getPgNumType() != null && s.getPgNumType().getStart() != null
                    ? s.getPgNumType().getStart().intValue() : null;
            boolean footerNumber = footers.values().stream().anyMatch(f -> header(f, props).pageNumber());
            out.add(new CheckedDocument.Section(out.size() + 1, w, h, landscape, DocxProperties.pt(m.getTop()),
                    DocxProperties.pt(m.getBottom()), DocxProperties.pt(m.getLeft()), DocxProperties.pt(m.getRight()),
                    DocxProperties.pt(m.getHeader()), DocxProperties.pt(m.getGutter()), titlePage, start,
                    titlePage ? header(headers.get(HdrFtrRef.FIRST), props) : null,
                    header(headers.get(HdrFtrRef.DEFAULT), props), footerNumber));
        }
        return out;
    }

    /** What a header or footer part shows: whether it has a PAGE field, and that paragraph's style. */
    private static CheckedDocument.Header header(Part part, DocxProperties props) {
        List<Object> content = part instanceof HeaderPart h ? h.getContent()
                : part instanceof FooterPart f ? f.getContent() : List.of();
        P first = null;
        for (P p : paragraphs(content)) {
            if (first == null) {
                first = p;
            }
            if (PAGE_FIELD.matcher(fieldCodes(p.getContent())).find()) {
                return describe(p, props, true);
            }
        }
        return first == null ? new CheckedDocument.Header(false, Block.Align.LEFT, 0, false, false)
                : describe(first, props, false);
    }

    /** The codes of a paragraph's fields: simple ones' {@code w:instr} and complex ones' {@code w:instrText}. */
    private static String fieldCodes(List<Object> content) {
        StringBuilder codes = new StringBuilder();
        for (Object o : content) {
            Object v = DocxReader.unwrap(o);
            if (v instanceof org.docx4j.wml.CTSimpleField f && f.getInstr() != null) {
                codes.append(' ').append(f.getInstr());
            }
            if (o instanceof jakarta.xml.bind.JAXBElement<?> e && e.getName().getLocalPart().equals("instrText")
                    && v instanceof org.docx4j.wml.Text t) {
                codes.append(' ').append(t.getValue());
            } else if (v instanceof org.docx4j.wml.ContentAccessor ca) {
                codes.append(fieldCodes(ca.getContent()));
            }
        }
        return codes.toString();
    }

    private static CheckedDocument.Header describe(P p, DocxProperties props, boolean pageNumber) {
        PPr eff = props.effective(p.getPPr());
        RPr run = null;
        for (Object o : p.getContent()) {
            if (DocxReader.unwrap(o) instanceof R r) {
                run = props.effective(r.getRPr(), p.getPPr());
                if (r.getContent().stream().anyMatch(c -> DocxReader.unwrap(c) instanceof org.docx4j.wml.Text)) {
                    break;
                }
            }
        }
        if (run == null) {
            run = props.effective(null, p.getPPr());
        }
        Block.Span s = props.span("", run);
        return new CheckedDocument.Header(pageNumber, DocxProperties.align(eff.getJc() == null ? null : eff.getJc().getVal()),
                s.size(), s.bold(), s.italic());
    }

    private static List<P> paragraphs(List<Object> content) {
        List<P> out = new ArrayList<>();
        for (Object o : content) {
            Object v = DocxReader.unwrap(o);
            if (v instanceof P p) {
                out.add(p);
            } else if (v instanceof org.docx4j.wml.ContentAccessor ca) {
                out.addAll(paragraphs(ca.getContent()));
            }
        }
        return out;
    }

    /** The left and right cell margins of a table together, in points (direct, else its style's, else Word's default). */
    static double cellMargins(Tbl t, DocxProperties props) {
        CTTblCellMar mar = t.getTblPr() == null ? null : t.getTblPr().getTblCellMar();
        if (mar == null && t.getTblPr() != null && t.getTblPr().getTblStyle() != null) {
            Style style = props.tableStyle(t.getTblPr().getTblStyle().getVal());
            mar = style == null || style.getTblPr() == null ? null : style.getTblPr().getTblCellMar();
        }
        if (mar == null) {
            return 2 * DEFAULT_CELL_MARGIN;
        }
        return side(mar.getLeft() != null ? mar.getLeft() : mar.getStart())
                + side(mar.getRight() != null ? mar.getRight() : mar.getEnd());
    }

    private static double side(TblWidth w) {
        if (w == null || w.getW() == null) {
            return DEFAULT_CELL_MARGIN;
        }
        return "dxa".equals(w.getType()) || w.getType() == null ? DocxProperties.pt(w.getW()) : DEFAULT_CELL_MARGIN;
    }
}
