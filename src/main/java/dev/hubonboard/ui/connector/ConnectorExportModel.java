package dev.hubonboard.ui.connector;

import dev.hubonboard.defender.ConnectorExport;
import dev.hubonboard.defender.ConnectorExport.Format;
import dev.hubonboard.defender.ConnectorSettings;
import dev.hubonboard.defender.ConnectorSettings.Field;
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
import java.util.function.Function;

/**
 * The Defender connector export dialog's view-model: the connector's settings as typed, each field's problem in
 * {@link ConnectorSettings}' own words, a preview of the chosen format, and saving it. There is no token here
 * (neither the onboarding nor the settings hold one), so nothing saved from this dialog can contain it.
 */
public final class ConnectorExportModel {
    private final String organization;
    private final String dockerId;
    final StringProperty scanInterval = new SimpleStringProperty(String.valueOf(ConnectorSettings.DEFAULT_SCAN_INTERVAL));
    private final Map<Plan, BooleanProperty> plans = new EnumMap<>(Plan.class);
    final StringProperty connectorName = new SimpleStringProperty();
    final StringProperty location = new SimpleStringProperty("");
    final StringProperty subscriptionId = new SimpleStringProperty("");
    final StringProperty resourceGroup = new SimpleStringProperty("");
    final ObjectProperty<Format> format = new SimpleObjectProperty<>(Format.ARM_TEMPLATE);
    final StringProperty saved = new SimpleStringProperty("");
    final ObjectBinding<Checked> checked;
    final StringBinding preview;

    /** Each field's problem, and the settings when there are none. */
    public record Checked(Optional<ConnectorSettings> settings, Map<Field, String> problems) {
        /** The field's problem in words, "" when it has none. */
        public String of(Field f) {
            return problems.getOrDefault(f, "");
        }
    }

    /** One field's problem, as the form shows it under the field. */
    StringBinding problem(Field f) {
        return Bindings.createStringBinding(() -> checked.get().of(f), checked);
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

    public BooleanProperty planProperty(Plan plan) {
        return plans.get(plan);
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

    /** Every field's problem at once, from the settings' own check by field (nothing parsed out of messages). */
    private Checked check() {
        Integer hours = hours();
        ConnectorSettings.Builder b = ConnectorSettings.builder(organization, dockerId)
                .scanIntervalHours(hours == null ? ConnectorSettings.DEFAULT_SCAN_INTERVAL : hours)
                .offerings(chosenPlans()).connectorName(connectorName.get()).location(location.get())
                .subscriptionId(subscriptionId.get()).resourceGroup(resourceGroup.get());
        Map<Field, String> p = new EnumMap<>(b.problems());
        if (hours == null) {
            p.put(Field.SCAN_INTERVAL, "Scan interval: enter a number of hours: 4, 6, 12 or 24.");
        }
        if (connectorName.get() == null || connectorName.get().isBlank()) {
            p.put(Field.CONNECTOR_NAME, "Connector name: enter a name, such as "
                    + ConnectorSettings.defaultConnectorName(organization) + ".");
        }
        return new Checked(p.isEmpty() ? Optional.of(b.build()) : Optional.empty(), Map.copyOf(p));
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
