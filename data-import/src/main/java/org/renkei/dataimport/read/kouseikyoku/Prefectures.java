package org.renkei.dataimport.read.kouseikyoku;

import java.util.List;

/** The 47 prefectures by JIS X 0401 code (01 北海道 … 47 沖縄県). */
public final class Prefectures {
    private static final List<String> NAMES = List.of(
            "北海道", "青森県", "岩手県", "宮城県", "秋田県", "山形県", "福島県", "茨城県", "栃木県", "群馬県",
            "埼玉県", "千葉県", "東京都", "神奈川県", "新潟県", "富山県", "石川県", "福井県", "山梨県", "長野県",
            "岐阜県", "静岡県", "愛知県", "三重県", "滋賀県", "京都府", "大阪府", "兵庫県", "奈良県", "和歌山県",
            "鳥取県", "島根県", "岡山県", "広島県", "山口県", "徳島県", "香川県", "愛媛県", "高知県", "福岡県",
            "佐賀県", "長崎県", "熊本県", "大分県", "宮崎県", "鹿児島県", "沖縄県");

    private Prefectures() {
    }

    /** Name for a 2-digit code ("13" → 東京都), or "" when the code is not 01–47. */
    public static String name(String code) {
        if (code == null || !code.matches("\\d{2}")) {
            return "";
        }
        int i = Integer.parseInt(code);
        return i >= 1 && i <= 47 ? NAMES.get(i - 1) : "";
    }

    /** Code of the first prefecture name found in the text (a sheet title, a sheet name), or "". */
    public static String find(String text) {
        if (text == null) {
            return "";
        }
        int best = -1;
        int at = Integer.MAX_VALUE;
        for (int i = 0; i < NAMES.size(); i++) {
            int p = text.indexOf(NAMES.get(i));
            if (p >= 0 && p < at) {
                at = p;
                best = i;
            }
        }
        return best < 0 ? "" : String.format("%02d", best + 1);
    }

    /** True when the address already starts with a prefecture name. */
    public static boolean startsWithPrefecture(String address) {
        return NAMES.stream().anyMatch(address::startsWith);
    }

    /** The address with the prefecture of {@code code} in front, unless it already has one or the code is unknown. */
    public static String withPrefecture(String code, String address) {
        String name = name(code);
        if (name.isEmpty() || address.isEmpty() || startsWithPrefecture(address)) {
            return address;
        }
        return name + address;
    }
}
