package org.renkei.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.renkei.app.domain.Facility;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** JSON output of the CLI: one document per command on stdout. */
final class Json {
    static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {
    }

    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    static void print(PrintWriter out, Object node) {
        try {
            out.println(MAPPER.writeValueAsString(node));
            out.flush();
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Kilometres rounded to 3 decimals. */
    static BigDecimal km(double km) {
        return BigDecimal.valueOf(km).setScale(3, RoundingMode.HALF_UP);
    }

    static ObjectNode facility(Facility f, Double km) {
        ObjectNode n = object();
        n.put("id", String.valueOf(f.id()));
        n.put("source", f.source());
        n.put("source_key", f.sourceKey());
        n.put("name", f.name());
        n.put("kana", f.kana());
        n.put("kind", f.kind().label());
        n.put("postal_code", f.postalCode());
        n.put("address", f.address());
        if (f.hasLocation()) {
            n.put("lat", f.lat());
            n.put("lng", f.lng());
        } else {
            n.putNull("lat");
            n.putNull("lng");
        }
        n.put("precision", f.precision().code());
        n.put("phone", f.phone());
        ArrayNode depts = n.putArray("departments");
        f.departmentNames().forEach(depts::add);
        n.put("status", f.status().code());
        if (km == null) {
            n.putNull("km");
        } else {
            n.put("km", km(km));
        }
        return n;
    }
}
