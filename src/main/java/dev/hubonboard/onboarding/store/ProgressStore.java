package dev.hubonboard.onboarding.store;

import dev.hubonboard.files.SmallFiles;

import dev.hubonboard.onboarding.Onboarding;
import dev.hubonboard.onboarding.Validation;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Saves each organization's onboarding (never a token or password) as {@code <organization>.json} in the user's
 * config folder, so the wizard can resume after the dedicated user has verified the e-mail days later.
 *
 * <p>Writes are atomic (temp file in the same folder, fsync, atomic rename): a crash leaves the old file or the
 * new one, never half of each. A file this version cannot read is moved aside and reported, never overwritten.
 */
public class ProgressStore {

    private static final String SUFFIX = ".json";

    /** Time stamps of files moved aside; in a holder so the first window does not wait for the formatter. */
    private static final class Stamp {
        static final DateTimeFormatter FORMAT =
                DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    }

    /** The last step of a save; tests replace it to simulate a crash before the rename. */
    @FunctionalInterface
    interface Mover {
        void move(Path temp, Path target) throws IOException;
    }

    static final Mover ATOMIC_MOVE = SmallFiles.ATOMIC_MOVE::move;

    /** What {@link #list()} found: the onboardings it could read and the files it had to move aside. */
    public record Listing(List<Onboarding> onboardings, List<LoadProblem> problems) {
        public Listing {
            onboardings = List.copyOf(onboardings);
            problems = List.copyOf(problems);
        }
    }

    private final Path directory;
    private final Clock clock;
    private final Mover mover;

    public ProgressStore(Path directory) {
        this(directory, Clock.systemUTC(), ATOMIC_MOVE);
    }

    ProgressStore(Path directory, Clock clock, Mover mover) {
        this.directory = Objects.requireNonNull(directory, "directory");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.mover = Objects.requireNonNull(mover, "mover");
    }

    /** The OS config folder: Linux $XDG_CONFIG_HOME/hub-onboard, Windows %APPDATA%\Hub Onboard, macOS Application Support. */
    public static ProgressStore forThisUser() {
        return new ProgressStore(ConfigDirectory.forThisUser());
    }

    public Path directory() {
        return directory;
    }

    /** The file an organization's progress is saved in. */
    public Path fileFor(String organization) {
        Validation.organization(organization).orThrow();
        return directory.resolve(Validation.trim(organization) + SUFFIX);
    }

    public synchronized Listing list() throws ProgressStoreException {
        List<Onboarding> found = new ArrayList<>();
        List<LoadProblem> problems = new ArrayList<>();
        for (Path file : savedFiles()) {
            String org = organizationOf(file);
            try {
                load(org).ifPresent(found::add);
            } catch (ProgressStoreException e) {
                problems.add(e.problem().orElseGet(() -> new LoadProblem(org, file, null, e.getMessage())));
            }
        }
        return new Listing(found, problems);
    }

    /**
     * One saved file as {@link #survey()} found it: its onboarding, or why it cannot be used (left where it is);
     * {@code newer} when a newer version of Hub Onboard wrote it (an update reads it).
     */
    public record Surveyed(String organization, Path file, Optional<Onboarding> onboarding, Optional<String> problem,
                           boolean newer) {
    }

    /**
     * Every saved onboarding, read only: unlike {@link #list()}, a file that cannot be used is reported and left
     * where it is, so a monitoring command ({@code status}) changes nothing on disk.
     */
    public synchronized List<Surveyed> survey() throws ProgressStoreException {
        List<Surveyed> found = new ArrayList<>();
        for (Path file : savedFiles()) {
            String org = organizationOf(file);
            String problem;
            boolean newer = false;
            try {
                Onboarding.Saved saved = ProgressJson.read(Files.readAllBytes(file));
                if (!org.equals(saved.organization())) {
                    problem = "it holds organization \"" + saved.organization() + "\" instead";
                } else {
                    found.add(new Surveyed(org, file, Optional.of(Onboarding.restore(saved, clock)), Optional.empty(),
                            false));
                    continue;
                }
            } catch (ProgressJson.Newer e) {
                problem = "it was saved by a newer version of Hub Onboard (schema version " + e.version + ")";
                newer = true;
            } catch (ProgressJson.Unreadable e) {
                problem = e.getMessage();
            } catch (IOException e) {
                problem = "it could not be read (" + e.getMessage() + ")";
            } catch (RuntimeException e) {
                problem = "its content is not valid (" + e.getMessage() + ")";
            }
            found.add(new Surveyed(org, file, Optional.empty(), Optional.of(problem), newer));
        }
        return found;
    }

