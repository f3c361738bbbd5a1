package dev.hubonboard.secrets;

import com.github.javakeyring.BackendNotSupportedException;
import com.github.javakeyring.PasswordAccessException;
import dev.hubonboard.secrets.SecretStoreException.Kind;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The OS keychain through java-keyring. Every call runs on a worker thread with a time limit, because the library
 * can block on an unlock prompt, and every failure (checked or not: a locked Secret Service shows up as a
 * NullPointerException) becomes a {@link SecretStoreException} with a message the user can act on.
 */
public final class KeyringSecretStore implements SecretStore, AutoCloseable {

    public static final Duration DEFAULT_TIME_LIMIT = Duration.ofSeconds(20);

    static final String MSG_NO_SERVICE = "no keychain service is running (Secret Service / Keychain / Credential Manager)";
    static final String MSG_LOCKED = "the keychain is locked: unlock it and try again";
    // Any account works for the probe: a "no such entry" answer proves the keychain responds.
    private static final String PROBE_ACCOUNT = "availability-probe";
    private static final AtomicInteger THREADS = new AtomicInteger();

    private final KeyringApi.Factory factory;
    private final Duration timeLimit;
    private final String service;
    private final ExecutorService workers;
    private KeyringApi keyring; // opened on first use; dropped after a time-out, since it may be stuck

    public KeyringSecretStore() {
        this(SERVICE);
    }

    /** @param service the keychain service name: {@link #SERVICE}, or {@link #PRACTICE_SERVICE} in practice mode */
    public KeyringSecretStore(String service) {
        this(() -> JavaKeyringApi.open(), DEFAULT_TIME_LIMIT, service);
    }

    public KeyringSecretStore(Duration timeLimit) {
        this(() -> JavaKeyringApi.open(), timeLimit, SERVICE);
    }

    KeyringSecretStore(KeyringApi.Factory factory, Duration timeLimit) {
        this(factory, timeLimit, SERVICE);
    }

