package org.renkei.app.facility;

import org.renkei.app.domain.Facility;
import org.renkei.app.store.Database;
import org.renkei.app.domain.FacilityLink;
import org.renkei.app.domain.LinkedFacility;
import org.renkei.app.store.DepartmentRepository;
import org.renkei.app.store.FacilityLinkRepository;
import org.renkei.app.store.FacilityRepository;
import org.renkei.app.store.ImportBatchRepository;
import org.renkei.app.store.StoreException;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads single facilities and the store's statistics. */
public final class FacilityService {
    private final Database db;
    private final FacilityRepository facilities = new FacilityRepository();
    private final DepartmentRepository departments = new DepartmentRepository();
    private final ImportBatchRepository batches = new ImportBatchRepository();
    private final FacilityLinkRepository links = new FacilityLinkRepository();

    public FacilityService(Database db) {
        this.db = db;
    }

    /** Counts per kind and per source with the date of each source's last import. */
    public record Stats(int facilities, Map<String, Integer> byKind, List<SourceStats> sources) {
    }

    public record SourceStats(String source, int count, LocalDateTime lastImport) {
    }

    public Optional<Facility> byId(long id) {
        try (Connection c = db.connection()) {
            Optional<Facility> f = facilities.byId(c, id);
            if (f.isEmpty()) {
                return f;
            }
            return Optional.of(f.get().withDepartments(departments.load(c, List.of(id)).getOrDefault(id, List.of())));
        } catch (SQLException e) {
            throw new StoreException("Reading facility " + id, e);
        }
    }

    /**
     * The same facility as stored by the other sources this one is joined with (auto or confirmed links, either
     * side): shown as 「他の出典」 on the detail.
     */
    public List<LinkedFacility> otherSources(long id) {
        try (Connection c = db.connection()) {
            List<LinkedFacility> out = new ArrayList<>();
            for (FacilityLink l : links.joining(c, id)) {
                out.add(l.primary().id() == id ? l.secondary() : l.primary());
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("Reading links of facility " + id, e);
        }
    }

    /**
     * Every active facility with its departments and hours (for the matcher's index), each place once: a facility
     * joined to another source's record of it is left out when that primary is active.
     */
    public List<Facility> allActiveWithDepartments() {
        try (Connection c = db.connection()) {
            Map<Long, Facility> all = facilities.all(c, true);
            all.keySet().removeAll(links.hiddenIds(c));
            var depts = departments.load(c, null);
            List<Facility> out = new ArrayList<>(all.size());
            for (Facility f : all.values()) {
                out.add(f.withDepartments(depts.getOrDefault(f.id(), List.of())));
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("Loading facilities", e);
        }
    }

    public Stats stats() {
        try (Connection c = db.connection()) {
            Map<String, Integer> bySource = facilities.countBySource(c);
            List<SourceStats> sources = new ArrayList<>();
            for (ImportBatchRepository.SourceImport s : batches.lastImports(c)) {
                sources.add(new SourceStats(s.source(), bySource.getOrDefault(s.source(), 0), s.lastImport()));
            }
            return new Stats(facilities.count(c), facilities.countByKind(c), sources);
        } catch (SQLException e) {
            throw new StoreException("Reading statistics", e);
        }
    }
}
