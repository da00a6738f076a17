package vn.vanban.view;

import vn.vanban.model.PartialDate;
import vn.vanban.model.Plan;
import vn.vanban.model.Recipients;
import vn.vanban.model.Signatory;
import vn.vanban.text.Articles;
import vn.vanban.text.Citations;
import vn.vanban.text.Numerals;
import vn.vanban.text.VietnameseCase;
import vn.vanban.text.VietnameseDates;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Builds the {@link PlanView} of a {@link Plan}: the one place the decree's text rules are applied. */
public final class PlanViews {

    private PlanViews() {
    }

    public static PlanView of(Plan plan) {
        String symbol = Citations.symbol(plan);
        String number = plan.number() == null ? "     " : Numerals.registerNumber(plan.number());
        String numberSymbol = number + "/" + symbol;
        String longDate = VietnameseDates.longForm(plan.date());
        String whose = Citations.whose(plan);
        List<String> warnings = new ArrayList<>();
        List<String> labels = AppendixViews.labels(plan.appendices(), plan.numbering());
        TextViews texts = new TextViews(AppendixViews.labelsById(plan.appendices(), labels));
        List<NodeView> body = new NodeViews(plan.numbering(), texts).body(Articles.body(plan));
        List<SpanView> closing = closing(plan.closing(), warnings);
        if (closing == null) {
            body = withEndMark(body, warnings);
        }
        String typeName = plan.type().vietnameseName();
        List<PlanView.AppendixView> appendices = new ArrayList<>(AppendixViews.of(plan.appendices(), labels, texts,
                "Kèm theo " + typeName + " số " + numberSymbol + " " + longDate + " của " + whose));
        PlanView.AttachedView attached = null;
        if (plan.attached() != null) {
            String decision = typeName + " số " + numberSymbol + " " + longDate + " của " + whose;
            attached = DecisionViews.attached(plan.attached(), decision, warnings, appendices);
        }
        return new PlanView(
                VietnameseCase.upper(typeName),
                typeName,
                plan.parent() == null ? null : headerName(plan.parent().name()),
                headerName(plan.issuer().name()),
                numberSymbol,
                VietnameseDates.placeDate(plan.issuer().place(), plan.date()),
                longDate,
                plan.summary(),
                BasisViews.of(plan.basis()),
                body,
                closing,
                DecisionViews.recipients(plan),
                archive(plan.recipients()),
                drafterLine(plan.recipients()),
                signatureLines(plan.signatory()),
                plan.signatory().fullName(),
                whose,
                appendices,
                new PlanView.MetadataView(typeName + " " + oneLine(plan.summary()), oneLine(plan.summary()),
                        plan.issuer().name(), "vi-VN", documentDate(plan.date()).toString()),
                warnings,
                DecisionViews.authority(plan),
                plan.addressees(),
                "V/v " + VietnameseCase.lowerFirst(plan.summary()),
                attached,
                plan.contact());
    }

    /** The closing sentence completed with "./.", or {@code null} when there is none. */
    static List<SpanView> closing(String sentence, List<String> warnings) {
        if (sentence == null) {
            return null;
        }
        EndMark.Completed done = EndMark.complete(sentence, "the closing sentence");
        List<SpanView> closing = new ArrayList<>();
        TextViews.append(closing, done.text(), false);
        warn(warnings, done.warning());
        return closing;
    }

    /**
     * What follows "Lưu: ": the archive, and box 12 after it unless it has a line of its own:
     * "VT, NC (Sonnh)", "VT, NC (Sonnh, 300 bản)".
     */
    static String archive(Recipients r) {
        return r.drafter() == null || r.ownLine() ? r.archive()
                : r.archive() + " (" + r.drafter() + (r.copies() == null ? "" : ", " + r.copies() + " bản") + ")";
    }

    /** Box 12 on its own line, as the decree writes it ("PL.(300)"), or {@code null}. */
    static String drafterLine(Recipients r) {
        return r.drafter() == null || !r.ownLine() ? null
                : r.drafter() + (r.copies() == null ? "" : ".(" + r.copies() + ")");
    }

    /** A title given line by line, as a document property holds it: one line. */
    private static String oneLine(String text) {
        return text.replace('\n', ' ');
    }

    private static void warn(List<String> warnings, String warning) {
        if (warning != null) {
            warnings.add(warning);
        }
    }

    /**
     * An agency's name as the header prints it: upper case, and for a local People's Committee or
     * Council broken before its place ("ỦY BAN NHÂN DÂN" / "THỊ XÃ ĐỨC PHỔ"), as agencies set it,
     * rather than wherever the column happens to wrap.
     */
    static String headerName(String name) {
        String upper = VietnameseCase.upper(name);
        // Elected bodies and their executive committees break before the place.
        return Citations.ELECTED_BODIES.stream().filter(body -> upper.startsWith(body + " ")).findFirst()
                .map(body -> body + "\n" + upper.substring(body.length() + 1)).orElse(upper);
    }

    /** The date the files carry: the document's own, its blanks taken as the first day. */
    static LocalDate documentDate(PartialDate d) {
        return LocalDate.of(d.year(), d.month() == null ? 1 : d.month(), d.day() == null ? 1 : d.day());
    }

    /** The body's last paragraph ending with "./." (see {@link EndMark}), when there is no closing sentence. */
    static List<NodeView> withEndMark(List<NodeView> nodes, List<String> warnings) {
        if (nodes.isEmpty()) {
            return nodes;
        }
        List<NodeView> out = new ArrayList<>(nodes);
        NodeView last = out.remove(out.size() - 1);
        if (!last.children().isEmpty()) {
            out.add(new NodeView(last.kind(), last.label(), last.title(), last.spans(),
                    withEndMark(last.children(), warnings)));
        } else if (last.title() != null) {
            EndMark.Completed done = EndMark.complete(last.title(), "the body's last heading");
            warn(warnings, done.warning());
            out.add(new NodeView(last.kind(), last.label(), done.text(), last.spans(), last.children()));
        } else {
            List<SpanView> spans = new ArrayList<>(last.spans());
            SpanView end = spans.isEmpty() ? new SpanView("", false) : spans.remove(spans.size() - 1);
            if (end.note() != null) {
                // A footnote's mark ends the text: the end mark follows it.
                spans.add(end);
                end = new SpanView("", false);
            }
            EndMark.Completed done = EndMark.complete(end.text(), "the body's last sentence");
            warn(warnings, done.warning());
            String kept = end.text().stripTrailing();
            // The mark is set in the text's weight only where the text itself is: "/." after a bold
            // word stays upright.
            int mismatch = Arrays.mismatch(kept.toCharArray(), done.text().toCharArray());
            int common = mismatch < 0 ? kept.length() : mismatch;
            TextViews.append(spans, done.text().substring(0, common), end.bold());
            TextViews.append(spans, done.text().substring(common), false);
            out.add(new NodeView(last.kind(), last.label(), null, spans, last.children()));
        }
        return out;
    }

    static List<String> signatureLines(Signatory s) {
        List<String> lines = new ArrayList<>();
        String position = VietnameseCase.upper(s.position());
        switch (s.authority()) {
            case NONE -> lines.add(position);
            case TM -> {
                lines.add("TM. " + VietnameseCase.upper(s.collective()));
                lines.add(position);
            }
            case Q -> lines.add("Q. " + position);
            default -> {
                if (s.collective() != null) {
                    lines.add("TM. " + VietnameseCase.upper(s.collective()));
                }
                lines.add(s.authority().prefix() + " " + VietnameseCase.upper(s.headTitle()));
                lines.add(position);
            }
        }
        return lines;
    }
}
