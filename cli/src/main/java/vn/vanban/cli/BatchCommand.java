package vn.vanban.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.vanban.common.InvalidInputException;
import vn.vanban.common.Problem;
import vn.vanban.Vanban;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * {@code vanban batch}: many plan files rendered in parallel by one shared engine. A file that
 * fails is reported and the others go on; the exit code says whether any failed.
 */
@Command(name = "batch", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        sortOptions = false,
        // The required options by name, the others as one word: the whole list would bury a usage error.
        customSynopsis = "vanban batch --output=DIR [OPTIONS] DIR|FILE...",
        description = {
                "Render many plan files in parallel into one directory.",
                "",
                "A DIR argument stands for its *.yaml, *.yml and *.json files (not those of its subdirectories, "
                        + "nor progress files *-progress.*, which are for vanban report), "
                        + "taken in name order. On a terminal a progress bar is drawn; otherwise each file "
                        + "prints '[k/n] file: ok' or '[k/n] file: FAILED: reason' as it finishes. A failed file "
                        + "does not stop the others. A summary line ends the run."},
        footer = {"", "Exit codes: 0 all rendered, 1 some file failed, 2 wrong usage, "
                + "3 internal error (a bug: run again with --debug and report it)."})
final class BatchCommand implements Callable<Integer> {

    private static final int BAR_WIDTH = 30;

