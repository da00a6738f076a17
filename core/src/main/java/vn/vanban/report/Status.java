package vn.vanban.report;

/**
 * Tình trạng thực hiện — where a task of the plan stands, as a progress file gives it
 * ({@code done}, {@code in-progress}, {@code not-started}, {@code cancelled}) and as the report's
 * table writes it ("Hoàn thành", "Đang thực hiện", "Chưa thực hiện", "Không thực hiện").
 */
public enum Status {
    /** Hoàn thành. */
    DONE("done", "Hoàn thành"),
    /** Đang thực hiện. */
    IN_PROGRESS("in-progress", "Đang thực hiện"),
    /** Chưa thực hiện. */
    NOT_STARTED("not-started", "Chưa thực hiện"),
    /** Không thực hiện: dropped or replaced since the plan was issued. */
    CANCELLED("cancelled", "Không thực hiện");

    private final String key;
    private final String label;

    Status(String key, String label) {
        this.key = key;
        this.label = label;
    }

    /** How a progress file writes it: {@code in-progress}. */
    public String key() {
        return key;
    }

    /** How the report's table writes it: "Đang thực hiện". */
    public String label() {
        return label;
    }
}
