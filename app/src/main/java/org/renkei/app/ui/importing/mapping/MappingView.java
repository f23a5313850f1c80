package org.renkei.app.ui.importing.mapping;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.fxml.FXML;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.renkei.app.ui.common.Messages;
import org.renkei.dataimport.read.profile.CsvEncoding;
import org.renkei.dataimport.read.profile.DepartmentStyle;
import org.renkei.dataimport.read.profile.Field;
import org.renkei.dataimport.read.profile.Preview;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;

/** The column-mapping window: binds {@link MappingViewModel} and shows itself while the view model is shown. */
public final class MappingView {
    private static final int MAX_DATA_ROW = 1_000_000;

    private final MappingViewModel viewModel;
    /** Held strongly: a bidirectional binding keeps only weak references to asObject() wrappers. */
    private final ObjectProperty<Integer> headerRow;
    private final ObjectProperty<Integer> firstDataRow;
    private Stage stage;

    @FXML private BorderPane root;
    @FXML private Label fileLabel;
    @FXML private Button chooseFileButton;
    @FXML private ProgressIndicator mappingBusyIndicator;
    @FXML private Button openProfileButton;
    @FXML private Label sheetLabel;
    @FXML private ComboBox<String> sheetBox;
    @FXML private Label encodingLabel;
    @FXML private ComboBox<CsvEncoding> encodingBox;
    @FXML private Spinner<Integer> headerRowSpinner;
    @FXML private Spinner<Integer> firstDataRowSpinner;
    @FXML private TableView<PreviewRow> previewTable;
    @FXML private ComboBox<ColumnChoice> nameColumnBox;
    @FXML private ComboBox<ColumnChoice> addressColumnBox;
    @FXML private ComboBox<ColumnChoice> kanaColumnBox;
    @FXML private ComboBox<ColumnChoice> postalCodeColumnBox;
    @FXML private ComboBox<ColumnChoice> phoneColumnBox;
    @FXML private ComboBox<ColumnChoice> urlColumnBox;
    @FXML private ComboBox<ColumnChoice> latColumnBox;
    @FXML private ComboBox<ColumnChoice> lngColumnBox;
    @FXML private ComboBox<ColumnChoice> kindColumnBox;
    @FXML private ComboBox<ColumnChoice> bedsColumnBox;
    @FXML private ComboBox<ColumnChoice> closedDaysColumnBox;
    @FXML private ComboBox<ColumnChoice> keyColumnBox;
    @FXML private ComboBox<ColumnChoice> departmentsColumnBox;
    @FXML private ComboBox<DepartmentStyle> styleBox;
    @FXML private HBox listPane;
    @FXML private ComboBox<String> separatorBox;
    @FXML private Label flagsLabel;
    @FXML private ListView<FlagColumn> flagColumnsList;
    @FXML private TextField everyRowField;
    @FXML private TextField sourceNameField;
    @FXML private Label mappingMessageLabel;
    @FXML private Button saveProfileButton;
    @FXML private Button importButton;
    @FXML private Button mappingCloseButton;

    public MappingView(MappingViewModel viewModel) {
        this.viewModel = viewModel;
        this.headerRow = viewModel.headerRowProperty().asObject();
        this.firstDataRow = viewModel.firstDataRowProperty().asObject();
    }

    @FXML
    private void initialize() {
        fileLabel.textProperty().bind(Bindings.createStringBinding(() -> viewModel.fileProperty().get() == null
                ? "" : viewModel.fileProperty().get().getFileName().toString(), viewModel.fileProperty()));
        mappingBusyIndicator.visibleProperty().bind(viewModel.busyProperty());
        chooseFileButton.setOnAction(e -> viewModel.chooseAndOpen());
        openProfileButton.setOnAction(e -> viewModel.openProfile());
        saveProfileButton.setOnAction(e -> viewModel.saveProfile());
        importButton.setOnAction(e -> viewModel.importNow());
        importButton.disableProperty().bind(viewModel.canImportProperty().not());
        mappingCloseButton.setOnAction(e -> viewModel.close());
        mappingMessageLabel.textProperty().bind(viewModel.messageProperty());
        sourceNameField.textProperty().bindBidirectional(viewModel.sourceNameProperty());
        bindSource();
        PreviewTable.bind(previewTable, viewModel.preview(), viewModel.headerRowProperty());
        bindFields();
        bindDepartments();
    }

