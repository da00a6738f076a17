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
import vn.vanban.VanbanException;

import java.io.IOException;
import java.io.StringWriter;
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
 * evaluated. Thread-safe once built.
 */
public final class Templates {

    /** Where the templates live in the templates jar. */
    public static final String CLASSPATH_BASE = "vn/vanban/templates";

    /** The template of a Kế hoạch and other documents with a type name (template 1.4). */
    public static final String PLAN = "ke-hoach.ftlx";

    /** Appendices issued as a file of their own (template 2.2). */
    public static final String APPENDICES = "phu-luc.ftlx";

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
        StringWriter out = new StringWriter(32 * 1024);
        try {
            template(name).process(Map.of("doc", doc), out);
        } catch (TemplateException e) {
            throw new VanbanException("template " + name + " failed: " + e.getMessageWithoutStackTop(), e);
        } catch (SecurityException e) {
            throw new VanbanException("template " + name + " reads a file outside the template directory; refused", e);
        } catch (IOException e) {
            throw new VanbanException("template " + name + " failed: " + e.getMessage(), e);
        }
        return out.toString();
    }
}
