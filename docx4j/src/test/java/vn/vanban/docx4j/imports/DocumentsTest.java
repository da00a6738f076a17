package vn.vanban.docx4j.imports;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The import's tests take the plans of {@code samples/} and no other document kept there: a
 * report's progress file, a decision or a letter would make them fail for a reason that is no
 * fault of the import.
 */
class DocumentsTest {

    @Test
    void onlyPlansAreTakenWhateverTheFilesAreCalled(@TempDir Path dir) throws Exception {
        String plan = Files.readString(Documents.SAMPLES.resolve("duc-pho-2024.yaml"));
        Files.writeString(dir.resolve("a-plan.yaml"), plan);
        Files.copy(Documents.SAMPLES.resolve("duc-pho-2024-6-thang-progress.yaml"), dir.resolve("b-6-thang-progress.yaml"));
        // Named like a plan, typed otherwise: only the type read in it tells.
        Files.writeString(dir.resolve("c-ke-hoach.yaml"), typed(plan, "quyet-dinh"));
        Files.writeString(dir.resolve("d-ke-hoach-2025.yaml"), typed(plan, "cong-van"));
        Files.writeString(dir.resolve("e-notes.txt"), "no data file");

        assertEquals(List.of(dir.resolve("a-plan.yaml")), Documents.plansIn(List.of(dir)).toList());
    }

    private static String typed(String plan, String type) {
        String typed = plan.replace("\ntype: ke-hoach\n", "\ntype: " + type + "\n");
        assertEquals(false, typed.equals(plan), "the sample names its type");
        return typed;
    }
}
