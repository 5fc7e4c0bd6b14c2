// SPDX-License-Identifier: Apache-2.0
/**
 * The refactor workbench: a refactor is data before it is text. A {@link dev.headroom.refactor.RefactorPlan} is a
 * list of {@link dev.headroom.refactor.RefactorStep}s; each step yields exact {@link dev.headroom.refactor.TextEdit}s
 * (file, offset, length, replacement) computed from the offsets the parser recorded on the text it parsed; the edits
 * of a plan become one {@link dev.headroom.refactor.FileChange} per file, and {@link dev.headroom.refactor.UnifiedDiff}
 * formats those as a {@code git apply}-able patch with JGit. Nothing here writes a file: the session writes patches
 * and verifies them on a copy.
 */
package dev.headroom.refactor;
