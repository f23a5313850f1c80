package org.renkei.app.importing;

import org.renkei.app.store.LinkKeyRepository;
import org.renkei.app.store.LinkKeyRepository.Input;
import org.renkei.app.store.LinkKeyRepository.Stored;
import org.renkei.dataimport.geo.Geocoder;
import org.renkei.dataimport.link.LinkKey;
import org.renkei.dataimport.link.LinkScorer;
import org.renkei.dataimport.link.LinkVerdict;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Links the facilities an import touched (added or changed, plus any facility without a link key yet) to facilities
 * of other sources, incrementally: a touched facility is compared only with the facilities of its municipality that
 * share its town or its own name (the candidate index), never with the whole store. Runs inside the import's
 * transaction, so a rejected or cancelled file leaves no link behind (docs/decisions/0011).
 */
final class FacilityLinker {
    private static final Logger LOG = LoggerFactory.getLogger(FacilityLinker.class);
    private final Geocoder geocoder;
    private final LinkKeyRepository keys = new LinkKeyRepository();

    FacilityLinker(Geocoder geocoder) {
        this.geocoder = geocoder;
    }

    /** A pair the scorer links, as found from the touched facility {@code a}. */
    record Proposal(long a, String aSource, long b, String bSource, LinkVerdict verdict) {
    }

    LinkSummary link(Connection c, Collection<Long> touched, LocalDateTime now, Runnable checkCancelled)
            throws SQLException {
        long t0 = System.nanoTime();
        Set<Long> ids = new LinkedHashSet<>(touched);
        Set<Long> unkeyed = new HashSet<>(keys.unkeyed(c));
        ids.addAll(unkeyed);
        if (ids.isEmpty()) {
            return LinkSummary.NONE;
        }
        List<Stored> fresh = new ArrayList<>(ids.size());
        Set<String> sources = new HashSet<>();
        for (Input in : keys.inputs(c, ids)) {
            fresh.add(new Stored(in.id(), in.source(), LinkKey.of(in.name(), in.address(), in.phone(), geocoder)));
            sources.add(in.source());
        }
        keys.save(c, fresh, unkeyed);
        // One file touches one source: its own keys are no candidates, so they are not even read.
        String only = sources.size() == 1 ? sources.iterator().next() : null;
        Map<String, List<Stored>> byMunicipality = new LinkedHashMap<>();
        for (Stored s : fresh) {
            if (s.key().place().found()) {
                byMunicipality.computeIfAbsent(s.key().place().municipalityCode(), k -> new ArrayList<>()).add(s);
            }
        }
        List<Proposal> proposals = new ArrayList<>();
        Set<String> compared = new HashSet<>();
        for (Map.Entry<String, List<Stored>> e : byMunicipality.entrySet()) {
            checkCancelled.run();
            Candidates candidates = new Candidates(keys.inMunicipality(c, e.getKey(), only));
            for (Stored t : e.getValue()) {
                for (Stored o : candidates.of(t)) {
                    if (o.source().equals(t.source()) || !compared.add(pairKey(t.facilityId(), o.facilityId()))) {
                        continue;
                    }
                    // The primary first, so that the reason reads in the order the pair is shown (住所 6 / 7).
                    boolean tFirst = LinkResolver.primaryFirst(t.source(), t.facilityId(), o.source(), o.facilityId());
                    Stored x = tFirst ? t : o;
                    Stored y = tFirst ? o : t;
                    LinkVerdict v = LinkScorer.compare(x.key(), y.key());
                    if (v.linked()) {
                        proposals.add(new Proposal(x.facilityId(), x.source(), y.facilityId(), y.source(), v));
                    }
                }
            }
        }
        long keyed = System.nanoTime();
        LinkSummary summary = new LinkResolver(c, now).apply(ids, proposals);
        LOG.info("Linked {} facilities in {} municipalities: {} pairs compared, {} auto, {} pending ({} ms, {} ms "
                        + "of it keys and candidates)", ids.size(), byMunicipality.size(), compared.size(), summary.auto(),
                summary.pending(), (System.nanoTime() - t0) / 1_000_000, (keyed - t0) / 1_000_000);
        return summary;
    }

    static String pairKey(long a, long b) {
        return Math.min(a, b) + ":" + Math.max(a, b);
    }

    /** The keys of one municipality indexed by town and by own name. */
    private static final class Candidates {
        private final Map<String, List<Stored>> byTown = new HashMap<>();
        private final Map<String, List<Stored>> byCore = new HashMap<>();

        Candidates(List<Stored> all) {
            for (Stored s : all) {
                byTown.computeIfAbsent(s.key().place().town(), k -> new ArrayList<>()).add(s);
                if (!s.key().name().core().isEmpty()) {
                    byCore.computeIfAbsent(s.key().name().core(), k -> new ArrayList<>()).add(s);
                }
            }
        }

        /** Facilities in the same town, or elsewhere in the municipality with the same own name. */
        Collection<Stored> of(Stored t) {
            Map<Long, Stored> out = new LinkedHashMap<>();
            for (Stored s : byTown.getOrDefault(t.key().place().town(), List.of())) {
                out.put(s.facilityId(), s);
            }
            for (Stored s : byCore.getOrDefault(t.key().name().core(), List.of())) {
                out.putIfAbsent(s.facilityId(), s);
            }
            out.remove(t.facilityId());
            return out.values();
        }
    }
}
