package vn.vanban.bench;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import vn.vanban.OutputFormat;
import vn.vanban.Vanban;
import vn.vanban.model.Plan;

import java.util.concurrent.TimeUnit;

/**
 * The sample's text with a catalogue of 5,000 rows (some hundred landscape pages): how time and
 * allocation grow with the table. Run it also under {@code -Xmx512m} (bench/run.sh does) to show
 * it fits a small heap.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Djava.awt.headless=true"})
public class LargeCatalogueBenchmark {

    @Param("5000")
    public int rows;

    private Vanban vanban;
    private Plan plan;
    private final Fixtures.CountingSink sink = new Fixtures.CountingSink();

    @Setup
    public void setUp() {
        vanban = Fixtures.engine();
        plan = Fixtures.largeCatalogue(Fixtures.sample(vanban), rows);
    }

    @Benchmark
    public long docx() {
        vanban.render(plan, OutputFormat.DOCX, sink);
        return sink.take();
    }

    @Benchmark
    public long pdf() {
        vanban.render(plan, OutputFormat.PDF, sink);
        return sink.take();
    }
}
