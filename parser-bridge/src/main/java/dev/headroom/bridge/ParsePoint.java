// SPDX-License-Identifier: Apache-2.0
package dev.headroom.bridge;

import java.nio.file.Path;

/**
 * Where a parse was when someone asked: what it was doing and the file and line of the construct it was on.
 *
 * @param phase what the parse was doing
 * @param file  the file of the token read last (parsing) or of the node visited last (the fact walks)
 * @param line  its 1-based line
 */
public record ParsePoint(Phase phase, Path file, int line) {

    /** The steps of one parse, in order, as a message names them. */
    public enum Phase {
        /** Preprocessing and parsing: the point is the token the parser read last. */
        PARSING("parsing"),
        /**
         * CDT resolves the constructs it could not decide while parsing once the last token is read; the point is that
         * last token, not the construct resolved, which CDT does not expose.
         */
        RESOLVING_AMBIGUITIES("resolving ambiguous constructs after the last token, read"),
        /** The walk that counts declarations and nodes: the point is the declaration visited last. */
        COLLECTING_FACTS("collecting declarations"),
        /** The walk that resolves names (template instantiation happens here): the point is the name resolved. */
        RESOLVING_NAMES("resolving the name");

        private final String doing;

        Phase(String doing) {
            this.doing = doing;
        }

        /** What the parse was doing, as a message says it: "resolving the name" at FILE:LINE. */
        public String doing() {
            return doing;
        }
    }

    /** "resolving the name at /w/a.h:12". */
    public String describe() {
        return phase.doing() + " at " + file + ":" + line;
    }
}
