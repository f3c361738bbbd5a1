package dev.hubonboard.net;

import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.Dispatcher;
import okhttp3.EventListener;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * The one place where requests leave the app. It adds the User-Agent, applies timeouts, and retries within
 * {@link HttpSettings}' bounds:
 * <ul>
 *   <li>429: waits as the headers ask (both {@code Retry-After} and {@code X-Retry-After}), for any method, since a
 *       429 means the request was not processed; a wait above the limit becomes a {@link RateLimitedException}.</li>
 *   <li>5xx and I/O errors: retried with doubling backoff for idempotent requests only.</li>
 *   <li>Nothing else is retried; above all never a 401 (repeated failed logins lock the account).</li>
 * </ul>
 * Threads sharing one transport share each server's limits ({@link RateGate}): a 429 holds back every request to
 * that server until its retry time, and the Hub's {@code X-RateLimit-*} budget is paced for all of them together.
 * A request is cancelled by interrupting the thread that waits for it: the call is cancelled, its connection closed,
 * and {@code execute} returns only once OkHttp has let go of it.
 * Callers own the returned {@link Response} and must close it.
 */
public final class HttpTransport {
    /** Waits at one server's gate per attempt, at most (each one is a real wait or a lost race for a paced slot). */
    private static final int MAX_GATE_WAITS = 50;
    /** How long a cancelled call may take to let go of its connection before {@code execute} returns anyway. */
    private static final long CANCEL_GRACE_SECONDS = 5;
    /** OkHttp's calls run here; daemon threads, so a finished `check` never waits for idle ones. */
    private static final ExecutorService CALLS = Executors.newCachedThreadPool(
            Thread.ofPlatform().daemon().name("hub-onboard-http-", 0).factory());

    private final OkHttpClient client;
    private final RateGate gate = new RateGate();
    /** Calls sent and not yet finished (body closed), with the thread that waits for each: what Stop cancels. */
    private final Map<Call, Thread> inFlight = new ConcurrentHashMap<>();
    private final HttpSettings settings;
    private final Sleeper sleeper;
    private final Clock clock;
    /** Per thread: calls block on the thread that made them, and two jobs sharing the transport must not hear each other's waits. */
    private final ThreadLocal<Consumer<RetryNotice>> retryListener = ThreadLocal.withInitial(() -> n -> { });
    /** Per thread, like the listener: the instant no rate-limit wait may reach past (null: none but the per-wait cap). */
    private final ThreadLocal<Instant> waitDeadline = new ThreadLocal<>();

    /** With this computer's network settings: proxy and trusted certificates (see {@link NetworkSettings}). */
    public HttpTransport(HttpSettings settings, Sleeper sleeper, Clock clock) {
        this(settings, sleeper, clock, NetworkSettings.fromSystem());
    }

    public HttpTransport(HttpSettings settings, Sleeper sleeper, Clock clock, NetworkSettings network) {
        this.settings = Objects.requireNonNull(settings);
        this.sleeper = Objects.requireNonNull(sleeper);
        this.clock = Objects.requireNonNull(clock);
        Objects.requireNonNull(network, "network");
        this.client = new OkHttpClient.Builder()
                .proxySelector(network.proxy())
                .sslSocketFactory(sslContext(network.trust()).getSocketFactory(), network.trust())
                .connectTimeout(settings.connectTimeout())
                .readTimeout(settings.callTimeout())
                .writeTimeout(settings.callTimeout())
                .callTimeout(settings.callTimeout())
                .proxyAuthenticator((route, response) -> proxyAuthorization(network, route, response))
                .dispatcher(dispatcher())
                .eventListener(new EventListener() {
                    @Override
                    public void callEnd(Call call) {
                        inFlight.remove(call);
                    }

                    @Override
                    public void callFailed(Call call, IOException e) {
                        inFlight.remove(call);
                    }

                    @Override
                    public void canceled(Call call) {
                        inFlight.remove(call);
                    }
                })
                .followRedirects(false) // a redirect could carry the Authorization header elsewhere
                .retryOnConnectionFailure(false) // retries are ours, bounded and visible
                .addInterceptor(chain -> chain.proceed(chain.request().newBuilder()
                        .header("User-Agent", AppVersion.userAgent()).build()))
                .build();
    }

    /**
     * The user name and password of HTTPS_PROXY for a proxy that asks (OkHttp also asks before the first CONNECT, so
     * it usually goes along at once). Once refused, null: OkHttp then fails the call instead of asking again.
     */
    private static Request proxyAuthorization(NetworkSettings network, okhttp3.Route route, Response response) {
        if (route == null || response.request().header("Proxy-Authorization") != null
                || !(network.proxy() instanceof ProxySettings settings)) {
            return null;
        }
        return settings.authorizationFor(route.proxy())
                .map(a -> response.request().newBuilder().header("Proxy-Authorization", a).build()).orElse(null);
    }

