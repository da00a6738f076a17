package vn.vanban.yearly;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.vanban.common.Format;
import vn.vanban.load.PlanReader;
import vn.vanban.model.Plan;

import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Trial 5 §3: next-year moved numbers that merely equal the year — an amount in a summed column,
 * a quantity, "2025 nghìn đồng", "2025 tờ rơi", a phone number — unflagged. A number moves only
 * where it is written as a year: after "năm", or as the year of a period "Quý II/2025".
 */
class NumbersEqualToTheYearTest {

    private static final String CHECK = ", a number equal to the year, not written as one "
            + "(\"năm 2025\", \"Quý I/2025\"): check it";

    /** The trial's ny2.yaml, as the user wrote it. */
    private static final String NY2 = """
            type: ke-hoach
            issuer: {name: Ủy ban nhân dân xã Tam Quang, abbreviation: UBND, place: Tam Quang}
            number: 45
            date: 2025-03-15
            summary: Phổ biến, giáo dục pháp luật năm 2025
            body:
              - section:
                  title: Kinh phí
                  content:
                    - paragraph: ["Tổng kinh phí: ", {money: 2025000, inWords: true}, "; trong đó 2025 nghìn đồng năm 2025."]
                    - paragraph: "Số lượng: 2025 tờ rơi, 2.025 cuốn sách; điện thoại 0235 2025 123; mã số 2025."
                    - paragraph: "Tổ chức 5 hội nghị năm 2025 theo Luật Ngân sách nhà nước năm 2025 và Nghị định số 12/2025/NĐ-CP."
            closing: Yêu cầu thực hiện
            recipients: {to: [Văn phòng UBND huyện], archive: VT}
            signatory: {authority: none, position: Chủ tịch, fullName: Nguyễn Văn A}
            contact: ["Điện thoại: 0235 3 2025; thư điện tử: ubnd2025@quangnam.gov.vn"]
            appendices:
              - title: Dự toán
                numbered: true
                columns:
                  - {key: content, header: Nội dung, width: 5}
                  - {key: amount, header: Kinh phí (nghìn đồng), width: 2, sum: true}
                  - {key: qty, header: Số lượng, width: 2}
                rows:
                  - {content: In tờ rơi, amount: 2025, qty: 2025}
                  - {content: Hội nghị, amount: 12025, qty: 1}
                  - total: Tổng cộng
            """;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            ; trong đó 2025 nghìn đồng năm 2025.                                              | ; trong đó 2025 nghìn đồng năm 2026.                                              | đó 2025 nghìn
            Số lượng: 2025 tờ rơi, 2.025 cuốn sách; điện thoại 0235 2025 123; mã số 2025.     | Số lượng: 2025 tờ rơi, 2.025 cuốn sách; điện thoại 0235 2025 123; mã số 2025.     | lượng: 2025 tờ
            Năm 2025 tổ chức 2025 lượt tuyên truyền, đạt 100 %.                               | Năm 2026 tổ chức 2025 lượt tuyên truyền, đạt 100 %.                               | chức 2025 lượt
            2025                                                                              | 2025                                                                              | 2025
            Thời gian 2025                                                                    | Thời gian 2025                                                                    | gian 2025
            """)
    void aNumberNotWrittenAsAYearIsKeptAndFlagged(String before, String after, String words) {
        YearsInText.Reading r = YearsInText.read(before, 2025, 2026, false);

        assertEquals(after, r.text());
        assertEquals("in \"" + words + "\"" + CHECK, r.kept().get(0));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Năm 2025                       | Năm 2026
            NĂM 2025                       | NĂM 2026
            kế hoạch năm 2025.             | kế hoạch năm 2026.
            6 tháng đầu năm 2025           | 6 tháng đầu năm 2026
            Quý II/2025                    | Quý II/2026
            quý iv/2025                    | quý iv/2026
            tháng 3/2025                   | tháng 3/2026
            Từ 01/2025 đến 12/2025         | Từ 01/2026 đến 12/2026
            """)
    void aYearWrittenAsOneMoves(String before, String after) {
        assertEquals(after, YearsInText.replaceYear(before, 2025, 2026));
    }

    @Test
    void aNoBreakSpaceAfterNamIsStillTheYear() {
        assertEquals("năm\u00A02026", YearsInText.replaceYear("năm\u00A02025", 2025, 2026));
    }

    @Test
    void theTrialsAmountsQuantitiesAndPhoneNumberStayAndAreFlagged() {
        Plan plan = new PlanReader().read(NY2, "ny2.yaml", Format.YAML);

        NextYear.Result r = NextYear.of(plan);

        assertEquals("""
                number: 45 → (blank)
                date: 2025-03-15 → 2026
                summary: Phổ biến, giáo dục pháp luật năm 2025 → Phổ biến, giáo dục pháp luật năm 2026
                body[0].section.content[0].paragraph[2]: ; trong đó 2025 nghìn đồng năm 2025. → ; trong đó 2025 nghìn \
                đồng năm 2026.
                body[0].section.content[0].paragraph[2]: FLAG 2025 kept in "đó 2025 nghìn"%1$s: ; trong đó 2025 nghìn \
                đồng năm 2026.
                body[0].section.content[1].paragraph: FLAG 2025 kept in "lượng: 2025 tờ"%1$s; in "0235 2025 123"%1$s; \
                in "số 2025"%1$s: Số lượng: 2025 tờ rơi, 2.025 cuốn sách; điện thoại 0235 2025 123; mã số 2025.
                body[0].section.content[2].paragraph: Tổ chức 5 hội nghị năm 2025 theo Luật Ngân sách nhà nước năm 2025 \
                và Nghị định số 12/2025/NĐ-CP. → Tổ chức 5 hội nghị năm 2026 theo Luật Ngân sách nhà nước năm 2025 và \
                Nghị định số 12/2025/NĐ-CP.
                body[0].section.content[2].paragraph: FLAG 2025 kept in the law's name "Luật Ngân sách nhà nước năm \
                2025"; in the citation "số 12/2025/NĐ-CP", whose years are the cited document's: Tổ chức 5 hội nghị \
                năm 2026 theo Luật Ngân sách nhà nước năm 2025 và Nghị định số 12/2025/NĐ-CP.
                appendices[0].rows[0].amount: FLAG 2025 kept in "2025"%1$s: 2025
                appendices[0].rows[0].qty: FLAG 2025 kept in "2025"%1$s: 2025""".formatted(CHECK), lines(r));
        String edited = SourceRewrite.yaml(NY2, r, 2025).orElseThrow();
        assertEquals(NY2.replace("number: 45\n", "").replace("date: 2025-03-15", "date: 2026")
                .replace("pháp luật năm 2025\n", "pháp luật năm 2026\n")
                .replace("nghìn đồng năm 2025.", "nghìn đồng năm 2026.")
                .replace("Tổ chức 5 hội nghị năm 2025", "Tổ chức 5 hội nghị năm 2026"), edited);
    }

    /** Whatever stands around it, the year moves only after "năm" or a month's or quarter's "/". */
    @Property
    void onlyAYearWrittenAsOneEverMoves(@ForAll("texts") String text) {
        String after = YearsInText.replaceYear(text, 2025, 2026);

        assertEquals(text.length(), after.length());
        for (int i = after.indexOf("2026"); i >= 0; i = after.indexOf("2026", i + 1)) {
            if (!text.startsWith("2026", i)) {
                String before = text.substring(Math.max(0, i - 8), i);
                assertTrue(WRITTEN.matcher(before).find(), () -> "moved after \"" + before + "\" in " + text);
            }
        }
    }

    private static final Pattern WRITTEN = Pattern.compile("(?iu)(năm[\\s\u00A0]{1,3}|(?:\\d|[ivx])/)$");

    /** Years among digits, spaces of any kind, slashes, dots, and the words and marks around years. */
    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> piece = Arbitraries.of("2025", "2025", "năm ", "Năm\u00A0", "NĂM", "Quý II/", "/", ".", "-",
                " ", "\u00A0", "0", "12", "tờ rơi", "ngày ", "số ", "(", ")", ", ", "; ", "và ", "đến ", "Luật A ",
                "từ ", "tháng ", "2026", "X");
        return piece.list().ofMaxSize(14).map(l -> String.join("", l));
    }

    private static String lines(NextYear.Result r) {
        return r.review().stream().map(Object::toString).collect(Collectors.joining("\n"));
    }
}
