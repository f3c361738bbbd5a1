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
import dev.hubonboard.ui.kit.Messages;
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
    /** The problem as the form shows it: nothing before the administrator has touched a choice. */
    private final StringBinding shownProblem;
    private final BooleanProperty touched = new SimpleBooleanProperty();
    private int programmatic;
    /** The existing connector whose plans and interval were pre-selected, so a re-check keeps the user's changes. */
    private String adopted = "";
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
        shownProblem = Bindings.createStringBinding(() -> touched.get() ? problem.get() : "", problem, touched);
        for (Observable input : inputs) {
            input.addListener((javafx.beans.InvalidationListener) x -> {
                if (programmatic == 0 && stage.get() != Stage.SIGNING_IN) {
                    touched.set(true);
                }
            });
        }
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
            stage.set(Stage.CHOOSE);
            quietly(() -> subscriptions.stream().filter(s -> s.id().equalsIgnoreCase(wanted)).findFirst()
                    .or(() -> subscriptions.size() == 1 ? Optional.of(subscriptions.getFirst()) : Optional.empty())
                    .ifPresent(subscription::set));
            status.set(subscriptions.isEmpty() ? "Signed in, but this account sees no subscription: sign in with "
                    + "another account (`az login`) or ask for access." : "Signed in to Azure. Choose where the "
                    + "connector goes, then Check.");
        }).onFailure(this::failed));
    }

    /** Changes made by the model itself (preselection, loading) do not count as the administrator's touch. */
    private void quietly(Runnable change) {
        programmatic++;
        try {
            change.run();
        } finally {
            programmatic--;
        }
    }

    private void loadGroupsAndLocations(Subscription s) {
        quietly(() -> {
            groups.clear();
            locations.clear();
            group.set(null);
            location.set(null);
        });
        if (s == null || creation == null) {
            return;
        }
        ConnectorCreation c = creation;
        tasks.run(BackgroundTask.of("Reading resource groups and regions", () -> new Places(c.resourceGroups(s.id()),
                c.locations(s.id()))).onSuccess(places -> {
            if (subscription.get() != s) {
                return; // another subscription was chosen meanwhile
            }
            quietly(() -> {
                groups.setAll(places.groups());
                locations.setAll(places.locations());
                saved.filter(x -> x.subscriptionId().equalsIgnoreCase(s.id())).ifPresent(x -> {
                    groups.stream().filter(g -> g.name().equalsIgnoreCase(x.resourceGroup())).findFirst().ifPresent(group::set);
                    locations.stream().filter(l -> l.name().equalsIgnoreCase(x.location())).findFirst().ifPresent(location::set);
                });
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
        var settings = sync().settings();
        String sub = settings.subscriptionId().orElse("");
        status.set("Checking in Azure…");
        tasks.run(BackgroundTask.of("Checking in Azure", () -> {
            // Signed in for the chosen subscription's own tenant: what the pre-flight and the write use.
            ConnectorCreation forSub = session.creationFor(sub);
            PreFlight pf = forSub.preFlight(settings);
            return new Checked(pf, forSub.review(settings, pf), forSub);
        }).onSuccess(checked -> {
            creation = checked.creation();
            ConnectorCreation c = creation;
            preFlight = checked.preFlight();
            ConnectorReview shown = checked.review();
            // An existing connector: its plans and interval pre-selected (once), so an update changes only what
            // the administrator changes; the review is then made again from the same pre-flight (no request).
            if (preFlight.existing().isPresent() && !adopted.equals(preFlight.existing().get().id())) {
                SecurityConnector existing = preFlight.existing().get();
                adopted = existing.id();
                quietly(() -> {
                    plans.forEach((plan, on) -> on.set(existing.offerings().stream()
                            .anyMatch(o -> o.equalsIgnoreCase(plan.offeringType()))));
                    if (ConnectorForm.SCAN_INTERVALS.contains(existing.scanInterval())) {
                        interval.set(existing.scanInterval());
                    }
                });
                shown = c.review(sync().settings(), preFlight);
            }
            findings.setAll(preFlight.findings());
            blocked.set(preFlight.blocked());
            action.set(switch (preFlight.action()) {
                case CREATE -> "Create";
                case UPDATE -> "Update";
                case WRITE -> "Write";
            });
            review.set(reviewText(shown));
            stage.set(Stage.CHECKED);
            status.set(preFlight.blocked() ? "Nothing can be written: see the ✖ under Pre-flight."
                    : action.get() + " sends the request shown under Review, after the connection test passes once more.");
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
            // Azure holds it now: a record that cannot be saved is said as such, never as a failed write.
            try {
                return new Done(written, Optional.of(session.remember(org, sub, written)), Optional.empty());
            } catch (java.io.IOException | RuntimeException e) {
                return new Done(written, Optional.empty(), Optional.of("Written in Azure; saving the local record "
                        + "failed (" + Messages.of(e) + "). Rotation will not know this connector until it is "
                        + "written again from here."));
            }
        }).onSuccess(done -> {
            done.saved().ifPresent(x -> saved = Optional.of(x));
            stage.set(Stage.WRITTEN);
            result.set(words(done.written()) + done.written().note().map(n -> "\n" + n).orElse("")
                    + done.recordFailed().map(f -> "\n" + f).orElse(""));
            status.set(done.recordFailed().isPresent() ? "Connector " + done.written().action().past()
                    + " in Azure; saving the local record failed." : "Connector " + done.written().action().past() + ".");
            onWritten.accept(done.written());
        }).onFailure(this::failed).onCancelled(() -> status.set("Stopped. Nothing more is sent.")));
    }

    /** The review as shown: what an update changes ("from → to"), then the exact request and the note. */
    static String reviewText(ConnectorReview r) {
        String changes = r.changes().isEmpty() ? "" : "What the update changes:\n"
                + String.join("\n", r.changes().stream().map(line -> "  " + line).toList()) + "\n\n";
        return changes + r.text() + "\n\n" + r.note();
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
    public static String message(Throwable e) {
        Throwable t = e instanceof java.util.concurrent.CompletionException && e.getCause() != null ? e.getCause() : e;
        if (t instanceof NotReady n) {
            CheckResult failed = n.report.checks().stream().filter(r -> r.status() == Outcome.FAIL).findFirst().orElse(null);
            return "Nothing was sent to Azure: the connection test " + (n.report.unreachable()
                    ? "could not reach Docker Hub" : "failed") + (failed == null ? "." : " (" + failed.summary() + ").");
        }
        if (t instanceof AzureSignInException) {
            return t.getMessage();
        }
        return Messages.of(t); // the app's one policy: ARM refusals carry the words of the one ARM mapping
    }

    /** Practice mode: the scenarios the practice Azure can play ("name: what it models"); empty in real use. */
    public List<String> practiceScenarios() {
        return session.practiceScenarios();
    }

    /** Practice mode: the practice Azure restarted to play this scenario, then signed in again. */
    public void playPractice(String scenario) {
        tasks.cancelAll();
        creation = null;
        preFlight = null;
        adopted = "";
        findings.clear();
        review.set("");
        result.set("");
        blocked.set(false);
        quietly(() -> subscription.set(null));
        session.playPractice(scenario);
        start();
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

    /** The problem to show under the form: "" until a choice was touched, so nothing is red on opening. */
    public StringBinding shownProblemProperty() {
        return shownProblem;
    }

    /** Practice mode: the practice Azure on this computer, not the administrator's Azure CLI. */
    public boolean practice() {
        return session.practice();
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

    private record Checked(PreFlight preFlight, ConnectorReview review, ConnectorCreation creation) {
    }

    private record Done(ConnectorWritten written, Optional<SavedConnector> saved, Optional<String> recordFailed) {
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
