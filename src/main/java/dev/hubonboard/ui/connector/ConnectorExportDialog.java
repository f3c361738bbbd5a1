package dev.hubonboard.ui.connector;

import dev.hubonboard.ui.kit.DialogFit;
import dev.hubonboard.ui.kit.Forms;
import dev.hubonboard.ui.kit.Styles;
import dev.hubonboard.ui.kit.Tone;
import dev.hubonboard.defender.ConnectorExport;
import dev.hubonboard.defender.ConnectorExport.Format;
import dev.hubonboard.defender.ConnectorSettings.Field;
import dev.hubonboard.defender.Plan;
import dev.hubonboard.onboarding.Onboarding;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;

/**
 * "Export connector…": the Defender for Cloud Docker Hub connector as an ARM template, a Bicep file or an az rest
 * script, for an onboarding that has the dedicated user's Docker ID. Usable from Connections and from the wizard's
 * Finish step through {@link #show}. Nodes and bindings only; the rules are {@link ConnectorExportModel}'s.
 */
public final class ConnectorExportDialog {
    private final ConnectorExportModel model;
    private final Function<String, Optional<Path>> chooser;
    private final VBox root = new VBox(12);

    public ConnectorExportDialog(ConnectorExportModel model, Function<String, Optional<Path>> chooser) {
        this.model = model;
        this.chooser = chooser;
        build();
    }

    /**
     * Opens the dialog (not waiting for it) over {@code owner}.
     *
     * @param chooser given the suggested file name, answers where to save (empty: the user cancelled); see
     *                {@link #fileChooser(Window)}
     */
    public static Dialog<Void> show(Window owner, Onboarding onboarding, Function<String, Optional<Path>> chooser) {
        ConnectorExportDialog content = new ConnectorExportDialog(ConnectorExportModel.of(onboarding), chooser);
        Dialog<Void> dialog = DialogFit.closable(owner, "Export the Defender connector for " + onboarding.organization(),
                content.root());
        // AtlantaFX caps dialog panes at 600 px wide: the preview next to the form needs more
        dialog.getDialogPane().getStyleClass().add("wide-dialog");
        dialog.show();
        return dialog;
    }

    /** The app's chooser: a save dialog over {@code owner} starting with the suggested name. */
    public static Function<String, Optional<Path>> fileChooser(Window owner) {
        return suggested -> {
            FileChooser fc = new FileChooser();
            fc.setTitle("Save the connector export");
            fc.setInitialFileName(suggested);
            File f = fc.showSaveDialog(owner);
            return Optional.ofNullable(f).map(File::toPath);
        };
    }

    public ConnectorExportModel model() {
        return model;
    }

    public VBox root() {
        return root;
    }

