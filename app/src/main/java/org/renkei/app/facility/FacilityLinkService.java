package org.renkei.app.facility;

import org.renkei.app.domain.FacilityLink;
import org.renkei.app.domain.LinkState;
import org.renkei.app.store.Database;
import org.renkei.app.store.FacilityLinkRepository;
import org.renkei.app.store.StoreException;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

/** Lists links between facilities of different sources and records a person's decision on them. */
public final class FacilityLinkService {
    private final Database db;
    private final FacilityLinkRepository links = new FacilityLinkRepository();

    public FacilityLinkService(Database db) {
        this.db = db;
    }

    /** Pending links only, or every link; pending first, then by score. */
    public List<FacilityLink> list(boolean pendingOnly) {
        try (Connection c = db.connection()) {
            return links.list(c, pendingOnly ? EnumSet.of(LinkState.PENDING) : EnumSet.allOf(LinkState.class));
        } catch (SQLException e) {
            throw new StoreException("Listing facility links", e);
        }
    }

    /** The two are the same facility: the secondary is hidden from now on. Empty when there is no such link. */
    public Optional<FacilityLink> confirm(long id) {
        return decide(id, LinkState.CONFIRMED);
    }

    /** The two are different facilities: both stay visible and the pair is never proposed again. */
    public Optional<FacilityLink> reject(long id) {
        return decide(id, LinkState.REJECTED);
    }

    private Optional<FacilityLink> decide(long id, LinkState state) {
        try {
            return db.inTransaction(c -> links.decide(c, id, state, LocalDateTime.now())
                    ? links.byId(c, id) : Optional.<FacilityLink>empty());
        } catch (SQLException e) {
            throw new StoreException("Deciding facility link " + id, e);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
