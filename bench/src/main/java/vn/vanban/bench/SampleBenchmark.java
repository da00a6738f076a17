package vn.vanban.bench;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import vn.vanban.DocumentPart;
import vn.vanban.OutputFormat;
import vn.vanban.Vanban;
import vn.vanban.layout.LayoutDocument;
import vn.vanban.common.Format;
import vn.vanban.model.Plan;

import java.io.ByteArrayInputStream;
import java.util.concurrent.TimeUnit;

/**
 * The sample plan (three pages and a catalogue page) rendered warm by one shared engine, the way
 * a server or the CLI's batch mode uses it. {@link #layout} is the step both writers share
 * (view, template, markup), so that its part of {@link #docx} and {@link #pdf} shows.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Djava.awt.headless=true"})
public class SampleBenchmark {

    private Vanban vanban;
    private Plan plan;
    private byte[] yaml;
    private final Fixtures.CountingSink sink = new Fixtures.CountingSink();

    @Setup
    public void setUp() {
        vanban = Fixtures.engine();
        plan = Fixtures.sample(vanban);
        yaml = Fixtures.sampleBytes();
    }

    /** Parsing and validating the YAML into a plan: the CLI's step before rendering. */
    @Benchmark
    public Plan read() {
        return vanban.read(new ByteArrayInputStream(yaml), Fixtures.SAMPLE, Format.YAML);
    }

    /** View, FreeMarker template and markup parse: what both formats pay before writing. */
    @Benchmark
    public LayoutDocument layout() {
        return vanban.layout(plan, DocumentPart.WHOLE);
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

    /** Both formats of one plan, as {@code vanban render --format docx,pdf} produces them. */
    @Benchmark
    public long both() {
        vanban.render(plan, OutputFormat.DOCX, sink);
        vanban.render(plan, OutputFormat.PDF, sink);
        return sink.take();
    }
}
