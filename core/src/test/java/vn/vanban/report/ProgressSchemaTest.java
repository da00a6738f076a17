package vn.vanban.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The progress file's JSON Schema is the one list of its fields, shipped in the jar beside the plan's. */
class ProgressSchemaTest {

    static final String RESOURCE = "/" + ProgressMapper.SCHEMA_RESOURCE;

    @Test
    void theJarShipsTheRepositorysSchemaAsItIs() throws Exception {
        try (InputStream in = ProgressSchemaTest.class.getResourceAsStream(RESOURCE)) {
            assertNotNull(in, "the build copies schema/progress.schema.json into the jar");
            assertArrayEquals(Files.readAllBytes(Path.of("..", "schema", "progress.schema.json")), in.readAllBytes());
        }
    }

    @Test
    void theReaderAcceptsTheFieldsOfEachKindInTheSchemasOrderAndRefersToThePlansForTheHeader() throws Exception {
        JsonNode schema;
        try (InputStream in = ProgressSchemaTest.class.getResourceAsStream(RESOURCE)) {
            schema = new ObjectMapper().readTree(in);
        }
        assertEquals("https://json-schema.org/draft/2020-12/schema", schema.get("$schema").asText());
        for (Map.Entry<String, JsonNode> def : schema.get("$defs").properties()) {
            JsonNode properties = def.getValue().get("properties");
            if (properties != null) {
                List<String> names = new ArrayList<>();
                properties.fieldNames().forEachRemaining(names::add);
                assertEquals(names, ProgressMapper.fields(def.getKey()), def.getKey());
                assertEquals(false, def.getValue().get("additionalProperties").asBoolean(true), def.getKey());
                assertTrue(def.getValue().has("description"), def.getKey());
            }
        }
        JsonNode progress = schema.get("$defs").get("progress").get("properties");
        for (String header : List.of("issuer", "parent", "date", "signatory", "recipients", "addressees", "contact")) {
            assertTrue(progress.get(header).get("$ref").asText().startsWith("plan.schema.json#/$defs/"), header);
        }
    }

    /** Every field of every kind, written once, reaches the report. */
    @Test
    void everyFieldIsRead(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        String plan = ReportsTest.PLAN.replace("{task: Rà soát", "{id: rs, task: Rà soát")
                .replace("      - {key: when,", "      - {key: who, header: Cơ quan chủ trì, width: 2}\n      - {key: when,")
                .replace("task: Rà soát thủ tục hành chính,", "task: Rà soát thủ tục hành chính, who: Văn phòng,");
        Path progress = ReportsTest.files(dir, plan, """
                plan: {file: plan.yaml, number: 7, date: 2024-01-10, appendix: 1, columns: {content: task, lead: who, time: when}}
                period: Quý I/2024
                parent: {name: Ủy ban nhân dân huyện Mộ Đức}
                issuer: {name: Văn phòng HĐND và UBND huyện, abbreviation: VP, place: Mộ Đức}
                number: 3
                date: 2024-04-02
                signatory: {position: Chánh Văn phòng, fullName: Trần Thị Cúc}
                recipients: {to: [Chủ tịch UBND huyện], archive: VT}
                addressees: [Thường trực Huyện ủy]
                rows:
                  - {id: rs, status: in-progress, result: Đã rà soát 40 thủ tục, note: Còn 80 thủ tục}
                  - {row: 2, status: done}
                difficulties: [Ít người.]
                proposals: [Thêm người.]
                nextSteps: [Rà soát tiếp.]
                """);
        Report r = Reports.read(progress);
        String all = String.join("\n", ReportsTest.body(r.document())) + "\n" + String.join("\n",
                ReportsTest.table(r.document()));
        for (String word : List.of("Văn phòng HĐND và UBND huyện báo cáo", "07/KH-UBND ngày 10/01/2024", "quý I năm 2024",
                "Đã rà soát 40 thủ tục", "Còn 80 thủ tục", "| Văn phòng |", "Ít người.", "Thêm người.", "Rà soát tiếp.",
                "Đăng tải thủ tục: đã hoàn thành.")) {
            assertTrue(all.contains(word), word + " in\n" + all);
        }
        assertEquals("Ủy ban nhân dân huyện Mộ Đức", r.document().parent().name());
        assertEquals(3, r.document().number());
        assertEquals("Trần Thị Cúc", r.document().signatory().fullName());
        assertEquals(List.of("Chủ tịch UBND huyện"), r.document().recipients().to());
        assertEquals(List.of("Thường trực Huyện ủy"), r.document().addressees());
    }
}
