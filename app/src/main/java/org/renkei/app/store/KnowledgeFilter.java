package org.renkei.app.store;

import org.renkei.app.domain.SearchQuery;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;

/**
 * The search's conditions on facility knowledge (portable SQL over {@code facility f}). Knowledge is keyed by
 * (source, source_key) and a facility's knowledge may be held by another source's record of the same place
 * (docs/decisions/0018): a facility passes when it holds the matching rows itself or through an auto / confirmed
 * link, in either direction.
 */
final class KnowledgeFilter {
    private static final String LINKED = "SELECT l.%s FROM facility_link l JOIN facility h ON h.id = l.%s "
            + "JOIN %s x ON x.source = h.source AND x.source_key = h.source_key "
            + "WHERE l.state IN ('auto', 'confirmed') AND %s";

    private KnowledgeFilter() {
    }

    static void append(StringBuilder sql, List<Object> args, SearchQuery q, LocalDate firstFreshDay) {
        for (String tag : q.capabilities()) {
            StringBuilder cond = new StringBuilder("x.tag = ?");
            if (!q.departments().isEmpty()) {
                cond.append(" AND (x.department = ''");
                q.departments().forEach(d -> cond.append(" OR x.department = ?"));
                cond.append(')');
            }
            sql.append(" AND ");
            held(sql, "facility_capability", cond.toString());
            for (int n = 0; n < 3; n++) {
                args.add(tag);
                args.addAll(q.departments());
            }
        }
        if (q.staleOnly()) {
            sql.append(" AND ");
            stale(sql, args, firstFreshDay);
        }
    }

    /** {@code (f has a fact confirmed before firstFreshDay)}. */
    static void stale(StringBuilder sql, List<Object> args, LocalDate firstFreshDay) {
        if (firstFreshDay == null) {
            throw new IllegalArgumentException("a stale search needs the first fresh day");
        }
        Date fresh = Date.valueOf(firstFreshDay);
        sql.append("(");
        held(sql, "facility_capability", "x.verified_on < ?");
        sql.append(" OR ");
        held(sql, "facility_knowledge", "(x.registered_on < ? OR x.contact_on < ? OR x.notes_on < ?)");
        sql.append(')');
        for (int n = 0; n < 3 + 3 * 3; n++) {
            args.add(fresh);
        }
    }

    /** {@code (f is recorded as 登録医)}. */
    static void registered(StringBuilder sql) {
        held(sql, "facility_knowledge", "x.registered = TRUE");
    }

    /** {@code (f holds a row of table matching cond)}; cond's parameters are bound three times (own, both links). */
    static void held(StringBuilder sql, String table, String cond) {
        sql.append("(f.id IN (SELECT h.id FROM ").append(table)
                .append(" x JOIN facility h ON h.source = x.source AND h.source_key = x.source_key WHERE ")
                .append(cond).append(") OR f.id IN (")
                .append(String.format(LINKED, "primary_id", "secondary_id", table, cond)).append(") OR f.id IN (")
                .append(String.format(LINKED, "secondary_id", "primary_id", table, cond)).append("))");
    }
}
