package dev.hubonboard.ui;

import dev.hubonboard.defender.ConnectorExport;
import dev.hubonboard.defender.ConnectorExport.Format;
import dev.hubonboard.defender.ConnectorSettings;
import dev.hubonboard.defender.Plan;
import dev.hubonboard.onboarding.Onboarding;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The Defender connector export dialog's view-model: the connector's settings as typed, each field's problem in
 * {@link ConnectorSettings}' own words, a preview of the chosen format, and saving it. There is no token here
 * (neither the onboarding nor the settings hold one), so nothing saved from this dialog can contain it.
 */
public final class ConnectorExportModel {
    private final String organization;
    private final String dockerId;
    private final StringProperty scanInterval = new SimpleStringProperty(String.valueOf(ConnectorSettings.DEFAULT_SCAN_INTERVAL));
    private final Map<Plan, BooleanProperty> plans = new EnumMap<>(Plan.class);
    private final StringProperty connectorName = new SimpleStringProperty();
    private final StringProperty location = new SimpleStringProperty("");
    private final StringProperty subscriptionId = new SimpleStringProperty("");
    private final StringProperty resourceGroup = new SimpleStringProperty("");
    private final ObjectProperty<Format> format = new SimpleObjectProperty<>(Format.ARM_TEMPLATE);
    private final StringProperty saved = new SimpleStringProperty("");
    private final ObjectBinding<Checked> checked;
    private final StringBinding preview;

    /** Problems by field, and the settings when there are none. */
    public record Checked(Optional<ConnectorSettings> settings, String interval, String plans, String name,
                          String location, String subscriptionId, String resourceGroup, String other) {
    }

    public ConnectorExportModel(String organization, String dockerId) {
        this.organization = organization;
        this.dockerId = dockerId;
        this.connectorName.set(ConnectorSettings.defaultConnectorName(organization));
        for (Plan p : Plan.values()) {
            plans.put(p, new SimpleBooleanProperty(ConnectorSettings.DEFAULT_OFFERINGS.contains(p)));
        }
        List<Observable> inputs = new ArrayList<>(List.of(scanInterval, connectorName, location, subscriptionId,
                resourceGroup));
        inputs.addAll(plans.values());
        checked = Bindings.createObjectBinding(this::check, inputs.toArray(Observable[]::new));
        preview = Bindings.createStringBinding(() -> checked.get().settings()
                .map(s -> new ConnectorExport(s).render(format.get()))
                .orElse("Fix the fields marked above to see the export."), checked, format);
        // a change after saving makes the "saved" line stale
        checked.addListener((o, a, b) -> saved.set(""));
        format.addListener((o, a, b) -> saved.set(""));
    }

    /** For an onboarding with the dedicated user's Docker ID; IllegalArgumentException naming the field if not. */
    public static ConnectorExportModel of(Onboarding onboarding) {
        String id = onboarding.dedicatedDockerId().orElseThrow(() -> new IllegalArgumentException(
                "Docker ID: enter the dedicated user's Docker ID before exporting the connector."));
        return new ConnectorExportModel(onboarding.organization(), id);
    }

    public String organization() {
        return organization;
    }

    public String dockerId() {
        return dockerId;
    }

    /** Hours as typed: the view offers 4, 6, 12 and 24 but accepts typing. */
    public StringProperty scanIntervalProperty() {
        return scanInterval;
    }

    public BooleanProperty planProperty(Plan plan) {
        return plans.get(plan);
    }

    public StringProperty connectorNameProperty() {
        return connectorName;
    }

    public StringProperty locationProperty() {
        return location;
    }

    public StringProperty subscriptionIdProperty() {
        return subscriptionId;
    }

    public StringProperty resourceGroupProperty() {
        return resourceGroup;
    }

    public ObjectProperty<Format> formatProperty() {
        return format;
    }

    public ObjectBinding<Checked> checkedProperty() {
        return checked;
    }

    public StringBinding previewProperty() {
        return preview;
    }

    /** Where the last export was saved, or why it could not be. */
    public StringProperty savedProperty() {
        return saved;
    }

    public Optional<ConnectorSettings> settings() {
        return checked.get().settings();
    }

