package org.renkei.app.ui.links;

import org.renkei.app.domain.FacilityLink;
import org.renkei.app.facility.FacilityLinkService;

import java.util.List;

/** What the 「同一施設の確認」 dialog needs from the store. Slow: off the UI thread. */
public interface LinkReview {
    /** Pairs waiting for a person, highest score first. */
    List<FacilityLink> pending();

    /** The pair is one facility. */
    void confirm(long linkId);

    /** The pair is two facilities; never proposed again. */
    void reject(long linkId);

    /** No store (tests and windows without links). */
    LinkReview NONE = new LinkReview() {
        @Override
        public List<FacilityLink> pending() {
            return List.of();
        }

        @Override
        public void confirm(long linkId) {
        }

        @Override
        public void reject(long linkId) {
        }
    };

    static LinkReview of(FacilityLinkService service) {
        return new LinkReview() {
            @Override
            public List<FacilityLink> pending() {
                return service.list(true);
            }

            @Override
            public void confirm(long linkId) {
                service.confirm(linkId);
            }

            @Override
            public void reject(long linkId) {
                service.reject(linkId);
            }
        };
    }
}
