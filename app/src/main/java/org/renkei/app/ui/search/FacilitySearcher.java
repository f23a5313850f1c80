package org.renkei.app.ui.search;

import org.renkei.app.search.SearchHit;
import org.renkei.app.domain.SearchQuery;

import java.util.List;

/** Runs a facility search ({@code SearchService::search} in production). Slow: call off the UI thread. */
@FunctionalInterface
public interface FacilitySearcher {
    List<SearchHit> search(SearchQuery query);
}
