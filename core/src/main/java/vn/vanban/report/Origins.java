package vn.vanban.report;

import vn.vanban.common.Problem;
import vn.vanban.common.Warning;
import vn.vanban.load.Paths;
import vn.vanban.load.WarningPlaces;
import vn.vanban.model.BodyNode;
import vn.vanban.model.Plan;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Nguồn của báo cáo — where the texts of a report come from: each field of the report's document
 * whose only words from the data are one field of the progress file (a row's result and note, a
 * difficulty, a proposal, a next step, the signatory, the recipients, box 13 when it gives one) or
 * of the plan's file (a task's content, lead agency and planned time in the table, a group's title,
 * the plan's header and box 13 when the report takes them), with that field's path there. A
 * rendering's warnings name the document's fields ({@link Warning#path()}); this tells each at the
 * line and column of the file its text comes from. A text made of several fields (a late task's
 * line: its content, time, result and note), or of the report's own words and figures, has no
 * origin and is told against the progress file without a place. Immutable.
 */
public final class Origins {

    /** The file a text comes from. */
    public enum Source {
        /** tệp tiến độ: the progress file */
        PROGRESS,
        /** tệp kế hoạch: the plan's data file the progress file names */
        PLAN
    }

    /**
     * Where a text of the report comes from.
     *
     * @param source the file
     * @param path   the field's path in it ({@code rows[2].result}, {@code appendices[0].rows[4].content})
     */
    public record Origin(Source source, String path) {
        public Origin {
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(path, "path");
        }
    }

    /** No text placed: every warning is told against the file alone. */
    static final Origins NONE = new Origins(Map.of(), null, null, null);

    /** The document's field → its origin; a field inside one (signatory.fullName in signatory) follows it. */
    private final Map<String, Origin> fields;
    private final Path progress;
    private final Path plan;
    private final String planName;

    private Origins(Map<String, Origin> fields, Path progress, Path plan, String planName) {
        this.fields = Map.copyOf(fields);
        this.progress = progress;
        this.plan = plan;
        this.planName = planName;
    }

    /**
     * The origin of the document's field at {@code field} (a rendering's {@link Warning#path()}):
     * its own, or that of the nearest field holding it with the rest of the path added
     * ({@code signatory.fullName} where {@code signatory} is the progress file's); empty for a
     * text that no one field gives.
     */
    public Optional<Origin> of(String field) {
        for (String at = field; !at.isEmpty(); at = up(at)) {
            Origin o = fields.get(at);
            if (o != null) {
                return Optional.of(new Origin(o.source(), o.path() + field.substring(at.length())));
            }
        }
        return Optional.empty();
    }

    /**
     * One problem per warning, in order, each at the line, column and path of the field its text
     * comes from, in the progress file or the plan's file (named as the report's reading names
     * them); a warning without an origin against the progress file without a place. A report
     * made without its files ({@link Report#Report(Plan, List)}) names no file ("").
     */
    public List<Problem> place(List<Warning> warnings) {
        if (progress == null) {
            return warnings.stream().map(w -> new Problem("", 0, 0, "", w.message())).toList();
        }
        List<Problem> inProgress = WarningPlaces.place(progress, warnings, f -> path(f, Source.PROGRESS));
        List<Problem> inPlan = WarningPlaces.place(plan, warnings, f -> path(f, Source.PLAN));
        List<Problem> out = new ArrayList<>(warnings.size());
        for (int i = 0; i < warnings.size(); i++) {
            Problem p = inPlan.get(i);
            out.add(p.path().isEmpty() ? inProgress.get(i)
                    : new Problem(planName, p.line(), p.column(), p.path(), p.message()));
        }
        return out;
    }

    private String path(String field, Source source) {
        return of(field).filter(o -> o.source() == source).map(Origin::path).orElse("");
    }

    /** {@code a.b[2].c} → {@code a.b[2]} → {@code a.b} → {@code a} → "". */
    private static String up(String path) {
        return path.substring(0, Math.max(0, Math.max(path.lastIndexOf('.'), path.lastIndexOf('['))));
    }

    /**
     * Records the origins as the report's texts are made: a field by its path where the builder
     * knows it (the header, the table's cells), a body node by itself, its path found once the
     * document is built, where the view finds it ({@link Paths}).
     */
    static final class Recorder {
        private final Map<String, Origin> fields = new HashMap<>();
        private final Map<BodyNode, Origin> nodes = new IdentityHashMap<>();

        /** The document's field at {@code field} and those inside it come from {@code source}'s {@code path}. */
        void field(String field, Source source, String path) {
            fields.put(field, new Origin(source, path));
        }

        /** {@code node}'s text (its title, or its text) comes from {@code source}'s {@code path}; {@code node} returned. */
        <N extends BodyNode> N node(N node, Source source, String path) {
            nodes.put(node, new Origin(source, path));
            return node;
        }

        /**
         * The origins of {@code document}'s fields, for the report read from {@code progress} on
         * the plan at {@code plan}, which messages name {@code planName}.
         */
        Origins origins(Plan document, Path progress, Path plan, String planName) {
            Map<String, Origin> all = new HashMap<>(fields);
            walk(document.body(), "body", all);
            return new Origins(all, progress, plan, planName);
        }

        private void walk(List<BodyNode> list, String at, Map<String, Origin> out) {
            for (int i = 0; i < list.size(); i++) {
                BodyNode n = list.get(i);
                String node = Paths.node(at, i, n);
                Origin o = nodes.get(n);
                if (o != null) {
                    out.put(Paths.own(node, n), o);
                }
                walk(n.content(), Paths.at(node, "content"), out);
            }
        }
    }
}
