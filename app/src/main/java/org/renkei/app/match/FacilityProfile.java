package org.renkei.app.match;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What the office knows about a facility beyond the imported list, as the matcher uses it: capability tags (whole
 * facility, or one department), 登録医, the acceptance history and how fresh the knowledge is.
 *
 * @param tags           capability tags of the whole facility (訪問診療, バリアフリー …)
 * @param departmentTags canonical department name to the tags set for that department only
 * @param registered     登録医; null = not recorded
 * @param accepted       referrals the facility accepted
 * @param answered       referrals it answered (accepted + declined + redirected): the sample size
 * @param freshFacts     recorded facts verified within the office's stale age
 * @param staleFacts     recorded facts verified longer ago
 */
public record FacilityProfile(Set<String> tags, Map<String, Set<String>> departmentTags, Boolean registered,
                              int accepted, int answered, int freshFacts, int staleFacts) {
    /** Nothing known. */
    public static final FacilityProfile NONE = new FacilityProfile(Set.of(), Map.of(), null, 0, 0, 0, 0);

    public FacilityProfile {
        tags = Set.copyOf(Objects.requireNonNullElse(tags, Set.of()));
        departmentTags = copyDeep(Objects.requireNonNullElse(departmentTags, Map.of()));
        if (accepted < 0 || answered < accepted || freshFacts < 0 || staleFacts < 0) {
            throw new IllegalArgumentException("bad profile counts");
        }
    }

    public boolean isRegistered() {
        return Boolean.TRUE.equals(registered);
    }

    /** The tag is set on the whole facility or on this department. */
    public boolean hasTag(String tag, String department) {
        return tags.contains(tag) || departmentTags.getOrDefault(department, Set.of()).contains(tag);
    }

    /** {@link Preference#score}. */
    public double preference() {
        return Preference.score(this);
    }

    /** Short Japanese reasons behind the score, for plan explanations: 登録医, 受入 5/6, 確認日が古い. */
    public List<String> reasons() {
        List<String> out = new ArrayList<>();
        if (isRegistered()) {
            out.add("登録医");
        }
        if (answered > 0) {
            out.add("受入 " + accepted + "/" + answered);
        }
        if (staleFacts > 0) {
            out.add("確認日が古い");
        }
        return out;
    }

    private static Map<String, Set<String>> copyDeep(Map<String, Set<String>> m) {
        Map<String, Set<String>> out = new HashMap<>();
        m.forEach((k, v) -> out.put(k, Set.copyOf(v)));
        return Map.copyOf(out);
    }
}