    KeyringSecretStore(KeyringApi.Factory factory, Duration timeLimit, String service) {
        this.factory = Objects.requireNonNull(factory, "factory");
        this.timeLimit = Objects.requireNonNull(timeLimit, "timeLimit");
        this.service = Objects.requireNonNull(service, "service");
        // Daemon threads: a call stuck in the library must not keep the application from exiting.
        this.workers = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "keychain-" + THREADS.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public Availability availability() {
        try {
            call(null, k -> {
                try {
                    k.getPassword(service, PROBE_ACCOUNT);
                } catch (PasswordAccessException e) {
                    if (!isNotFound(e)) {
                        throw e;
                    }
                }
                return null;
            });
            return Availability.yes();
        } catch (SecretStoreException e) {
            return Availability.no(e.getMessage());
        }
    }

    @Override
    public void save(SecretKey key, String secret) throws SecretStoreException {
        requireSecret(secret);
        call(secret, k -> {
            k.setPassword(service, key.account(), secret);
            return null;
        });
    }

    @Override
    public Optional<String> read(SecretKey key) throws SecretStoreException {
        return call(null, k -> {
            try {
                return Optional.ofNullable(k.getPassword(service, key.account()));
            } catch (PasswordAccessException e) {
                if (isNotFound(e)) {
                    return Optional.<String>empty();
                }
                throw e;
            }
        });
    }

    @Override
    public void replace(SecretKey key, String newSecret) throws SecretStoreException {
        requireSecret(newSecret);
        if (read(key).isEmpty()) {
            throw new SecretStoreException(Kind.NOT_FOUND, "no access token is saved in the keychain for "
                    + key.account() + ": save it instead of replacing it", null);
        }
        save(key, newSecret);
    }

    @Override
    public void delete(SecretKey key) throws SecretStoreException {
        call(null, k -> {
            try {
                k.deletePassword(service, key.account());
            } catch (PasswordAccessException e) {
                if (!isNotFound(e)) {
                    throw e;
                }
            }
            return null;
        });
    }

    @Override
    public void close() {
        KeyringApi k;
        synchronized (this) {
            k = keyring;
            keyring = null;
        }
        if (k != null) {
            workers.submit(() -> {
                k.close();
                return null;
            });
        }
        workers.shutdown();
    }

    @Override
    public String service() {
        return service;
    }

    @Override
    public String toString() {
        return "KeyringSecretStore[service=" + service + ", timeLimit=" + seconds() + " s]";
    }

    // ---- guarding ----

    @FunctionalInterface
    private interface KeyringCall<T> {
        T run(KeyringApi keyring) throws Exception;
    }

    /** Runs one call on a worker with the time limit; {@code secret} (if any) is scrubbed from every message. */
    private <T> T call(String secret, KeyringCall<T> action) throws SecretStoreException {
        Future<T> future;
        try {
            future = workers.submit(() -> action.run(keyring()));
        } catch (java.util.concurrent.RejectedExecutionException e) {
            throw new SecretStoreException(Kind.FAILED, "the keychain store is closed", null);
        }
        try {
            return future.get(timeLimit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            forgetKeyring();
            throw new SecretStoreException(Kind.TIMEOUT, "the keychain did not answer within "
                    + seconds() + " s: if it asked to be unlocked, unlock it and try again", null);
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new SecretStoreException(Kind.INTERRUPTED, "the keychain call was cancelled", null);
        } catch (ExecutionException e) {
            throw translate(e.getCause() == null ? e : e.getCause(), secret);
        }
    }

    private String seconds() {
        long ms = timeLimit.toMillis();
        return ms % 1000 == 0 ? Long.toString(ms / 1000) : String.format(Locale.ROOT, "%.1f", ms / 1000.0);
    }

    private synchronized KeyringApi keyring() throws Exception {
        if (keyring == null) {
            keyring = factory.create();
        }
        return keyring;
    }

    private synchronized void forgetKeyring() {
        keyring = null; // not closed: closing a stuck connection could block too
    }

    static SecretStoreException translate(Throwable t, String secret) {
        if (t instanceof SecretStoreException s) {
            return s;
        }
        Throwable cause = mentions(t, secret) ? null : t;
        if (t instanceof BackendNotSupportedException) {
            return new SecretStoreException(Kind.NO_SERVICE, MSG_NO_SERVICE, cause);
        }
        // java-keyring on a locked Secret Service collection fails inside the library with a NullPointerException.
        if (t instanceof NullPointerException || chainSays(t, "locked")) {
            return new SecretStoreException(Kind.LOCKED, MSG_LOCKED, cause);
        }
        if (chainSays(t, "org.freedesktop.dbus.errors.serviceunknown") || chainSays(t, "was not provided by any .service files")) {
            return new SecretStoreException(Kind.NO_SERVICE, MSG_NO_SERVICE, cause);
        }
        String what = t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + scrub(t.getMessage(), secret));
        return new SecretStoreException(Kind.FAILED, "the keychain refused the request (" + what + ")", cause);
    }

    /** java-keyring reports a missing entry with the same exception type as real failures; only the words differ. */
    static boolean isNotFound(PasswordAccessException e) {
        String m = e.getMessage() == null ? "" : e.getMessage().toLowerCase(Locale.ROOT);
        return m.contains("no stored credentials") // Secret Service, macOS
                || m.contains("password not found") // Windows Credential Manager
                || m.contains("no password to delete") // macOS
                || m.contains("-25300"); // macOS errSecItemNotFound
    }

    private static boolean chainSays(Throwable t, String words) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            String text = (c.getClass().getName() + " " + c.getMessage()).toLowerCase(Locale.ROOT);
            if (text.contains(words)) {
                return true;
            }
            if (c.getCause() == c) {
                break;
            }
        }
        return false;
    }

    private static boolean mentions(Throwable t, String secret) {
        if (secret == null || secret.isEmpty()) {
            return false;
        }
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (String.valueOf(c.getMessage()).contains(secret)) {
                return true;
            }
            if (c.getCause() == c) {
                break;
            }
        }
        return false;
    }

    private static String scrub(String message, String secret) {
        return secret == null || secret.isEmpty() ? message : message.replace(secret, "[hidden]");
    }

    private static void requireSecret(String secret) {
        if (secret == null || secret.isBlank()) {
            throw new IllegalArgumentException("there is no access token to store");
        }
    }
}
