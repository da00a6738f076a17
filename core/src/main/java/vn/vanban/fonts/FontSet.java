package vn.vanban.fonts;

import org.apache.fontbox.ttf.TrueTypeFont;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The four faces (regular, bold, italic, bold italic) of the serif every run is set in, with
 * text measurement in that font. Immutable and thread-safe; load once and share.
 * <p>
 * Liberation Serif stands in for Times New Roman: it has the same metrics and covers Vietnamese.
 * {@link #resolve(Path)} prefers the real Times New Roman when the caller or the system has it.
 */
public final class FontSet {

    private static final String[] LIBERATION = {
        "liberation/LiberationSerif-Regular.ttf", "liberation/LiberationSerif-Bold.ttf",
        "liberation/LiberationSerif-Italic.ttf", "liberation/LiberationSerif-BoldItalic.ttf"};

    private final String name;
    private final byte[][] faces;
    private final FaceMetrics[] metrics;
    /** Why these faces and not the caller's, or {@code null}. */
    private final String warning;

    private FontSet(String name, byte[][] faces, FaceMetrics[] metrics) {
        this(name, faces, metrics, null);
    }

    private FontSet(String name, byte[][] faces, FaceMetrics[] metrics, String warning) {
        this.name = name;
        this.faces = faces;
        this.metrics = metrics;
        this.warning = warning;
    }

    /** Liberation Serif from the classpath (openpdf-fonts-extra). */
    public static FontSet liberationSerif() {
        byte[][] faces = new byte[4][];
        FaceMetrics[] metrics = new FaceMetrics[4];
        for (int i = 0; i < 4; i++) {
            try (InputStream in = FontSet.class.getClassLoader().getResourceAsStream(LIBERATION[i])) {
                if (in == null) {
                    throw new IllegalStateException("missing font resource " + LIBERATION[i]);
                }
                faces[i] = in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            try {
                metrics[i] = new FaceMetrics(faces[i]);
            } catch (IOException e) {
                throw new IllegalStateException("not a TrueType font: face " + i + " of Liberation Serif: "
                        + e.getMessage(), e);
            }
        }
        return new FontSet("Liberation Serif", faces, metrics);
    }

    /** The family the decree prescribes. */
    public static final String TIMES_NEW_ROMAN = "Times New Roman";

    private static final System.Logger LOG = System.getLogger(FontSet.class.getName());

    /**
     * Where system fonts usually live on Linux, Windows and macOS; searched in this order. Only
     * file names that look like Times New Roman are opened, so the walk stays cheap.
     */
    private static final List<String> SYSTEM_DIRS = List.of(
            "/usr/share/fonts", "/usr/local/share/fonts", "~/.local/share/fonts", "~/.fonts",
            "C:\\Windows\\Fonts", "~/AppData/Local/Microsoft/Windows/Fonts",
            "/Library/Fonts", "/System/Library/Fonts", "/System/Library/Fonts/Supplemental", "~/Library/Fonts");

    /**
     * The faces to set documents in, in the order of preference: Times New Roman from
     * {@code callerDir} (any TrueType file there whose family is Times New Roman), then Times New
     * Roman among the system fonts, then Liberation Serif from the classpath. A source counts only
     * when it has all four faces.
     *
     * @param callerDir a directory of fonts the caller supplies, or {@code null}
     */
    public static FontSet resolve(Path callerDir) {
        if (callerDir == null) {
            return fallback();
        }
        return fromDirectory(callerDir, false).orElseGet(() -> {
            FontSet used = fallback();
            // A DOCX names Times New Roman whatever is found here: only the PDF changes its letters.
            return new FontSet(used.name, used.faces, used.metrics, "no complete Times New Roman family (regular, "
                    + "bold, italic and bold italic) in " + callerDir + "; PDFs embed " + used.name() + " instead");
        });
    }

    /**
     * Why the caller's font directory was passed over (it lacks one of Times New Roman's four
     * faces), or empty: the caller, not a log, decides whom to tell.
     */
    public Optional<String> warning() {
        return Optional.ofNullable(warning);
    }

    /** Times New Roman among the system fonts, else the bundled Liberation Serif. */
    private static FontSet fallback() {
        String home = System.getProperty("user.home", "");
        return SYSTEM_DIRS.stream().map(dir -> Paths.get(dir.startsWith("~") ? home + dir.substring(1) : dir))
                .filter(Files::isDirectory).flatMap(p -> fromDirectory(p, true).stream()).findFirst()
                .orElseGet(FontSet::liberationSerif);
    }

    private static boolean inside(Path root, Path file) {
        try {
            return file.toRealPath().startsWith(root);
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Times New Roman from the TrueType files under {@code dir} (searched recursively), if all four
     * faces are there.
     *
     * @param byFileName when true, only files named like Times New Roman (times.ttf, timesbd.ttf,
     *                   timesi.ttf, timesbi.ttf, Times_New_Roman*.ttf, Times New Roman*.ttf) are read
     */
    static Optional<FontSet> fromDirectory(Path dir, boolean byFileName) {
        byte[][] faces = new byte[4][];
        FaceMetrics[] metrics = new FaceMetrics[4];
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(dir, 4)) {
            Path root = dir.toRealPath();
            // A link inside the folder may not lead out of it: the caller allowed this folder only.
            walk.filter(f -> inside(root, f))
                    .filter(Files::isRegularFile)
                    .filter(f -> f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".ttf"))
                    .filter(f -> !byFileName || looksLikeTimes(f.getFileName().toString()))
                    .sorted()
                    .forEach(files::add);
        } catch (IOException | UncheckedIOException e) {
            LOG.log(System.Logger.Level.DEBUG, "cannot list fonts in " + dir, e);
            return Optional.empty();
        }
        for (Path f : files) {
            try {
                byte[] bytes = Files.readAllBytes(f);
                TrueTypeFont parsed = FaceMetrics.parse(bytes);
                // The name first: a folder of fonts (a Windows Fonts folder holds hundreds) is
                // mostly other families, not worth reading their character maps.
                if (!TIMES_NEW_ROMAN.equalsIgnoreCase(FaceMetrics.family(parsed))) {
                    continue;
                }
                FaceMetrics font = new FaceMetrics(parsed);
                String face = font.fullName().toLowerCase(Locale.ROOT);
                int i = index(face.contains("bold"), face.contains("italic") || face.contains("oblique"));
                if (faces[i] == null) {
                    faces[i] = bytes;
                    metrics[i] = font;
                }
            } catch (IOException e) {
                LOG.log(System.Logger.Level.DEBUG, "skipping unreadable font " + f, e);
            }
        }
        return Arrays.asList(faces).contains(null) ? Optional.empty()
                : Optional.of(new FontSet(TIMES_NEW_ROMAN, faces, metrics));
    }

    private static boolean looksLikeTimes(String fileName) {
        String n = fileName.toLowerCase(Locale.ROOT);
        return n.equals("times.ttf") || n.equals("timesbd.ttf") || n.equals("timesi.ttf") || n.equals("timesbi.ttf")
                || n.startsWith("times_new_roman") || n.startsWith("times new roman") || n.startsWith("timesnewroman");
    }

    /** The family's own name ("Liberation Serif", "Times New Roman"). */
    public String name() {
        return name;
    }

    private static int index(boolean bold, boolean italic) {
        return (bold ? 1 : 0) + (italic ? 2 : 0);
    }

    /** The name of one face, for messages ("Liberation Serif Bold Italic"). */
    public String faceName(boolean bold, boolean italic) {
        return metrics[index(bold, italic)].fullName();
    }

    /** The TrueType bytes of one face; a copy. */
    public byte[] face(boolean bold, boolean italic) {
        return faces[index(bold, italic)].clone();
    }

    /** The advance width of {@code text} set at {@code size} points, in points. */
    public double width(String text, double size, boolean bold, boolean italic) {
        return points(metrics[index(bold, italic)].advance(text), size, bold, italic);
    }

    /**
     * The advance width of {@code text} in the face's units. Advances add up exactly (no kerning
     * in these measures), so a line's units are the sum of its words' and spaces': a caller
     * trying many line lengths measures each word once.
     */
    public long units(String text, boolean bold, boolean italic) {
        return metrics[index(bold, italic)].advance(text);
    }

    /** {@code units} of the face in points at {@code size}, as {@link #width} converts them. */
    public double points(long units, double size, boolean bold, boolean italic) {
        return units * size / metrics[index(bold, italic)].unitsPerEm();
    }

    /**
     * The widest advance of any glyph in the four faces, in ems (the fonts' own maximum, or a
     * generous 3 em when a face does not state it): no word of n characters is wider than n times
     * this, which spares measuring the many words that obviously fit.
     */
    public double widestGlyphEm() {
        return Arrays.stream(metrics).mapToDouble(m -> m.advanceWidthMax() > 0
                ? (double) m.advanceWidthMax() / m.unitsPerEm() : 3.0).max().orElse(0);
    }

    /** The face's ascent and descent (hhea) at {@code size}, in points. */
    public double height(double size, boolean bold, boolean italic) {
        return points(metrics[index(bold, italic)].height(), size, bold, italic);
    }

    /** Whether the face has a glyph for the code point. */
    public boolean canDisplay(int codePoint, boolean bold, boolean italic) {
        return metrics[index(bold, italic)].glyph(codePoint) != 0;
    }
}
