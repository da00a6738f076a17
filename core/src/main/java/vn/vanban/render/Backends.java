package vn.vanban.render;

import vn.vanban.RenderResult;
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

/** Where the facade finds the reader and the two writers: the one place that wires them. */
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

    /** The PDF renderer, with the fonts already resolved from {@code fontsDir} (caller's folder, system, Liberation Serif). */
    public static PdfRenderer pdf(LayoutProfile profile, Path fontsDir, FontSet fonts, boolean pdfA) {
        return new PdfRenderer(profile, PdfOptions.defaults().withFontsDir(fontsDir).withPdfA(pdfA), fonts);
    }

    /** Writes with the renderer {@code renderer} gives, asked for at each document (it may still be being built). */
    public static LayoutWriter writer(Supplier<PdfRenderer> renderer) {
        return (doc, out) -> new RenderResult(renderer.get().render(doc, out).warnings());
    }
}
