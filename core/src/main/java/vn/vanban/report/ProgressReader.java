package vn.vanban.report;

import vn.vanban.common.InvalidInputException;
import vn.vanban.common.Problem;
import vn.vanban.load.Locations;
import vn.vanban.load.Node;
import vn.vanban.load.DataFile;
import vn.vanban.load.Problems;
import vn.vanban.load.TreeReader;
import vn.vanban.load.Values;
import vn.vanban.model.Agency;
import vn.vanban.model.DocumentType;
import vn.vanban.model.Plan;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads a progress file and the plan it names, and checks one against the other. Everything
 * wrong is reported at once, as the plan reader reports it: one {@link InvalidInputException}
 * listing each {@link Problem} as {@code file:line:col: path: message}, the progress file's first
 * and then the plan file's. Thread-safe: each read has its own state.
 */
final class ProgressReader {

    /** Header fields a progress file writes as a plan does, checked by the plan's own rules. */
    private static final List<String> HEADER = List.of("number", "date", "signatory", "recipients", "addressees",
            "contact");

    /**
     * A progress file read and checked.
     *
     * @param file      the progress file as named
     * @param tree      its located tree
     * @param progress  what it says
     * @param plan      the plan it names
     * @param standings where each task stands
     * @param warnings  what a person should look at (due tasks without an entry, planned times
     *                  that cannot be read), the progress file's first
     */
    record Read(Path file, Node tree, Progress progress, PlanFile plan, ProgressRules.Standings standings,
                List<Problem> warnings) {
    }

    /** @throws InvalidInputException listing every problem of the progress file and of its plan */
    Read read(Path file) {
        Objects.requireNonNull(file, "file");
        Problems problems = new Problems(file.toString());
        Node root = tree(file, problems);
        Values values = new Values(problems);
        ProgressMapper mapper = new ProgressMapper(values);
        Progress progress = mapper.progress(root);
        if (progress == null) {
            throw problems.exception();
        }
        header(progress, root, values, problems);
        List<Problem> planProblems = new ArrayList<>();
        Optional<PlanFile> plan = Optional.empty();
        if (progress.plan() != null && progress.plan().file() != null) {
            plan = PlanFile.read(file, progress.plan().file(), fileNode(root), "plan.file", values, planProblems);
        }
        mapper.tellUnreadPeriod(plan.map(p -> p.plan().date().year()).orElse(null), problems);
        Problems warnings = new Problems(file.toString());
        Optional<ProgressRules.Standings> standings = Optional.empty();
        List<Problem> planWarnings = List.of();
        if (plan.isPresent()) {
            Problems told = new Problems(plan.get().name());
            standings = new ProgressRules(root, values, problems, warnings).check(progress, plan.get(), told);
            planWarnings = told.sorted();
        }
        if (!problems.isEmpty() || !planProblems.isEmpty()) {
            List<Problem> all = new ArrayList<>(problems.sorted());
            all.addAll(planProblems);
            throw new InvalidInputException(all);
        }
        List<Problem> allWarnings = new ArrayList<>(warnings.sorted());
        allWarnings.addAll(planWarnings);
        return new Read(file, root, progress, plan.orElseThrow(), standings.orElseThrow(), allWarnings);
    }

    /** The progress file's located tree; throws when it cannot be read or parsed. */
    private static Node tree(Path file, Problems problems) {
        DataFile data = DataFile.read(file, problems);
        Node root = new TreeReader("progress file").parse(data.bytes(), data.format(), problems);
        if (root == null) {
            throw problems.exception();
        }
        return root;
    }

    /**
     * The report's number, date, signatory, recipients, addressees and contact block (and its issuer, when
     * given) checked by the plan's rules, each problem placed where the progress file writes it.
     */
    private static void header(Progress p, Node root, Values values, Problems problems) {
        boolean ownIssuer = p.issuer() != null;
        // A stand-in for the plan's issuer, which the plan's own reading checks.
        Agency issuer = ownIssuer ? p.issuer() : new Agency("-", "-", "-");
        Plan header = Plan.builder().type(DocumentType.BAO_CAO).parent(ownIssuer ? p.parent() : null).issuer(issuer)
                .number(p.number()).date(p.date()).summary("-").recipients(p.recipients()).signatory(p.signatory())
                .addressees(p.addressees().toArray(String[]::new))
                .contact(p.contact() == null ? new String[0] : p.contact().toArray(String[]::new))
                .build();
        Locations.place(header, root, problems, path -> !values.isSettled(path) && (HEADER.stream().anyMatch(
                h -> path.equals(h) || path.startsWith(h + ".") || path.startsWith(h + "["))
                || ownIssuer && (path.startsWith("issuer") || path.startsWith("parent"))));
    }

    /** Where {@code plan.file} stands, for problems with the path it names. */
    static Node fileNode(Node root) {
        if (root instanceof Node.MapNode m && m.fields().get("plan") != null
                && m.fields().get("plan").value() instanceof Node.MapNode p && p.fields().get("file") != null) {
            return p.fields().get("file").value();
        }
        return root;
    }
}
