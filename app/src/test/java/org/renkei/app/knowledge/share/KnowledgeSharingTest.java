package org.renkei.app.knowledge.share;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.renkei.app.cases.SampleStore;
import org.renkei.app.domain.Capability;
import org.renkei.app.domain.Contact;
import org.renkei.app.domain.ContactMethod;
import org.renkei.app.domain.FacilityKey;
import org.renkei.app.domain.FacilityKnowledge;
import org.renkei.app.knowledge.KnowledgeService;
import org.renkei.app.knowledge.KnowledgeTables;
import org.renkei.app.store.Database;
import org.renkei.app.store.OnEveryStore;
import org.renkei.app.store.StoreKind;
import org.renkei.app.store.TestDatabase;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.renkei.app.knowledge.share.TwoOffices.KEISATSU;
import static org.renkei.app.knowledge.share.TwoOffices.KUDANZAKA;
import static org.renkei.app.knowledge.share.TwoOffices.KUNAICHO;
import static org.renkei.app.knowledge.share.TwoOffices.SATO;
import static org.renkei.app.knowledge.share.TwoOffices.SUZUKI_EARLIER;
import static org.renkei.app.knowledge.share.TwoOffices.SUZUKI_LATER;
import static org.renkei.app.knowledge.share.TwoOffices.SUZUKI_SAME_DAY;

