// SPDX-License-Identifier: Apache-2.0
package dev.headroom.session;

import dev.headroom.measure.HeaderTimes;
import dev.headroom.measure.TimeTrace;
import dev.headroom.measure.TimeTraceException;
import dev.headroom.measure.TimeTraceImport;
import dev.headroom.model.MeasuredHeaderTime;
import dev.headroom.model.Problem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The clang {@code -ftime-trace} files imported for one workspace, and the measured time per header they add up to.
 * Immutable: importing yields a new set, in which a file imported again replaces its earlier reading.
 */
public final class TraceSet {
    /** No trace imported. */
    public static final TraceSet EMPTY = new TraceSet(Map.of());

    private final Map<Path, TimeTrace> traces;
    private final Map<String, MeasuredHeaderTime> headerTimes;

    private TraceSet(Map<Path, TimeTrace> traces) {
        this.traces = Collections.unmodifiableMap(new LinkedHashMap<>(traces));
        this.headerTimes = HeaderTimes.merge(this.traces.values());
    }

    /** What reading some trace files gave: the traces read and, for each file that could not be, a problem. */
    public static final class Reading {
        private final List<Path> files;
        private final Map<Path, TimeTrace> read;
        private final List<Problem> failed;

        private Reading(List<Path> files, Map<Path, TimeTrace> read, List<Problem> failed) {
            this.files = List.copyOf(files);
            this.read = Collections.unmodifiableMap(new LinkedHashMap<>(read));
            this.failed = List.copyOf(failed);
        }

        /** The files asked for, absolute and normalized. */
        public List<Path> files() {
            return files;
        }

        /** One problem per file that could not be imported, naming it. */
        public List<Problem> failed() {
            return failed;
        }
    }

    /**
     * Reads trace files; does I/O, so never on a UI thread. A file that cannot be read is a problem naming it, and
     * the others are still read.
     */
    public static Reading read(List<Path> files) {
        List<Path> absolute = files.stream().map(p -> p.toAbsolutePath().normalize()).distinct().toList();
        Map<Path, TimeTrace> read = new LinkedHashMap<>();
        List<Problem> failed = new ArrayList<>();
        for (Path file : absolute) {
            try {
                read.put(file, TimeTraceImport.read(file));
            } catch (TimeTraceException e) {
                failed.add(new Problem(file.toString(), e.line(), "not imported: " + e.problem(), Problem.Source.INPUT));
            } catch (RuntimeException e) {
                // A trace clang did not write can still break the importer's checks, e.g. a self time above the
                // inclusive one; it is one bad input, not a reason to lose the others.
                failed.add(new Problem(file.toString(), 0, "not imported: "
                        + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()), Problem.Source.INPUT));
            }
        }
        return new Reading(absolute, read, failed);
    }

    /** Whether {@code file} looks like a clang time trace (a JSON object with {@code traceEvents}); reads the file. */
    public static boolean isTrace(Path file) {
        return TimeTraceImport.isTrace(file);
    }

    /** This set with {@code reading}'s traces added; files read again replace their earlier reading. */
    public TraceSet plus(Reading reading) {
        Map<Path, TimeTrace> all = new LinkedHashMap<>(traces);
        reading.files.forEach(all::remove);
        all.putAll(reading.read);
        return new TraceSet(all);
    }

    /** How many trace files the set holds. */
    public int size() {
        return traces.size();
    }

    public boolean isEmpty() {
        return traces.isEmpty();
    }

    /** Clang's time per header, by absolute normalized path, summed over the traces. */
    public Map<String, MeasuredHeaderTime> headerTimes() {
        return headerTimes;
    }
}
