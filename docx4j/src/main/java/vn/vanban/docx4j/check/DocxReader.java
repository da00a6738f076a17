package vn.vanban.docx4j.check;

import vn.vanban.docx4j.RunText;

import jakarta.xml.bind.JAXBElement;
import org.docx4j.dml.CTPositiveSize2D;
import org.docx4j.dml.wordprocessingDrawing.Anchor;
import org.docx4j.dml.wordprocessingDrawing.Inline;
import org.docx4j.model.PropertyResolver;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.wml.Body;
import org.docx4j.wml.Br;
import org.docx4j.wml.ContentAccessor;
import org.docx4j.wml.Drawing;
import org.docx4j.wml.P;
import org.docx4j.wml.PPr;
import org.docx4j.wml.R;
import org.docx4j.wml.RPr;
import org.docx4j.wml.RunDel;
import org.docx4j.wml.SdtElement;
import org.docx4j.wml.SectPr;
import org.docx4j.wml.Tbl;
import org.docx4j.wml.TblGridCol;
import org.docx4j.wml.Tc;
import org.docx4j.wml.Text;
import org.docx4j.wml.Tr;
import vn.vanban.docx4j.UnreadableDocumentException;
import vn.vanban.model.DocumentType;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads a DOCX with docx4j into what the rules see: every paragraph of the main document in
 * reading order (table cells row by row, content controls opened), with its effective properties,
 * its table cell and section, and the lines drawn by borders, shapes or underscores.
 */
final class DocxReader {

    /** A line typed as underscores, as the decree's own Word files draw them. */
    private static final Pattern UNDERSCORES = Pattern.compile("_{3,}");
    /** Times New Roman's underscore is half an em wide. */
    private static final double UNDERSCORE_EM = 0.5;
    private static final double EMU_PER_PT = 12700;

    private final DocxProperties props;
    private final List<Pending> pending = new ArrayList<>();
    private final List<SectPr> sections = new ArrayList<>();
    private int tables;

    /** A paragraph read, waiting for its section's text width (known only at the section's end). */
    private record Pending(int number, int section, String raw, List<String> lines, List<Block.Span> spans,
                           Block.Para para, Block.Cell cell, Double drawn, boolean border) {
    }

    private DocxReader(DocxProperties props) {
        this.props = props;
    }

    static CheckedDocument read(byte[] docx, String name, DocumentType type, Measures measures) {
        WordprocessingMLPackage pkg = vn.vanban.docx4j.Docx4jDocuments.load(docx, name);
        try {
            PropertyResolver resolver = pkg.getMainDocumentPart().getPropertyResolver();
            DocxProperties props = new DocxProperties(resolver, pkg.getMainDocumentPart().getThemePart());
            DocxReader reader = new DocxReader(props);
            Body body = pkg.getMainDocumentPart().getJaxbElement().getBody();
            reader.walk(body.getContent(), null);
            if (body.getSectPr() != null || reader.sections.isEmpty()) {
                reader.sections.add(body.getSectPr() == null ? new SectPr() : body.getSectPr());
            }
            List<CheckedDocument.Section> setups = DocxSections.read(pkg, reader.sections, props);
            return new CheckedDocument(name, Rule.Format.DOCX, type, measures, reader.blocks(setups), setups,
                    List.of(), List.of(), pageCount(pkg));
        } catch (RuntimeException e) {
            throw new UnreadableDocumentException(name + ": its content cannot be read (" + e + ")", e);
        }
    }

    /** The page count Word last saved in docProps/app.xml; 0 when the file has none. */
    private static int pageCount(WordprocessingMLPackage pkg) {
        var ext = pkg.getDocPropsExtendedPart();
        try {
            if (ext == null || ext.getContents() == null || ext.getContents().getPages() == null) {
                return 0;
            }
            return ext.getContents().getPages();
        } catch (org.docx4j.openpackaging.exceptions.Docx4JException e) {
            return 0;
        }
    }

    private void walk(List<Object> content, Block.Cell cell) {
        for (Object o : content) {
            Object v = unwrap(o);
            if (v instanceof P p) {
                paragraph(p, cell);
            } else if (v instanceof Tbl t) {
                table(t);
            } else if (v instanceof SdtElement sdt && sdt.getSdtContent() != null) {
                walk(sdt.getSdtContent().getContent(), cell);
            } else if (v instanceof ContentAccessor ca && !(v instanceof RunDel)) {
                walk(ca.getContent(), cell);
            }
        }
    }

