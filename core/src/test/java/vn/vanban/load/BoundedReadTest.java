package vn.vanban.load;

import vn.vanban.common.Format;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vanban.common.InvalidInputException;
import vn.vanban.layout.ProfileLoader;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Issue 19 §5: an input that is a device or a pipe was read to exhaustion (the size limit looked at
 * Files.size, which such files do not have). Every input is now read up to the limit and one byte
 * more, and the values of a file are counted as they are read.
 */
class BoundedReadTest {

    /** An endless stream that counts what is taken from it. */
    private static final class Endless extends InputStream {
        long read;

        @Override
        public int read() {
            read++;
            return ' ';
        }

        @Override
        public int read(byte[] b, int off, int len) {
            Arrays.fill(b, off, off + len, (byte) ' ');
            read += len;
            return len;
        }
    }

    @Test
    void aPlanLinkedToDevZeroIsReadOnlyUpToTheLimit(@TempDir Path dir) throws IOException {
        Path zero = Path.of("/dev/zero");
        assumeTrue(Files.isReadable(zero), "a system with /dev/zero");
        Path plan = Files.createSymbolicLink(dir.resolve("plan.yaml"), zero);
        InvalidInputException e = assertTimeoutPreemptively(Duration.ofSeconds(30),
                () -> assertThrows(InvalidInputException.class, () -> new PlanReader().read(plan)));
        assertEquals(plan + ": the file is larger than 4 MB; a plan is far smaller", e.getMessage());
    }

    @Test
    void anEndlessStreamIsReadOnlyUpToTheLimit() {
        Endless in = new Endless();
        InvalidInputException e = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> assertThrows(
                InvalidInputException.class, () -> new PlanReader().read(in, "-", Format.YAML)));
        assertEquals("-: the file is larger than 4 MB; a plan is far smaller", e.getMessage());
        assertEquals(TextDecoder.MAX_BYTES + 1, in.read);
    }

    @Test
    void aProfileIsReadOnlyUpToTheLimitToo() {
        Endless in = new Endless();
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> assertThrows(
                InvalidInputException.class, () -> ProfileLoader.load(in, "profile.yaml")));
        assertEquals(TextDecoder.MAX_BYTES + 1, in.read);
    }

    @Test
    void aFileOfMillionsOfTinyValuesIsRefusedWhileItIsRead() {
        String many = "summary: [" + "a,".repeat(TreeReader.MAX_VALUES) + "a]\n";
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> new PlanReader().read(many, "many.yaml", Format.YAML));
        // The root map and the list are two values; the item that is one too many stands after MAX - 2 others.
        assertEquals("many.yaml:1:" + (11 + 2 * (TreeReader.MAX_VALUES - 2)) + ": the file holds more than "
                + TreeReader.MAX_VALUES + " values (texts, numbers, lists and maps); a plan has far fewer", e.getMessage());
    }
}
