package vn.vanban.docx4j.imports;

import vn.vanban.model.Agency;
import vn.vanban.model.Appendix;
import vn.vanban.model.BodyNode;
import vn.vanban.model.DocumentType;
import vn.vanban.model.LegalBasis;
import vn.vanban.model.Numbering;
import vn.vanban.model.PartialDate;
import vn.vanban.model.Plan;
import vn.vanban.text.VietnameseCase;
import vn.vanban.view.PlanView;
import vn.vanban.view.PlanViews;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts a plan together from paragraphs whose parts are known (each paragraph's role, a layout
 * profile style name): the header's boxes and box 13 after them, type name and summary, the preamble, the body, the
 * closing, Nơi nhận and the signature, then each appendix. A paragraph found where its role has
 * no place is kept as a paragraph at the end of the body and listed.
 */
final class PlanAssembler {

    private static final Pattern NUMBER = Pattern.compile("Số\\s*:?\\s*(\\d*)\\s*/\\s*(\\S+)");
    private static final Pattern PLACE_DATE = Pattern.compile(
            "(.+?)\\s*,\\s*ngày\\s*(\\d{1,2})?\\s*tháng\\s*(\\d{1,2})?\\s*năm\\s*(\\d{4})\\s*");
    private static final Pattern REFERENCE = Pattern.compile("\\(Kèm theo .*? của (.+)\\)");
    private static final Set<String> HEADER = Set.of("parent-agency", "agency", "national-title", "motto", "number",
            "place-date");
    private static final Set<String> CLOSING = Set.of("closing", "recipients-label", "recipient", "drafter-code",
            "signature-title", "signature-title-next", "signature-name");

    private final List<Para> paras;
    private final List<Unmapped> unmapped = new ArrayList<>();
    private final Casing casing;
    private final List<Para> leftOver = new ArrayList<>();
    private int at;

    PlanAssembler(List<Para> paras) {
        this.paras = paras.stream().filter(p -> Para.kept(p)).toList();
        List<String> texts = new ArrayList<>();
        for (Para p : this.paras) {
            texts.add(p.plain());
        }
        this.casing = new Casing(texts);
    }

    private String role() {
        // "" for a paragraph of no known part: Set.contains refuses null.
        return at < paras.size() ? java.util.Objects.toString(paras.get(at).role(), "") : "end";
    }

    /** How many paragraphs from the top a header box holds at most, empty ones included. */
    private static final int HEADER_PARAGRAPHS = 16;

    /**
     * Why the document is not one the import reads, or {@code null}: a Quyết định (its articles
     * and the text it issues) and a Công văn ("V/v …", "Kính gửi") would come back as a plan
     * with their parts in the wrong places, which is worse than a refusal.
     */
    static String notAPlan(List<Para> paras) {
        if (paras.isEmpty()) {
            return null;
        }
        for (Para p : paras) {
            if ("type-name".equals(p.role())) {
                DocumentType t = type(p.plain());
                if (t == DocumentType.QUYET_DINH || t == DocumentType.CONG_VAN) {
                    return "a " + t.vietnameseName() + "; vanban import reads a text with a type name such as a "
                            + "Kế hoạch, not yet a Quyết định or a Công văn";
                }
                return null;
            }
        }
        // A letter's "V/v …" stands in its header box, among the document's first paragraphs.
        for (Para p : paras.subList(0, Math.min(paras.size(), HEADER_PARAGRAPHS))) {
            if (p.plain().strip().startsWith("V/v ")) {
                return "a Công văn (\"V/v …\" under its number); vanban import reads a text with a type name such "
                        + "as a Kế hoạch, not yet a Quyết định or a Công văn";
            }
        }
        return null;
    }

