package org.renkei.app.knowledge;

import org.renkei.app.domain.Capability;
import org.renkei.app.domain.CapabilityTag;
import org.renkei.app.domain.Contact;
import org.renkei.app.domain.ContactMethod;
import org.renkei.app.domain.Fact;
import org.renkei.app.domain.Facility;
import org.renkei.app.domain.FacilityKnowledge;
import org.renkei.app.domain.Verified;
import org.renkei.app.knowledge.KnowledgeEdit.TagChange;
import org.renkei.dataimport.dept.DepartmentVocabulary;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Checks an edit against the vocabulary and the facility, then applies it; refuses in Japanese, writing nothing. */
final class EditApplier {
    static final int MAX_DETAIL = 200;
    static final int MAX_NAME = 200;
    static final int MAX_NOTES = 4000;

    private final List<CapabilityTag> vocabulary;
    private final Map<String, CapabilityTag> byName;
    private final DepartmentVocabulary departments;

    EditApplier(List<CapabilityTag> vocabulary, DepartmentVocabulary departments) {
        this.vocabulary = vocabulary;
        this.byName = vocabulary.stream().collect(Collectors.toMap(CapabilityTag::name, Function.identity()));
        this.departments = departments;
    }

    FacilityKnowledge apply(Facility facility, FacilityKnowledge k, KnowledgeEdit edit, Verified v) {
        length(v.by(), MAX_NAME, "確認者");
        for (TagChange u : edit.untags()) {
            CapabilityTag tag = tag(u.tag());
            String dept = department(facility, u.department(), false);
            if (k.capability(tag.name(), dept).isEmpty()) {
                throw new KnowledgeRejectedException("タグ「" + tag.name() + "」" + scope(dept) + "は設定されていません。");
            }
            k = k.withoutCapability(tag.name(), dept);
        }
        for (TagChange t : edit.tags()) {
            CapabilityTag tag = tag(t.tag());
            String dept = department(facility, t.department(), true);
            if (tag.takesDetail() && t.detail().isEmpty()) {
                throw new KnowledgeRejectedException("タグ「" + tag.name() + "」には内容が必要です（例: "
                        + tag.name() + "=英語・中国語）。");
            }
            if (!tag.takesDetail() && !t.detail().isEmpty()) {
                throw new KnowledgeRejectedException("タグ「" + tag.name() + "」は内容（=の後）を取りません。");
            }
            length(t.detail(), MAX_DETAIL, "タグの内容");
            k = k.withCapability(new Capability(tag.name(), dept, t.detail(), v));
        }
        if (edit.registered() != null) {
            k = k.withRegistered(new Fact<>(edit.registered(), v));
        }
        if (edit.contactPerson() != null || edit.contactMethod() != null) {
            k = k.withContact(contact(k, edit.contactPerson(), edit.contactMethod(), v));
        }
        if (edit.notes() != null) {
            length(edit.notes(), MAX_NOTES, "備考");
            k = k.withNotes(edit.notes().isBlank() ? null : new Fact<>(edit.notes().strip(), v));
        }
        return edit.verifyAll() ? k.verifiedAll(v) : k;
    }

    /** The vocabulary tag for a typed name; unknown → refused with the close tags. */
    CapabilityTag tag(String typed) {
        String name = TagSuggestions.normalize(typed);
        CapabilityTag tag = byName.get(name);
        if (tag != null) {
            return tag;
        }
        List<String> close = TagSuggestions.close(name, vocabulary);
        throw new KnowledgeRejectedException("タグ「" + name + "」は語彙にありません。"
                + (close.isEmpty() ? "" : "近いタグ: " + String.join("、", close) + "。")
                + "語彙への追加は facility tags --add で行えます。");
    }

    private String department(Facility facility, String typed, boolean setting) {
        if (typed.isEmpty()) {
            return "";
        }
        String name = departments.resolve(typed).map(d -> d.name())
                .orElseThrow(() -> new KnowledgeRejectedException("診療科「" + typed + "」は辞書にありません。"));
        List<String> offered = facility.departmentNames();
        if (setting && !offered.isEmpty() && !offered.contains(name)) {
            throw new KnowledgeRejectedException("「" + facility.name() + "」には診療科「" + name + "」がありません（"
                    + String.join("・", offered) + "）。");
        }
        return name;
    }

    private static Fact<Contact> contact(FacilityKnowledge k, String person, ContactMethod method, Verified v) {
        Contact old = k.contact() == null ? null : k.contact().value();
        String p = person != null ? person.strip() : old == null ? "" : old.person();
        ContactMethod m = method != null ? method : old == null ? null : old.method();
        length(p, MAX_NAME, "連絡先の担当者");
        return p.isEmpty() && m == null ? null : new Fact<>(new Contact(p, m), v);
    }

    private static String scope(String dept) {
        return dept.isEmpty() ? "（施設全体）" : "（" + dept + "）";
    }

    static void length(String text, int max, String what) {
        if (text.length() > max) {
            throw new KnowledgeRejectedException(what + "が長すぎます（" + text.length() + " 文字、上限 " + max + " 文字）。");
        }
    }
}
