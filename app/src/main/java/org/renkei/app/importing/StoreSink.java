package org.renkei.app.importing;

import org.renkei.app.domain.FacilityStatus;
import org.renkei.app.store.DepartmentRepository;
import org.renkei.app.store.FacilityRepository;
import org.renkei.app.store.FacilityRepository.StoredKey;
import org.renkei.dataimport.geo.GeocodeResult;
import org.renkei.dataimport.geo.Geocoder;
import org.renkei.dataimport.model.DepartmentEntry;
import org.renkei.dataimport.model.FacilityAttributes;
import org.renkei.dataimport.model.FacilityRecord;
import org.renkei.dataimport.read.FacilityFileReader;
import org.renkei.dataimport.read.ImportProblem;
import org.renkei.dataimport.read.ImportSink;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Writes what a reader finds into the store, inside the caller's transaction, and counts what changed. */
final class StoreSink implements ImportSink {
    static final int MAX_PROBLEMS = 10_000;

    private final Connection c;
    private final FacilityRepository facilities;
    private final DepartmentRepository departments;
    private final Geocoder geocoder;
    private final String fileName;
    private final FacilityFileReader reader;
    private final long batchId;
    private final LocalDateTime now;
    private final ImportListener listener;
    private final Map<String, Map<String, StoredKey>> keysBySource = new HashMap<>();
    private final Set<String> seen = new HashSet<>();
    /** Unchanged facilities still to be marked as seen in this batch; written at once by {@link #finish()}. */
    private final List<Long> untouched = new ArrayList<>();
    /** Facilities added or changed by this file: the linker compares these. */
    final Set<Long> touched = new java.util.LinkedHashSet<>();
    final List<ImportProblem> problems = new ArrayList<>();
    int added;
    int updated;
    int unchanged;
    int facilityRows;
    int droppedProblems;
    long rows;
    /** Active facilities of the reader's source stored before this file (-1: not read), and how many it listed. */
    private int activeBefore = -1;
    private int activeSeen;

    StoreSink(Connection c, FacilityRepository facilities, DepartmentRepository departments, Geocoder geocoder,
              String fileName, FacilityFileReader reader, long batchId, LocalDateTime now, ImportListener listener) {
        this.c = c;
        this.facilities = facilities;
        this.departments = departments;
        this.geocoder = geocoder;
        this.fileName = fileName;
        this.reader = reader;
        this.batchId = batchId;
        this.now = now;
        this.listener = listener;
    }

    @Override
    public void facility(FacilityRecord record) {
        facility(record, "", 0);
    }

    @Override
    public void facility(FacilityRecord record, String sheet, long row) {
        facilityRows++;
        checkCancelled();
        if (!seen.add(record.source() + '\u001f' + record.sourceKey())) {
            problem(new ImportProblem(fileName, sheet, row, "ID",
                    "ID「" + record.sourceKey() + "」が同じファイルに重複しています（2件目以降は無視しました）。"));
            return;
        }
        if (record.sourceKey().length() > FieldLimits.KEY) {
            problem(new ImportProblem(fileName, sheet, row, "ID", "ID が長すぎます（" + record.sourceKey().length()
                    + " 文字、上限 " + FieldLimits.KEY + " 文字）。この行は取り込みません。"));
            return;
        }
        FacilityRecord r = locate(FieldLimits.fit(record, fileName, sheet, row, this::problem), sheet, row);
        String hash = ContentHash.of(r);
        String deptHash = ContentHash.of(r.departments());
        try {
            Map<String, StoredKey> keys = keys(r.source());
            StoredKey stored = keys.get(r.sourceKey());
            if (stored == null) {
                long id = facilities.insert(c, r, reader.scope(), hash, batchId, now);
                writeDepartments(id, r.departments(), deptHash);
                keys.put(r.sourceKey(), new StoredKey(id, hash, deptHash, FacilityStatus.ACTIVE));
                touched.add(id);
                added++;
                return;
            }
            if (stored.status() == FacilityStatus.ACTIVE && r.source().equals(reader.source())) {
                activeSeen++;
            }
            // A list without departments (e.g. a facility sheet whose hours come in another file) keeps them.
            boolean deptsSame = r.departments().isEmpty() || deptHash.equals(stored.deptHash());
            if (stored.contentHash().equals(hash) && deptsSame && stored.status() == FacilityStatus.ACTIVE) {
                untouched.add(stored.id());
                unchanged++;
                return;
            }
            facilities.updateImported(c, stored.id(), r, reader.scope(), hash, batchId, now);
            if (!deptsSame) {
                writeDepartments(stored.id(), r.departments(), deptHash);
            }
            touched.add(stored.id());
            updated++;
        } catch (SQLException e) {
            throw new ImportStoreException("writing facility " + r.sourceKey(), e);
        }
    }

