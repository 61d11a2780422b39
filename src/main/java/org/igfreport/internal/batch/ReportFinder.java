package org.igfreport.internal.batch;

import org.igfreport.internal.base.Texts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.igfreport.internal.read.Readers;
import org.igfreport.internal.read.Unreadable;

/**
 * Turns the PATHs of a run (the command line's, or the Maven goal's reports folder) into the
 * list of reports to check: a file is checked as given; a folder is searched recursively for
 * reports ({@link Readers#isReport}, or the include patterns when there are any), in sorted
 * order, leaving out what matches an exclude pattern (relative to that folder), the files the
 * tool writes, hidden files and folders, files that are plainly not reports ({@link ReportProbe}:
 * a README, a data file without any report key), and symbolic links that lead out of the folder
 * (a link to a folder is not followed at all). Each report appears once, under the first path
 * that named it. Patterns are {@link Glob}s, matched in linear time; the search as a whole must
 * end within the time budget of a report.
 */
public final class ReportFinder {

    private final List<Glob> includes;
    private final List<Glob> excludes;
    private final Set<Path> skip;
    private final Duration budget;

    /**
     * @param excludes glob patterns, relative to each folder searched
     * @param skip absolute paths never to check (the output file)
     * @throws BatchException for a bad pattern
     */
    public ReportFinder(List<String> excludes, Set<Path> skip) {
        this(List.of(), excludes, skip, null);
    }

    /**
     * @param includes glob patterns, relative to each folder searched, of the files to check
     *     (empty: every file with a report's extension)
     * @param excludes glob patterns, relative to each folder searched, of files not to check
     * @param skip absolute paths never to check (the output file)
     * @param budget the longest the search may take, or {@code null} for no limit
     * @throws BatchException for a bad pattern
     */
    public ReportFinder(List<String> includes, List<String> excludes, Set<Path> skip, Duration budget) {
        this.includes = globs(includes);
        this.excludes = globs(excludes);
        this.skip = skip;
        this.budget = budget;
    }

    private static List<Glob> globs(List<String> patterns) {
        try {
            if (patterns == null || patterns.isEmpty()) {
                return List.of();
            }
            List<Glob> globs = new ArrayList<>(patterns.size());
            for (String p : patterns) {
                globs.add(Glob.compile(p));
            }
            return List.copyOf(globs);
        } catch (IllegalArgumentException e) {
            throw new BatchException(e.getMessage());
        }
    }

    /**
     * @param cwd the working folder relative paths are resolved against
     * @param args the PATHs as the user gave them
     * @return the reports, each as the user would write its path (relative where the PATH was)
     * @throws BatchException when a PATH does not exist or cannot be used, a folder cannot be
     *     searched, or the search takes longer than the time budget
     */
    public List<Path> find(Path cwd, List<String> args) {
        long deadline = budget == null ? Long.MAX_VALUE : System.nanoTime() + budget.toNanos();
        Map<Path, Path> found = new LinkedHashMap<>();
        for (String arg : args) {
            Path given = path(arg);
            Path real = cwd.resolve(given);
            if (!Files.exists(real)) {
                throw new BatchException(Texts.format("finder.no-such-path", arg));
            }
            if (Files.isDirectory(real)) {
                for (Path rel : search(real, deadline)) {
                    found.putIfAbsent(real.resolve(rel).normalize(), given.resolve(rel));
                }
            } else {
                found.putIfAbsent(real.normalize(), given);
            }
        }
        List<Path> out = new ArrayList<>(found.size());
        for (Map.Entry<Path, Path> e : found.entrySet()) {
            if (!skip.contains(e.getKey())) {
                out.add(e.getValue());
            }
        }
        return out;
    }

    /**
     * @param arg a path as the user gave it
     * @return it as a path
     * @throws BatchException when this system cannot represent it (a name with characters the
     *     locale's character set lacks, e.g. under {@code LC_ALL=C})
     */
    public static Path path(String arg) {
        try {
            return Path.of(arg).normalize();
        } catch (InvalidPathException e) {
            throw new BatchException(Texts.format("finder.bad-path", arg, System.getProperty("sun.jnu.encoding", "?")));
        }
    }

