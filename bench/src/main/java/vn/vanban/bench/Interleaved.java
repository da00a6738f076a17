package vn.vanban.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Locale;

/**
 * Compares two builds of vanban in one JVM, rendering the sample in turns: A then B, B then A,
 * and so on, each build in a class loader of its own. Prints each one's median thread CPU per
 * document and the median of the per-pair ratios B/A with its quartiles.
 * <p>
 * Why: on these shared machines two runs minutes apart differ by 20–40%, more than most changes
 * are worth. Interleaving puts both builds under the same load at the same moment, and the
 * rendering thread's CPU time leaves out the time it waited for a core; a ratio from a few
 * hundred pairs settles a difference of 1–2% (see bench/README.md, run E). `bench/compare.sh`
 * builds a revision's jar and runs this against the working tree's.
 * <p>
 * Usage: {@code java -cp benchmarks.jar vn.vanban.bench.Interleaved A.jar B.jar [pdf|docx]
 * [warm-up pairs] [pairs] [plan.yaml]}. Only the library's public API is called, by reflection,
 * so any two builds of it compare.
 */
public final class Interleaved {

    private Interleaved() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: Interleaved A.jar B.jar [pdf|docx] [warm-up pairs] [pairs] [plan.yaml]");
            System.exit(2);
        }
        String format = args.length > 2 ? args[2].toUpperCase(Locale.ROOT) : "PDF";
        int warmup = args.length > 3 ? Integer.parseInt(args[3]) : 150;
        int pairs = args.length > 4 ? Integer.parseInt(args[4]) : 300;
        Path plan = args.length > 5 ? Path.of(args[5]) : sample();
        Runnable a = renderer(Path.of(args[0]), format, plan);
        Runnable b = renderer(Path.of(args[1]), format, plan);
        for (int i = 0; i < warmup; i++) {
            a.run();
            b.run();
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] cpuA = new long[pairs];
        long[] cpuB = new long[pairs];
        double[] ratio = new double[pairs];
        for (int i = 0; i < pairs; i++) {
            boolean aFirst = i % 2 == 0;
            for (int k = 0; k < 2; k++) {
                boolean runA = (k == 0) == aFirst;
                long start = threads.getCurrentThreadCpuTime();
                (runA ? a : b).run();
                long cpu = threads.getCurrentThreadCpuTime() - start;
                if (runA) {
                    cpuA[i] = cpu;
                } else {
                    cpuB[i] = cpu;
                }
            }
            ratio[i] = (double) cpuB[i] / cpuA[i];
        }
        Arrays.sort(ratio);
        System.out.printf(Locale.ROOT, "%s, %d pairs after %d: A %.2f ms, B %.2f ms (median thread CPU); "
                        + "B/A per pair: median %.3f, quartiles %.3f–%.3f%n",
                format, pairs, warmup, CpuTime.median(cpuA) / 1e6, CpuTime.median(cpuB) / 1e6,
                ratio[pairs / 2], ratio[pairs / 4], ratio[3 * pairs / 4]);
    }

    /** The sample plan this jar carries, as a file both builds can read. */
    private static Path sample() throws IOException {
        Path file = Files.createTempFile("vanban-sample", ".yaml");
        file.toFile().deleteOnExit();
        try (InputStream in = Fixtures.class.getResourceAsStream(Fixtures.SAMPLE)) {
            if (in == null) {
                throw new IllegalStateException(Fixtures.SAMPLE + " is not on the class path; rebuild benchmarks.jar");
            }
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
        }
        return file;
    }

    /** One build's engine rendering the plan to a null stream, through the public API only. */
    private static Runnable renderer(Path jar, String format, Path plan) throws Exception {
        // The platform loader as parent: nothing of this jar's own copy of vanban leaks in.
        ClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
        Class<?> vanban = loader.loadClass("vn.vanban.Vanban");
        Object builder = vanban.getMethod("builder").invoke(null);
        Object engine = builder.getClass().getMethod("build").invoke(builder);
        Object parsed = vanban.getMethod("read", Path.class).invoke(engine, plan);
        Class<?> formats = loader.loadClass("vn.vanban.OutputFormat");
        Object f = formats.getMethod("valueOf", String.class).invoke(null, format);
        Method render = vanban.getMethod("render", loader.loadClass("vn.vanban.model.Plan"), formats, OutputStream.class);
        return () -> {
            try {
                render.invoke(engine, parsed, f, OutputStream.nullOutputStream());
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("rendering failed in " + jar, e);
            }
        };
    }
}
