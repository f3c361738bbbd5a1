package dev.hubonboard.ui.kit;

import dev.hubonboard.ui.task.TaskExecutor;
import dev.hubonboard.ui.task.TaskRunner;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * What every screen's model has: its tasks (busy, the words for what runs, Stop), owned by the screen and ended with
 * it, and a line of news.
 */
public abstract class ScreenModel {
    protected final TaskRunner tasks;
    protected final StringProperty notice = new SimpleStringProperty("");

    /** @param executor the app's executor (its runner is adopted there, so quitting ends this screen's work) */
    protected ScreenModel(TaskExecutor executor) {
        this.tasks = new TaskRunner(executor);
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
