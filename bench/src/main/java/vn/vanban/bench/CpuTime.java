package vn.vanban.bench;

import vn.vanban.DocumentPart;
import vn.vanban.OutputFormat;
import vn.vanban.Vanban;
import vn.vanban.model.Plan;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;

/**
 * Renders the sample warm in a loop and prints the median wall time and the median CPU time of
 * the rendering thread. On a shared machine the wall time includes the time the thread waited
 * for a core; its CPU time does not, so it is what the code costs when it has the machine to
 * itself (GC and JIT threads excepted). JMH remains the reference; this is its noise check.
 * <p>
 * Usage: {@code java -cp benchmarks.jar vn.vanban.bench.CpuTime [layout|docx|pdf] [warmup] [runs]}
 */
public final class CpuTime {

    private CpuTime() {
    }

    public static void main(String[] args) {
        String what = args.length > 0 ? args[0] : "pdf";
        int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 200;
        Vanban vanban = Fixtures.engine();
        Plan plan = Fixtures.sample(vanban);
        Fixtures.CountingSink sink = new Fixtures.CountingSink();
        Runnable op = switch (what) {
            case "layout" -> () -> vanban.layout(plan, DocumentPart.WHOLE);
            case "docx" -> () -> vanban.render(plan, OutputFormat.DOCX, sink);
            case "pdf" -> () -> vanban.render(plan, OutputFormat.PDF, sink);
            default -> throw new IllegalArgumentException("layout, docx or pdf, not " + what);
        };
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int i = 0; i < warmup; i++) {
            op.run();
        }
        long[] wall = new long[runs];
        long[] cpu = new long[runs];
        for (int i = 0; i < runs; i++) {
            long c0 = threads.getCurrentThreadCpuTime();
            long w0 = System.nanoTime();
            op.run();
            wall[i] = System.nanoTime() - w0;
            cpu[i] = threads.getCurrentThreadCpuTime() - c0;
        }
        System.out.printf(Locale.ROOT, "%s: median wall %.3f ms, median thread CPU %.3f ms (%d runs after %d warm-up)%n",
                what, median(wall) / 1e6, median(cpu) / 1e6, runs, warmup);
    }

    /** The median of {@code xs} (the mean of the middle two for an even count); xs is left as it is. */
    static double median(long[] xs) {
        long[] s = xs.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2.0;
    }
}
