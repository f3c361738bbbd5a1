package dev.hubonboard.ui.connector;

import dev.hubonboard.azure.AzureSignInException;
import dev.hubonboard.azure.Location;
import dev.hubonboard.azure.ResourceGroup;
import dev.hubonboard.azure.SecurityConnector;
import dev.hubonboard.azure.Subscription;
import dev.hubonboard.check.CheckResult;
import dev.hubonboard.check.Outcome;
import dev.hubonboard.check.Report;
import dev.hubonboard.defender.ConnectorCreation;
import dev.hubonboard.defender.ConnectorForm;
import dev.hubonboard.defender.ConnectorReview;
import dev.hubonboard.defender.ConnectorSession;
import dev.hubonboard.defender.ConnectorWritten;
import dev.hubonboard.defender.Plan;
import dev.hubonboard.defender.PreFlight;
import dev.hubonboard.defender.SavedConnector;
import dev.hubonboard.net.ServiceException;
import dev.hubonboard.ui.task.BackgroundTask;
import dev.hubonboard.ui.task.TaskExecutor;
import dev.hubonboard.ui.task.TaskRunner;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;

/**
 * The "Create the connector in Defender for Cloud" dialog's view-model: sign in through the Azure CLI (or the
 * practice Azure), pick subscription, resource group and region, name, plans and scan interval; pre-flight in words;
 * the review with the token masked; Create (the connection test runs first with the saved token: nothing is written
 * unless it passes); the connector read back, the portal link and what to confirm there. The choices are
 * {@link ConnectorForm}'s; Azure is {@link ConnectorSession}'s. No token is held here beyond the job that writes.
 */
public final class CreateConnectorModel {

    /** Where the dialog stands; each stage enables the next button. */
    public enum Stage { SIGNING_IN, CHOOSE, CHECKED, WRITTEN, FAILED }

    /** Reads the token to write, off the JavaFX thread (the keychain's, or one captured when Create is pressed). */
    @FunctionalInterface
    public interface TokenSource {
        String read() throws Exception;
    }

    /** For the dialog: how to get the token, asked on the JavaFX thread when Create is pressed. */
    @FunctionalInterface
    public interface Tokens {
        TokenSource capture();
    }

    /** Runs the connection test with a token: off the JavaFX thread. */
    @FunctionalInterface
    public interface TokenTest {
        Report run(String token);
    }

    private final ConnectorSession session;
    private final TaskRunner tasks;
    private final ConnectorForm form;
    private final Tokens tokens;
    private final TokenTest test;
    private final Consumer<ConnectorWritten> onWritten;

    private final ObservableList<Subscription> subscriptions = FXCollections.observableArrayList();
    private final ObservableList<ResourceGroup> groups = FXCollections.observableArrayList();
    private final ObservableList<Location> locations = FXCollections.observableArrayList();
    private final ObjectProperty<Subscription> subscription = new SimpleObjectProperty<>();
    private final ObjectProperty<ResourceGroup> group = new SimpleObjectProperty<>();
    private final ObjectProperty<Location> location = new SimpleObjectProperty<>();
    private final StringProperty name = new SimpleStringProperty();
    private final Map<Plan, BooleanProperty> plans = new EnumMap<>(Plan.class);
    private final ObjectProperty<Integer> interval = new SimpleObjectProperty<>(ConnectorCreation.DEFAULT_SCAN_INTERVAL);
    private final StringBinding problem;
    private final ObjectProperty<Stage> stage = new SimpleObjectProperty<>(Stage.SIGNING_IN);
    private final StringProperty status = new SimpleStringProperty("");
    private final ObservableList<PreFlight.Finding> findings = FXCollections.observableArrayList();
    private final StringProperty review = new SimpleStringProperty("");
    private final StringProperty action = new SimpleStringProperty("Create");
    private final StringProperty result = new SimpleStringProperty("");
    private final BooleanProperty blocked = new SimpleBooleanProperty();
    private PreFlight preFlight;
    private ConnectorCreation creation;
    private Optional<SavedConnector> saved;

    public CreateConnectorModel(ConnectorSession session, TaskExecutor executor, String organization, String dockerId,
                                Tokens tokens, TokenTest test, Consumer<ConnectorWritten> onWritten) {
        this.session = session;
        this.tasks = new TaskRunner(executor);
        this.tokens = tokens;
        this.test = test;
        this.onWritten = onWritten;
        this.saved = session.saved(organization);
        this.form = ConnectorForm.of(organization, dockerId, saved);
        name.set(form.name());
        for (Plan p : Plan.values()) {
            plans.put(p, new SimpleBooleanProperty(form.plans().contains(p)));
        }
        List<Observable> inputs = new ArrayList<>(List.of(subscription, group, location, name, interval));
        inputs.addAll(plans.values());
        problem = Bindings.createStringBinding(() -> sync().problem().orElse(""), inputs.toArray(Observable[]::new));
        // Any change after a pre-flight makes it stale: check again before writing.
        for (Observable input : inputs) {
            input.addListener((javafx.beans.InvalidationListener) x -> {
                if (stage.get() == Stage.CHECKED) {
                    stage.set(Stage.CHOOSE);
                    preFlight = null;
                    findings.clear();
                    blocked.set(false);
                    review.set("");
                    status.set("Changed: Check again before writing.");
                }
            });
        }
        subscription.addListener((o, a, b) -> loadGroupsAndLocations(b));
        group.addListener((o, a, b) -> {
            if (b != null && location.get() == null) {
                locations.stream().filter(l -> l.name().equalsIgnoreCase(b.location())).findFirst().ifPresent(location::set);
            }
        });
    }

