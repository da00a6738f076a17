package vn.vanban.model;

/**
 * Cơ quan, tổ chức — an agency: the issuing one (cơ quan ban hành, box 2) or its direct parent
 * (cơ quan chủ quản trực tiếp).
 *
 * @param name         official full name in sentence case ("Ủy ban nhân dân thị xã Đức Phổ");
 *                     the header upper-cases it
 * @param abbreviation the agency's part of a symbol ("UBND" in {@code KH-UBND}); required of the
 *                     issuer, may be {@code null} for a parent agency
 * @param place        địa danh of the place-date line ("Đức Phổ"); required of the issuer, may be
 *                     {@code null} for a parent
 */
public record Agency(String name, String abbreviation, String place) {

    /** A parent agency, known by its name alone. */
    public static Agency named(String name) {
        return new Agency(name, null, null);
    }
}