    private void build() {
        root.setId("connector-export");
        root.setPrefSize(940, 640);
        root.setPadding(new Insets(12));
        Label intro = Forms.text("Creates the Docker Hub connector for " + model.organization() + " (Docker ID "
                + model.dockerId() + ") in Defender for Cloud. The file holds no access token: the deployment asks "
                + "for it as a secure value. Note: " + ConnectorExport.UNCONFIRMED + ".");

        ComboBox<String> interval = new ComboBox<>();
        interval.setId("export-interval");
        interval.setEditable(true);
        interval.getItems().addAll("4", "6", "12", "24");
        interval.getEditor().setText(model.scanInterval.get());
        interval.setValue(model.scanInterval.get());
        model.scanInterval.bind(interval.getEditor().textProperty());
        interval.valueProperty().addListener((o, a, b) -> {
            if (b != null && !b.equals(interval.getEditor().getText())) {
                interval.getEditor().setText(b);
            }
        });
        interval.setAccessibleText("Scan interval in hours");
        Node intervalField = field("Scan _interval (hours)", interval,
                message("export-interval-message", model.problem(Field.SCAN_INTERVAL)),
                "How often Defender pulls the images: 24 uses the fewest pulls of the dedicated user's pull limit.");

        VBox planBoxes = new VBox(6);
        for (Plan p : Plan.values()) {
            CheckBox box = new CheckBox(planTitle(p));
            box.setId("plan-" + p.name());
            box.setWrapText(true);
            box.selectedProperty().bindBidirectional(model.planProperty(p));
            planBoxes.getChildren().add(box);
        }
        Node plansField = field("Plans", planBoxes, message("export-plans-message", model.problem(Field.PLANS)), null);

        Node name = text("Connector _name", "export-name", model.connectorName, Field.CONNECTOR_NAME,
                "The Azure resource name of the connector.");
        Node location = text("_Location (optional)", "export-location", model.location, Field.LOCATION,
                "The region name, such as westeurope; empty uses the resource group's region.");
        Node subscription = text("_Subscription ID (optional)", "export-subscription", model.subscriptionId,
                Field.SUBSCRIPTION_ID, "Empty leaves a placeholder to fill in.");
        Node group = text("_Resource group (optional)", "export-resource-group", model.resourceGroup,
                Field.RESOURCE_GROUP, "Empty leaves a placeholder to fill in.");
        Label other = message("export-other-message", Bindings.createStringBinding(() -> String.join(" ",
                model.checked.get().of(Field.ORGANIZATION), model.checked.get().of(Field.DOCKER_ID)).strip(),
                model.checked));

        ToggleGroup formats = new ToggleGroup();
        HBox formatRow = new HBox(12);
        for (Format f : Format.values()) {
            RadioButton b = new RadioButton(formatTitle(f));
            b.setId("format-" + f.name());
            b.setToggleGroup(formats);
            b.setUserData(f);
            b.setSelected(f == model.format.get());
            formatRow.getChildren().add(b);
        }
        formats.selectedToggleProperty().addListener((o, a, b) -> {
            if (b != null) {
                model.format.set((Format) b.getUserData());
            }
        });

        TextArea preview = new TextArea();
        preview.setId("export-preview");
        preview.setEditable(false);
        preview.setWrapText(false);
        preview.setPrefRowCount(14);
        preview.getStyleClass().add("monospace");
        preview.setAccessibleText("Preview of the export");
        preview.textProperty().bind(model.preview);
        VBox.setVgrow(preview, Priority.ALWAYS);

        Button save = new Button("_Save…");
        save.setId("export-save");
        save.getStyleClass().add("accent");
        save.disableProperty().bind(Bindings.createBooleanBinding(() -> model.settings().isEmpty(),
                model.checked));
        save.setOnAction(e -> model.save(chooser));
        save.setMinWidth(Region.USE_PREF_SIZE); // the saved line beside it wraps; the button keeps its words
        Label saved = new Label();
        saved.setId("export-saved");
        saved.setWrapText(true);
        HBox.setHgrow(saved, Priority.ALWAYS);
        saved.textProperty().bind(model.saved);
        HBox saveRow = new HBox(12, save, saved);

        intro.setMinHeight(Region.USE_PREF_SIZE);
        VBox form = new VBox(10, intervalField, plansField, name, location, subscription, group, other);
        form.setPadding(new Insets(0, 12, 0, 0));
        ScrollPane formScroll = new ScrollPane(form);
        formScroll.setFitToWidth(true);
        formScroll.getStyleClass().add("edge-to-edge");
        formScroll.setPrefWidth(380);
        formScroll.setMinWidth(300);
        VBox output = new VBox(10, Forms.section("Format", formatRow), preview, saveRow);
        HBox.setHgrow(output, Priority.ALWAYS);
        HBox columns = new HBox(16, formScroll, output);
        VBox.setVgrow(columns, Priority.ALWAYS);
        root.getChildren().addAll(intro, columns);
    }

    private static String planTitle(Plan p) {
        return switch (p) {
            case CSPM_MONITOR -> "Foundational CSPM monitoring (free)";
            case DEFENDER_FOR_CONTAINERS -> "Defender for Containers (image vulnerability scanning)";
            case DEFENDER_CSPM -> "Defender CSPM";
        };
    }

    private static String formatTitle(Format f) {
        return switch (f) {
            case ARM_TEMPLATE -> "ARM template";
            case BICEP -> "Bicep";
            case AZ_REST_SCRIPT -> "az rest script";
        };
    }

    private Node text(String label, String id, javafx.beans.property.StringProperty value, Field problem, String help) {
        TextField field = new TextField();
        field.setId(id);
        field.setText(value.get());
        value.bind(field.textProperty());
        field.setAccessibleText(label.replace("_", ""));
        return field(label, field, message(id + "-message", model.problem(problem)), help);
    }

    private static Label message(String id, ObservableStringValue problem) {
        Label l = Forms.line(id, problem);
        l.setMinHeight(Region.USE_PREF_SIZE);
        l.getStyleClass().add("text-small");
        Styles.tone(l, Tone.DANGER);
        return l;
    }

    private static Node field(String label, Node control, Label problem, String help) {
        Label title = new Label(label);
        title.setMnemonicParsing(true);
        title.setLabelFor(control);
        VBox box = new VBox(4, title, control, problem);
        if (help != null) {
            Label h = new Label(help);
            h.setWrapText(true);
            h.setMinHeight(Region.USE_PREF_SIZE);
            h.getStyleClass().addAll("text-small", "text-muted");
            box.getChildren().add(h);
        }
        return box;
    }
}
