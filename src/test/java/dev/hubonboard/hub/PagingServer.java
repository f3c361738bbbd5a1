package dev.hubonboard.hub;

import okhttp3.HttpUrl;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A loopback HTTP/1.1 server that answers Docker Hub's repository listing ({@code count}, absolute {@code next},
 * {@code page}/{@code page_size}) for {@code total} repositories named {@code repo-00000}, … Unlike MockWebServer it
 * sees what the tests need at the server: when each request arrived, how many were being answered at once, and when
 * the client closed a connection on which a request was still waiting for its answer (what Stop must do).
 */
final class PagingServer implements AutoCloseable {

    /** One request as the server saw it. */
    record Arrival(int page, int attempt, Instant at) {
    }

    /** What to answer: a status with headers (a page for 200), or hold the request until the client hangs up. */
    record Reply(int status, Map<String, String> headers, boolean hold) {
        static Reply page() {
            return new Reply(200, Map.of(), false);
        }

        static Reply page(Map<String, String> headers) {
            return new Reply(200, headers, false);
        }

        static Reply untilHangUp() {
            return new Reply(0, Map.of(), true);
        }
    }

    /** Decides each answer; may block (the request then stays in flight). Runs on the connection's thread. */
    @FunctionalInterface
    interface Behaviour {
        Reply reply(int page, int attempt) throws InterruptedException;
    }

    private final ServerSocket socket;
    private final int total;
    private final Behaviour behaviour;
    private final List<Arrival> arrivals = new CopyOnWriteArrayList<>();
    private final List<Instant> hungUp = new CopyOnWriteArrayList<>();
    private final List<Integer> answered = new CopyOnWriteArrayList<>();
    /** Notified whenever a request arrives, is answered or is hung up on: what {@link #awaitUntil} waits for. */
    private final Object changed = new Object();
    private final Map<Integer, AtomicInteger> attempts = new LinkedHashMap<>();
    private final List<Socket> connections = new CopyOnWriteArrayList<>();
    private final AtomicInteger answering = new AtomicInteger();
    private final AtomicInteger maxAnswering = new AtomicInteger();

    PagingServer(int total, Behaviour behaviour) throws IOException {
        this.total = total;
        this.behaviour = behaviour;
        this.socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread.ofPlatform().daemon().name("paging-server-accept").start(this::accept);
    }

    HttpUrl base() {
        return HttpUrl.get("http://127.0.0.1:" + socket.getLocalPort() + "/");
    }

    List<Arrival> arrivals() {
        return List.copyOf(arrivals);
    }

    /** Arrivals of pages after the first. */
    long laterPageArrivals() {
        return arrivals.stream().filter(a -> a.page() > 1).count();
    }

    /** When the client closed connections whose request was still held. */
    List<Instant> hungUp() {
        return List.copyOf(hungUp);
    }

    /** Pages whose answer was written to the client, in that order. */
    List<Integer> answered() {
        return List.copyOf(answered);
    }

    /**
     * Waits until {@code condition} holds over what the server saw (re-tested on every arrival, answer and hang-up),
     * at most {@code max}: true if it came to hold.
     */
    boolean awaitUntil(java.util.function.BooleanSupplier condition, java.time.Duration max)
            throws InterruptedException {
        long deadline = System.nanoTime() + max.toNanos();
        synchronized (changed) {
            while (!condition.getAsBoolean()) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                java.util.concurrent.TimeUnit.NANOSECONDS.timedWait(changed, left);
            }
            return true;
        }
    }

    private void changed() {
        synchronized (changed) {
            changed.notifyAll();
        }
    }

    /** The most requests that were being answered (or held) at the same time. */
    int maxInFlight() {
        return maxAnswering.get();
    }

    private void accept() {
        while (!socket.isClosed()) {
            try {
                Socket s = socket.accept();
                connections.add(s);
                Thread.ofPlatform().daemon().name("paging-server-connection").start(() -> serve(s));
            } catch (IOException e) {
                return; // closed
            }
        }
    }

    private void serve(Socket s) {
        try (s; BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(),
                StandardCharsets.ISO_8859_1)); OutputStream out = s.getOutputStream()) {
            for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
                for (String h = in.readLine(); h != null && !h.isEmpty(); h = in.readLine()) {
                    // headers: nothing needed from them
                }
                HttpUrl url = base().resolve(line.split(" ")[1]);
                String p = url.queryParameter("page");
                int page = p == null ? 1 : Integer.parseInt(p);
                int size = Integer.parseInt(url.queryParameter("page_size"));
                int attempt;
                synchronized (attempts) {
                    attempt = attempts.computeIfAbsent(page, k -> new AtomicInteger()).incrementAndGet();
                }
                arrivals.add(new Arrival(page, attempt, Instant.now()));
                changed();
                maxAnswering.accumulateAndGet(answering.incrementAndGet(), Math::max);
                try {
                    Reply reply = behaviour.reply(page, attempt);
                    if (reply.hold()) {
                        while (in.read() >= 0) {
                            // a GET has no body: only the client's hang-up ends this
                        }
                        hungUp.add(Instant.now());
                        changed();
                        return;
                    }
                    write(out, reply, reply.status() == 200 ? page(page, size) : "{\"detail\":\"Too Many Requests\"}");
                    answered.add(page);
                    changed();
                } finally {
                    answering.decrementAndGet();
                }
            }
        } catch (IOException | InterruptedException e) {
            // the client went away or the server closed: nothing to answer
        }
    }

    private String page(int page, int size) {
        int from = (page - 1) * size;
        int to = Math.min(total, from + size);
        List<String> items = new ArrayList<>();
        for (int i = from; i < to; i++) {
            items.add(String.format("{\"name\":\"repo-%05d\",\"namespace\":\"acme\",\"is_private\":true}", i));
        }
        String next = to < total ? "\"" + base().newBuilder().addPathSegments("v2/namespaces/acme/repositories")
                .addQueryParameter("page", String.valueOf(page + 1))
                .addQueryParameter("page_size", String.valueOf(size)).build() + "\"" : "null";
        return "{\"count\":" + total + ",\"next\":" + next + ",\"previous\":null,\"results\":["
                + String.join(",", items) + "]}";
    }

    private static void write(OutputStream out, Reply reply, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        StringBuilder head = new StringBuilder("HTTP/1.1 " + reply.status() + " X\r\n")
                .append("Content-Type: application/json\r\n")
                .append("Content-Length: ").append(bytes.length).append("\r\n");
        reply.headers().forEach((k, v) -> head.append(k).append(": ").append(v).append("\r\n"));
        out.write(head.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
        out.write(bytes);
        out.flush();
    }

    @Override
    public void close() throws IOException {
        socket.close();
        for (Socket s : connections) {
            s.close();
        }
    }
}