    /** Our concurrency is bounded by the callers ({@link Concurrency}); OkHttp's own queue must not hold them back. */
    private static Dispatcher dispatcher() {
        Dispatcher d = new Dispatcher(CALLS);
        d.setMaxRequests(64);
        d.setMaxRequestsPerHost(4 * Concurrency.MAX);
        return d;
    }

    public static HttpTransport standard() {
        return new HttpTransport(HttpSettings.defaults(), Sleeper.REAL, Clock.systemUTC());
    }

    /**
     * Where waits of calls made from the current thread are announced ("rate-limited, waiting 12 s"), so the UI and
     * the CLI can say why it is slow; null removes it. Only waits worth telling reach it
     * ({@link RetryNotice#worthTelling()}): a hiccup its first retry recovers stays silent.
     */
    public void onRetry(Consumer<RetryNotice> listener) {
        if (listener == null) {
            retryListener.remove();
        } else {
            retryListener.set(listener);
        }
    }

    public Clock clock() {
        return clock;
    }

    /**
     * Bounds, for calls made from the current thread (and the workers it fans out to), how long rate limits may hold
     * them back in all: a wait that would end after {@code deadline} (the transport's clock) is not sat through but
     * becomes a {@link RateLimitedException}. Each wait alone is capped by {@link HttpSettings#maxRateLimitWait()};
     * this caps their sum, so a server that keeps answering "1 request left, reset in 59 s" cannot hold a job for
     * hours. Null removes it.
     */
    public void waitAtMostUntil(Instant deadline) {
        if (deadline == null) {
            waitDeadline.remove();
        } else {
            waitDeadline.set(deadline);
        }
    }

    /** The current thread's deadline (null when none), so work fanned out to other threads keeps it. */
    Instant waitDeadline() {
        return waitDeadline.get();
    }

    /** Refuses a rate-limit wait of {@code wait} from now that would end after the current thread's deadline. */
    private void requireBeforeDeadline(Duration wait, String host, String what) throws RateLimitedException {
        Instant deadline = waitDeadline.get();
        if (deadline != null && clock.instant().plus(wait).isAfter(deadline)) {
            throw new RateLimitedException("Docker Hub (" + host + ") kept rate-limiting these requests while " + what
                    + ": waiting another " + Math.max(1, wait.toSeconds()) + " s would pass the time this job may "
                    + "take.", wait, "");
        }
    }

    /** The current thread's listener, so work fanned out to other threads reports to the same place. */
    Consumer<RetryNotice> retryListener() {
        return retryListener.get();
    }

    /** How many requests are sent and not finished: none after a cancelled test (asserted by tests). */
    public int requestsInFlight() {
        return inFlight.size();
    }

    /** Cancels the calls that these threads wait for or read (their connections close at once). */
    void cancelCallsOf(Collection<Thread> threads) {
        inFlight.forEach((call, thread) -> {
            if (threads.contains(thread)) {
                call.cancel();
            }
        });
    }

