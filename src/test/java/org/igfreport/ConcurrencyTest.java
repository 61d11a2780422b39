package org.igfreport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * One validator shared by 8 threads over 10,000 validations of real reports in every format
 * gives exactly what one thread gives.
 */
class ConcurrencyTest {

    /** The reports, each with how many times in 100 validations it comes up (PDF and Word are the slow ones). */
    private static final Object[][] MIX = {
        {"seeds/000_b8681fb40b29323f.txt", 3}, {"seeds/001_f98a95b21a8e4a3a.txt", 3},
        {"seeds/002_ea2340172add3216.txt", 10}, {"seeds/003_04693b15ff054809.txt", 10},
        {"seeds/004_ff7a8bc56b674c53.txt", 10}, {"examples/shapes/bullets.txt", 5},
        {"examples/shapes/hard-wrapped.txt", 5}, {"examples/shapes/word-table.txt", 5},
        {"examples/shapes/utf16-bom.txt", 5}, {"examples/shapes/windows-1252.txt", 5},
        {"examples/shapes/report.md", 8}, {"src/it/compliant/reports/ws-community-networks.md", 4},
        {"examples/reports/compliant.yaml", 5}, {"examples/reports/defective.yaml", 5},
        {"examples/reports/compliant.json", 5}, {"examples/reports/defective.json", 5},
        {"examples/office/compliant.pdf", 1}, {"examples/office/defective.pdf", 1},
        {"examples/office/compliant.docx", 1}, {"examples/office/defective.docx", 1},
        {"examples/office/defective.txt", 3},
    };

    @Test
    void eightThreadsGiveExactlyWhatOneThreadGives() throws Exception {
        ReportValidator shared = ReportValidator.builder().build();
        List<String> names = new ArrayList<>();
        List<byte[]> contents = new ArrayList<>();
        List<Integer> schedule = new ArrayList<>();
        for (Object[] m : MIX) {
            names.add((String) m[0]);
            contents.add(read((String) m[0]));
        }
        for (int round = 0; schedule.size() < 10_000; round++) {
            for (int k = 0; k < MIX.length && schedule.size() < 10_000; k++) {
                if (round % 100 < (Integer) MIX[k][1]) {
                    schedule.add(k);
                }
            }
        }
        List<ReportResult> single = new ArrayList<>();
        for (int k = 0; k < names.size(); k++) {
            single.add(Pipeline.noInternalError(shared.validate(contents.get(k), names.get(k))));
        }

        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<ReportResult>> futures = new ArrayList<>(schedule.size());
            for (int k : schedule) {
                futures.add(pool.submit(() -> shared.validate(contents.get(k), names.get(k))));
            }
            for (int i = 0; i < schedule.size(); i++) {
                int k = schedule.get(i);
                assertThat(futures.get(i).get()).as("validation %d of %s", i, names.get(k)).isEqualTo(single.get(k));
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(schedule).hasSize(10_000);
        assertThat(schedule.stream().distinct().count()).isEqualTo(MIX.length);
    }

    private static byte[] read(String path) throws IOException {
        return Files.readAllBytes(Path.of(path));
    }
}
