package org.renkei.app.export.handout;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertTrue;

class HandoutSampleTest {
    @TempDir
    Path dir;

    @Test
    void writesPdfAndPng() throws Exception {
        SampleCase s = SampleCase.load(dir.resolve("db"));
        Handouts h = new Handouts(new HandoutBuilder(org.renkei.dataimport.dept.DepartmentVocabulary.bundled()),
                org.renkei.app.export.map.MapRenderer.bundled());
        Path out = Path.of("target/handout");
        Files.createDirectories(out);
        h.write(s.referral(), s.facilities(), SampleCase.OFFICE, LocalDate.of(2026, 11, 20), out.resolve("sample.png"));
        h.write(s.referral(), s.facilities(), SampleCase.OFFICE, LocalDate.of(2026, 11, 20), out.resolve("sample.pdf"));
        assertTrue(Files.size(out.resolve("sample.pdf")) > 0);
    }
}
