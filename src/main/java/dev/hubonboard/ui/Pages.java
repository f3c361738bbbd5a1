package dev.hubonboard.ui;

import dev.hubonboard.ui.steps.ConnectionTestPage;
import dev.hubonboard.ui.steps.FinishPage;
import dev.hubonboard.ui.steps.InvitePage;
import dev.hubonboard.ui.steps.PrerequisitesPage;
import dev.hubonboard.ui.steps.TokenPage;
import dev.hubonboard.ui.steps.VerificationPage;

import java.util.List;

/** The wizard's pages, one per step, in order. */
public final class Pages {
    private Pages() {
    }

    public static List<StepPage> all(WizardModel model) {
        return List.of(new PrerequisitesPage(model), new InvitePage(model), new VerificationPage(model),
                new TokenPage(model), new ConnectionTestPage(model), new FinishPage(model));
    }
}