    private void bindSource() {
        showWhen(sheetLabel, true);
        showWhen(sheetBox, true);
        showWhen(encodingLabel, false);
        showWhen(encodingBox, false);
        sheetBox.setItems(viewModel.preview().sheetsProperty());
        sheetBox.valueProperty().bindBidirectional(viewModel.sheetProperty());
        encodingBox.getItems().setAll(CsvEncoding.values());
        encodingBox.setConverter(converter(e -> Messages.get(switch (e) {
            case AUTO -> "mapping.encoding.auto";
            case UTF_8 -> "mapping.encoding.utf_8";
            case CP932 -> "mapping.encoding.cp932";
        })));
        encodingBox.valueProperty().bindBidirectional(viewModel.encodingProperty());
        headerRowSpinner.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(1, Preview.ROWS));
        headerRowSpinner.getValueFactory().valueProperty().bindBidirectional(headerRow);
        firstDataRowSpinner.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(2, MAX_DATA_ROW));
        firstDataRowSpinner.getValueFactory().valueProperty().bindBidirectional(firstDataRow);
    }

    private void showWhen(javafx.scene.Node node, boolean workbook) {
        var isWorkbook = viewModel.preview().workbookProperty();
        node.visibleProperty().bind(workbook ? isWorkbook : isWorkbook.not());
        node.managedProperty().bind(node.visibleProperty());
    }

    private void bindFields() {
        Map<Field, ComboBox<ColumnChoice>> boxes = new EnumMap<>(Field.class);
        boxes.put(Field.NAME, nameColumnBox);
        boxes.put(Field.ADDRESS, addressColumnBox);
        boxes.put(Field.KANA, kanaColumnBox);
        boxes.put(Field.POSTAL_CODE, postalCodeColumnBox);
        boxes.put(Field.PHONE, phoneColumnBox);
        boxes.put(Field.URL, urlColumnBox);
        boxes.put(Field.LAT, latColumnBox);
        boxes.put(Field.LNG, lngColumnBox);
        boxes.put(Field.KIND, kindColumnBox);
        boxes.put(Field.BEDS, bedsColumnBox);
        boxes.put(Field.CLOSED_DAYS, closedDaysColumnBox);
        boxes.put(Field.KEY, keyColumnBox);
        boxes.put(Field.DEPARTMENTS, departmentsColumnBox);
        boxes.forEach((field, box) -> {
            box.setItems(viewModel.columns().choicesProperty());
            box.valueProperty().bindBidirectional(viewModel.columns().columnProperty(field));
        });
    }

    private void bindDepartments() {
        ColumnMapping columns = viewModel.columns();
        styleBox.getItems().setAll(DepartmentStyle.values());
        styleBox.setConverter(converter(s -> Messages.get(switch (s) {
            case NONE -> "mapping.style.none";
            case LIST -> "mapping.style.list";
            case ABBREVIATIONS -> "mapping.style.abbreviations";
            case FLAG_COLUMNS -> "mapping.style.flag_columns";
        })));
        styleBox.valueProperty().bindBidirectional(columns.styleProperty());
        listPane.visibleProperty().bind(columns.styleProperty().isNotEqualTo(DepartmentStyle.NONE));
        listPane.managedProperty().bind(listPane.visibleProperty());
        separatorBox.setItems(columns.separatorsProperty());
        separatorBox.setConverter(converter(MappingView::separatorText));
        separatorBox.valueProperty().bindBidirectional(columns.separatorProperty());
        flagsLabel.visibleProperty().bind(columns.flagStyleProperty());
        flagsLabel.managedProperty().bind(flagsLabel.visibleProperty());
        flagColumnsList.visibleProperty().bind(columns.flagStyleProperty());
        flagColumnsList.managedProperty().bind(flagColumnsList.visibleProperty());
        flagColumnsList.setItems(columns.flagColumnsProperty());
        flagColumnsList.setCellFactory(CheckBoxListCell.forListView(FlagColumn::selectedProperty));
        everyRowField.textProperty().bindBidirectional(columns.everyRowProperty());
    }

    /** 「、」「,」 and 空白 for the characters of a separator. */
    static String separatorText(String separator) {
        StringBuilder sb = new StringBuilder();
        for (char c : separator.toCharArray()) {
            sb.append(c == ' ' ? Messages.get("mapping.separator.space") : "「" + c + "」");
        }
        return sb.toString();
    }

    private static <T> StringConverter<T> converter(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String s) {
                throw new UnsupportedOperationException("not editable");
            }
        };
    }

    /** Opens the window over {@code owner} whenever the view model is shown, and hides it when it is not. */
    public void attach(Window owner) {
        viewModel.shownProperty().addListener((obs, old, shown) -> {
            if (shown) {
                show(owner);
            } else if (stage != null) {
                stage.hide();
            }
        });
        if (viewModel.shownProperty().get()) {
            show(owner);
        }
    }

    private void show(Window owner) {
        if (stage == null) {
            stage = new Stage();
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
            stage.setTitle(Messages.get("mapping.title"));
            Scene scene = new Scene(root);
            if (owner != null && owner.getScene() != null) {
                scene.getStylesheets().setAll(owner.getScene().getStylesheets());
            }
            stage.setScene(scene);
            stage.setOnCloseRequest(e -> viewModel.close());
        }
        stage.show();
        stage.toFront();
    }
}
