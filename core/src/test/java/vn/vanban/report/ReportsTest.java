package vn.vanban.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vanban.common.InvalidInputException;
import vn.vanban.common.Problem;
import vn.vanban.model.CatalogueRow;
import vn.vanban.model.DocumentType;
import vn.vanban.model.Plan;
import vn.vanban.model.Text;
import vn.vanban.view.NodeView;
import vn.vanban.view.PlanView;
import vn.vanban.view.PlanViews;
import vn.vanban.view.SpanView;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Báo cáo made of a plan and a progress file: its header, its sentences, its table, its warnings. */
class ReportsTest {

    static final Path SAMPLE = Path.of("..", "samples", "duc-pho-2024-6-thang-progress.yaml");
    private static final String NBSP = "\u00A0";

    /** The body as it is printed: each paragraph with its number, letter or dash. */
    static List<String> body(Plan document) {
        PlanView v = PlanViews.of(document);
        List<String> out = new ArrayList<>();
        v.basis().forEach(b -> out.add(text(b.spans())));
        lines(v.body(), out);
        out.add(text(v.closing()));
        return out;
    }

    private static void lines(List<NodeView> nodes, List<String> out) {
        for (NodeView n : nodes) {
            String own = n.title() != null ? n.title() : text(n.spans());
            out.add(n.label().isEmpty() ? own : n.label() + " " + own);
            lines(n.children(), out);
        }
    }

    private static String text(List<SpanView> spans) {
        return spans.stream().map(SpanView::text).collect(Collectors.joining()).replace(NBSP, " ");
    }

    /**
     * Each row of the report's table as printed, its cells joined by " | " (the first the STT), a
     * group row as "# title".
     */
    static List<String> table(Plan document) {
        PlanView.AppendixView table = PlanViews.of(document).appendices().get(0);
        assertEquals("STT", table.headers().get(0));
        List<String> out = new ArrayList<>();
        for (PlanView.RowView r : table.rows()) {
            out.add(r.group() != null ? "# " + r.group() : r.number()
                    + r.cells().stream().map(ReportsTest::text).collect(Collectors.joining(" | ")));
        }
        return out;
    }

