package org.renkei.app.ui.testing;

import org.renkei.app.domain.Facility;
import org.renkei.app.match.MatchRequest;
import org.renkei.app.match.MatchResult;
import org.renkei.app.ui.casework.CaseMatcher;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Records requests, prepares and invalidations; answers with a preset result. 循環器内科 is a sub-department of 内科. */
public final class FakeMatcher implements CaseMatcher {
    public final List<MatchRequest> requests = new ArrayList<>();
    public int prepares;
    public int invalidations;
    public MatchResult result = new MatchResult(List.of(), List.of(), "条件を満たす施設が範囲内にありません。", 0, 0);
    public Map<String, Facility> facilities = Map.of();
    public RuntimeException failure;

    @Override
    public void prepare() {
        prepares++;
    }

    @Override
    public void invalidate() {
        invalidations++;
    }

    @Override
    public Matched match(MatchRequest request) {
        requests.add(request);
        if (failure != null) {
            throw failure;
        }
        return new Matched(result, facilities);
    }

    @Override
    public boolean isAncestor(String ancestor, String name) {
        return ancestor.equals("内科") && name.equals("循環器内科");
    }
}
