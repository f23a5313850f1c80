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
import org.renkei.app.search.SearchHit;
import org.renkei.app.domain.SearchQuery;
import org.renkei.app.ui.common.BackgroundTask;
import org.renkei.app.ui.common.Messages;
import org.renkei.app.ui.common.RunState;
import org.renkei.app.ui.common.TaskRunner;
import org.renkei.app.ui.fields.AddressLocator;
import org.renkei.app.ui.fields.DepartmentPicker;
import org.renkei.app.ui.fields.DepartmentSuggester;
import org.renkei.app.ui.fields.GeocodeFeedback;
import org.renkei.app.ui.fields.LocationParser;
import org.renkei.dataimport.geo.GeocodeResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
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
    private LongConsumer detailOpener = id -> { };

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

    public SearchViewModel(FacilitySearcher searcher, DepartmentSuggester suggester, AddressLocator locator,
                           TaskRunner runner) {
        this.searcher = searcher;
        this.picker = new DepartmentPicker(suggester);
        this.locations = new LocationParser(locator);
        this.runner = runner;
        kmText.addListener((obs, old, text) -> validateKm(text));
        address.addListener((obs, old, text) -> geocodeFeedback.set(GeocodeFeedback.NONE));
        searching.busyProperty().addListener((obs, old, b) -> updateSearchDisabled());
        kmError.addListener((obs, old, e) -> updateSearchDisabled());
    }

    /** The department chip field. */
    public DepartmentPicker departmentPicker() { return picker; }
    public ReadOnlyListProperty<String> departmentsProperty() { return picker.departmentsProperty(); }
    public StringProperty departmentInputProperty() { return picker.inputProperty(); }
    public ReadOnlyListProperty<String> suggestionsProperty() { return picker.suggestionsProperty(); }
    public ReadOnlyIntegerProperty highlightedSuggestionProperty() { return picker.highlightedProperty(); }
    public ReadOnlyStringProperty departmentErrorProperty() { return picker.errorProperty(); }
    public StringProperty nameTextProperty() { return nameText; }
    public StringProperty addressProperty() { return address; }
    public StringProperty kmTextProperty() { return kmText; }
    public List<String> kmChoices() { return DistanceLimit.choices(); }
    public ReadOnlyStringProperty kmErrorProperty() { return kmError.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<GeocodeFeedback> geocodeFeedbackProperty() { return geocodeFeedback.getReadOnlyProperty(); }
    public ReadOnlyListProperty<ResultRow> resultsProperty() { return results.getReadOnlyProperty(); }
    public ReadOnlyStringProperty countTextProperty() { return countText.getReadOnlyProperty(); }
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty busyProperty() { return searching.busyProperty(); }
    public ReadOnlyBooleanProperty searchDisabledProperty() { return searchDisabled.getReadOnlyProperty(); }
    /** Counts finished searches (successful or not); the screenshot helper waits on it. */
    public ReadOnlyIntegerProperty completedSearchesProperty() { return searching.completedProperty(); }

    /** Where opening a result goes (the detail pane). */
    public void setDetailOpener(LongConsumer opener) {
        this.detailOpener = opener;
    }

    // Commands

    public void addDepartment(String name) {
        picker.add(name);
    }

    public boolean addHighlightedSuggestion() {
        return picker.addHighlighted();
    }

    public void moveHighlight(int delta) {
        picker.moveHighlight(delta);
    }

    public void removeDepartment(String name) {
        picker.remove(name);
    }

    public void removeLastDepartment() {
        picker.removeLast();
    }

    /** Searches in the background: locates the address first, then queries the store. */
    public void search() {
        if (searchDisabled.get()) {
            return;
        }
        if (!picker.commitTyped()) {
            return;
        }
        DistanceLimit.Parsed km = DistanceLimit.parse(kmText.get());
        List<String> depts = new ArrayList<>(picker.departmentsProperty());
        String name = nameText.get();
        String where = address.get() == null ? "" : address.get().strip();
        message.set("");
        searching.run(runner, BackgroundTask.of(() -> find(depts, name, where, km.km()))
                .onSuccess(this::show).onError(this::failed));
    }

    /** Opens the detail of a result row. */
    public void open(ResultRow row) {
        if (row != null) {
            detailOpener.accept(row.facilityId());
        }
    }

    // Internals

    private record Outcome(GeocodeResult origin, List<SearchHit> hits) {
    }

    private Outcome find(List<String> depts, String name, String where, Double km) {
        GeocodeResult origin = where.isEmpty() ? null : locations.locate(where);
        if (origin != null && !origin.found()) {
            return new Outcome(origin, List.of());
        }
        boolean centre = origin != null;
        return new Outcome(origin, searcher.search(new SearchQuery(depts, name, centre ? origin.lat() : null,
                centre ? origin.lng() : null, centre ? km : null, RESULT_LIMIT, false)));
    }

    private void show(Outcome outcome) {
        geocodeFeedback.set(outcome.origin() == null ? GeocodeFeedback.NONE : GeocodeFeedback.of(outcome.origin()));
        results.setAll(outcome.hits().stream().map(ResultRow::of).toList());
        int n = outcome.hits().size();
        countText.set(n >= RESULT_LIMIT ? Messages.get("search.count.limited", n) : Messages.get("search.count", n));
        if (outcome.origin() != null && !outcome.origin().found()) {
            message.set(Messages.get("search.message.addressNotFound"));
        } else if (n == 0) {
            message.set(Messages.get("search.message.none"));
        }
    }

    private void failed(Exception e) {
        LOG.error("Search failed", e);
        results.clear();
        countText.set("");
        message.set(Messages.get("search.message.failed"));
    }

    private void validateKm(String text) {
        kmError.set(DistanceLimit.parse(text).valid() ? "" : Messages.get("search.km.invalid"));
    }

    private void updateSearchDisabled() {
        searchDisabled.set(searching.busyProperty().get() || !kmError.get().isEmpty());
    }
}
