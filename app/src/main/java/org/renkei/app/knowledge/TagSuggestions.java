package org.renkei.app.knowledge;

import org.renkei.app.domain.CapabilityTag;

import java.text.Normalizer;
import java.util.Comparator;
import java.util.List;

/** Tag names as typed (NFKC, trimmed) and the vocabulary tags close to an unknown one. */
public final class TagSuggestions {
    private static final int LIMIT = 5;

    private TagSuggestions() {
    }

    public static String normalize(String typed) {
        return Normalizer.normalize(typed, Normalizer.Form.NFKC).strip();
    }

    /**
     * Tags sharing text with {@code typed} (either contains the other), or sharing a character with it and within
     * two edits of it (胃瘻 → 胃ろう), closest first.
     */
    public static List<String> close(String typed, List<CapabilityTag> vocabulary) {
        String t = normalize(typed);
        return vocabulary.stream().map(CapabilityTag::name)
                .filter(n -> !t.isEmpty() && (n.contains(t) || t.contains(n) || sharesChar(n, t) && distance(n, t) <= 2))
                .sorted(Comparator.comparingInt((String n) -> distance(n, t)).thenComparing(n -> n))
                .limit(LIMIT)
                .toList();
    }

    private static boolean sharesChar(String a, String b) {
        return a.chars().anyMatch(ch -> b.indexOf(ch) >= 0);
    }

    /** Levenshtein distance over UTF-16 units (the vocabulary is BMP text). */
    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] swap = prev;
            prev = cur;
            cur = swap;
        }
        return prev[b.length()];
    }
}
