package dev.hubonboard.ui.wizard.steps;

import dev.hubonboard.ui.wizard.WizardModel;

import java.util.List;

/** Step 1's model for tests in other packages: type the values, press Next, read the findings. */
public final class PrerequisitesModelProbe {
    private final PrerequisitesModel model;

    public PrerequisitesModelProbe(WizardModel wizard) {
        this.model = new PrerequisitesModel(wizard);
    }

    public void fill(String organization, String email) {
        model.organization.set(organization);
        model.email.set(email);
    }

    public void next() {
        model.proceed(() -> { });
    }

    public List<String> findings() {
        return model.findings.stream().map(f -> f.what() + ": " + f.detail()).toList();
    }
}
