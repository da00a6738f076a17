package vn.vanban.bench;

import vn.vanban.OutputFormat;
import vn.vanban.common.RenderResult;
import vn.vanban.Vanban;
import vn.vanban.model.Plan;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Locale;

/**
 * Renders the large catalogue once per format in a fresh JVM and prints the time, the output
 * size and the heap's high-water mark, so that bench/run.sh can show it fits under
 * {@code -Xmx512m}. The mark is the sum of each heap pool's peak: an upper bound, since the
 * pools need not peak at the same moment.
 * <p>
 * Usage: {@code java -Xmx512m -cp benchmarks.jar vn.vanban.bench.PeakHeap [rows] [docx|pdf]...}
 */
public final class PeakHeap {

    private PeakHeap() {
    }

    public static void main(String[] args) {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
        Vanban vanban = Fixtures.engine();
        Plan plan = Fixtures.largeCatalogue(Fixtures.sample(vanban), rows);
        String[] formats = args.length > 1 ? java.util.Arrays.copyOfRange(args, 1, args.length)
                : new String[] {"docx", "pdf"};
        for (String f : formats) {
            OutputFormat format = OutputFormat.valueOf(f.toUpperCase(Locale.ROOT));
            resetPeaks();
            Fixtures.CountingSink sink = new Fixtures.CountingSink();
            long t0 = System.nanoTime();
            RenderResult result = vanban.render(plan, format, sink);
            long ms = (System.nanoTime() - t0) / 1_000_000;
            System.out.printf(Locale.ROOT, "rows=%d format=%s ms=%d bytes=%d warnings=%d peakHeapMiB=%d maxHeapMiB=%d%n",
                    rows, f, ms, sink.take(), result.warnings().size(), peakHeap() >> 20,
                    Runtime.getRuntime().maxMemory() >> 20);
        }
    }

    private static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                p.resetPeakUsage();
            }
        }
    }

    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                sum += p.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}
