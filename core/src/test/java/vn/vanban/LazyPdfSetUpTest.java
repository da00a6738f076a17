package vn.vanban;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An engine that writes only DOCX never sets FOP up: the engine runs in a class loader of its
 * own, which is then asked whether FOP's factory was ever loaded.
 */
class LazyPdfSetUpTest {

    private static final String FOP_FACTORY = "org.apache.fop.apps.FopFactory";

    /** A class loader that says which classes it has loaded. */
    private static final class Watching extends URLClassLoader {
        Watching(URL[] urls) {
            super(urls, ClassLoader.getPlatformClassLoader());
        }

        boolean loaded(String name) {
            return findLoadedClass(name) != null;
        }
    }

    @Test
    void fopIsSetUpByTheFirstPdfNotByTheEngine() throws Exception {
        List<URL> urls = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            urls.add(Path.of(entry).toUri().toURL());
        }
        try (Watching loader = new Watching(urls.toArray(new URL[0]))) {
            Class<?> vanban = loader.loadClass(Vanban.class.getName());
            Class<?> format = loader.loadClass(OutputFormat.class.getName());
            Class<?> plan = loader.loadClass("vn.vanban.model.Plan");
            Object builder = vanban.getMethod("builder").invoke(null);
            Object engine = builder.getClass().getMethod("build").invoke(builder);
            Object small = loader.loadClass(TestPlans.class.getName()).getMethod("small").invoke(null);
            Method render = vanban.getMethod("render", plan, format, java.io.OutputStream.class);

            render.invoke(engine, small, format.getField("DOCX").get(null), new ByteArrayOutputStream());
            assertFalse(loader.loaded(FOP_FACTORY), "a DOCX needs no FOP");

            ByteArrayOutputStream pdf = new ByteArrayOutputStream();
            render.invoke(engine, small, format.getField("PDF").get(null), pdf);
            assertTrue(loader.loaded(FOP_FACTORY), "the first PDF sets FOP up");
            assertTrue(pdf.size() > 1000, "a PDF of " + pdf.size() + " bytes");
        }
    }
}
