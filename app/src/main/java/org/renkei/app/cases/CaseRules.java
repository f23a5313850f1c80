package org.renkei.app.cases;

import org.renkei.app.match.MatchRequest;
import org.renkei.app.match.Requirement;
import org.renkei.app.referral.CaseDetails;
import org.renkei.app.referral.MatchNeeds;
import org.renkei.app.referral.Patient;
import org.renkei.app.referral.ReferralCase;
import org.renkei.dataimport.dept.DepartmentVocabulary;

import java.util.ArrayList;
import java.util.List;

/** What a case must hold before it is stored: required fields, lengths the store keeps, known departments. */
final class CaseRules {
    static final int SHORT = 200;
    static final int LONG = 20_000;
    static final int ITEM = 2_000;
    static final int MAX_ITEMS = 100;

    private final DepartmentVocabulary vocabulary;

    CaseRules(DepartmentVocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /** The case with requirement codes in their canonical spelling; refuses it with a Japanese reason. */
    ReferralCase check(ReferralCase rc) {
        Patient p = rc.patient();
        required(p.id(), "患者ID");
        required(p.name(), "患者氏名");
        length(p.id(), 64, "患者ID");
        length(p.name(), SHORT, "患者氏名");
        length(p.kana(), SHORT, "フリガナ");
        length(p.address(), 400, "住所");
        length(p.phone(), 64, "電話番号");
        length(p.occupation(), SHORT, "職業");
        length(rc.referrer().doctor(), SHORT, "紹介医");
        length(rc.referrer().department(), SHORT, "紹介元の診療科");
        CaseDetails d = rc.details();
        length(d.purpose(), LONG, "紹介目的");
        length(d.history(), LONG, "既往歴及び家族歴");
        length(d.course(), LONG, "症状経過及び検査結果");
        length(d.treatment(), LONG, "治療経過");
        length(d.notes(), LONG, "備考");
        items(d.diagnoses(), "傷病名");
        items(d.prescriptions(), "現在の処方");
        MatchNeeds n = rc.needs();
        if (n.departments().size() > MatchRequest.MAX_DEPARTMENTS) {
            throw new CaseRejectedException("必要な診療科は " + MatchRequest.MAX_DEPARTMENTS + " つまでです。");
        }
        known(n.departments());
        known(n.keep());
        if ((rc.homeLat() == null) != (rc.homeLng() == null)) {
            throw new CaseRejectedException("緯度と経度は両方とも指定してください。");
        }
        if (rc.located() && (!(Math.abs(rc.homeLat()) <= 90) || !(Math.abs(rc.homeLng()) <= 180))) {
            throw new CaseRejectedException("緯度・経度が範囲外です。");
        }
        List<String> require = new ArrayList<>();
        for (String code : n.require()) {
            try {
                String c = Requirement.fromCode(code).code();
                if (!require.contains(c)) {
                    require.add(c);
                }
            } catch (IllegalArgumentException e) {
                throw new CaseRejectedException("条件「" + code + "」は使えません（home-visit, barrier-free, accepting）。");
            }
        }
        return new ReferralCase(rc.id(), p, rc.referrer(), d, new MatchNeeds(n.departments(), n.keep(), n.km(),
                require), rc.homeLat(), rc.homeLng(), rc.destinations(), rc.createdOn(), rc.updatedAt());
    }

    private void known(List<String> departments) {
        for (String name : departments) {
            if (vocabulary.byName(name).isEmpty()) {
                throw new CaseRejectedException("診療科「" + name + "」は辞書にありません。");
            }
        }
    }

    static void required(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new CaseRejectedException(field + "がありません。");
        }
    }

    static void length(String value, int max, String field) {
        if (value != null && value.length() > max) {
            throw new CaseRejectedException(field + "が長すぎます（" + max + " 文字まで）。");
        }
    }

    private static void items(List<String> items, String field) {
        if (items.size() > MAX_ITEMS) {
            throw new CaseRejectedException(field + "は " + MAX_ITEMS + " 件までです。");
        }
        items.forEach(i -> length(i, ITEM, field));
    }
}
