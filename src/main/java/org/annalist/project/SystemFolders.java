package org.annalist.project;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Inputs a project should not read without the user saying so: a file-system root, the home
 * folder itself, or a system folder ({@code /etc}, {@code /usr}, {@code C:\Windows} ...). A crafted
 * or careless project naming {@code /} would otherwise walk the whole disk and load every text file
 * it finds. Links are resolved first, so a link to {@code /etc} counts as {@code /etc}.
 */
public final class SystemFolders {

    private static final Set<String> UNIX = Set.of("/bin", "/boot", "/dev", "/etc", "/lib", "/lib64", "/proc",
            "/root", "/run", "/sbin", "/sys", "/usr", "/var", "/opt", "/snap", "/System", "/Library", "/private",
            "/Applications", "/Volumes", "/home", "/Users", "/mnt", "/media", "/srv");
    private static final Set<String> WINDOWS = Set.of("windows", "program files", "program files (x86)", "programdata",
            "users", "$recycle.bin", "system volume information");

    private SystemFolders() {
    }

    /** The inputs that are a root, the home folder, or lie in a system folder. */
    public static List<Path> among(List<Path> inputs) {
        List<Path> risky = new ArrayList<>();
        for (Path in : inputs) {
            if (isSystem(real(in))) {
                risky.add(in);
            }
        }
        return risky;
    }

    static boolean isSystem(Path p) {
        if (p.getParent() == null) {
            return true; // a root: "/" or "C:\"
        }
        String home = System.getProperty("user.home");
        if (home != null && p.equals(real(Path.of(home)))) {
            return true;
        }
        Path top = p.getRoot().resolve(p.getName(0));
        if (UNIX.contains(top.toString().replace('\\', '/')) && !underHome(p, home)) {
            return true;
        }
        return p.getRoot().toString().contains(":") && WINDOWS.contains(p.getName(0).toString().toLowerCase(Locale.ROOT))
                && p.getNameCount() <= 2;
    }

    /** /home/ann/news is the user's own folder, not a system one; /home itself is not. */
    private static boolean underHome(Path p, String home) {
        return home != null && p.startsWith(real(Path.of(home))) && !p.equals(real(Path.of(home)));
    }

    private static Path real(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException | SecurityException e) {
            return p.toAbsolutePath().normalize();
        }
    }
}
