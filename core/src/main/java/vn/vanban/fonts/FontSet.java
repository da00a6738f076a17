package vn.vanban.fonts;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.font.FontRenderContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The four faces (regular, bold, italic, bold italic) of the serif every run is set in, with
 * text measurement in that font. Immutable and thread-safe; load once and share.
 * <p>
 * Liberation Serif stands in for Times New Roman: it has the same metrics and covers Vietnamese.
 */
public final class FontSet {

    private static final String[] LIBERATION = {
        "liberation/LiberationSerif-Regular.ttf", "liberation/LiberationSerif-Bold.ttf",
        "liberation/LiberationSerif-Italic.ttf", "liberation/LiberationSerif-BoldItalic.ttf"};

    private static final FontRenderContext FRC = new FontRenderContext(null, true, true);

    private final String name;
    private final byte[][] faces;
    private final Font[] awt;

    private FontSet(String name, byte[][] faces) {
        this.name = name;
        this.faces = faces;
        this.awt = new Font[4];
        for (int i = 0; i < 4; i++) {
            try {
                awt[i] = Font.createFont(Font.TRUETYPE_FONT, new java.io.ByteArrayInputStream(faces[i]));
            } catch (FontFormatException | IOException e) {
                throw new IllegalStateException("not a TrueType font: face " + i + " of " + name, e);
            }
        }
    }

    /** Liberation Serif from the classpath (openpdf-fonts-extra). */
    public static FontSet liberationSerif() {
        byte[][] faces = new byte[4][];
        for (int i = 0; i < 4; i++) {
            try (InputStream in = FontSet.class.getClassLoader().getResourceAsStream(LIBERATION[i])) {
                if (in == null) {
                    throw new IllegalStateException("missing font resource " + LIBERATION[i]);
                }
                faces[i] = in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new FontSet("Liberation Serif", faces);
    }

    /** The family's own name ("Liberation Serif", "Times New Roman"). */
    public String name() {
        return name;
    }

    private static int index(boolean bold, boolean italic) {
        return (bold ? 1 : 0) + (italic ? 2 : 0);
    }

    /** The TrueType bytes of one face; a copy. */
    public byte[] face(boolean bold, boolean italic) {
        return faces[index(bold, italic)].clone();
    }

    /** The advance width of {@code text} set at {@code size} points, in points. */
    public double width(String text, double size, boolean bold, boolean italic) {
        Font f = awt[index(bold, italic)].deriveFont((float) size);
        return f.getStringBounds(text, FRC).getWidth();
    }

    /** Whether the face has a glyph for the code point. */
    public boolean canDisplay(int codePoint, boolean bold, boolean italic) {
        return awt[index(bold, italic)].canDisplay(codePoint);
    }
}
