package dev.hubonboard.onboarding;

/** The input fields the wizard validates; the label starts every problem message so the user knows where to look. */
public enum Field {
    ORGANIZATION("Organization name"),
    DOCKER_ID("Docker ID"),
    EMAIL("E-mail address"),
    TOKEN("Access token"),
    INVITEE("Invitee");

    private final String label;

    Field(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
