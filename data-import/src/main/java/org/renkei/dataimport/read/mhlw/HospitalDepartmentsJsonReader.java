package org.renkei.dataimport.read.mhlw;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import org.renkei.dataimport.dept.DepartmentVocabulary;
import org.renkei.dataimport.model.DepartmentEntry;
import org.renkei.dataimport.read.DepartmentList;
import org.renkei.dataimport.read.FacilityFileReader;
import org.renkei.dataimport.read.ImportLimits;
import org.renkei.dataimport.read.ImportProblem;
import org.renkei.dataimport.read.ImportRejectedException;
import org.renkei.dataimport.read.ImportSink;
import org.renkei.dataimport.read.LimitTally;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import static org.renkei.dataimport.read.mhlw.MhlwColumns.SOURCE;

/**
 * Reads the helpmesearch Tokyo hospital JSON ({@code helpmesearch_mhlw20250601_hospital_tokyo_departments.json}):
 * an array of {@code {"id": ナビイ ID, "departments": [...], …}}, streamed. Only {@code id} and {@code departments}
 * are used (its {@code tel} holds the ID, its {@code city} is mis-parsed). The departments attach to the
 * facilities the helpmesearch / DERIVED hospital CSV imported ({@link DerivedHospitalReader}: same source, same
 * ID normalisation, same fragment handling, so both files give a hospital the same departments). A single entry
 * object instead of an array is read too. Problems name the entry by its 1-based index as the row and
 * {@value #COLUMN} as the column, and progress counts entries; bad JSON, another shape or an entry without
 * {@code id} rejects the file.
 */
public final class HospitalDepartmentsJsonReader implements FacilityFileReader {
    static final String ID = "id";
    static final String COLUMN = "departments";
    private static final JsonFactory JSON = new JsonFactory();
    private static final int PROGRESS_EVERY = 100;

    private final HelpmesearchDepartments departments;

    public HospitalDepartmentsJsonReader(DepartmentVocabulary vocabulary) {
        this.departments = new HelpmesearchDepartments(Objects.requireNonNull(vocabulary, "vocabulary"));
    }

    public static HospitalDepartmentsJsonReader bundled() {
        return new HospitalDepartmentsJsonReader(DepartmentVocabulary.bundled());
    }

    /**
     * Whether the file is JSON whose first entry (the top-level object, or the first element of the top-level
     * array) has both an {@code id} and a {@code departments} field. Only the head of the file is read; a syntax
     * error after both names were seen is left for {@link #read} to report.
     */
    public static boolean matches(Path file) {
        boolean id = false;
        boolean depts = false;
        try (JsonParser p = JSON.createParser(file.toFile())) {
            JsonToken t = p.nextToken();
            if (t == JsonToken.START_ARRAY) {
                t = p.nextToken();
            }
            if (t != JsonToken.START_OBJECT) {
                return false;
            }
            while (p.nextToken() == JsonToken.FIELD_NAME && !(id && depts)) {
                id |= ID.equals(p.currentName());
                depts |= COLUMN.equals(p.currentName());
                p.nextToken();
                p.skipChildren();
            }
        } catch (IOException e) {
            // not JSON, or broken before both names were seen
        }
        return id && depts;
    }

    @Override
    public Content content() {
        return Content.DEPARTMENTS;
    }

    @Override
    public String format() {
        return "mhlw-hospital-departments-json";
    }

    @Override
    public String source() {
        return SOURCE;
    }

    /** The scope of the facilities these departments belong to (the DERIVED list's); the file adds none. */
    @Override
    public String scope() {
        return "hospital-tokyo-derived";
    }