    /**
     * Sends the request, retrying as described above. Returns the final response, which may be an error status
     * the caller interprets (4xx), but never a 429 or (for idempotent requests) a 5xx that retries could still fix.
     *
     * @param what a few words for messages ("listing repositories"); never include a credential
     */
    public Response execute(Request request, boolean idempotent, String what) throws ServiceException {
        String host = request.url().host();
        String server = host + ":" + request.url().port();
        for (int attempt = 1; ; attempt++) {
            boolean last = attempt >= settings.maxAttempts();
            awaitTurn(server, host, attempt, what);
            Response response;
            try {
                response = send(request);
                gate.release(server, response.headers(), clock.instant());
            } catch (InterruptedIOException e) {
                gate.release(server, null, clock.instant());
                if (Thread.currentThread().isInterrupted()) {
                    throw new UnreachableException("Cancelled while " + what + ".", 0, e);
                }
                if (!idempotent || last) {
                    throw new UnreachableException(host + " did not answer in time while " + what + ".", 0, e);
                }
                pause(backoff(attempt), "no answer from " + host + " in time", attempt, what, false);
                continue;
            } catch (IOException e) {
                gate.release(server, null, clock.instant());
                if (Thread.currentThread().isInterrupted()) {
                    throw new UnreachableException("Cancelled while " + what + ".", 0, e);
                }
                String refused = proxyRefusal(e);
                if (refused != null) {
                    throw new UnreachableException(refused + " while " + what + ".", 407, e);
                }
                String certificate = certificateProblem(host, e);
                if (certificate != null) {
                    // Retrying cannot fix a certificate; the user can (with the words below).
                    throw new UnreachableException(certificate.replace("{what}", what), 0, e);
                }
                if (!idempotent || last) {
                    throw new UnreachableException(describe(host, e) + " while " + what + ".", 0, e);
                }
                pause(backoff(attempt), describe(host, e), attempt, what, false);
                continue;
            }
            int code = response.code();
            if (code == 429) {
                Duration wait = RetryAfter.from(response.headers(), clock).orElse(null);
                String body = Bodies.peekText(response);
                response.close();
                Duration planned = wait != null ? wait : backoff(attempt).multipliedBy(4);
                if (last || planned.compareTo(settings.maxRateLimitWait()) > 0) {
                    throw new RateLimitedException(
                            "Docker Hub is rate-limiting these requests (HTTP 429) while " + what + "; "
                                    + (wait != null ? "it asks to wait " + wait.toSeconds() + " s" : "try again later")
                                    + ".", wait != null ? wait : planned, body);
                }
                requireBeforeDeadline(planned, host, what);
                // Every request to this server waits until then, not only this one (awaitTurn sleeps).
                gate.block(server, clock.instant().plus(planned));
                retryListener.get().accept(new RetryNotice("rate-limited by " + host + " while " + what, planned,
                        attempt, true));
                continue;
            }
            if (code >= 500 && idempotent && !last) {
                response.close();
                pause(backoff(attempt), host + " answered HTTP " + code, attempt, what, false);
                continue;
            }
            if (code >= 500) {
                response.close();
                throw new UnreachableException(host + " answered HTTP " + code + " while " + what
                        + (attempt > 1 ? " (after " + attempt + " tries)" : "") + ".", code, null);
            }
            return response;
        }
    }

    /**
     * Waits until the server's gate lets this request leave: after any 429's retry time, and paced by its rate-limit
     * budget. A wait longer than {@link HttpSettings#maxRateLimitWait()} is reported instead of sat through.
     */
    private void awaitTurn(String server, String host, int attempt, String what) throws ServiceException {
        Instant waited = Instant.MIN;
        for (int i = 0; i < MAX_GATE_WAITS; i++) {
            if (Thread.currentThread().isInterrupted()) {
                throw new UnreachableException("Cancelled while " + what + ".", 0, null);
            }
            RateGate.Wait wait = gate.acquire(server, clock.instant(), waited);
            if (wait == null) {
                return;
            }
            Duration d = Duration.between(clock.instant(), wait.until());
            d = d.isNegative() ? Duration.ZERO : d;
            if (d.compareTo(settings.maxRateLimitWait()) > 0) {
                throw new RateLimitedException("Docker Hub is rate-limiting these requests while " + what + " ("
                        + host + ": " + wait.reason() + "); it asks to wait " + d.toSeconds() + " s.", d, "");
            }
            requireBeforeDeadline(d, host, what);
            if (wait.announce() && d.toMillis() >= 1000) {
                retryListener.get().accept(new RetryNotice(wait.reason() + " at " + host + " while " + what, d,
                        attempt, true));
            }
            try {
                // Whole milliseconds, rounded up: never a request before the instant a server asked for.
                sleeper.sleep(Duration.ofMillis((d.toNanos() + 999_999) / 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new UnreachableException("Cancelled while " + what + ".", 0, e);
            }
            waited = wait.until();
        }
        throw new RateLimitedException("Docker Hub kept asking to wait while " + what + " (" + host + ").",
                settings.maxRateLimitWait(), "");
    }

    /**
     * One call, waited for interruptibly: an interrupt cancels it (closing its connection) and, once OkHttp has let
     * go of it, ends in an {@link InterruptedIOException} with the thread's interrupt flag set.
     */
    private Response send(Request request) throws IOException {
        Call call = client.newCall(request);
        CompletableFuture<Response> answer = new CompletableFuture<>();
        inFlight.put(call, Thread.currentThread());
        call.enqueue(new Callback() {
            @Override
            public void onFailure(Call c, IOException e) {
                inFlight.remove(c);
                answer.completeExceptionally(e);
            }

            @Override
            public void onResponse(Call c, Response response) {
                if (!answer.complete(response)) {
                    response.close();
                }
            }
        });
        try {
            return answer.get();
        } catch (InterruptedException e) {
            call.cancel();
            try {
                answer.get(CANCEL_GRACE_SECONDS, TimeUnit.SECONDS).close(); // answered just before the cancel
            } catch (InterruptedException | ExecutionException | TimeoutException ignored) {
                // cancelled as asked (or slow to let go: the closed connection ends it soon)
            }
            inFlight.remove(call);
            Thread.currentThread().interrupt();
            InterruptedIOException cancelled = new InterruptedIOException("cancelled");
            cancelled.initCause(e);
            throw cancelled;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IOException(e.getCause());
        }
    }

    private void pause(Duration wait, String reason, int attempt, String what, boolean rateLimited)
            throws UnreachableException {
        RetryNotice notice = new RetryNotice(reason + " while " + what, wait, attempt, rateLimited);
        if (notice.worthTelling()) {
            retryListener.get().accept(notice);
        }
        try {
            sleeper.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UnreachableException("Cancelled while " + what + ".", 0, e);
        }
    }

    private Duration backoff(int attempt) {
        return settings.baseBackoff().multipliedBy(1L << Math.min(attempt - 1, 6));
    }

    private static javax.net.ssl.SSLContext sslContext(javax.net.ssl.X509TrustManager trust) {
        try {
            javax.net.ssl.SSLContext context = javax.net.ssl.SSLContext.getInstance("TLS");
            context.init(null, new javax.net.ssl.TrustManager[] {trust}, null);
            return context;
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException("TLS is not available in this Java runtime", e);
        }
    }

    /**
     * The words for a certificate the client refused ({what} stands for the call), or null when the failure is
     * something else. The usual cause at a company is a TLS-inspecting proxy whose root certificate Java lacks.
     */
    static String certificateProblem(String host, IOException e) {
        if (!(e instanceof javax.net.ssl.SSLException)) {
            return null;
        }
        String fix = " Ask IT for the organization's root certificate as a PEM file and start Hub Onboard with "
                + "-D" + TrustStores.PROPERTY + "=/path/to/root.pem (or add it to this computer's trusted "
                + "certificates).";
        if (e instanceof javax.net.ssl.SSLPeerUnverifiedException) {
            return "The certificate of " + host + " is made out to another name while {what}: a proxy may be "
                    + "answering in its place." + fix;
        }
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof java.security.cert.CertificateExpiredException) {
                return "The certificate of " + host + " has expired while {what}; check the computer's date and "
                        + "time, or a proxy in between may use an expired certificate." + fix;
            }
            if (t instanceof java.security.cert.CertPathBuilderException
                    || t instanceof java.security.cert.CertPathValidatorException
                    || String.valueOf(t.getMessage()).contains("unable to find valid certification path")) {
                return "The server's certificate is not trusted by this computer while {what} (" + host + "): a "
                        + "corporate proxy or missing root certificate?" + fix;
            }
        }
        return null;
    }

