package dev.hubonboard.ui.kit;

import dev.hubonboard.ui.app.AppContext;
import dev.hubonboard.ui.task.TaskRunner;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** What every screen's model has: its tasks (busy, the words for what runs, Stop) and a line of news. */
public abstract class ScreenModel {
    protected final TaskRunner tasks;
    protected final StringProperty notice = new SimpleStringProperty("");

    protected ScreenModel(AppContext context) {
        this.tasks = new TaskRunner(context.executor());
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return tasks.busyProperty();
    }

    public ReadOnlyStringProperty activityProperty() {
        return tasks.activityProperty();
    }

    /** One line for the status bar: what went wrong or what happened, in words. */
    public StringProperty noticeProperty() {
        return notice;
    }
}
