package org.igfreport.internal.batch;

import org.igfreport.internal.base.Texts;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * An output file written all at once: the output goes to a temporary file in the same folder,
 * which {@link #commit()} moves over the target (atomically where the file system can), so a
 * crash or an error never leaves half a file. {@link #close()} without a commit removes the
 * temporary file and leaves any old target as it was.
 */
public final class AtomicOutput implements AutoCloseable {

    private final Path target;
    private final Path temp;
    private final OutputStream stream;
    private boolean committed;

    /**
     * Creates the temporary file next to the target (and the target's missing folders).
     *
     * @param target the output file
     * @throws BatchException when the target cannot be written
     */
    public AtomicOutput(Path target) {
        this.target = target.toAbsolutePath().normalize();
        if (Files.isDirectory(this.target)) {
            throw new BatchException(Texts.format("output.cannot-write", target, Texts.format("output.folder")));
        }
        try {
            Path dir = this.target.getParent();
            Files.createDirectories(dir);
            this.temp = Files.createTempFile(dir, "." + this.target.getFileName() + ".", ".tmp");
            this.stream = new BufferedOutputStream(Files.newOutputStream(temp));
        } catch (IOException | RuntimeException e) {
            throw new BatchException(Texts.format("output.cannot-write", target, reason(e)));
        }
    }

    /** @return the stream to write the output to */
    public OutputStream stream() {
        return stream;
    }

    /**
     * Moves the finished output over the target.
     *
     * @throws BatchException when it cannot be moved there
     */
    public void commit() {
        try {
            stream.close();
            keepPermissions();
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            committed = true;
        } catch (IOException e) {
            throw new BatchException(Texts.format("output.cannot-write", target, reason(e)));
        }
    }

    /** A temporary file is private (rw-------); the output gets the old target's permissions, or rw-r--r--. */
    private void keepPermissions() {
        try {
            Set<PosixFilePermission> perms = Files.exists(target) ? Files.getPosixFilePermissions(target)
                    : PosixFilePermissions.fromString("rw-r--r--");
            Files.setPosixFilePermissions(temp, perms);
        } catch (IOException | UnsupportedOperationException e) {
            // not a POSIX file system: its defaults apply
        }
    }

    /** Removes the temporary file unless the output was committed. */
    @Override
    public void close() {
        if (!committed) {
            try {
                stream.close();
            } catch (IOException ignored) {
                // the temporary file is removed below either way
            }
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // nothing more can be done; the target is untouched
            }
        }
    }

    /**
     * Why the output cannot be written, in the user's terms: never the temporary file's name (the user named
     * the target; the message names it), e.g. "permission denied", not "AccessDeniedException: dir/.x.json.123.tmp".
     */
    private static String reason(Exception e) {
        if (e instanceof java.nio.file.AccessDeniedException || e instanceof java.nio.file.NoSuchFileException) {
            return ReportFinder.reason(e);
        }
        if (e instanceof java.nio.file.FileSystemException fs) {
            if (fs.getReason() != null) {
                return fs.getReason();
            }
            String file = fs.getFile();
            if (file != null && file.endsWith(".tmp")) {
                return e.getClass().getSimpleName();
            }
        }
        String name = e.getClass().getSimpleName();
        return e.getMessage() == null ? name : name + ": " + e.getMessage();
    }
}
