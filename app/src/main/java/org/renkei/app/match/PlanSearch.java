package org.renkei.app.match;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/**
 * Exact K-best search over set partitions of the target mask (see docs/matching.md for the proof).
 * Candidates must be sorted by {@link Candidate#ORDER}; every target bit must be covered by some candidate.
 */
final class PlanSearch {
    private final List<Candidate> cands;
    private final int target;
    private final int k;
    private final int[][] lists;
    private final int[] minCount;
    private final long[] minPrimary;
    private final boolean[] used;
    private final int[] chosen;
    private final TreeSet<Key> best = new TreeSet<>();

    PlanSearch(List<Candidate> cands, int target, int k) {
        this.cands = cands;
        this.target = target;
        this.k = k;
        int size = 1 << (32 - Integer.numberOfLeadingZeros(target));
        this.lists = buildLists(cands, target, size, k + Integer.bitCount(target) - 1);
        this.minCount = new int[size];
        this.minPrimary = new long[size];
        this.used = new boolean[cands.size()];
        this.chosen = new int[Integer.bitCount(target)];
        relax();
    }

    /** The K best distinct plans, best first, each as candidate positions. */
    List<int[]> run() {
        if (target != 0) {
            dfs(target, 0, 0L, 0);
        }
        List<int[]> out = new ArrayList<>();
        for (Key key : best) {
            out.add(key.members);
        }
        return out;
    }

    /** For each subset S of the target: the first {@code m} candidates covering all of S. */
    private static int[][] buildLists(List<Candidate> cands, int target, int size, int m) {
        int[][] lists = new int[size][];
        int[] len = new int[size];
        for (int p = 0; p < cands.size(); p++) {
            int mask = cands.get(p).mask & target;
            for (int s = mask; s != 0; s = (s - 1) & mask) {
                if (lists[s] == null) {
                    lists[s] = new int[m];
                }
                if (len[s] < m) {
                    lists[s][len[s]++] = p;
                }
            }
        }
        for (int s = 0; s < size; s++) {
            lists[s] = lists[s] == null ? new int[0] : Arrays.copyOf(lists[s], len[s]);
        }
        return lists;
    }

    /** Lower bound per remaining mask: (count, primary cost) of the best partition, facilities may repeat. */
    private void relax() {
        for (int r = target; ; r = (r - 1) & target) {
            minCount[r] = Integer.MAX_VALUE;
            if (r == 0) {
                break;
            }
        }
        minCount[0] = 0;
        // Submasks of the target in increasing numeric order: r \ s < r, so it is ready.
        for (int r = 1; r <= target; r++) {
            if ((r & ~target) != 0) {
                continue;
            }
            int low = r & -r;
            int rest = r ^ low;
            for (int sub = rest; ; sub = (sub - 1) & rest) {
                int s = low | sub;
                int left = r ^ s;
                if (lists[s].length > 0 && minCount[left] != Integer.MAX_VALUE) {
                    int c = minCount[left] + 1;
                    long u = minPrimary[left] + cands.get(lists[s][0]).primary;
                    if (c < minCount[r] || c == minCount[r] && u < minPrimary[r]) {
                        minCount[r] = c;
                        minPrimary[r] = u;
                    }
                }
                if (sub == 0) {
                    break;
                }
            }
        }
    }

    private void dfs(int remaining, int count, long cost, int depth) {
        if (remaining == 0) {
            leaf(depth);
            return;
        }
        int low = remaining & -remaining;
        int rest = remaining ^ low;
        for (int sub = rest; ; sub = (sub - 1) & rest) {
            int s = low | sub;
            int left = remaining ^ s;
            if (lists[s].length > 0 && minCount[left] != Integer.MAX_VALUE) {
                for (int p : lists[s]) {
                    if (used[p]) {
                        continue;
                    }
                    Candidate c = cands.get(p);
                    if (pruned(count + 1 + minCount[left], cost + c.primary + minPrimary[left])) {
                        break; // the list is in primary-cost order, so the rest is no better
                    }
                    used[p] = true;
                    chosen[depth] = p;
                    dfs(left, count + 1, cost + c.primary, depth + 1);
                    used[p] = false;
                }
            }
            if (sub == 0) {
                break;
            }
        }
    }

    /** True when every completion is strictly worse than the current K-th plan. */
    private boolean pruned(int count, long cost) {
        if (best.size() < k) {
            return false;
        }
        Key worst = best.last();
        return count > worst.count || count == worst.count && cost > worst.primary;
    }

    private void leaf(int depth) {
        for (int i = 0; i < depth; i++) {
            int others = 0;
            for (int j = 0; j < depth; j++) {
                others |= j == i ? 0 : cands.get(chosen[j]).mask;
            }
            if ((others & target) == target) {
                return; // redundant member: not a plan (its reduction is better and is found elsewhere)
            }
        }
        Key key = new Key(cands, Arrays.copyOf(chosen, depth));
        if (best.size() == k && key.compareTo(best.last()) >= 0) {
            return;
        }
        if (best.add(key) && best.size() > k) {
            best.pollLast();
        }
    }

    /**
     * The plan ranking: count, total primary cost, total secondary cost, sorted ids. By default that is count, total
     * distance, higher total preference; with 実績優先 count, higher total preference, total distance.
     */
    static final class Key implements Comparable<Key> {
        private static final Comparator<Key> ORDER = Comparator.comparingInt((Key x) -> x.count)
                .thenComparingLong(x -> x.primary)
                .thenComparingLong(x -> x.secondary)
                .thenComparing(Key::compareIds);

        final int[] members;
        final int count;
        final long primary;
        final long secondary;
        final String[] ids;

        Key(List<Candidate> cands, int[] members) {
            this.members = members;
            this.count = members.length;
            long a = 0;
            long b = 0;
            ids = new String[members.length];
            for (int i = 0; i < members.length; i++) {
                Candidate c = cands.get(members[i]);
                a += c.primary;
                b += c.secondary;
                ids[i] = c.facility.id();
            }
            Arrays.sort(ids);
            this.primary = a;
            this.secondary = b;
        }

        private int compareIds(Key o) {
            return Arrays.compare(ids, o.ids);
        }

        @Override
        public int compareTo(Key o) {
            return ORDER.compare(this, o);
        }
    }
}
