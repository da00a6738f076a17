package vn.vanban.model;

import java.util.List;
import java.util.Objects;

/**
 * Văn bản có tên loại — an administrative document with a type name, laid out after template
 * 1.4 of Appendix III; a Kế hoạch (plan) is the first one vanban renders. Immutable.
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
 */
public record Plan(DocumentType type, Agency parent, Agency issuer, Integer number, String symbol,
                   PartialDate date, String summary, LegalBasis basis, List<BodyNode> body,
                   String closing, Recipients recipients, Signatory signatory,
                   List<Appendix> appendices) {
    public Plan {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(recipients, "recipients");
        Objects.requireNonNull(signatory, "signatory");
        body = List.copyOf(body);
        appendices = List.copyOf(appendices);
        if (number != null && number < 1) {
            throw new IllegalArgumentException("number must be positive");
        }
    }
}
