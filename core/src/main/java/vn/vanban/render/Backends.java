package vn.vanban.render;

import vn.vanban.common.RenderResult;
import vn.vanban.docx.DocxWriter;
import vn.vanban.fonts.FontSet;
import vn.vanban.layout.LayoutDocument;
import vn.vanban.layout.LayoutProfile;
import vn.vanban.pdf.PdfOptions;
import vn.vanban.pdf.PdfRenderer;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

/** Where the facade finds the two writers: the one place that wires them. */
public final class Backends {

    private Backends() {
    }

    /** Writes a layout to one format; built once, used from many threads. */
    @FunctionalInterface
    public interface LayoutWriter {
        RenderResult write(LayoutDocument doc, OutputStream out) throws IOException;
    }

    public static LayoutWriter docx(LayoutProfile profile) {
        DocxWriter writer = new DocxWriter(profile);
        return (doc, out) -> {
            writer.write(doc, out);
            return new RenderResult(List.of());
        };
    }

    /**
     * The PDF writer, with the fonts already resolved from {@code fontsDir} (caller's folder,
     * system, Liberation Serif). FOP is set up by the first PDF: an engine that only ever writes
     * DOCX never loads it.
     */
    public static LayoutWriter pdf(LayoutProfile profile, Path fontsDir, FontSet fonts, boolean pdfA) {
        PdfOptions options = PdfOptions.defaults().withFontsDir(fontsDir).withPdfA(pdfA);
        return lazily(() -> {
            PdfRenderer renderer = new PdfRenderer(profile, options, fonts);
            return (doc, out) -> new RenderResult(renderer.render(doc, out).warnings());
        });
    }

    /**
     * A writer set up by {@code setUp} when the first document comes, once, whichever thread
     * brings it; a set-up that throws is tried again by the next document.
     */
    static LayoutWriter lazily(Supplier<LayoutWriter> setUp) {
        return new LayoutWriter() {
            private volatile LayoutWriter writer;

            @Override
            public RenderResult write(LayoutDocument doc, OutputStream out) throws IOException {
                LayoutWriter w = writer;
                if (w == null) {
                    synchronized (this) {
                        w = writer;
                        if (w == null) {
                            w = setUp.get();
                            writer = w;
                        }
                    }
                }
                return w.write(doc, out);
            }
        };
    }
}
