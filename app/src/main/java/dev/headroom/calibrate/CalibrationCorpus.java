// SPDX-License-Identifier: Apache-2.0
package dev.headroom.calibrate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A fixed set of units, each a {@code .cpp} holding one {@code #include}, split into fitting and held-out units,
 * and the flags all of them are compiled with. {@code ${repo}} in a flag stands for the repository root.
 *
 * @param name  the corpus's name
 * @param flags compiler flags, {@code ${repo}} not yet replaced
 * @param units the units in corpus order
 */
public record CalibrationCorpus(String name, List<String> flags, List<Unit> units) {

    /** The default corpus's flags: the sample's include folders, the stress headers, Dear ImGui, C++17. */
    public static final List<String> DEFAULT_FLAGS = List.of("-std=c++17",
            "-I", "${repo}/samples/vybe-sdf/include", "-I", "${repo}/samples/calibration/include",
            "-isystem", "/usr/include/imgui", "-isystem", "/usr/include/imgui/backends");

    /**
     * One unit: a {@code .cpp} of {@code #define} lines, then {@code #include} lines.
     *
     * @param library  the library the unit belongs to: cross-validation leaves out one library at a time
     * @param defines  macros defined before the includes, {@code NAME} or {@code NAME=VALUE}
     * @param includes the headers as spelt in the directive, with their brackets or quotes, e.g. {@code <vector>}
     * @param heldOut  whether the unit is kept out of the bundled model's fit
     */
    public record Unit(String library, List<String> defines, List<String> includes, boolean heldOut) {
        public Unit {
            Objects.requireNonNull(library, "library");
            defines = List.copyOf(defines);
            includes = List.copyOf(includes);
            if (includes.isEmpty()) {
                throw new IllegalArgumentException("a unit includes at least one header");
            }
            for (String include : includes) {
                if (!(include.startsWith("<") && include.endsWith(">"))
                        && !(include.startsWith("\"") && include.endsWith("\""))) {
                    throw new IllegalArgumentException("not an include spelling: " + include);
                }
            }
        }

        /** A unit of one {@code #include}. */
        public Unit(String library, String include, boolean heldOut) {
            this(library, List.of(), List.of(include), heldOut);
        }

        /** The unit as written in the corpus: {@code -DNAME} words, then the includes, e.g. {@code <vector>}. */
        public String name() {
            List<String> words = new ArrayList<>();
            defines.forEach(d -> words.add("-D" + d));
            words.addAll(includes);
            return String.join(" ", words);
        }

        /** The unit's source text. */
        public String source() {
            StringBuilder text = new StringBuilder();
            for (String d : defines) {
                int eq = d.indexOf('=');
                text.append("#define ").append(eq < 0 ? d : d.substring(0, eq) + " " + d.substring(eq + 1)).append('\n');
            }
            includes.forEach(i -> text.append("#include ").append(i).append('\n'));
            return text.toString();
        }
    }

    public CalibrationCorpus {
        Objects.requireNonNull(name, "name");
        flags = List.copyOf(flags);
        units = List.copyOf(units);
    }

    /** The corpus named {@code name}; only {@code default} exists. */
    public static CalibrationCorpus named(String name) {
        if (!"default".equals(name)) {
            throw new IllegalArgumentException("no calibration corpus named '" + name + "'; there is: default");
        }
        try (InputStream in = CalibrationCorpus.class.getResourceAsStream("corpus-default.txt")) {
            if (in == null) {
                throw new IllegalStateException("corpus-default.txt is missing from the class path");
            }
            return new CalibrationCorpus("default", DEFAULT_FLAGS, parse(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads lines {@code library NAME} (the library of the units that follow) and {@code fit|held-out WORD...},
     * each word {@code -DNAME[=VALUE]} or an include spelling; {@code #} starts a comment line.
     */
    static List<Unit> parse(InputStream in) throws IOException {
        List<Unit> units = new ArrayList<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        String library = null;
        int n = 0;
        while ((line = reader.readLine()) != null) {
            n++;
            String t = line.strip();
            if (t.isEmpty() || t.startsWith("#")) {
                continue;
            }
            String[] parts = t.split("\\s+");
            if (parts[0].equals("library") && parts.length == 2) {
                library = parts[1];
                continue;
            }
            if (parts.length < 2 || !(parts[0].equals("fit") || parts[0].equals("held-out"))) {
                throw new IOException("corpus line " + n + ": expected 'library NAME' or 'fit|held-out WORD...', got: "
                        + t);
            }
            if (library == null) {
                throw new IOException("corpus line " + n + ": a unit before any 'library NAME' line");
            }
            List<String> defines = new ArrayList<>();
            List<String> includes = new ArrayList<>();
            for (int i = 1; i < parts.length; i++) {
                if (parts[i].startsWith("-D") && parts[i].length() > 2) {
                    defines.add(parts[i].substring(2));
                } else {
                    includes.add(parts[i]);
                }
            }
            try {
                units.add(new Unit(library, defines, includes, parts[0].equals("held-out")));
            } catch (IllegalArgumentException e) {
                throw new IOException("corpus line " + n + ": " + e.getMessage(), e);
            }
        }
        return units;
    }

    /** The flags with {@code ${repo}} replaced by {@code repo}. */
    public List<String> flagsFor(Path repo) {
        String root = repo.toAbsolutePath().normalize().toString();
        return flags.stream().map(f -> f.replace("${repo}", root)).toList();
    }

    /** The same corpus restricted to the units of the given {@link Unit#name() names}, in corpus order. */
    public CalibrationCorpus only(List<String> names) {
        List<Unit> kept = units.stream().filter(u -> names.contains(u.name())).toList();
        if (kept.size() != names.size()) {
            throw new IllegalArgumentException("not all of " + names + " are in corpus " + name);
        }
        return new CalibrationCorpus(name, flags, kept);
    }
}
