package vn.vanban.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.io.PrintWriter;
import java.nio.file.DirectoryStream;
import java.nio.file.LinkOption;
import java.util.HexFormat;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes a file so that it is either wholly there or not there at all: the bytes go to a
 * hidden temporary file in the same directory, which is then renamed over the target in one
 * step. A failed or interrupted rendering therefore never leaves half a PDF that looks
 * finished, and a reader of the old file never sees a mix of old and new. One instance per run
 * of the command, shared by its threads.
 * <p>
 * A temporary file is named {@code .<target>.<pid>-<random>.tmp}, after the process writing it.
 * A process killed outright ({@code kill -9}) cleans nothing up; the next run that writes into
 * the same directory removes the files of that pattern whose process has ended
 * ({@link #prepare}). It assumes that every process writing into a directory runs on the same
 * machine, as process numbers are the machine's.
 */
final class AtomicOutput {

    /** What produces the bytes; it may throw anything, the temporary file is removed. */
    @FunctionalInterface
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Our temporary files' names; the group is the number of the process that writes it. */
    static final Pattern TEMPORARY = Pattern.compile("\\..+\\.(\\d{1,19})-[0-9a-f]{8}\\.tmp");
    private static final long PID = ProcessHandle.current().pid();

    /** Temporary files being written now, for {@link #deleteUnfinished()} to remove. */
    private final Set<Path> unfinished = ConcurrentHashMap.newKeySet();
    /** Guards creating a temporary file against {@link #deleteUnfinished()} running meanwhile. */
    private final Object lock = new Object();
    private boolean closed;

    AtomicOutput() {
    }

    /**
     * Deletes the temporary files of writes still in progress. Run when the process is stopped
     * (Ctrl-C): the writing threads' own clean-up does not run then, and a hidden half-written
     * file would be left behind.
     */
    void deleteUnfinished() {
        // Other threads go on running during shutdown: from now on none may start a file.
        synchronized (lock) {
            closed = true;
            unfinished.forEach(AtomicOutput::deleteQuietly);
        }
    }

    /**
     * Makes {@code dir} ready to write into: a directory, created if missing, without the
     * temporary files of runs that were killed. Says on {@code err} what it removed.
     */
    void prepare(Path dir, PrintWriter err) {
        ensureDirectory(dir);
        int removed = removeStale(dir);
        if (removed > 0) {
            err.println("vanban: note: removed " + removed + " unfinished temporary file" + (removed == 1 ? "" : "s")
                    + " of an interrupted run from '" + dir + "'");
        }
    }

    /**
     * Deletes the regular files in {@code dir} named as our temporary files are whose process has
     * ended, and nothing else.
     *
     * @return how many were deleted
     */
    static int removeStale(Path dir) {
        int removed = 0;
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir, ".*.tmp")) {
            for (Path p : entries) {
                Matcher m = TEMPORARY.matcher(p.getFileName().toString());
                if (m.matches() && !running(m.group(1)) && Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)
                        && Files.deleteIfExists(p)) {
                    removed++;
                }
            }
        } catch (IOException e) {
            // Tidying up is not the job: a file that cannot go stays, and writing goes on.
        }
        return removed;
    }

    private static boolean running(String pid) {
        try {
            return ProcessHandle.of(Long.parseLong(pid)).map(ProcessHandle::isAlive).orElse(false);
        } catch (NumberFormatException e) {
            return true; // not a number we wrote: not ours to delete
        }
    }

    /** Makes sure {@code dir} is a directory, creating it (and its parents) when missing. */
    static void ensureDirectory(Path dir) {
        if (Files.isDirectory(dir)) {
            return;
        }
        if (Files.exists(dir)) {
            throw CliException.file("cannot write to '" + dir + "': not a directory", null);
        }
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw CliException.file("cannot create the directory '" + dir + "': " + reason(e), e);
        }
    }

    /** Writes {@code target} atomically; its directory must exist. */
    void write(Path target, Content content) {
        Path dir = target.toAbsolutePath().getParent();
        // Not Files.createTempFile: its owner-only permissions would stay on the finished file.
        Path tmp = dir.resolve("." + target.getFileName() + "." + PID + "-"
                + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt()) + ".tmp");
        boolean done = false;
        try {
            try (OutputStream out = new BufferedOutputStream(create(tmp))) {
                content.writeTo(out);
            }
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            done = true;
        } catch (IOException e) {
            throw CliException.file("cannot write '" + target + "': " + reason(e), e);
        } catch (UncheckedIOException e) {
            throw CliException.file("cannot write '" + target + "': " + reason(e.getCause()), e);
        } finally {
            if (!done) {
                deleteQuietly(tmp);
            }
            unfinished.remove(tmp);
        }
    }

    private OutputStream create(Path tmp) throws IOException {
        synchronized (lock) {
            if (closed) {
                throw new IOException("vanban is stopping");
            }
            OutputStream out = Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            unfinished.add(tmp);
            return out;
        }
    }

    private static void deleteQuietly(Path tmp) {
        try {
            Files.deleteIfExists(tmp);
        } catch (IOException e) {
            // Nothing better to do: the error that brought us here is the one to report.
        }
    }

    /** An I/O failure as a few plain words. */
    static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileAlreadyExistsException) {
            return "a file of that name is in the way";
        }
        if (e instanceof NotDirectoryException) {
            return "not a directory";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason().toLowerCase(java.util.Locale.ROOT);
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
