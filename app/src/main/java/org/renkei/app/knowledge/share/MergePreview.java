package org.renkei.app.knowledge.share;

import org.renkei.app.domain.CapabilityTag;
import org.renkei.app.domain.FacilityKey;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What importing another office's file would do, before anything is written.
 *
 * @param newTags           tags of the file's vocabulary that ours lacks: added to our vocabulary
 * @param comparisons       every incoming fact beside ours, by facility key then fact
 * @param unknownFacilities facility keys in none of our lists (their facts are stored and show once the list is)
 */
public record MergePreview(String office, LocalDateTime exportedAt, int facilities, List<CapabilityTag> newTags,
                           List<Comparison> comparisons, Set<FacilityKey> unknownFacilities) {
    public MergePreview {
        newTags = List.copyOf(newTags);
        comparisons = List.copyOf(comparisons);
        unknownFacilities = Set.copyOf(unknownFacilities);
    }

    public long count(Comparison.Outcome outcome) {
        return comparisons.stream().filter(c -> c.outcome() == outcome).count();
    }

    public List<Comparison> conflicts() {
        return comparisons.stream().filter(c -> c.outcome() == Comparison.Outcome.CONFLICT).toList();
    }

    /** Same values the other office confirmed later (their 確認日 is taken). */
    public long refreshed() {
        return comparisons.stream().filter(Comparison::refreshes).count();
    }

    /** The side each conflict takes: the row's own choice when given, else the policy's. */
    public MergePolicy.Side side(Comparison c, MergePolicy policy, Map<Comparison.Id, MergePolicy.Side> choices) {
        MergePolicy.Side chosen = choices.get(c.id());
        return chosen != null ? chosen : policy.decide(c.ours(), c.theirs());
    }

    /** Nothing would change: every fact is the same and none is confirmed later. */
    public boolean changesNothing(MergePolicy policy, Map<Comparison.Id, MergePolicy.Side> choices) {
        return newTags.isEmpty() && comparisons.stream().noneMatch(c -> switch (c.outcome()) {
            case NEW -> true;
            case SAME -> c.refreshes();
            case CONFLICT -> side(c, policy, choices) == MergePolicy.Side.THEIRS;
        });
    }

    /** Facts by outcome, for the summary line. */
    public Map<Comparison.Outcome, Long> counts() {
        return comparisons.stream().collect(Collectors.groupingBy(Comparison::outcome, Collectors.counting()));
    }
}
