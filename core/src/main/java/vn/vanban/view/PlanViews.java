package vn.vanban.view;

import vn.vanban.common.Warning;
import vn.vanban.load.Paths;
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
import java.util.stream.IntStream;

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
        List<Warning> warnings = new ArrayList<>();
        List<String> labels = AppendixViews.labels(plan.appendices(), plan.numbering());
        TextViews texts = new TextViews(AppendixViews.labelsById(plan.appendices(), labels));
        List<NodeView> body = new NodeViews(plan.numbering(), texts).body(Articles.body(plan), "body",
                Articles.derivesFirst(plan) ? 1 : 0);
        List<SpanView> closing = closing(plan.closing(), "closing", warnings);
        if (closing == null) {
            body = withEndMark(body, warnings);
        }
        String typeName = plan.type().vietnameseName();
        List<PlanView.AppendixView> appendices = new ArrayList<>(AppendixViews.of(plan.appendices(), labels, texts,
                "Kèm theo " + typeName + " số " + numberSymbol + " " + longDate + " của " + whose, "appendices"));
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
                BasisViews.of(plan.basis(), "basis"),
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
                plan.contact(),
                fields(plan));
    }

    /** The field path of each of the document's own texts, beside the view's lists. */
    private static PlanView.Fields fields(Plan plan) {
        List<String> to = DecisionViews.recipients(plan);
        int added = to.size() - plan.recipients().to().size();
        List<String> recipients = IntStream.range(0, to.size())
                .mapToObj(i -> i < added ? "" : Paths.index("recipients.to", i - added)).toList();
        Recipients r = plan.recipients();
        return new PlanView.Fields("parent.name", "issuer.name", "summary", plan.authority() != null ? "authority" : "",
                indexed("addressees", plan.addressees().size()), recipients,
                r.drafter() == null || r.ownLine() ? "recipients.archive" : "recipients", "recipients.drafter",
                signatureFields(plan.signatory()), "signatory.fullName", indexed("contact", plan.contact().size()),
                "closing");
    }

    private static List<String> indexed(String list, int size) {
        return IntStream.range(0, size).mapToObj(i -> Paths.index(list, i)).toList();
    }

    /**
     * The closing sentence completed with "./.", or {@code null} when there is none; {@code field}:
     * where it stands in the data.
     */
    static List<SpanView> closing(String sentence, String field, List<Warning> warnings) {
        if (sentence == null) {
            return null;
        }
        EndMark.Completed done = EndMark.complete(sentence, "the closing sentence");
        List<SpanView> closing = new ArrayList<>();
        TextViews.append(closing, done.text(), false);
        warn(warnings, field, done.warning());
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

    private static void warn(List<Warning> warnings, String field, String warning) {
        if (warning != null) {
            warnings.add(new Warning(field, warning));
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
    static List<NodeView> withEndMark(List<NodeView> nodes, List<Warning> warnings) {
        if (nodes.isEmpty()) {
            return nodes;
        }
        List<NodeView> out = new ArrayList<>(nodes);
        NodeView last = out.remove(out.size() - 1);
        if (!last.children().isEmpty()) {
            out.add(last.with(last.title(), last.spans(), withEndMark(last.children(), warnings)));
        } else if (last.title() != null) {
            EndMark.Completed done = EndMark.complete(last.title(), "the body's last heading");
            warn(warnings, last.field(), done.warning());
            // "II. TỔ CHỨC THỰC HIỆN./.": a heading over nothing, most likely content left out.
            warn(warnings, last.field(), "the body ends with the heading '" + last.title() + "', which has nothing "
                    + "under it, so the end mark './.' follows the heading; write what it heads, or end the text "
                    + "with a closing sentence (closing:)");
            out.add(last.with(done.text(), last.spans(), last.children()));
        } else {
            List<SpanView> spans = new ArrayList<>(last.spans());
            SpanView end = spans.isEmpty() ? new SpanView("", false) : spans.remove(spans.size() - 1);
            if (end.note() != null) {
                // A footnote's mark ends the text: the end mark follows it.
                spans.add(end);
                end = new SpanView("", false);
            }
            EndMark.Completed done = EndMark.complete(end.text(), "the body's last sentence");
            warn(warnings, last.field(), done.warning());
            String kept = end.text().stripTrailing();
            // The mark is set in the text's weight only where the text itself is: "/." after a bold
            // word stays upright.
            int mismatch = Arrays.mismatch(kept.toCharArray(), done.text().toCharArray());
            int common = mismatch < 0 ? kept.length() : mismatch;
            TextViews.append(spans, done.text().substring(0, common), end.bold());
            TextViews.append(spans, done.text().substring(common), false);
            out.add(last.with(null, spans, last.children()));
        }
        return out;
    }

    static List<String> signatureLines(Signatory s) {
        return signature(s).stream().map(SignatureLine::text).toList();
    }

    /** The field of each of {@link #signatureLines}: the collective's, the head's title, the position. */
    static List<String> signatureFields(Signatory s) {
        return signature(s).stream().map(SignatureLine::field).toList();
    }

    /** A line of the signature's titles and the field it comes from. */
    private record SignatureLine(String text, String field) {
    }

    private static List<SignatureLine> signature(Signatory s) {
        List<SignatureLine> lines = new ArrayList<>();
        SignatureLine position = new SignatureLine(VietnameseCase.upper(s.position()), "signatory.position");
        SignatureLine collective = s.collective() == null ? null
                : new SignatureLine("TM. " + VietnameseCase.upper(s.collective()), "signatory.collective");
        switch (s.authority()) {
            case NONE -> lines.add(position);
            case TM -> {
                lines.add(collective);
                lines.add(position);
            }
            case Q -> lines.add(new SignatureLine("Q. " + position.text(), position.field()));
            default -> {
                if (collective != null) {
                    lines.add(collective);
                }
                lines.add(new SignatureLine(s.authority().prefix() + " " + VietnameseCase.upper(s.headTitle()),
                        "signatory.headTitle"));
                lines.add(position);
            }
        }
        return lines;
    }
}
