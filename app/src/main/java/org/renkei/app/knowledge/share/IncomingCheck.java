package org.renkei.app.knowledge.share;

import org.renkei.app.domain.CapabilityTag;
import org.renkei.app.domain.Contact;
import org.renkei.app.domain.FacilityKey;
import org.renkei.dataimport.dept.DepartmentVocabulary;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks another office's file against our vocabulary before anything is compared or written: every tag must be ours
 * or listed in the file's own vocabulary (those are added to ours), a tag's value must match whether it takes one,
 * department scopes must be known departments (written as their canonical names), a slot may appear once per
 * facility, and texts must fit. The first problem refuses the whole file.
 */
final class IncomingCheck {
    static final int MAX_KEY = 64;
    static final int MAX_TEXT = 200;
    static final int MAX_NOTES = 4000;

    private final String file;
    private final Map<String, CapabilityTag> tags = new LinkedHashMap<>();
    private final List<CapabilityTag> added = new ArrayList<>();
    private final DepartmentVocabulary departments;

    private IncomingCheck(String file, List<CapabilityTag> ours, DepartmentVocabulary departments) {
        this.file = file;
        ours.forEach(t -> tags.put(t.name(), t));
        this.departments = departments;
    }

    /** The checked content: facilities with one entry per key, canonical departments, and the tags to add. */
    record Checked(List<SharedFacility> facilities, List<CapabilityTag> newTags) {
    }

    static Checked check(String file, SharedKnowledge in, List<CapabilityTag> ours, DepartmentVocabulary departments) {
        return new IncomingCheck(file, ours, departments).run(in);
    }

    private Checked run(SharedKnowledge in) {
        for (CapabilityTag t : in.vocabulary()) {
            if (!tags.containsKey(t.name())) {
                tags.put(t.name(), t);
                added.add(t);
            }
        }
        Map<FacilityKey, SharedFacility> byKey = new LinkedHashMap<>();
        Map<FacilityKey, Set<FactSlot>> seen = new LinkedHashMap<>();
        Map<FacilityKey, List<SharedFact>> facts = new LinkedHashMap<>();
        for (SharedFacility f : in.facilities()) {
            if (f.key().source().length() > MAX_KEY || f.key().sourceKey().length() > MAX_KEY) {
                throw refuse(f.facts().isEmpty() ? "" : f.facts().get(0).origin(), "情報源・施設ID は "
                        + MAX_KEY + " 文字までです");
            }
            byKey.putIfAbsent(f.key(), f);
            for (SharedFact fact : f.facts()) {
                SharedFact ok = fact(fact);
                if (!seen.computeIfAbsent(f.key(), k -> new HashSet<>()).add(ok.slot())) {
                    throw refuse(fact.origin(), "施設 " + f.key().sourceKey() + " の「" + ok.slot().label()
                            + "」が二度あります");
                }
                facts.computeIfAbsent(f.key(), k -> new ArrayList<>()).add(ok);
            }
        }
        List<SharedFacility> out = new ArrayList<>();
        byKey.forEach((key, f) -> out.add(new SharedFacility(key, f.name(), f.address(),
                facts.getOrDefault(key, List.of()))));
        return new Checked(out, added);
    }

    private SharedFact fact(SharedFact f) {
        length(f, f.verified().by(), MAX_TEXT, "確認者");
        FactSlot slot = f.slot();
        switch (slot.kind()) {
            case CONTACT -> length(f, ((Contact) f.value()).person(), MAX_TEXT, "連絡先の担当者");
            case NOTES -> {
                if (((String) f.value()).isBlank()) {
                    throw refuse(f.origin(), "備考が空です");
                }
                length(f, (String) f.value(), MAX_NOTES, "備考");
            }
            case TAG -> {
                return tag(f);
            }
            default -> {
            }
        }
        return f;
    }

    private SharedFact tag(SharedFact f) {
        CapabilityTag tag = tags.get(f.slot().tag());
        if (tag == null) {
            throw refuse(f.origin(), "タグ「" + f.slot().tag() + "」は自院の語彙にも、ファイルの語彙にもありません");
        }
        String detail = (String) f.value();
        if (tag.takesDetail() && detail.isEmpty()) {
            throw refuse(f.origin(), "タグ「" + tag.name() + "」には内容が必要です");
        }
        if (!tag.takesDetail() && !detail.isEmpty()) {
            throw refuse(f.origin(), "タグ「" + tag.name() + "」は内容を取りません（「" + detail + "」）");
        }
        length(f, detail, MAX_TEXT, "タグの内容");
        String dept = f.slot().department();
        if (!dept.isEmpty()) {
            dept = departments.resolve(dept).map(d -> d.name()).orElseThrow(() ->
                    refuse(f.origin(), "診療科「" + f.slot().department() + "」は辞書にありません"));
        }
        return new SharedFact(FactSlot.tag(tag.name(), dept), detail, f.verified(), f.origin());
    }

    private void length(SharedFact f, String text, int max, String what) {
        if (text.length() > max) {
            throw refuse(f.origin(), what + "が長すぎます（" + text.length() + " 文字、上限 " + max + " 文字）");
        }
    }

    private ShareRejectedException refuse(String origin, String problem) {
        return new ShareRejectedException("「" + file + "」の" + (origin.isEmpty() ? "" : " " + origin) + ": "
                + problem + "。");
    }
}
