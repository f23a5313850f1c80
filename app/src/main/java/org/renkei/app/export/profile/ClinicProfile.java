package org.renkei.app.export.profile;

import org.renkei.dataimport.geo.Precision;
import org.renkei.dataimport.model.OpeningHours;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What the one-page clinic profile (the sheet a hospital puts in its lobby) prints about one facility. Staff notes
 * are deliberately absent: they are internal and never go on a public sheet.
 *
 * @param name         the official name (a leading corporation is printed small above the name patients know)
 * @param kind         病院 / 診療所 / 歯科, or empty
 * @param lat          null (with {@code lng}) when the facility was never located: the sheet says so instead of a map
 * @param precision    how the coordinates were obtained (a town- or municipality-level point is called approximate)
 * @param closedDays   the file's 休診日 text, printed when no department has hours; may be empty
 * @param registered   the facility's doctor is a 登録医 of the issuing hospital
 * @param sources      credits for the facility data, one line each (「厚生労働省 … を加工して作成」)
 * @param issuer       the issuing hospital (footer), may be empty
 * @param eraDates     dates in 和暦 (令和8年11月1日) rather than 西暦
 */
public record ClinicProfile(String name, String kind, String postalCode, String address, String phone, String url,
                            Double lat, Double lng, Precision precision, List<Department> departments,
                            String closedDays, List<Capability> capabilities, boolean registered,
                            List<String> sources, String issuer, boolean eraDates) {

    /** A department and its weekly opening hours (empty when the source gives none). */
    public record Department(String name, List<OpeningHours> hours) {
        public Department {
            Objects.requireNonNull(name, "name");
            hours = List.copyOf(hours);
        }
    }

    /**
     * One thing the facility can take on (訪問診療, 在宅酸素 …).
     *
     * @param department the department it applies to, or null for the whole facility
     * @param verifiedOn 確認日, or null when never verified
     * @param stale      older than the office's freshness limit: printed with a 要確認 mark
     */
    public record Capability(String label, String department, LocalDate verifiedOn, boolean stale) {
        public Capability {
            Objects.requireNonNull(label, "label");
        }
    }

    public ClinicProfile {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a profile needs the facility's name");
        }
        kind = nz(kind);
        postalCode = nz(postalCode);
        address = nz(address);
        phone = nz(phone);
        url = nz(url);
        closedDays = nz(closedDays);
        issuer = nz(issuer);
        if ((lat == null) != (lng == null)) {
            throw new IllegalArgumentException("latitude and longitude go together: " + lat + "," + lng);
        }
        precision = precision == null ? (lat == null ? Precision.NONE : Precision.SOURCE) : precision;
        departments = List.copyOf(departments);
        capabilities = List.copyOf(capabilities);
        sources = List.copyOf(sources);
    }

    public boolean located() {
        return lat != null;
    }

    private static String nz(String s) {
        return s == null ? "" : s.strip();
    }
}
