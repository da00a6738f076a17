package vn.vanban.render;

import vn.vanban.RenderResult;
import vn.vanban.docx.DocxWriter;
import vn.vanban.fonts.FontSet;
import vn.vanban.layout.LayoutDocument;
import vn.vanban.layout.LayoutProfile;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;

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

    public static LayoutWriter pdf(LayoutProfile profile, FontSet fonts, boolean pdfA) {
        return (doc, out) -> {
            throw new UnsupportedOperationException("PDF writer not merged yet");
        };
    }

    public static FontSet fonts(Path fontsDir) {
        return FontSet.liberationSerif();
    }

}
