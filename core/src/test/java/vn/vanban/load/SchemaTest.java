package vn.vanban.load;

import vn.vanban.common.Format;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import vn.vanban.model.Plan;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The JSON Schema is the one list of a plan's fields: the jar ships it and the reader takes its fields from it. */
class SchemaTest {

    static final String RESOURCE = "/vn/vanban/schema/plan.schema.json";
    static final Path REPO_COPY = Path.of("..", "schema", "plan.schema.json");

    private static JsonNode schema() throws Exception {
        try (InputStream in = SchemaTest.class.getResourceAsStream(RESOURCE)) {
            assertNotNull(in, "the jar must ship " + RESOURCE);
            return new ObjectMapper().readTree(in);
        }
    }

    @Test
    void theJarShipsTheRepositorysSchemaAsItIs() throws Exception {
        byte[] shipped;
        try (InputStream in = SchemaTest.class.getResourceAsStream(RESOURCE)) {
            assertNotNull(in, "the build copies " + REPO_COPY + " into the jar as " + RESOURCE);
            shipped = in.readAllBytes();
        }
        assertArrayEquals(Files.readAllBytes(REPO_COPY), shipped);
    }

    @Test
    void isDraft202012() throws Exception {
        assertEquals("https://json-schema.org/draft/2020-12/schema", schema().get("$schema").asText());
    }

    @Test
    void theReaderAcceptsTheFieldsOfEachKindInTheSchemasOrder() throws Exception {
        JsonNode defs = schema().get("$defs");
        Set<String> kinds = new TreeSet<>();
        for (Map.Entry<String, JsonNode> def : defs.properties()) {
            JsonNode properties = def.getValue().get("properties");
            if (properties != null) {
                kinds.add(def.getKey());
                List<String> names = new ArrayList<>();
                properties.fieldNames().forEachRemaining(names::add);
                assertEquals(names, PlanSchema.fields(def.getKey()), def.getKey());
            }
        }
        assertEquals(kinds, new TreeSet<>(PlanSchema.all().keySet()));
    }

