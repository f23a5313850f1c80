package org.renkei.app.knowledge.share;

import org.renkei.app.domain.ContactMethod;
import org.renkei.app.domain.FacilityKey;
import org.renkei.app.domain.Verified;
import org.renkei.app.knowledge.KnowledgeEdit;
import org.renkei.app.knowledge.KnowledgeService;
import org.renkei.app.store.Database;
import org.renkei.app.store.FacilityRepository;

import java.sql.Connection;
import java.time.LocalDate;
import java.util.List;

/**
 * Two offices' knowledge about the same real sample hospitals, set through the real knowledge service, so that an
 * import from office A into office B meets every case: new facts, the same value confirmed earlier and later,
 * conflicts where either side is newer, a conflict confirmed on the same day, a fact only B has, and a tag of A's own.
 */
public final class TwoOffices {
    public static final String SOURCE = "mhlw-navii";
    /** 宮内庁病院, 九段坂病院, 東京警察病院: the first three rows of the sample. */
    public static final FacilityKey KUNAICHO = new FacilityKey(SOURCE, "1311130100110");
    public static final FacilityKey KUDANZAKA = new FacilityKey(SOURCE, "1311130100240");
    public static final FacilityKey KEISATSU = new FacilityKey(SOURCE, "1311130100370");
    public static final Verified SATO = Verified.on(LocalDate.of(2025, 4, 1), "佐藤");
    public static final Verified SUZUKI_LATER = Verified.on(LocalDate.of(2025, 6, 1), "鈴木");
    public static final Verified SUZUKI_EARLIER = Verified.on(LocalDate.of(2024, 1, 10), "鈴木");
    public static final Verified SUZUKI_SAME_DAY = Verified.on(LocalDate.of(2025, 4, 1), "鈴木");
    public static final String OWN_TAG = "夜間の受入";

    private TwoOffices() {
    }

    /** Office A: 登録医 yes, 訪問診療, 外国語=英語, contact 山田 FAX, notes on 宮内庁病院; 在宅酸素 (内科) on 九段坂病院; its own tag on 東京警察病院. */
    public static void officeA(Database db) throws Exception {
        KnowledgeService s = new KnowledgeService(db);
        s.apply(id(db, KUNAICHO), KnowledgeEdit.none().registered(true).tag("訪問診療", "", "").tag("外国語", "英語", "")
                .contact("連携室 山田", ContactMethod.FAX).notes("午前は電話が混みます"), SATO);
        s.tag(id(db, KUDANZAKA), "在宅酸素", "", "内科", SATO);
        s.addVocabularyTag(OWN_TAG, false);
        s.tag(id(db, KEISATSU), OWN_TAG, "", "", SATO);
    }

    /**
     * Office B: on 宮内庁病院 登録医 no (confirmed later than A), 訪問診療 (earlier: the same value), 外国語=中国語
     * (earlier than A's 英語), contact 田中 電話 on the same day as A's; 褥瘡 on 九段坂病院, which A does not have.
     */
    public static void officeB(Database db) throws Exception {
        KnowledgeService s = new KnowledgeService(db);
        long kunaicho = id(db, KUNAICHO);
        s.setRegistered(kunaicho, false, SUZUKI_LATER);
        s.apply(kunaicho, KnowledgeEdit.none().tag("訪問診療", "", "").tag("外国語", "中国語", ""), SUZUKI_EARLIER);
        s.setContact(kunaicho, "連携室 田中", ContactMethod.PHONE, SUZUKI_SAME_DAY);
        s.tag(id(db, KUDANZAKA), "褥瘡", "", "", SUZUKI_EARLIER);
    }

    public static long id(Database db, FacilityKey key) throws Exception {
        try (Connection c = db.connection()) {
            return new FacilityRepository().keys(c, key.source()).get(key.sourceKey()).id();
        }
    }
}
