package org.renkei.app.facility;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The credit line each import source's licence asks for on a printed sheet (出典 and 「加工して作成」). */
final class SourceCredits {
    private static final Map<String, String> KNOWN = Map.of(
            "mhlw-navii", "厚生労働省「医療情報ネット（ナビイ）」オープンデータ（公共データ利用規約 第1.0版）を加工して作成",
            "kouseikyoku", "地方厚生局「コード内容別医療機関一覧表」を加工して作成",
            "kumamoto-city", "熊本市オープンデータ（CC BY 4.0）を加工して作成",
            "takamatsu-city", "高松市オープンデータ（CC BY 4.0）を加工して作成");
    private static final Pattern MUNICIPAL = Pattern.compile("municipal-(\\d{5,6})");
    private static final String OWN = "own:";

    private SourceCredits() {
    }

    static String of(String source) {
        String known = KNOWN.get(source);
        if (known != null) {
            return known;
        }
        if (source.startsWith(OWN)) {
            return "当院の一覧「" + source.substring(OWN.length()) + "」";
        }
        Matcher m = MUNICIPAL.matcher(source);
        return m.matches() ? "自治体標準オープンデータセット「医療機関一覧」（団体コード " + m.group(1) + "）を加工して作成"
                : source;
    }
}
