package org.renkei.app.importing;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.renkei.app.cli.TestFiles;
import org.renkei.app.store.Database;
import org.renkei.app.store.TestPassword;
import org.renkei.dataimport.geo.Geocoder;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The progress bar gets a real fraction: rows read over the file's estimated rows, never 100 % before commit. */
class ImportProgressTest {
    @Test
    void fileReportsGrowingFractionsBelowOne(@TempDir Path dir) throws Exception {
        List<Double> fractions = new ArrayList<>();
        List<Long> rows = new ArrayList<>();
        ImportListener capture = new ImportListener() {
            @Override
            public void rowsRead(long r, double fraction) {
                rows.add(r);
                fractions.add(fraction);
            }
        };
        Path csv = TestFiles.get("data/02-1_clinic_facility_info_SYNTH.csv");   // SYNTHETIC, 2,000 clinics
        try (Database db = Database.open(dir.resolve("db"), TestPassword.chars())) {
            ImportService service = new ImportService(db, Readers.standard(), Geocoder.bundled());
            service.importAll(List.of(csv), capture);
        }
        assertFalse(fractions.isEmpty());
        assertEquals(2_000, rows.get(rows.size() - 1));
        for (int i = 1; i < fractions.size(); i++) {
            assertTrue(fractions.get(i) >= fractions.get(i - 1), "fractions never go back");
        }
        assertEquals(0.5, fractions.get(rows.indexOf(1_000L)), 0.01, "half the rows read is half done");
        assertEquals(FractionListener.MAX_FRACTION, fractions.get(fractions.size() - 1), 1e-9);
    }

    @Test
    void unknownEstimatePassesTheReaderFractionThrough() {
        List<Double> seen = new ArrayList<>();
        ImportListener target = new ImportListener() {
            @Override
            public void rowsRead(long r, double fraction) {
                seen.add(fraction);
            }
        };
        assertTrue(FractionListener.of(target, -1) == target);
        FractionListener.of(target, 200).rowsRead(50, -1);
        FractionListener.of(target, 200).rowsRead(500, -1);
        assertEquals(List.of(0.25, FractionListener.MAX_FRACTION), seen);
    }
}
