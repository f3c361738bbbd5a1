package dev.hubonboard.ui.wizard;

import dev.hubonboard.onboarding.Step;
import dev.hubonboard.ui.wizard.steps.ConnectionTestPage;
import dev.hubonboard.ui.wizard.steps.FinishPage;
import dev.hubonboard.ui.wizard.steps.InvitePage;
import dev.hubonboard.ui.wizard.steps.PrerequisitesPage;
import dev.hubonboard.ui.wizard.steps.TokenPage;
import dev.hubonboard.ui.wizard.steps.VerificationPage;

import java.util.function.Function;

/**
 * The wizard's pages, one per step, each built the first time the window shows it: the window shows one step at a
 * time, so building all six at start-up would only delay the first window.
 */
public final class Pages {
    private Pages() {
    }

    public static Function<Step, StepPage> all(WizardModel model) {
        return step -> switch (step) {
            case PREREQUISITES -> new PrerequisitesPage(model);
            case INVITE -> new InvitePage(model);
            case EMAIL_VERIFICATION -> new VerificationPage(model);
            case TOKEN -> new TokenPage(model);
            case CONNECTION_TEST -> new ConnectionTestPage(model);
            case FINISH -> new FinishPage(model);
        };
    }
}
