package vn.vanban.load;

import vn.vanban.common.Format;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * A data file's bytes and notation, read as every data file is read (a plan, a progress file):
 * the notation from the name's ending, and no more than the size limit from any file — not
 * Files.size, since a device or a pipe has none. A file that cannot be read is a problem, thrown.
 *
 * @param bytes  the file's bytes, at most the limit and one more
 * @param format its notation
 */
public record DataFile(byte[] bytes, Format format) {

    /** @throws vn.vanban.common.InvalidInputException with {@code problems}' one problem */
    public static DataFile read(Path file, Problems problems) {
        Path fileName = file.getFileName();
        Format format = Format.byFileName(fileName == null ? "" : fileName.toString()).orElse(null);
        if (format == null) {
            problems.add(0, 0, "", "unknown kind of file; expected a name ending in .yaml, .yml or .json");
            throw problems.exception();
        }
        try (InputStream in = Files.newInputStream(file)) {
            return new DataFile(TextDecoder.readAtMost(in), format);
        } catch (NoSuchFileException e) {
            problems.add(0, 0, "", "the file does not exist");
        } catch (AccessDeniedException e) {
            problems.add(0, 0, "", "the file cannot be read: permission denied");
        } catch (IOException e) {
            problems.add(0, 0, "", "the file cannot be read: " + Problems.excerpt(String.valueOf(e.getMessage())));
        }
        throw problems.exception();
    }
}
