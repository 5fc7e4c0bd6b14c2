// SPDX-License-Identifier: Apache-2.0
package dev.headroom.session;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/** One side of a compare, as a front end names it. */
public sealed interface CompareInput {
    /** How the side is shown: the folder, the file, {@code repo@HEAD~1}. */
    String label();

    /** A folder (a checkout, a copy with edits) analysed as {@code headroom analyze FOLDER} would. */
    record Folder(Path folder) implements CompareInput {
        public Folder {
            Objects.requireNonNull(folder, "folder");
        }

        @Override
        public String label() {
            return folder.toString();
        }
    }

    /** An {@code analyze --json} file, read back instead of parsing anything. */
    record SavedAnalysis(Path json) implements CompareInput {
        public SavedAnalysis {
            Objects.requireNonNull(json, "json");
        }

        @Override
        public String label() {
            return json.toString();
        }
    }

    /**
     * A revision of a git repository, read with JGit: the repository (or a folder inside its work tree, whose files
     * alone are read) and a revision ({@code HEAD~1}, a branch, a tag, an id).
     */
    record GitRevision(Path repository, String revision) implements CompareInput {
        public GitRevision {
            Objects.requireNonNull(repository, "repository");
            Objects.requireNonNull(revision, "revision");
        }

        @Override
        public String label() {
            return revision;
        }
    }

    /**
     * The working tree of the repository holding {@code repository} (or the folder inside it that was named), as
     * the compiler sees it now: tracked, untracked and edited files alike, read in place and never written, the way
     * {@code headroom analyze FOLDER} reads it. It pairs with a {@link GitRevision}: "what my edits change".
     */
    record WorkTree(Path repository) implements CompareInput {
        public WorkTree {
            Objects.requireNonNull(repository, "repository");
        }

        @Override
        public String label() {
            return "working tree";
        }
    }

    /**
     * A folder after a refactor plan file's steps (as {@code patch --plan} reads them), planned on the folder's own
     * analysis and applied on a copy: "what this plan would do". It is revision B of a compare whose A is the folder.
     */
    record Planned(Path folder, Path plan) implements CompareInput {
        public Planned {
            Objects.requireNonNull(folder, "folder");
            Objects.requireNonNull(plan, "plan");
        }

        @Override
        public String label() {
            return "plan " + plan;
        }
    }

    /**
     * A folder with some files' contents replaced, analysed from a copy so the folder is never written: the seam
     * through which the refactor workbench shows a plan's effect as a real change would be ("revision B = A with
     * this patch applied").
     *
     * @param folder   the folder the edits apply to
     * @param replaced new contents by path relative to {@code folder}; a new path adds a file
     * @param label    how the side is shown ("plan: move bodies of vybe_sdf_math.h")
     */
    record EditedFolder(Path folder, Map<String, String> replaced, String label) implements CompareInput {
        public EditedFolder {
            Objects.requireNonNull(folder, "folder");
            replaced = Map.copyOf(replaced);
            Objects.requireNonNull(label, "label");
        }
    }
}
