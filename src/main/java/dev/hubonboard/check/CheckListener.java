package dev.hubonboard.check;

import dev.hubonboard.net.RetryNotice;

/** Live progress of a connection test, for the wizard's rows and the CLI's stderr. Called on the test's thread. */
public interface CheckListener {
    default void started(CheckId id) {
    }

    default void finished(CheckResult result) {
    }

    /** A call is waiting before a retry (rate limit, server error): say why the test is slow. */
    default void waiting(RetryNotice notice) {
    }

    CheckListener NONE = new CheckListener() { };
}
