package dev.hubonboard.sandbox;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.ExecutorService;

/**
 * One loopback server of the practice Hub. Every request is logged (request line only), delayed by the configured
 * latency, offered to the fault queue, and only then routed.
 */
final class Endpoint {

    /** The routes of one server. Throw {@link Http.HttpError} to answer with an error. */
    interface Routes {
        void handle(HttpExchange exchange) throws IOException;
    }

    private final Target target;
    static {
        // The JDK server writes headers and body separately; without TCP_NODELAY, Nagle and delayed ACKs add
        // ~40 ms to every response, which would make the practice Hub far slower than Docker Hub. Read once by
        // the JDK when its server first starts, so it is set before any HttpServer exists.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private final ExecutorService executor;
    private final InetSocketAddress address;
    private HttpServer server; // null while offline
    private final RequestLog log;
    private final Faults faults;
    private final Duration latency;
    private Routes routes;

    Endpoint(Target target, ExecutorService executor, RequestLog log, Faults faults, Duration latency)
            throws IOException {
        this.target = target;
        this.log = log;
        this.faults = faults;
        this.latency = latency;
        this.executor = executor;
        // Loopback only, ephemeral port: the practice Hub is never reachable from another machine.
        this.server = bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        this.address = server.getAddress();
    }

    private HttpServer bind(InetSocketAddress at) throws IOException {
        HttpServer s = HttpServer.create(at, 0);
        s.setExecutor(executor);
        s.createContext("/", this::serve);
        return s;
    }

    synchronized void start(Routes routes) {
        this.routes = routes;
        server.start();
    }

    URI uri() {
        return URI.create("http://" + address.getAddress().getHostAddress() + ":" + address.getPort());
    }

    /** Closes the listening port: a client is refused the connection, as when a server cannot be reached. */
    synchronized void goOffline() {
        if (server != null) {
            server.stop(0);
            server = null;
        }
    }

    /** Listens again on the same port, so clients that kept the address reach it. */
    synchronized void comeOnline() throws IOException {
        if (server == null) {
            server = bind(address);
            server.start();
        }
    }

    synchronized boolean online() {
        return server != null;
    }

    synchronized void stop() {
        goOffline();
    }

    private void serve(HttpExchange exchange) {
        try (exchange) {
            URI uri = exchange.getRequestURI();
            log.record(target, exchange.getRequestMethod(), uri.getRawPath(), uri.getRawQuery());
            if (!latency.isZero()) {
                Faults.sleep(latency);
            }
            Fault fault = faults.take(target, uri.getPath());
            if (fault != null && fault.apply(exchange, target)) {
                return;
            }
            try {
                routes.handle(exchange);
            } catch (Http.HttpError e) {
                Http.json(exchange, e.status, e.body, e.headers);
            } catch (RuntimeException e) {
                // A bug in the practice Hub must still answer, not hang the client.
                Http.json(exchange, 500,
                        Http.errorFor(target, 500, "practice Hub error: " + e.getClass().getSimpleName()));
            }
        } catch (IOException e) {
            // The client went away; nothing to answer.
        }
    }
}
