package dev.hubonboard.onboarding.store;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * How a second app asks the first to bring its window to the front: a Unix-domain socket in the folder the
 * {@link InstanceLock} guards (Linux, macOS and Windows 10 and later all have them). Only the app holding the lock
 * opens the door, so a socket file left by a crash is its own to replace. The folder is private (0700), so only this
 * user can knock; a knock carries no data and can do nothing but raise a window.
 */
public final class FrontDoor implements AutoCloseable {
    static final String FILE = "front.sock";
    private static final byte KNOCK = 'k';
    private static final byte ANSWER = 'a';

    private final ServerSocketChannel server;
    private final Path socket;

    private FrontDoor(ServerSocketChannel server, Path socket) {
        this.server = server;
        this.socket = socket;
    }

    /**
     * Opens the door of {@code lock}'s folder. Fails (and the app goes on without one) where the OS has no
     * Unix-domain sockets or the path is too long for one.
     */
    public static FrontDoor open(InstanceLock lock) throws IOException {
        Path socket = lock.folder().resolve(FILE);
        Files.deleteIfExists(socket); // a crashed app's: we hold the lock, so no live app owns it
        ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        try {
            server.bind(UnixDomainSocketAddress.of(socket));
        } catch (IOException | RuntimeException e) {
            server.close();
            throw e;
        }
        return new FrontDoor(server, socket);
    }

    /**
     * Answers knocks until {@link #close} (or an interrupt, which closes the channel): each one runs {@code
     * onKnock}, then is answered, so the knocker knows someone is home. Blocks; run it on a thread of its own.
     */
    public void serve(Runnable onKnock) {
        while (server.isOpen()) {
            try (SocketChannel visitor = server.accept()) {
                ByteBuffer one = ByteBuffer.allocate(1);
                if (visitor.read(one) == 1 && one.get(0) == KNOCK) {
                    onKnock.run();
                    visitor.write(ByteBuffer.wrap(new byte[] {ANSWER}));
                }
            } catch (ClosedChannelException closed) {
                return; // closed or interrupted: the app is quitting
            } catch (IOException oneVisitorFailed) {
                // a knocker that hung up: the door stays open for the next one
            }
        }
    }

    /**
     * Knocks on the door in {@code folder}: true when an app answered within {@code patience} (it has brought its
     * window to the front); false when nobody did (no door, an app too old to have one, or one that hangs).
     */
    public static boolean knock(Path folder, Duration patience) {
        Path socket = folder.resolve(FILE);
        if (!Files.exists(socket)) {
            return false;
        }
        try (SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            channel.connect(UnixDomainSocketAddress.of(socket));
            channel.write(ByteBuffer.wrap(new byte[] {KNOCK}));
            // A blocking channel has no read time-out: wait for the answer on the socket's own stream instead.
            channel.configureBlocking(false);
            ByteBuffer answer = ByteBuffer.allocate(1);
            long until = System.nanoTime() + patience.toNanos();
            while (System.nanoTime() < until) { // bounded by patience: a look every 10 ms
                int read = channel.read(answer);
                if (read == 1) {
                    return answer.get(0) == ANSWER;
                }
                if (read < 0) {
                    return false;
                }
                TimeUnit.MILLISECONDS.sleep(10);
            }
            return false;
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Closes the door and removes its socket file. */
    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException ignored) {
            // closing a listening socket has nothing to flush
        }
        try {
            Files.deleteIfExists(socket);
        } catch (IOException ignored) {
            // the next app to hold the lock deletes it before it opens its own
        }
    }
}