    private void table(Tbl t) {
        int table = tables++;
        List<Double> grid = new ArrayList<>();
        if (t.getTblGrid() != null) {
            for (TblGridCol c : t.getTblGrid().getGridCol()) {
                grid.add(DocxProperties.pt(c.getW()));
            }
        }
        double margins = DocxSections.cellMargins(t, props);
        int row = 0;
        for (Object ro : t.getContent()) {
            if (!(unwrap(ro) instanceof Tr tr)) {
                continue;
            }
            boolean header = tr.getTrPr() != null && tr.getTrPr().getCnfStyleOrDivIdOrGridBefore().stream()
                    .anyMatch(e -> e.getName().getLocalPart().equals("tblHeader")
                            && e.getValue() instanceof org.docx4j.wml.BooleanDefaultTrue b && b.isVal());
            List<Tc> cells = new ArrayList<>();
            for (Object co : tr.getContent()) {
                if (unwrap(co) instanceof Tc tc) {
                    cells.add(tc);
                }
            }
            int gridAt = 0;
            for (int c = 0; c < cells.size(); c++) {
                Tc tc = cells.get(c);
                int span = tc.getTcPr() != null && tc.getTcPr().getGridSpan() != null
                        ? tc.getTcPr().getGridSpan().getVal().intValue() : 1;
                double width = 0;
                for (int g = gridAt; g < gridAt + span && g < grid.size(); g++) {
                    width += grid.get(g);
                }
                if (width == 0 && tc.getTcPr() != null && tc.getTcPr().getTcW() != null
                        && "dxa".equals(tc.getTcPr().getTcW().getType()) && tc.getTcPr().getTcW().getW() != null) {
                    width = DocxProperties.pt(tc.getTcPr().getTcW().getW());
                }
                gridAt += span;
                walk(tc.getContent(), new Block.Cell(table, row, c, cells.size(), header, Math.max(0, width - margins)));
            }
            row++;
        }
    }

    private void paragraph(P p, Block.Cell cell) {
        PPr direct = p.getPPr();
        PPr eff = props.effective(direct);
        String style = direct != null && direct.getPStyle() != null ? direct.getPStyle().getVal() : null;
        Block.Para para = DocxProperties.para(eff, style);
        List<Block.Span> spans = new ArrayList<>();
        StringBuilder raw = new StringBuilder();
        double[] drawn = {0};
        runs(p.getContent(), direct, spans, raw, drawn);
        String text = raw.toString();
        List<String> lines = new ArrayList<>();
        for (String line : text.split("\n")) {
            lines.add(TextForms.fold(line));
        }
        pending.add(new Pending(pending.size() + 1, sections.size(), text, lines, spans, para, cell,
                drawn[0] > 0 ? drawn[0] : null, para.bottomBorder()));
        if (direct != null && direct.getSectPr() != null) {
            sections.add(direct.getSectPr());
        }
    }

    /** Collects the runs of a paragraph, through hyperlinks, insertions, fields and content controls. */
    private void runs(List<Object> content, PPr paragraph, List<Block.Span> spans, StringBuilder raw, double[] drawn) {
        for (Object o : content) {
            Object v = unwrap(o);
            if (v instanceof R r) {
                run(r, paragraph, spans, raw, drawn);
            } else if (v instanceof SdtElement sdt && sdt.getSdtContent() != null) {
                runs(sdt.getSdtContent().getContent(), paragraph, spans, raw, drawn);
            } else if (v instanceof ContentAccessor ca && !(v instanceof RunDel)) {
                runs(ca.getContent(), paragraph, spans, raw, drawn);
            }
        }
    }

    private void run(R r, PPr paragraph, List<Block.Span> spans, StringBuilder raw, double[] drawn) {
        StringBuilder text = new StringBuilder();
        for (Object o : r.getContent()) {
            Object v = unwrap(o);
            String shown = RunText.of(o);
            if (shown != null) {
                text.append(shown);
            } else if (v instanceof Drawing d) {
                drawn[0] = Math.max(drawn[0], lineLength(d));
            }
        }
        if (text.isEmpty()) {
            return;
        }
        RPr eff = props.effective(r.getRPr(), paragraph);
        spans.add(props.span(text.toString(), eff));
        raw.append(text);
    }

    /** A drawing no taller than 2 pt is a horizontal line; its length in points, or 0. */
    private static double lineLength(Drawing d) {
        double longest = 0;
        for (Object o : d.getAnchorOrInline()) {
            CTPositiveSize2D extent = o instanceof Inline i ? i.getExtent() : o instanceof Anchor a ? a.getExtent() : null;
            if (extent != null && extent.getCy() <= 2 * EMU_PER_PT && extent.getCx() > 0) {
                longest = Math.max(longest, extent.getCx() / EMU_PER_PT);
            }
        }
        return longest;
    }

    private List<Block> blocks(List<CheckedDocument.Section> setups) {
        List<Block> out = new ArrayList<>(pending.size());
        for (Pending p : pending) {
            String text = TextForms.fold(p.raw());
            Double rule = p.drawn();
            List<Block.Span> spans = p.spans();
            if (UNDERSCORES.matcher(text).matches()) {
                double size = spans.isEmpty() ? 10 : spans.get(0).size();
                rule = text.length() * UNDERSCORE_EM * size;
                text = "";
            } else if (p.border()) {
                CheckedDocument.Section s = setups.get(Math.min(p.section(), setups.size() - 1));
                double room = p.cell() != null ? p.cell().textWidth() : s.textWidth();
                rule = Math.max(0, room - p.para().indentLeft() - p.para().indentRight());
            }
            Block.Side side = p.cell() != null && p.cell().columns() == 2
                    ? (p.cell().column() == 0 ? Block.Side.LEFT : Block.Side.RIGHT) : Block.Side.ACROSS;
            out.add(new Block(out.size(), p.number(), 0, p.section(), text, text.isEmpty() ? List.of() : p.lines(), spans, side,
                    p.para(), p.cell(), null, rule, Normalizer.isNormalized(p.raw(), Normalizer.Form.NFC)));
        }
        return out;
    }

    static Object unwrap(Object o) {
        return RunText.unwrap(o);
    }
}