    /**
     * @param args paths as given on the command line
     * @return them as paths ({@link #path(String)})
     * @throws BatchException for a path this file system cannot name
     */
    public static List<Path> paths(List<String> args) {
        List<Path> out = new ArrayList<>(args.size());
        for (String a : args) {
            out.add(path(a));
        }
        return out;
    }

    private List<Path> search(Path folder, long deadline) {
        Path realRoot;
        try {
            realRoot = folder.toRealPath();
        } catch (IOException e) {
            throw new BatchException(Texts.format("finder.cannot-search", slashed(folder), reason(e)));
        }
        List<Path> out = new ArrayList<>();
        try {
            Files.walkFileTree(folder, EnumSet.noneOf(java.nio.file.FileVisitOption.class), Integer.MAX_VALUE,
                    new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                            overdue(folder, deadline);
                            return !dir.equals(folder) && hidden(dir) ? FileVisitResult.SKIP_SUBTREE
                                    : FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                            overdue(folder, deadline);
                            Path rel = folder.relativize(file);
                            if (wanted(rel, realRoot, file, attrs)) {
                                out.add(rel);
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                            throw e;
                        }
                    });
        } catch (IOException | UncheckedIOException e) {
            throw new BatchException(Texts.format("finder.cannot-search", slashed(folder), reason(e)));
        }
        out.sort(new Comparator<Path>() {
            @Override
            public int compare(Path a, Path b) {
                return slashed(a).compareTo(slashed(b));
            }
        });
        return out;
    }

    private static boolean matches(List<Glob> globs, Path rel) {
        for (Glob g : globs) {
            if (g.matches(rel)) {
                return true;
            }
        }
        return false;
    }

    private boolean wanted(Path rel, Path realRoot, Path file, BasicFileAttributes attrs) {
        if (hidden(file)) {
            return false;
        }
        String name = file.getFileName().toString();
        boolean named = includes.isEmpty() ? Readers.isReport(name) : matches(includes, rel);
        if (!named || matches(excludes, rel)) {
            return false;
        }
        if (attrs.isSymbolicLink()) {
            // a link is checked only when it leads to a file inside the folder searched
            try {
                Path target = file.toRealPath();
                if (!target.startsWith(realRoot) || !Files.isRegularFile(target)) {
                    return false;
                }
            } catch (IOException | SecurityException e) {
                return false;
            }
        } else if (!attrs.isRegularFile()) {
            return false;
        }
        return ReportProbe.mayBeReport(file);
    }

    private void overdue(Path folder, long deadline) {
        if (deadline != Long.MAX_VALUE && System.nanoTime() - deadline > 0) {
            throw new BatchException(Texts.format("finder.too-slow", slashed(folder), Unreadable.duration(budget)));
        }
    }

    /** Hidden files and folders ({@code .git}, {@code .github}, ...) are never searched. */
    private static boolean hidden(Path p) {
        Path name = p.getFileName();
        return name != null && name.toString().startsWith(".");
    }

    /**
     * @param e a file system problem
     * @return what went wrong, in words, without Java names
     */
    public static String reason(Exception e) {
        Throwable t = e instanceof UncheckedIOException u ? u.getCause() : e;
        if (t instanceof NoSuchFileException) {
            return Texts.format("finder.reason.no-such-path");
        }
        if (t instanceof AccessDeniedException) {
            return Texts.format("finder.reason.permission-denied");
        }
        if (t instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        if (t instanceof java.nio.file.FileSystemLoopException) {
            return Texts.format("finder.reason.loop");
        }
        String m = t.getMessage();
        return m == null || m.isBlank() ? Texts.format("finder.reason.unreadable") : m;
    }

    /**
     * @param p a path
     * @return the path with '/' separators, as it appears in output
     */
    public static String slashed(Path p) {
        String s = p.toString().replace('\\', '/');
        return s.isEmpty() ? "." : s;
    }
}
