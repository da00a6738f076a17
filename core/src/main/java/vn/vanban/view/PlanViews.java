package vn.vanban.view;

import vn.vanban.model.PartialDate;
import vn.vanban.model.Plan;
import vn.vanban.model.Recipients;
import vn.vanban.model.Signatory;
import vn.vanban.text.Numerals;
import vn.vanban.text.VietnameseCase;
import vn.vanban.text.VietnameseDates;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Builds the {@link PlanView} of a {@link Plan}: the one place the decree's text rules are applied. */
public final class PlanViews {

    private PlanViews() {
    }

    public static PlanView of(Plan plan) {
        String abbr = plan.type().abbreviation().orElse("");
        String symbol = plan.symbol() != null ? plan.symbol()
                : plan.issuer().abbreviation() == null ? abbr : abbr + "-" + plan.issuer().abbreviation();
        String number = plan.number() == null ? "     " : Numerals.registerNumber(plan.number());
        List<String> warnings = new ArrayList<>();
        List<String> labels = AppendixViews.labels(plan);
        Map<String, String> byId = new HashMap<>();
        for (int i = 0; i < labels.size(); i++) {
            if (plan.appendices().get(i).id() != null) {
                byId.put(plan.appendices().get(i).id(), labels.get(i));
            }
        }
        TextViews texts = new TextViews(byId);
        List<NodeView> body = new NodeViews(plan.numbering(), texts).body(plan.body());
        List<SpanView> closing = null;
        if (plan.closing() != null) {
            EndMark.Completed done = EndMark.complete(plan.closing(), "the closing sentence");
            closing = new ArrayList<>();
            TextViews.append(closing, done.text(), false);
            warn(warnings, done.warning());
        } else {
            body = withEndMark(body, warnings);
        }
        return new PlanView(
                VietnameseCase.upper(plan.type().vietnameseName()),
                plan.type().vietnameseName(),
                plan.parent() == null ? null : headerName(plan.parent().name()),
                headerName(plan.issuer().name()),
                number + "/" + symbol,
                VietnameseDates.placeDate(plan.issuer().place(), plan.date()),
                VietnameseDates.longForm(plan.date()),
                plan.summary(),
                BasisViews.of(plan.basis()),
                body,
                closing,
                plan.recipients().to(),
                archive(plan.recipients()),
                drafterLine(plan.recipients()),
                signatureLines(plan.signatory()),
                plan.signatory().fullName(),
                signedBy(plan),
                AppendixViews.of(plan.appendices(), labels, texts),
                new PlanView.MetadataView(plan.type().vietnameseName() + " " + oneLine(plan.summary()), oneLine(plan.summary()),
                        plan.issuer().name(), "vi-VN", documentDate(plan.date()).toString()),
                warnings);
    }

    /**
     * What follows "Lưu: ": the archive, and box 12 after it unless it has a line of its own:
     * "VT, NC (Sonnh)", "VT, NC (Sonnh, 300 bản)".
     */
    static String archive(Recipients r) {
        if (r.drafter() == null || r.ownLine()) {
            return r.archive();
        }
        return r.archive() + " (" + r.drafter() + (r.copies() == null ? "" : ", " + r.copies() + " bản") + ")";
    }

    /** Box 12 on its own line, as the decree writes it ("PL.(300)"), or {@code null}. */
    static String drafterLine(Recipients r) {
        if (r.drafter() == null || !r.ownLine()) {
            return null;
        }
        return r.drafter() + (r.copies() == null ? "" : ".(" + r.copies() + ")");
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

    /** Elected bodies and their executive committees, whose header name breaks before the place. */
    private static final List<String> BODIES_BEFORE_PLACE = List.of("ỦY BAN NHÂN DÂN", "HỘI ĐỒNG NHÂN DÂN");

    /**
     * An agency's name as the header prints it: upper case, and for a local People's Committee or
     * Council broken before its place ("ỦY BAN NHÂN DÂN" / "THỊ XÃ ĐỨC PHỔ"), as agencies set it,
     * rather than wherever the column happens to wrap.
     */
    static String headerName(String name) {
        String upper = VietnameseCase.upper(name);
        for (String body : BODIES_BEFORE_PLACE) {
            if (upper.startsWith(body + " ")) {
                return body + "\n" + upper.substring(body.length() + 1);
            }
        }
        return upper;
    }

    /** The date the files carry: the document's own, its blanks taken as the first day. */
    static LocalDate documentDate(PartialDate d) {
        return LocalDate.of(d.year(), d.month() == null ? 1 : d.month(), d.day() == null ? 1 : d.day());
    }

    /** The body's last paragraph ending with "./." (see {@link EndMark}), when there is no closing sentence. */
    private static List<NodeView> withEndMark(List<NodeView> nodes, List<String> warnings) {
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
            int common = commonPrefix(kept, done.text());
            TextViews.append(spans, done.text().substring(0, common), end.bold());
            TextViews.append(spans, done.text().substring(common), false);
            out.add(new NodeView(last.kind(), last.label(), null, spans, last.children()));
        }
        return out;
    }

    private static int commonPrefix(String a, String b) {
        int n = Math.min(a.length(), b.length());
        int i = 0;
        while (i < n && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        return i;
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

    /**
     * Whose text it is, as an appendix's reference line names it after "của": the data's
     * {@code issuedBy} when given; else the agency whose symbol the text bears ("Ủy ban nhân dân
     * tỉnh Quảng Ngãi", "Sở Tư pháp"), whoever signs for it (TM., KT., TL., TUQ.), but for the
     * chairman of a People's Committee or Council who signs in their own name (or as acting
     * chairman): the text is then the chairman's ("Chủ tịch Ủy ban nhân dân thị xã Đức Phổ").
     */
    static String signedBy(Plan plan) {
        if (plan.issuedBy() != null) {
            return plan.issuedBy();
        }
        Signatory s = plan.signatory();
        String agency = plan.issuer().name();
        boolean ownName = s.authority() == Signatory.Authority.NONE || s.authority() == Signatory.Authority.Q;
        return ownName && collective(agency) ? s.position() + " " + agency : agency;
    }

    /** An elected body or its executive committee, whose head's own texts are not the body's. */
    private static boolean collective(String agency) {
        String upper = VietnameseCase.upper(agency);
        return BODIES_BEFORE_PLACE.stream().anyMatch(b -> upper.startsWith(b + " "));
    }
}
