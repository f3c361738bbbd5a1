package dev.hubonboard.ui.app;

import dev.hubonboard.ui.kit.Messages;
import dev.hubonboard.ui.wizard.WizardModel;
import dev.hubonboard.onboarding.Onboarding;
import dev.hubonboard.onboarding.store.ProgressStore;
import dev.hubonboard.ui.connections.ConnectionsModel;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * What the one window shows: the Connections home screen or the wizard (or nothing: the app is done). Connections
 * is home once an onboarding is finished; Resume and New onboarding open the wizard, whose Close comes back while
 * there is something to list. Use on the JavaFX thread.
 */
public final class AppModel {
    public enum Screen { HOME, WIZARD, CLOSED }

    private final AppContext context;
    private final ConnectionsModel connections;
    private final String practiceOrg;
    private final ObjectProperty<Screen> screen = new SimpleObjectProperty<>();
    private final ObjectProperty<WizardModel> wizard = new SimpleObjectProperty<>();

    /** @param practiceOrg the practice Hub's organization, or null for a real run */
    public AppModel(AppContext context, ConnectionsModel connections, String practiceOrg) {
        this.context = context;
        this.connections = connections;
        this.practiceOrg = practiceOrg;
    }

    /** Practice runs list only the practice organization; real runs the others. */
    public static Predicate<Onboarding> belongsTo(String practiceOrg) {
        return o -> (practiceOrg != null) == o.organization().equals(practiceOrg);
    }

    /** The first screen, from the listing read before the first window. */
    public void start(ProgressStore.Listing saved) {
        saved.problems().forEach(p -> connections.reportProblem(p.message()));
        boolean home = saved.onboardings().stream().filter(belongsTo(practiceOrg)).anyMatch(Onboarding::isComplete)
                || !connections.problems().isEmpty(); // a saved file that could not be used is shown, not swallowed
        if (home) {
            connections.show(saved);
            screen.set(Screen.HOME);
        } else {
            openWizard(latestUnfinished(saved.onboardings(), practiceOrg).orElse(null));
        }
    }

    /** Something to say on whichever screen shows now (a start-up notice). */
    public void tell(String notice) {
        if (screen.get() == Screen.WIZARD && wizard.get() != null) {
            wizard.get().noticeProperty().set(notice);
        } else {
            connections.noticeProperty().set(notice);
        }
    }

    /** Resume (an onboarding) or New onboarding (null): the window shows the wizard on it. */
    public void openWizard(Onboarding onboarding) {
        if (wizard.get() != null) {
            wizard.get().close();
        }
        connections.leave();
        WizardModel w = new WizardModel(context);
        if (onboarding != null) {
            w.use(onboarding);
        }
        wizard.set(w);
        screen.set(Screen.WIZARD);
    }

    /**
     * The wizard's Close (or Done): ends its work and secrets at once, then lists the saved onboardings after the
     * saves still being written, off the JavaFX thread; back to Connections when there is something to list,
     * otherwise the app is done. Never waits on the JavaFX thread.
     */
    public void closeWizard() {
        WizardModel w = wizard.get();
        if (w == null) {
            return;
        }
        String askedAgain = askedAgain(w);
        w.close();
        context.writer().then(() -> context.progress().list()).whenComplete((listing, e) -> context.executor().toFx(
                () -> {
                    if (wizard.get() != w) {
                        return; // another wizard was opened meanwhile
                    }
                    wizard.set(null);
                    if (e != null) {
                        connections.reportProblem("Saved onboardings could not be read: " + Messages.of(e));
                    }
                    ProgressStore.Listing saved = listing != null ? listing
                            : new ProgressStore.Listing(List.of(), List.of());
                    if (saved.onboardings().stream().anyMatch(belongsTo(practiceOrg))
                            || !connections.problems().isEmpty()) {
                        connections.show(saved);
                        connections.noticeProperty().set(askedAgain);
                        screen.set(Screen.HOME);
                    } else {
                        screen.set(Screen.CLOSED);
                    }
                }));
    }

    /** What a resumed onboarding will ask for again, said when the wizard closes (the token is not kept). */
    static String askedAgain(WizardModel w) {
        Onboarding o = w.onboarding();
        if (o == null || o.isComplete()) {
            return "";
        }
        return "Closed; the onboarding of " + o.organization() + " is saved. "
                + (w.isTokenKept() ? "The token is saved in the keychain. " : "")
                + (w.session().dedicatedToken().isPresent() && !w.isTokenKept() ? "The token you entered is forgotten: step 4 asks for "
                + "it again when you resume. " : "")
                + (w.session().ownerSignedIn() ? "The owner stays signed in until the app quits; after "
                + "that, resuming asks the owner to sign in again." : "Resuming asks the owner to sign in.");
    }

    /**
     * Quit (the window's close, Ctrl+Q, Connections' Quit): {@code close} runs at once, unless the wizard holds a
     * token that passed and is not in the keychain; then the wizard asks first (and may never run it: Stay).
     */
    public void requestQuit(Runnable close) {
        WizardModel w = wizard.get();
        if (screen.get() == Screen.WIZARD && w != null) {
            w.requestClose(close);
        } else {
            close.run();
        }
    }

    /** The app quits: work stops and every secret of the session is dropped, the clipboard's too. */
    public void quit() {
        if (wizard.get() != null) {
            wizard.get().close();
        }
        connections.cancel();
        context.session().forget();
    }

    /**
     * The most recently changed unfinished onboarding, so the administrator comes back to where they were. Practice
     * runs resume only the practice organization (it exists only in the practice Hub), real runs never resume it.
     */
    public static Optional<Onboarding> latestUnfinished(List<Onboarding> saved, String practiceOrg) {
        return saved.stream().filter(o -> !o.isComplete()).filter(belongsTo(practiceOrg))
                .max(Comparator.comparing(Onboarding::updated));
    }

    public ReadOnlyObjectProperty<Screen> screenProperty() {
        return screen;
    }

    /** The open wizard, or null on the home screen. */
    public ReadOnlyObjectProperty<WizardModel> wizardProperty() {
        return wizard;
    }

    public ConnectionsModel connections() {
        return connections;
    }
}
