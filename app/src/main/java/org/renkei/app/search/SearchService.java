package org.renkei.app.search;

import org.renkei.app.domain.Facility;
import org.renkei.app.domain.GeoMath;
import org.renkei.app.domain.SearchQuery;
import org.renkei.app.store.Database;
import org.renkei.app.store.DepartmentRepository;
import org.renkei.app.store.FacilitySearchRepository;
import org.renkei.app.store.StoreException;

import java.sql.Connection;
import java.sql.SQLException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Searches stored facilities; nearest first when a centre is given. */
public final class SearchService {
    private final Database db;
    private final FacilitySearchRepository searchRepository = new FacilitySearchRepository();
    private final DepartmentRepository departments = new DepartmentRepository();

    public SearchService(Database db) {
        this.db = db;
    }

    public List<SearchHit> search(SearchQuery q) {
        String text = Normalizer.normalize(q.text(), Normalizer.Form.NFKC);
        SearchQuery normalised = new SearchQuery(q.departments(), text, q.lat(), q.lng(), q.maxKm(), q.limit(),
                q.includeClosed());
        try (Connection c = db.connection()) {
            List<SearchHit> hits = new ArrayList<>();
            for (Facility f : searchRepository.candidates(c, normalised, toKatakana(text))) {
                Double km = null;
                if (q.hasCentre() && f.hasLocation()) {
                    km = GeoMath.km(q.lat(), q.lng(), f.lat(), f.lng());
                    if (q.maxKm() != null && km > q.maxKm()) {
                        continue;
                    }
                } else if (q.hasCentre() && q.maxKm() != null) {
                    continue;
                }
                hits.add(new SearchHit(f, km));
            }
            if (q.hasCentre()) {
                hits.sort(Comparator.comparing((SearchHit h) -> h.km() == null ? Double.MAX_VALUE : h.km())
                        .thenComparingLong(h -> h.facility().id()));
            }
            if (q.limit() > 0 && hits.size() > q.limit()) {
                hits = new ArrayList<>(hits.subList(0, q.limit()));
            }
            return withDepartments(c, hits);
        } catch (SQLException e) {
            throw new StoreException("Searching facilities", e);
        }
    }

    private List<SearchHit> withDepartments(Connection c, List<SearchHit> hits) throws SQLException {
        if (hits.isEmpty()) {
            return hits;
        }
        Map<Long, List<org.renkei.dataimport.model.DepartmentEntry>> depts =
                departments.load(c, hits.stream().map(h -> h.facility().id()).toList());
        return hits.stream()
                .map(h -> new SearchHit(h.facility().withDepartments(depts.getOrDefault(h.facility().id(), List.of())),
                        h.km()))
                .toList();
    }

    /** Hiragana to katakana, so ひらがな typed by the user matches the stored フリガナ. */
    static String toKatakana(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (char ch : s.toCharArray()) {
            sb.append(ch >= 'ぁ' && ch <= 'ゖ' ? (char) (ch + 0x60) : ch);
        }
        return sb.toString();
    }
}