    Import assemble() {
        Header h = header();
        DocumentType type = DocumentType.KE_HOACH;
        if ("type-name".equals(role())) {
            Para p = paras.get(at++);
            type = type(p.plain());
            if (type == null) {
                unmapped.add(new Unmapped(p.number(), p.excerpt(), "not a type of document the decree lists; read as KẾ HOẠCH"));
                type = DocumentType.KE_HOACH;
            }
        } else {
            unmapped.add(new Unmapped(0, "", "no type name (KẾ HOẠCH) found; read as a plan"));
        }
        String summary = summary();
        List<Para> rest = new ArrayList<>();
        while (at < paras.size() && !CLOSING.contains(role()) && !"appendix-label".equals(role())) {
            rest.add(paras.get(at++));
        }
        BasisReader.Read basis = BasisReader.read(rest, unmapped);
        if (basis.basis() != null && basis.basis().issuing() == null) {
            Para p = rest.get(0);
            unmapped.add(new Unmapped(p.number(), p.excerpt(), "read as the preamble, but no issuing sentence ('… ban "
                    + "hành Kế hoạch … như sau:') was found in it or after it: write that sentence as basis.issuing in "
                    + "the data file, and take its words out of basis.citations if they stand there"));
        }
        List<Para> bodyParas = new ArrayList<>(rest.subList(basis.used(), rest.size()));
        String closing = null;
        if ("closing".equals(role())) {
            closing = EndMarks.strip(paras.get(at++).plain());
        }
        ClosingReader closingReader = new ClosingReader(casing, unmapped);
        Closing c = closingReader.read(paras, at);
        at = c.next();
        leftOver.addAll(closingReader.extra);
        List<Appendix> appendices = new ArrayList<>();
        List<String> references = new ArrayList<>();
        boolean arabic = false;
        AppendixReader reader = new AppendixReader(casing, unmapped);
        while (at < paras.size()) {
            if (!"appendix-label".equals(role())) {
                leftOver.add(paras.get(at++));
                continue;
            }
            Para label = paras.get(at++);
            arabic |= label.plain().matches("(?iu)phụ lục\\s+\\d+.*");
            List<Para> titles = new ArrayList<>();
            while ("appendix-title".equals(role())) {
                titles.add(paras.get(at++));
            }
            if ("appendix-reference".equals(role())) {
                references.add(paras.get(at++).plain());
            }
            List<Para> table = new ArrayList<>();
            Integer tableNo = null;
            while (at < paras.size() && paras.get(at).cell() != null && !"appendix-label".equals(role())
                    && (tableNo == null || tableNo == paras.get(at).cell().table())) {
                tableNo = paras.get(at).cell().table();
                table.add(paras.get(at++));
            }
            appendices.add(reader.read(titles.isEmpty() ? List.of(label) : titles, table, label.landscape()));
        }
        for (Para p : leftOver) {
            if (!"body".equals(p.role())) {
                unmapped.add(new Unmapped(p.number(), p.excerpt(), "found outside the parts of the plan's layout; "
                        + "kept at the end of the body"));
            }
            bodyParas.add(p.as("body"));
        }
        BodyReader body = new BodyReader(casing, unmapped);
        body.read(bodyParas);
        List<BodyNode> nodes = body.nodes(closing == null);
        Numbering numbering = body.numbering();
        if (arabic) {
            numbering = numbering.withAppendices(Numbering.AppendixNumbers.ARABIC);
        }
        String abbreviation = h.symbol == null ? null : abbreviation(type, h.symbol);
        String issuerName = h.agency == null ? null : issuerName(h.agency, references);
        Plan plan = Plan.builder().type(type)
                .parent(h.parent == null ? null : Agency.named(agencyName(h.parent, "parent.name")))
                .issuer(new Agency(issuerName, abbreviation, h.place))
                .number(h.number).date(h.date).summary(summary).basis(basis.basis()).body(nodes.toArray(BodyNode[]::new))
                .closing(closing).recipients(c.recipients()).signatory(c.signatory()).numbering(numbering)
                .contact(h.contact.toArray(String[]::new)).build();
        for (Appendix a : appendices) {
            plan = plan.toBuilder().appendix(a).build();
        }
        plan = settle(plan, h, references);
        unmapped.sort(java.util.Comparator.comparingInt(Unmapped::paragraph));
        return new Import(plan, unmapped);
    }

    /**
     * What the renderer would derive but the document says otherwise: the symbol when it is not
     * the type's and the issuer's abbreviations, whose text it is when the reference line names
     * another than the one derived.
     */
    private Plan settle(Plan plan, Header h, List<String> references) {
        PlanView view;
        try {
            view = PlanViews.of(plan);
        } catch (RuntimeException e) {
            return plan; // a plan with parts missing: the validator names them when it is rendered
        }
        Plan.Builder b = plan.toBuilder();
        if (h.symbol != null && !view.numberSymbol().endsWith("/" + h.symbol)) {
            b.symbol(h.symbol);
        }
        if (!references.isEmpty()) {
            Matcher m = REFERENCE.matcher(references.get(0));
            if (m.matches() && !m.group(1).equals(view.signedBy())) {
                b.issuedBy(m.group(1));
            }
        }
        return b.build();
    }

    /** The issuer's name as written: from the reference line's "của …" when it ends with it, else from the text. */
    private String issuerName(Para agency, List<String> references) {
        String folded = agency.plain();
        for (String r : references) {
            Matcher m = REFERENCE.matcher(r);
            if (m.matches()) {
                String of = m.group(1);
                String upper = VietnameseCase.upper(of);
                if (upper.endsWith(folded) && upper.length() == of.length()) {
                    return of.substring(of.length() - folded.length());
                }
            }
        }
        return agencyName(agency, "issuer.name");
    }

