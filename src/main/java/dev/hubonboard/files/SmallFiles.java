package dev.hubonboard.files;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The one way this app writes its small files (saved progress, window settings, connector targets, the practice
 * Hub's state): the whole file or nothing, and durable once it returns. A temporary file in the same folder, only
 * this user may read it (0600), written and synced, then moved over the file in one step, then the folder synced so
 * the move survives a power cut. Folders are made 0700 when this makes them, at every level it makes.
 */
public final class SmallFiles {
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    /** The last step of a write; tests replace it to stop a write just before the move (a crash). */
    @FunctionalInterface
    public interface Mover {
        void move(Path temp, Path target) throws IOException;
    }

    public static final Mover ATOMIC_MOVE = (temp, target) -> {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            // Same folder, so this only happens on exotic file systems; a plain replace is the best left.
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    };

    private SmallFiles() {
    }

    /** Writes {@code bytes} as {@code file}: all of them or, on any failure, the file as it was. */
    public static void write(Path file, byte[] bytes) throws IOException {
        write(file, bytes, ATOMIC_MOVE);
    }

    public static void write(Path file, byte[] bytes, Mover mover) throws IOException {
        Path folder = file.toAbsolutePath().getParent();
        privateFolder(folder);
        Path temp = POSIX
                ? Files.createTempFile(folder, file.getFileName() + ".", ".tmp", ownerOnly("rw-------"))
                : Files.createTempFile(folder, file.getFileName() + ".", ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            mover.move(temp, file.toAbsolutePath());
            temp = null;
            syncFolder(folder);
        } finally {
            if (temp != null) {
                Files.deleteIfExists(temp);
            }
        }
    }

    /** Makes {@code folder} if missing, each level it makes 0700 (a folder that exists is left as it is). */
    public static void privateFolder(Path folder) throws IOException {
        Deque<Path> missing = new ArrayDeque<>();
        for (Path p = folder.toAbsolutePath(); p != null && !Files.isDirectory(p); p = p.getParent()) {
            missing.push(p);
        }
        while (!missing.isEmpty()) {
            Path p = missing.pop();
            if (POSIX) {
                Files.createDirectories(p, ownerOnly("rwx------"));
                // the umask may have narrowed what createDirectories set: say it again
                Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwx------"));
            } else {
                Files.createDirectories(p); // Windows: the profile folder is already private
            }
        }
    }

    private static FileAttribute<?> ownerOnly(String permissions) {
        return PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(permissions));
    }

    /** Makes the move itself durable. Not possible on Windows, where opening a folder fails: skipped there. */
    private static void syncFolder(Path folder) {
        try (FileChannel dir = FileChannel.open(folder, StandardOpenOption.READ)) {
            dir.force(true);
        } catch (IOException | UnsupportedOperationException ignored) {
            // best effort
        }
    }
}
