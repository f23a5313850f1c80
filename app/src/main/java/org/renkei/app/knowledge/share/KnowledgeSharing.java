package org.renkei.app.knowledge.share;

import org.renkei.app.domain.CapabilityTag;
import org.renkei.app.domain.Facility;
import org.renkei.app.domain.FacilityKey;
import org.renkei.app.domain.FacilityKnowledge;
import org.renkei.app.store.CapabilityRepository;
import org.renkei.app.store.Database;
import org.renkei.app.store.FacilityRepository;
import org.renkei.app.store.KnowledgeRepository;
import org.renkei.app.store.SettingsRepository;
import org.renkei.app.store.Tx;
import org.renkei.dataimport.dept.DepartmentVocabulary;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Sharing facility knowledge between offices (docs/decisions/0022): export everything we know keyed by the lists'
 * stable IDs, and import another office's file: a preview comparing every fact with ours, then — only when asked —
 * one transaction writing new facts, later confirmations of the same values and the conflicts decided for theirs.
 * Nothing of ours is ever removed; a refused file writes nothing.
 */
public final class KnowledgeSharing {
    private final Database db;
    private final Clock clock;
    private final KnowledgeRepository knowledge = new KnowledgeRepository();
    private final CapabilityRepository vocabulary = new CapabilityRepository();
    private final FacilityRepository facilities = new FacilityRepository();
    private final SettingsRepository settings = new SettingsRepository();

    public KnowledgeSharing(Database db, Clock clock) {
        this.db = Objects.requireNonNull(db);
        this.clock = Objects.requireNonNull(clock);
    }

    /** A file read and checked for its form, with its name for messages. */
    public record Incoming(String fileName, SharedKnowledge content) {
    }

    /** Everything this office knows, with the facilities' names and addresses for people. */
    public SharedKnowledge collect() {
        return Tx.run(db, "Collecting facility knowledge to share", c -> {
            Map<FacilityKey, Facility> byKey = facilitiesByKey(c);
            List<SharedFacility> out = new ArrayList<>();
            for (FacilityKnowledge k : knowledge.all(c).values()) {
                Facility f = byKey.get(k.key());
                out.add(new SharedFacility(k.key(), f == null ? "" : f.name(), f == null ? "" : f.address(),
                        KnowledgeFacts.of(k)));
            }
            List<CapabilityTag> own = vocabulary.all(c).stream().filter(t -> !t.builtin()).toList();
            return new SharedKnowledge(LocalDateTime.now(clock).withNano(0), settings.load(c).hospitalName(), own, out);
        });
    }

    /** Writes everything this office knows to {@code file} (.json or .xlsx); returns what was written. */
    public SharedKnowledge export(Path file) throws IOException {
        ShareFiles.type(file);
        SharedKnowledge k = collect();
        ShareFiles.write(k, file);
        return k;
    }

    /** Reads another office's file; refused when it is not one or an entry is malformed. */
    public Incoming read(Path file) {
        return new Incoming(String.valueOf(file.getFileName()), ShareFiles.read(file));
    }

    /** What importing would do; refused when a tag, department or text of the file does not fit ours. */
    public MergePreview preview(Incoming in) {
        return Tx.run(db, "Comparing shared knowledge with ours", c -> compare(c, in));
    }

    /**
     * Imports in one transaction: new facts, later confirmations of the same values, new vocabulary tags, and each
     * conflict on the side chosen for its row, else the policy's. Our facts missing from the file stay.
     */
    public MergeResult apply(Incoming in, MergePolicy policy, Map<Comparison.Id, MergePolicy.Side> choices) {
        return Tx.run(db, "Importing shared knowledge", c -> {
            MergePreview p = compare(c, in);
            for (CapabilityTag t : p.newTags()) {
                vocabulary.insert(c, t);
            }
            Map<FacilityKey, List<SharedFact>> taken = new HashMap<>();
            int added = 0;
            int refreshed = 0;
            int theirs = 0;
            int ours = 0;
            for (Comparison cmp : p.comparisons()) {
                boolean take = switch (cmp.outcome()) {
                    case NEW -> true;
                    case SAME -> cmp.refreshes();
                    case CONFLICT -> p.side(cmp, policy, choices) == MergePolicy.Side.THEIRS;
                };
                switch (cmp.outcome()) {
                    case NEW -> added++;
                    case SAME -> refreshed += take ? 1 : 0;
                    case CONFLICT -> {
                        theirs += take ? 1 : 0;
                        ours += take ? 0 : 1;
                    }
                }
                if (take) {
                    taken.computeIfAbsent(cmp.key(), k -> new ArrayList<>()).add(cmp.theirs());
                }
            }
            LocalDateTime now = LocalDateTime.now(clock);
            for (Map.Entry<FacilityKey, List<SharedFact>> e : taken.entrySet()) {
                FacilityKnowledge k = knowledge.load(c, e.getKey()).orElse(FacilityKnowledge.empty(e.getKey()));
                for (SharedFact f : e.getValue()) {
                    k = KnowledgeFacts.put(k, f);
                }
                knowledge.replace(c, k, now);
            }
            return new MergeResult(added, refreshed, theirs, ours, p.newTags().size(), taken.size());
        });
    }

    private MergePreview compare(Connection c, Incoming in) throws Exception {
        IncomingCheck.Checked checked = IncomingCheck.check(in.fileName(), in.content(), vocabulary.all(c),
                DepartmentVocabulary.bundled());
        Map<FacilityKey, Facility> byKey = facilitiesByKey(c);
        Map<FacilityKey, FacilityKnowledge> ours = knowledge.all(c);
        List<Comparison> out = new ArrayList<>();
        java.util.Set<FacilityKey> unknown = new java.util.TreeSet<>(java.util.Comparator
                .comparing(FacilityKey::source).thenComparing(FacilityKey::sourceKey));
        for (SharedFacility f : checked.facilities()) {
            Facility known = byKey.get(f.key());
            if (known == null) {
                unknown.add(f.key());
            }
            Map<FactSlot, SharedFact> mine = new HashMap<>();
            FacilityKnowledge k = ours.get(f.key());
            if (k != null) {
                KnowledgeFacts.of(k).forEach(x -> mine.put(x.slot(), x));
            }
            String name = known != null ? known.name() : f.name().isEmpty() ? f.key().sourceKey() : f.name();
            for (SharedFact theirs : f.facts()) {
                out.add(new Comparison(f.key(), name, known != null, theirs.slot(), mine.get(theirs.slot()), theirs));
            }
        }
        return new MergePreview(in.content().office(), in.content().exportedAt(), checked.facilities().size(),
                checked.newTags(), out, unknown);
    }

    private Map<FacilityKey, Facility> facilitiesByKey(Connection c) throws Exception {
        Map<FacilityKey, Facility> out = new HashMap<>();
        for (Facility f : facilities.all(c, false).values()) {
            out.put(FacilityKey.of(f), f);
        }
        return out;
    }

}
