package org.renkei.app.knowledge;

import org.renkei.app.domain.CapabilityTag;
import org.renkei.app.domain.Facility;
import org.renkei.app.domain.FacilityKey;
import org.renkei.app.domain.FacilityKnowledge;
import org.renkei.app.domain.FacilityLink;
import org.renkei.app.domain.FacilityStatus;
import org.renkei.app.domain.LinkState;
import org.renkei.app.domain.LinkedFacility;
import org.renkei.app.domain.Verified;
import org.renkei.app.store.CapabilityRepository;
import org.renkei.app.store.Database;
import org.renkei.app.store.DepartmentRepository;
import org.renkei.app.store.FacilityLinkRepository;
import org.renkei.app.store.FacilityRepository;
import org.renkei.app.store.KnowledgeRepository;
import org.renkei.app.store.SettingsRepository;
import org.renkei.app.store.Tx;
import org.renkei.dataimport.dept.DepartmentVocabulary;

import java.sql.Connection;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The office's knowledge about facilities: capability tags, 登録医, contact, notes, each with 確認日 / 確認者. Every
 * change is one transaction and is refused whole ({@link KnowledgeRejectedException}) when any part is invalid.
 * <p>
 * Knowledge belongs to a facility's (source, source_key), so re-imports never touch it. Two records of the same place
 * joined across sources (docs/decisions/0011) share one profile: it is held by whichever record has it, else by the
 * shown (primary) record.
 */
public final class KnowledgeService {
    private final Database db;
    private final FacilityRepository facilities = new FacilityRepository();
    private final DepartmentRepository departments = new DepartmentRepository();
    private final FacilityLinkRepository links = new FacilityLinkRepository();
    private final KnowledgeRepository knowledge = new KnowledgeRepository();
    private final CapabilityRepository vocabulary = new CapabilityRepository();
    private final SettingsRepository settings = new SettingsRepository();

    public KnowledgeService(Database db) {
        this.db = db;
    }

    /** The facility with its departments and knowledge; refused when there is no such facility. */
    public FacilityFacts get(long facilityId) {
        return Tx.run(db, "Reading knowledge of facility " + facilityId, c -> facts(c, facilityId));
    }

    /** Applies every change of {@code edit} as confirmed by {@code v}, in one transaction; returns the result. */
    public FacilityFacts apply(long facilityId, KnowledgeEdit edit, Verified v) {
        return Tx.run(db, "Changing knowledge of facility " + facilityId, c -> {
            Facility f = facility(c, facilityId);
            Owner owner = owner(c, f);
            FacilityKnowledge before = knowledge.load(c, owner.key()).orElse(FacilityKnowledge.empty(owner.key()));
            FacilityKnowledge after = new EditApplier(vocabulary.all(c), DepartmentVocabulary.bundled())
                    .apply(f, before, edit, v);
            knowledge.replace(c, after, LocalDateTime.now());
            return facts(c, facilityId);
        });
    }

    public FacilityFacts tag(long facilityId, String tag, String detail, String department, Verified v) {
        return apply(facilityId, KnowledgeEdit.none().tag(tag, detail, department), v);
    }

    public FacilityFacts untag(long facilityId, String tag, String department, Verified v) {
        return apply(facilityId, KnowledgeEdit.none().untag(tag, department), v);
    }

    public FacilityFacts setRegistered(long facilityId, boolean registered, Verified v) {
        return apply(facilityId, KnowledgeEdit.none().registered(registered), v);
    }

    public FacilityFacts setContact(long facilityId, String person, org.renkei.app.domain.ContactMethod method,
                                    Verified v) {
        return apply(facilityId, KnowledgeEdit.none().contact(person, method), v);
    }

    public FacilityFacts setNotes(long facilityId, String notes, Verified v) {
        return apply(facilityId, KnowledgeEdit.none().notes(notes), v);
    }

    /** Marks every recorded fact of the facility as confirmed by {@code v} (the "確認した" button). */
    public FacilityFacts verify(long facilityId, Verified v) {
        return apply(facilityId, KnowledgeEdit.none().withVerifyAll(), v);
    }

    /** The capability vocabulary in display order. */
    public List<CapabilityTag> vocabulary() {
        return Tx.run(db, "Reading the capability vocabulary", vocabulary::all);
    }

