// SPDX-License-Identifier: Apache-2.0
package dev.headroom.refactor;

import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A plan's changes as one {@code git apply}-able patch, headed by what it does and what it is predicted to save. The
 * heading comes before the first {@code diff --git} line, where {@code git apply} reads nothing.
 *
 * @param id       the plan's id
 * @param fileName the patch's file name ({@code move-bodies-vybe_sdf_math.h.patch})
 * @param text     heading and diffs
 */
public record Patch(String id, String fileName, String text) {

    /**
     * The patch of {@code changes}.
     *
     * @param heading  lines saying what the patch does and saves
     * @param relative maps an absolute path to the path in the patch
     */
    public static Patch of(String id, List<String> heading, List<FileChange> changes, UnaryOperator<String> relative) {
        StringBuilder text = new StringBuilder();
        heading.forEach(line -> text.append(line).append('\n'));
        text.append('\n');
        for (FileChange change : changes) {
            text.append(UnifiedDiff.of(relative.apply(change.path()), change));
        }
        return new Patch(id, fileName(id), text.toString());
    }

    /** A file name for the patch of plan {@code id}: its id with anything but letters, digits, {@code .-_} as {@code -}. */
    public static String fileName(String id) {
        String name = id.replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("-+", "-");
        return name + ".patch";
    }
}