    private final Io io;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "DIR|FILE", description = "Directories of plan files, or plan files.")
    List<Path> inputs;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "DIR", description = "The directory to write into.")
    Path output;

    @Option(names = {"-j", "--jobs"}, paramLabel = "N",
            description = "How many files to render at once (default: the number of processors).")
    Integer jobs;

    @Mixin
    Outputs outputs;

    @Mixin
    EngineOptions engineOptions;

    /** Whether --debug was given: a bug's stack trace is printed under its file's line. */
    private boolean debug;

    BatchCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() throws InterruptedException {
        int threads = jobs == null ? Runtime.getRuntime().availableProcessors() : jobs;
        if (threads < 1) {
            throw new ParameterException(spec.commandLine(), "--jobs must be at least 1, not " + threads);
        }
        if (outputs.conflict() != null) {
            throw new ParameterException(spec.commandLine(), outputs.conflict());
        }
        debug = Main.debug(spec.root().commandLine().getParseResult());
        List<Path> files = expand(inputs);
        if (files.isEmpty()) {
            throw CliException.file("no plan files (*.yaml, *.yml, *.json) in " + inputs, null);
        }
        io.files.prepare(output, io.err);
        long start = System.nanoTime();
        Vanban engine = engineOptions.engine(io.err);
        Progress progress = new Progress(files.size());
        Map<Path, Path> claimed = new HashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            for (Path file : files) {
                String clash = clash(claimed, file);
                pool.execute(() -> progress.done(file, clash != null ? Result.failed(clash) : renderOne(engine, file)));
            }
        } finally {
            pool.shutdown();
        }
        pool.awaitTermination(Long.MAX_VALUE, TimeUnit.DAYS);
        progress.finish();
        double seconds = (System.nanoTime() - start) / 1e9;
        io.out.println(String.format(Locale.ROOT, "%d rendered, %d failed in %.1f s",
                progress.ok, progress.failed, seconds));
        return progress.internalErrors > 0 ? Main.EXIT_INTERNAL
                : progress.failed > 0 ? Main.EXIT_INVALID : Main.EXIT_OK;
    }

    /**
     * Two inputs with the same base name (a.yaml, a.json) would write the same documents; the
     * second one fails rather than silently replacing the first one's output.
     */
    private String clash(Map<Path, Path> claimed, Path file) {
        Path first = claimed.putIfAbsent(outputs.targets(file, output).get(0), file);
        return first == null ? null : "same output name as " + first;
    }

    /** Renders one file; whatever happens, its outcome, so that every file is counted once. */
    private Result renderOne(Vanban engine, Path file) {
        try {
            if (!Files.isRegularFile(file)) {
                Inputs.readableFile(file.toString());
            }
            Outputs.Rendered r = outputs.render(io.files, engine, file, output);
            return new Result(null, r.placed(), List.of(), null);
        } catch (InvalidInputException e) {
            List<Problem> ps = e.problems();
            String reason = ps.size() == 1 ? ps.get(0).toString() : ps.size() + " problems";
            return new Result(reason, List.of(), ps.size() == 1 ? List.of() : ps, null);
        } catch (RuntimeException | Error e) {
            // An Error too (out of stack in a template that calls itself, out of memory): the file
            // failed, and the others may still succeed, so it is reported here and not thrown.
            Failure f = Failure.of(e);
            return f.exitCode() == Main.EXIT_INTERNAL ? new Result(f.message(), List.of(), List.of(), e)
                    : Result.failed(f.message());
        }
    }

    /**
     * How one file ended: rendered ({@code reason} null), failed, or failed by an internal error
     * ({@code bug} set).
     */
    private record Result(String reason, List<Problem> warnings, List<Problem> problems, Throwable bug) {
        static Result failed(String reason) {
            return new Result(reason, List.of(), List.of(), null);
        }

        boolean ok() {
            return reason == null;
        }
    }

    /** Directories become their plan files in name order; files stay as given. */
    static List<Path> expand(List<Path> inputs) {
        List<Path> files = new ArrayList<>();
        for (Path in : inputs) {
            if (!Files.isDirectory(in)) {
                files.add(in); // a missing file fails on its own line, with the others going on
                continue;
            }
            try (Stream<Path> list = Files.list(in)) {
                list.filter(p -> Files.isRegularFile(p) && isPlanFile(p))
                        .sorted()
                        .forEach(files::add);
            } catch (IOException e) {
                throw CliException.file("cannot list '" + in + "': " + AtomicOutput.reason(e), e);
            }
        }
        return files;
    }

    /**
     * A data file of a folder, except a progress file ("…-progress.yaml"), which is the input of
     * {@code vanban report}, not a document: it sits next to its plan and would fail as one.
     */
    static boolean isPlanFile(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return !n.replaceFirst("\\.(yaml|yml|json)$", "").equals(n) && !isProgressFile(p);
    }

    /** A progress file by its name, "…-progress.yaml" (or .yml, .json): the input of {@code vanban report}. */
    static boolean isProgressFile(Path p) {
        Path name = p.getFileName();
        return name != null && name.toString().toLowerCase(Locale.ROOT).matches(".+-progress\\.(yaml|yml|json)");
    }

    /** Counts finished files and reports each; called from the worker threads. */
    private final class Progress {
        private final int total;
        private int finished;
        private int ok;
        private int failed;
        private int internalErrors;

        Progress(int total) {
            this.total = total;
        }

        synchronized void done(Path file, Result r) {
            finished++;
            if (r.ok()) {
                ok++;
            } else {
                failed++;
                if (r.bug() != null) {
                    internalErrors++;
                }
            }
            String line = String.format(Locale.ROOT, "[%d/%d] %s: %s", finished, total, file,
                    r.ok() ? "ok" : "FAILED: " + r.reason());
            if (io.terminal) {
                // Failures stay on screen; successes only move the bar.
                clearBar();
                if (!r.ok()) {
                    io.err.println(line);
                }
            } else {
                io.out.println(line);
            }
            r.problems().forEach(p -> io.err.println("  " + p));
            Outputs.printPlaced(io.err, file.toString(), r.warnings());
            if (r.bug() != null && debug) {
                r.bug().printStackTrace(io.err);
            }
            if (io.terminal) {
                drawBar(file);
            }
        }

        synchronized void finish() {
            if (io.terminal) {
                clearBar();
            }
        }

        private void drawBar(Path last) {
            int filled = finished * BAR_WIDTH / total;
            io.control("\r");
            io.err.print(String.format(Locale.ROOT, "[%s%s] %d/%d %s", "#".repeat(filled),
                    "-".repeat(BAR_WIDTH - filled), finished, total, last.getFileName()));
            io.err.flush();
        }

        private void clearBar() {
            io.control("\r\033[K");
        }
    }
}