    /** The words for a proxy that wanted a user name and password it did not get (HTTP 407), or null. */
    private String proxyRefusal(IOException e) {
        // OkHttp's words when the proxy answers CONNECT with 407 and no (more) credentials are offered.
        if (!String.valueOf(e.getMessage()).contains("Failed to authenticate with proxy")) {
            return null;
        }
        boolean given = client.proxySelector() instanceof ProxySettings p && p.hasProxyCredentials();
        return given
                ? "The proxy refused the user name and password in HTTPS_PROXY (HTTP 407): check them, or ask IT; a "
                        + "proxy that wants Windows sign-in (NTLM, Kerberos) is not supported"
                : "The proxy asks for a user name and password (HTTP 407): give them in HTTPS_PROXY as "
                        + "http://user:password@proxy:port (special characters percent-encoded), or ask IT to let "
                        + "hub.docker.com through";
    }

    private static boolean endOfStream(IOException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = String.valueOf(t.getMessage()).toLowerCase(java.util.Locale.ROOT);
            if (t instanceof java.io.EOFException || m.contains("end of stream") || m.contains("connection reset")
                    || m.contains("broken pipe")) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    private static String describe(String host, IOException e) {
        String kind = switch (e) {
            case java.net.UnknownHostException u -> "the name " + host + " could not be resolved (DNS)";
            case java.net.ConnectException c -> host + " refused the connection";
            case javax.net.ssl.SSLException s -> "the secure connection (TLS) to " + host + " failed";
            case java.net.NoRouteToHostException n -> "there is no network route to " + host;
            // OkHttp: "unexpected end of stream", java.io.EOFException, "Connection reset": the peer hung up.
            default -> endOfStream(e) ? host + " closed the connection without answering (a proxy or firewall "
                    + "may have cut it)" : "the connection to " + host + " broke";
        };
        return kind.substring(0, 1).toUpperCase() + kind.substring(1);
    }
}
