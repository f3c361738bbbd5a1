package dev.hubonboard.ui.wizard.steps;

import dev.hubonboard.onboarding.owner.Finding;
import dev.hubonboard.onboarding.Invitee;
import dev.hubonboard.onboarding.Onboarding;
import dev.hubonboard.onboarding.OwnerMode;
import dev.hubonboard.onboarding.RepositoryList;
import dev.hubonboard.onboarding.owner.OwnerRepositories;
import dev.hubonboard.onboarding.Step;
import dev.hubonboard.onboarding.StepState;
import dev.hubonboard.onboarding.Validation;
import dev.hubonboard.onboarding.Verdict;
import dev.hubonboard.hub.AccessToken;
import dev.hubonboard.net.Redact;
import dev.hubonboard.ui.kit.Forms;
import dev.hubonboard.ui.kit.Messages;
import dev.hubonboard.ui.wizard.BasicStepModel;
import dev.hubonboard.ui.wizard.WizardModel;
import dev.hubonboard.ui.task.BackgroundTask;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.List;

/**
 * The first step: the organization, the owner's way in, and who the dedicated user is. In the API modes Next signs
 * the owner in and checks what the API can check; an existing member skips the invite with the reason.
 */
public final class PrerequisitesModel extends BasicStepModel {
    final StringProperty organization = new SimpleStringProperty("");
    final StringProperty email = new SimpleStringProperty("");
    final StringProperty dockerId = new SimpleStringProperty("");
    final ObservableList<Finding> findings = FXCollections.observableArrayList();
    /**
     * The owner's view of the repositories: "Defender will scan these N private repositories: …" (saved with the
     * onboarding; every later test proves pull on them), "" until the owner's sign-in has listed them.
     */
    final StringProperty repositories = new SimpleStringProperty("");
    final OwnerSignInModel owner;
    private final WizardModel wizard;

    public PrerequisitesModel(WizardModel wizard) {
        super(wizard, Step.PREREQUISITES);
        this.wizard = wizard;
        this.owner = OwnerSignInModel.of(wizard); // the wizard's one: what was typed on step 1 is there on step 3
        ready(valid(), Bindings.createStringBinding(this::whyNotYet, organization, email, dockerId, owner.mode,
                owner.secret, owner.ownerDockerId, owner.code, owner.needsCode, wizard.session().ownerSignedInProperty()));
    }

    @Override
    public void dispose() {
        owner.dispose();
    }

    ObjectBinding<Verdict> organizationVerdict() {
        return Forms.verdict(organization, Validation::organization);
    }

    ObjectBinding<Verdict> emailVerdict() {
        return Forms.verdict(email, s -> s.isBlank() ? Verdict.ok() : Validation.email(s));
    }

    ObjectBinding<Verdict> dockerIdVerdict() {
        return Forms.verdict(dockerId, s -> s.isBlank() ? Verdict.ok() : Validation.dockerId(s));
    }

    private BooleanBinding valid() {
        return Bindings.createBooleanBinding(() -> Validation.organization(organization.get()).isAcceptable()
                        && (!email.get().isBlank() || !dockerId.get().isBlank())
                        && (email.get().isBlank() || Validation.email(email.get()).isAcceptable())
                        && (dockerId.get().isBlank() || Validation.dockerId(dockerId.get()).isAcceptable()),
                organization, email, dockerId).and(owner.complete().or(wizard.session().ownerSignedInProperty()));
    }

    private String whyNotYet() {
        java.util.Optional<String> field = Validation.organization(organization.get()).first().map(p -> p.message())
                .or(() -> email.get().isBlank() && dockerId.get().isBlank()
                        ? java.util.Optional.of("enter the dedicated user's organization e-mail or its Docker ID")
                        : java.util.Optional.empty())
                .or(() -> email.get().isBlank() ? java.util.Optional.empty()
                        : Validation.email(email.get()).errors().stream().findFirst().map(p -> p.message()))
                .or(() -> dockerId.get().isBlank() ? java.util.Optional.empty()
                        : Validation.dockerId(dockerId.get()).errors().stream().findFirst().map(p -> p.message()))
                .or(() -> owner.complete().get() || owner.signedIn() ? java.util.Optional.empty()
                        : java.util.Optional.of(switch (owner.mode.get()) {
                            case ORGANIZATION_ACCESS_TOKEN -> "enter the organization access token";
                            case PASSWORD -> owner.needsCode.get() ? "enter the 2FA code"
                                    : "enter the owner's Docker ID and password";
                            case MANUAL -> "";
                        }));
        return field.map(w -> "Next is not available yet: " + w).orElse("");
    }

