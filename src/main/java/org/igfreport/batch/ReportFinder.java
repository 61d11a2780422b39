package org.igfreport.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.igfreport.read.Readers;

/**
 * Turns the command line's PATHs into the list of reports to check: a file is checked as given;
 * a folder is searched recursively for reports ({@link Readers#isReport}), in sorted order,
 * leaving out what matches an exclude pattern (relative to that folder), the files the tool
 * writes, hidden files and folders, and files that are plainly not reports ({@link ReportProbe}:
 * a README, a data file without any report key). Each report appears once, under the first path
 * that named it.
 */
public final class ReportFinder {

    private final List<PathMatcher> excludes;
    private final Set<Path> skip;

    /**
     * @param excludes glob patterns, relative to each folder searched
     * @param skip absolute paths never to check (the output file)
     */
    public ReportFinder(List<String> excludes, Set<Path> skip) {
        this.excludes = excludes.stream().map(g -> FileSystems.getDefault().getPathMatcher("glob:" + g)).toList();
        this.skip = skip;
    }

    /**
     * @param cwd the working folder relative paths are resolved against
     * @param args the PATHs as the user gave them
     * @return the reports, each as the user would write its path (relative where the PATH was)
     * @throws BatchException when a PATH does not exist or a folder cannot be searched
     */
    public List<Path> find(Path cwd, List<String> args) {
        Map<Path, Path> found = new LinkedHashMap<>();
        for (String arg : args) {
            Path given = Path.of(arg).normalize();
            Path real = cwd.resolve(given);
            if (!Files.exists(real)) {
                throw new BatchException("no such file or folder: " + arg);
            }
            if (Files.isDirectory(real)) {
                for (Path rel : search(real)) {
                    found.putIfAbsent(real.resolve(rel).normalize(), given.resolve(rel));
                }
            } else {
                found.putIfAbsent(real.normalize(), given);
            }
        }
        List<Path> out = new ArrayList<>(found.size());
        found.forEach((abs, shown) -> {
            if (!skip.contains(abs)) {
                out.add(shown);
            }
        });
        return out;
    }

    private List<Path> search(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> Readers.isReport(p.getFileName().toString()))
                    .filter(p -> !hidden(folder.relativize(p)) && ReportProbe.mayBeReport(p))
                    .map(folder::relativize)
                    .filter(rel -> excludes.stream().noneMatch(m -> m.matches(rel)))
                    .sorted(Comparator.comparing(ReportFinder::slashed))
                    .toList();
        } catch (IOException | UncheckedIOException e) {
            throw new BatchException("cannot search folder " + slashed(folder) + ": " + e.getMessage());
        }
    }

    /** Hidden files and folders ({@code .git}, {@code .github}, ...) are never searched. */
    private static boolean hidden(Path rel) {
        for (Path part : rel) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
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