    private ConnectorForm sync() {
        form.subscription(subscription.get() == null ? "" : subscription.get().id());
        form.resourceGroup(group.get() == null ? "" : group.get().name());
        form.location(location.get() == null ? "" : location.get().name());
        form.name(name.get());
        plans.forEach((p, on) -> form.plan(p, on.get()));
        form.scanInterval(interval.get() == null ? 0 : interval.get());
        return form;
    }

    // ---- steps ----

    /** Signs in and lists the subscriptions; preselects the saved one, else the Azure CLI's default. */
    public void start() {
        stage.set(Stage.SIGNING_IN);
        status.set("Signing in to Azure through the Azure CLI…");
        tasks.run(BackgroundTask.of("Signing in to Azure", () -> {
            ConnectorCreation c = session.creation();
            return new Signed(c, c.subscriptions());
        }).onSuccess(signed -> {
            creation = signed.creation();
            subscriptions.setAll(signed.subscriptions());
            String wanted = saved.map(SavedConnector::subscriptionId).or(session::defaultSubscription).orElse("");
            subscriptions.stream().filter(s -> s.id().equalsIgnoreCase(wanted)).findFirst()
                    .or(() -> subscriptions.size() == 1 ? Optional.of(subscriptions.getFirst()) : Optional.empty())
                    .ifPresent(subscription::set);
            stage.set(Stage.CHOOSE);
            status.set(subscriptions.isEmpty() ? "Signed in, but this account sees no subscription: sign in with "
                    + "another account (`az login`) or ask for access." : "Signed in to Azure. Choose where the "
                    + "connector goes, then Check.");
        }).onFailure(this::failed));
    }

    private void loadGroupsAndLocations(Subscription s) {
        groups.clear();
        locations.clear();
        group.set(null);
        location.set(null);
        if (s == null || creation == null) {
            return;
        }
        ConnectorCreation c = creation;
        tasks.run(BackgroundTask.of("Reading resource groups and regions", () -> new Places(c.resourceGroups(s.id()),
                c.locations(s.id()))).onSuccess(places -> {
            if (subscription.get() != s) {
                return; // another subscription was chosen meanwhile
            }
            groups.setAll(places.groups());
            locations.setAll(places.locations());
            saved.filter(x -> x.subscriptionId().equalsIgnoreCase(s.id())).ifPresent(x -> {
                groups.stream().filter(g -> g.name().equalsIgnoreCase(x.resourceGroup())).findFirst().ifPresent(group::set);
                locations.stream().filter(l -> l.name().equalsIgnoreCase(x.location())).findFirst().ifPresent(location::set);
            });
        }).onFailure(this::failed));
    }

    /** The pre-flight, then the review of the exact request (token masked). */
    public void check() {
        String p = problem.get();
        if (!p.isEmpty()) {
            status.set(p);
            return;
        }
        ConnectorCreation c = creation;
        var settings = sync().settings();
        status.set("Checking in Azure…");
        tasks.run(BackgroundTask.of("Checking in Azure", () -> {
            PreFlight pf = c.preFlight(settings);
            return new Checked(pf, c.review(settings, pf));
        }).onSuccess(checked -> {
            preFlight = checked.preFlight();
            findings.setAll(preFlight.findings());
            blocked.set(preFlight.blocked());
            action.set(preFlight.action() == PreFlight.Action.CREATE ? "Create" : "Update");
            review.set(checked.review().text() + "\n\n" + checked.review().note());
            stage.set(Stage.CHECKED);
            status.set(preFlight.blocked() ? "Nothing can be written: see the ✖ above."
                    : action.get() + " writes the request below, after the connection test passes once more.");
        }).onFailure(this::failed));
    }

