package org.renkei.app.store;

import org.renkei.app.referral.OfficeSettings;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Every SQL statement on {@code office_settings}: one row, defaults until the office saves its details. */
public final class SettingsRepository {
    private static final int ROW = 1;

    /** The saved settings, or {@link OfficeSettings#defaults()} when none were saved. */
    public OfficeSettings load(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT hospital_name, postal_code, address, phone, fax, "
                + "logo_path, era_dates, wait_days FROM office_settings WHERE id = ?")) {
            ps.setInt(1, ROW);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return OfficeSettings.defaults();
                }
                return new OfficeSettings(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getBoolean(7), rs.getInt(8));
            }
        }
    }

    /** Saves the settings (update, or insert the first time). */
    public void save(Connection c, OfficeSettings s) throws SQLException {
        try (PreparedStatement up = c.prepareStatement("UPDATE office_settings SET hospital_name = ?, postal_code = ?, "
                + "address = ?, phone = ?, fax = ?, logo_path = ?, era_dates = ?, wait_days = ? WHERE id = ?")) {
            int i = bind(up, s);
            up.setInt(i, ROW);
            if (up.executeUpdate() > 0) {
                return;
            }
        }
        try (PreparedStatement ins = c.prepareStatement("INSERT INTO office_settings (hospital_name, postal_code, "
                + "address, phone, fax, logo_path, era_dates, wait_days, id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            int i = bind(ins, s);
            ins.setInt(i, ROW);
            ins.executeUpdate();
        }
    }

    private static int bind(PreparedStatement ps, OfficeSettings s) throws SQLException {
        ps.setString(1, s.hospitalName());
        ps.setString(2, s.postalCode());
        ps.setString(3, s.address());
        ps.setString(4, s.phone());
        ps.setString(5, s.fax());
        ps.setString(6, s.logoPath());
        ps.setBoolean(7, s.eraDates());
        ps.setInt(8, s.waitDays());
        return 9;
    }

    /** Months after which a confirmed fact about a facility counts as stale (default 12). */
    public int staleMonths(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT stale_months FROM office_settings WHERE id = ?")) {
            ps.setInt(1, ROW);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getInt(1) : org.renkei.app.domain.Freshness.DEFAULT_MONTHS;
            }
        }
    }

    /** Saves the stale age; the office's other settings stay as they are (defaults when never saved). */
    public void setStaleMonths(Connection c, int months) throws SQLException {
        if (months < 1) {
            throw new IllegalArgumentException("stale age must be at least one month: " + months);
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM office_settings WHERE id = ?")) {
            ps.setInt(1, ROW);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                if (rs.getInt(1) == 0) {
                    save(c, OfficeSettings.defaults());
                }
            }
        }
        try (PreparedStatement up = c.prepareStatement("UPDATE office_settings SET stale_months = ? WHERE id = ?")) {
            up.setInt(1, months);
            up.setInt(2, ROW);
            up.executeUpdate();
        }
    }
}
