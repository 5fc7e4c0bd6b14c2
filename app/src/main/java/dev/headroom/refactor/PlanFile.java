// SPDX-License-Identifier: Apache-2.0
package dev.headroom.refactor;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * A refactor plan as a user writes it for {@code headroom patch --plan FILE}:
 * <pre>{@code
 * {"moves": [
 *   {"header": "include/vybe/vybe_sdf_math.h", "functions": ["vybe::sdf::length"], "into": "src/vybe/math.cpp"},
 *   {"header": "include/vybe/shapes.h", "class": "vybe::shape", "makeExternal": false}
 * ],
 *  "forwardDeclare": [
 *   {"header": "include/scene/scene.h", "include": "include/scene/mesh.h"}
 * ],
 *  "split": [
 *   {"header": "include/vybe/vybe_sdf_math.h", "pieces": 3, "repoint": true},
 *   {"header": "include/gfx/colors.h", "repoint": false,
 *    "parts": [{"file": "colors_rgb.h", "declarations": ["gfx::rgb", "gfx::mix"]},
 *              {"file": "colors_hsv.h", "declarations": ["gfx::hsv", "gfx::to_hsv"]}]}
 * ]}
 * }</pre>
 * A move names its header (absolute, relative to the workspace root, or a unique path suffix) and at most one of
 * {@code functions} and {@code class}; without either it moves every body the header lets go. {@code into} defaults
 * to the header's name with {@code .cpp} beside it. A forward declaration names the header and the file whose
 * include it replaces (each as a header is named); moves come first in the combined plan, then forward declarations,
 * then splits. A split names its header and either at most how many {@code pieces} the planner makes (default 4) or
 * the {@code parts} as the user arranged them (every declaration, by the name {@code suggest} lists, in exactly one
 * part; moving a name from one list to another is how a declaration is dragged between pieces); {@code repoint}
 * (default true) points each includer at only the pieces it uses.
 *
 * @param moves          the moves, in order
 * @param forwardDeclare the includes to replace with forward declarations, in order
 * @param split          the headers to split, in order
 */
@JsonIgnoreProperties(ignoreUnknown = false)
public record PlanFile(List<Move> moves, List<ForwardDeclare> forwardDeclare, List<Split> split) {

    public PlanFile {
        moves = moves == null ? List.of() : List.copyOf(moves);
        forwardDeclare = forwardDeclare == null ? List.of() : List.copyOf(forwardDeclare);
        split = split == null ? List.of() : List.copyOf(split);
    }

    /** A plan of moves and forward declarations only. */
    public PlanFile(List<Move> moves, List<ForwardDeclare> forwardDeclare) {
        this(moves, forwardDeclare, List.of());
    }

    /**
     * One header to split.
     *
     * @param header  the header
     * @param pieces  at most this many pieces, or {@code null} for the default
     * @param parts   the pieces as arranged by the user, or {@code null}
     * @param repoint whether includers are pointed at only the pieces they use, {@code null} meaning yes
     */
    public record Split(String header, Integer pieces, List<Part> parts, Boolean repoint) {

        /** What the planner is asked for. */
        public SplitPlanner.Choice choice() {
            return new SplitPlanner.Choice(pieces == null ? SplitPlanner.DEFAULT_PIECES : pieces,
                    parts == null ? List.of() : parts.stream()
                            .map(p -> new SplitPlanner.ChosenPiece(p.file(), p.declarations() == null ? List.of()
                                    : p.declarations())).toList(),
                    repoint == null || repoint);
        }
    }

    /**
     * One piece of a split as the user arranged it.
     *
     * @param file         the new header's file name, beside the original
     * @param declarations the names of its declarations
     */
    public record Part(String file, List<String> declarations) {
    }

    /**
     * One include to replace with forward declarations.
     *
     * @param header  the header holding the include
     * @param include the file it includes
     */
    public record ForwardDeclare(String header, String include) {
    }

    /**
     * One move of bodies out of a header.
     *
     * @param header       the header
     * @param functions    qualified names of the functions to move, or {@code null}
     * @param className    qualified name of the class whose members move, or {@code null}
     * @param into         the source file receiving them, or {@code null}
     * @param makeExternal whether {@code static} functions may become external
     */
    public record Move(String header, List<String> functions,
            @com.fasterxml.jackson.annotation.JsonProperty("class") String className, String into,
            boolean makeExternal) {

        /** The selection this move describes. */
        public MovePlanner.Selection selection() {
            if (functions != null && !functions.isEmpty()) {
                return new MovePlanner.Selection.Named(java.util.Set.copyOf(functions));
            }
            if (className != null && !className.isBlank()) {
                return new MovePlanner.Selection.OfClass(className);
            }
            return new MovePlanner.Selection.All();
        }
    }

    /**
     * Reads a plan file.
     *
     * @throws RefactorException naming the file, and the line when the JSON is malformed
     */
    public static PlanFile read(Path file) throws RefactorException {
        try {
            PlanFile plan = new ObjectMapper().readValue(file.toFile(), PlanFile.class);
            if (plan.moves().isEmpty() && plan.forwardDeclare().isEmpty() && plan.split().isEmpty()) {
                throw new RefactorException(file + ": the plan has no moves, forward declarations or splits; write"
                        + " {\"moves\": [{\"header\": ...}]}, {\"forwardDeclare\": [{\"header\": ..., \"include\": ...}]}"
                        + " or {\"split\": [{\"header\": ...}]}");
            }
            for (Split s : plan.split()) {
                if (s.header() == null || s.header().isBlank()) {
                    throw new RefactorException(file + ": every split needs a \"header\"");
                }
                if (s.pieces() != null && s.pieces() < 2) {
                    throw new RefactorException(file + ": a split of " + s.header() + " needs \"pieces\" of 2 or more");
                }
            }
            for (ForwardDeclare f : plan.forwardDeclare()) {
                if (f.header() == null || f.header().isBlank() || f.include() == null || f.include().isBlank()) {
                    throw new RefactorException(file + ": every forward declaration needs a \"header\" and an"
                            + " \"include\"");
                }
            }
            for (Move m : plan.moves()) {
                if (m.header() == null || m.header().isBlank()) {
                    throw new RefactorException(file + ": every move needs a \"header\"");
                }
            }
            return plan;
        } catch (JacksonException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new RefactorException(file + ":" + line + ": not a plan: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new RefactorException("cannot read the plan " + file + ": " + e.getMessage(), e);
        }
    }
}
