package dev.hubonboard.ui.connector;

import dev.hubonboard.ui.kit.DialogFit;
import dev.hubonboard.ui.kit.Forms;
import dev.hubonboard.ui.kit.Links;
import dev.hubonboard.ui.kit.Styles;
import dev.hubonboard.ui.kit.Tone;
import dev.hubonboard.azure.Location;
import dev.hubonboard.azure.ResourceGroup;
import dev.hubonboard.azure.Subscription;
import dev.hubonboard.defender.ConnectorForm;
import dev.hubonboard.defender.Plan;
import dev.hubonboard.defender.PreFlight;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;

import java.util.function.Function;

/**
 * "Create the connector in Defender for Cloud…": pickers, plans and interval on the left; the pre-flight in words,
 * the review (token masked), Create/Update and the result on the right. Nodes and bindings only; the rules are
 * {@link CreateConnectorModel}'s. Node ids start with {@code azure-} for tests.
 */
public final class CreateConnectorDialog {
    private final CreateConnectorModel model;
    private final VBox root = new VBox(12);

    public CreateConnectorDialog(CreateConnectorModel model) {
        this.model = model;
        build();
    }

    /** Opens the dialog over {@code owner} (not waiting) and starts the sign-in. */
    public static Dialog<Void> show(Window owner, CreateConnectorModel model) {
        CreateConnectorDialog content = new CreateConnectorDialog(model);
        Dialog<Void> dialog = DialogFit.closable(owner, "Create the connector in Defender for Cloud for "
                + model.organization(), content.root());
        dialog.getDialogPane().getStyleClass().add("wide-dialog"); // AtlantaFX caps dialog panes at 600 px wide
        dialog.setOnHidden(e -> model.close()); // its tasks end, and the Azure token is dropped
        // After Check (the pre-flight and the review appear) and after the write, as tall as that needs, up to the
        // screen: Create is then in view without scrolling where the screen has room for it.
        model.stageProperty().addListener((o, was, now) -> DialogFit.refit(dialog));
        dialog.show();
        model.start();
        return dialog;
    }

    public VBox root() {
        return root;
    }

    public CreateConnectorModel model() {
        return model;
    }

    private void build() {
        root.setId("azure-connector");
        root.setPrefWidth(980); // as tall as its content needs (after Check: the pre-flight and the review), up to the screen
        root.setPadding(new Insets(4));
        Label intro = Forms.text(model.practice()
                ? "Writes a practice Docker Hub connector for " + model.organization() + " to the practice Azure on "
                + "this computer (no Azure account, no Azure CLI). The practice token goes to it and nowhere else; "
                + "the connection test runs once more first."
                : "Writes Defender for Cloud's Docker Hub connector for " + model.organization()
                + " through Azure Resource Manager, signed in with your Azure CLI. The access token goes from the "
                + "keychain to Azure and nowhere else; the connection test runs once more first.");
        intro.setMinHeight(Region.USE_PREF_SIZE);
        if (model.practice()) {
            root.getChildren().add(Styles.practiceBanner("Practice: the practice Azure on this computer, not your "
                    + "Azure subscription. Nothing here reaches Azure."));
            if (!model.practiceScenarios().isEmpty()) {
                // What the practice Azure plays: each situation Azure really produces (README, connect --scenario).
                ComboBox<String> scenario = new ComboBox<>();
                scenario.setId("azure-practice-scenario");
                scenario.getItems().setAll(model.practiceScenarios());
                scenario.getSelectionModel().selectFirst();
                scenario.setMaxWidth(Double.MAX_VALUE);
                scenario.setOnAction(e -> {
                    if (scenario.getValue() != null) {
                        model.playPractice(scenario.getValue());
                    }
                });
                root.getChildren().add(field("Practice Azure _plays", scenario));
            }
        }

        ComboBox<Subscription> subscription = picker("azure-subscription", model.subscriptions(),
                model.subscriptionProperty(), Subscription::label);
        ComboBox<ResourceGroup> group = picker("azure-resource-group", model.groups(), model.groupProperty(),
                g -> g.name() + " (" + g.location() + ")");
        ComboBox<Location> location = picker("azure-location", model.locations(), model.locationProperty(),
                Location::label);
        TextField name = new TextField(model.nameProperty().get());
        name.setId("azure-name");
        model.nameProperty().bind(name.textProperty());

        VBox plans = new VBox(6);
        for (Plan p : Plan.values()) {
            CheckBox box = new CheckBox(ConnectorForm.label(p));
            box.setId("azure-plan-" + p.name());
            box.selectedProperty().bindBidirectional(model.planProperty(p));
            plans.getChildren().add(box);
        }
        ComboBox<Integer> interval = new ComboBox<>();
        interval.setId("azure-interval");
        interval.getItems().addAll(ConnectorForm.SCAN_INTERVALS);
        interval.valueProperty().bindBidirectional(model.intervalProperty());

        Label problem = new Label();
        problem.setId("azure-problem");
        problem.setWrapText(true);
        Styles.tone(problem, Tone.DANGER);
        problem.textProperty().bind(model.shownProblemProperty());
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());