    /** Writes what was held back for set-wise writing; call after the reader and before closing missing ones. */
    void finish() {
        try {
            facilities.touchAll(c, untouched.stream().mapToLong(Long::longValue).toArray(), batchId, now);
            untouched.clear();
        } catch (SQLException e) {
            throw new ImportStoreException("marking unchanged facilities as seen", e);
        }
    }

    /** True when the file listed every facility of its source that was active before it: none can be missing. */
    boolean listedAllActive() {
        return activeBefore >= 0 && activeSeen == activeBefore;
    }

    @Override
    public void departments(String source, String sourceKey, List<DepartmentEntry> given) {
        checkCancelled();
        List<DepartmentEntry> entries = FieldLimits.fitDepartments(given, fileName, "", 0, this::problem);
        try {
            StoredKey stored = keys(source).get(sourceKey);
            if (stored == null) {
                problem(new ImportProblem(fileName, "", 0, "ID", "ID「" + sourceKey
                        + "」の施設が登録されていません。先に施設情報ファイルを取り込んでください。"));
                return;
            }
            String hash = ContentHash.of(entries);
            if (hash.equals(stored.deptHash())) {
                unchanged++;
                return;
            }
            writeDepartments(stored.id(), entries, hash);
            keys(source).put(sourceKey, new StoredKey(stored.id(), stored.contentHash(), hash, stored.status()));
            updated++;
        } catch (SQLException e) {
            throw new ImportStoreException("writing departments of " + sourceKey, e);
        }
    }

    @Override
    public void attributes(FacilityAttributes a) {
        attributes(a, "", 0);
    }

    @Override
    public void attributes(FacilityAttributes a, String sheet, long row) {
        checkCancelled();
        try {
            var current = facilities.attributes(c, reader.source(), a.sourceKey());
            if (current.isEmpty()) {
                problem(new ImportProblem(fileName, sheet, row, "ID",
                        "ID「" + a.sourceKey() + "」の施設が登録されていません。"));
                return;
            }
            if (current.get().sameAs(a)) {
                unchanged++;
                return;
            }
            facilities.setAttributes(c, reader.source(), a);
            updated++;
        } catch (SQLException e) {
            throw new ImportStoreException("writing attributes of " + a.sourceKey(), e);
        }
    }

    @Override
    public void problem(ImportProblem problem) {
        if (problems.size() < MAX_PROBLEMS) {
            problems.add(problem);
        } else {
            droppedProblems++;
        }
    }

    @Override
    public void progress(long rowsRead) {
        rows = Math.max(rows, rowsRead);
        listener.rowsRead(rowsRead, -1);
        checkCancelled();
    }

    private FacilityRecord locate(FacilityRecord r, String sheet, long row) {
        if (r.hasCoordinates()) {
            return r;
        }
        if (r.address().isBlank()) {
            problem(new ImportProblem(fileName, sheet, row, "所在地",
                    "「" + r.name() + "」は住所も座標もないため、地図・距離検索の対象外です。"));
            return r;
        }
        GeocodeResult g = geocoder.geocode(r.address());
        if (!g.found()) {
            problem(new ImportProblem(fileName, sheet, row, "所在地",
                    "住所「" + r.address() + "」の位置を特定できませんでした（距離検索の対象外になります）。"));
            return r;
        }
        return r.withLocation(g.lat(), g.lng(), g.precision(), g.municipalityCode());
    }

    private void writeDepartments(long id, List<DepartmentEntry> entries, String deptHash) throws SQLException {
        if (entries.isEmpty()) {
            return;
        }
        departments.replace(c, id, entries);
        facilities.setDeptHash(c, id, deptHash);
    }

    private Map<String, StoredKey> keys(String source) throws SQLException {
        Map<String, StoredKey> keys = keysBySource.get(source);
        if (keys == null) {
            keys = facilities.keys(c, source);
            keysBySource.put(source, keys);
            if (source.equals(reader.source())) {
                activeBefore = (int) keys.values().stream().filter(k -> k.status() == FacilityStatus.ACTIVE).count();
            }
        }
        return keys;
    }

    private void checkCancelled() {
        if (listener.cancelled()) {
            throw new ImportCancelledException();
        }
    }
}
