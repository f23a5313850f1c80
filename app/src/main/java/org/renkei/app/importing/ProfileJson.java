package org.renkei.app.importing;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import org.renkei.dataimport.read.profile.ColumnRef;
import org.renkei.dataimport.read.profile.CsvEncoding;
import org.renkei.dataimport.read.profile.DepartmentSpec;
import org.renkei.dataimport.read.profile.DepartmentStyle;
import org.renkei.dataimport.read.profile.Field;
import org.renkei.dataimport.read.profile.FileType;
import org.renkei.dataimport.read.profile.ImportProfile;
import org.renkei.dataimport.read.profile.KeyPolicy;
import org.renkei.dataimport.read.profile.SheetRef;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An import profile as stored in JSON (snake_case, lower-case values; a column is {@code {"header": "…"}},
 * {@code {"letter": "C"}} or a plain header string). Unknown properties are ignored; unknown values are rejected with
 * a Japanese reason ({@link IllegalArgumentException}).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"version", "name", "file", "columns", "departments", "key"})
record ProfileJson(Integer version, String name, FileJson file, Map<String, JsonNode> columns,
                   DepartmentsJson departments, KeyJson key) {
    static final int VERSION = 1;

    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record FileJson(String type, String encoding, JsonNode sheet, @JsonProperty("header_row") Integer headerRow,
                    @JsonProperty("first_data_row") Integer firstDataRow) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record DepartmentsJson(String style, String separator, @JsonProperty("flag_columns") List<JsonNode> flagColumns,
                           @JsonProperty("every_row") List<String> everyRow) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record KeyJson(String policy) {
    }

    static ProfileJson of(ImportProfile p) {
        boolean workbook = p.fileType().workbook();
        JsonNode sheet = !workbook ? null
                : p.sheet().name() != null ? TextNode.valueOf(p.sheet().name()) : IntNode.valueOf(p.sheet().index());
        Map<String, JsonNode> columns = new LinkedHashMap<>();
        for (Field f : Field.values()) {
            p.column(f).ifPresent(ref -> columns.put(f.name().toLowerCase(Locale.ROOT), column(ref)));
        }
        DepartmentSpec d = p.departments();
        return new ProfileJson(VERSION, p.name(),
                new FileJson(p.fileType().name().toLowerCase(Locale.ROOT),
                        workbook ? null : p.encoding().name().toLowerCase(Locale.ROOT).replace('_', '-'), sheet,
                        p.headerRow(), p.firstDataRow()),
                columns, new DepartmentsJson(d.style().name().toLowerCase(Locale.ROOT),
                        d.style() == DepartmentStyle.NONE ? null : d.separator(),
                        d.flagColumns().stream().map(ProfileJson::column).toList(), d.everyRow()),
                new KeyJson(p.keyPolicy().name().toLowerCase(Locale.ROOT)));
    }

    private static JsonNode column(ColumnRef ref) {
        ObjectNode n = JsonNodeFactory.instance.objectNode();
        return ref.header() != null ? n.put("header", ref.header()) : n.put("letter", ref.letter());
    }

    ImportProfile toProfile() {
        if (version != null && version > VERSION) {
            throw new IllegalArgumentException("新しい版の連携デスクで作られたインポート設定です（版 " + version
                    + "）。この版では読めません。");
        }
        if (file == null) {
            throw new IllegalArgumentException("「file」（ファイルの種類と見出し行）がありません。");
        }
        FileType type = value(FileType.class, file.type(), "ファイルの種類（type）", "csv・xlsx・xls");
        CsvEncoding encoding = file.encoding() == null ? CsvEncoding.AUTO
                : value(CsvEncoding.class, file.encoding().replace('-', '_'), "文字コード（encoding）", "auto・utf-8・cp932");
        SheetRef sheet = file.sheet() == null || file.sheet().isNull() ? SheetRef.at(1)
                : file.sheet().isInt() ? SheetRef.at(file.sheet().intValue()) : SheetRef.named(file.sheet().asText());
        Map<Field, ColumnRef> mapped = new EnumMap<>(Field.class);
        for (Map.Entry<String, JsonNode> e : (columns == null ? Map.<String, JsonNode>of() : columns).entrySet()) {
            mapped.put(value(Field.class, e.getKey(), "列の項目名", "name・address・kana など"), column(e.getValue()));
        }
        DepartmentsJson d = departments == null ? new DepartmentsJson("none", null, null, null) : departments;
        List<ColumnRef> flags = new ArrayList<>();
        for (JsonNode n : d.flagColumns() == null ? List.<JsonNode>of() : d.flagColumns()) {
            flags.add(column(n));
        }
        DepartmentSpec spec = new DepartmentSpec(value(DepartmentStyle.class, d.style(), "診療科の書き方（style）",
                "list・abbreviations・flag_columns・none"), d.separator(), flags, d.everyRow());
        KeyPolicy policy = key == null || key.policy() == null ? null
                : value(KeyPolicy.class, key.policy(), "キーの決め方（key.policy）", "column・name_address");
        return new ImportProfile(name, type, encoding, sheet, file.headerRow() == null ? 1 : file.headerRow(),
                file.firstDataRow() == null ? 0 : file.firstDataRow(), mapped, spec, policy);
    }

    private static ColumnRef column(JsonNode n) {
        if (n != null && n.isTextual()) {
            return ColumnRef.header(n.asText());
        }
        if (n == null || !n.isObject()) {
            throw new IllegalArgumentException("列は {\"header\": \"見出し\"} か {\"letter\": \"C\"} の形で書いてください。");
        }
        return new ColumnRef(text(n.get("header")), text(n.get("letter")));
    }

    private static String text(JsonNode n) {
        return n == null || n.isNull() ? null : n.asText();
    }

    private static <E extends Enum<E>> E value(Class<E> type, String text, String what, String allowed) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException(what + "がありません（" + allowed + "）。");
        }
        try {
            return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(what + "「" + text + "」は使えません（" + allowed + " のどれか）。", e);
        }
    }
}
