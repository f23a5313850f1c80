package org.renkei.app.store;

import org.renkei.dataimport.link.LinkKey;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Every SQL statement on {@code facility_link_key}, and the facility fields a link key is made of. */
public final class LinkKeyRepository {
    private static final int CHUNK = 500;

    /** What a link key is computed from. */
    public record Input(long id, String source, String name, String address, String phone) {
    }

    /** A facility's stored link key. */
    public record Stored(long facilityId, String source, LinkKey key) {
    }

    /** Name, address and phone of these facilities (unknown ids are left out). */
    public List<Input> inputs(Connection c, Collection<Long> ids) throws SQLException {
        List<Input> out = new ArrayList<>(ids.size());
        List<Long> all = new ArrayList<>(ids);
        for (int from = 0; from < all.size(); from += CHUNK) {
            List<Long> part = all.subList(from, Math.min(all.size(), from + CHUNK));
            String sql = "SELECT id, source, name, address, phone FROM facility WHERE id IN (" + marks(part.size())
                    + ")";
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                bind(ps, part);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new Input(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                                rs.getString(5)));
                    }
                }
            }
        }
        return out;
    }

    /** Facilities without a link key: imported just now, or before linking existed. */
    public List<Long> unkeyed(Connection c) throws SQLException {
        List<Long> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT f.id FROM facility f WHERE NOT EXISTS "
                + "(SELECT 1 FROM facility_link_key k WHERE k.facility_id = f.id) ORDER BY f.id");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(rs.getLong(1));
            }
        }
        return out;
    }

    /** Writes (replacing) the keys of these facilities; {@code absent} ones are known to have none yet. */
    public void save(Connection c, List<Stored> keys, java.util.Set<Long> absent) throws SQLException {
        try (PreparedStatement del = c.prepareStatement("DELETE FROM facility_link_key WHERE facility_id = ?");
             PreparedStatement ins = c.prepareStatement("INSERT INTO facility_link_key (facility_id, source, "
                     + "municipality_code, town, block, name_full, name_core, phone) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            int n = 0;
            for (Stored s : keys) {
                if (!absent.contains(s.facilityId())) {
                    del.setLong(1, s.facilityId());
                    del.addBatch();
                }
                LinkKey k = s.key();
                ins.setLong(1, s.facilityId());
                ins.setString(2, s.source());
                ins.setString(3, k.place().municipalityCode());
                ins.setString(4, cut(k.place().town(), 200));
                ins.setString(5, cut(k.place().block(), 16));
                ins.setString(6, cut(k.name().full(), 400));
                ins.setString(7, cut(k.name().core(), 400));
                ins.setString(8, cut(k.phone(), 32));
                ins.addBatch();
                if (++n % CHUNK == 0) {
                    del.executeBatch();
                    ins.executeBatch();
                }
            }
            del.executeBatch();
            ins.executeBatch();
        }
    }

    /** Every key in one municipality (the linker's candidates), without those of {@code exceptSource} when given. */
    public List<Stored> inMunicipality(Connection c, String municipalityCode, String exceptSource) throws SQLException {
        List<Stored> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT facility_id, source, town, block, name_full, name_core, "
                + "phone FROM facility_link_key WHERE municipality_code = ?"
                + (exceptSource == null ? "" : " AND source <> ?"))) {
            ps.setString(1, municipalityCode);
            if (exceptSource != null) {
                ps.setString(2, exceptSource);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Stored(rs.getLong(1), rs.getString(2), LinkKey.stored(rs.getString(5),
                            rs.getString(6), municipalityCode, rs.getString(3), rs.getString(4), rs.getString(7))));
                }
            }
        }
        return out;
    }

    static String marks(int n) {
        return String.join(", ", java.util.Collections.nCopies(n, "?"));
    }

    static void bind(PreparedStatement ps, List<Long> ids) throws SQLException {
        for (int i = 0; i < ids.size(); i++) {
            ps.setLong(i + 1, ids.get(i));
        }
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
