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
     * One unit.
     *
     * @param include the header as spelt in the directive, with its brackets or quotes, e.g. {@code <vector>}
     * @param heldOut whether the unit is kept out of the fit
     */
    public record Unit(String include, boolean heldOut) {
        public Unit {
            Objects.requireNonNull(include, "include");
            if (!(include.startsWith("<") && include.endsWith(">"))
                    && !(include.startsWith("\"") && include.endsWith("\""))) {
                throw new IllegalArgumentException("not an include spelling: " + include);
            }
        }

        /** The header without brackets or quotes. */
        public String header() {
            return include.substring(1, include.length() - 1);
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

    /** Reads lines {@code fit|held-out INCLUDE}; {@code #} starts a comment line. */
    static List<Unit> parse(InputStream in) throws IOException {
        List<Unit> units = new ArrayList<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        int n = 0;
        while ((line = reader.readLine()) != null) {
            n++;
            String t = line.strip();
            if (t.isEmpty() || t.startsWith("#")) {
                continue;
            }
            String[] parts = t.split("\\s+");
            if (parts.length != 2 || !(parts[0].equals("fit") || parts[0].equals("held-out"))) {
                throw new IOException("corpus line " + n + ": expected 'fit|held-out <header>', got: " + t);
            }
            units.add(new Unit(parts[1], parts[0].equals("held-out")));
        }
        return units;
    }

    /** The flags with {@code ${repo}} replaced by {@code repo}. */
    public List<String> flagsFor(Path repo) {
        String root = repo.toAbsolutePath().normalize().toString();
        return flags.stream().map(f -> f.replace("${repo}", root)).toList();
    }

    /** The same corpus restricted to the given includes, in corpus order. */
    public CalibrationCorpus only(List<String> includes) {
        List<Unit> kept = units.stream().filter(u -> includes.contains(u.include())).toList();
        if (kept.size() != includes.size()) {
            throw new IllegalArgumentException("not all of " + includes + " are in corpus " + name);
        }
        return new CalibrationCorpus(name, flags, kept);
    }
}