    /** Fills the fields from a resumed onboarding. */
    void load() {
        Onboarding o = wizard.onboarding();
        if (o == null) {
            return;
        }
        organization.set(o.organization());
        if (repositories.get().isEmpty() && !o.expectedRepositories().isEmpty()) { // resumed: the saved list
            repositories.set(describe(new OwnerRepositories(o.expectedRepositories(), 0, "")));
        }
        o.ownerMode().ifPresent(owner.mode::set);
        o.invitee().ifPresent(i -> {
            email.set(i.email() == null ? "" : i.email());
            dockerId.set(i.dockerId() == null ? "" : i.dockerId());
        });
    }

    /** Next: record the answers, check through the API where it can, and settle the step. */
    @Override
    public void proceed(Runnable advance) {
        String org = Validation.trim(organization.get());
        Onboarding o = wizard.onboarding();
        if (o == null || !o.organization().equals(org)) {
            wizard.open(org, opened -> proceed(opened, org, advance)); // read off the JavaFX thread
        } else {
            proceed(o, org, advance);
        }
    }

    private void proceed(Onboarding o, String org, Runnable advance) {
        if (o.state(Step.PREREQUISITES).isSettled()) {
            if (o.ownerMode().orElse(null) == owner.mode.get() && sameInvitee(o)) {
                advance.run(); // nothing changed since it was done
                return;
            }
            o.reopen(Step.PREREQUISITES);
        }
        Invitee invitee = new Invitee(email.get(), dockerId.get());
        o.chooseOwnerMode(owner.mode.get());
        o.setInvitee(invitee);
        if (invitee.dockerId() != null) {
            o.setDedicatedDockerId(invitee.dockerId());
        }
        o.start(Step.PREREQUISITES);
        if (owner.mode.get() == OwnerMode.MANUAL) {
            findings.setAll(Finding.ok("Manual mode", "You will invite the user in Docker Hub; the wizard links "
                    + "to each page and gives the values to paste."));
            o.complete(Step.PREREQUISITES);
            advance.run();
            return;
        }
        OwnerMode mode = owner.mode.get();
        Runnable check = () -> {
            AccessToken session = wizard.session().ownerSession().orElseThrow(); // captured now, on the JavaFX thread
            wizard.run(BackgroundTask.of("Checking the organization", () -> {
                        List<Finding> found = wizard.context().ownerActions().checkPrerequisites(session, org, invitee);
                        if (found.stream().anyMatch(f -> f.result() == Finding.Result.PROBLEM)) {
                            return new Checked(found, null, null);
                        }
                        try { // the owner's list is what every later test proves pull on
                            return new Checked(found, wizard.context().ownerActions().repositories(session, mode, org),
                                    null);
                        } catch (dev.hubonboard.net.ServiceException e) {
                            return new Checked(found, null, Messages.of(e));
                        }
                    })
                    .onSuccess(checked -> settle(o, checked, advance))
                    .onFailure(e -> {
                        String why = owner.ended(e) ? "The owner's Docker Hub session has ended. Sign in again "
                                + "as the owner, then press Next." : Messages.of(e);
                        findings.setAll(Finding.problem("Docker Hub", why));
                        o.fail(Step.PREREQUISITES, why);
                    }));
        };
        if (wizard.session().ownerSignedIn()) {
            check.run();
        } else {
            owner.signIn(org, check);
        }
    }

    /** What Next found: the prerequisites, and the owner's repositories (or why they could not be listed). */
    private record Checked(List<Finding> findings, OwnerRepositories repositories, String listingProblem) {
    }

