package vn.vanban.model;

/**
 * Người ký — the signature block (box 7): the authority, the title(s), and the signer's name.
 *
 * @param authority   how the signer signs ("TM.", "KT." …)
 * @param collective  for {@link Authority#TM} (and optionally KT.): the collective signed for,
 *                    in sentence case ("Ủy ban nhân dân")
 * @param headTitle   for KT./TL./TUQ.: the head's title signed for ("Chủ tịch")
 * @param position    the signer's own title ("Chủ tịch", "Phó Chủ tịch")
 * @param fullName    the signer's full name, without degrees ("Bùi Văn Lý")
 */
public record Signatory(Authority authority, String collective, String headTitle, String position,
                        String fullName) {

    /** The head signs in their own name ("CHỦ TỊCH"). */
    public static Signatory head(String position, String fullName) {
        return new Signatory(Authority.NONE, null, null, position, fullName);
    }

    /** On behalf of a collective: "TM. ỦY BAN NHÂN DÂN" above the signer's own title. */
    public static Signatory forCollective(String collective, String position, String fullName) {
        return new Signatory(Authority.TM, collective, null, position, fullName);
    }

    /** A deputy signing for the head: "KT. CHỦ TỊCH" above "PHÓ CHỦ TỊCH". */
    public static Signatory deputy(String headTitle, String position, String fullName) {
        return new Signatory(Authority.KT, null, headTitle, position, fullName);
    }

    /** Thẩm quyền ký — the signing prefixes of the decree (Part I.II.7). */
    public enum Authority {
        /** The head signs in their own name: no prefix. */
        NONE(""),
        /** Thay mặt — on behalf of a collective. */
        TM("TM."),
        /** Ký thay — a deputy signing for the head. */
        KT("KT."),
        /** Thừa lệnh — by order. */
        TL("TL."),
        /** Thừa ủy quyền — by delegated authority. */
        TUQ("TUQ."),
        /** Quyền — acting head. */
        Q("Q.");

        private final String prefix;

        Authority(String prefix) {
            this.prefix = prefix;
        }

        /** The prefix as written before a title ("KT."), empty for {@link #NONE}. */
        public String prefix() {
            return prefix;
        }
    }
}
