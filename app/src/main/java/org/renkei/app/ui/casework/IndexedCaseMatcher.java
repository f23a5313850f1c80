package org.renkei.app.ui.casework;

import org.renkei.app.domain.Facility;
import org.renkei.app.match.FacilityProfile;
import org.renkei.app.match.MatchFacilities;
import org.renkei.app.match.MatchIndex;
import org.renkei.app.match.MatchRequest;
import org.renkei.app.match.MatchResult;
import org.renkei.app.match.Matcher;
import org.renkei.app.match.Plan;
import org.renkei.app.match.PlanMember;
import org.renkei.dataimport.dept.DepartmentVocabulary;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Keeps one immutable snapshot (index + facilities by id), built on first use and again after an invalidation.
 * Thread-safe: builds are serialised; an invalidation during a build makes that build's snapshot stale.
 */
final class IndexedCaseMatcher implements CaseMatcher {
    private record Snapshot(long version, MatchIndex index, Map<String, Facility> byId) {
    }

    private final Supplier<? extends Collection<Facility>> source;
    private final Supplier<Map<Long, FacilityProfile>> profiles;
    private final Supplier<DepartmentVocabulary> vocabulary;
    private final AtomicLong version = new AtomicLong();
    private volatile Snapshot snapshot;

    IndexedCaseMatcher(Supplier<? extends Collection<Facility>> source, Supplier<Map<Long, FacilityProfile>> profiles,
                       Supplier<DepartmentVocabulary> vocabulary) {
        this.source = source;
        this.profiles = profiles;
        this.vocabulary = vocabulary;
    }

    @Override
    public void prepare() {
        current();
    }

    @Override
    public void invalidate() {
        version.incrementAndGet();
        snapshot = null;
    }

    @Override
    public Matched match(MatchRequest request) {
        Snapshot s = current();
        MatchResult result = Matcher.match(s.index(), request);
        Map<String, Facility> members = new HashMap<>();
        for (Plan p : result.plans()) {
            for (PlanMember m : p.members()) {
                Facility f = s.byId().get(m.facility().id());
                if (f != null) {
                    members.put(m.facility().id(), f);
                }
            }
        }
        return new Matched(result, members);
    }

    @Override
    public boolean isAncestor(String ancestor, String name) {
        return vocabulary.get().isAncestor(ancestor, name);
    }

    private Snapshot current() {
        Snapshot s = snapshot;
        if (s != null && s.version() == version.get()) {
            return s;
        }
        synchronized (this) {
            long v = version.get();
            s = snapshot;
            if (s == null || s.version() != v) {
                s = build(v);
                snapshot = s;
            }
            return s;
        }
    }

    private Snapshot build(long v) {
        List<Facility> all = List.copyOf(source.get());
        Map<String, Facility> byId = new HashMap<>();
        all.forEach(f -> byId.put(String.valueOf(f.id()), f));
        return new Snapshot(v, MatchFacilities.index(all, profiles.get()), byId);
    }
}
