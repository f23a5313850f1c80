package org.renkei.app.ui.main;

import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import org.renkei.app.ui.audit.SafeguardMenus;
import org.renkei.app.ui.share.ShareMenus;
import org.renkei.app.ui.audit.Safeguards;
import org.renkei.app.ui.casework.CaseView;
import org.renkei.app.ui.common.Messages;
import javafx.stage.Window;
import javafx.beans.property.SimpleStringProperty;
import org.renkei.app.ui.common.DialogWindows;
import org.renkei.app.ui.importing.ImportDialog;
import org.renkei.app.ui.importing.ImportViewModel;
import org.renkei.app.ui.links.LinkReviewView;
import org.renkei.app.ui.records.CaseEditorView;
import org.renkei.app.ui.records.CaseEditorViewModel;
import org.renkei.app.ui.records.RecordsView;
import org.renkei.app.ui.records.StatusChangeView;
import org.renkei.app.ui.records.StatusChangeViewModel;
import org.renkei.app.ui.records.SummaryExportView;
import org.renkei.app.ui.records.SummaryExportViewModel;
import org.renkei.app.ui.search.SearchView;
import org.renkei.app.ui.settings.OfficeSettingsView;
import org.renkei.app.ui.settings.OfficeSettingsViewModel;

import java.io.File;
import java.util.List;
import java.util.function.Supplier;

/** Binds the main window (menu, tabs, status bar, the dialogs its view models open) and forwards drops of files. */
public final class MainView {
    private final MainViewModel viewModel;
    private final Supplier<ImportDialog> importDialogFactory;
    private final CaseView caseView;
    private final Supplier<LinkReviewView> linkReviewFactory;
    private final Safeguards safeguards;
    private ImportDialog importDialog;
    private LinkReviewView linkReview;

    @FXML private BorderPane root;
    @FXML private MenuItem importMenuItem;
    @FXML private MenuItem mappingMenuItem;
    @FXML private MenuItem linksMenuItem;
    @FXML private MenuItem summaryMenuItem;
    @FXML private MenuItem exitMenuItem;
    @FXML private MenuItem officeMenuItem;
    @FXML private MenuItem focusSearchMenuItem;
    @FXML private MenuItem aboutMenuItem;
    @FXML private MenuItem backupMenuItem;
    @FXML private MenuItem restoreMenuItem;
    @FXML private MenuItem staffMenuItem;
    @FXML private MenuItem auditMenuItem;
    @FXML private MenuItem shareExportMenuItem;
    @FXML private MenuItem shareImportMenuItem;
    @FXML private Label staffLabel;
    @FXML private TabPane tabs;
    @FXML private Tab searchTab;
    @FXML private Tab caseTab;
    @FXML private Tab recordsTab;
    @FXML private SearchView searchController;
    @FXML private RecordsView recordsController;
    @FXML private Label facilityCountLabel;
    @FXML private Label sourcesLabel;
    @FXML private ProgressIndicator statusBusy;
    @FXML private Label statusMessageLabel;

    public MainView(MainViewModel viewModel, Supplier<ImportDialog> importDialogFactory, CaseView caseView,
                    Supplier<LinkReviewView> linkReviewFactory) {
        this(viewModel, importDialogFactory, caseView, linkReviewFactory, null);
    }

    /** @param safeguards staff name, access record and backups; null = those menus are off (tests) */
    public MainView(MainViewModel viewModel, Supplier<ImportDialog> importDialogFactory, CaseView caseView,
                    Supplier<LinkReviewView> linkReviewFactory, Safeguards safeguards) {
        this.safeguards = safeguards;
        this.viewModel = viewModel;
        this.importDialogFactory = importDialogFactory;
        this.caseView = caseView;
        this.linkReviewFactory = linkReviewFactory;
    }