    @Test
    void theSampleIsAReportAClerkWouldWrite() {
        Report report = Reports.read(SAMPLE);
        assertEquals(List.of(), report.warnings());
        Plan d = report.document();
        assertEquals(DocumentType.BAO_CAO, d.type());
        assertEquals("112/BC-UBND", PlanViews.of(d).numberSymbol());
        assertEquals(List.of("Địa chỉ: 01 Nguyễn Nghiêm, phường Nguyễn Nghiêm, thị xã Đức Phổ",
                "Điện thoại: 0255 3859 123; Thư điện tử: ubnd@ducpho.quangngai.gov.vn"), d.contact());
        assertEquals("Đức Phổ, ngày 02 tháng 7 năm 2024", PlanViews.of(d).placeDate());
        assertEquals("Kết quả thực hiện Kế hoạch số 45/KH-UBND ngày 15/3/2024 của Chủ tịch Ủy ban nhân dân thị xã Đức Phổ "
                + "06 tháng đầu năm 2024", d.summary());
        assertEquals(List.of(
                "Thực hiện Kế hoạch số 45/KH-UBND ngày 15/3/2024 truyền thông về hoạt động kiểm soát thủ tục hành chính "
                        + "năm 2024 trên địa bàn thị xã Đức Phổ, Chủ tịch Ủy ban nhân dân thị xã Đức Phổ báo cáo kết quả thực hiện "
                        + "06 tháng đầu năm 2024 như sau:",
                "I. KẾT QUẢ THỰC HIỆN",
                "1. Tình hình chung",
                "Kế hoạch đề ra 12 nhiệm vụ, trong đó 10 nhiệm vụ phải triển khai trong 06 tháng đầu năm 2024. Kết quả "
                        + "cụ thể như sau (chi tiết tại Phụ lục kèm theo):",
                "- Đã hoàn thành 05/12 nhiệm vụ, đạt 41,7 %.",
                "- Đang thực hiện 05 nhiệm vụ, trong đó 01 nhiệm vụ chậm tiến độ so với Kế hoạch.",
                "- Có 02 nhiệm vụ chưa đến thời gian thực hiện.",
                "2. Kết quả theo nhóm nhiệm vụ",
                "a) Công khai thủ tục hành chính và tuyên truyền trên các phương tiện thông tin: đã hoàn thành 02/04 "
                        + "nhiệm vụ, đang thực hiện 02 nhiệm vụ.",
                "- Phát thanh trên hệ thống loa truyền thanh cơ sở các quy định về tiếp nhận, xử lý phản ánh, kiến nghị "
                        + "về thủ tục hành chính: đã phát 02 đợt tin, bài trên hệ thống loa truyền thanh của 15/15 xã, phường.",
                "- Đưa tin, bài về kết quả giải quyết thủ tục hành chính và những điển hình tiên tiến trong thực thi công "
                        + "vụ: đã đăng 24 tin, bài trên Cổng thông tin điện tử thị xã, đạt chỉ tiêu cả năm.",
                "b) Tuyên truyền tại Bộ phận tiếp nhận và trả kết quả: đã hoàn thành 02/04 nhiệm vụ, đang thực hiện 02 "
                        + "nhiệm vụ.",
                "- In và cấp phát tờ rơi hướng dẫn thực hiện thủ tục hành chính, thủ tục hành chính trên môi trường điện "
                        + "tử: đã in và cấp phát 3.000 tờ rơi tại Bộ phận tiếp nhận và trả kết quả của thị xã và các xã, "
                        + "phường.",
                "- Niêm yết công khai số điện thoại, địa chỉ tiếp nhận phản ánh, kiến nghị về quy định hành chính tại Bộ "
                        + "phận tiếp nhận và trả kết quả: đã niêm yết tại Bộ phận tiếp nhận và trả kết quả của thị xã và 15/15 "
                        + "xã, phường.",
                "c) Tập huấn, hội thi và báo cáo: đã hoàn thành 01/04 nhiệm vụ, đang thực hiện 01 nhiệm vụ, 02 nhiệm vụ "
                        + "chưa đến thời gian thực hiện.",
                "- Tổ chức hội nghị tập huấn nghiệp vụ kiểm soát thủ tục hành chính cho cán bộ, công chức làm đầu mối "
                        + "kiểm soát thủ tục hành chính: đã tổ chức 01 hội nghị tập huấn cho 85 cán bộ, công chức đầu mối kiểm "
                        + "soát thủ tục hành chính.",
                "3. Nhiệm vụ chậm tiến độ",
                "- Xây dựng chuyên mục tuyên truyền về cải cách thủ tục hành chính, kiểm soát thủ tục hành chính trên "
                        + "sóng phát thanh thị xã (Quý II/2024): đang thực hiện. Đã phát sóng 03/06 số chuyên mục. Hệ thống "
                        + "phát thanh tạm ngừng trong tháng 5/2024 để sửa chữa; 03 số còn lại phát sóng trong tháng 7/2024.",
                "II. KHÓ KHĂN, VƯỚNG MẮC",
                "- Một số cơ quan, đơn vị, địa phương chưa quan tâm đúng mức đến công tác truyền thông về kiểm soát thủ "
                        + "tục hành chính; nội dung tuyên truyền có lúc chưa phong phú.",
                "- Tỷ lệ hồ sơ nộp trực tuyến còn thấp so với chỉ tiêu; nhiều người dân lớn tuổi chưa quen sử dụng dịch "
                        + "vụ công trực tuyến.",
                "- Kinh phí dành cho hoạt động truyền thông còn hạn chế.",
                "III. NHIỆM VỤ TRỌNG TÂM 06 THÁNG CUỐI NĂM 2024",
                "- Tiếp tục thực hiện 05 nhiệm vụ đang triển khai; triển khai 02 nhiệm vụ còn lại theo thời gian của Kế "
                        + "hoạch.",
                "- Tổ chức hội thi tìm hiểu về cải cách hành chính, kiểm soát thủ tục hành chính trong quý III năm 2024.",
                "- Đẩy mạnh hướng dẫn người dân, doanh nghiệp nộp hồ sơ và thanh toán trực tuyến trên Cổng Dịch vụ công "
                        + "quốc gia.",
                "- Khảo sát mức độ hài lòng của người dân, doanh nghiệp trong quý IV năm 2024.",
                "IV. ĐỀ XUẤT, KIẾN NGHỊ",
                "- Đề nghị Văn phòng UBND tỉnh tiếp tục tổ chức tập huấn nghiệp vụ kiểm soát thủ tục hành chính cho công "
                        + "chức cấp huyện, cấp xã.",
                "Trên đây là báo cáo kết quả thực hiện Kế hoạch số 45/KH-UBND 06 tháng đầu năm 2024 của Chủ tịch Ủy ban "
                        + "nhân dân thị xã Đức Phổ./."), body(d));
    }

