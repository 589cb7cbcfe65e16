package org.annalist.corpus;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The id of each article file: its name without the extension, as the contract says, unless that
 * name is shared by another file of the load ({@code a/x.txt} and {@code b/x.txt}). Files sharing a
 * name are told apart by their path from the folder they have in common, without the extension
 * ({@code a/x}, {@code b/x}); files that differ only by extension keep it ({@code x.txt},
 * {@code x.json}). The same inputs give the same ids on every run, so a project's corrections find
 * their article again; separators are always {@code /}.
 */
final class ArticleIds {

    private ArticleIds() {
    }

    static Map<Path, String> assign(List<Path> files) {
        Map<String, List<Path>> byBase = new LinkedHashMap<>();
        for (Path f : files) {
            byBase.computeIfAbsent(InputKind.of(f).baseName(f), k -> new ArrayList<>()).add(f);
        }
        Map<Path, String> ids = new HashMap<>();
        Map<String, Integer> taken = new HashMap<>();
        byBase.forEach((base, same) -> {
            if (same.size() == 1) {
                ids.put(same.get(0), base);
                taken.merge(base, 1, Integer::sum);
            }
        });
        byBase.forEach((base, same) -> {
            if (same.size() > 1) {
                Path common = commonFolder(same);
                Map<String, List<Path>> byRelative = new LinkedHashMap<>();
                for (Path f : same) {
                    byRelative.computeIfAbsent(relative(common, f, false), k -> new ArrayList<>()).add(f);
                }
                byRelative.forEach((rel, group) -> {
                    for (Path f : group) {
                        String id = group.size() == 1 ? rel : relative(common, f, true);
                        int n = taken.merge(id, 1, Integer::sum);
                        ids.put(f, n == 1 ? id : id + "~" + n);
                    }
                });
            }
        });
        return ids;
    }

    private static Path commonFolder(List<Path> files) {
        Path common = folder(files.get(0));
        for (Path f : files) {
            while (common != null && !folder(f).startsWith(common)) {
                common = common.getParent();
            }
        }
        return common;
    }

    private static Path folder(Path f) {
        Path parent = f.toAbsolutePath().normalize().getParent();
        return parent == null ? f.toAbsolutePath().getRoot() : parent;
    }

    private static String relative(Path common, Path f, boolean withExtension) {
        Path abs = f.toAbsolutePath().normalize();
        Path rel = common == null ? abs : common.relativize(abs);
        String s = rel.toString().replace('\\', '/');
        if (withExtension) {
            return s;
        }
        String name = abs.getFileName().toString();
        String base = InputKind.of(f).baseName(f);
        return s.substring(0, s.length() - name.length()) + base;
    }
}
