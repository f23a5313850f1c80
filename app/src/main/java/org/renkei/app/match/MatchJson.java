package org.renkei.app.match;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.renkei.dataimport.geo.Precision;

/** JSON at the CLI edge: the {@code match --json} document and {@code match --batch} case lines. */
public final class MatchJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private MatchJson() {
    }

    /** The {@code match --json} document as one line. */
    public static String write(MatchResult r, double lat, double lng, Precision precision) {
        return toString(toJson(null, r, lat, lng, precision));
    }

    /** One {@code match --batch} output line: the same document with the case id first. */
    public static String writeBatchLine(String id, MatchResult r, double lat, double lng, Precision precision) {
        return toString(toJson(id, r, lat, lng, precision));
    }

    /** The document as a tree; {@code id} null leaves it out. */
    static ObjectNode toJson(String id, MatchResult r, double lat, double lng, Precision precision) {
        ObjectNode root = MAPPER.createObjectNode();
        if (id != null) {
            root.put("id", id);
        }
        ObjectNode origin = root.putObject("origin");
        origin.put("lat", lat);
        origin.put("lng", lng);
        origin.put("precision", precision == null ? Precision.NONE.code() : precision.code());
        ArrayNode plans = root.putArray("plans");
        for (Plan p : r.plans()) {
            ObjectNode pn = plans.addObject();
            ArrayNode fs = pn.putArray("facilities");
            for (PlanMember m : p.members()) {
                ObjectNode fn = fs.addObject();
                fn.put("id", m.facility().id());
                fn.put("name", m.facility().name());
                fn.put("address", m.facility().address());
                ArrayNode covers = fn.putArray("covers");
                m.covers().forEach(covers::add);
                fn.put("km", round(m.km(), 3));
                fn.put("preference", round(m.facility().preference(), 4));
                ArrayNode reasons = fn.putArray("reasons");
                m.facility().profile().reasons().forEach(reasons::add);
            }
            pn.put("count", p.count());
            pn.put("total_km", round(p.totalKm(), 3));
        }
        ArrayNode unc = root.putArray("uncovered");
        for (Uncovered u : r.uncovered()) {
            ObjectNode un = unc.addObject();
            un.put("dept", u.dept());
            if (u.nearestKm() == null) {
                un.putNull("nearest_km");
            } else {
                un.put("nearest_km", round(u.nearestKm(), 3));
            }
            un.put("nearest_id", u.nearest() == null ? null : u.nearest().id());
            un.put("nearest_name", u.nearest() == null ? null : u.nearest().name());
        }
        root.put("explanation", r.explanation());
        root.put("elapsed_ms", round(r.elapsedMs(), 3));
        return root;
    }

    /** Parses one batch line; throws {@link IllegalArgumentException} with a reason when it is not valid. */
    public static BatchCase parseCase(String line) {
        JsonNode n;
        try {
            n = MAPPER.readTree(line);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage(), e);
        }
        if (n == null || !n.isObject()) {
            throw new IllegalArgumentException("a case must be a JSON object");
        }
        Double lat = number(n, "lat");
        Double lng = number(n, "lng");
        String address = n.hasNonNull("address") ? n.get("address").asText() : null;
        if ((lat == null || lng == null) && (address == null || address.isBlank())) {
            throw new IllegalArgumentException("a case needs lat and lng, or address");
        }
        List<String> dept = strings(n, "dept");
        if (dept.isEmpty()) {
            throw new IllegalArgumentException("a case needs dept");
        }
        RequireSpec require = RequireSpec.parse(strings(n, "require"));
        Set<Opening> open = EnumSet.noneOf(Opening.class);
        strings(n, "open").forEach(s -> open.add(Opening.fromCode(s)));
        Double km = number(n, "km");
        Integer top = null;
        if (n.hasNonNull("top")) {
            if (!n.get("top").isIntegralNumber()) {
                throw new IllegalArgumentException("top must be a whole number");
            }
            top = n.get("top").asInt();
        }
        String id = n.hasNonNull("id") ? n.get("id").asText() : null;
        JsonNode pref = n.get("prefer_history");
        if (pref != null && !pref.isNull() && !pref.isBoolean()) {
            throw new IllegalArgumentException("prefer_history must be true or false");
        }
        return new BatchCase(id, lat, lng, address, dept, strings(n, "keep"), km, require.codes(), open, top,
                require.tags(), pref != null && pref.asBoolean());
    }

    private static Double number(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isNumber()) {
            throw new IllegalArgumentException(field + " must be a number");
        }
        return v.asDouble();
    }

    private static List<String> strings(JsonNode n, String field) {
        List<String> out = new ArrayList<>();
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            return out;
        }
        if (v.isTextual()) {
            for (String s : v.asText().split(",")) {
                if (!s.isBlank()) {
                    out.add(s.trim());
                }
            }
            return out;
        }
        if (!v.isArray()) {
            throw new IllegalArgumentException(field + " must be a list");
        }
        for (JsonNode e : v) {
            if (!e.isTextual()) {
                throw new IllegalArgumentException(field + " must list text values");
            }
            if (!e.asText().isBlank()) {
                out.add(e.asText().trim());
            }
        }
        return out;
    }

    private static double round(double v, int places) {
        return BigDecimal.valueOf(v).setScale(places, RoundingMode.HALF_UP).doubleValue();
    }

    private static String toString(JsonNode n) {
        try {
            return MAPPER.writeValueAsString(n);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }
}
