package org.renkei.app.cases;

import org.junit.jupiter.api.Test;
import org.renkei.app.referral.ReferralCase;
import org.renkei.app.referral.Sex;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The case file: PRODUCT.md fields, department labels resolved, every refusal naming its field in Japanese. */
class CaseJsonTest {
    static final LocalDate TODAY = LocalDate.of(2026, 3, 20);

    static ReferralCase read(String json) {
        return CaseJson.read(json, TODAY);
    }

    static String refusal(String json) {
        return assertThrows(CaseRejectedException.class, () -> read(json)).getMessage();
    }

    @Test
    void theExampleFileReadsEveryField() {
        ReferralCase c = CaseJson.read(CaseServiceTest.FUCHU, TODAY);
        assertEquals("P-0001", c.patient().id());
        assertEquals("府中 花子", c.patient().name());
        assertEquals("フチュウ ハナコ", c.patient().kana());
        assertEquals(Sex.FEMALE, c.patient().sex());
        assertEquals(LocalDate.of(1948, 4, 2), c.patient().birthDate());
        assertEquals("東京都府中市宮西町２丁目１５－３", c.patient().address());
        assertEquals("佐藤 一郎", c.referrer().doctor());
        assertEquals("総合診療科", c.referrer().department());
        assertEquals(List.of("2型糖尿病", "慢性湿疹"), c.details().diagnoses());
        assertEquals(2, c.details().prescriptions().size());
        assertEquals(List.of("内科", "皮膚科"), c.needs().departments());
        assertEquals(5.0, c.needs().km());
        assertEquals(TODAY, c.createdOn());
        assertFalse(c.located());
    }

    @Test
    void labelsBecomeCanonicalNamesAndUnknownFieldsAreIgnored() {
        ReferralCase c = read("{\"patient\":{\"id\":1234,\"name\":\"架空 一郎\",\"sex\":\"男\",\"mystery\":1},"
                + "\"dept\":\"内,耳鼻科、皮フ科\",\"keep\":[\"内科\"],\"require\":\"accepting\",\"lat\":35.6,\"lng\":139.4,"
                + "\"created_on\":\"2026-01-05\",\"destinations\":[{\"facility_id\":\"9\"}],\"extra\":{}}");
        assertEquals("1234", c.patient().id());
        assertEquals(Sex.MALE, c.patient().sex());
        assertEquals(List.of("内科", "耳鼻いんこう科", "皮膚科"), c.needs().departments());
        assertEquals(List.of("内科"), c.needs().keep());
        assertEquals(List.of("accepting"), c.needs().require());
        assertEquals(35.6, c.homeLat());
        assertEquals(LocalDate.of(2026, 1, 5), c.createdOn());
        assertEquals(List.of(), c.destinations(), "destinations are never read");
        assertNull(c.patient().birthDate());
    }

    @Test
    void refusalsNameTheField() {
        assertEquals("患者（patient）がありません。", refusal("{\"dept\":[\"内科\"]}"));
        assertEquals("患者ID（patient.id）がありません。", refusal("{\"patient\":{\"name\":\"a\"}}"));
        assertEquals("患者氏名（patient.name）がありません。", refusal("{\"patient\":{\"id\":\"P\",\"name\":\"\"}}"));
        assertEquals("生年月日（patient.birth_date）は YYYY-MM-DD の形式にしてください。",
                refusal("{\"patient\":{\"id\":\"P\",\"name\":\"a\",\"birth_date\":\"昭和23年\"}}"));
        assertEquals("性別（patient.sex）は M・F・U（または 男・女）で指定してください。",
                refusal("{\"patient\":{\"id\":\"P\",\"name\":\"a\",\"sex\":\"X\"}}"));
        assertEquals("診療科「魔法科」は辞書にありません。", refusal("{\"patient\":{\"id\":\"P\",\"name\":\"a\"},\"dept\":[\"魔法科\"]}"));
        assertEquals("最大距離（km）は正の数にしてください。", refusal("{\"patient\":{\"id\":\"P\",\"name\":\"a\"},\"km\":0}"));
        assertEquals("最大距離（km）は数値にしてください。", refusal("{\"patient\":{\"id\":\"P\",\"name\":\"a\"},\"km\":\"5km\"}"));
        assertEquals("緯度（lat）と経度（lng）は両方とも指定してください。",
                refusal("{\"patient\":{\"id\":\"P\",\"name\":\"a\"},\"lat\":35.6}"));
        assertEquals("傷病名（diagnoses）は文字列の配列にしてください。",
                refusal("{\"patient\":{\"id\":\"P\",\"name\":\"a\"},\"diagnoses\":[1]}"));
        assertEquals("ケースのJSONはオブジェクト（{…}）にしてください。", refusal("[1]"));
        assertEquals("ケースのJSONを読めません（2行目）。", refusal("{\"patient\":\n{\"id\":}"));
    }

    @Test
    void aWrittenCaseReadsBackTheSame() {
        ReferralCase c = CaseJson.read(CaseServiceTest.FUCHU, TODAY).withHome(35.67, 139.47);
        ReferralCase back = read(CaseJson.write(c));
        assertEquals(c, back);
    }
}