    @Test
    void theSamplesTableListsTheTasksDueUnderThePlansGroupsWithThePlansNumbers() {
        Plan d = Reports.read(SAMPLE).document();
        assertEquals("KẾT QUẢ THỰC HIỆN NHIỆM VỤ 06 THÁNG ĐẦU NĂM 2024", PlanViews.of(d).appendices().get(0).title());
        assertEquals(List.of("STT", "Nội dung công việc", "Cơ quan chủ trì", "Thời gian thực hiện",
                "Tình hình thực hiện", "Kết quả, sản phẩm", "Ghi chú"), PlanViews.of(d).appendices().get(0).headers());
        List<String> rows = table(d);
        assertEquals(13, rows.size(), rows.toString());
        assertEquals("# Công khai thủ tục hành chính và tuyên truyền trên các phương tiện thông tin", rows.get(0));
        assertEquals("2 | Xây dựng chuyên mục tuyên truyền về cải cách thủ tục hành chính, kiểm soát thủ tục hành chính "
                + "trên sóng phát thanh thị xã | Trung tâm TT-VH-TT thị xã | Quý II/2024 | Đang thực hiện, chậm tiến độ | "
                + "Đã phát sóng 03/06 số chuyên mục | Hệ thống phát thanh tạm ngừng trong tháng 5/2024 để sửa chữa; 03 số "
                + "còn lại phát sóng trong tháng 7/2024", rows.get(2));
        assertEquals("# Tập huấn, hội thi và báo cáo", rows.get(10));
        // Rows 10 and 11 (quý III, quý IV) are not due: the table's tenth task keeps the plan's STT, 12,
        // as the progress file names it, so that the table is read beside the plan's (trial 6 §3).
        assertTrue(rows.get(11).startsWith("9 | "), rows.get(11));
        assertTrue(rows.get(12).startsWith("12 | Báo cáo kết quả thực hiện hoạt động truyền thông"), rows.get(12));
        assertTrue(rows.get(12).contains("| Hằng quý, 06 tháng và năm 2024 | Đang thực hiện |"), rows.get(12));
    }

    /**
     * Trial 6 §3: the report printed the plan's rows 29 and 31 as STT 24 and 26 once tasks not yet
     * due were left out, while the progress file and the warnings said 29 and 31.
     */
    @Test
    void eachTaskKeepsThePlansSttWithGapsWhereTasksNotYetDueAreLeftOut(@TempDir Path dir) throws Exception {
        String plan = PLAN.replace("when: Tháng 2/2024}", "when: Quý IV/2024}");
        Path progress = files(dir, plan, HEADER + """
                period: Quý I/2024
                rows:
                  - {row: 1, status: done}
                  - {row: 5, status: cancelled, note: Gộp vào hội nghị}
                """);
        Report report = Reports.read(progress);
        List<String> table = table(report.document());
        assertEquals(List.of("1", "3", "5"), table.stream().map(r -> r.split(" \\| ")[0]).toList(), table.toString());
        assertEquals("5 | Hội thi | Trước ngày 15/3/2024 | Không thực hiện |  | Gộp vào hội nghị", table.get(2));
        assertTrue(report.warnings().get(0).message().startsWith("row 3 "), report.warnings().toString());
    }

    /** Trial 6 §4: a result listed under its group said nothing without its task. */
    @Test
    void aTaskDoneIsListedUnderItsGroupByItsContentThenItsResult(@TempDir Path dir) throws Exception {
        String plan = PLAN.replace("      - {task: Rà soát", "      - group: Giám sát\n      - {task: Rà soát");
        Path progress = files(dir, plan, HEADER + """
                period: Quý I/2024
                rows:
                  - {row: 1, status: done, result: Không phát hiện ca bệnh nhập cảnh}
                  - {row: 2, status: done, result: Sở Y tế đã đăng 12 thủ tục.}
                """);
        List<String> body = body(Reports.read(progress).document());
        int group = body.indexOf("2. Kết quả theo nhóm nhiệm vụ");
        assertEquals(List.of("a) Giám sát: đã hoàn thành 02/05 nhiệm vụ, chưa thực hiện 02 nhiệm vụ, 01 nhiệm vụ chưa "
                        + "đến thời gian thực hiện.",
                "- Rà soát thủ tục hành chính: không phát hiện ca bệnh nhập cảnh.",
                "- Đăng tải thủ tục: Sở Y tế đã đăng 12 thủ tục."), body.subList(group + 1, group + 4));
    }

    /** A plan of its own in a folder of its own, with a progress file beside it. */
    static Path files(Path dir, String plan, String progress) throws Exception {
        Files.writeString(dir.resolve("plan.yaml"), plan);
        return Files.writeString(dir.resolve("progress.yaml"), progress);
    }

