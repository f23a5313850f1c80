package org.renkei.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.renkei.app.domain.Capability;
import org.renkei.app.domain.Contact;
import org.renkei.app.domain.Facility;
import org.renkei.app.domain.FacilityKnowledge;
import org.renkei.app.domain.Fact;
import org.renkei.app.domain.Verified;
import org.renkei.app.knowledge.FacilityFacts;

import java.io.PrintWriter;
import java.time.LocalDate;

/** {@code facility show} output: text for people, one JSON document with {@code --json}. */
final class FacilityText {
    private static final String STALE = "【要確認】";

    private FacilityText() {
    }

    static void print(PrintWriter out, FacilityFacts facts, LocalDate today, boolean json) {
        if (json) {
            Json.print(out, json(facts, today));
        } else {
            text(out, facts, today);
        }
        out.flush();
    }

    static ObjectNode json(FacilityFacts facts, LocalDate today) {
        Facility f = facts.facility();
        ObjectNode n = Json.object();
        ObjectNode facility = Json.facility(f, null);
        facility.remove("km");
        facility.put("url", f.url());
        facility.put("closed_days", f.closedDays());
        ObjectNode imported = facility.putObject("imported");
        imported.put("home_visit", f.homeVisit());
        imported.put("accepting_new", f.acceptingNew());
        imported.put("barrier_free", f.barrierFree());
        facility.put("first_seen", f.firstSeen().withNano(0).toString());
        facility.put("last_seen", f.lastSeen().withNano(0).toString());
        n.set("facility", facility);

        FacilityKnowledge k = facts.knowledge();
        ObjectNode kn = n.putObject("knowledge");
        if (facts.heldBy() == null) {
            kn.putNull("held_by");
        } else {
            kn.putObject("held_by").put("id", String.valueOf(facts.heldBy().id()))
                    .put("source", facts.heldBy().source()).put("source_key", facts.heldBy().sourceKey());
        }
        fact(kn, "registered", k.registered(), facts, today, (o, v) -> o.put("value", v));
        fact(kn, "contact", k.contact(), facts, today, (o, c) -> o.put("person", c.person())
                .put("method", c.method() == null ? null : c.method().label()));
        fact(kn, "notes", k.notes(), facts, today, (o, t) -> o.put("text", t));
        ArrayNode tags = kn.putArray("tags");
        for (Capability c : k.capabilities()) {
            ObjectNode t = tags.addObject().put("tag", c.tag()).put("department", c.department())
                    .put("detail", c.detail());
            verified(t, c.verified(), facts, today);
        }
        n.put("stale_months", facts.staleMonths());
        n.put("today", today.toString());
        return n;
    }

    private static <T> void fact(ObjectNode parent, String name, Fact<T> fact, FacilityFacts facts, LocalDate today,
                                 java.util.function.BiConsumer<ObjectNode, T> value) {
        if (fact == null) {
            parent.putNull(name);
            return;
        }
        ObjectNode o = parent.putObject(name);
        value.accept(o, fact.value());
        verified(o, fact.verified(), facts, today);
    }

    private static void verified(ObjectNode o, Verified v, FacilityFacts facts, LocalDate today) {
        o.put("verified_on", v.on().toString());
        o.put("verified_by", v.by());
        o.put("stale", facts.isStale(v, today));
    }

    private static void text(PrintWriter out, FacilityFacts facts, LocalDate today) {
        Facility f = facts.facility();
        out.printf("#%d %s（%s・%s）%n", f.id(), f.name(), f.kind().label(), f.status().label());
        if (facts.closed()) {
            out.println("  ※ 最新の一覧に掲載がありません。連携情報は残してあります。");
        }
        out.printf("  出典 %s %s%n", f.source(), f.sourceKey());
        out.printf("  %s %s  電話 %s%n", f.postalCode(), f.address(), f.phone().isEmpty() ? "-" : f.phone());
        out.printf("  診療科: %s%n", f.departmentNames().isEmpty() ? "-" : String.join("・", f.departmentNames()));
        out.printf("  一覧の情報（取込）: 訪問診療 %s ／ 新患受付 %s ／ バリアフリー %s%n", yesNo(f.homeVisit()),
                yesNo(f.acceptingNew()), yesNo(f.barrierFree()));
        FacilityKnowledge k = facts.knowledge();
        out.printf("連携情報（確認日・確認者。確認から %d か月を過ぎたものは%s）%n", facts.staleMonths(), STALE);
        if (facts.heldBy() != null) {
            out.printf("  （同一施設の %s %s の記録に保存）%n", facts.heldBy().source(), facts.heldBy().sourceKey());
        }
        if (k.isEmpty()) {
            out.println("  まだありません（facility set で登録できます）。");
            return;
        }
        if (k.registered() != null) {
            line(out, "登録医", k.registered().value() ? "はい" : "いいえ", k.registered().verified(), facts, today);
        }
        if (k.contact() != null) {
            Contact c = k.contact().value();
            String text = (c.person().isEmpty() ? "-" : c.person()) + (c.method() == null ? "" : "（" + c.method().label() + "）");
            line(out, "連絡先", text, k.contact().verified(), facts, today);
        }
        if (k.notes() != null) {
            line(out, "備考", k.notes().value().replace('\n', ' '), k.notes().verified(), facts, today);
        }
        for (Capability c : k.capabilities()) {
            String scope = c.wholeFacility() ? "施設全体" : c.department();
            line(out, "タグ", c.tag() + (c.detail().isEmpty() ? "" : "=" + c.detail()) + "（" + scope + "）",
                    c.verified(), facts, today);
        }
    }

    private static void line(PrintWriter out, String label, String value, Verified v, FacilityFacts facts,
                             LocalDate today) {
        out.printf("  %s: %s\t%s %s%s%n", label, value, v.on(), v.by().isEmpty() ? "（確認者なし）" : v.by(),
                facts.isStale(v, today) ? " " + STALE : "");
    }

    private static String yesNo(Boolean b) {
        return b == null ? "不明" : b ? "あり" : "なし";
    }
}
