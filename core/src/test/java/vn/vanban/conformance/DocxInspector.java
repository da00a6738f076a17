package vn.vanban.conformance;

import org.docx4j.model.PropertyResolver;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.wml.Body;
import org.docx4j.wml.ContentAccessor;
import org.docx4j.wml.P;
import org.docx4j.wml.PPr;
import org.docx4j.wml.R;
import org.docx4j.wml.RPr;
import org.docx4j.wml.SectPr;
import org.docx4j.wml.Tbl;
import org.docx4j.wml.Tc;
import org.docx4j.wml.Tr;

import jakarta.xml.bind.JAXBElement;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * A DOCX read back with docx4j, an independent OOXML consumer, as paragraphs with their
 * <em>effective</em> properties (document defaults, style chain and direct formatting resolved by
 * docx4j's PropertyResolver), and its sections in order.
 */
final class DocxInspector {

    /** A paragraph: its text (spaces folded, a footnote reference as its number), effective paragraph properties, each text run's effective run properties, its section. */
    record Para(String text, PPr ppr, List<RPr> runs, int section) {
        boolean allRuns(java.util.function.Predicate<RPr> p) {
            return !runs.isEmpty() && runs.stream().allMatch(p);
        }
    }

    final List<Para> paragraphs = new ArrayList<>();
    final List<SectPr> sections = new ArrayList<>();
    final WordprocessingMLPackage pkg;
    private final PropertyResolver resolver;
    /** The footnote references met so far. */
    private final int[] notes = {0};

    DocxInspector(byte[] docx) throws Exception {
        pkg = WordprocessingMLPackage.load(new ByteArrayInputStream(docx));
        resolver = pkg.getMainDocumentPart().getPropertyResolver();
        Body body = pkg.getMainDocumentPart().getJaxbElement().getBody();
        walk(body.getContent());
        sections.add(body.getSectPr());
    }

    private void walk(List<Object> content) throws Exception {
        for (Object o : content) {
            Object v = o instanceof JAXBElement<?> e ? e.getValue() : o;
            if (v instanceof P p) {
                paragraph(p);
            } else if (v instanceof Tbl t) {
                for (Object row : t.getContent()) {
                    Object rv = row instanceof JAXBElement<?> e ? e.getValue() : row;
                    if (rv instanceof Tr tr) {
                        for (Object cell : tr.getContent()) {
                            Object cv = cell instanceof JAXBElement<?> e ? e.getValue() : cell;
                            if (cv instanceof Tc tc) {
                                walk(tc.getContent());
                            }
                        }
                    }
                }
            } else if (v instanceof ContentAccessor ca) {
                walk(ca.getContent());
            }
        }
    }

    /**
     * A paragraph's text with line breaks and tabs as spaces (TextUtils would drop them), a
     * number's non-breaking hyphen as the "-" Word shows; no footnote numbers.
     */
    static String text(ContentAccessor container) {
        return text(container, null);
    }

    /**
     * The same, with each footnote reference as its number when {@code notes} counts them (the
     * references met so far), as Word numbers them.
     */
    private static String text(ContentAccessor container, int[] notes) {
        StringBuilder sb = new StringBuilder();
        for (Object o : container.getContent()) {
            Object v = o instanceof JAXBElement<?> e ? e.getValue() : o;
            if (v instanceof org.docx4j.wml.Text t) {
                sb.append(t.getValue().replace('\u2011', '-'));
            } else if (v instanceof org.docx4j.wml.Br || v instanceof org.docx4j.wml.R.Tab) {
                sb.append(' ');
            } else if (notes != null && o instanceof JAXBElement<?> e
                    && e.getName().getLocalPart().equals("footnoteReference")) {
                sb.append(++notes[0]);
            } else if (v instanceof ContentAccessor ca) {
                sb.append(text(ca, notes));
            }
        }
        return sb.toString();
    }

    private void paragraph(P p) throws Exception {
        PPr effective = resolver.getEffectivePPr(p.getPPr());
        List<RPr> runs = new ArrayList<>();
        for (Object o : p.getContent()) {
            Object v = o instanceof JAXBElement<?> e ? e.getValue() : o;
            if (v instanceof R r) {
                if (!text(r).isBlank()) {
                    runs.add(resolver.getEffectiveRPr(r.getRPr(), p.getPPr()));
                }
            }
        }
        // The runs above are the text's: a footnote's number, raised and smaller, is not among them.
        paragraphs.add(new Para(text(p, notes).replaceAll("\\s+", " ").strip(), effective, runs, sections.size()));
        if (p.getPPr() != null && p.getPPr().getSectPr() != null) {
            sections.add(p.getPPr().getSectPr());
        }
    }
}
