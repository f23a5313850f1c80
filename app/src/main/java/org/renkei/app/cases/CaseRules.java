package org.renkei.app.cases;

import org.renkei.app.domain.CapabilityTag;
import org.renkei.app.knowledge.TagSuggestions;
import org.renkei.app.match.MatchRequest;
import org.renkei.app.match.Requirement;
import org.renkei.app.referral.CaseDetails;
import org.renkei.app.referral.MatchNeeds;
import org.renkei.app.referral.Patient;
import org.renkei.app.referral.ReferralCase;
import org.renkei.dataimport.dept.DepartmentVocabulary;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a case must hold before it is stored: required fields, lengths the store keeps, known departments, requirements
 * that are old codes or capability tags of the office's vocabulary.
 */
final class CaseRules {
    static final int SHORT = 200;
    static final int LONG = 20_000;
    static final int ITEM = 2_000;
    static final int MAX_ITEMS = 100;

    private final DepartmentVocabulary vocabulary;

    CaseRules(DepartmentVocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /**
     * The case with its requirements in their canonical spelling ({@link #requirements}); refuses it with a Japanese
     * reason.
     *
     * @param tags the office's capability vocabulary
     */
    ReferralCase check(ReferralCase rc, List<CapabilityTag> tags) {
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
        return new ReferralCase(rc.id(), p, rc.referrer(), d, new MatchNeeds(n.departments(), n.keep(), n.km(),
                requirements(n.require(), tags)), rc.homeLat(), rc.homeLng(), rc.destinations(), rc.createdOn(),
                rc.updatedAt());
    }

    /**
     * Each requirement once, in the order given: an old code ({@code home-visit}, {@code barrier-free},
     * {@code accepting}) or a tag with the same meaning (訪問診療) as its code, any other capability tag by its
     * vocabulary name (NFKC, trimmed). A name not in the vocabulary refuses the case, naming the close tags.
     */
    static List<String> requirements(List<String> given, List<CapabilityTag> tags) {
        if (given.size() > MAX_ITEMS) {
            throw new CaseRejectedException("条件は " + MAX_ITEMS + " 件までです。");
        }
        Set<String> known = new HashSet<>();
        tags.forEach(t -> known.add(t.name()));
        Set<String> out = new LinkedHashSet<>();
        for (String item : given) {
            String name = TagSuggestions.normalize(item == null ? "" : item);
            if (name.isEmpty()) {
                continue;
            }
            Optional<Requirement> old = Requirement.parse(name).or(() -> Requirement.forTag(name));
            if (old.isPresent()) {
                out.add(old.get().code());
            } else if (known.contains(name)) {
                out.add(name);
            } else {
                List<String> close = TagSuggestions.close(name, tags);
                throw new CaseRejectedException("条件「" + name + "」は能力タグの語彙にありません。"
                        + (close.isEmpty() ? "" : "近いタグ: " + String.join("、", close) + "。")
                        + "使える条件は home-visit, barrier-free, accepting と語彙のタグです（facility tags で一覧）。");
            }
        }
        return List.copyOf(out);
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