    /** The suggested file name for the chosen format, e.g. {@code defender-dockerhub-acme.bicep}. */
    public String fileName() {
        return settings().map(s -> new ConnectorExport(s).fileName(format.get()))
                .orElse("defender-" + ConnectorSettings.defaultConnectorName(organization) + format.get().extension());
    }

    /**
     * Asks where to save (the chooser gets the suggested file name) and writes the chosen format there. A few
     * kilobytes to a local file: written on the caller's thread.
     */
    public Optional<Path> save(Function<String, Optional<Path>> chooser) {
        Optional<ConnectorSettings> s = settings();
        if (s.isEmpty()) {
            saved.set("Not saved: fix the fields marked above first.");
            return Optional.empty();
        }
        String text = new ConnectorExport(s.get()).render(format.get());
        Optional<Path> where = chooser.apply(fileName());
        if (where.isEmpty()) {
            return Optional.empty();
        }
        try {
            Files.writeString(where.get(), text, StandardCharsets.UTF_8);
            if (format.get() == Format.AZ_REST_SCRIPT) {
                where.get().toFile().setExecutable(true, true);
            }
            saved.set("Saved to " + where.get() + ". It holds no access token: "
                    + (format.get() == Format.AZ_REST_SCRIPT ? "the script asks for it when run."
                    : "the deployment asks for it as a secure parameter."));
            return where;
        } catch (IOException e) {
            saved.set("Could not save to " + where.get() + ": " + e.getMessage());
            return Optional.empty();
        }
    }

    // ---- validation ----

    private Checked check() {
        String interval = fieldProblem("Scan interval", b -> b.scanIntervalHours(hours()));
        if (hours() == null) {
            interval = "Scan interval: enter a number of hours: 4, 6, 12 or 24.";
        }
        String plansProblem = fieldProblem("Plans", b -> b.offerings(chosenPlans()));
        String name = fieldProblem("Connector name", b -> b.connectorName(connectorName.get()));
        if (connectorName.get() == null || connectorName.get().isBlank()) {
            name = "Connector name: enter a name, such as " + ConnectorSettings.defaultConnectorName(organization) + ".";
        }
        String loc = fieldProblem("Location", b -> b.location(location.get()));
        String sub = fieldProblem("Subscription ID", b -> b.subscriptionId(subscriptionId.get()));
        String group = fieldProblem("Resource group", b -> b.resourceGroup(resourceGroup.get()));
        Optional<ConnectorSettings> settings = Optional.empty();
        String other = "";
        if (interval.isEmpty() && plansProblem.isEmpty() && name.isEmpty() && loc.isEmpty() && sub.isEmpty()
                && group.isEmpty()) {
            try {
                settings = Optional.of(ConnectorSettings.builder(organization, dockerId).scanIntervalHours(hours())
                        .offerings(chosenPlans()).connectorName(connectorName.get()).location(location.get())
                        .subscriptionId(subscriptionId.get()).resourceGroup(resourceGroup.get()).build());
            } catch (IllegalArgumentException e) {
                other = e.getMessage();
            }
        }
        return new Checked(settings, interval, plansProblem, name, loc, sub, group, other);
    }

    /**
     * The message for one field: the settings built with only that field taken from the form (the rest defaults),
     * so each field shows its own problem at the same time as the others. Messages start with the field's label.
     */
    private String fieldProblem(String label, Consumer<ConnectorSettings.Builder> set) {
        try {
            ConnectorSettings.Builder b = ConnectorSettings.builder(organization, dockerId);
            set.accept(b);
            b.build();
            return "";
        } catch (IllegalArgumentException e) {
            String m = e.getMessage() == null ? "" : e.getMessage();
            // another field's problem (the organization or Docker ID themselves) shows under the form
            return m.startsWith(label + ":") ? m : "";
        } catch (NullPointerException e) {
            return ""; // the field is not set: reported by its own check
        }
    }

    private Integer hours() {
        String t = scanInterval.get() == null ? "" : scanInterval.get().strip();
        try {
            return Integer.valueOf(t);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private Set<Plan> chosenPlans() {
        Set<Plan> chosen = EnumSet.noneOf(Plan.class);
        plans.forEach((p, on) -> {
            if (on.get()) {
                chosen.add(p);
            }
        });
        return chosen;
    }
}