    /** The saved files that are ours (named after a valid organization), in name order; other files are left alone. */
    private List<Path> savedFiles() throws ProgressStoreException {
        List<Path> files = new ArrayList<>();
        if (!Files.isDirectory(directory)) {
            return files;
        }
        // A filter rather than the glob "*.json": a glob compiles a regular expression, at start-up.
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(directory,
                p -> p.getFileName().toString().endsWith(SUFFIX)
                        && Validation.organization(organizationOf(p)).isAcceptable())) {
            stream.forEach(files::add);
        } catch (IOException e) {
            throw new ProgressStoreException("Could not list saved progress in " + directory + ": " + e.getMessage(), e);
        }
        files.sort(Comparator.comparing(Path::toString));
        return files;
    }

    private static String organizationOf(Path file) {
        String name = file.getFileName().toString();
        return name.substring(0, name.length() - SUFFIX.length());
    }

    /** The saved onboarding, or empty if none. An unusable file is moved aside and reported in the exception. */
    public synchronized Optional<Onboarding> load(String organization) throws ProgressStoreException {
        Path file = fileFor(organization);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new ProgressStoreException("Could not read saved progress " + file + ": " + e.getMessage(), e);
        }
        Onboarding.Saved saved = check(organization, file, bytes);
        try {
            return Optional.of(Onboarding.restore(saved, clock));
        } catch (RuntimeException e) {
            throw new ProgressStoreException(moveAside(organization, file, "corrupt",
                    "its content is not valid (" + e.getMessage() + ")"));
        }
    }

    /**
     * Saves atomically. If the file about to be replaced is unreadable or from a newer version it is moved aside
     * first, and the returned problem says where it went.
     */
    public Optional<LoadProblem> save(Onboarding onboarding) throws ProgressStoreException {
        return save(snapshot(onboarding));
    }

    /**
     * The onboarding's state frozen for saving: taken on the thread that owns the onboarding (the UI thread), then
     * written by {@link #save(Snapshot)} on a worker, so the disk never holds up the window.
     */
    public static Snapshot snapshot(Onboarding onboarding) {
        return new Snapshot(onboarding.saved(), onboarding.isWorthKeeping());
    }

    /** An immutable copy of what is saved of one onboarding: never a token or password. */
    public static final class Snapshot {
        private final Onboarding.Saved saved;
        private final boolean worthKeeping;

        private Snapshot(Onboarding.Saved saved, boolean worthKeeping) {
            this.saved = saved;
            this.worthKeeping = worthKeeping;
        }

        /** {@link Onboarding#isWorthKeeping()} when the snapshot was taken. */
        public boolean worthKeeping() {
            return worthKeeping;
        }

        public String organization() {
            return saved.organization();
        }
    }

    public synchronized Optional<LoadProblem> save(Snapshot snapshot) throws ProgressStoreException {
        Onboarding.Saved state = snapshot.saved;
        Path file = fileFor(state.organization());
        Optional<LoadProblem> replaced = Optional.empty();
        if (Files.exists(file)) {
            try {
                check(state.organization(), file, Files.readAllBytes(file));
            } catch (ProgressStoreException e) {
                if (e.problem().isEmpty() || e.problem().get().movedTo() == null) {
                    throw e; // could not move it aside: do not overwrite it
                }
                replaced = e.problem();
            } catch (IOException e) {
                throw new ProgressStoreException("Could not read saved progress " + file + " before replacing it: "
                        + e.getMessage(), e);
            }
        }
        try {
            SmallFiles.write(file, ProgressJson.write(state), mover::move);
        } catch (IOException e) {
            throw new ProgressStoreException("Could not save progress for " + state.organization() + " in "
                    + file + ": " + e.getMessage() + ". The previous save, if any, is unchanged.", e);
        }
        return replaced;
    }

    /** Forgets an organization's saved progress; true if there was some. */
    public synchronized boolean delete(String organization) throws ProgressStoreException {
        Path file = fileFor(organization);
        try {
            return Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new ProgressStoreException("Could not delete saved progress " + file + ": " + e.getMessage(), e);
        }
    }

    private Onboarding.Saved check(String organization, Path file, byte[] bytes) throws ProgressStoreException {
        Onboarding.Saved saved;
        try {
            saved = ProgressJson.read(bytes);
        } catch (ProgressJson.Newer e) {
            throw new ProgressStoreException(moveAside(organization, file, "newer",
                    "it was saved by a newer version of Hub Onboard (schema version " + e.version
                            + "); update Hub Onboard to continue that onboarding"));
        } catch (ProgressJson.Unreadable e) {
            throw new ProgressStoreException(moveAside(organization, file, "corrupt", e.getMessage()));
        }
        if (!organization.equals(saved.organization())) {
            throw new ProgressStoreException(moveAside(organization, file, "corrupt",
                    "it holds organization \"" + saved.organization() + "\" instead"));
        }
        return saved;
    }

    private LoadProblem moveAside(String organization, Path file, String kind, String why) {
        String base = file.getFileName() + "." + kind + "-" + Stamp.FORMAT.format(clock.instant());
        Path aside = directory.resolve(base);
        for (int i = 2; Files.exists(aside); i++) {
            aside = directory.resolve(base + "-" + i);
        }
        try {
            Files.move(file, aside);
            return new LoadProblem(organization, file, aside, "Saved progress for " + organization
                    + " could not be used: " + why + ". It was moved to " + aside + "; the onboarding starts afresh.");
        } catch (FileAlreadyExistsException e) {
            return new LoadProblem(organization, file, null, "Saved progress for " + organization
                    + " could not be used: " + why + ". It was left at " + file + ".");
        } catch (IOException e) {
            return new LoadProblem(organization, file, null, "Saved progress for " + organization
                    + " could not be used: " + why + ". Moving it aside failed (" + e.getMessage()
                    + "), so it was left at " + file + " and will not be overwritten.");
        }
    }
}
