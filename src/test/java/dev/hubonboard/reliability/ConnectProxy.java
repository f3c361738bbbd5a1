package dev.hubonboard.reliability;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A tiny HTTPS proxy on loopback: answers {@code CONNECT host:port} by tunnelling to one fixed local port, whatever
 * host was asked for (so tests can use names that are never resolved). Records each CONNECT line and the
 * Proxy-Authorization it came with. With a required authorization, any other answers 407, like a corporate proxy.
 */
final class ConnectProxy implements AutoCloseable {
    final List<String> connects = Collections.synchronizedList(new ArrayList<>());
    final List<String> authorizations = Collections.synchronizedList(new ArrayList<>());
    private final ServerSocket server;
    private final int targetPort;
    private final String requiredAuthorization;
    private final List<Socket> sockets = Collections.synchronizedList(new ArrayList<>());

    ConnectProxy(int targetPort) throws IOException {
        this(targetPort, null);
    }

    /** @param requiredAuthorization the Proxy-Authorization value to insist on, e.g. "Basic dXNlcjpwdw==" */
    ConnectProxy(int targetPort, String requiredAuthorization) throws IOException {
        this.targetPort = targetPort;
        this.requiredAuthorization = requiredAuthorization;
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::accept, "connect-proxy");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    int port() {
        return server.getLocalPort();
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                sockets.add(client);
                Thread t = new Thread(() -> tunnel(client), "connect-proxy-tunnel");
                t.setDaemon(true);
                t.start();
            } catch (IOException e) {
                return; // closed
            }
        }
    }

    private void tunnel(Socket client) {
        try {
            client.setSoTimeout(5000);
            InputStream in = client.getInputStream();
            ByteArrayOutputStream head = new ByteArrayOutputStream();
            while (head.size() < 8192) { // byte by byte: nothing of the tunnelled stream is read here
                int b = in.read();
                if (b < 0) {
                    return;
                }
                head.write(b);
                String s = head.toString(StandardCharsets.ISO_8859_1);
                if (s.endsWith("\r\n\r\n")) {
                    break;
                }
            }
            List<String> lines = head.toString(StandardCharsets.ISO_8859_1).lines().toList();
            String line = lines.isEmpty() ? "" : lines.getFirst();
            connects.add(line);
            String authorization = lines.stream().filter(l -> l.regionMatches(true, 0, "Proxy-Authorization:", 0, 20))
                    .map(l -> l.substring(20).strip()).findFirst().orElse(null);
            authorizations.add(String.valueOf(authorization));
            OutputStream out = client.getOutputStream();
            if (!line.startsWith("CONNECT ")) {
                out.write("HTTP/1.1 405 Method Not Allowed\r\nContent-Length: 0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
                client.close();
                return;
            }
            if (requiredAuthorization != null && !requiredAuthorization.equals(authorization)) {
                out.write(("HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Basic realm=\"corp\"\r\n"
                        + "Content-Length: 0\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
                out.flush();
                client.close();
                return;
            }
            Socket upstream = new Socket(InetAddress.getLoopbackAddress(), targetPort);
            sockets.add(upstream);
            upstream.setSoTimeout(5000);
            out.write("HTTP/1.1 200 Connection established\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            Thread back = new Thread(() -> pipe(upstream, client), "connect-proxy-back");
            back.setDaemon(true);
            back.start();
            pipe(client, upstream);
        } catch (IOException e) {
            // the client went away
        }
    }

    private static void pipe(Socket from, Socket to) {
        try {
            from.getInputStream().transferTo(to.getOutputStream());
        } catch (IOException e) {
            // closed or timed out: the tunnel ends
        } finally {
            try {
                to.close();
                from.close();
            } catch (IOException ignored) {
                // already closed
            }
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
        synchronized (sockets) {
            for (Socket s : sockets) {
                s.close();
            }
        }
    }
}
