package org.renkei.app.cases;

import com.fasterxml.jackson.databind.JsonNode;
import org.renkei.app.referral.CaseDetails;
import org.renkei.app.referral.MatchNeeds;
import org.renkei.app.referral.Patient;
import org.renkei.app.referral.ReferralCase;
import org.renkei.app.referral.Referrer;
import org.renkei.app.referral.Sex;
import org.renkei.dataimport.dept.Department;
import org.renkei.dataimport.dept.DepartmentVocabulary;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/** Turns a parsed case document into a {@link ReferralCase}, refusing it with a Japanese reason naming the field. */
final class CaseJsonReader {
    private static final double DEFAULT_KM = 5;

    private final DepartmentVocabulary vocabulary;

    CaseJsonReader(DepartmentVocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    ReferralCase read(JsonNode root, LocalDate today) {
        if (root == null || !root.isObject()) {
            throw new CaseRejectedException("ケースのJSONはオブジェクト（{…}）にしてください。");
        }
        JsonNode pn = root.get("patient");
        if (pn == null || !pn.isObject()) {
            throw new CaseRejectedException("患者（patient）がありません。");
        }
        String id = text(pn, "id", "患者ID（patient.id）");
        String name = text(pn, "name", "患者氏名（patient.name）");
        if (id.isBlank()) {
            throw new CaseRejectedException("患者ID（patient.id）がありません。");
        }
        if (name.isBlank()) {
            throw new CaseRejectedException("患者氏名（patient.name）がありません。");
        }
        Sex sex;
        try {
            sex = Sex.parse(text(pn, "sex", "性別（patient.sex）"));
        } catch (IllegalArgumentException e) {
            throw new CaseRejectedException("性別（patient.sex）は M・F・U（または 男・女）で指定してください。");
        }
        Patient patient = new Patient(id.strip(), name.strip(), text(pn, "kana", "フリガナ（patient.kana）").strip(), sex,
                date(pn, "birth_date", "生年月日（patient.birth_date）"), text(pn, "address", "住所（patient.address）").strip(),
                text(pn, "phone", "電話番号（patient.phone）").strip(), text(pn, "occupation", "職業（patient.occupation）"));
        JsonNode rn = root.get("referrer");
        Referrer referrer = rn == null || !rn.isObject() ? new Referrer("", "")
                : new Referrer(text(rn, "doctor", "紹介医（referrer.doctor）"),
                text(rn, "department", "紹介元の診療科（referrer.department）"));
        CaseDetails details = new CaseDetails(strings(root, "diagnoses", "傷病名（diagnoses）"),
                text(root, "purpose", "紹介目的（purpose）"), text(root, "history", "既往歴及び家族歴（history）"),
                text(root, "course", "症状経過及び検査結果（course）"), text(root, "treatment", "治療経過（treatment）"),
                strings(root, "prescriptions", "現在の処方（prescriptions）"), text(root, "notes", "備考（notes）"));
        Double km = number(root, "km", "最大距離（km）");
        if (km != null && !(km > 0)) {
            throw new CaseRejectedException("最大距離（km）は正の数にしてください。");
        }
        MatchNeeds needs = new MatchNeeds(departments(strings(root, "dept", "必要な診療科（dept）")),
                departments(strings(root, "keep", "病院に残す診療科（keep）")), km == null ? DEFAULT_KM : km,
                strings(root, "require", "条件（require）"));
        Double lat = number(root, "lat", "緯度（lat）");
        Double lng = number(root, "lng", "経度（lng）");
        if ((lat == null) != (lng == null)) {
            throw new CaseRejectedException("緯度（lat）と経度（lng）は両方とも指定してください。");
        }
        LocalDate created = date(root, "created_on", "作成日（created_on）");
        return new ReferralCase(0, patient, referrer, details, needs, lat, lng, List.of(),
                created == null ? today : created, null);
    }

    private List<String> departments(List<String> labels) {
        LinkedHashSet<String> out = new LinkedHashSet<>();
        for (String label : labels) {
            Department d = vocabulary.resolve(label)
                    .orElseThrow(() -> new CaseRejectedException("診療科「" + label + "」は辞書にありません。"));
            out.add(d.name());
        }
        return new ArrayList<>(out);
    }

    private static String text(JsonNode n, String field, String name) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            return "";
        }
        if (!v.isTextual() && !v.isNumber()) {
            throw new CaseRejectedException(name + "は文字列にしてください。");
        }
        return v.asText();
    }

    private static Double number(JsonNode n, String field, String name) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isNumber() || !Double.isFinite(v.asDouble())) {
            throw new CaseRejectedException(name + "は数値にしてください。");
        }
        return v.asDouble();
    }

    private static LocalDate date(JsonNode n, String field, String name) {
        String t = text(n, field, name).strip();
        if (t.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(t);
        } catch (DateTimeParseException e) {
            throw new CaseRejectedException(name + "は YYYY-MM-DD の形式にしてください。");
        }
    }

    /** A list of text values; one text value is one item, except for departments and codes split at commas. */
    private static List<String> strings(JsonNode n, String field, String name) {
        List<String> out = new ArrayList<>();
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            return out;
        }
        if (v.isTextual()) {
            boolean split = field.equals("dept") || field.equals("keep") || field.equals("require");
            for (String s : split ? v.asText().split("[,、]") : new String[] {v.asText()}) {
                if (!s.isBlank()) {
                    out.add(s.strip());
                }
            }
            return out;
        }
        if (!v.isArray()) {
            throw new CaseRejectedException(name + "は文字列の配列にしてください。");
        }
        for (JsonNode e : v) {
            if (!e.isTextual()) {
                throw new CaseRejectedException(name + "は文字列の配列にしてください。");
            }
            if (!e.asText().isBlank()) {
                out.add(e.asText().strip());
            }
        }
        return out;
    }
}