    @Override
    public void read(Path file, ImportSink sink) throws ImportRejectedException {
        String name = file.getFileName().toString();
        Set<String> seen = new HashSet<>();
        long entry = 0;
        ImportLimits limits = ImportLimits.current();
        limits.checkFileSize(file);
        LimitTally tally = limits.tally(name);
        try (JsonParser p = JSON.createParser(file.toFile())) {
            JsonToken t = p.nextToken();
            if (t == JsonToken.START_OBJECT) {
                entry(p, name, ++entry, seen, sink, tally);
            } else if (t == JsonToken.START_ARRAY) {
                for (t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
                    if (t != JsonToken.START_OBJECT) {
                        throw reject(name, entry + 1, "", (entry + 1) + " 件目が施設のオブジェクト（{\"id\": …, "
                                + "\"departments\": […]}）ではありません。");
                    }
                    entry(p, name, ++entry, seen, sink, tally);
                    if (entry % PROGRESS_EVERY == 0) {
                        sink.progress(entry);
                    }
                }
            } else {
                throw reject(name, 0, "", "JSON の配列（施設ごとの id と departments）ではありません。");
            }
            if (p.nextToken() != null) {
                throw reject(name, 0, "", "JSON の終わりの後に余分なデータがあります（"
                        + p.currentLocation().getLineNr() + " 行目）。");
            }
            sink.progress(entry);
        } catch (JsonProcessingException e) {
            String at = e.getLocation() == null ? ""
                    : e.getLocation().getLineNr() + " 行目 " + e.getLocation().getColumnNr() + " 文字目付近、";
            throw new ImportRejectedException(new ImportProblem(name, "", entry, "",
                    "JSON として読めません（" + at + Math.max(entry, 1) + " 件目の施設）。"), e);
        } catch (IOException e) {
            throw new ImportRejectedException(new ImportProblem(name, "", 0, "",
                    "ファイルを読めません: " + e.getMessage()), e);
        }
    }

    /** Reads one entry object (the parser is on its START_OBJECT) and hands its departments to the sink. */
    private void entry(JsonParser p, String name, long entry, Set<String> seen, ImportSink sink, LimitTally tally)
            throws IOException, ImportRejectedException {
        String id = null;
        List<String> labels = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken value = p.nextToken();
            if (ID.equals(field)) {
                if (value != JsonToken.VALUE_STRING && value != JsonToken.VALUE_NUMBER_INT) {
                    throw reject(name, entry, ID, entry + " 件目の id が文字列ではありません。");
                }
                id = Values.navId(tally.text("", entry, ID, p.getText()));
            } else if (COLUMN.equals(field)) {
                labels = labels(p, name, entry, value, tally);
            } else {
                p.skipChildren();
            }
        }
        tally.row("", entry, 1L + (labels == null ? 0 : labels.size()));
        if (id == null || id.isEmpty()) {
            throw reject(name, entry, ID, entry + " 件目の施設に id がありません。");
        }
        if (labels == null) {
            throw reject(name, entry, COLUMN, entry + " 件目の施設（ID「" + id + "」）に departments がありません。");
        }
        if (!seen.add(id)) {
            sink.problem(new ImportProblem(name, "", entry, ID,
                    "ID「" + id + "」が同じファイルに重複しています（2件目以降は無視しました）。"));
            return;
        }
        List<DepartmentEntry> entries = departments.entries(labels,
                label -> sink.problem(new ImportProblem(name, "", entry, COLUMN,
                        DepartmentList.unknownMessage(label))));
        if (entries.isEmpty()) {
            sink.problem(new ImportProblem(name, "", entry, COLUMN,
                    "ID「" + id + "」の診療科が空のため、この施設の診療科は変更しません。"));
            return;
        }
        sink.departments(SOURCE, id, entries);
    }

    private static List<String> labels(JsonParser p, String name, long entry, JsonToken value, LimitTally tally)
            throws IOException, ImportRejectedException {
        if (value != JsonToken.START_ARRAY) {
            throw reject(name, entry, COLUMN, entry + " 件目の departments が配列ではありません。");
        }
        List<String> labels = new ArrayList<>();
        for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
            if (t != JsonToken.VALUE_STRING) {
                throw reject(name, entry, COLUMN, entry + " 件目の departments に文字列でない値があります。");
            }
            tally.column("", entry, labels.size());
            labels.add(tally.text("", entry, COLUMN, p.getText()));
        }
        return labels;
    }

    private static ImportRejectedException reject(String name, long entry, String column, String message) {
        return new ImportRejectedException(new ImportProblem(name, "", entry, column, message));
    }
}
