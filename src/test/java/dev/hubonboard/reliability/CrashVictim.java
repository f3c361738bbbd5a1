package dev.hubonboard.reliability;

import dev.hubonboard.onboarding.store.CrashPoints;
import dev.hubonboard.onboarding.Invitee;
import dev.hubonboard.onboarding.Onboarding;
import dev.hubonboard.onboarding.OwnerMode;
import dev.hubonboard.onboarding.store.ProgressStore;
import dev.hubonboard.onboarding.Step;

import java.nio.file.Path;
import java.time.LocalDate;

/**
 * A separate JVM for {@link CrashResumeTest}: takes an onboarding to the given step the way the wizard does, saves
 * it after every change, says "saved", then starts one more save that stops after its temporary file is written
 * and before the rename, says "mid-write" there, and waits to be killed with SIGKILL.
 */
public final class CrashVictim {
    public static void main(String[] args) throws Exception {
        java.util.concurrent.atomic.AtomicBoolean armed = new java.util.concurrent.atomic.AtomicBoolean();
        ProgressStore store = CrashPoints.stopsBeforeRename(Path.of(args[0]), armed::get, () -> {
            System.out.println("mid-write");
            System.out.flush();
        });
        Step target = Step.valueOf(args[1]);
        Onboarding o = Onboarding.begin("crash-org");
        o.addListener(changed -> {
            try {
                store.save(changed);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        o.chooseOwnerMode(OwnerMode.ORGANIZATION_ACCESS_TOKEN);
        o.setInvitee(new Invitee("scanner@crash.example", null));
        o.start(Step.PREREQUISITES);
        for (Step s : Step.values()) {
            if (s == target) {
                break;
            }
            if (s != Step.PREREQUISITES) {
                o.start(s);
            }
            if (s == Step.INVITE) {
                o.recordInvite("invite-1");
            }
            if (s == Step.EMAIL_VERIFICATION) {
                o.setDedicatedDockerId("crashscanner");
            }
            if (s == Step.TOKEN) {
                o.setTokenExpiry(LocalDate.of(2027, 1, 31));
            }
            o.complete(s);
        }
        System.out.println("saved");
        System.out.flush();
        armed.set(true);
        o.recordConnectionReport("{\"after\":\"the kill\"}"); // stops mid-write: the test kills it there
    }
}
