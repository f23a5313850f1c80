package org.renkei.app.match;

import java.text.Normalizer;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What {@code --require} / a case's {@code require} list asks for: the old codes ({@code home-visit},
 * {@code barrier-free}, {@code accepting}) and any capability tag by name (訪問診療, 在宅酸素 …).
 *
 * @param codes the old codes given
 * @param tags  the other entries as tag names (NFKC, trimmed); whether they exist is the caller's check
 */
public record RequireSpec(Set<Requirement> codes, Set<String> tags) {
    public static final RequireSpec NONE = new RequireSpec(Set.of(), Set.of());

    public RequireSpec {
        codes = codes.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(codes));
        tags = Set.copyOf(tags);
    }

    /** Splits the entries into old codes and tag names; blank entries are skipped. */
    public static RequireSpec parse(Collection<String> items) {
        Set<Requirement> codes = EnumSet.noneOf(Requirement.class);
        Set<String> tags = new LinkedHashSet<>();
        for (String item : items) {
            String t = tagName(item);
            if (t.isEmpty()) {
                continue;
            }
            Requirement.parse(t).ifPresentOrElse(codes::add, () -> tags.add(t));
        }
        return new RequireSpec(codes, tags);
    }

    /** A tag name as the vocabulary spells it: NFKC (full-width letters and digits folded), trimmed. */
    public static String tagName(String text) {
        return text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
    }

    /** Requirement entries as tag names, in their order (home-visit → 訪問診療, 在宅酸素 stays); blanks dropped. */
    public static List<String> asTags(Collection<String> items) {
        Set<String> out = new LinkedHashSet<>();
        for (String item : items) {
            String t = tagName(item);
            if (!t.isEmpty()) {
                out.add(Requirement.parse(t).map(Requirement::tag).orElse(t));
            }
        }
        return List.copyOf(out);
    }

    /** Every tag this asks for, the old codes as their tags (home-visit → 訪問診療). */
    public Set<String> allTags() {
        Set<String> all = new LinkedHashSet<>();
        codes.forEach(r -> all.add(r.tag()));
        all.addAll(tags);
        return all;
    }
}
