// SPDX-License-Identifier: Apache-2.0
/**
 * Revision A x revision B -> what changed: {@link dev.headroom.diff.WorkspaceDelta} compares two analysed revisions
 * of one workspace (two folders, two git revisions, two saved analyses) per unit, per header and for the JIT budget.
 * Headers are matched by their path relative to each revision's root, so two checkouts in different folders match.
 * {@link dev.headroom.diff.GitRevisions} reads a git revision's tree without touching the repository, and
 * {@link dev.headroom.diff.RevisionTree} holds it in memory, mounted for the parser ({@link dev.headroom.diff.MemoryTree}).
 */
package dev.headroom.diff;
