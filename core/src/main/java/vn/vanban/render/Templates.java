package vn.vanban.render;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import vn.vanban.common.VanbanException;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The FreeMarker templates that turn a view into layout markup, loaded once. A caller's directory
 * overrides them template by template; what it lacks comes from the templates jar.
 * <p>
 * FreeMarker runs with its safe settings: XML auto-escaping ({@code .ftlx}), no {@code ?new} or
 * {@code ?api}, errors rethrown (a missing value is an error, never a blank), and the override
 * directory confined to itself (links out of it are refused). Data is only ever output, never
 * evaluated. A template's work is bounded where FreeMarker allows it: its output stops at
 * {@value #MAX_OUTPUT} characters and a macro that calls itself without end stops at the thread's
 * stack, each with a message. A loop that only computes cannot be stopped (FreeMarker has no
 * supported way to interrupt a template), so a caller running templates it does not trust needs a
 * timeout of its own. Thread-safe once built.
 */
public final class Templates {

    /** Where the templates live in the templates jar. */
    public static final String CLASSPATH_BASE = "vn/vanban/templates";

    /** The template of a Kế hoạch and other documents with a type name (template 1.4). */
    public static final String PLAN = "ke-hoach.ftlx";

    /** Appendices issued as a file of their own (template 2.2). */
    public static final String APPENDICES = "phu-luc.ftlx";

    /**
     * The most characters a template may write. A built-in one writes at most six for each
     * character of its plan (an escaped '"' is "&amp;quot;"), plus a few hundred for each node:
     * a plan of the 4 MB limit stays well under it.
     */
    public static final int MAX_OUTPUT = 32_000_000;

    private final Configuration cfg;

    /**
     * @param overrideDir a directory whose templates replace the built-in ones of the same name,
     *                    or {@code null}
     */
    public Templates(Path overrideDir) {
        Configuration c = new Configuration(Configuration.VERSION_2_3_34);
        c.setDefaultEncoding("UTF-8");
        c.setRecognizeStandardFileExtensions(true);
        c.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        c.setLogTemplateExceptions(false);
        c.setWrapUncheckedExceptions(true);
        c.setFallbackOnNullLoopVariable(false);
        c.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        c.setAPIBuiltinEnabled(false);
        c.setLocale(vn.vanban.text.VietnameseCase.VIETNAMESE);
        c.setNumberFormat("computer");
        c.setObjectWrapper(new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34).build());
        c.setTemplateLoader(loader(overrideDir));
        this.cfg = c;
        for (String name : List.of(PLAN, APPENDICES)) {
            template(name); // parse now: a broken override fails at start-up, not at the first document
        }
    }

    private static TemplateLoader loader(Path overrideDir) {
        ClassTemplateLoader builtIn = new ClassTemplateLoader(Templates.class.getClassLoader(), CLASSPATH_BASE);
        if (overrideDir == null) {
            return builtIn;
        }
        if (!Files.isDirectory(overrideDir)) {
            throw new VanbanException("template directory " + overrideDir + " does not exist or is not a directory");
        }
        try {
            // FileTemplateLoader refuses names that resolve outside the directory ("..", absolute
            // paths, symbolic links pointing out) unless linking is allowed, which it is not here.
            FileTemplateLoader files = new FileTemplateLoader(overrideDir.toFile(), false);
            return new MultiTemplateLoader(new TemplateLoader[] {files, builtIn});
        } catch (IOException e) {
            throw new VanbanException("cannot read template directory " + overrideDir + ": " + e.getMessage(), e);
        }
    }

    private Template template(String name) {
        try {
            return cfg.getTemplate(name);
        } catch (IOException e) {
            throw new VanbanException("cannot load template " + name + ": " + e.getMessage(), e);
        } catch (SecurityException e) {
            // FileTemplateLoader's refusal of a link that leads out of the override directory.
            throw new VanbanException("template " + name + " leads outside the template directory; refused", e);
        }
    }

    /** Runs template {@code name} with {@code doc} as the variable "doc"; returns layout markup. */
    public String render(String name, Object doc) {
        BoundedWriter out = new BoundedWriter();
        try {
            template(name).process(Map.of("doc", doc), out);
        } catch (OutputTooLarge e) {
            throw new VanbanException("template " + name + " writes more than " + MAX_OUTPUT + " characters, "
                    + "far more than any document needs; does a loop in it never end?");
        } catch (StackOverflowError e) {
            throw new VanbanException("template " + name + " nests its macro calls deeper than the stack allows; "
                    + "does a macro call itself without end?");
        } catch (TemplateException e) {
            throw new VanbanException("template " + name + " failed: " + e.getMessageWithoutStackTop(), e);
        } catch (SecurityException e) {
            throw new VanbanException("template " + name + " reads a file outside the template directory; refused", e);
        } catch (IOException e) {
            throw new VanbanException("template " + name + " failed: " + e.getMessage(), e);
        }
        return out.toString();
    }

    /** Thrown by {@link BoundedWriter}; FreeMarker passes a writer's IOException on unwrapped. */
    private static final class OutputTooLarge extends IOException {
        private static final long serialVersionUID = 1L;

        OutputTooLarge() {
            super(null, null);
        }
    }

    /** A StringWriter that refuses to grow past {@link #MAX_OUTPUT} characters. */
    private static final class BoundedWriter extends Writer {
        private final StringBuilder text = new StringBuilder(32 * 1024);

        @Override
        public void write(char[] chars, int off, int len) throws IOException {
            room(len);
            text.append(chars, off, len);
        }

        @Override
        public void write(String s, int off, int len) throws IOException {
            room(len);
            text.append(s, off, off + len);
        }

        @Override
        public void write(int c) throws IOException {
            room(1);
            text.append((char) c);
        }

        private void room(int len) throws OutputTooLarge {
            if (len > MAX_OUTPUT - text.length()) {
                throw new OutputTooLarge();
            }
        }

        @Override
        public void flush() {
            // Nothing is held anywhere but in the builder.
        }

        @Override
        public void close() {
            // As flush.
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }
}
