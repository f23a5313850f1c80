package org.renkei.app.export.letter;

import org.junit.jupiter.api.Test;
import org.renkei.app.referral.Destination;
import org.renkei.app.referral.ReferralCase;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.renkei.app.export.letter.LetterFixtures.LETTER_DATE;

class LetterContentTest {
    private final ReferralCase c = LetterFixtures.referralCase();

    private static Map<String, String> values(LetterContent letter) {
        Map<String, String> m = new java.util.LinkedHashMap<>();
        for (LetterRow r : letter.rows()) {
            m.put(r.label(), r.value());
            if (r.isPair()) {
                m.put(r.label2(), r.value2());
            }
        }
        return m;
    }

    @Test
    void headAndPatientFieldsInEraDates() {
        LetterContent letter = LetterContent.of(c, c.destinations().get(0), LetterFixtures.office(true), LETTER_DATE);
        assertEquals("診療情報提供書", letter.title());
        assertEquals("令和8年11月20日", letter.date());
        assertEquals(List.of("府中みどり内科クリニック", "内科・皮膚科　ご担当医　先生　御侍史"), letter.addressee());
        assertEquals(List.of("〒183-0000　東京都府中市架空町１－１", "架空記念病院", "電話 042-999-0000　FAX 042-999-0001",
                "総合診療科　医師　架空 一郎"), letter.sender());
        Map<String, String> v = values(letter);
        assertEquals("試験 花子", v.get("患者氏名"));
        assertEquals("シケン ハナコ", v.get("フリガナ"));
        assertEquals("女", v.get("性別"));
        assertEquals("昭和23年4月2日", v.get("生年月日"));
        assertEquals("78歳", v.get("年齢"));
        assertEquals("無職", v.get("職業"));
        assertEquals("東京都府中市宮西町２丁目１５－３", v.get("住所"));
        assertEquals("042-000-1234", v.get("電話番号"));
        assertEquals("1. 2型糖尿病\n2. 慢性湿疹\n3. 変形性膝関節症", v.get("傷病名"));
        assertEquals("メトホルミン塩酸塩錠250mg 1回1錠 1日2回 朝夕食後\nヘパリン類似物質油性クリーム 1日2回 塗布",
                v.get("現在の処方"));
        assertEquals(List.of("フリガナ", "患者氏名", "生年月日", "住所", "電話番号", "傷病名", "紹介目的", "診療の分担",
                "既往歴及び家族歴", "症状経過及び検査結果", "治療経過", "現在の処方", "備考"),
                letter.rows().stream().map(LetterRow::label).collect(Collectors.toList()));
    }

    @Test
    void westernDatesWhenTheOfficeChoosesThem() {
        LetterContent letter = LetterContent.of(c, c.destinations().get(0), LetterFixtures.office(false), LETTER_DATE);
        assertEquals("2026年11月20日", letter.date());
        assertEquals("1948年4月2日", values(letter).get("生年月日"));
    }

    @Test
    void sharingNamesTheOtherMembersAndTheKeptDepartments() {
        Destination second = c.destinations().get(1);
        String sharing = LetterContent.sharing(c, second);
        assertEquals("""
                貴院へのご依頼：整形外科
                他の紹介先：
                　・府中みどり内科クリニック（内科・皮膚科）　電話 042-111-0001
                　・宮西眼科医院（眼科）
                当院で継続する診療科：腫瘍内科""", sharing);
    }

    @Test
    void aSingleDestinationWithNothingKept() {
        ReferralCase alone = c.withDestinations(List.of(c.destinations().get(0)));
        ReferralCase noKeep = new ReferralCase(alone.id(), alone.patient(), alone.referrer(), alone.details(),
                new org.renkei.app.referral.MatchNeeds(List.of("内科", "皮膚科"), List.of(), 5, List.of()),
                null, null, alone.destinations(), alone.createdOn(), null);
        String sharing = LetterContent.sharing(noKeep, noKeep.destinations().get(0));
        assertTrue(sharing.contains("他の紹介先：なし"), sharing);
        assertTrue(sharing.endsWith("当院で継続する診療科：なし"), sharing);
    }

    @Test
    void unknownBirthDateLeavesDateAndAgeEmpty() {
        var p = c.patient();
        var noBirth = new org.renkei.app.referral.Patient(p.id(), p.name(), p.kana(), p.sex(), null, p.address(),
                p.phone(), "");
        ReferralCase nb = new ReferralCase(c.id(), noBirth, c.referrer(), c.details(), c.needs(), null, null,
                c.destinations(), c.createdOn(), null);
        Map<String, String> v = values(LetterContent.of(nb, nb.destinations().get(0), LetterFixtures.office(true),
                LETTER_DATE));
        assertEquals("", v.get("生年月日"));
        assertEquals("", v.get("年齢"));
        assertFalse(v.containsValue(null));
    }
}
