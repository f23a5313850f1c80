package org.renkei.app.ui.main;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.renkei.app.domain.CapabilityTag;
import org.renkei.app.facility.FacilityService;
import org.renkei.app.importing.ImportListener;
import org.renkei.app.ui.casework.CaseViewModel;
import org.renkei.app.ui.common.BackgroundTask;
import org.renkei.app.ui.common.DialogService;
import org.renkei.app.ui.common.Messages;
import org.renkei.app.ui.common.SourceNames;
import org.renkei.app.ui.common.TaskRunner;
import org.renkei.app.ui.detail.FacilityDetailViewModel;
import org.renkei.app.ui.exports.GeoExport;
import org.renkei.app.ui.importing.FileOutcome;
import org.renkei.app.ui.importing.ImportRun;
import org.renkei.app.ui.importing.ImportViewModel;
import org.renkei.app.ui.importing.mapping.MappingFiles;
import org.renkei.app.ui.importing.mapping.MappingServices;
import org.renkei.app.ui.importing.mapping.MappingViewModel;
import org.renkei.app.ui.links.LinkReviewViewModel;
import org.renkei.app.ui.records.RecordsViewModel;
import org.renkei.app.ui.records.SummaryExportViewModel;
import org.renkei.app.ui.search.SearchViewModel;
import org.renkei.app.ui.share.ShareViewModel;
import org.renkei.app.ui.settings.OfficeSettingsViewModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/** The main window: start-up (sample data on an empty store), the status bar, and the screens inside. */
public final class MainViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(MainViewModel.class);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy/MM/dd");

    /** The screens (tabs) of the window. */
    public enum Screen { SEARCH, CASE, RECORDS }

    private final AppServices services;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final SearchViewModel search;
    private final FacilityDetailViewModel detail;
    private final ImportViewModel importing;
    private final CaseViewModel casework;
    private final MappingViewModel mapping;
    private final LinkReviewViewModel linkReview;
    private final RecordsViewModel records;
    private final ShareViewModel share;

    // Properties
    private final ReadOnlyStringWrapper facilityCount = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper sources = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper statusMessage = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper ready = new ReadOnlyBooleanWrapper(false);
    private final ObjectProperty<Screen> screen = new SimpleObjectProperty<>(Screen.SEARCH);
    private final ReadOnlyObjectWrapper<OfficeSettingsViewModel> officeSettings = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<SummaryExportViewModel> summaryExport = new ReadOnlyObjectWrapper<>();

    /** @param mappingFiles the file choosers of the column-mapping dialog */
    public MainViewModel(AppServices services, TaskRunner runner, DialogService dialogs, MappingFiles mappingFiles) {
        this.services = services;
        this.runner = runner;
        this.dialogs = dialogs;
        GeoExport exports = new GeoExport(services.geoWriter(), runner, dialogs);
        this.search = new SearchViewModel(services.searcher(), services.suggester(), services.locator(), runner,
                exports);
        this.detail = new FacilityDetailViewModel(services.lookup(), services.desk(), runner, dialogs,
                Clock.systemDefaultZone());
        search.filters().setVocabulary(this::tagNames);
        this.importing = new ImportViewModel(services.importer(), runner, dialogs);
        this.casework = new CaseViewModel(services.matcher(), services.suggester(), services.locator(),
                services.lookup(), runner, exports);
        casework.form().setTagVocabulary(this::tagNames);
        this.linkReview = new LinkReviewViewModel(services.links(), runner);
        linkReview.setOnDecided(() -> {
            casework.facilitiesChanged();
            search.rerunLastSearch();
        });
        search.setDetailOpener(detail::open);
        detail.knowledge().setOnSaved(casework::facilitiesChanged);
        importing.setOnFinished(this::afterImport);
        this.mapping = new MappingViewModel(MappingServices.standard(importing), runner, dialogs, mappingFiles);
        importing.setOnMapColumns(mapping::openFile);
        this.records = new RecordsViewModel(services.records(), runner, dialogs, services.geoWriter());
        this.share = services.sharing() == null ? null
                : new ShareViewModel(services.sharing(), runner, dialogs, java.time.LocalDate::now);
        casework.setRecordOpener(records::newCase);
        records.setOnReferralsChanged(casework::facilitiesChanged);
        records.setOnShowRequested(() -> screen.set(Screen.RECORDS));
        screen.addListener((obs, old, shown) -> {
            if (shown == Screen.CASE) {
                casework.prepareMatching();
            } else if (shown == Screen.RECORDS) {
                records.shown();
            }
        });
    }

    public SearchViewModel search() { return search; }
    public FacilityDetailViewModel detail() { return detail; }
    public ImportViewModel importing() { return importing; }
    /** The case screen (患者の紹介先を探す). */
    public CaseViewModel casework() { return casework; }
    /** The column-mapping dialog (列を対応付けて取り込む). */
    public MappingViewModel mapping() { return mapping; }
    /** 「同一施設の確認」. */
    public LinkReviewViewModel linkReview() { return linkReview; }
    /** The 紹介記録 screen (cases, destinations, letters). */
    public RecordsViewModel records() { return records; }
    /** Knowledge sharing with other offices; null when the services have none. */
    public ShareViewModel share() { return share; }

    /** 「登録施設 N 件」. */
    public ReadOnlyStringProperty facilityCountProperty() { return facilityCount.getReadOnlyProperty(); }
    /** Each source with its last import date. */
    public ReadOnlyStringProperty sourcesProperty() { return sources.getReadOnlyProperty(); }
    public ReadOnlyStringProperty statusMessageProperty() { return statusMessage.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }
    /** True once start-up work (sample import) is over. */
    public ReadOnlyBooleanProperty readyProperty() { return ready.getReadOnlyProperty(); }
    /**
     * The screen shown; the view keeps it and the selected tab in step. Showing the case screen builds the
     * match index in the background unless it is current (it is not built at start-up).
     */
    public ObjectProperty<Screen> screenProperty() { return screen; }
    /** The open 「自院の情報」 dialog, or null. */
    public ReadOnlyObjectProperty<OfficeSettingsViewModel> officeSettingsProperty() { return officeSettings.getReadOnlyProperty(); }
    /** The open 「紹介集計表を出力」 dialog, or null. */
    public ReadOnlyObjectProperty<SummaryExportViewModel> summaryExportProperty() { return summaryExport.getReadOnlyProperty(); }

    // Commands

    /** The office's capability tag names (reads the store: the filters and the case form load it in the background). */
    private List<String> tagNames() {
        return services.desk().vocabulary().stream().map(CapabilityTag::name).toList();
    }

    /** Start-up: warms up slow resources, imports the sample into an empty store, shows the statistics. */
    public void start() {
        search.filters().reload();
        runner.run(BackgroundTask.ofRunnable(services.warmUp())
                .onError(e -> LOG.warn("Warming up vocabulary/geocoder failed: {}", e.toString())));
        busy.set(true);
        runner.run(BackgroundTask.of(() -> services.stats().stats())
                .onSuccess(stats -> {
                    if (stats.facilities() == 0 && services.sample() != null) {
                        loadSample();
                    } else {
                        showStats(stats);
                        finishStart();
                    }
                })
                .onError(e -> {
                    failed("Reading statistics", e);
                    finishStart();
                }));
    }

    public void chooseAndImport() {
        importing.chooseAndImport();
    }

    /** Files dropped on the window. */
    public void importFiles(List<Path> files) {
        importing.importFiles(files);
    }

    /** 列を対応付けて取り込む…: asks for a list, then opens the column mapping on it. */
    public void openMapping() {
        mapping.chooseAndOpen();
    }

    /** 設定 → 「自院の情報…」. */
    public void openOfficeSettings() {
        if (officeSettings.get() == null) {
            OfficeSettingsViewModel vm = new OfficeSettingsViewModel(services.records().office(), runner, dialogs,
                    () -> officeSettings.set(null));
            officeSettings.set(vm);
            vm.load();
        }
    }

    /** ファイル → 「紹介集計表を出力…」. */
    public void openSummaryExport() {
        if (summaryExport.get() == null) {
            summaryExport.set(new SummaryExportViewModel(services.records().summary(), services.records().today(),
                    runner, dialogs, statusMessage::set, () -> summaryExport.set(null)));
        }
    }

    public void showAbout() {
        dialogs.showInfo(Messages.get("about.header"), Messages.get("about.message"));
    }

    // Internals

    /** Imports the bundled sample the way the import dialog imports files (rejections reported, not thrown). */
    private void loadSample() {
        statusMessage.set(Messages.get("status.sample.loading"));
        runner.run(BackgroundTask.of(() -> new ImportRun(services.importer(), ImportListener.NONE)
                        .run(List.of(services.sample().get())))
                .onSuccess(this::sampleImported)
                .onError(e -> {
                    LOG.warn("Sample import failed", e);
                    statusMessage.set(Messages.get("status.sample.failed", Messages.get("status.sample.unexpected")));
                })
                .andFinally(() -> {
                    refreshStats();
                    finishStart();
                }));
    }

    private void sampleImported(List<FileOutcome> outcomes) {
        Optional<FileOutcome> problem = outcomes.stream().filter(o -> o.problem() != null).findFirst();
        if (problem.isPresent()) {
            statusMessage.set(Messages.get("status.sample.failed", problem.get().problem().describe()));
        } else {
            int loaded = outcomes.stream().map(FileOutcome::report).filter(Objects::nonNull)
                    .mapToInt(r -> r.added() + r.updated() + r.unchanged()).sum();
            statusMessage.set(Messages.get("status.sample.loaded", loaded));
        }
        if (outcomes.stream().anyMatch(FileOutcome::changedStore)) {
            casework.facilitiesChanged();
        }
    }

    /** After an import that changed the store: statistics, the match index and the shown results. */
    private void afterImport(boolean storeChanged) {
        if (!storeChanged) {
            return;
        }
        refreshStats();
        casework.facilitiesChanged();
        if (screen.get() == Screen.CASE) {
            casework.prepareMatching();
        }
        search.rerunLastSearch();
    }

    private void refreshStats() {
        runner.run(BackgroundTask.of(() -> services.stats().stats())
                .onSuccess(this::showStats)
                .onError(e -> failed("Reading statistics", e)));
    }

    private void showStats(FacilityService.Stats stats) {
        facilityCount.set(Messages.get("status.facilities", stats.facilities()));
        search.setStoreEmpty(stats.facilities() == 0);
        sources.set(stats.sources().stream()
                .map(s -> Messages.get("status.source", SourceNames.display(s.source()),
                        s.lastImport() == null ? "—" : DATE.format(s.lastImport()), s.count()))
                .collect(Collectors.joining("　")));
    }

    private void finishStart() {
        busy.set(false);
        ready.set(true);
    }

    private void failed(String what, Exception e) {
        LOG.error("{} failed", what, e);
        statusMessage.set(Messages.get("status.error"));
    }
}
