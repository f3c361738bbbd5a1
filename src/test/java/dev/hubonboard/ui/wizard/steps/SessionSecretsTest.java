package dev.hubonboard.ui.wizard.steps;

import dev.hubonboard.ui.app.AppModel;
import dev.hubonboard.ui.connections.ConnectionsModel;
import dev.hubonboard.ui.task.SyncTaskExecutor;
import javafx.beans.value.ObservableValue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13, bug 4: forgetting the session's secrets reaches every place that held the token (the token step's field,
 * Finish, the clipboard), when the wizard closes and when the app quits.
 */
class SessionSecretsTest {
    @TempDir
    Path dir;
    StepFixture f;

    @BeforeEach
    void setUp() {
        f = new StepFixture(dir, SyncTaskExecutor.immediate());
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    /** Every field of {@code o} (and the values of its properties) that holds {@code secret}. */
    static List<String> holding(Object o, String secret) throws IllegalAccessException {
        List<String> found = new ArrayList<>();
        for (Class<?> c = o.getClass(); c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers())) {
                    continue;
                }
                field.setAccessible(true);
                Object v = field.get(o);
                if (v instanceof ObservableValue<?> p) {
                    v = p.getValue();
                }
                if (v instanceof String s && s.contains(secret)) {
                    found.add(c.getSimpleName() + "." + field.getName());
                }
            }
        }
        return found;
    }

    @Test
    void closingTheWizardForgetsTheTokenEverywhere() throws Exception {
        String token = f.testDone();
        TokenModel tokenStep = new TokenModel(f.wizard);
        tokenStep.load();
        assertThat(tokenStep.token.get()).isEqualTo(token);
        FinishModel finish = new FinishModel(f.wizard);
        finish.shown();
        finish.copyToken();
        assertThat(f.board.text).isEqualTo(token);

        f.wizard.close();

        assertThat(f.wizard.session().dedicatedToken()).isEmpty();
        assertThat(tokenStep.token.get()).as("the token field, and the fields bound to it").isEmpty();
        assertThat(f.board.text).as("the clipboard").isNull();
        assertThat(holding(finish, token)).isEmpty();
        assertThat(holding(tokenStep, token)).isEmpty();
        assertThat(holding(f.wizard.session(), token)).isEmpty();
    }

    @Test
    void quittingTakesACopiedTokenOffTheClipboardAtOnce() {
        String token = f.testDone();
        FinishModel finish = new FinishModel(f.wizard);
        finish.shown();
        finish.copyToken();
        assertThat(f.board.text).isEqualTo(token);
        AppModel app = new AppModel(f.wizard.context(), new ConnectionsModel(f.wizard.context()), f.hub.org());
        app.quit(); // within the 60 s
        assertThat(f.board.text).isNull();
        assertThat(f.wizard.session().dedicatedToken()).isEmpty();
        assertThat(f.wizard.session().ownerSession()).isEmpty();
    }
}
