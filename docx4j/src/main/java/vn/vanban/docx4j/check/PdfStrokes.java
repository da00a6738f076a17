package vn.vanban.docx4j.check;

import org.apache.pdfbox.contentstream.PDFStreamEngine;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.OperatorProcessor;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSNumber;

import java.awt.geom.Point2D;
import java.util.ArrayList;
import java.util.List;

/**
 * The horizontal lines a page strokes ({@code m … l … S}, as FOP and LibreOffice draw a border),
 * read beside its text: the line as wide as the text at the foot of page 1 sets box 13 (the
 * issuer's address, phone, e-mail) apart from the text above it.
 */
final class PdfStrokes {

    private final PDFStreamEngine engine;
    /** The page's stroked horizontal segments: {x0, x1, y}, y from the page's bottom. */
    private final List<double[]> lines = new ArrayList<>();
    private final List<double[]> path = new ArrayList<>();
    private Point2D current;

    PdfStrokes(PDFStreamEngine engine) {
        this.engine = engine;
    }

    /** The operators to add to the engine: path construction and painting. */
    List<OperatorProcessor> operators() {
        List<OperatorProcessor> out = new ArrayList<>();
        for (String name : List.of("m", "l", "S", "s", "n", "f", "F", "f*", "B", "B*", "b", "b*")) {
            out.add(new OperatorProcessor(engine) {
                @Override
                public void process(Operator operator, List<COSBase> operands) {
                    step(name, operands);
                }

                @Override
                public String getName() {
                    return name;
                }
            });
        }
        return out;
    }

    void clear() {
        lines.clear();
        path.clear();
        current = null;
    }

    /**
     * The lowest line at least {@code least} long below the middle of a page {@code height} high,
     * as a distance from the page's top; NaN when there is none.
     */
    double lowestAtLeast(double least, double height) {
        double lowest = Double.NaN;
        for (double[] l : lines) {
            double y = height - l[2];
            if (l[1] - l[0] >= least && y > height / 2 && !(y <= lowest)) {
                lowest = y;
            }
        }
        return lowest;
    }

    private void step(String name, List<COSBase> operands) {
        switch (name) {
            case "m" -> current = point(operands);
            case "l" -> {
                Point2D p = point(operands);
                if (current != null && p != null && Math.abs(p.getY() - current.getY()) < 0.5) {
                    path.add(new double[] {Math.min(p.getX(), current.getX()), Math.max(p.getX(), current.getX()), p.getY()});
                }
                current = p;
            }
            case "S", "s" -> {
                lines.addAll(path);
                path.clear();
            }
            default -> path.clear();
        }
    }

    private Point2D point(List<COSBase> operands) {
        if (operands.size() < 2 || !(operands.get(0) instanceof COSNumber x) || !(operands.get(1) instanceof COSNumber y)) {
            return null;
        }
        return engine.getGraphicsState().getCurrentTransformationMatrix().transformPoint(x.floatValue(), y.floatValue());
    }
}