    /** Runs the connection test with the saved token and, only if it passes, writes and reads back. */
    public void create() {
        if (stage.get() != Stage.CHECKED || preFlight == null || preFlight.blocked()) {
            return;
        }
        ConnectorCreation c = creation;
        PreFlight pf = preFlight;
        var settings = sync().settings();
        String org = form.organization();
        String sub = subscription.get().id();
        TokenSource source = tokens.capture();
        status.set("Running the connection test, then writing the connector…");
        tasks.run(BackgroundTask.of("Writing the connector for " + org, () -> {
            String token = source.read();
            Report report = test.run(token);
            if (!report.ready()) {
                throw new NotReady(report);
            }
            if (Thread.currentThread().isInterrupted()) {
                throw new CancellationException();
            }
            ConnectorWritten written = c.write(settings, pf, token);
            SavedConnector remembered = session.remember(org, sub, written);
            return new Done(written, remembered);
        }).onSuccess(done -> {
            saved = Optional.of(done.saved());
            stage.set(Stage.WRITTEN);
            result.set(words(done.written()));
            status.set("Connector " + done.written().action().past() + ".");
            onWritten.accept(done.written());
        }).onFailure(this::failed).onCancelled(() -> status.set("Stopped. Nothing more is sent.")));
    }

    static String words(ConnectorWritten w) {
        SecurityConnector c = w.connector();
        return "Connector " + w.action().past() + " and read back: " + c.name() + " in resource group "
                + c.resourceGroup() + " (" + c.location() + "), organization " + c.hierarchyIdentifier()
                + ", Docker ID " + c.username() + ", scan every " + c.scanInterval() + " h.\n"
                + ConnectorWritten.NEXT_STEP;
    }

    private void failed(Throwable e) {
        if (e instanceof CancellationException) {
            status.set("Stopped.");
            return;
        }
        if (stage.get() == Stage.SIGNING_IN) {
            stage.set(Stage.FAILED);
        }
        status.set(message(e));
    }

    /** Words for a failure: typed errors carry their own (never a token). */
    static String message(Throwable e) {
        Throwable t = e instanceof java.util.concurrent.CompletionException && e.getCause() != null ? e.getCause() : e;
        if (t instanceof NotReady n) {
            CheckResult failed = n.report.checks().stream().filter(r -> r.status() == Outcome.FAIL).findFirst().orElse(null);
            return "Nothing was sent to Azure: the connection test " + (n.report.unreachable()
                    ? "could not reach Docker Hub" : "failed") + (failed == null ? "." : " (" + failed.summary() + ").");
        }
        if (t instanceof AzureSignInException || t instanceof ServiceException || t instanceof IllegalArgumentException
                || t instanceof IllegalStateException) {
            return t.getMessage();
        }
        return "Could not finish: " + t.getClass().getSimpleName() + ".";
    }

    /** Stops whatever runs. */
    public void cancel() {
        tasks.cancelAll();
    }

    /**
     * The dialog closed: what it started is cancelled and nothing of it lands afterwards, and the Azure token is
     * dropped, so the next dialog reads it from {@code az} again (a changed {@code az login} is honoured).
     */
    public void close() {
        tasks.close();
        creation = null; // its ARM client holds the token
        session.forget();
    }

    // ---- properties ----

    public String organization() {
        return form.organization();
    }

    public ObservableList<Subscription> subscriptions() {
        return subscriptions;
    }

    public ObservableList<ResourceGroup> groups() {
        return groups;
    }

    public ObservableList<Location> locations() {
        return locations;
    }

    public ObjectProperty<Subscription> subscriptionProperty() {
        return subscription;
    }

    public ObjectProperty<ResourceGroup> groupProperty() {
        return group;
    }

    public ObjectProperty<Location> locationProperty() {
        return location;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public BooleanProperty planProperty(Plan plan) {
        return plans.get(plan);
    }

    public ObjectProperty<Integer> intervalProperty() {
        return interval;
    }

    /** The choices' problem in words (naming the field), or "". */
    public StringBinding problemProperty() {
        return problem;
    }

    public ObjectProperty<Stage> stageProperty() {
        return stage;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public ObservableList<PreFlight.Finding> findings() {
        return findings;
    }

    public BooleanProperty blockedProperty() {
        return blocked;
    }

    /** "Create" or "Update": what the write button says after the pre-flight. */
    public StringProperty actionProperty() {
        return action;
    }

    /** The exact request, token masked, with the note on the inferred field. */
    public StringProperty reviewProperty() {
        return review;
    }

    public StringProperty resultProperty() {
        return result;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return tasks.busyProperty();
    }

    public String portalLink() {
        return ConnectorWritten.PORTAL_LINK;
    }

    private record Signed(ConnectorCreation creation, List<Subscription> subscriptions) {
    }

    private record Places(List<ResourceGroup> groups, List<Location> locations) {
    }

    private record Checked(PreFlight preFlight, ConnectorReview review) {
    }

    private record Done(ConnectorWritten written, SavedConnector saved) {
    }

    /** The connection test did not pass: nothing goes to Azure. */
    static final class NotReady extends Exception {
        final transient Report report;

        NotReady(Report report) {
            super("the connection test did not pass", null, false, false);
            this.report = report;
        }
    }
}