    /**
     * An agency's name from its line in the header, in the case the document or its kind shows;
     * listed for a look when the case of some words is a guess (a place or proper name not after
     * its unit), since the "của …" lines print it as read.
     */
    private String agencyName(Para line, String field) {
        AgencyNames.Read read = casing.agency(line.plain());
        if (read.guessed()) {
            unmapped.add(new Unmapped(line.number(), line.excerpt(), "printed in capitals only; read as " + field
                    + ": \"" + read.name() + "\", its place or proper name in title case by a guess: check the case "
                    + "in the data file, as lines such as \"(Kèm theo … của …)\" print it"));
        }
        return read.name();
    }

    private static String abbreviation(DocumentType type, String symbol) {
        String own = type.abbreviation().orElse("");
        if (!own.isEmpty() && symbol.startsWith(own + "-")) {
            return symbol.substring(own.length() + 1);
        }
        int dash = symbol.lastIndexOf('-');
        return dash >= 0 ? symbol.substring(dash + 1) : symbol;
    }

    private static DocumentType type(String text) {
        String t = Para.fold(text);
        for (DocumentType d : DocumentType.values()) {
            if (VietnameseCase.upper(d.vietnameseName()).equals(VietnameseCase.upper(t))) {
                return d;
            }
        }
        return null;
    }

    /** The summary: one paragraph with its lines broken as given, or lines balanced into paragraphs of their own. */
    private String summary() {
        List<Para> lines = new ArrayList<>();
        while ("summary".equals(role())) {
            lines.add(paras.get(at++));
        }
        if (lines.isEmpty()) {
            unmapped.add(new Unmapped(0, "", "no summary (trích yếu) found under the type name"));
            return "";
        }
        if (lines.size() == 1 && lines.get(0).text().contains("\n")) {
            return String.join("\n", lines.get(0).text().lines().map(Para::fold).toList());
        }
        return String.join(" ", lines.stream().map(Para::plain).toList());
    }

    /** The header's boxes as read. */
    private static final class Header {
        Para parent;
        Para agency;
        Integer number;
        String symbol;
        String place;
        PartialDate date;
        /** Box 13's lines, which our DOCX sets after the header boxes. */
        final List<String> contact = new ArrayList<>();
    }

    private Header header() {
        Header h = new Header();
        int type = 0;
        while (type < paras.size() && !"type-name".equals(paras.get(type).role())) {
            type++;
        }
        // Up to the type name (when there is one) everything is the header; a stray line there is kept.
        while (at < paras.size() && (HEADER.contains(role()) || at < type && !CLOSING.contains(role()))) {
            Para p = paras.get(at++);
            String text = p.plain();
            switch (p.role() == null ? "" : p.role()) {
                case "parent-agency" -> h.parent = p;
                case "agency" -> h.agency = p;
                case "number" -> {
                    Matcher m = NUMBER.matcher(text);
                    if (m.matches()) {
                        h.number = m.group(1).isEmpty() ? null : Integer.valueOf(m.group(1));
                        h.symbol = m.group(2);
                    } else {
                        unmapped.add(new Unmapped(p.number(), p.excerpt(), "not a number and symbol (Số: 15/KH-UBND)"));
                    }
                }
                case "place-date" -> {
                    Matcher m = PLACE_DATE.matcher(text);
                    if (m.matches()) {
                        h.place = m.group(1);
                        h.date = date(m);
                    } else {
                        unmapped.add(new Unmapped(p.number(), p.excerpt(), "not a place and date "
                                + "(Đức Phổ, ngày 07 tháng 02 năm 2024)"));
                    }
                }
                case "national-title", "motto" -> {
                }
                case "contact" -> h.contact.add(text);
                default -> leftOver.add(p);
            }
        }
        if (h.agency == null) {
            unmapped.add(new Unmapped(0, "", "no issuing agency found in the header"));
        }
        if (h.date == null) {
            unmapped.add(new Unmapped(0, "", "no place and date found in the header"));
        }
        return h;
    }

    private static PartialDate date(Matcher m) {
        try {
            Integer month = m.group(3) == null ? null : Integer.valueOf(m.group(3));
            Integer day = m.group(2) == null || month == null ? null : Integer.valueOf(m.group(2));
            return new PartialDate(Integer.parseInt(m.group(4)), month, day);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** Nơi nhận and the signature block, and where the paragraphs after them start. */
    record Closing(vn.vanban.model.Recipients recipients, vn.vanban.model.Signatory signatory, int next) {
    }
}
