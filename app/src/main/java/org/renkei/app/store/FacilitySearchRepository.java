package org.renkei.app.store;

import org.renkei.app.domain.Facility;
import org.renkei.app.domain.GeoMath;
import org.renkei.app.domain.SearchQuery;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The search statement over {@code facility} (filters in SQL; distance is refined by the caller). A facility joined
 * to another source's record of the same place is found once, as the primary ({@link FacilityLinkRepository#HIDDEN}).
 */
public final class FacilitySearchRepository {
    private static final int CHUNK = 500;

    /** Facilities passing the department, text and bounding-box filters (unsorted, no departments loaded). */
    public List<Facility> candidates(Connection c, SearchQuery q, String kanaText) throws SQLException {
        return candidates(c, q, kanaText, null);
    }

    /**
     * Facilities passing the department, text, bounding-box and knowledge filters (unsorted, no departments loaded).
     *
     * @param firstFreshDay with {@link SearchQuery#staleOnly()}: facts confirmed before this day are stale
     */
    public List<Facility> candidates(Connection c, SearchQuery q, String kanaText, LocalDate firstFreshDay)
            throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT " + FacilityRepository.COLUMNS + " FROM facility f WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        if (!q.includeClosed()) {
            sql.append(" AND status = 'active'");
        }
        sql.append(" AND NOT ").append(FacilityLinkRepository.HIDDEN);
        if (q.hasCentre() && q.maxKm() != null) {
            GeoMath.Box box = GeoMath.box(q.lat(), q.lng(), q.maxKm());
            sql.append(" AND lat BETWEEN ? AND ? AND lng BETWEEN ? AND ?");
            args.add(box.minLat());
            args.add(box.maxLat());
            args.add(box.minLng());
            args.add(box.maxLng());
        }
        if (!q.text().isEmpty()) {
            sql.append(" AND (name LIKE ? ESCAPE '\\' OR kana LIKE ? ESCAPE '\\' OR REPLACE(kana, '　', '') LIKE ? "
                    + "ESCAPE '\\')");
            args.add(like(q.text()));
            args.add(like(kanaText));
            args.add(like(kanaText.replace("　", "").replace(" ", "")));
        }
        for (String dept : q.departments()) {
            sql.append(" AND EXISTS (SELECT 1 FROM facility_department d WHERE d.facility_id = f.id "
                    + "AND d.canonical = ?)");
            args.add(dept);
        }
        KnowledgeFilter.append(sql, args, q, firstFreshDay);
        if (!q.hasCentre()) {
            sql.append(" ORDER BY kana, id");
            if (q.limit() > 0) {
                sql.append(" LIMIT ").append(q.limit());
            }
        }
        List<Facility> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
            for (int i = 0; i < args.size(); i++) {
                ps.setObject(i + 1, args.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(FacilityRepository.map(rs));
                }
            }
        }
        return out;
    }

    /**
     * Which of {@code ids} are recorded as 登録医, and which have a fact confirmed before {@code firstFreshDay}
     * (the search results' marks; knowledge held by a joined record counts, as in the filters).
     */
    public Marks marks(Connection c, List<Long> ids, LocalDate firstFreshDay) throws SQLException {
        Set<Long> registered = new HashSet<>();
        Set<Long> stale = new HashSet<>();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<Long> part = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            String in = " FROM facility f WHERE f.id IN (" + String.join(", ", part.stream().map(x -> "?").toList())
                    + ") AND ";
            StringBuilder reg = new StringBuilder("SELECT f.id").append(in);
            KnowledgeFilter.registered(reg);
            collect(c, reg.toString(), new ArrayList<>(part), registered);
            StringBuilder old = new StringBuilder("SELECT f.id").append(in);
            List<Object> args = new ArrayList<>(part);
            KnowledgeFilter.stale(old, args, firstFreshDay);
            collect(c, old.toString(), args, stale);
        }
        return new Marks(registered, stale);
    }

    /** The facilities of a result list marked 登録医 and 要確認. */
    public record Marks(Set<Long> registered, Set<Long> stale) {
    }

    private static void collect(Connection c, String sql, List<Object> args, Set<Long> out) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.size(); i++) {
                ps.setObject(i + 1, args.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getLong(1));
                }
            }
        }
    }

    private static String like(String text) {
        return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