    static final String PLAN = """
            issuer: {name: Ủy ban nhân dân huyện Mộ Đức, abbreviation: UBND, place: Mộ Đức}
            number: 7
            date: 2024-01-10
            summary: Cải cách hành chính năm 2024
            body: [{paragraph: Nội dung.}]
            recipients: {to: [Văn phòng UBND tỉnh], archive: VT}
            signatory: {position: Chủ tịch, fullName: Nguyễn Văn An}
            appendices:
              - title: Danh mục
                columns:
                  - {key: task, header: Nhiệm vụ, width: 5}
                  - {key: when, header: Thời hạn, width: 2}
                rows:
                  - {task: Rà soát thủ tục hành chính, when: Quý I/2024}
                  - {task: Đăng tải thủ tục, when: Tháng 2/2024}
                  - {task: In tờ rơi, when: Khi có kinh phí}
                  - {task: Tập huấn, when: Quý III/2024}
                  - {task: Hội thi, when: Trước ngày 15/3/2024}
            """;

    static final String HEADER = """
            plan: {file: plan.yaml, columns: {content: task, time: when}}
            date: 2024-04-05
            signatory: {authority: KT, headTitle: Chủ tịch, position: Phó Chủ tịch, fullName: Lê Văn Bình}
            recipients: {to: [Văn phòng UBND tỉnh], archive: VT}
            difficulties: ['Không có khó khăn, vướng mắc.']
            nextSteps: [Tiếp tục thực hiện Kế hoạch]
            """;

    @Test
    void aCataloguesTotalRowIsNoTask(@TempDir Path dir) throws Exception {
        String columns = PLAN.lines().filter(l -> l.contains("{key: when")).findFirst().orElseThrow().replaceAll("-.*", "");
        String rows = PLAN.lines().filter(l -> l.contains("{task: Hội thi")).findFirst().orElseThrow().replaceAll("-.*", "");
        String plan = PLAN.replace("{key: when, header: Thời hạn, width: 2}",
                        "{key: when, header: Thời hạn, width: 2}\n" + columns + "- {key: cost, header: Kinh phí, width: 2, sum: true}")
                .replace("{task: Hội thi, when: Trước ngày 15/3/2024}",
                        "{task: Hội thi, when: Trước ngày 15/3/2024, cost: 5.000.000}\n" + rows + "- total: Tổng cộng");
        assertTrue(plan.contains("- total: Tổng cộng"), plan);
        Path progress = files(dir, plan, HEADER + """
                period: Quý I/2024
                rows:
                  - {row: 1, status: done}
                """);
        Report report = Reports.read(progress);
        assertEquals(List.of("1 | Rà soát thủ tục hành chính | Quý I/2024 | Hoàn thành |  | ",
                "2 | Đăng tải thủ tục | Tháng 2/2024 | Chưa thực hiện, chậm tiến độ |  | ",
                "3 | In tờ rơi | Khi có kinh phí | Chưa thực hiện |  | ",
                "5 | Hội thi | Trước ngày 15/3/2024 | Chưa thực hiện, chậm tiến độ |  | "), table(report.document()),
                "a report on a plan with a total row crashed (ClassCastException, trial 5)");
    }

