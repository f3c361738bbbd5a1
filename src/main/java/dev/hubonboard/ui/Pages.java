package dev.hubonboard.ui;

import dev.hubonboard.onboarding.Step;
import dev.hubonboard.ui.steps.ConnectionTestPage;
import dev.hubonboard.ui.steps.FinishPage;
import dev.hubonboard.ui.steps.InvitePage;
import dev.hubonboard.ui.steps.PrerequisitesPage;
import dev.hubonboard.ui.steps.TokenPage;
import dev.hubonboard.ui.steps.VerificationPage;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;

import java.util.List;
import java.util.function.Function;

/** The wizard's pages, one per step, in order. */
public final class Pages {
    private Pages() {
    }

    public static List<StepPage> all(WizardModel model) {
        return List.of(
                new Lazy(Step.PREREQUISITES, model, PrerequisitesPage::new),
                new Lazy(Step.INVITE, model, InvitePage::new),
                new Lazy(Step.EMAIL_VERIFICATION, model, VerificationPage::new),
                new Lazy(Step.TOKEN, model, TokenPage::new),
                new Lazy(Step.CONNECTION_TEST, model, ConnectionTestPage::new),
                new Lazy(Step.FINISH, model, FinishPage::new));
    }

    /**
     * A page built the first time it is needed: the window shows one step at a time, so building all six at start-up
     * would only delay the first window.
     */
    private static final class Lazy implements StepPage {
        private final Step step;
        private final WizardModel model;
        private final Function<WizardModel, StepPage> factory;
        private StepPage page;

        Lazy(Step step, WizardModel model, Function<WizardModel, StepPage> factory) {
            this.step = step;
            this.model = model;
            this.factory = factory;
        }

        private StepPage page() {
            if (page == null) {
                page = factory.apply(model);
            }
            return page;
        }

        @Override
        public Step step() {
            return step;
        }

        @Override
        public Node view() {
            return page().view();
        }

        @Override
        public ObservableBooleanValue canProceed() {
            return page().canProceed();
        }

        @Override
        public void shown() {
            page().shown();
        }

        @Override
        public void left() {
            if (page != null) {
                page.left();
            }
        }

        @Override
        public void proceed(Runnable advance) {
            page().proceed(advance);
        }

        @Override
        public StepPage built() {
            return page();
        }

        @Override
        public Node focusTarget() {
            return page().focusTarget();
        }
    }
}