/** Office A's knowledge exported and imported into office B, two real databases holding the real sample. */
@OnEveryStore
class KnowledgeSharingTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T01:00:00Z"), ZoneId.of("Asia/Tokyo"));

    @Parameter
    StoreKind store;
    @TempDir
    Path tmp;
    TestDatabase placeA;
    TestDatabase placeB;
    Database a;
    Database b;

    @BeforeEach
    void open() throws Exception {
        placeA = SampleStore.create(store, tmp.resolve("a"));
        placeB = SampleStore.create(store, tmp.resolve("b"));
        a = placeA.open();
        b = placeB.open();
        TwoOffices.officeA(a);
        TwoOffices.officeB(b);
    }

    @AfterEach
    void close() {
        for (AutoCloseable c : new AutoCloseable[] {a, b, placeA, placeB}) {
            if (c != null) {
                try {
                    c.close();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
        }
    }

    KnowledgeSharing.Incoming exportA(String name) throws Exception {
        Path file = tmp.resolve(name);
        new KnowledgeSharing(a, CLOCK).export(file);
        return new KnowledgeSharing(b, CLOCK).read(file);
    }

    FacilityKnowledge bKnows(FacilityKey key) throws Exception {
        return new KnowledgeService(b).get(TwoOffices.id(b, key)).knowledge();
    }

    @Test
    void bothFormatsCarryEverythingOfficeAKnows() throws Exception {
        SharedKnowledge collected = new KnowledgeSharing(a, CLOCK).collect();
        assertEquals(3, collected.facilities().size());
        assertEquals(7, collected.factCount());
        assertEquals(List.of(TwoOffices.OWN_TAG), collected.vocabulary().stream().map(t -> t.name()).toList());
        SharedFacility kunaicho = collected.facilities().get(0);
        assertEquals(KUNAICHO, kunaicho.key());
        assertEquals("宮内庁病院", kunaicho.name());
        assertEquals("東京都千代田区千代田１－２", kunaicho.address());
        assertEquals(List.of("登録医", "連絡先", "備考", "外国語", "訪問診療"),
                kunaicho.facts().stream().map(f -> f.slot().label()).toList());
        assertEquals("在宅酸素（内科）", collected.facilities().get(1).facts().get(0).slot().label());

        assertEquals(collected, plain(exportA("a.json").content()));
        assertEquals(collected, plain(exportA("a.xlsx").content()));
    }

    @Test
    void previewClassifiesEveryFactAndWritesNothing() throws Exception {
        List<String> before = KnowledgeTables.rows(b);
        MergePreview p = new KnowledgeSharing(b, CLOCK).preview(exportA("a.json"));

        assertEquals(3, p.facilities());
        assertEquals(Map.of(Comparison.Outcome.NEW, 3L, Comparison.Outcome.SAME, 1L,
                Comparison.Outcome.CONFLICT, 3L), p.counts());
        assertEquals(1, p.refreshed(), "訪問診療: the same value, confirmed later by A");
        assertEquals(List.of("登録医", "連絡先", "外国語"), p.conflicts().stream().map(c -> c.slot().label()).toList());
        assertEquals(List.of(TwoOffices.OWN_TAG), p.newTags().stream().map(t -> t.name()).toList());
        assertTrue(p.unknownFacilities().isEmpty());
        Comparison registered = p.conflicts().get(0);
        assertEquals("宮内庁病院", registered.facilityName());
        assertEquals("いいえ", registered.ours().valueText());
        assertEquals(SUZUKI_LATER, registered.ours().verified());
        assertEquals("はい", registered.theirs().valueText());
        assertEquals(SATO, registered.theirs().verified());
        assertEquals(before, KnowledgeTables.rows(b));
    }

    @Test
    void preferOursAddsNewFactsAndOverwritesNothing() throws Exception {
        MergeResult r = new KnowledgeSharing(b, CLOCK).apply(exportA("a.json"), MergePolicy.OURS, Map.of());
        assertEquals(new MergeResult(3, 1, 0, 3, 1, 3), r);

        FacilityKnowledge k = bKnows(KUNAICHO);
        assertFalse(k.registered().value());
        assertEquals(SUZUKI_LATER, k.registered().verified());
        assertEquals(new Contact("連携室 田中", ContactMethod.PHONE), k.contact().value());
        assertEquals("中国語", k.capability("外国語", "").orElseThrow().detail());
        assertEquals("午前は電話が混みます", k.notes().value(), "new to B");
        assertEquals(SATO, k.notes().verified(), "with A's confirmation");
        assertEquals(SATO, k.capability("訪問診療", "").orElseThrow().verified(), "A confirmed it later");
        assertEquals(List.of(new Capability("褥瘡", "", "", SUZUKI_EARLIER), new Capability("在宅酸素", "内科", "", SATO)),
                bKnows(KUDANZAKA).capabilities(), "B's own fact stays beside the new one");
        assertTrue(bKnows(KEISATSU).hasCapability(TwoOffices.OWN_TAG));
        assertTrue(new KnowledgeService(b).vocabulary().stream().anyMatch(t -> t.name().equals(TwoOffices.OWN_TAG)));

        // Again: the same conflicts are shown, and applying changes nothing.
        List<String> after = KnowledgeTables.rows(b);
        MergePreview again = new KnowledgeSharing(b, CLOCK).preview(exportA("a.json"));
        assertEquals(3, again.conflicts().size());
        assertTrue(again.changesNothing(MergePolicy.OURS, Map.of()));
        assertEquals(new MergeResult(0, 0, 0, 3, 0, 0),
                new KnowledgeSharing(b, CLOCK).apply(exportA("a.json"), MergePolicy.OURS, Map.of()));
        assertEquals(after, KnowledgeTables.rows(b));
    }

    @Test
    void preferTheirsMakesBKnowWhatAKnowsAndASecondImportFindsEverythingTheSame() throws Exception {
        MergeResult r = new KnowledgeSharing(b, CLOCK).apply(exportA("a.xlsx"), MergePolicy.THEIRS, Map.of());
        assertEquals(new MergeResult(3, 1, 3, 0, 1, 3), r);

        SharedKnowledge fromA = new KnowledgeSharing(a, CLOCK).collect();
        SharedKnowledge fromB = new KnowledgeSharing(b, CLOCK).collect();
        List<SharedFacility> expected = new ArrayList<>(fromA.facilities());
        // B keeps its own 褥瘡 on 九段坂病院 beside A's facts.
        SharedFacility kudanzaka = expected.get(1);
        List<SharedFact> withOwn = new ArrayList<>(kudanzaka.facts());
        withOwn.add(new SharedFact(FactSlot.tag("褥瘡", ""), "", SUZUKI_EARLIER, ""));
        expected.set(1, new SharedFacility(kudanzaka.key(), kudanzaka.name(), kudanzaka.address(), withOwn));
        assertEquals(expected, fromB.facilities(), "re-exported from B");
        assertEquals(fromA.vocabulary(), fromB.vocabulary());

        List<String> after = KnowledgeTables.rows(b);
        MergePreview again = new KnowledgeSharing(b, CLOCK).preview(exportA("a.json"));
        assertEquals(Map.of(Comparison.Outcome.SAME, 7L), again.counts());
        assertEquals(0, again.refreshed());
        assertTrue(again.newTags().isEmpty());
        assertEquals(new MergeResult(0, 0, 0, 0, 0, 0),
                new KnowledgeSharing(b, CLOCK).apply(exportA("a.json"), MergePolicy.THEIRS, Map.of()));
        assertEquals(after, KnowledgeTables.rows(b));
    }

    @Test
    void preferNewerTakesTheLaterConfirmationAndKeepsOursOnTheSameDay() throws Exception {
        MergeResult r = new KnowledgeSharing(b, CLOCK).apply(exportA("a.json"), MergePolicy.NEWER, Map.of());
        assertEquals(new MergeResult(3, 1, 1, 2, 1, 3), r);
        FacilityKnowledge k = bKnows(KUNAICHO);
        assertFalse(k.registered().value(), "B's 登録医 no was confirmed later");
        assertEquals("英語", k.capability("外国語", "").orElseThrow().detail(), "A's 英語 was confirmed later");
        assertEquals(SATO, k.capability("外国語", "").orElseThrow().verified());
        assertEquals(SUZUKI_SAME_DAY, k.contact().verified(), "confirmed on the same day: ours stays");
    }

    @Test
    void aRowsOwnChoiceOverridesThePolicy() throws Exception {
        KnowledgeSharing sharing = new KnowledgeSharing(b, CLOCK);
        KnowledgeSharing.Incoming in = exportA("a.json");
        Comparison contact = sharing.preview(in).conflicts().get(1);
        assertEquals(FactSlot.CONTACT, contact.slot());
        MergeResult r = sharing.apply(in, MergePolicy.OURS, Map.of(contact.id(), MergePolicy.Side.THEIRS));
        assertEquals(1, r.tookTheirs());
        assertEquals(new Contact("連携室 山田", ContactMethod.FAX), bKnows(KUNAICHO).contact().value());
        assertFalse(bKnows(KUNAICHO).registered().value());
    }

    @Test
    void factsOfAFacilityNotInOurListsAreKeptUnderTheirKey() throws Exception {
        SharedKnowledge k = new KnowledgeSharing(a, CLOCK).collect();
        FacilityKey elsewhere = new FacilityKey("kanto-kouseikyoku", "0112345");
        List<SharedFacility> more = new ArrayList<>(k.facilities());
        more.add(new SharedFacility(elsewhere, "さくら診療所", "埼玉県川口市本町1-1",
                List.of(new SharedFact(FactSlot.tag("往診", ""), "", SATO, ""))));
        Path file = tmp.resolve("more.json");
        ShareFiles.write(new SharedKnowledge(k.exportedAt(), k.office(), k.vocabulary(), more), file);

        KnowledgeSharing sharing = new KnowledgeSharing(b, CLOCK);
        KnowledgeSharing.Incoming in = sharing.read(file);
        MergePreview p = sharing.preview(in);
        assertEquals(java.util.Set.of(elsewhere), p.unknownFacilities());
        Comparison c = p.comparisons().stream().filter(x -> x.key().equals(elsewhere)).findFirst().orElseThrow();
        assertFalse(c.knownFacility());
        assertEquals("さくら診療所", c.facilityName());
        sharing.apply(in, MergePolicy.OURS, Map.of());
        SharedFacility stored = sharing.collect().facilities().stream().filter(f -> f.key().equals(elsewhere))
                .findFirst().orElseThrow();
        assertEquals("往診", stored.facts().get(0).slot().tag());
        assertNotEquals("", stored.key().sourceKey());
    }

    /** {@code k} without where each fact was read (facts from the database have none). */
    static SharedKnowledge plain(SharedKnowledge k) {
        return new SharedKnowledge(k.exportedAt(), k.office(), k.vocabulary(), k.facilities().stream()
                .map(f -> new SharedFacility(f.key(), f.name(), f.address(), f.facts().stream()
                        .map(x -> new SharedFact(x.slot(), x.value(), x.verified(), "")).toList())).toList());
    }
}
