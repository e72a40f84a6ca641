package dev.architect.deliverables;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Decides whether a dossier may be written to a folder, before anything is written. Replacing a folder deletes what
 * is in it, so only a folder that holds a previous dossier and nothing else may be replaced, and never one a user
 * lives in (the working directory, its parents, the home directory, a root).
 */
final class OutputFolder {

    /** The top-level files a dossier folder holds. */
    static final Set<String> DOSSIER_FILES = Set.of("README.md", "risks.md", "operations.md", "cost.md", "workspace.dsl",
            "consultation.json", "index.html");

    /** The sub-folders a dossier folder holds, each with the file name endings it may contain. */
    static final Map<String, List<String>> DOSSIER_FOLDERS = Map.of(
            "decisions", List.of(".md"),
            "diagrams", List.of(".puml", ".svg"),
            "api", List.of(".yaml", ".json"),
            "data", List.of(".sql"));

    /** The file whose presence marks a folder as a dossier. */
    private static final String MARKER = "consultation.json";
    private static final int FOREIGN_NAMES_SHOWN = 3;
    private static final SecureRandom RANDOM = new SecureRandom();

    private OutputFolder() {
    }

    static void check(Path target, boolean overwrite) {
        if (target.getParent() == null) {
            throw refused(target, "it is a file-system root; write the dossier to a new folder inside it");
        }
        if (Files.exists(target) && !Files.isDirectory(target)) {
            throw refused(target, "it is a file, not a folder");
        }
        if (Files.isDirectory(target)) {
            checkNotAPlaceUsersLiveIn(target);
            if (!isEmpty(target)) {
                if (!overwrite) {
                    throw refused(target, "it is not empty; choose a new folder, or replace the previous dossier it holds "
                            + "(overwrite(true), --force on the command line)");
                }
                checkHoldsOnlyADossier(target);
            }
        }
        checkWritable(target);
    }

    /** Our words for a failed file-system call, followed by the operating system's own reason when it gives one. */
    static String reason(IOException e) {
        String file = e instanceof FileSystemException f && f.getFile() != null ? f.getFile() : "the folder";
        String ours;
        if (e instanceof AccessDeniedException) {
            ours = "permission denied on " + file;
        } else if (e instanceof NoSuchFileException) {
            ours = file + " does not exist";
        } else if (e instanceof NotDirectoryException) {
            ours = file + " is not a folder";
        } else if (e instanceof FileAlreadyExistsException) {
            ours = file + " already exists";
        } else if (e instanceof DirectoryNotEmptyException) {
            ours = file + " is not empty";
        } else {
            ours = "the system refused to write " + file;
        }
        String os = e instanceof FileSystemException f ? f.getReason() : e.getMessage();
        return os == null || os.isBlank() ? ours : ours + " (" + os + ")";
    }

    private static void checkNotAPlaceUsersLiveIn(Path target) {
        Path real = realPath(target);
        if (real.getParent() == null) {
            throw refused(target, "it is a file-system root; write the dossier to a new folder inside it");
        }
        Path workingDirectory = realPath(Path.of("").toAbsolutePath());
        if (workingDirectory.startsWith(real)) {
            throw refused(target, "it is the working directory or one of its parents; write the dossier to a new folder "
                    + "inside it, e.g. " + target.resolve("architecture"));
        }
        String home = System.getProperty("user.home");
        if (home != null && !home.isBlank() && Files.isDirectory(Path.of(home)) && realPath(Path.of(home)).equals(real)) {
            throw refused(target, "it is the home directory; write the dossier to a new folder inside it, e.g. "
                    + target.resolve("architecture"));
        }
    }

    /** Refuses a folder that is no dossier, or that holds anything a dossier does not: it may be the user's. */
    private static void checkHoldsOnlyADossier(Path target) {
        if (!Files.isRegularFile(target.resolve(MARKER))) {
            throw refused(target, "it is not empty and holds no previous dossier (no " + MARKER + "); it is left "
                    + "alone: choose a new folder");
        }
        List<String> foreign = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(target)) {
            walk.filter(p -> !p.equals(target)).map(p -> target.relativize(p)).filter(p -> !isDossierEntry(target, p))
                    .map(p -> p.toString().replace('\\', '/')).sorted().forEach(foreign::add);
        } catch (IOException e) {
            throw refused(target, "it cannot be listed: " + reason(e));
        } catch (UncheckedIOException e) {
            throw refused(target, "it cannot be listed: " + reason(e.getCause()));
        }
        if (!foreign.isEmpty()) {
            List<String> shown = foreign.subList(0, Math.min(FOREIGN_NAMES_SHOWN, foreign.size()));
            throw refused(target, "it holds " + (foreign.size() == 1 ? "a file" : foreign.size() + " files")
                    + " that no dossier has (" + String.join(", ", shown) + (foreign.size() > shown.size() ? ", ..." : "")
                    + "); it is left alone: move " + (foreign.size() == 1 ? "it" : "them") + " out or choose a new folder");
        }
    }

    private static boolean isDossierEntry(Path root, Path relative) {
        Path absolute = root.resolve(relative);
        if (Files.isDirectory(absolute, LinkOption.NOFOLLOW_LINKS)) {
            return relative.getNameCount() == 1 && DOSSIER_FOLDERS.containsKey(relative.getName(0).toString());
        }
        return Files.isRegularFile(absolute, LinkOption.NOFOLLOW_LINKS) && isDossierFile(relative.toString().replace('\\', '/'));
    }

    /**
     * Whether a dossier writes files at this relative path: one of its top-level files, or a file with a known
     * ending in one of its folders. Kept in step with the renderers by a test over every deliverable.
     */
    static boolean isDossierFile(String relativePath) {
        String[] parts = relativePath.split("/");
        if (parts.length == 1) {
            return DOSSIER_FILES.contains(parts[0]);
        }
        List<String> endings = DOSSIER_FOLDERS.get(parts[0]);
        String name = parts[parts.length - 1].toLowerCase(Locale.ROOT);
        return parts.length == 2 && endings != null && endings.stream().anyMatch(name::endsWith);
    }

    /**
     * Makes and removes a folder where the dossier's temporary sibling will go, so a read-only or missing parent
     * fails now with the system's reason rather than after a consultation.
     */
    private static void checkWritable(Path target) {
        Path parent = target.getParent();
        while (parent != null && !Files.exists(parent)) {
            parent = parent.getParent();
        }
        if (parent == null) {
            throw refused(target, "none of its parent folders exists");
        }
        if (!Files.isDirectory(parent)) {
            throw refused(target, parent + " is a file, not a folder");
        }
        Path probe = parent.resolve(".architect-write-check-" + Long.toUnsignedString(RANDOM.nextLong(), 36));
        try {
            Files.createDirectory(probe);
            Files.delete(probe);
        } catch (IOException e) {
            throw refused(target, "it cannot be written: " + reason(e));
        }
    }

    private static boolean isEmpty(Path folder) {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            throw refused(folder, "it cannot be listed: " + reason(e));
        }
    }

    private static Path realPath(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            return path.toAbsolutePath().normalize();
        }
    }

    private static OutputFolderException refused(Path target, String why) {
        return new OutputFolderException("cannot write the dossier to " + target + ": " + why);
    }
}
