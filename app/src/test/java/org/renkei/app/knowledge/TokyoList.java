package org.renkei.app.knowledge;

import org.renkei.app.cli.TestFiles;
import org.renkei.app.importing.FileReport;
import org.renkei.app.importing.ImportListener;
import org.renkei.app.importing.ImportService;
import org.renkei.app.importing.Readers;
import org.renkei.app.store.Database;
import org.renkei.dataimport.geo.Geocoder;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The real list of 583 Tokyo hospitals (DERIVED from MHLW open data) and changed copies of it, imported for real. */
final class TokyoList {
    static final Path FILE = TestFiles.get("data/tokyo_hospitals_mhlw20250601_with_departments_DERIVED.csv");
    static final String SOURCE = "mhlw-navii";
    /** 宮内庁病院 (内科 外科 産婦人科 眼科 …), 九段坂病院, 東京警察病院: the first three rows. */
    static final String KUNAICHO = "1311130100110";
    static final String KUDANZAKA = "1311130100240";
    static final String KEISATSU = "1311130100370";

    private TokyoList() {
    }

    static FileReport importFile(Database db, Path file) throws Exception {
        return new ImportService(db, Readers.standard(), Geocoder.bundled()).importFile(
                new ImportService.Planned(file, Readers.standard().resolve(file)), ImportListener.NONE);
    }

    /**
     * A copy of the list (same file name, in {@code dir}) where the row with key {@code renamed} gets a new name and
     * only 内科 as departments, and the row with key {@code dropped} is gone.
     */
    static Path changed(Path dir, String renamed, String dropped) throws Exception {
        List<String> out = new ArrayList<>();
        for (String line : Files.readAllLines(FILE, StandardCharsets.UTF_8)) {
            if (line.startsWith(dropped + ",")) {
                continue;
            }
            if (line.startsWith(renamed + ",")) {
                String[] cells = line.split(",", -1);
                cells[1] = cells[1] + "（改称）";
                cells[cells.length - 1] = "内科";
                line = String.join(",", cells);
            }
            out.add(line);
        }
        Files.createDirectories(dir);
        return Files.write(dir.resolve(FILE.getFileName()), out, StandardCharsets.UTF_8);
    }
}
