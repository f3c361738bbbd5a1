package dev.hubonboard.onboarding.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 20, item 7: a second app brings the first to the front instead of becoming a second writer. */
class FrontDoorTest {
    private static final Duration PATIENCE = Duration.ofSeconds(5);

    @TempDir
    Path dir;

    /** Serves {@code door} on a thread of the test's; returns the thread. */
    private static Thread serve(FrontDoor door, AtomicInteger knocks) {
        return Thread.ofPlatform().daemon().start(() -> door.serve(knocks::incrementAndGet));
    }

    @Test
    void aKnockIsAnsweredAfterTheFirstAppWasToldToComeToTheFront() throws Exception {
        AtomicInteger knocks = new AtomicInteger();
        try (InstanceLock lock = InstanceLock.tryTake(dir).orElseThrow(); FrontDoor door = FrontDoor.open(lock)) {
            Thread server = serve(door, knocks);

            assertThat(FrontDoor.knock(dir, PATIENCE)).isTrue();
            assertThat(FrontDoor.knock(dir, PATIENCE)).as("the door stays open for the next one").isTrue();
            assertThat(knocks).hasValue(2); // counted before each answer, so no wait is needed here

            door.close();
            server.join(TimeUnit.SECONDS.toMillis(10));
            assertThat(server.isAlive()).as("closing ends the serving loop").isFalse();
        }
        assertThat(dir.resolve(FrontDoor.FILE)).as("the socket file is removed").doesNotExist();
        assertThat(FrontDoor.knock(dir, PATIENCE)).as("nobody home").isFalse();
    }

    @Test
    void anInterruptEndsTheServingLoopAsQuittingDoes() throws Exception {
        try (InstanceLock lock = InstanceLock.tryTake(dir).orElseThrow(); FrontDoor door = FrontDoor.open(lock)) {
            Thread server = serve(door, new AtomicInteger());
            assertThat(FrontDoor.knock(dir, PATIENCE)).isTrue(); // the loop is in accept()

            server.interrupt();
            server.join(TimeUnit.SECONDS.toMillis(10));

            assertThat(server.isAlive()).isFalse();
        }
    }

    @Test
    void withoutADoorAKnockIsUnanswered() {
        assertThat(FrontDoor.knock(dir, PATIENCE)).isFalse();
    }

    /** A first app that hangs (its door bound, nobody accepting): the knock gives up after its patience. */
    @Test
    void aFirstAppThatNeverAnswersIsGivenUpOnAfterThePatience() throws Exception {
        try (ServerSocketChannel hung = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            hung.bind(UnixDomainSocketAddress.of(dir.resolve(FrontDoor.FILE)));
            long start = System.nanoTime();

            assertThat(FrontDoor.knock(dir, Duration.ofMillis(300))).isFalse();

            assertThat(Duration.ofNanos(System.nanoTime() - start)).as("bounded by the patience, not forever")
                    .isLessThan(Duration.ofSeconds(30));
        }
    }

    /** A crashed app leaves its socket file: the next app holding the lock replaces it. */
    @Test
    void aSocketFileLeftByACrashIsReplaced() throws Exception {
        Files.writeString(dir.resolve(FrontDoor.FILE), "left over");
        AtomicInteger knocks = new AtomicInteger();
        try (InstanceLock lock = InstanceLock.tryTake(dir).orElseThrow(); FrontDoor door = FrontDoor.open(lock)) {
            serve(door, knocks);

            assertThat(FrontDoor.knock(dir, PATIENCE)).isTrue();
        }
        assertThat(knocks).hasValue(1);
    }

    @Test
    void theDoorsFolderIsThisUsersAlone() throws Exception {
        Path folder = dir.resolve("new").resolve("practice");
        try (InstanceLock lock = InstanceLock.tryTake(folder).orElseThrow()) {
            if (Files.getFileAttributeView(folder, java.nio.file.attribute.PosixFileAttributeView.class) != null) {
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder))).isEqualTo("rwx------");
            }
        }
    }
}