    @Test
    void aCatalogueWithoutGroupsNothingDoneOneDroppedOneForgottenAndATimeUnread(@TempDir Path dir) throws Exception {
        Path progress = files(dir, PLAN, HEADER + """
                period: Quý I/2024
                rows:
                  - {row: 1, status: in-progress}
                  - {row: 2, status: not-started, note: Chờ phần mềm}
                  - {row: 5, status: cancelled, note: Gộp vào hội nghị tập huấn}
                """);
        Report report = Reports.read(progress);
        assertEquals(List.of(
                new Problem(dir.resolve("progress.yaml").toString(), 9, 3, "rows", "row 3 ('In tờ rơi', Khi có kinh phí) "
                        + "is due in quý I năm 2024 and has no entry; it is reported as not started"),
                new Problem(dir.resolve("plan.yaml").toString(), 16, 33, "appendices[0].rows[2].when", "the planned time "
                        + "'Khi có kinh phí' cannot be read; the report takes the task as due over the whole year 2024. "
                        + "Write it as 'Quý II/2024', 'Tháng 3/2024', 'Năm 2024', '6 tháng đầu năm', 'Hằng quý' or "
                        + "'Trước ngày 30/6/2024'")), report.warnings());
        List<String> body = body(report.document());
        assertEquals(List.of(
                "Kế hoạch đề ra 05 nhiệm vụ, trong đó 04 nhiệm vụ phải triển khai trong quý I năm 2024. Kết quả cụ thể "
                        + "như sau (chi tiết tại Phụ lục kèm theo):",
                "- Chưa có nhiệm vụ hoàn thành.",
                "- Đang thực hiện 01 nhiệm vụ, chậm tiến độ so với Kế hoạch.",
                "- Chưa thực hiện 02 nhiệm vụ, trong đó 01 nhiệm vụ chậm tiến độ so với Kế hoạch.",
                "- Không thực hiện 01 nhiệm vụ.",
                "- Có 01 nhiệm vụ chưa đến thời gian thực hiện."), body.subList(3, 9));
        // No groups, nothing done: no clause of groups or of tasks done; the late ones next.
        assertEquals(List.of("2. Nhiệm vụ chậm tiến độ",
                "- Rà soát thủ tục hành chính (Quý I/2024): đang thực hiện.",
                "- Đăng tải thủ tục (Tháng 2/2024): chưa thực hiện. Chờ phần mềm."), body.subList(9, 12));
        assertEquals(List.of("III. NHIỆM VỤ TRỌNG TÂM QUÝ II NĂM 2024",
                "- Tiếp tục thực hiện 01 nhiệm vụ đang triển khai; khẩn trương thực hiện 02 nhiệm vụ chưa triển khai; "
                        + "triển khai 01 nhiệm vụ còn lại theo thời gian của Kế hoạch.",
                "- Tiếp tục thực hiện Kế hoạch."), body.subList(14, 17));
        // The plan is its Chủ tịch's, who signed it in his own name; the report the committee's, signed KT.
        assertEquals("Thực hiện Kế hoạch số 07/KH-UBND ngày 10/01/2024 của Chủ tịch Ủy ban nhân dân huyện Mộ Đức cải "
                + "cách hành chính năm 2024, Ủy ban nhân dân huyện Mộ Đức báo cáo kết quả thực hiện quý I năm 2024 như "
                + "sau:", body.get(0));
        // The table: no lead column in this catalogue; the plan's headers; the unread row listed.
        assertEquals(List.of("STT", "Nhiệm vụ", "Thời hạn", "Tình hình thực hiện", "Kết quả, sản phẩm", "Ghi chú"),
                PlanViews.of(report.document()).appendices().get(0).headers());
        assertEquals(List.of("1 | Rà soát thủ tục hành chính | Quý I/2024 | Đang thực hiện, chậm tiến độ |  | ",
                "2 | Đăng tải thủ tục | Tháng 2/2024 | Chưa thực hiện, chậm tiến độ |  | Chờ phần mềm",
                "3 | In tờ rơi | Khi có kinh phí | Chưa thực hiện |  | ",
                "5 | Hội thi | Trước ngày 15/3/2024 | Không thực hiện |  | Gộp vào hội nghị tập huấn"),
                table(report.document()));
    }

    @Test
    void theYearsReportWithEverythingDoneByIdAndAnotherAgencysReport(@TempDir Path dir) throws Exception {
        String plan = PLAN.replace("{task: Rà soát", "{id: rs, task: Rà soát").replace("{task: Hội thi", "{id: ht, task: Hội thi");
        Path progress = files(dir, plan, HEADER.replace("fullName: Lê Văn Bình}", "fullName: Lê Văn Bình}\n"
                + "issuer: {name: Văn phòng HĐND và UBND huyện, abbreviation: VP, place: Mộ Đức}\n"
                + "parent: {name: Ủy ban nhân dân huyện Mộ Đức}").replace("date: 2024-04-05", "date: 2024-12-20") + """
                period: Năm 2024
                rows:
                  - {id: rs, status: done, result: Đã rà soát 120 thủ tục hành chính}
                  - {row: 2, status: done}
                  - {row: 3, status: done}
                  - {row: 4, status: done}
                  - {id: ht, status: done, result: "Đã tổ chức hội thi với 1.200 lượt tham gia;"}
                """);
        Report report = Reports.read(progress);
        Plan d = report.document();
        assertEquals("VP", d.issuer().abbreviation());
        assertEquals("Ủy ban nhân dân huyện Mộ Đức", d.parent().name());
        assertEquals("Kết quả thực hiện Kế hoạch số 07/KH-UBND ngày 10/01/2024 của Chủ tịch Ủy ban nhân dân huyện Mộ Đức "
                + "năm 2024",
                d.summary());
        List<String> body = body(d);
        assertEquals("Thực hiện Kế hoạch số 07/KH-UBND ngày 10/01/2024 của Chủ tịch Ủy ban nhân dân huyện Mộ Đức cải cách "
                + "hành chính năm 2024, Văn phòng HĐND và UBND huyện báo cáo kết quả thực hiện năm 2024 như sau:", body.get(0));
        assertEquals(List.of("Kế hoạch đề ra 05 nhiệm vụ, cả 05 nhiệm vụ đều phải triển khai trong năm 2024. Kết quả cụ "
                        + "thể như sau (chi tiết tại Phụ lục kèm theo):",
                "- Đã hoàn thành 05/05 nhiệm vụ, đạt 100 %.",
                "- Không có nhiệm vụ chậm tiến độ so với Kế hoạch.",
                "2. Các nhiệm vụ đã hoàn thành",
                "- Rà soát thủ tục hành chính: đã rà soát 120 thủ tục hành chính.",
                "- Đăng tải thủ tục: đã hoàn thành.",
                "- In tờ rơi: đã hoàn thành.",
                "- Tập huấn: đã hoàn thành.",
                "- Hội thi: đã tổ chức hội thi với 1.200 lượt tham gia;",
                "II. KHÓ KHĂN, VƯỚNG MẮC"), body.subList(3, 13));
        assertEquals("III. NHIỆM VỤ TRỌNG TÂM NĂM 2025", body.get(14));
        assertEquals("Trên đây là báo cáo kết quả thực hiện Kế hoạch số 07/KH-UBND năm 2024 của Văn phòng HĐND và UBND "
                + "huyện./.", body.get(body.size() - 1));
    }

