package vn.vanban.robustness;

import org.junit.jupiter.api.Test;
import vn.vanban.OutputFormat;
import vn.vanban.Vanban;
import vn.vanban.model.Plan;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

/** One engine, many threads: the same bytes as one at a time, so it shares no mutable state. */
class ConcurrencyTest {

    @Test
    void twoHundredDocumentsFromEightThreadsEqualTheSameRenderedOneByOne() throws Exception {
        Vanban vanban = Vanban.builder().build();
        List<Plan> plans = List.of(vanban.read(Path.of("../samples/duc-pho-2024.yaml")),
                vanban.read(Path.of("src/test/resources/plans/second-plan.yaml")),
                vanban.read(Path.of("src/test/resources/plans/no-appendix.yaml")));
        OutputFormat[] formats = OutputFormat.values();
        List<byte[]> expected = new ArrayList<>();
        for (Plan plan : plans) {
            for (OutputFormat f : formats) {
                expected.add(render(vanban, plan, f));
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<byte[]>> results = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                Plan plan = plans.get(i % plans.size());
                OutputFormat f = formats[(i / plans.size()) % formats.length];
                results.add(pool.submit(() -> render(vanban, plan, f)));
            }
            for (int i = 0; i < 200; i++) {
                int which = (i % plans.size()) * formats.length + (i / plans.size()) % formats.length;
                assertArrayEquals(expected.get(which), results.get(i).get(), "document " + i);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static byte[] render(Vanban vanban, Plan plan, OutputFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        vanban.render(plan, format, out);
        return out.toByteArray();
    }
}
