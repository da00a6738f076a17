package vn.vanban.robustness;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vanban.DocumentPart;
import vn.vanban.TestPlans;
import vn.vanban.Vanban;
import vn.vanban.common.VanbanException;
import vn.vanban.fonts.FontSet;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Template and font overrides reach nothing outside the directories the caller named. */
class ConfinementTest {

    private static final String OUTSIDE = "<document title=\"x\" subject=\"x\" author=\"x\" language=\"vi-VN\" "
            + "date=\"2024-01-01\"><section orientation=\"portrait\" restart-numbering=\"false\">"
            + "<p style=\"body\">OUTSIDE SECRET</p></section></document>";

    @Test
    void anIncludeWithDotDotCannotLeaveTheTemplateDirectory(@TempDir Path tmp) throws Exception {
        Path dir = Files.createDirectory(tmp.resolve("templates"));
        Files.writeString(tmp.resolve("secret.ftlx"), OUTSIDE);
        Files.writeString(dir.resolve("phu-luc.ftlx"), "<#include \"../secret.ftlx\">");
        Vanban vanban = Vanban.builder().templates(dir).build();
        VanbanException e = assertThrows(VanbanException.class,
                () -> vanban.layout(TestPlans.small(), DocumentPart.APPENDICES));
        assertFalse(e.getMessage().contains("OUTSIDE SECRET"));
    }

    @Test
    void anAbsoluteIncludeIsReadInsideTheTemplateDirectoryNotFromTheRoot(@TempDir Path tmp) throws Exception {
        Path dir = Files.createDirectory(tmp.resolve("templates"));
        Path secret = tmp.resolve("secret.ftlx");
        Files.writeString(secret, OUTSIDE);
        Files.writeString(dir.resolve("phu-luc.ftlx"), "<#include \"" + secret.toAbsolutePath() + "\">");
        Vanban vanban = Vanban.builder().templates(dir).build();
        VanbanException e = assertThrows(VanbanException.class,
                () -> vanban.layout(TestPlans.small(), DocumentPart.APPENDICES));
        assertFalse(e.getMessage().contains("OUTSIDE SECRET"));
    }

    @Test
    void aLinkLeadingOutOfTheTemplateDirectoryIsRefused(@TempDir Path tmp) throws Exception {
        Path dir = Files.createDirectory(tmp.resolve("templates"));
        Path secret = tmp.resolve("secret.ftlx");
        Files.writeString(secret, OUTSIDE);
        Files.createSymbolicLink(dir.resolve("ke-hoach.ftlx"), secret);
        VanbanException e = assertThrows(VanbanException.class, () -> Vanban.builder().templates(dir).build());
        assertTrue(e.getMessage().contains("leads outside the template directory"), e.getMessage());
    }

    /** Issue 19 §3: the link was followed and the file's content printed in the error message. */
    @Test
    void aProfileLinkLeadingOutOfTheTemplateDirectoryIsRefusedUnread(@TempDir Path tmp) throws Exception {
        Path dir = Files.createDirectory(tmp.resolve("templates"));
        Path secret = Files.writeString(tmp.resolve("passwd"), "root:x:0:0:root:/root:/bin/bash\n".repeat(40));
        Files.createSymbolicLink(dir.resolve(Vanban.PROFILE_FILE), secret);
        VanbanException e = assertThrows(VanbanException.class, () -> Vanban.builder().templates(dir).build());
        assertTrue(e.getMessage().contains("leads outside the template directory"), e.getMessage());
        assertFalse(e.getMessage().contains("root:x"), e.getMessage());
    }

    @Test
    void aFontLinkLeadingOutOfTheFontDirectoryIsNotRead(@TempDir Path tmp) throws Exception {
        Path dir = Files.createDirectory(tmp.resolve("fonts"));
        Path outside = Files.createDirectory(tmp.resolve("elsewhere"));
        FontSet liberation = FontSet.liberationSerif();
        String[] names = {"times.ttf", "timesbd.ttf", "timesi.ttf", "timesbi.ttf"};
        for (int i = 0; i < 4; i++) {
            Path f = outside.resolve(names[i]);
            Files.write(f, liberation.face((i & 1) != 0, (i & 2) != 0));
            Files.createSymbolicLink(dir.resolve(names[i]), f);
        }
        // Liberation faces are not named Times New Roman, so nothing in reach qualifies either way;
        // what matters is that resolving neither fails nor reads through the links.
        assertEquals(FontSet.liberationSerif().name(), FontSet.resolve(dir).name());
    }

    @Test
    void aMissingFontDirectoryIsAnErrorNotASilentFallback(@TempDir Path tmp) {
        VanbanException e = assertThrows(VanbanException.class,
                () -> Vanban.builder().fonts(tmp.resolve("nope")).build());
        assertTrue(e.getMessage().contains("does not exist"), e.getMessage());
    }

    @Test
    void aFontDirectoryWithoutTheFamilyIsToldToTheCallerNotToTheLog(@TempDir Path tmp) throws Exception {
        java.util.logging.Logger root = java.util.logging.Logger.getLogger("");
        List<java.util.logging.LogRecord> logged = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.util.logging.Handler catcher = new java.util.logging.Handler() {
            @Override
            public void publish(java.util.logging.LogRecord r) {
                if (r.getLevel().intValue() >= java.util.logging.Level.WARNING.intValue()) {
                    logged.add(r);
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        root.addHandler(catcher);
        try {
            Vanban engine = Vanban.builder().fonts(Files.createDirectory(tmp.resolve("fonts"))).build();
            assertEquals(1, engine.warnings().size(), engine.warnings()::toString);
            assertTrue(engine.warnings().get(0).startsWith("no complete Times New Roman family (regular, bold, italic "
                    + "and bold italic) in " + tmp.resolve("fonts") + "; PDFs embed "), engine.warnings()::toString);
            assertEquals(List.of(), logged.stream().map(java.util.logging.LogRecord::getMessage).toList());
            assertEquals(List.of(), Vanban.builder().build().warnings(), "the default fonts need no word");
        } finally {
            root.removeHandler(catcher);
        }
    }
}
