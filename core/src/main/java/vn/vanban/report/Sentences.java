package vn.vanban.report;

import vn.vanban.text.VietnameseCase;

import vn.vanban.text.Figures;

import java.util.ArrayList;
import java.util.List;

/**
 * The sentences a report writes from its figures, worded as a clerk writes them: counts under ten
 * with a leading zero, how many of how many, per cent with a decimal comma ("Đã hoàn thành 05/12
 * nhiệm vụ, đạt 41,7 %"). Pure functions.
 */
final class Sentences {

    private static final String TASKS = " nhiệm vụ";

    private Sentences() {
    }

    /**
     * "Kế hoạch đề ra 12 nhiệm vụ, trong đó 10 nhiệm vụ phải triển khai trong 06 tháng đầu năm 2024.
     * Kết quả cụ thể như sau (chi tiết tại Phụ lục kèm theo):" — the body names its appendix, as
     * the decree asks of a text with one; {@code planType} is the plan's type name ("Kế hoạch").
     */
    static String overview(String planType, Tally t, ReportPeriod period) {
        String due = t.due() == t.total()
                ? (t.total() == 1 ? "" : ", cả " + Figures.count(t.total()) + TASKS + " đều") + " phải triển khai "
                : ", trong đó " + (t.due() == 0 ? "chưa có nhiệm vụ nào" : Figures.count(t.due()) + TASKS) + " phải triển khai ";
        return planType + " đề ra " + Figures.count(t.total()) + TASKS + due + period.span()
                + ". Kết quả cụ thể như sau (chi tiết tại Phụ lục kèm theo):";
    }

    /**
     * One sentence for each state that has tasks, as the dashes under the overview:
     * "Đã hoàn thành 05/12 nhiệm vụ, đạt 41,7 %.", "Đang thực hiện 05 nhiệm vụ, trong đó 01 nhiệm
     * vụ chậm tiến độ so với Kế hoạch." …
     */
    static List<String> byState(Tally t) {
        List<String> out = new ArrayList<>();
        out.add(t.done() == 0 ? "Chưa có nhiệm vụ hoàn thành."
                : "Đã hoàn thành " + Figures.ratio(t.done(), t.total()) + TASKS + ", đạt "
                + Figures.percent(t.done(), t.total()) + ".");
        if (t.inProgress() > 0) {
            out.add("Đang thực hiện " + Figures.count(t.inProgress()) + TASKS + late(t.lateInProgress(), t.inProgress()) + ".");
        }
        if (t.notStarted() > 0) {
            out.add("Chưa thực hiện " + Figures.count(t.notStarted()) + TASKS + late(t.lateNotStarted(), t.notStarted()) + ".");
        }
        if (t.cancelled() > 0) {
            out.add("Không thực hiện " + Figures.count(t.cancelled()) + TASKS + ".");
        }
        if (t.notDue() > 0) {
            out.add("Có " + Figures.count(t.notDue()) + TASKS + " chưa đến thời gian thực hiện.");
        }
        if (t.late() == 0 && t.due() > 0) {
            out.add("Không có nhiệm vụ chậm tiến độ so với Kế hoạch.");
        }
        return out;
    }

    private static String late(int late, int of) {
        if (late == 0) {
            return "";
        }
        return late == of ? (of == 1 ? ", chậm tiến độ so với Kế hoạch" : ", cả " + Figures.count(of)
                + TASKS + " đều chậm tiến độ so với Kế hoạch")
                : ", trong đó " + Figures.count(late) + TASKS + " chậm tiến độ so với Kế hoạch";
    }

    /** A group's line, after its title: "đã hoàn thành 02/04 nhiệm vụ, đang thực hiện 02 nhiệm vụ". */
    static String group(Tally t) {
        List<String> parts = new ArrayList<>();
        if (t.done() > 0) {
            parts.add("đã hoàn thành " + Figures.ratio(t.done(), t.total()) + TASKS);
        }
        if (t.inProgress() > 0) {
            parts.add("đang thực hiện " + Figures.count(t.inProgress()) + TASKS);
        }
        if (t.notStarted() > 0) {
            parts.add("chưa thực hiện " + Figures.count(t.notStarted()) + TASKS);
        }
        if (t.cancelled() > 0) {
            parts.add("không thực hiện " + Figures.count(t.cancelled()) + TASKS);
        }
        if (t.notDue() > 0) {
            parts.add(Figures.count(t.notDue()) + TASKS + " chưa đến thời gian thực hiện");
        }
        return String.join(", ", parts);
    }

    /**
     * The first of the next steps, from what is left: "Tiếp tục thực hiện 05 nhiệm vụ đang triển
     * khai; triển khai 02 nhiệm vụ còn lại theo thời gian của Kế hoạch."; {@code null} when
     * nothing is left.
     */
    static String carryOn(Tally t) {
        List<String> parts = new ArrayList<>();
        if (t.inProgress() > 0) {
            parts.add("tiếp tục thực hiện " + Figures.count(t.inProgress()) + TASKS + " đang triển khai");
        }
        if (t.notStarted() > 0) {
            parts.add("khẩn trương thực hiện " + Figures.count(t.notStarted()) + TASKS + " chưa triển khai");
        }
        if (t.notDue() > 0) {
            parts.add("triển khai " + Figures.count(t.notDue()) + TASKS + " còn lại theo thời gian của Kế hoạch");
        }
        return parts.isEmpty() ? null : VietnameseCase.capitalise(String.join("; ", parts)) + ".";
    }

    /**
     * A task and what came of it, as one sentence: "Giám sát dựa vào sự kiện tại cửa khẩu: không
     * phát hiện ca bệnh nhập cảnh." — {@code task} as the plan words it, {@code result} as the
     * progress file does, its first letter lowered after the colon ({@link #afterColon}).
     */
    static String taskResult(String task, String result) {
        return task(task) + ": " + sentence(afterColon(result.strip()));
    }

    /** A task's content set before a colon or its time: without a final full stop, colon or semicolon of its own. */
    static String task(String content) {
        String t = content.strip();
        int end = t.length();
        while (end > 0 && (".:;,".indexOf(t.charAt(end - 1)) >= 0 || Character.isWhitespace(t.charAt(end - 1)))) {
            end--;
        }
        return t.substring(0, end);
    }

    /**
     * A clerk's sentence set after a colon: its first letter lowered ("Không phát hiện …" →
     * "không phát hiện …"), unless it opens with a name, two words capitalised ("Sở Y tế", "Hà
     * Nội"), or an abbreviation ("UBND"), whose case is their own.
     */
    static String afterColon(String text) {
        String[] words = text.split("\\s+", 3);
        if (words.length > 1 && !words[1].isEmpty() && Character.isUpperCase(words[1].codePointAt(0))) {
            return text;
        }
        return VietnameseCase.lowerFirst(text);
    }

    /** A sentence as the data gives it, ended with a full stop when it has no end of its own. */
    static String sentence(String text) {
        String t = text.strip();
        return t.isEmpty() || ".!?;:…".indexOf(t.charAt(t.length() - 1)) >= 0 ? t : t + ".";
    }
}
