package org.renkei.app.knowledge.share;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/** A JSON object of a shared file read field by field; every refusal names the file and the field's path. */
final class Fields {
    private final String file;
    private final JsonNode node;
    private final String path;

    Fields(String file, JsonNode node, String path) {
        this.file = file;
        this.node = node;
        this.path = path;
    }

    String path() {
        return path.isEmpty() ? "(最上位)" : path;
    }

    void requireObject() {
        if (!node.isObject()) {
            throw new ShareRejectedException("「" + file + "」の " + path() + " がオブジェクト（{…}）ではありません。");
        }
    }

    /** A string field; missing or null is refused when {@code required}, else read as "". */
    String text(String field, boolean required) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            if (required) {
                throw refuse(field, "がありません");
            }
            return "";
        }
        if (!v.isTextual()) {
            throw refuse(field, "が文字列ではありません");
        }
        if (required && v.asText().isBlank()) {
            throw refuse(field, "が空です");
        }
        return v.asText();
    }

    int integer(String field) {
        JsonNode v = node.get(field);
        if (v == null || !v.isInt()) {
            throw refuse(field, "が整数ではありません");
        }
        return v.intValue();
    }

    boolean bool(String field) {
        JsonNode v = node.get(field);
        if (v == null || !v.isBoolean()) {
            throw refuse(field, "が true / false ではありません");
        }
        return v.booleanValue();
    }

    /** The object in {@code field}; null when the field is missing or null. */
    Fields optionalObject(String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        Fields f = new Fields(file, v, at(field));
        f.requireObject();
        return f;
    }

    /** The objects of the array in {@code field}; missing = none. */
    List<Fields> array(String field) {
        JsonNode v = node.get(field);
        List<Fields> out = new ArrayList<>();
        if (v == null || v.isNull()) {
            return out;
        }
        if (!v.isArray()) {
            throw refuse(field, "が配列（[…]）ではありません");
        }
        int i = 0;
        for (Iterator<JsonNode> it = v.elements(); it.hasNext(); i++) {
            Fields f = new Fields(file, it.next(), at(field) + "[" + i + "]");
            f.requireObject();
            out.add(f);
        }
        return out;
    }

    /** 「「F.json」の facilities[2].tags[0].verified_on: …」. */
    ShareRejectedException refuse(String field, String problem) {
        String sep = problem.startsWith("が") ? "" : ": ";
        return new ShareRejectedException("「" + file + "」の " + at(field) + sep + problem + "。");
    }

    private String at(String field) {
        return path.isEmpty() ? field : path + "." + field;
    }
}
