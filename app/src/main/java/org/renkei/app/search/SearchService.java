package org.renkei.app.search;

import org.renkei.app.domain.Facility;
import org.renkei.app.domain.Freshness;
import org.renkei.app.domain.GeoMath;
import org.renkei.app.domain.SearchQuery;
import org.renkei.app.store.Database;
import org.renkei.app.store.DepartmentRepository;
import org.renkei.app.store.FacilitySearchRepository;
import org.renkei.app.store.SettingsRepository;
import org.renkei.app.store.StoreException;

import java.sql.Connection;
import java.sql.SQLException;
import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Searches stored facilities; nearest first when a centre is given. */
public final class SearchService {
    private final Database db;
    private final Clock clock;
    private final FacilitySearchRepository searchRepository = new FacilitySearchRepository();
    private final DepartmentRepository departments = new DepartmentRepository();
    private final SettingsRepository settings = new SettingsRepository();

    public SearchService(Database db) {
        this(db, Clock.systemDefaultZone());
    }

    /** @param clock today's date decides which knowledge is stale */
    public SearchService(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    public List<SearchHit> search(SearchQuery q) {
        String text = Normalizer.normalize(q.text(), Normalizer.Form.NFKC);
        SearchQuery normalised = q.withText(text);
        LocalDate today = LocalDate.now(clock);
        try (Connection c = db.connection()) {
            int months = settings.staleMonths(c);
            LocalDate fresh = Freshness.firstFreshDay(today, months);
            List<SearchHit> hits = new ArrayList<>();
            for (Facility f : searchRepository.candidates(c, normalised, toKatakana(text), fresh)) {
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
            return withMarks(c, withDepartments(c, hits), fresh);
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

    /** 登録医 and 要確認 from the office's knowledge (a joined record's knowledge counts for the shown one). */
    private List<SearchHit> withMarks(Connection c, List<SearchHit> hits, LocalDate firstFreshDay) throws SQLException {
        if (hits.isEmpty()) {
            return hits;
        }
        FacilitySearchRepository.Marks marks = searchRepository.marks(c,
                hits.stream().map(h -> h.facility().id()).toList(), firstFreshDay);
        return hits.stream().map(h -> new SearchHit(h.facility(), h.km(),
                marks.registered().contains(h.facility().id()), marks.stale().contains(h.facility().id()))).toList();
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
