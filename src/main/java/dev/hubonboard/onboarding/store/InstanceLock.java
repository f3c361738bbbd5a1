package dev.hubonboard.onboarding.store;

import dev.hubonboard.files.SmallFiles;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * One app per folder of saved progress: a second window over the same files would be a second writer (each saving
 * its own view of an onboarding over the other's). The OS holds the lock ({@link FileChannel#tryLock}) for as long
 * as this process keeps it, and lets go when the process ends, even by a crash, so a stale lock never locks anyone
 * out. The file itself holds nothing.
 */
public final class InstanceLock implements AutoCloseable {
    static final String FILE = "instance.lock";

    private final Path folder;
    private final FileChannel channel;
    private final FileLock lock;

    private InstanceLock(Path folder, FileChannel channel, FileLock lock) {
        this.folder = folder;
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Takes the lock of {@code folder} (made if missing); empty when another app (this process or another) holds it.
     *
     * @throws IOException the folder or the lock file could not be made or opened
     */
    public static Optional<InstanceLock> tryTake(Path folder) throws IOException {
        SmallFiles.privateFolder(folder); // 0700: the lock's folder also holds the FrontDoor only this user may knock on
        FileChannel channel = FileChannel.open(folder.resolve(FILE), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE);
        try {
            FileLock lock = channel.tryLock();
            if (lock != null) {
                return Optional.of(new InstanceLock(folder, channel, lock));
            }
        } catch (OverlappingFileLockException heldHere) {
            // this very process holds it already (a second app in the same JVM)
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
        channel.close();
        return Optional.empty();
    }

    /** The folder this lock guards. */
    public Path folder() {
        return folder;
    }

    public boolean isHeld() {
        return lock.isValid();
    }

    /** Lets the next app in. */
    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }
}
