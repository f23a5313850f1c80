package org.renkei.app.importing;

import org.renkei.app.domain.LinkState;
import org.renkei.app.importing.FacilityLinker.Proposal;
import org.renkei.app.store.FacilityLinkRepository;
import org.renkei.app.store.FacilityLinkRepository.Row;
import org.renkei.dataimport.link.LinkVerdict;
import org.renkei.dataimport.link.LinkVerdict.Decision;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns the scorer's proposals for the touched facilities into stored links, with what is already stored:
 * <ul>
 *   <li>a pair a person decided (confirmed or rejected) is never changed: a rejected pair is never proposed again;</li>
 *   <li>a facility is joined with at most one facility of each other source: a second certain candidate makes both
 *       pending, and a certain candidate already joined with another facility of that source becomes pending;</li>
 *   <li>an uncertain pair is not proposed when either facility is already joined with one of the other's source
 *       (the hospital is linked; its clinic in the same building is not asked about);</li>
 *   <li>auto and pending links of touched facilities that the scorer no longer proposes are removed.</li>
 * </ul>
 * The primary of a pair is the facility of the source with departments and hours: ナビイ, then municipal and other
 * lists, then the 厚生局 lists (no departments in the code list); the older facility on a tie.
 */
final class LinkResolver {
    private static final String NAVII = "mhlw-navii";
    private static final String BUREAU = "kouseikyoku";

    private final Connection c;
    private final LocalDateTime now;
    private final FacilityLinkRepository links = new FacilityLinkRepository();
    /** Facility id → the sources it is joined with by links that stay. */
    private final Map<Long, Set<String>> joined = new HashMap<>();

    LinkResolver(Connection c, LocalDateTime now) {
        this.c = c;
        this.now = now;
    }

    LinkSummary apply(Set<Long> touched, List<Proposal> proposals) throws SQLException {
        Set<Long> involved = new HashSet<>(touched);
        proposals.forEach(p -> involved.add(p.b()));
        Map<String, Row> stored = new HashMap<>();
        for (Row r : links.involving(c, involved)) {
            stored.put(FacilityLinker.pairKey(r.primaryId(), r.secondaryId()), r);
            boolean stays = r.state().decidedByPerson()
                    || !touched.contains(r.primaryId()) && !touched.contains(r.secondaryId());
            if (stays && r.state().joins()) {
                join(r.primaryId(), r.secondarySource(), r.secondaryId(), r.primarySource());
            }
        }
        List<Proposal> open = new ArrayList<>();
        for (Proposal p : proposals) {
            Row r = stored.get(FacilityLinker.pairKey(p.a(), p.b()));
            if (r == null || !r.state().decidedByPerson()) {
                open.add(p);
            }
        }
        List<Proposal> decided = decide(open);
        Set<String> kept = new HashSet<>();
        int auto = 0;
        int pending = 0;
        for (Proposal p : decided) {
            String key = FacilityLinker.pairKey(p.a(), p.b());
            kept.add(key);
            write(stored.get(key), p);
            if (p.verdict().decision() == Decision.AUTO) {
                auto++;
            } else {
                pending++;
            }
        }
        for (Map.Entry<String, Row> e : stored.entrySet()) {
            Row r = e.getValue();
            boolean ofTouched = touched.contains(r.primaryId()) || touched.contains(r.secondaryId());
            if (ofTouched && !r.state().decidedByPerson() && !kept.contains(e.getKey())) {
                links.delete(c, r.id());
            }
        }
        return new LinkSummary(auto, pending);
    }

    /** Applies the one-per-source rule: certain pairs first (highest score first), then uncertain ones. */
    private List<Proposal> decide(List<Proposal> open) {
        Map<String, Integer> certainPerSide = new HashMap<>();
        for (Proposal p : open) {
            if (p.verdict().decision() == Decision.AUTO) {
                certainPerSide.merge(p.a() + ">" + p.bSource(), 1, Integer::sum);
                certainPerSide.merge(p.b() + ">" + p.aSource(), 1, Integer::sum);
            }
        }
        List<Proposal> sorted = new ArrayList<>(open);
        sorted.sort(Comparator.comparing((Proposal p) -> p.verdict().decision() != Decision.AUTO)
                .thenComparing(p -> -p.verdict().score()));
        List<Proposal> out = new ArrayList<>();
        for (Proposal p : sorted) {
            LinkVerdict v = p.verdict();
            boolean taken = joinedWith(p.a(), p.bSource()) || joinedWith(p.b(), p.aSource());
            if (v.decision() == Decision.AUTO) {
                boolean several = certainPerSide.get(p.a() + ">" + p.bSource()) > 1
                        || certainPerSide.get(p.b() + ">" + p.aSource()) > 1;
                if (several || taken) {
                    out.add(demoted(p, several ? "・同じ出典に候補が複数あります" : "・相手は既に別の施設と同一です"));
                } else {
                    join(p.a(), p.bSource(), p.b(), p.aSource());
                    out.add(p);
                }
            } else if (!taken) {
                out.add(p);
            }
        }
        return out;
    }

    private static Proposal demoted(Proposal p, String why) {
        LinkVerdict v = p.verdict();
        return new Proposal(p.a(), p.aSource(), p.b(), p.bSource(),
                new LinkVerdict(Decision.PENDING, v.score(), v.reason() + why));
    }

    private boolean joinedWith(long facility, String source) {
        return joined.getOrDefault(facility, Set.of()).contains(source);
    }

    private void join(long a, String bSource, long b, String aSource) {
        joined.computeIfAbsent(a, k -> new HashSet<>()).add(bSource);
        joined.computeIfAbsent(b, k -> new HashSet<>()).add(aSource);
    }

    private void write(Row existing, Proposal p) throws SQLException {
        boolean aFirst = primaryFirst(p.aSource(), p.a(), p.bSource(), p.b());
        long primary = aFirst ? p.a() : p.b();
        long secondary = aFirst ? p.b() : p.a();
        LinkVerdict v = p.verdict();
        LinkState state = v.decision() == Decision.AUTO ? LinkState.AUTO : LinkState.PENDING;
        LocalDateTime decidedAt = state == LinkState.AUTO ? now : null;
        if (existing == null) {
            links.insert(c, primary, secondary, v.score(), state, v.reason(), now, decidedAt);
        } else if (existing.state() != state || existing.score() != v.score() || !existing.reason().equals(v.reason())
                || existing.primaryId() != primary) {
            links.update(c, existing.id(), primary, secondary, v.score(), state, v.reason(), decidedAt);
        }
    }

    /** True when facility {@code a} is the primary of a pair with {@code b}. */
    static boolean primaryFirst(String aSource, long a, String bSource, long b) {
        return rank(aSource) != rank(bSource) ? rank(aSource) < rank(bSource) : a < b;
    }

    private static int rank(String source) {
        return NAVII.equals(source) ? 0 : BUREAU.equals(source) ? 2 : 1;
    }
}
