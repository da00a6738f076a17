package vn.vanban.cli;

import vn.vanban.InvalidInputException;
import vn.vanban.Problem;
import vn.vanban.Vanban;
import vn.vanban.VanbanException;
import vn.vanban.cli.args.Arguments;
import vn.vanban.cli.args.Command;
import vn.vanban.cli.args.Option;
import vn.vanban.cli.args.Positional;
import vn.vanban.cli.args.UsageException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * {@code vanban batch}: many plan files rendered in parallel by one shared engine. A file that
 * fails is reported and the others go on; the exit code says whether any failed.
 */
final class BatchCommand {

    static final Option OUTPUT = RenderCommand.OUTPUT.required();
    static final Option JOBS = Option.value("N",
            "How many files to render at once (default: the number of processors).", "-j", "--jobs");

    static final Command SYNTAX = Command.of("vanban batch", List.of(
            "Render many plan files in parallel into one directory.",
            "",
            "A DIR argument stands for its *.yaml, *.yml and *.json files (not those of its subdirectories), "
                    + "taken in name order. On a terminal a progress bar is drawn; otherwise each file "
                    + "prints '[k/n] file: ok' or '[k/n] file: FAILED: reason' as it finishes. A failed file "
                    + "does not stop the others. A summary line ends the run."),
            List.of("", "Exit codes: 0 all rendered, 1 some file failed, 2 wrong usage, "
                    + "3 internal error (a bug: run again with --debug and report it)."),
            Positional.oneOrMore("DIR|FILE", "Directories of plan files, or plan files."),
            Stream.of(List.of(OUTPUT, JOBS, Outputs.FORMAT, Outputs.APPENDIX_ONLY, Outputs.PART), EngineOptions.ALL)
                    .flatMap(List::stream).toList());

    private static final int BAR_WIDTH = 30;

    private final Io io;
    private final List<Path> inputs;
    private final Path output;
    private final Integer jobs;
    private final Outputs outputs;
    private final EngineOptions engineOptions;
    private final boolean debug;

    BatchCommand(Io io, Arguments args) {
        this.io = io;
        this.inputs = args.positionalPaths();
        this.output = args.path(OUTPUT);
        this.jobs = args.integer(JOBS);
        this.outputs = new Outputs(args);
        this.engineOptions = new EngineOptions(args);
        this.debug = args.has(Command.DEBUG);
    }

    /** How one file ended. */
    private enum Outcome {
        OK, FAILED, INTERNAL_ERROR
    }

    int call() throws InterruptedException {
        int threads = jobs == null ? Runtime.getRuntime().availableProcessors() : jobs;
        if (threads < 1) {
            throw new UsageException(SYNTAX, "--jobs must be at least 1, not " + threads);
        }
        List<Path> files = expand(inputs);
        if (files.isEmpty()) {
            throw CliException.file("no plan files (*.yaml, *.yml, *.json) in " + inputs, null);
        }
        AtomicOutput.ensureDirectory(output);
        long start = System.nanoTime();
        Vanban engine = engineOptions.engine();
        Progress progress = new Progress(files.size());
        Map<Path, Path> claimed = new HashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            for (Path file : files) {
                String clash = clash(claimed, file);
                pool.execute(() -> progress.done(file, clash != null
                        ? new Result(Outcome.FAILED, clash, List.of(), List.of())
                        : renderOne(engine, file)));
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

    private Result renderOne(Vanban engine, Path file) {
        try {
            if (!Files.isRegularFile(file)) {
                Inputs.readableFile(file.toString());
            }
            Outputs.Rendered r = outputs.render(io.files, engine, file, output);
            return new Result(Outcome.OK, null, r.warnings(), List.of());
        } catch (InvalidInputException e) {
            List<Problem> ps = e.problems();
            String reason = ps.size() == 1 ? ps.get(0).toString() : ps.size() + " problems";
            return new Result(Outcome.FAILED, reason, List.of(), ps.size() == 1 ? List.of() : ps);
        } catch (CliException | VanbanException e) {
            return new Result(Outcome.FAILED, e.getMessage(), List.of(), List.of());
        } catch (RuntimeException e) {
            // A bug; the others may still succeed, so it is reported here and not thrown.
            return new Result(Outcome.INTERNAL_ERROR, "internal error: " + e, List.of(), List.of(), e);
        }
    }

    private record Result(Outcome outcome, String reason, List<String> warnings, List<Problem> problems,
                          Throwable bug) {
        Result(Outcome outcome, String reason, List<String> warnings, List<Problem> problems) {
            this(outcome, reason, warnings, problems, null);
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

    private static boolean isPlanFile(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".yaml") || n.endsWith(".yml") || n.endsWith(".json");
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
            if (r.outcome() == Outcome.OK) {
                ok++;
            } else {
                failed++;
                if (r.outcome() == Outcome.INTERNAL_ERROR) {
                    internalErrors++;
                }
            }
            String line = String.format(Locale.ROOT, "[%d/%d] %s: %s", finished, total, file,
                    r.outcome() == Outcome.OK ? "ok" : "FAILED: " + r.reason());
            if (io.terminal) {
                // Failures stay on screen; successes only move the bar.
                clearBar();
                if (r.outcome() != Outcome.OK) {
                    io.err.println(line);
                }
            } else {
                io.out.println(line);
            }
            for (Problem p : r.problems()) {
                io.err.println("  " + p);
            }
            Outputs.printWarnings(io.err, file.toString(), r.warnings());
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
            io.err.print(String.format(Locale.ROOT, "\r[%s%s] %d/%d %s", "#".repeat(filled),
                    "-".repeat(BAR_WIDTH - filled), finished, total, last.getFileName()));
            io.err.flush();
        }

        private void clearBar() {
            io.err.print("\r\033[K");
            io.err.flush();
        }
    }
}