    private void settle(Onboarding o, Checked checked, Runnable advance) {
        List<Finding> found = new java.util.ArrayList<>(checked.findings());
        OwnerRepositories repos = checked.repositories();
        if (repos != null) {
            List<String> leftOut = repos.privateNames().stream().filter(n -> !fitsTheGrammar(n)).toList();
            if (!leftOut.isEmpty()) { // saved, such a name would stop the step: keep the rest, say what was left out
                repos = new OwnerRepositories(repos.privateNames().stream().filter(n -> fitsTheGrammar(n)).toList(),
                        repos.publicCount(), repos.hint());
                found.add(Finding.warning("Repositories", leftOutWords(leftOut)));
            }
            o.setExpectedRepositories(repos.privateNames());
            repositories.set(describe(repos)); // shown in its own line below the findings
        } else if (checked.listingProblem() != null) {
            repositories.set("");
            found.add(new Finding("Repositories", Finding.Result.WARNING, "Docker Hub did not list the repositories "
                    + "to this sign-in, so the connection test will prove pull on what the dedicated user's token "
                    + "sees: " + checked.listingProblem()));
        }
        findings.setAll(found);
        Finding problem = found.stream().filter(f -> f.result() == Finding.Result.PROBLEM).findFirst().orElse(null);
        if (problem != null) {
            o.fail(Step.PREREQUISITES, problem.detail());
            return;
        }
        o.complete(Step.PREREQUISITES);
        found.stream().filter(f -> f.kind() == Finding.Kind.EXISTING_MEMBER).findFirst().ifPresent(f -> o.markExistingMember(f.detail()));
        advance.run();
        if (repos != null) { // said where the administrator now is, not only on step 1 (in short: the status line)
            List<String> names = repos.privateNames();
            wizard.sayOnThisStep("Step 1 done. Defender will scan " + names.size() + " private "
                    + (names.size() == 1 ? "repository" : "repositories")
                    + (names.isEmpty() ? "" : ": " + String.join(", ", names.subList(0, Math.min(3, names.size())))
                    + (names.size() > 3 ? " and " + (names.size() - 3) + " more" : "")) + " (the list is on step 1).");
        }
    }

    /** What {@link Onboarding#setExpectedRepositories} accepts: the name, trimmed, in Docker's grammar. */
    private static boolean fitsTheGrammar(String name) {
        return name != null && RepositoryList.isName(name.strip());
    }

    /** How many listed names were left out and why, the first few shown printable (never a control character). */
    static String leftOutWords(List<String> leftOut) {
        int n = leftOut.size();
        String shown = leftOut.stream().limit(3).map(name -> "\"" + Redact.forPeople(name, 60, List.of()) + "\"")
                .collect(java.util.stream.Collectors.joining(", "));
        return "Docker Hub listed " + n + " private " + (n == 1 ? "repository whose name is" : "repositories whose "
                + "names are") + " not a Docker repository name (lower-case letters and digits, joined by . _ __ or "
                + "dashes): " + shown + (n > 3 ? " and " + (n - 3) + " more" : "") + ". "
                + (n == 1 ? "It is" : "They are") + " left out of the list Defender will scan and the connection test "
                + "proves; check " + (n == 1 ? "it" : "them") + " in Docker Hub.";
    }

    /** "Defender will scan these N private repositories: a, b, c." plus the hint (the OAT permission). */
    static String describe(OwnerRepositories repos) {
        List<String> names = repos.privateNames();
        String listed = names.isEmpty() ? "" : ": " + String.join(", ", names.subList(0, Math.min(12, names.size())))
                + (names.size() > 12 ? " and " + (names.size() - 12) + " more" : "") + ".";
        String summary = repos.summary();
        return (listed.isEmpty() ? summary : summary.substring(0, summary.length() - 1) + listed)
                + (repos.hint().isEmpty() ? "" : " " + repos.hint());
    }

    private boolean sameInvitee(Onboarding o) {
        return o.invitee().map(i -> eq(i.email(), email.get()) && eq(i.dockerId(), dockerId.get())).orElse(false);
    }

    private static boolean eq(String saved, String typed) {
        return Validation.trim(saved).equalsIgnoreCase(Validation.trim(typed));
    }

    StepState state() {
        return wizard.onboarding() == null ? StepState.NOT_STARTED : wizard.onboarding().state(Step.PREREQUISITES);
    }

    /** Practice mode: types the practice values into the fields, as the administrator would. */
    void fill(String org, String organizationAccessToken, String dedicatedEmail) {
        organization.set(org);
        owner.mode.set(OwnerMode.ORGANIZATION_ACCESS_TOKEN);
        owner.secret.set(organizationAccessToken);
        email.set(dedicatedEmail);
    }
}
