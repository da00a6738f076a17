package vn.vanban.report;

import java.time.LocalDate;
import java.time.Month;
import java.util.Optional;

/**
 * Kỳ báo cáo — the period a report covers, always from the first day of the plan's year: a quarter
 * (quý I covers January to March, quý II January to June, and so on), the first six months, the
 * first nine months, or the year. A progress file writes it "Quý II/2024", "6 tháng đầu năm
 * 2024", "9 tháng đầu năm 2024" or "Năm 2024".
 *
 * @param kind which period of the year
 * @param year the year, four digits
 */
public record ReportPeriod(Kind kind, int year) {

    /** The periods of a year, each ending on the last day of {@link #lastMonth}. */
    public enum Kind {
        Q1(3), Q2(6), Q3(9), Q4(12), FIRST_HALF(6), NINE_MONTHS(9), YEAR(12);

        private final int lastMonth;

        Kind(int lastMonth) {
            this.lastMonth = lastMonth;
        }

        /** The month the period ends with: 3, 6, 9 or 12. */
        public int lastMonth() {
            return lastMonth;
        }
    }

    /**
     * The periods of {@code year} as a progress file writes them, for a message: "'Quý I/2025' to
     * 'Quý IV/2025', '6 tháng đầu năm 2025', '9 tháng đầu năm 2025' or 'Năm 2025'"; without a year
     * ({@code null}), the forms alone.
     */
    public static String forms(Integer year) {
        if (year == null) {
            return "'Quý I' to 'Quý IV', '6 tháng đầu năm', '9 tháng đầu năm' or 'Năm', each with the year";
        }
        return "'" + new ReportPeriod(Kind.Q1, year).text() + "' to '" + new ReportPeriod(Kind.Q4, year).text()
                + "', '" + new ReportPeriod(Kind.FIRST_HALF, year).text() + "', '"
                + new ReportPeriod(Kind.NINE_MONTHS, year).text() + "' or '" + new ReportPeriod(Kind.YEAR, year).text()
                + "'";
    }

    /** The first day the period covers: 1 January. */
    public LocalDate start() {
        return LocalDate.of(year, Month.JANUARY, 1);
    }

    /** The last day the period covers. */
    public LocalDate end() {
        return LocalDate.of(year, kind.lastMonth(), 1).plusMonths(1).minusDays(1);
    }

    /** How a progress file writes it: "Quý II/2024", "6 tháng đầu năm 2024", "Năm 2024". */
    public String text() {
        return switch (kind) {
            case Q1, Q2, Q3, Q4 -> "Quý " + quarter() + "/" + year;
            case FIRST_HALF -> "6 tháng đầu năm " + year;
            case NINE_MONTHS -> "9 tháng đầu năm " + year;
            case YEAR -> "Năm " + year;
        };
    }

    /** As a report names it in a sentence: "quý I năm 2024", "06 tháng đầu năm 2024", "năm 2024". */
    public String name() {
        return switch (kind) {
            case Q1, Q2, Q3, Q4 -> "quý " + quarter() + " năm " + year;
            case FIRST_HALF -> "06 tháng đầu năm " + year;
            case NINE_MONTHS -> "09 tháng đầu năm " + year;
            case YEAR -> "năm " + year;
        };
    }

    /**
     * What the period's results were reached in, to open a sentence: "trong quý I năm 2024",
     * "từ đầu năm đến hết quý III năm 2024" (a later quarter counts from January),
     * "trong 06 tháng đầu năm 2024".
     */
    public String span() {
        return switch (kind) {
            case Q2, Q3, Q4 -> "từ đầu năm đến hết " + name();
            default -> "trong " + name();
        };
    }

    /** The time after the report, whose tasks section III names: "quý II năm 2024", "06 tháng cuối năm 2024". */
    public String ahead() {
        return switch (kind) {
            case Q1 -> "quý II năm " + year;
            case Q2 -> "quý III năm " + year;
            case Q3, NINE_MONTHS -> "quý IV năm " + year;
            case FIRST_HALF -> "06 tháng cuối năm " + year;
            case Q4, YEAR -> "năm " + (year + 1);
        };
    }

    /** The next report of the same series: quý II after quý I, 9 tháng after 6 tháng; none after the year's last. */
    public Optional<ReportPeriod> next() {
        Kind n = switch (kind) {
            case Q1 -> Kind.Q2;
            case Q2 -> Kind.Q3;
            case Q3 -> Kind.Q4;
            case FIRST_HALF -> Kind.NINE_MONTHS;
            case NINE_MONTHS -> Kind.YEAR;
            case Q4, YEAR -> null;
        };
        return n == null ? Optional.empty() : Optional.of(new ReportPeriod(n, year));
    }

    private String quarter() {
        return switch (kind) {
            case Q1 -> "I";
            case Q2 -> "II";
            case Q3 -> "III";
            default -> "IV";
        };
    }
}
