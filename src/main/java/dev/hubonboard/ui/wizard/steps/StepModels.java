package dev.hubonboard.ui.wizard.steps;

import dev.hubonboard.onboarding.Step;
import dev.hubonboard.ui.kit.Later;
import dev.hubonboard.ui.wizard.StepModel;
import dev.hubonboard.ui.wizard.WizardModel;

import java.time.Clock;
import java.util.function.Function;

/**
 * The wizard's step view-models, one per step: {@link WizardModel} makes each through this the first time it is asked
 * for and owns it until it closes; a page is only handed its model. Made lazily, as the pages are: the window shows
 * one step at a time.
 */
public final class StepModels {
    private StepModels() {
    }

    public static Function<Step, StepModel> of(WizardModel wizard) {
        return step -> switch (step) {
            case PREREQUISITES -> new PrerequisitesModel(wizard);
            case INVITE -> new InviteModel(wizard);
            case EMAIL_VERIFICATION -> new VerificationModel(wizard, Later.fx(), Clock.systemDefaultZone());
            case TOKEN -> new TokenModel(wizard);
            case CONNECTION_TEST -> new ConnectionTestModel(wizard);
            case FINISH -> new FinishModel(wizard);
        };
    }
}
