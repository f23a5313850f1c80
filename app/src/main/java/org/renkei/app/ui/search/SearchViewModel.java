package org.renkei.app.ui.search;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyListProperty;
import javafx.beans.property.ReadOnlyListWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import org.renkei.app.export.geo.ExportPoints;
import org.renkei.app.search.SearchHit;
import org.renkei.app.domain.SearchQuery;
import org.renkei.app.ui.common.BackgroundTask;
import org.renkei.app.ui.common.Messages;
import org.renkei.app.ui.common.RunState;
import org.renkei.app.ui.common.TaskRunner;
import org.renkei.app.ui.exports.GeoExport;
import org.renkei.app.ui.fields.AddressLocator;
import org.renkei.app.ui.fields.DepartmentPicker;
import org.renkei.app.ui.fields.DepartmentSuggester;
import org.renkei.app.ui.fields.GeocodeFeedback;
import org.renkei.app.ui.fields.LocationParser;
import org.renkei.dataimport.geo.GeocodeResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.function.LongConsumer;

/** The search screen: department chips, name, address with a distance limit, and the results. */
public final class SearchViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(SearchViewModel.class);
    static final int RESULT_LIMIT = 1000;

    private final FacilitySearcher searcher;
    private final DepartmentPicker picker;
    private final LocationParser locations;
    private final TaskRunner runner;
    private final GeoExport exports;
    private List<SearchHit> shownHits = List.of();
    private LongConsumer detailOpener = id -> { };
    private Criteria lastSearch;
    private boolean rerunWhenDone;
    /** Whether the last search reached the store (an unknown address or a failure does not). */
    private boolean answered;
    private boolean storeEmpty;

    // Properties
    private final StringProperty nameText = new SimpleStringProperty("");
    private final StringProperty address = new SimpleStringProperty("");
    private final StringProperty kmText = new SimpleStringProperty(DistanceLimit.DEFAULT);
    private final ReadOnlyStringWrapper kmError = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<GeocodeFeedback> geocodeFeedback = new ReadOnlyObjectWrapper<>(GeocodeFeedback.NONE);
    private final ReadOnlyListWrapper<ResultRow> results = new ReadOnlyListWrapper<>(FXCollections.observableArrayList());
    private final ReadOnlyStringWrapper countText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final RunState searching = new RunState();
    private final ReadOnlyBooleanWrapper searchDisabled = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper placeholder = new ReadOnlyStringWrapper(Messages.get("search.placeholder.start"));
    private final ReadOnlyBooleanWrapper canExport = new ReadOnlyBooleanWrapper(false);
    private final KnowledgeFilters filters;

    /** @param exports 「Excel / GeoJSON / KML に書き出す…」 of the results */
    public SearchViewModel(FacilitySearcher searcher, DepartmentSuggester suggester, AddressLocator locator,
                           TaskRunner runner, GeoExport exports) {
        this.searcher = searcher;
        this.exports = exports;
        canExport.bind(results.emptyProperty().not().and(exports.busyProperty().not()));
        this.picker = new DepartmentPicker(suggester);
        this.locations = new LocationParser(locator);
        this.runner = runner;
        this.filters = new KnowledgeFilters(runner);
        kmText.addListener((obs, old, text) -> validateKm(text));
        address.addListener((obs, old, text) -> geocodeFeedback.set(GeocodeFeedback.NONE));
        searching.busyProperty().addListener((obs, old, b) -> updateSearchDisabled());
        kmError.addListener((obs, old, e) -> updateSearchDisabled());
        searching.completedProperty().addListener((obs, old, n) -> searchEnded());
    }

    /** 「連携情報」 filters: capability tags (all required) and 要確認のみ. */
    public KnowledgeFilters filters() { return filters; }
    /** The department chip field. */
    public DepartmentPicker departmentPicker() { return picker; }
    public StringProperty nameTextProperty() { return nameText; }
    public StringProperty addressProperty() { return address; }
    public StringProperty kmTextProperty() { return kmText; }
    public List<String> kmChoices() { return DistanceLimit.choices(); }
    public ReadOnlyStringProperty kmErrorProperty() { return kmError.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<GeocodeFeedback> geocodeFeedbackProperty() { return geocodeFeedback.getReadOnlyProperty(); }
    public ReadOnlyListProperty<ResultRow> resultsProperty() { return results.getReadOnlyProperty(); }
    public ReadOnlyStringProperty countTextProperty() { return countText.getReadOnlyProperty(); }
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }
    /** What the empty results table says: enter criteria, nothing found, or no facility data at all. */
    public ReadOnlyStringProperty placeholderProperty() { return placeholder.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty busyProperty() { return searching.busyProperty(); }
    public ReadOnlyBooleanProperty searchDisabledProperty() { return searchDisabled.getReadOnlyProperty(); }
    /** There are results and none is being written. */
    public ReadOnlyBooleanProperty canExportProperty() { return canExport.getReadOnlyProperty(); }
    /** Counts finished searches (successful or not); the screenshot helper waits on it. */
    public ReadOnlyIntegerProperty completedSearchesProperty() { return searching.completedProperty(); }

    /** Where opening a result goes (the detail pane). */
    public void setDetailOpener(LongConsumer opener) {
        this.detailOpener = opener;
    }

    // Commands

    /**
     * 「検索」: takes the typed department (if any) as a chip, then searches in the background (locates the
     * address first, then queries the store). Without any department, name or address nothing is searched.
     */
    public void search() {
        if (searchDisabled.get() || !picker.commitTyped()) {
            return;
        }
        Criteria criteria = new Criteria(List.copyOf(picker.departmentsProperty()), text(nameText.get()),
                text(address.get()), DistanceLimit.parse(kmText.get()).km(), List.copyOf(filters.tagsProperty()),
                filters.staleOnlyProperty().get());
        if (criteria.isEmpty()) {
            message.set(Messages.get("search.message.noCriteria"));
            return;
        }
        lastSearch = criteria;
        run(criteria);
    }

    /**
     * Repeats the last search as it was run (after an import changed the store), without touching what is typed
     * or chosen now. Nothing happens before the first search; while a search runs, the repeat follows it.
     */
    public void rerunLastSearch() {
        if (lastSearch == null) {
            return;
        }
        if (searching.busyProperty().get()) {
            rerunWhenDone = true;
        } else {
            run(lastSearch);
        }
    }

    /** Told after every reading of the store's statistics: with no facilities at all, the table says so. */
    public void setStoreEmpty(boolean empty) {
        storeEmpty = empty;
        updatePlaceholder();
    }

    /** Opens the detail of a result row. */
    public void open(ResultRow row) {
        if (row != null) {
            detailOpener.accept(row.facilityId());
        }
    }

    /** 「Excel / GeoJSON / KML に書き出す…」: the results as shown (nearest first with a centre), with distances. */
    public void exportResults() {
        if (canExport.get()) {
            exports.export(ExportPoints.fromHits(shownHits), Messages.get("search.export.title"),
                    Messages.get("search.export.file"), file -> message.set(Messages.get("search.export.done", file.toString())));
        }
    }

    // Internals

    /** What a search was run with: chips, name text, address text (both stripped), distance limit, knowledge filters. */
    private record Criteria(List<String> departments, String name, String where, Double km, List<String> tags,
                            boolean staleOnly) {
        boolean isEmpty() {
            return departments.isEmpty() && name.isEmpty() && where.isEmpty() && tags.isEmpty() && !staleOnly;
        }
    }

    private record Outcome(GeocodeResult origin, List<SearchHit> hits) {
    }

    private void run(Criteria criteria) {
        message.set("");
        searching.run(runner, BackgroundTask.of(() -> find(criteria)).onSuccess(this::show).onError(this::failed));
    }

    private Outcome find(Criteria c) {
        GeocodeResult origin = c.where().isEmpty() ? null : locations.locate(c.where());
        if (origin != null && !origin.found()) {
            return new Outcome(origin, List.of());
        }
        boolean centre = origin != null;
        return new Outcome(origin, searcher.search(new SearchQuery(c.departments(), c.name(),
                centre ? origin.lat() : null, centre ? origin.lng() : null, centre ? c.km() : null, RESULT_LIMIT,
                false, c.tags(), c.staleOnly())));
    }

    private void show(Outcome outcome) {
        geocodeFeedback.set(outcome.origin() == null ? GeocodeFeedback.NONE : GeocodeFeedback.of(outcome.origin()));
        shownHits = List.copyOf(outcome.hits());
        results.setAll(outcome.hits().stream().map(ResultRow::of).toList());
        int n = outcome.hits().size();
        boolean addressFound = outcome.origin() == null || outcome.origin().found();
        if (addressFound) {
            countText.set(n >= RESULT_LIMIT ? Messages.get("search.count.limited", n) : Messages.get("search.count", n));
        } else {
            // Nothing was searched: no count, just the reason.
            countText.set("");
            message.set(Messages.get("search.message.addressNotFound"));
        }
        answered = addressFound;
        updatePlaceholder();
    }

    private void failed(Exception e) {
        LOG.error("Search failed", e);
        shownHits = List.of();
        results.clear();
        countText.set("");
        message.set(Messages.get("search.message.failed"));
        answered = false;
        updatePlaceholder();
    }

    private void searchEnded() {
        if (rerunWhenDone) {
            rerunWhenDone = false;
            run(lastSearch);
        }
    }

    private void updatePlaceholder() {
        placeholder.set(storeEmpty ? Messages.get("search.placeholder.noData")
                : answered ? Messages.get("search.placeholder.none") : Messages.get("search.placeholder.start"));
    }

    private static String text(String typed) {
        return typed == null ? "" : typed.strip();
    }

    private void validateKm(String text) {
        kmError.set(DistanceLimit.parse(text).valid() ? "" : Messages.get("search.km.invalid"));
    }

    private void updateSearchDisabled() {
        searchDisabled.set(searching.busyProperty().get() || !kmError.get().isEmpty());
    }
}
