package vn.vanban.report;

/**
 * Tiến độ một nhiệm vụ — what a progress file says of one row of the catalogue.
 *
 * @param row    the row's number (STT) in the catalogue, or {@code null} when named by id
 * @param id     the row's id (mã nhiệm vụ), or {@code null} when named by number
 * @param status where the task stands
 * @param result kết quả, sản phẩm: what was done, as a sentence ("Đã phát sóng 06 chuyên mục"),
 *               or {@code null}
 * @param note   ghi chú: why it is late, what comes next, or {@code null}
 */
public record RowProgress(Integer row, String id, Status status, String result, String note) {
}
