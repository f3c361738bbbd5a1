package dev.hubonboard.defender;

/**
 * A choice that cannot be used, found before anything is written: names the field (so the CLI names its option and
 * the dialog its control, by type and not by words) and says the fix.
 */
public final class WrongChoiceException extends IllegalArgumentException {
    private final ConnectorSettings.Field field;

    public WrongChoiceException(ConnectorSettings.Field field, String message) {
        super(message);
        this.field = field;
    }

    public ConnectorSettings.Field field() {
        return field;
    }
}