        Button check = new Button("_Check");
        check.setId("azure-check");
        check.disableProperty().bind(model.busyProperty()
                .or(model.problemProperty().isNotEmpty())
                .or(model.stageProperty().isEqualTo(CreateConnectorModel.Stage.SIGNING_IN))
                .or(model.stageProperty().isEqualTo(CreateConnectorModel.Stage.FAILED)));
        check.setOnAction(e -> model.check());
        check.setMinWidth(Region.USE_PREF_SIZE); // whole words: never cut to "…" in a narrow window

        VBox form = new VBox(10, field("_Subscription", subscription), field("_Resource group", group),
                field("_Location", location), field("Connector _name", name), field("Plans", plans),
                field("Scan _interval (hours)", interval), problem, check);
        form.setPadding(new Insets(0, 12, 0, 0));
        ScrollPane formScroll = new ScrollPane(form);
        formScroll.setFitToWidth(true);
        formScroll.getStyleClass().add("edge-to-edge");
        formScroll.setPrefWidth(380);
        // The form keeps its width: a long result beside it once squeezed it to "Subscri…" (issue 21.3).
        formScroll.setMinWidth(Region.USE_PREF_SIZE);

        VBox findings = new VBox(4);
        findings.setId("azure-preflight");
        model.findings().addListener((ListChangeListener<PreFlight.Finding>) c -> {
            findings.getChildren().clear();
            model.findings().forEach(f -> {
                Label l = Forms.text(f.line());
                // Every line whole at 860 x 600 (issue 21.3): the review below gives way, not the pre-flight's words.
                l.setMinHeight(Region.USE_PREF_SIZE);
                Styles.tone(l, Tone.of(f.level()));
                findings.getChildren().add(l);
            });
        });
        TextArea review = new TextArea();
        review.setId("azure-review");
        review.setEditable(false);
        review.setPrefRowCount(14);
        review.getStyleClass().add("monospace");
        review.textProperty().bind(model.reviewProperty());
        VBox.setVgrow(review, Priority.ALWAYS);

        Button write = new Button();
        write.setId("azure-write");
        write.getStyleClass().add("accent");
        write.textProperty().bind(model.actionProperty());
        write.disableProperty().bind(model.busyProperty().or(model.blockedProperty())
                .or(model.stageProperty().isNotEqualTo(CreateConnectorModel.Stage.CHECKED)));
        write.setOnAction(e -> model.create());
        write.setMinWidth(Region.USE_PREF_SIZE); // the status beside it gives way, not the button's words
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(18, 18);
        spinner.visibleProperty().bind(model.busyProperty());
        Label status = new Label();
        status.setId("azure-status");
        status.setWrapText(true);
        status.setMinHeight(Region.USE_PREF_SIZE); // wrapped whole, never cut to "…"
        status.textProperty().bind(model.statusProperty());
        HBox.setHgrow(status, Priority.ALWAYS);
        HBox writeRow = new HBox(12, write, spinner, status);

        Label result = Forms.text("");
        result.setId("azure-result");
        result.setMinHeight(Region.USE_PREF_SIZE);
        result.textProperty().bind(model.resultProperty());
        Hyperlink portal = new Hyperlink("Open Environment settings in the Azure portal");
        portal.setId("azure-portal");
        portal.setOnAction(e -> Links.open(model.portalLink()));
        portal.visibleProperty().bind(model.stageProperty().isEqualTo(CreateConnectorModel.Stage.WRITTEN));
        portal.managedProperty().bind(portal.visibleProperty());

        // Headings show with their content only: no empty "Pre-flight" or "Review" before Check.
        Node findingsSection = Forms.section("Pre-flight", findings);
        Node reviewSection = Forms.section("Review", review);
        showWhen(findingsSection, javafx.beans.binding.Bindings.isNotEmpty(model.findings()));
        showWhen(reviewSection, model.reviewProperty().isNotEmpty());
        VBox output = new VBox(10, findingsSection, reviewSection, writeRow, result, portal);
        // Scrolls like the form beside it: on a small window every line stays whole and Create can be scrolled to.
        ScrollPane outputScroll = new ScrollPane(output);
        outputScroll.setFitToWidth(true);
        outputScroll.getStyleClass().add("edge-to-edge");
        HBox.setHgrow(outputScroll, Priority.ALWAYS);
        HBox columns = new HBox(16, formScroll, outputScroll);
        VBox.setVgrow(columns, Priority.ALWAYS);
        root.getChildren().addAll(intro, columns);
    }

    private static <T> ComboBox<T> picker(String id, javafx.collections.ObservableList<T> items,
                                          javafx.beans.property.ObjectProperty<T> value, Function<T, String> label) {
        ComboBox<T> box = new ComboBox<>(items);
        box.setId(id);
        box.setMaxWidth(Double.MAX_VALUE);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : label.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        });
        box.valueProperty().bindBidirectional(value);
        return box;
    }

    private static void showWhen(Node node, javafx.beans.value.ObservableBooleanValue shown) {
        node.visibleProperty().bind(shown);
        node.managedProperty().bind(shown);
    }

    private static Node field(String label, Node control) {
        Label title = new Label(label);
        title.setMnemonicParsing(true);
        title.setLabelFor(control);
        return new VBox(4, title, control);
    }
}
