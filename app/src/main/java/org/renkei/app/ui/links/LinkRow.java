package org.renkei.app.ui.links;

import org.renkei.app.domain.FacilityLink;
import org.renkei.app.domain.LinkedFacility;
import org.renkei.app.ui.common.Messages;
import org.renkei.app.ui.common.SourceNames;

/** One pending pair as the dialog shows it: each facility as name, source・key and address on three lines. */
public record LinkRow(long id, String first, String second, String reason, String score) {

    static LinkRow of(FacilityLink l) {
        return new LinkRow(l.id(), side(l.primary()), side(l.secondary()), l.reason(), String.valueOf(l.score()));
    }

    private static String side(LinkedFacility f) {
        return f.name() + "\n" + Messages.get("detail.sourceAndKey", SourceNames.display(f.source()), f.sourceKey())
                + "\n" + f.address();
    }
}
