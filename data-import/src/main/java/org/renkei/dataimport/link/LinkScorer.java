package org.renkei.dataimport.link;

import org.renkei.dataimport.geo.AddressPlace;

import java.util.HashSet;
import java.util.Set;

/**
 * Decides whether two facilities from different sources are the same one. Rules (measured on the real Tokyo lists,
 * see docs/decisions/0011):
 * <ul>
 *   <li><b>auto</b>: the names are equal (whole or own name) or one own name ends with the other (a corporation or
 *       region in front), the addresses are in the same town, the block numbers agree (or one address has none), and
 *       the phone numbers do not differ; or the names are similar (≥ {@value #SIMILAR}) and the phone numbers are
 *       equal and the addresses are in the same town;</li>
 *   <li><b>pending</b>: equal names in the same municipality (a move, or an address the gazetteer reads differently);
 *       similar names (≥ {@value #LOOSE}) at the same address; very similar names (≥ {@value #SIMILAR}) in the same
 *       town; anything auto would take but the phone numbers differ;</li>
 *   <li>otherwise none. A name that starts with the other one (浜田病院 / 浜田病院附属クリニック, 河北総合病院 /
 *       河北総合病院分院) is a different facility in the same building until a person says otherwise.</li>
 * </ul>
 */
public final class LinkScorer {
    /** Name similarity (bigram Dice) for a pending pair at the same address. */
    static final double LOOSE = 0.5;
    /** Name similarity for a pending pair in the same town, or an auto pair with equal phones. */
    static final double SIMILAR = 0.8;
    /** Shortest own name that may be found at the end of another (東京都済生会向島病院 / 向島病院). */
    private static final int MIN_SUFFIX = 4;
    /** Words that name no facility by themselves (ending a name that another name ends with proves nothing). */
    private static final java.util.List<String> GENERIC = java.util.List.of("クリニック", "病院", "医院", "診療所",
            "内科", "外科", "小児科", "皮膚科", "眼科", "耳鼻咽喉科", "耳鼻科", "整形", "歯科", "婦人科", "産婦人科", "泌尿器科",
            "メンタル", "レディース", "ファミリー", "総合", "中央", "記念", "駅前");

    private LinkScorer() {
    }

    private enum Where { SAME, TOWN_NO_BLOCK, TOWN, MUNICIPALITY, ELSEWHERE }

    public static LinkVerdict compare(LinkKey a, LinkKey b) {
        Where where = where(a.place(), b.place());
        if (where == Where.ELSEWHERE) {
            return LinkVerdict.NONE;
        }
        boolean equalName = !a.name().core().isEmpty() && (NameKey.same(a.name().full(), b.name().full())
                || NameKey.same(a.name().core(), b.name().core()));
        boolean suffix = !equalName && endsWithOther(a.name().core(), b.name().core());
        if (!equalName && extendsAtEnd(a.name().core(), b.name().core())) {
            return LinkVerdict.NONE; // 河北総合病院 / 河北総合病院分院: another facility of the same group
        }
        double similarity = equalName ? 1.0 : Math.max(dice(a.name().core(), b.name().core()),
                dice(a.name().full(), b.name().full()));
        boolean bothPhones = !a.phone().isEmpty() && !b.phone().isEmpty();
        boolean samePhone = bothPhones && a.phone().equals(b.phone());
        boolean otherPhone = bothPhones && !samePhone;
        boolean sameTown = where == Where.SAME || where == Where.TOWN_NO_BLOCK;

        LinkVerdict.Decision d = LinkVerdict.Decision.NONE;
        if ((equalName || suffix) && sameTown) {
            d = otherPhone ? LinkVerdict.Decision.PENDING : LinkVerdict.Decision.AUTO;
        } else if (samePhone && similarity >= SIMILAR && (sameTown || where == Where.TOWN)) {
            d = LinkVerdict.Decision.AUTO;
        } else if (equalName || suffix && where == Where.TOWN) {
            d = LinkVerdict.Decision.PENDING;
        } else if (similarity >= LOOSE && where == Where.SAME
                || similarity >= SIMILAR && (sameTown || where == Where.TOWN)) {
            d = LinkVerdict.Decision.PENDING;
        }
        if (d == LinkVerdict.Decision.NONE) {
            return LinkVerdict.NONE;
        }
        return new LinkVerdict(d, score(equalName, suffix, similarity, where, samePhone, otherPhone),
                reason(equalName, suffix, similarity, where, a.place(), b.place(), samePhone, otherPhone));
    }

