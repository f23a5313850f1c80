package org.renkei.app.knowledge.share;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.renkei.app.domain.CapabilityTag;
import org.renkei.app.domain.Contact;
import org.renkei.app.domain.ContactMethod;
import org.renkei.app.domain.FacilityKey;
import org.renkei.app.domain.Verified;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The JSON form of shared knowledge: {@code {"format", "version", "exported_at", "office", "vocabulary": [{"name",
 * "takes_detail"}], "facilities": [{"source", "source_key", "name", "address", "registered": {"value", …},
 * "contact": {"person", "method", …}, "notes": {"text", …}, "tags": [{"tag", "department", "detail", …}]}]}}, each
 * fact with {@code "verified_on": "YYYY-MM-DD", "verified_by"}. Read strictly: anything unexpected refuses the file.
 */
final class KnowledgeJson {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(SerializationFeature.INDENT_OUTPUT);

    private KnowledgeJson() {
    }

    static void write(SharedKnowledge k, OutputStream out) throws IOException {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", SharedKnowledge.FORMAT);
        root.put("version", SharedKnowledge.VERSION);
        root.put("exported_at", k.exportedAt().withNano(0).toString());
        root.put("office", k.office());
        ArrayNode vocabulary = root.putArray("vocabulary");
        for (CapabilityTag t : k.vocabulary()) {
            vocabulary.addObject().put("name", t.name()).put("takes_detail", t.takesDetail());
        }
        ArrayNode facilities = root.putArray("facilities");
        for (SharedFacility f : k.facilities()) {
            ObjectNode o = facilities.addObject().put("source", f.key().source())
                    .put("source_key", f.key().sourceKey()).put("name", f.name()).put("address", f.address());
            ArrayNode tags = MAPPER.createArrayNode();
            for (SharedFact fact : f.facts()) {
                switch (fact.slot().kind()) {
                    case REGISTERED -> verified(o.putObject("registered").put("value", (Boolean) fact.value()), fact);
                    case CONTACT -> {
                        Contact c = (Contact) fact.value();
                        verified(o.putObject("contact").put("person", c.person())
                                .put("method", c.method() == null ? "" : c.method().code()), fact);
                    }
                    case NOTES -> verified(o.putObject("notes").put("text", (String) fact.value()), fact);
                    case TAG -> verified(tags.addObject().put("tag", fact.slot().tag())
                            .put("department", fact.slot().department()).put("detail", (String) fact.value()), fact);
                }
            }
            o.set("tags", tags);
        }
        MAPPER.writeValue(new NonClosing(out), root);
    }

    private static void verified(ObjectNode o, SharedFact f) {
        o.put("verified_on", f.verified().on().toString()).put("verified_by", f.verified().by());
    }

    static SharedKnowledge read(Path file) throws IOException {
        String name = String.valueOf(file.getFileName());
        JsonNode root;
        try (InputStream in = Files.newInputStream(file)) {
            root = MAPPER.readTree(in);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : at.getLineNr() + " 行目 " + at.getColumnNr() + " 文字目: ";
            throw new ShareRejectedException("「" + name + "」は JSON として読めません（" + where
                    + e.getOriginalMessage().lines().findFirst().orElse("") + "）。");
        }
        Fields r = new Fields(name, root == null ? MAPPER.nullNode() : root, "");
        r.requireObject();
        String format = r.text("format", true);
        if (!SharedKnowledge.FORMAT.equals(format)) {
            throw r.refuse("format", "連携情報のファイルではありません（format が「" + SharedKnowledge.FORMAT + "」ではなく「"
                    + format + "」）");
        }
        int version = r.integer("version");
        if (version != SharedKnowledge.VERSION) {
            throw r.refuse("version", "形式の版 " + version + " には対応していません（対応: " + SharedKnowledge.VERSION
                    + "。新しい版の連携デスクで書き出されたファイルかもしれません）");
        }
        LocalDateTime exportedAt;
        try {
            exportedAt = LocalDateTime.parse(r.text("exported_at", true));
        } catch (DateTimeParseException e) {
            throw r.refuse("exported_at", "日時として読めません");
        }
        List<CapabilityTag> vocabulary = new ArrayList<>();
        for (Fields t : r.array("vocabulary")) {
            String tag = t.text("name", true);
            try {
                vocabulary.add(new CapabilityTag(tag, t.bool("takes_detail"), false));
            } catch (IllegalArgumentException e) {
                throw t.refuse("name", "タグ名は 1〜" + CapabilityTag.MAX_NAME + " 文字です");
            }
        }
        List<SharedFacility> facilities = new ArrayList<>();
        for (Fields f : r.array("facilities")) {
            facilities.add(facility(f));
        }
        return new SharedKnowledge(exportedAt, r.text("office", false), vocabulary, facilities);
    }

    private static SharedFacility facility(Fields f) {
        FacilityKey key = new FacilityKey(f.text("source", true), f.text("source_key", true));
        List<SharedFact> facts = new ArrayList<>();
        Fields registered = f.optionalObject("registered");
        if (registered != null) {
            facts.add(new SharedFact(FactSlot.REGISTERED, registered.bool("value"), verified(registered),
                    registered.path()));
        }
        Fields contact = f.optionalObject("contact");
        if (contact != null) {
            String method = contact.text("method", false);
            ContactMethod m = null;
            if (!method.isEmpty()) {
                m = ContactMethod.parse(method).orElseThrow(() -> contact.refuse("method",
                        "連絡方法「" + method + "」は phone・fax・mcs のいずれかです"));
            }
            String person = contact.text("person", false);
            if (person.isBlank() && m == null) {
                throw contact.refuse("person", "担当者も連絡方法も空です");
            }
            facts.add(new SharedFact(FactSlot.CONTACT, new Contact(person, m), verified(contact), contact.path()));
        }
        Fields notes = f.optionalObject("notes");
        if (notes != null) {
            facts.add(new SharedFact(FactSlot.NOTES, notes.text("text", true).strip(), verified(notes), notes.path()));
        }
        for (Fields t : f.array("tags")) {
            facts.add(new SharedFact(FactSlot.tag(t.text("tag", true).strip(), t.text("department", false).strip()),
                    t.text("detail", false).strip(), verified(t), t.path()));
        }
        return new SharedFacility(key, f.text("name", false), f.text("address", false), facts);
    }

    private static Verified verified(Fields f) {
        return new Verified(SharedDates.parse(f.text("verified_on", true), d -> f.refuse("verified_on", d)),
                f.text("verified_by", false));
    }

    /** Keeps the caller's stream open (Jackson closes the stream it writes to). */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
