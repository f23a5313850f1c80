package org.renkei.app.domain;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * Two facilities of different sources that may be the same one. The primary (the one with departments and hours,
 * i.e. ナビイ) is shown; the secondary is hidden while the link {@link LinkState#joins() joins} them.
 *
 * @param score     0–100, for sorting
 * @param reason    the evidence in Japanese
 * @param decidedAt when the linker (auto) or a person (confirmed / rejected) decided; null while pending
 */
public record FacilityLink(long id, LinkState state, int score, String reason, LocalDateTime createdAt,
                           LocalDateTime decidedAt, LinkedFacility primary, LinkedFacility secondary) {
    public FacilityLink {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(primary, "primary");
        Objects.requireNonNull(secondary, "secondary");
        reason = reason == null ? "" : reason;
    }
}
