package vn.vanban.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Văn bản hành chính — an administrative document: a Kế hoạch or another text with a type name
 * (template 1.4 of Appendix III), a Quyết định (templates 1.2 and 1.3, with the text it issues
 * {@link #attached()}), or a Công văn (template 1.5, addressed to its {@link #addressees()}).
 * The type chooses the template; the fields are the same. Immutable.
 * <p>
 * Read one from a file with {@code Vanban.read}, or build one with {@link #builder()}. Values are
 * not checked when a plan is made, so that every mistake can be reported at once: rendering
 * checks the plan first and throws {@code InvalidInputException} naming each problem by its field
 * path ({@code issuer.place}, {@code body[1].section.content[0].point}), with the messages a data
 * file gets. A {@code null} list is an empty one.
 *
 * @param type        loại văn bản; {@link DocumentType#KE_HOACH} for a plan
 * @param parent      cơ quan chủ quản trực tiếp, or {@code null}
 * @param issuer      cơ quan ban hành
 * @param number      số: the register number, or {@code null} while a draft is unnumbered
 * @param symbol      ký hiệu, when not the usual type abbreviation + "-" + issuer abbreviation
 *                    ({@code null} to derive it)
 * @param date        ngày ban hành, partly blank in a draft
 * @param summary     trích yếu, sentence case
 * @param basis       căn cứ ban hành and the issuing sentence, or {@code null}
 * @param body        nội dung
 * @param closing     the closing sentence before "./." ("Yêu cầu … nghiêm túc triển khai thực
 *                    hiện"), or {@code null}
 * @param recipients  nơi nhận
 * @param signatory   người ký
 * @param appendices  phụ lục, in order
 * @param numbering   cách đánh số: how parts, clauses and appendices are numbered
 *                    ({@code null} for {@link Numbering#DEFAULT})
 * @param issuedBy    whose text it is, as an appendix's reference line names it after "của"
 *                    ("Ủy ban nhân dân tỉnh Quảng Ngãi"), or {@code null} to derive it from the
 *                    issuer and the signatory
 * @param addressees  kính gửi (box 9a): where a Công văn (or a report sent upward) is addressed,
 *                    in order; empty for none
 * @param authority   thẩm quyền ban hành of a decision, in sentence case ("Chủ tịch Ủy ban nhân
 *                    dân tỉnh Quảng Ngãi"), or {@code null} to derive it from the signatory and
 *                    the issuer
 * @param attached    the text a decision issues or approves (template 1.3), set after it in the
 *                    same file, or {@code null}
 * @param contact     địa chỉ, thư điện tử, số điện thoại… (ô số 13): the issuer's address, e-mail,
 *                    website, phone and fax as it prints them at the foot of the document's first
 *                    page, under a line as wide as the text, one line each ("Địa chỉ: …",
 *                    "Điện thoại: …; Thư điện tử: …"); empty for none
 */
public record Plan(DocumentType type, Agency parent, Agency issuer, Integer number, String symbol,
                   PartialDate date, String summary, LegalBasis basis, List<BodyNode> body,
                   String closing, Recipients recipients, Signatory signatory,
                   List<Appendix> appendices, Numbering numbering, String issuedBy,
                   List<String> addressees, String authority, AttachedText attached, List<String> contact) {
    public Plan {
        body = Lists.copy(body, "body");
        appendices = Lists.copy(appendices, "appendices");
        numbering = numbering == null ? Numbering.DEFAULT : numbering;
        addressees = Lists.copy(addressees, "addressees");
        contact = Lists.copy(contact, "contact");
    }

    /** A document without a contact block (box 13). */
    public Plan(DocumentType type, Agency parent, Agency issuer, Integer number, String symbol,
                PartialDate date, String summary, LegalBasis basis, List<BodyNode> body,
                String closing, Recipients recipients, Signatory signatory,
                List<Appendix> appendices, Numbering numbering, String issuedBy,
                List<String> addressees, String authority, AttachedText attached) {
        this(type, parent, issuer, number, symbol, date, summary, basis, body, closing, recipients, signatory,
                appendices, numbering, issuedBy, addressees, authority, attached, null);
    }

    /** A document without addressees, an authority line of its own or an attached text: a plan. */
    public Plan(DocumentType type, Agency parent, Agency issuer, Integer number, String symbol,
                PartialDate date, String summary, LegalBasis basis, List<BodyNode> body,
                String closing, Recipients recipients, Signatory signatory,
                List<Appendix> appendices, Numbering numbering, String issuedBy) {
        this(type, parent, issuer, number, symbol, date, summary, basis, body, closing, recipients, signatory,
                appendices, numbering, issuedBy, null, null, null, null);
    }

    /** A plan numbered as the decree does by default, its reference line's "của" derived. */
    public Plan(DocumentType type, Agency parent, Agency issuer, Integer number, String symbol,
                PartialDate date, String summary, LegalBasis basis, List<BodyNode> body,
                String closing, Recipients recipients, Signatory signatory, List<Appendix> appendices) {
        this(type, parent, issuer, number, symbol, date, summary, basis, body, closing, recipients, signatory,
                appendices, null, null);
    }

    /** A builder for a plan of type {@link DocumentType#KE_HOACH}, its other fields unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this plan's values, to make a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder().type(type).parent(parent).issuer(issuer).number(number).symbol(symbol).date(date)
                .summary(summary).basis(basis).closing(closing).recipients(recipients).signatory(signatory)
                .numbering(numbering).issuedBy(issuedBy).authority(authority).attached(attached);
        b.body.addAll(body);
        b.appendices.addAll(appendices);
        b.addressees.addAll(addressees);
        b.contact.addAll(contact);
        return b;
    }

    /** Builds a {@link Plan}; each setter returns this builder. Not thread-safe. */
    public static final class Builder {
        private DocumentType type = DocumentType.KE_HOACH;
        private Agency parent;
        private Agency issuer;
        private Integer number;
        private String symbol;
        private PartialDate date;
        private String summary;
        private LegalBasis basis;
        private final List<BodyNode> body = new ArrayList<>();
        private String closing;
        private Recipients recipients;
        private Signatory signatory;
        private final List<Appendix> appendices = new ArrayList<>();
        private Numbering numbering;
        private String issuedBy;
        private final List<String> addressees = new ArrayList<>();
        private String authority;
        private AttachedText attached;
        private final List<String> contact = new ArrayList<>();

        private Builder() {
        }

        /**
         * Adds lines of the issuer's contact block (box 13: địa chỉ, thư điện tử, số điện thoại…)
         * after those already added, each printed as a line of its own at the foot of the first page.
         */
        public Builder contact(String... lines) {
            contact.addAll(Lists.of("contact", lines));
            return this;
        }

        /** Adds addressees (kính gửi) after those already added. */
        public Builder addressees(String... to) {
            addressees.addAll(Lists.of("addressees", to));
            return this;
        }

        /** A decision's authority line in sentence case; derived from the signatory and issuer unless set. */
        public Builder authority(String authority) {
            this.authority = authority;
            return this;
        }

        /** The text a decision issues, set after it in the same file. */
        public Builder attached(AttachedText attached) {
            this.attached = attached;
            return this;
        }

        /** How parts, clauses and appendices are numbered ({@link Numbering#DEFAULT} unless set). */
        public Builder numbering(Numbering numbering) {
            this.numbering = numbering;
            return this;
        }

        /** Whose text it is, as an appendix's reference line names it after "của"; derived unless set. */
        public Builder issuedBy(String issuedBy) {
            this.issuedBy = issuedBy;
            return this;
        }

        public Builder type(DocumentType type) {
            this.type = type;
            return this;
        }

        public Builder parent(Agency parent) {
            this.parent = parent;
            return this;
        }

        public Builder issuer(Agency issuer) {
            this.issuer = issuer;
            return this;
        }

        /** The issuing agency: its name, abbreviation ("UBND") and place (địa danh). */
        public Builder issuer(String name, String abbreviation, String place) {
            return issuer(new Agency(name, abbreviation, place));
        }

        /** The register number, or {@code null} for a draft not yet numbered. */
        public Builder number(Integer number) {
            this.number = number;
            return this;
        }

        public Builder symbol(String symbol) {
            this.symbol = symbol;
            return this;
        }

        public Builder date(PartialDate date) {
            this.date = date;
            return this;
        }

        /**
         * The date as a data file writes it: {@code 2024-03-15}, {@code 2024-03} or {@code 2024}.
         *
         * @throws IllegalArgumentException at once when {@code isoDate} is no such date (February 30),
         *                                  saying what is expected; build {@link PartialDate} yourself
         *                                  to handle it apart
         */
        public Builder date(String isoDate) {
            // A null date is a missing one, refused by build() with its field as the other is.
            return date(isoDate == null ? null : PartialDate.parse(isoDate));
        }

        public Builder summary(String summary) {
            this.summary = summary;
            return this;
        }

        public Builder basis(LegalBasis basis) {
            this.basis = basis;
            return this;
        }

        /** Adds nodes to the end of the body. */
        public Builder body(BodyNode... nodes) {
            body.addAll(Lists.of("body", nodes));
            return this;
        }

        public Builder closing(String closing) {
            this.closing = closing;
            return this;
        }

        public Builder recipients(Recipients recipients) {
            this.recipients = recipients;
            return this;
        }

        /** Nơi nhận: the archive ("VT") and the recipients in order. */
        public Builder recipients(String archive, String... to) {
            return recipients(new Recipients(Lists.of("to", to), archive));
        }

        public Builder signatory(Signatory signatory) {
            this.signatory = signatory;
            return this;
        }

        /** Adds an appendix after those already added. */
        public Builder appendix(Appendix appendix) {
            appendices.add(appendix);
            return this;
        }

        public Plan build() {
            return new Plan(type, parent, issuer, number, symbol, date, summary, basis, body, closing, recipients,
                    signatory, appendices, numbering, issuedBy, addressees, authority, attached, contact);
        }
    }
}
