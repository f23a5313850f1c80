package org.renkei.app.export.handout;

import org.renkei.app.export.map.MapScene;

import java.util.List;
import java.util.Objects;

/**
 * Everything the patient handout prints, as text: built from a case by {@link HandoutBuilder}, drawn by the
 * layout into PDF or PNG.
 *
 * @param addressee    「山田 花子 様」
 * @param issued       the date line, 和暦 or 西暦 as the office chooses
 * @param hospitalLine the hospital's address and phone for the footer
 */
public record Handout(String addressee, String issued, MapScene scene, List<HandoutEntry> entries,
                      String hospitalName, String hospitalLine) {
    public static final String TITLE = "通院先のご案内";
    public static final String INTRO = "地図の番号は下の表の番号と同じです。距離はご自宅からの直線距離です。";
    public static final String BRING = "受診の際は、紹介状・保険証（マイナ保険証）・お薬手帳をお持ちください。";
    public static final String HOURS_UNKNOWN = "診療時間は医療機関にご確認ください";
    public static final String NO_PHONE = "（登録なし）";
    public static final String NOT_ON_MAP = "地図に位置を表示できません";

    public Handout {
        Objects.requireNonNull(scene, "scene");
        entries = List.copyOf(entries);
        addressee = Objects.requireNonNullElse(addressee, "");
        issued = Objects.requireNonNullElse(issued, "");
        hospitalName = Objects.requireNonNullElse(hospitalName, "");
        hospitalLine = Objects.requireNonNullElse(hospitalLine, "");
    }
}
