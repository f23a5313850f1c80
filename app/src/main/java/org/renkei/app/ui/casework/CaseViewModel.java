package org.renkei.app.ui.casework;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyListProperty;
import javafx.beans.property.ReadOnlyListWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import org.renkei.app.export.geo.ExportPoints;
import org.renkei.app.export.map.LatLng;
import org.renkei.app.export.map.MapScene;
import org.renkei.app.match.MatchRequest;
import org.renkei.app.match.MatchResult;
import org.renkei.app.match.Requirement;
import org.renkei.app.referral.MatchNeeds;
import org.renkei.app.ui.common.BackgroundTask;
import org.renkei.app.ui.common.Messages;
import org.renkei.app.ui.common.RunState;
import org.renkei.app.ui.common.TaskRunner;
import org.renkei.app.ui.detail.FacilityDetailViewModel;
import org.renkei.app.ui.detail.FacilityLookup;
import org.renkei.app.ui.exports.GeoExport;
import org.renkei.app.ui.fields.AddressLocator;
import org.renkei.app.ui.fields.DepartmentSuggester;
import org.renkei.app.ui.fields.GeocodeFeedback;
import org.renkei.app.ui.fields.LocationParser;
import org.renkei.app.ui.map.MapScenes;
import org.renkei.dataimport.geo.GeocodeResult;
import org.renkei.dataimport.geo.Precision;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** The case screen: a patient's location and needs in, ranked plans of clinics out; one plan can be chosen. */
public final class CaseViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(CaseViewModel.class);

    private final CaseMatcher matcher;
    private final LocationParser locations;
    private final TaskRunner runner;
    private final CaseForm form;
    private final FacilityDetailViewModel detail;
    private final GeoExport exports;
    private Outcome shown;
    private Consumer<ChosenPlan> recordOpener = chosen -> { };

    // Properties
    private final ReadOnlyObjectWrapper<GeocodeFeedback> geocodeFeedback = new ReadOnlyObjectWrapper<>(GeocodeFeedback.NONE);
    private final RunState matching = new RunState();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper explanation = new ReadOnlyStringWrapper("");
    private final ReadOnlyListWrapper<String> warnings = new ReadOnlyListWrapper<>(FXCollections.observableArrayList());
    private final ReadOnlyListWrapper<PlanCard> plans = new ReadOnlyListWrapper<>(FXCollections.observableArrayList());
    private final ReadOnlyObjectWrapper<PlanCard> chosenPlan = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper placeholder = new ReadOnlyStringWrapper(Messages.get("casework.placeholder"));
    private final ReadOnlyBooleanWrapper canCreateRecord = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<PlanCard> mappedPlan = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<MapScene> mapScene = new ReadOnlyObjectWrapper<>();

    /** @param exports 「Excel / GeoJSON / KML に書き出す…」 of a plan */
    public CaseViewModel(CaseMatcher matcher, DepartmentSuggester suggester, AddressLocator locator,
                         FacilityLookup lookup, TaskRunner runner, GeoExport exports) {
        this.matcher = matcher;
        this.exports = exports;
        this.locations = new LocationParser(locator);
        this.runner = runner;
        this.form = new CaseForm(suggester);
        this.detail = new FacilityDetailViewModel(lookup, runner);
        form.addressProperty().addListener((obs, old, text) -> geocodeFeedback.set(GeocodeFeedback.NONE));
        canCreateRecord.bind(chosenPlan.isNotNull());
    }

    /** Where 「紹介記録を作成…」 goes: the case editor, prefilled from {@link ChosenPlan}. */
    public void setRecordOpener(Consumer<ChosenPlan> opener) {
        this.recordOpener = opener;
    }

    /** The inputs. */
    public CaseForm form() { return form; }
    /** The 「実績優先」 switch next to the plan controls (held by the form, passed into the match request). */
    public BooleanProperty preferHistoryProperty() { return form.preferHistoryProperty(); }
    /** The facility detail pane of this screen. */
    public FacilityDetailViewModel detail() { return detail; }
    public ReadOnlyObjectProperty<GeocodeFeedback> geocodeFeedbackProperty() { return geocodeFeedback.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty busyProperty() { return matching.busyProperty(); }
    /** Why nothing could be searched, or empty. */
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }
    /** The matcher's reason for the ranking (MatchResult.explanation). */
    public ReadOnlyStringProperty explanationProperty() { return explanation.getReadOnlyProperty(); }
    /** One line per department no facility within the limit covers. */
    public ReadOnlyListProperty<String> warningsProperty() { return warnings.getReadOnlyProperty(); }
    public ReadOnlyListProperty<PlanCard> plansProperty() { return plans.getReadOnlyProperty(); }
    /** The plan the staff chose (「紹介記録を作成…」 turns it into a stored case), or null. */
    public ReadOnlyObjectProperty<PlanCard> chosenPlanProperty() { return chosenPlan.getReadOnlyProperty(); }
    public ReadOnlyIntegerProperty completedSearchesProperty() { return matching.completedProperty(); }
    /** What stands in for the plan cards when there are none: how to start, or that nothing matched. */
    public ReadOnlyStringProperty placeholderProperty() { return placeholder.getReadOnlyProperty(); }
    /** True once a plan is chosen: 「紹介記録を作成…」 is possible. */
    public ReadOnlyBooleanProperty canCreateRecordProperty() { return canCreateRecord.getReadOnlyProperty(); }
    /** The plan on the map: the best one after a search, then the one last looked at or chosen; null for none. */
    public ReadOnlyObjectProperty<PlanCard> mappedPlanProperty() { return mappedPlan.getReadOnlyProperty(); }
    /** The patient's home and the mapped plan's clinics numbered in plan order; null before a search. */
    public ReadOnlyObjectProperty<MapScene> mapSceneProperty() { return mapScene.getReadOnlyProperty(); }
    /** True while a plan is being written to a file. */
    public ReadOnlyBooleanProperty exportingProperty() { return exports.busyProperty(); }

    // Commands

    /** Builds the matcher's index in the background unless it is current (when the case screen is shown). */
    public void prepareMatching() {
        runner.run(BackgroundTask.ofRunnable(matcher::prepare)
                .onError(e -> LOG.error("Building the match index failed", e)));
        runner.run(BackgroundTask.of(form::loadTags).onSuccess(form::setTagChoices)
                .onError(e -> LOG.warn("Reading the capability vocabulary failed: {}", e.toString())));
    }

    /**
     * The store changed (an import, a knowledge edit, a referral's status): the index and the facility profiles it
     * ranks by are dropped and built again when next needed.
     */
    public void facilitiesChanged() {
        matcher.invalidate();
    }

    /** 「候補を探す」: locates the patient, then matches in the background. */
    public void find() {
        if (matching.busyProperty().get() || !form.departments().commitTyped() || !form.tags().commitTyped()) {
            return;
        }
        CaseInput input = form.snapshot();
        String where = form.addressProperty().get() == null ? "" : form.addressProperty().get().strip();
        String invalid = input.departments().isEmpty() ? Messages.get("casework.message.noDepartment")
                : input.departments().size() > MatchRequest.MAX_DEPARTMENTS
                ? Messages.get("casework.message.tooManyDepartments", MatchRequest.MAX_DEPARTMENTS)
                : where.isEmpty() ? Messages.get("casework.message.noAddress") : "";
        message.set(invalid);
        if (!invalid.isEmpty()) {
            return;
        }
        matching.run(runner, BackgroundTask.of(() -> compute(input, where)).onSuccess(this::show).onError(this::failed));
    }

    /** 「この案を選ぶ」. */
    public void choose(PlanCard card) {
        if (card != null && plans.contains(card)) {
            chosenPlan.set(card);
            showOnMap(card);
        }
    }

    /** Shows {@code card}'s clinics on the map (a card that gets the focus or a click). */
    public void showOnMap(PlanCard card) {
        if (card == null || !plans.contains(card) || card.equals(mappedPlan.get())) {
            return;
        }
        mappedPlan.set(card);
        mapScene.set(MapScenes.ofPlan(home(shown), shown.result().plans().get(card.number() - 1)));
    }

    /** A pin clicked on the map: its clinic (by number in the mapped plan) opens in the detail pane. */
    public void openPin(int number) {
        PlanCard card = mappedPlan.get();
        if (card != null && number >= 1 && number <= card.clinics().size()) {
            openFacility(card.clinics().get(number - 1));
        }
    }

    /** 「Excel / GeoJSON / KML に書き出す…」 for a plan: its clinics with the departments each covers. */
    public void exportPlan(PlanCard card) {
        if (card == null || !plans.contains(card) || shown == null || shown.result() == null) {
            return;
        }
        exports.export(ExportPoints.fromPlan(shown.result().plans().get(card.number() - 1)),
                Messages.get("casework.export.title", card.number()),
                Messages.get("casework.export.file", card.number()),
                file -> message.set(Messages.get("casework.export.done", file.toString())));
    }

    /** 「紹介記録を作成…」: opens the case editor with the chosen plan and the needs it was found for. */
    public void createRecord() {
        PlanCard card = chosenPlan.get();
        if (card == null || shown == null || shown.result() == null) {
            return;
        }
        CaseInput in = shown.input();
        List<String> require = new ArrayList<>(in.require().stream().map(Requirement::code).sorted().toList());
        require.addAll(in.requireTags());
        MatchNeeds needs = new MatchNeeds(in.departments(),
                in.departments().stream().filter(in.keep()::contains).toList(), in.km(), require);
        String address = shown.origin().precision() == Precision.SOURCE ? "" : shown.where();
        recordOpener.accept(new ChosenPlan(needs, address, shown.origin().lat(), shown.origin().lng(),
                shown.result().plans().get(card.number() - 1)));
    }

    /** Opens a clinic of a card in the detail pane. */
    public void openFacility(ClinicRow row) {
        if (row != null && row.facilityId() >= 0) {
            detail.open(row.facilityId());
        }
    }

    // Internals

    private record Outcome(CaseInput input, String where, GeocodeResult origin, MatchResult result,
                           List<PlanCard> cards, List<String> warnings) {
    }

    private Outcome compute(CaseInput input, String where) {
        GeocodeResult origin = locations.locate(where);
        if (!origin.found()) {
            return new Outcome(input, where, origin, null, List.of(), List.of());
        }
        MatchRequest request = input.toRequest(origin.lat(), origin.lng(), matcher::isAncestor);
        CaseMatcher.Matched matched = matcher.match(request);
        MatchResult result = matched.result();
        List<PlanCard> cards = new ArrayList<>();
        for (int i = 0; i < result.plans().size(); i++) {
            cards.add(CaseFormat.card(i + 1, result.plans().get(i), request, matched.facilities()));
        }
        List<String> lines = result.uncovered().stream().map(u -> CaseFormat.uncovered(u, request.maxKm())).toList();
        return new Outcome(input, where, origin, result, cards, lines);
    }

    private void show(Outcome outcome) {
        shown = outcome;
        geocodeFeedback.set(GeocodeFeedback.of(outcome.origin()));
        chosenPlan.set(null);
        mappedPlan.set(null);
        plans.setAll(outcome.cards());
        if (outcome.cards().isEmpty()) {
            LatLng home = home(outcome);
            mapScene.set(home == null ? null : new MapScene(home, List.of()));
        } else {
            showOnMap(outcome.cards().get(0));
        }
        warnings.setAll(outcome.warnings());
        explanation.set(outcome.result() == null ? "" : outcome.result().explanation());
        message.set(outcome.result() == null ? Messages.get("casework.message.addressNotFound") : "");
        boolean nothingMatched = outcome.result() != null && outcome.cards().isEmpty();
        placeholder.set(nothingMatched ? Messages.get("casework.placeholder.none") : Messages.get("casework.placeholder"));
    }

    private static LatLng home(Outcome outcome) {
        return outcome == null || !outcome.origin().found() ? null
                : new LatLng(outcome.origin().lat(), outcome.origin().lng());
    }

    private void failed(Exception e) {
        LOG.error("Matching failed", e);
        shown = null;
        plans.clear();
        warnings.clear();
        explanation.set("");
        chosenPlan.set(null);
        mappedPlan.set(null);
        mapScene.set(null);
        message.set(Messages.get("casework.message.failed"));
        placeholder.set(Messages.get("casework.placeholder"));
    }
}