    @Test
    void aReportOnADraftNeedsThePlansNumberAndDateAsIssued(@TempDir Path dir) throws Exception {
        String draft = PLAN.replace("number: 7\n", "").replace("date: 2024-01-10", "date: 2024");
        Path progress = files(dir, draft, HEADER.replace("plan: {file: plan.yaml,", "plan: {file: plan.yaml, number: 9, "
                + "date: 2024-01-12,") + "period: Quý I/2024\n");
        assertTrue(Reports.read(progress).document().summary()
                .startsWith("Kết quả thực hiện Kế hoạch số 09/KH-UBND ngày 12/01/2024 của"));
    }

    @Test
    void aLateTaskIsLateOnlyOnceItsTimeIsOverByTheReportsDate(@TempDir Path dir) throws Exception {
        String rows = "period: Quý I/2024\nrows:\n  - {row: 1, status: in-progress}\n";
        Path early = files(dir, PLAN, HEADER.replace("date: 2024-04-05", "date: 2024-03-25") + rows);
        assertEquals("Đang thực hiện", table(Reports.read(early).document()).get(0).split(" \\| ")[3]);
        Path after = files(dir, PLAN, HEADER + rows);
        assertEquals("Đang thực hiện, chậm tiến độ", table(Reports.read(after).document()).get(0).split(" \\| ")[3]);
    }

    @Test
    void aRoundOfATaskDoneAgainAndAgainIsLateWhenNotStartedAfterItsFirstQuarter(@TempDir Path dir) throws Exception {
        String plan = PLAN.replace("when: Quý I/2024}", "when: 'Hằng quý, 06 tháng và năm'}");
        Path progress = files(dir, plan, HEADER + "period: 6 tháng đầu năm 2024\nrows:\n"
                + "  - {row: 1, status: not-started}\n  - {row: 4, status: in-progress}\n");
        List<String> table = table(Reports.read(progress).document());
        assertTrue(table.get(0).contains("| Chưa thực hiện, chậm tiến độ |"), table.get(0));
        // Tập huấn (quý III) begun early: listed, in progress, not late.
        assertTrue(table.stream().anyMatch(r -> r.startsWith("4 | Tập huấn | Quý III/2024 | Đang thực hiện |")),
                table.toString());
    }

