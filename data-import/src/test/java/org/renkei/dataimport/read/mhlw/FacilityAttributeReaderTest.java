package org.renkei.dataimport.read.mhlw;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.renkei.dataimport.model.FacilityAttributes;
import org.renkei.dataimport.testutil.RecordingSink;
import org.renkei.dataimport.testutil.TestData;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FacilityAttributeReaderTest {
    @TempDir
    Path dir;

    @Test
    void readsTheSyntheticAttributes() throws Exception {
        RecordingSink sink = new RecordingSink();
        new FacilityAttributeReader().read(TestData.path("clinic_attributes_SYNTH.csv"), sink);
        assertEquals(2000, sink.attributes.size());
        assertEquals(List.of(), sink.problems);
        assertEquals(new FacilityAttributes("1391010114978", true, true, true), sink.attributes.get(0));
        assertEquals(new FacilityAttributes("1391010120059", false, true, true), sink.attributes.get(1));
        assertEquals(311, sink.attributes.stream().filter(FacilityAttributes::homeVisit).count());
        assertEquals(1713, sink.attributes.stream().filter(FacilityAttributes::acceptingNew).count());
        assertEquals(1071, sink.attributes.stream().filter(FacilityAttributes::barrierFree).count());
        assertEquals("", new FacilityAttributeReader().scope());
    }

    @Test
    void badValuesSkipTheRowWithAProblem() throws Exception {
        Path f = Files.writeString(dir.resolve("a.csv"), "ID,home_visit,accepting_new,barrier_free\n"
                + "1,1,0,1\n2,yes,1,1\n3,1,,0\n");
        RecordingSink sink = new RecordingSink();
        new FacilityAttributeReader().read(f, sink);
        assertEquals(List.of(new FacilityAttributes("1", true, false, true)), sink.attributes);
        assertEquals(List.of("home_visit", "accepting_new"),
                sink.problems.stream().map(p -> p.column()).toList());
        assertEquals(3, sink.problems.get(0).row());
    }
}
