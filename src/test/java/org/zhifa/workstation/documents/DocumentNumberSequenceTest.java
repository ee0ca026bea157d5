package org.zhifa.workstation.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhifa.workstation.store.DocumentRepository;

/** R37 at the store: one sequence per authority, 文书代字 and year; no duplicates under concurrency; no gaps on failure. */
class DocumentNumberSequenceTest {
    @TempDir
    static Path dir;
    static DocumentsFixture fixture;
    static DocumentRepository repo;

    @BeforeAll
    static void open() {
        fixture = DocumentsFixture.open(dir);
        repo = new DocumentRepository(fixture.stores().reference());
    }

    @AfterAll
    static void close() {
        fixture.close();
    }

    private int allocate(String authority, String code, int year) {
        return fixture.database().transaction(tx -> repo.allocateNumber(tx, authority, code, year));
    }

    @Test
    void sequencesAreSeparatePerAuthorityCodeAndYear() {
        assertThat(allocate("BADU", "测甲", 2030)).isEqualTo(1);
        assertThat(allocate("BADU", "测甲", 2030)).isEqualTo(2);
        assertThat(allocate("BADU", "测乙", 2030)).isEqualTo(1);
        assertThat(allocate("BADU", "测甲", 2031)).isEqualTo(1);
        assertThat(allocate("LQZF", "测甲", 2030)).isEqualTo(1);
        assertThat(allocate("BADU", "测甲", 2030)).isEqualTo(3);
    }

    @Test
    void aRolledBackTransactionLeavesNoGap() {
        assertThat(allocate("BADU", "测丙", 2030)).isEqualTo(1);
        try {
            fixture.database().transaction(tx -> {
                repo.allocateNumber(tx, "BADU", "测丙", 2030);
                throw new IllegalStateException("rendering failed");
            });
        } catch (IllegalStateException expected) {
            // the allocation is rolled back with it
        }
        assertThat(allocate("BADU", "测丙", 2030)).isEqualTo(2);
    }

    @Test
    void fiftyAllocationsFromFourThreadsHaveNoDuplicateAndNoGap() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> futures = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                futures.add(pool.submit(() -> allocate("BADU", "测并", 2030)));
            }
            List<Integer> got = new ArrayList<>();
            for (Future<Integer> f : futures) {
                got.add(f.get());
            }
            Collections.sort(got);
            List<Integer> expected = new ArrayList<>();
            for (int i = 1; i <= 50; i++) {
                expected.add(i);
            }
            assertThat(got).isEqualTo(expected);
            int last = fixture.database().read(tx -> repo.lastNumber(tx, "BADU", "测并", 2030));
            assertThat(last).isEqualTo(50);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theNumberIsWrittenInTheStyleOfTheSettings() {
        var authority = fixture.workstation().referenceData().authorities().stream()
                .filter(a -> a.code().equals("BADU")).findFirst().orElseThrow();
        assertThat(DocumentNumbers.format(authority, "罚决", 2025, 15,
                org.zhifa.workstation.domain.settings.DocumentNumberStyle.defaults())).isEqualTo("八都镇综执罚决〔2025〕15号");
        assertThat(DocumentNumbers.format(authority, "罚决", 2025, 15,
                new org.zhifa.workstation.domain.settings.DocumentNumberStyle(true, 3))).isEqualTo("八都镇综执罚决〔2025〕第015号");
    }
}