    @FXML
    private void initialize() {
        importMenuItem.setOnAction(e -> viewModel.chooseAndImport());
        mappingMenuItem.setOnAction(e -> viewModel.openMapping());
        linksMenuItem.setOnAction(e -> showLinkReview());
        exitMenuItem.setOnAction(e -> Platform.exit());
        summaryMenuItem.setOnAction(e -> viewModel.openSummaryExport());
        officeMenuItem.setOnAction(e -> viewModel.openOfficeSettings());
        focusSearchMenuItem.setOnAction(e -> {
            viewModel.screenProperty().set(MainViewModel.Screen.SEARCH);
            searchController.focusSearch();
        });
        bindScreen();
        caseTab.setContent(caseView.root());
        searchController.defaultButtonWhile(searchTab.selectedProperty());
        caseView.defaultButtonWhile(caseTab.selectedProperty());
        caseTab.setOnSelectionChanged(e -> {
            if (caseTab.isSelected()) {
                Platform.runLater(caseView::focus);
            }
        });
        recordsTab.setOnSelectionChanged(e -> {
            if (recordsTab.isSelected()) {
                Platform.runLater(recordsController::focus);
            }
        });
        bindDialogs();
        SafeguardMenus.bind(safeguards, this::window, staffLabel,
                List.of(staffMenuItem, auditMenuItem, backupMenuItem, restoreMenuItem));
        ShareMenus.bind(viewModel.share(), this::window, shareExportMenuItem, shareImportMenuItem);
        aboutMenuItem.setOnAction(e -> viewModel.showAbout());
        facilityCountLabel.textProperty().bind(viewModel.facilityCountProperty());
        sourcesLabel.textProperty().bind(viewModel.sourcesProperty());
        statusMessageLabel.textProperty().bind(viewModel.statusMessageProperty());
        statusBusy.visibleProperty().bind(viewModel.busyProperty());
        root.setOnDragOver(this::onDragOver);
        root.setOnDragDropped(this::onDragDropped);
        viewModel.importing().phaseProperty().addListener((obs, old, phase) -> {
            if (phase != ImportViewModel.Phase.IDLE) {
                showImportDialog();
            }
        });
        Platform.runLater(searchController::focusSearch);
    }

    /** The selected tab follows the view model's screen and the other way round. */
    private void bindScreen() {
        selectTab(viewModel.screenProperty().get());
        viewModel.screenProperty().addListener((obs, old, screen) -> selectTab(screen));
        tabs.getSelectionModel().selectedItemProperty().addListener((obs, old, tab) ->
                viewModel.screenProperty().set(tab == caseTab ? MainViewModel.Screen.CASE
                        : tab == recordsTab ? MainViewModel.Screen.RECORDS : MainViewModel.Screen.SEARCH));
    }

    private void selectTab(MainViewModel.Screen screen) {
        tabs.getSelectionModel().select(switch (screen) {
            case CASE -> caseTab;
            case RECORDS -> recordsTab;
            default -> searchTab;
        });
    }

    /** Each dialog is open while its view model is in its slot. */
    private void bindDialogs() {
        DialogWindows.follow(viewModel.records().editorProperty(), CaseEditorView::load,
                CaseEditorViewModel::titleProperty, this::window, CaseEditorViewModel::cancel);
        DialogWindows.follow(viewModel.records().statusChangeProperty(), StatusChangeView::load,
                StatusChangeViewModel::titleProperty, this::window, StatusChangeViewModel::cancel);
        DialogWindows.follow(viewModel.summaryExportProperty(), SummaryExportView::load,
                vm -> new SimpleStringProperty(Messages.get("records.summary.title")),
                this::window, SummaryExportViewModel::cancel);
        DialogWindows.follow(viewModel.officeSettingsProperty(), OfficeSettingsView::load,
                vm -> new SimpleStringProperty(Messages.get("settings.office.title")),
                this::window, OfficeSettingsViewModel::cancel);
    }

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    private void showImportDialog() {
        if (importDialog == null) {
            importDialog = importDialogFactory.get();
        }
        importDialog.show(root.getScene() == null ? null : root.getScene().getWindow());
    }

    private void showLinkReview() {
        if (linkReview == null) {
            linkReview = linkReviewFactory.get();
        }
        linkReview.show(root.getScene() == null ? null : root.getScene().getWindow());
    }

    private void onDragOver(DragEvent e) {
        if (e.getDragboard().hasFiles()) {
            e.acceptTransferModes(TransferMode.COPY);
        }
        e.consume();
    }

    private void onDragDropped(DragEvent e) {
        List<File> files = e.getDragboard().hasFiles() ? e.getDragboard().getFiles() : List.of();
        e.setDropCompleted(!files.isEmpty());
        e.consume();
        if (!files.isEmpty()) {
            List<java.nio.file.Path> paths = files.stream().filter(File::isFile).map(File::toPath).toList();
            Platform.runLater(() -> viewModel.importFiles(paths));
        }
    }
}