    /** Adds the office's own tag to the vocabulary; refused when the name exists or is empty or too long. */
    public CapabilityTag addVocabularyTag(String name, boolean takesDetail) {
        String n = TagSuggestions.normalize(name);
        if (n.isEmpty() || n.length() > CapabilityTag.MAX_NAME || n.contains("=") || n.contains(",")) {
            throw new KnowledgeRejectedException("タグ名は 1〜" + CapabilityTag.MAX_NAME
                    + " 文字で、「=」「,」を含めないでください。");
        }
        CapabilityTag tag = new CapabilityTag(n, takesDetail, false);
        return Tx.run(db, "Adding a capability tag", c -> {
            if (vocabulary.byName(c, n).isPresent()) {
                throw new KnowledgeRejectedException("タグ「" + n + "」はすでに語彙にあります。");
            }
            vocabulary.insert(c, tag);
            return tag;
        });
    }

    /** The office's stale age in months. */
    public int staleMonths() {
        return Tx.run(db, "Reading the stale age", settings::staleMonths);
    }

    public void setStaleMonths(int months) {
        if (months < 1 || months > 120) {
            throw new KnowledgeRejectedException("確認からの有効期間は 1〜120 か月で指定してください。");
        }
        Tx.run(db, "Saving the stale age", c -> {
            settings.setStaleMonths(c, months);
            return null;
        });
    }

    /**
     * Knowledge of every facility that has some, by facility id, for the matcher and the search list (three queries
     * and the joining links). A record of the same place joined across sources gets the knowledge its partner holds.
     */
    public Map<Long, FacilityKnowledge> knowledgeByFacility() {
        return Tx.run(db, "Reading facility knowledge", c -> {
            Map<Long, FacilityKnowledge> out = new HashMap<>(knowledge.byFacilityId(c));
            for (FacilityLink l : links.list(c, EnumSet.of(LinkState.AUTO, LinkState.CONFIRMED))) {
                long p = l.primary().id();
                long s = l.secondary().id();
                if (out.containsKey(p) != out.containsKey(s)) {
                    out.put(out.containsKey(p) ? s : p, out.get(out.containsKey(p) ? p : s));
                }
            }
            return out;
        });
    }

    /** Every fact older than the stale age on {@code today}, closed facilities included, by facility id. */
    public List<StaleFact> staleFacts(LocalDate today) {
        return Tx.run(db, "Listing stale facility knowledge", c -> {
            int months = settings.staleMonths(c);
            Map<Long, Facility> all = facilities.all(c, false);
            List<StaleFact> out = new ArrayList<>();
            knowledge.byFacilityId(c).entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
                Facility f = all.get(e.getKey());
                e.getValue().staleFacts(today, months)
                        .forEach(fact -> out.add(new StaleFact(f.id(), f.name(), f.status(), fact)));
            });
            return out;
        });
    }

    private FacilityFacts facts(Connection c, long facilityId) throws Exception {
        Facility f = facility(c, facilityId);
        Owner owner = owner(c, f);
        FacilityKnowledge k = knowledge.load(c, owner.key()).orElse(FacilityKnowledge.empty(owner.key()));
        return new FacilityFacts(f, k, owner.other(), settings.staleMonths(c));
    }

    /** The facility with its departments; refused when there is none with this id. */
    private Facility facility(Connection c, long id) throws Exception {
        Facility f = facilities.byId(c, id).orElseThrow(() -> new KnowledgeRejectedException(
                "施設 ID " + id + " はありません（search で表示される ID を指定してください）。"));
        return f.withDepartments(departments.load(c, List.of(id)).getOrDefault(id, List.of()));
    }

    /** Which record holds the knowledge of {@code f}'s place: {@code other} is null when {@code f} itself does. */
    private record Owner(FacilityKey key, LinkedFacility other) {
    }

    private Owner owner(Connection c, Facility f) throws Exception {
        FacilityKey own = FacilityKey.of(f);
        if (knowledge.load(c, own).isPresent()) {
            return new Owner(own, null);
        }
        List<FacilityLink> joined = links.joining(c, f.id());
        for (FacilityLink l : joined) {
            LinkedFacility other = l.primary().id() == f.id() ? l.secondary() : l.primary();
            FacilityKey key = new FacilityKey(other.source(), other.sourceKey());
            if (knowledge.load(c, key).isPresent()) {
                return new Owner(key, other);
            }
        }
        for (FacilityLink l : joined) {
            if (l.secondary().id() == f.id() && l.primary().status() == FacilityStatus.ACTIVE) {
                return new Owner(new FacilityKey(l.primary().source(), l.primary().sourceKey()), l.primary());
            }
        }
        return new Owner(own, null);
    }

}