    private static Where where(AddressPlace a, AddressPlace b) {
        if (!a.found() || !b.found() || !a.municipalityCode().equals(b.municipalityCode())) {
            return Where.ELSEWHERE;
        }
        if (a.town().isEmpty() || !a.town().equals(b.town())) {
            return Where.MUNICIPALITY;
        }
        if (a.block().isEmpty() || b.block().isEmpty()) {
            return Where.TOWN_NO_BLOCK;
        }
        return a.block().equals(b.block()) ? Where.SAME : Where.TOWN;
    }

    private static boolean endsWithOther(String a, String b) {
        String longer = a.length() >= b.length() ? a : b;
        String shorter = longer == a ? b : a;
        return shorter.length() >= MIN_SUFFIX && longer.length() > shorter.length() && NameKey.endsWith(longer, shorter)
                && distinctive(shorter);
    }

    /** True when the longer name is the shorter one with something added at the end. */
    private static boolean extendsAtEnd(String a, String b) {
        String longer = a.length() >= b.length() ? a : b;
        String shorter = longer == a ? b : a;
        return shorter.length() >= MIN_SUFFIX && longer.length() > shorter.length() && NameKey.startsWith(longer, shorter);
    }

    /** True when something is left after removing generic words from the end (向島病院 yes, 内科クリニック no). */
    private static boolean distinctive(String name) {
        String rest = name;
        boolean cut = true;
        while (cut) {
            cut = false;
            for (String g : GENERIC) {
                if (rest.endsWith(g)) {
                    rest = rest.substring(0, rest.length() - g.length());
                    cut = true;
                }
            }
        }
        return rest.length() >= 2;
    }

    private static int score(boolean equalName, boolean suffix, double similarity, Where where, boolean samePhone,
                             boolean otherPhone) {
        double name = equalName ? 1.0 : suffix ? 0.9 : similarity;
        int address = switch (where) {
            case SAME -> 40;
            case TOWN_NO_BLOCK -> 35;
            case TOWN -> 25;
            case MUNICIPALITY -> 10;
            case ELSEWHERE -> 0;
        };
        int phone = samePhone ? 10 : otherPhone ? -30 : 0;
        return Math.max(0, Math.min(100, (int) Math.round(name * 50) + address + phone));
    }

    private static String reason(boolean equalName, boolean suffix, double similarity, Where where, AddressPlace a,
                                 AddressPlace b, boolean samePhone, boolean otherPhone) {
        StringBuilder sb = new StringBuilder();
        sb.append(equalName ? "名称が一致" : suffix ? "名称の一方が他方を含む（法人名などの違い）"
                : String.format(java.util.Locale.ROOT, "名称が類似（%.2f）", similarity));
        sb.append('・').append(switch (where) {
            case SAME -> "所在地が一致（町丁目・番地）";
            case TOWN_NO_BLOCK -> "町丁目が一致（番地は一方になし）";
            case TOWN -> "町丁目は一致、番地が異なる（" + a.block() + " / " + b.block() + "）";
            case MUNICIPALITY -> "市区町村は同じ、町丁目が異なる（" + a.town() + " / " + b.town() + "）";
            case ELSEWHERE -> "";
        });
        if (samePhone) {
            sb.append("・電話番号が一致");
        } else if (otherPhone) {
            sb.append("・電話番号が異なる");
        }
        return sb.toString();
    }

    /** Bigram Dice coefficient (1.0 for equal strings, 0 when they share no two-character piece). */
    static double dice(String a, String b) {
        if (a.equals(b)) {
            return a.isEmpty() ? 0 : 1;
        }
        if (a.length() < 2 || b.length() < 2) {
            return 0;
        }
        Set<String> x = bigrams(a);
        Set<String> y = bigrams(b);
        int common = 0;
        for (String s : x) {
            if (y.contains(s)) {
                common++;
            }
        }
        return 2.0 * common / (x.size() + y.size());
    }

    private static Set<String> bigrams(String s) {
        Set<String> out = new HashSet<>();
        for (int i = 0; i + 1 < s.length(); i++) {
            out.add(s.substring(i, i + 2));
        }
        return out;
    }
}
