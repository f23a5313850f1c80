package org.renkei.app.search;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.renkei.app.cases.SampleStore;
import org.renkei.app.domain.LinkState;
import org.renkei.app.domain.SearchQuery;
import org.renkei.app.domain.Verified;
import org.renkei.app.knowledge.KnowledgeEdit;
import org.renkei.app.knowledge.KnowledgeService;
import org.renkei.app.store.Database;
import org.renkei.app.store.FacilityLinkRepository;
import org.renkei.app.store.OnEveryStore;
import org.renkei.app.store.StoreKind;
import org.renkei.app.store.TestDatabase;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The search's knowledge filters (tags, 要確認のみ) and marks on the real sample (583 Tokyo hospitals), on H2 and
 * PostgreSQL, including knowledge held by another record of the same place.
 */
@OnEveryStore
class KnowledgeSearchTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
    static final Verified FRESH = Verified.on(LocalDate.of(2026, 10, 1), "鈴木");
    static final Verified OLD = Verified.on(LocalDate.of(2025, 11, 19), "佐藤");

    @Parameter
    StoreKind store;
    @TempDir
    Path tmp;
    TestDatabase place;
    Database db;
    SearchService search;
    KnowledgeService knowledge;
    /** Facilities offering both 内科 and 眼科, by kana. */
    List<Long> both;

    @BeforeEach
    void open() {
        place = SampleStore.create(store, tmp);
        db = place.open();
        search = new SearchService(db, Clock.fixed(TODAY.atTime(10, 0).atZone(ZoneId.of("Asia/Tokyo")).toInstant(),
                ZoneId.of("Asia/Tokyo")));
        knowledge = new KnowledgeService(db);
        both = ids(query(List.of("内科", "眼科"), List.of(), false));
        assertTrue(both.size() > 20, "the sample has many hospitals with both");
    }

    @AfterEach
    void close() {
        if (db != null) {
            db.close();
        }
        if (place != null) {
            place.close();
        }
    }

    @Test
    void everyChosenTagIsRequiredAndScopedTagsCountForTheirDepartmentOnly() {
        long a = both.get(0);
        long b = both.get(1);
        knowledge.apply(a, KnowledgeEdit.none().tag("訪問診療", "", "").tag("在宅酸素", "", "").registered(true), FRESH);
        knowledge.apply(b, KnowledgeEdit.none().tag("訪問診療", "", "内科"), FRESH);

        assertEquals(List.of(a, b).stream().sorted().toList(),
                ids(query(List.of(), List.of("訪問診療"), false)).stream().sorted().toList());
        assertEquals(List.of(a), ids(query(List.of(), List.of("訪問診療", "在宅酸素"), false)));
        assertEquals(List.of(), ids(query(List.of(), List.of("訪問診療", "透析"), false)));
        List<Long> internal = ids(query(List.of("内科"), List.of("訪問診療"), false));
        assertTrue(internal.contains(a) && internal.contains(b), internal.toString());
        assertEquals(List.of(a), ids(query(List.of("眼科"), List.of("訪問診療"), false)),
                "b's tag is for 内科 only");

        Map<Long, SearchHit> hits = byId(query(List.of(), List.of("訪問診療"), false));
        assertTrue(hits.get(a).registered());
        assertFalse(hits.get(b).registered());
        assertFalse(hits.get(a).stale() || hits.get(b).stale());
    }

    @Test
    void staleOnlyFindsFacilitiesWithAnyFactOlderThanTheStaleAge() {
        long tagOld = both.get(2);
        long registeredOld = both.get(3);
        long fresh = both.get(4);
        long boundary = both.get(5);
        knowledge.apply(tagOld, KnowledgeEdit.none().tag("褥瘡", "", ""), OLD);
        knowledge.apply(tagOld, KnowledgeEdit.none().notes("午前のみ"), FRESH);
        knowledge.apply(registeredOld, KnowledgeEdit.none().registered(true), OLD);
        knowledge.apply(fresh, KnowledgeEdit.none().tag("褥瘡", "", "").registered(true), FRESH);
        // confirmed exactly twelve months ago: still fresh today (docs/decisions/0018)
        knowledge.apply(boundary, KnowledgeEdit.none().tag("褥瘡", "", ""), Verified.on(TODAY.minusMonths(12), ""));

        assertEquals(List.of(tagOld, registeredOld).stream().sorted().toList(),
                ids(query(List.of(), List.of(), true)).stream().sorted().toList());
        assertEquals(List.of(tagOld), ids(query(List.of(), List.of("褥瘡"), true)));
        Map<Long, SearchHit> all = byId(query(List.of("内科", "眼科"), List.of(), false));
        assertTrue(all.get(tagOld).stale());
        assertTrue(all.get(registeredOld).stale() && all.get(registeredOld).registered());
        assertFalse(all.get(fresh).stale());
        assertFalse(all.get(boundary).stale());
        assertFalse(all.get(both.get(6)).stale() || all.get(both.get(6)).registered(), "nothing recorded");

        knowledge.setStaleMonths(24);
        assertEquals(List.of(), ids(query(List.of(), List.of(), true)), "the office's stale age decides");
    }

    @Test
    void knowledgeHeldByAJoinedRecordCountsForTheShownOne() throws Exception {
        long shown = both.get(7);
        long holder = both.get(8);
        knowledge.apply(holder, KnowledgeEdit.none().tag("透析", "", "").registered(true), OLD);
        try (var c = db.connection()) {
            new FacilityLinkRepository().insert(c, shown, holder, 90, LinkState.CONFIRMED, "test",
                    LocalDateTime.of(2026, 11, 1, 9, 0), LocalDateTime.of(2026, 11, 1, 9, 0));
        }

        assertEquals(List.of(shown), ids(query(List.of(), List.of("透析"), false)), "the secondary is hidden");
        assertEquals(List.of(shown), ids(query(List.of(), List.of(), true)));
        SearchHit hit = byId(query(List.of(), List.of("透析"), false)).get(shown);
        assertTrue(hit.registered() && hit.stale());
    }

    private List<SearchHit> query(List<String> departments, List<String> tags, boolean staleOnly) {
        return search.search(new SearchQuery(departments, "", null, null, null, 0, false, tags, staleOnly));
    }

    private static List<Long> ids(List<SearchHit> hits) {
        return hits.stream().map(h -> h.facility().id()).toList();
    }

    private static Map<Long, SearchHit> byId(List<SearchHit> hits) {
        return hits.stream().collect(Collectors.toMap(h -> h.facility().id(), Function.identity()));
    }
}