    @Test
    void problemsOfTheProgressFileComeBeforeThoseOfItsPlan(@TempDir Path dir) throws Exception {
        Path progress = files(dir, PLAN.replace("fullName: Nguyễn Văn An", "fullName: ''"), HEADER
                + "period: Quý V/2024\n");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Reports.read(progress));
        assertEquals(List.of(progress + ":7:9: period: expected a period of the plan's year: 'Quý I/2024' to 'Quý IV/2024',"
                        + " '6 tháng đầu năm 2024', '9 tháng đầu năm 2024' or 'Năm 2024', found 'Quý V/2024'",
                dir.resolve("plan.yaml") + ":7:43: signatory.fullName: expected text, found an empty string"),
                e.problems().stream().map(Problem::toString).toList());
    }

    @Test
    void aTextOfTheReportIsKeptAsWritten(@TempDir Path dir) throws Exception {
        Path progress = files(dir, PLAN, HEADER.replace("['Không có khó khăn, vướng mắc.']",
                "['<b>&amp; ${x} \"quoted\"']") + "period: Quý I/2024\nrows: [{row: 1, status: done, result: '<i>x</i>'}]\n");
        Plan d = Reports.read(progress).document();
        assertTrue(body(d).contains("- <b>&amp; ${x} \"quoted\"."), body(d).toString());
        assertEquals(Text.of("<i>x</i>"), ((CatalogueRow.Item) d.appendices().get(0).rows().get(0)).cells().get("result"));
    }

    /** A catalogue of {@code n} tasks of {@code time}, without groups. */
    static String catalogue(int n, String time) {
        StringBuilder plan = new StringBuilder(PLAN.substring(0, PLAN.indexOf("      - {task:")));
        for (int i = 1; i <= n; i++) {
            plan.append("      - {task: Nhiệm vụ số ").append(i).append(", when: '").append(time).append("'}\n");
        }
        return plan.toString();
    }

    @Test
    void aLongCatalogueIsLeftToTheTableAndItsForgottenRowsToldOnce(@TempDir Path dir) throws Exception {
        StringBuilder rows = new StringBuilder("period: Quý II/2024\nrows:\n");
        for (int i = 1; i <= 70; i++) {
            rows.append("  - {row: ").append(i).append(", status: ").append(i <= 5 ? "done" : "in-progress").append("}\n");
        }
        Report report = Reports.read(files(dir, catalogue(100, "Quý I/2024"), HEADER.replace("2024-04-05", "2024-07-01")
                + rows));
        List<String> body = body(report.document());
        int late = body.indexOf("3. Nhiệm vụ chậm tiến độ");
        assertEquals("Chi tiết tại Phụ lục kèm theo.", body.get(late + 1), body.toString());
        assertEquals("- Chưa thực hiện 30 nhiệm vụ, cả 30 nhiệm vụ đều chậm tiến độ so với Kế hoạch.", body.get(6));
        assertEquals(1, report.warnings().size(), report.warnings().toString());
        assertEquals("30 tasks due by the period's end (quý II năm 2024) have no entry: rows " + String.join(", ",
                java.util.stream.IntStream.rangeClosed(71, 100).mapToObj(Integer::toString).toList()) + "; they are "
                + "reported as not started", report.warnings().get(0).message());
        assertEquals(100, table(report.document()).size());
    }

    /**
     * Trial 6 §10: 20 warnings at the same line, one per due task without an entry. One says them
     * all, at the progress file's rows, the rows by their numbers, the first
     * {@value ProgressRules#FORGOTTEN_LISTED} of a file that forgot more.
     */
    @Test
    void theTasksDueWithoutAnEntryAreToldInOneWarningAtTheRows(@TempDir Path dir) throws Exception {
        Path progress = files(dir, PLAN, HEADER + """
                period: Quý I/2024
                rows:
                  - {row: 2, status: done}
                """);
        List<Problem> warnings = Reports.read(progress).warnings().stream()
                .filter(w -> w.path().equals("rows")).toList();
        assertEquals(List.of(new Problem(progress.toString(), 9, 3, "rows", "3 tasks due by the period's end (quý I năm "
                + "2024) have no entry: rows 1, 3, 5; they are reported as not started")), warnings);
        Path none = files(dir, catalogue(120, "Quý I/2024"), HEADER + "period: Quý I/2024\n");
        List<Problem> all = Reports.read(none).warnings();
        assertEquals(1, all.size(), all.toString());
        assertTrue(all.get(0).message().startsWith("120 tasks due by the period's end (quý I năm 2024) have no entry: "
                + "rows 1, 2, 3, "), all.get(0).message());
        assertTrue(all.get(0).message().endsWith(", 49, 50 and 70 more, from row 51 on; they are reported as not "
                + "started"), all.get(0).message());
    }

    @Test
    void aReportsOwnTextsAreBounded(@TempDir Path dir) throws Exception {
        String longText = "Kết quả rất dài. ".repeat(5_800);
        StringBuilder rows = new StringBuilder("period: Quý I/2024\nrows:\n");
        for (int i = 1; i <= 6; i++) {
            rows.append("  - {row: ").append(i).append(", status: done, result: '").append(longText).append("'}\n");
        }
        StringBuilder many = new StringBuilder("proposals:\n");
        for (int i = 0; i <= ProgressMapper.SENTENCES; i++) {
            many.append("  - Đề xuất ").append(i).append('\n');
        }
        Path progress = files(dir, catalogue(6, "Quý I/2024"), HEADER + rows + many);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Reports.read(progress));
        assertEquals(List.of("rows[5].result: the report's own texts hold more than 500000 characters from here on; a "
                        + "report needs far fewer",
                "proposals[200]: a report holds at most 200 sentences of proposals; say it in fewer"),
                e.problems().stream().map(p -> p.path() + ": " + p.message()).toList());
    }

    @Test
    void anOverLongTextIsToldAtItsFieldAsAProgressFilesNotAPlans(@TempDir Path dir) throws Exception {
        String huge = "x".repeat(100_001);
        Path yaml = files(dir, PLAN, HEADER + "period: Quý I/2024\nrows:\n  - {row: 1, status: done}\n"
                + "  - {row: 2, status: done, result: " + huge + "}\n");
        Files.writeString(dir.resolve("progress.json"), "{\"plan\": {\"file\": \"plan.yaml\"}, \"rows\": [{\"row\": 1}, "
                + "{\"row\": 2, \"result\": \"" + huge + "\"}]}");
        for (Path file : List.of(yaml, dir.resolve("progress.json"))) {
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> Reports.read(file));
            assertEquals(List.of("rows[1].result: a text is longer than 100000 characters; a progress file has no text "
                    + "that long"), e.problems().stream().map(p -> p.path() + ": " + p.message()).toList(), file.toString());
            assertTrue(e.problems().get(0).line() > 0 && e.problems().get(0).column() > 0, e.problems().toString());
        }
    }

    @Test
    void aTimeOfAnotherYearIsWarnedOfAndNotCountedLateAndATaskDoneAllTheTimeIsNeverLate(@TempDir Path dir)
            throws Exception {
        // A plan made by next-year that kept last year's quarter; a task done all the time.
        String plan = PLAN.replace("date: 2024-01-10", "date: 2025-01-10").replace("2024", "2025")
                .replace("when: Tháng 2/2025}", "when: Quý II/2024}").replace("when: Khi có kinh phí}", "when: Thường xuyên}")
                .replace("when: Trước ngày 15/3/2025}", "when: Trước ngày 15/01/2026}");
        Path progress = files(dir, plan, HEADER.replace("2024-04-05", "2026-01-05") + """
                period: Năm 2025
                rows:
                  - {row: 1, status: done}
                  - {row: 2, status: not-started}
                  - {row: 3, status: in-progress}
                  - {row: 4, status: done}
                  - {row: 5, status: done}
                """);
        Report report = Reports.read(progress);
        assertEquals(List.of(new Problem(dir.resolve("plan.yaml").toString(), 15, 40, "appendices[0].rows[1].when",
                "the planned time 'Quý II/2024' is in 2024, before the plan's year 2025; the report takes the task as "
                        + "due over the whole year 2025. Correct the year in the plan"),
                new Problem(dir.resolve("plan.yaml").toString(), 18, 31, "appendices[0].rows[4].when",
                "the planned time 'Trước ngày 15/01/2026' is in 2026, after the plan's year 2025: no report on 2025 "
                        + "counts the task as due. If it is meant for 2025, correct the year in the plan")),
                report.warnings());
        List<String> table = table(report.document());
        assertEquals("2 | Đăng tải thủ tục | Quý II/2024 | Chưa thực hiện, chậm tiến độ |  | ", table.get(1),
                "at the year's end the whole year is over: not done is late, and the warning says why");
        assertEquals("3 | In tờ rơi | Thường xuyên | Đang thực hiện |  | ", table.get(2));
        // In quý III, the task of the other year is not late (the plan's year is not over), nor is
        // the task done all the time in the year's report.
        Path q3 = files(dir, plan, HEADER.replace("2024-04-05", "2025-10-05") + "period: Quý III/2025\nrows:\n"
                + "  - {row: 2, status: not-started}\n  - {row: 3, status: in-progress}\n");
        List<String> q3table = table(Reports.read(q3).document());
        assertEquals("2 | Đăng tải thủ tục | Quý II/2024 | Chưa thực hiện |  | ", q3table.get(1));
        assertTrue(body(Reports.read(progress).document()).stream().noneMatch(l -> l.startsWith("- In tờ rơi")),
                "a task done all the time is not among the late");
    }

    @Test
    void lateIsJudgedAtTheReportsDateWhenItIsWrittenBeforeThePeriodEndsElseAtThePeriodsEnd(@TempDir Path dir)
            throws Exception {
        String plan = PLAN.replace("when: Quý III/2024}", "when: Tháng 12/2024}");
        String rows = "period: Năm 2024\nrows:\n  - {row: 4, status: in-progress}\n";
        Path december = files(dir, plan, HEADER.replace("2024-04-05", "2024-12-20") + rows);
        assertEquals("4 | Tập huấn | Tháng 12/2024 | Đang thực hiện |  | ", table(Reports.read(december).document()).get(3));
        Path january = files(dir, plan, HEADER.replace("2024-04-05", "2025-01-08") + rows);
        assertEquals("4 | Tập huấn | Tháng 12/2024 | Đang thực hiện, chậm tiến độ |  | ",
                table(Reports.read(january).document()).get(3));
    }
}
