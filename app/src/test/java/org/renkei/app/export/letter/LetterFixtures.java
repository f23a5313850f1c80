package org.renkei.app.export.letter;

import org.renkei.app.referral.CaseDetails;
import org.renkei.app.referral.Destination;
import org.renkei.app.referral.MatchNeeds;
import org.renkei.app.referral.OfficeSettings;
import org.renkei.app.referral.Patient;
import org.renkei.app.referral.ReferralCase;
import org.renkei.app.referral.ReferralStatus;
import org.renkei.app.referral.Referrer;
import org.renkei.app.referral.Sex;

import java.time.LocalDate;
import java.util.List;

/** A FICTIONAL patient, hospital and clinics (no real person; facility names invented). */
final class LetterFixtures {
    static final LocalDate LETTER_DATE = LocalDate.of(2026, 11, 20);

    private LetterFixtures() {
    }

    static Patient patient() {
        return new Patient("P-0042", "試験 花子", "シケン ハナコ", Sex.FEMALE, LocalDate.of(1948, 4, 2),
                "東京都府中市宮西町２丁目１５－３", "042-000-1234", "無職");
    }

    static CaseDetails details() {
        return new CaseDetails(List.of("2型糖尿病", "慢性湿疹", "変形性膝関節症"),
                "病状安定のため、今後の継続診療をお願いいたします。",
                "高血圧症（60歳）、母：糖尿病",
                "HbA1c 7.0% 前後で推移。湿疹は外用で軽快。膝痛は歩行時のみ。",
                "メトホルミン内服、ステロイド外用、リハビリ通院。",
                List.of("メトホルミン塩酸塩錠250mg 1回1錠 1日2回 朝夕食後", "ヘパリン類似物質油性クリーム 1日2回 塗布"),
                "腫瘍内科は当院で経過観察を続けます。");
    }

    static Destination destination(int order, long id, String name, String phone, List<String> covers) {
        return new Destination(order, id, name, "東京都府中市宮西町" + order + "丁目", phone, 35.67, 139.47, covers,
                0.5 * order, ReferralStatus.DRAFT, null, "", "");
    }

    static ReferralCase referralCase() {
        List<Destination> plan = List.of(
                destination(1, 101, "府中みどり内科クリニック", "042-111-0001", List.of("内科", "皮膚科")),
                destination(2, 102, "医療法人社団　けやき会/けやき整形外科", "042-111-0002", List.of("整形外科")),
                destination(3, 103, "宮西眼科医院", "", List.of("眼科")));
        MatchNeeds needs = new MatchNeeds(List.of("内科", "皮膚科", "整形外科", "眼科", "腫瘍内科"), List.of("腫瘍内科"),
                5, List.of());
        return new ReferralCase(17, patient(), new Referrer("架空 一郎", "総合診療科"), details(), needs, 35.67,
                139.48, plan, LocalDate.of(2026, 11, 18), null);
    }

    static OfficeSettings office(boolean era) {
        return new OfficeSettings("架空記念病院", "183-0000", "東京都府中市架空町１－１", "042-999-0000", "042-999-0001",
                "", era, OfficeSettings.DEFAULT_WAIT_DAYS);
    }

    static OfficeSettings withLogo(OfficeSettings o, String path) {
        return new OfficeSettings(o.hospitalName(), o.postalCode(), o.address(), o.phone(), o.fax(), path,
                o.eraDates(), o.waitDays());
    }

    /** {@code s} without any whitespace, to compare text that wrapping or table cells split up. */
    static String squeeze(String s) {
        return s.replaceAll("[\\s\\u3000]+", "");
    }
}
