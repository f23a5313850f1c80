package org.renkei.app.importing;

import org.renkei.dataimport.model.DepartmentEntry;
import org.renkei.dataimport.model.FacilityRecord;
import org.renkei.dataimport.model.OpeningHours;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/** Digests used to tell unchanged rows and files apart. */
final class ContentHash {
    private ContentHash() {
    }

    static String of(FacilityRecord r) {
        return sha256(String.join("\u001f", r.name(), r.kana(), r.kind().name(), r.postalCode(), r.address(),
                r.municipalityCode(), String.valueOf(r.lat()), String.valueOf(r.lng()), r.precision().name(),
                r.phone(), r.url(), String.valueOf(r.beds()), r.closedDays()));
    }

    static String of(List<DepartmentEntry> departments) {
        StringBuilder sb = new StringBuilder();
        for (DepartmentEntry d : departments) {
            sb.append(d.canonical()).append('/').append(d.label()).append('/').append(d.code()).append('[');
            for (OpeningHours h : d.hours()) {
                sb.append(h.day()).append(h.slot()).append(h.start()).append('-').append(h.end()).append(';');
            }
            sb.append(']');
        }
        return sha256(sb.toString());
    }

    static String ofFile(Path file) throws IOException {
        MessageDigest md = digest();
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buf = new byte[65536];
            int n;
            while ((n = in.read(buf)) > 0) {
                md.update(buf, 0, n);
            }
        }
        return HexFormat.of().formatHex(md.digest());
    }

    private static String sha256(String s) {
        return HexFormat.of().formatHex(digest().digest(s.getBytes(StandardCharsets.UTF_8)));
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
