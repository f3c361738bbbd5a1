package dev.hubonboard.cli;

import dev.hubonboard.check.CheckId;
import dev.hubonboard.check.CheckResult;
import dev.hubonboard.check.Outcome;
import dev.hubonboard.check.Report;
import dev.hubonboard.check.RepositoryCounts;
import dev.hubonboard.defender.SavedConnector;
import dev.hubonboard.defender.SavedConnectors;
import dev.hubonboard.onboarding.store.AppMode;
import dev.hubonboard.onboarding.Invitee;
import dev.hubonboard.onboarding.LastTest;
import dev.hubonboard.onboarding.Onboarding;
import dev.hubonboard.onboarding.OwnerMode;
import dev.hubonboard.onboarding.store.ProgressStore;
import dev.hubonboard.onboarding.Step;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/** Saved onboardings in a config folder of the test's own, and {@code status} run on them with a set clock. */
final class StatusFixture {
    /** 6 Dec 2026, 19:00 in Berlin (UTC+01:00). */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-06T18:00:00Z"), ZoneId.of("Europe/Berlin"));
    static final LocalDate TODAY = LocalDate.of(2026, 12, 6);
    static final Instant TESTED = Instant.parse("2026-12-05T09:30:00Z");

    final Path config;
    int exitCode;
    String stdout;
    String stderr;

    StatusFixture(Path config) {
        this.config = config;
    }

    int status(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        exitCode = new StatusCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), config, CLOCK).run(List.of(args));
        stdout = out.toString(StandardCharsets.UTF_8);
        stderr = err.toString(StandardCharsets.UTF_8);
        return exitCode;
    }

    /** A finished onboarding of {@code org} whose last test is {@code report} (none: never tested). */
    Onboarding finished(AppMode mode, String org, String dockerId, LocalDate expiry, Report report) throws Exception {
        Clock at = Clock.fixed(TESTED, ZoneId.of("UTC"));
        Onboarding o = Onboarding.begin(org, at);
        o.chooseOwnerMode(OwnerMode.MANUAL);
        o.setInvitee(Invitee.byEmail("scanner@" + org + ".example.com"));
        o.start(Step.PREREQUISITES);
        o.complete(Step.PREREQUISITES);
        o.markExistingMember("Already a member.");
        o.setDedicatedDockerId(dockerId);
        for (Step s : List.of(Step.TOKEN, Step.CONNECTION_TEST, Step.FINISH)) {
            o.start(s);
            o.complete(s);
        }
        o.setTokenExpiry(expiry);
        if (report != null) {
            o.recordConnectionReport(LastTest.saved(report));
        }
        new ProgressStore(mode.folder(config)).save(o);
        return o;
    }

    /** An onboarding stopped before the dedicated user accepted: step 3 is next, no Docker ID, never tested. */
    void waitingForAcceptance(AppMode mode, String org) throws Exception {
        Onboarding o = Onboarding.begin(org, Clock.fixed(TESTED, ZoneId.of("UTC")));
        o.chooseOwnerMode(OwnerMode.MANUAL);
        o.setInvitee(Invitee.byEmail("scanner@" + org + ".example.com"));
        o.start(Step.PREREQUISITES);
        o.complete(Step.PREREQUISITES);
        o.start(Step.INVITE);
        o.complete(Step.INVITE);
        new ProgressStore(mode.folder(config)).save(o);
    }

    void connector(AppMode mode, String org) throws Exception {
        new SavedConnectors(mode.folder(config)).save(new SavedConnector(org, "00000000-0000-0000-0000-000000000001",
                "rg-security", "dockerhub-" + org, "westeurope", Optional.of(Instant.parse("2026-12-05T10:02:00Z"))));
    }

    static Report ready(String org, String dockerId) {
        return new Report(org, dockerId, List.of(new CheckResult(CheckId.CREDENTIALS, Outcome.PASS, "signed in", ""),
                new CheckResult(CheckId.PULL, Outcome.PASS, "pull granted on 3 of 3", "")),
                new RepositoryCounts(5, 3, 2, 3), Optional.empty(), false, TESTED);
    }

    static Report notReady(String org, String dockerId, String failure) {
        return new Report(org, dockerId, List.of(new CheckResult(CheckId.CREDENTIALS, Outcome.PASS, "signed in", ""),
                new CheckResult(CheckId.READ_ONLY, Outcome.FAIL, failure, "make a Read-only token")),
                new RepositoryCounts(5, 3, 2, 3), Optional.empty(), false, TESTED);
    }
}
