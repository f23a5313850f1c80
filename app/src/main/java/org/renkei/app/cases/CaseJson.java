package org.renkei.app.cases;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.renkei.app.match.RequireSpec;
import org.renkei.app.referral.CaseDetails;
import org.renkei.app.referral.Destination;
import org.renkei.app.referral.MatchNeeds;
import org.renkei.app.referral.Patient;
import org.renkei.app.referral.ReferralCase;
import org.renkei.app.referral.StatusEvent;
import org.renkei.dataimport.dept.DepartmentVocabulary;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The case file of PRODUCT.md ({@code case create --json CASE.json}) and the document {@code case show --json}
 * prints: the same fields, plus the id, dates, location and destinations when written. Reading ignores unknown
 * fields and the written-only ones, so a shown case can be created again. {@code require} holds the old codes
 * ({@code home-visit} …) and capability tag names (在宅酸素 …); the written-only {@code require_tags} lists every
 * requirement as a tag name (home-visit → 訪問診療).
 */
public final class CaseJson {
    static final ObjectMapper MAPPER = new ObjectMapper();

    private CaseJson() {
    }

    /** Reads a case file (UTF-8); department names resolved through the bundled vocabulary. */
    public static ReferralCase read(Path file, LocalDate today) {
        if (!Files.isRegularFile(file)) {
            throw new CaseRejectedException("ファイル「" + file.getFileName() + "」が見つかりません。");
        }
        try {
            return read(Files.readAllBytes(file), today, DepartmentVocabulary.bundled());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a case document; department names resolved through the bundled vocabulary. */
    public static ReferralCase read(String json, LocalDate today) {
        return read(json.getBytes(java.nio.charset.StandardCharsets.UTF_8), today, DepartmentVocabulary.bundled());
    }

    /**
     * Reads a case document: department labels (full names, synonyms, abbreviations) become canonical names;
     * {@code created_on} defaults to {@code today}. Refuses a malformed document with a Japanese reason naming
     * the field.
     */
    public static ReferralCase read(byte[] json, LocalDate today, DepartmentVocabulary vocabulary) {
        try {
            return new CaseJsonReader(vocabulary).read(MAPPER.readTree(json), today);
        } catch (JsonProcessingException e) {
            long line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new CaseRejectedException("ケースのJSONを読めません" + (line > 0 ? "（" + line + "行目）" : "") + "。");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The case as one line of JSON. */
    public static String write(ReferralCase rc) {
        return write(rc, Map.of());
    }

    /** The case as one line of JSON, each destination with its history (facility id → events, oldest first). */
    public static String write(ReferralCase rc, Map<Long, List<StatusEvent>> histories) {
        try {
            return MAPPER.writeValueAsString(tree(rc, histories));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    static ObjectNode tree(ReferralCase rc, Map<Long, List<StatusEvent>> histories) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("id", rc.id());
        n.put("created_on", rc.createdOn().toString());
        n.put("updated_at", rc.updatedAt() == null ? null : rc.updatedAt().toString());
        Patient p = rc.patient();
        ObjectNode pn = n.putObject("patient");
        pn.put("id", p.id());
        pn.put("name", p.name());
        pn.put("kana", p.kana());
        pn.put("sex", p.sex().code());
        pn.put("birth_date", p.birthDate() == null ? null : p.birthDate().toString());
        pn.put("address", p.address());
        pn.put("phone", p.phone());
        pn.put("occupation", p.occupation());
        ObjectNode ref = n.putObject("referrer");
        ref.put("doctor", rc.referrer().doctor());
        ref.put("department", rc.referrer().department());
        CaseDetails d = rc.details();
        strings(n.putArray("diagnoses"), d.diagnoses());
        n.put("purpose", d.purpose());
        n.put("history", d.history());
        n.put("course", d.course());
        n.put("treatment", d.treatment());
        strings(n.putArray("prescriptions"), d.prescriptions());
        n.put("notes", d.notes());
        MatchNeeds needs = rc.needs();
        strings(n.putArray("dept"), needs.departments());
        strings(n.putArray("keep"), needs.keep());
        n.put("km", needs.km());
        strings(n.putArray("require"), needs.require());
        strings(n.putArray("require_tags"), RequireSpec.asTags(needs.require()));
        n.put("lat", rc.homeLat());
        n.put("lng", rc.homeLng());
        ArrayNode dests = n.putArray("destinations");
        for (Destination x : rc.destinations()) {
            ObjectNode dn = dests.addObject();
            dn.put("order", x.order());
            dn.put("facility_id", String.valueOf(x.facilityId()));
            dn.put("name", x.name());
            dn.put("address", x.address());
            dn.put("phone", x.phone());
            dn.put("lat", x.lat());
            dn.put("lng", x.lng());
            strings(dn.putArray("covers"), x.covers());
            dn.put("km", BigDecimal.valueOf(x.km()).setScale(3, RoundingMode.HALF_UP));
            dn.put("status", x.status().label());
            dn.put("status_date", x.statusDate() == null ? null : x.statusDate().toString());
            dn.put("note", x.note());
            dn.put("forwarded_to", x.forwardedTo());
            List<StatusEvent> h = histories.get(x.facilityId());
            if (h != null) {
                ArrayNode hn = dn.putArray("history");
                for (StatusEvent e : h) {
                    ObjectNode en = hn.addObject();
                    en.put("status", e.status().label());
                    en.put("date", e.day().toString());
                    en.put("note", e.note());
                    en.put("forwarded_to", e.forwardedTo());
                }
            }
        }
        return n;
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }
}