    /** A field the schema lists and the reader does not map would be accepted and then lost. */
    @Test
    void aFieldAddedToTheSchemaAloneIsNotSilentlyAccepted() {
        // Every field of every kind, written once, must reach the model: the sample plus a few
        // optional fields it lacks cover them all, and the round trip keeps each.
        Plan plan = new PlanReader().read("""
                type: ke-hoach
                parent: {name: Tỉnh, abbreviation: T, place: P}
                issuer: {name: Ủy ban, abbreviation: UBND, place: Đức Phổ}
                number: 3
                symbol: KH-UBND
                date: 2024-03-15
                summary: Tóm tắt
                basis:
                  form: lines
                  lead: Căn cứ
                  citations: [{type: Luật, number: 1/2024/QH15, date: 2024, issuer: Quốc hội, subject: về x,
                               renewedYearly: true}, {name: Luật Đất đai, date: 2024, sameLine: true}]
                  proposal: {lead: Xét đề nghị của, by: Sở Tư pháp, document: {type: Tờ trình, number: 1/TTr-STP}}
                  issuing: Ban hành
                body:
                  - part: {title: Một, content: [{section: {title: Hai, content: [
                      {clause: {title: Ba, content: [{point: {text: Bốn, content: [{dash: Năm}]}}]}},
                      {clause: {text: [Sáu, {strong: Bảy}, {cite: {type: Luật}}, {money: 5, inWords: true},
                                       {appendix: tasks}, {note: Chín}]}},
                      {paragraph: Tám}]}}]}
                  - chapter: {title: Chương, content: [{section: {title: Mục, content: [
                      {article: {title: Điều, content: [{clause: Khoản}]}}, {article: {text: Điều hai}}]}}]}
                closing: Kết
                recipients: {to: [A], archive: VT, drafter: Sonnh, copies: 5, drafterOwnLine: true}
                signatory: {authority: KT, collective: Ủy ban, headTitle: Chủ tịch, position: Phó, fullName: Lý}
                appendices:
                  - {id: tasks, title: Danh mục, orientation: portrait, numbered: false,
                     columns: [{key: content, header: Nội dung, width: 2},
                               {key: amount, header: Kinh phí, sum: true, align: center}],
                     rows: [{group: Nhóm}, {content: Việc, amount: "1.500"}, {total: Tổng cộng}]}
                numbering: {parts: words, clauses: decimal, appendices: arabic}
                issuedBy: Ủy ban nhân dân tỉnh
                contact: ["Địa chỉ: 01 Nguyễn Nghiêm", "Điện thoại: 0255 3859 123"]
                """, "all-fields.yaml", Format.YAML);
        // What one plan cannot hold at once: the inline form's fields.
        Plan inline = new PlanReader().read("""
                issuer: {name: Ủy ban, abbreviation: UBND, place: Đức Phổ}
                date: 2024
                summary: Tóm tắt
                basis: {lead: Thực hiện, citations: [{type: Luật}], issuing: Ban hành, newSentence: true}
                recipients: {archive: VT}
                signatory: {position: Chủ tịch, fullName: Lý}
                """, "inline.yaml", Format.YAML);
        // A decision with the text it issues, and a letter citing the plan it sends by its file.
        Plan decision = new PlanReader().read("""
                type: quyet-dinh
                issuer: {name: Ủy ban, abbreviation: UBND, place: Đức Phổ}
                date: 2024
                summary: Ban hành Quy chế
                authority: Chủ tịch Ủy ban
                recipients: {archive: VT}
                signatory: {position: Chủ tịch, fullName: Lý}
                attached: {type: quy-che, summary: Làm việc, body: [{article: Phạm vi}], closing: Kết,
                           reference: issued, numbering: decimal,
                           appendices: [{title: Danh mục, columns: [{key: a, header: A}]}],
                           basis: {lead: Thực hiện, citations: [{type: Luật}], issuing: Ban hành}}
                """, "decision.yaml", Format.YAML);
        Plan letter = new PlanReader().read("""
                type: cong-van
                issuer: {name: Ủy ban, abbreviation: UBND, place: Đức Phổ}
                symbol: UBND-VP
                date: 2024
                summary: Triển khai
                addressees: [Các xã]
                body: [{paragraph: [{cite: {file: src/test/resources/plans/second-plan.yaml}}]}]
                recipients: {archive: VT}
                signatory: {position: Chủ tịch, fullName: Lý}
                """, "letter.yaml", Format.YAML);
        String written = new PlanWriter().write(plan, Format.YAML) + new PlanWriter().write(inline, Format.YAML)
                + new PlanWriter().write(decision, Format.YAML) + new PlanWriter().write(letter, Format.YAML);
        for (Map.Entry<String, List<String>> kind : PlanSchema.all().entrySet()) {
            for (String field : kind.getValue()) {
                assertTrue(written.contains(field + ":"), kind.getKey() + "." + field + " is read and written back");
            }
        }
    }

    @Test
    void everyObjectIsClosed() throws Exception {
        checkClosed(schema(), "#");
    }

    /** additionalProperties is false wherever properties are listed, and objects are described. */
    private static void checkClosed(JsonNode node, String where) {
        if (node.isObject()) {
            if (node.has("properties")) {
                JsonNode additional = node.get("additionalProperties");
                assertTrue(additional != null && additional.isBoolean() && !additional.asBoolean(),
                        where + " must set additionalProperties: false");
            }
            if (node.has("properties") || "object".equals(node.path("type").asText())) {
                assertTrue(node.has("description"), where + " needs a description");
            }
            // An "if" only tests a field's value; it describes no object of its own.
            node.properties().forEach(e -> {
                if (!e.getKey().equals("if")) {
                    checkClosed(e.getValue(), where + "/" + e.getKey());
                }
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                checkClosed(node.get(i), where + "/" + i);
            }
        }
    }
}
