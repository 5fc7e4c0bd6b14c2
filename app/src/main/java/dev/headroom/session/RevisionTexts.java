// SPDX-License-Identifier: Apache-2.0
package dev.headroom.session;

import java.util.Optional;

/**
 * The text of a revision's files by key (path relative to the revision's root, or absolute outside it), for a
 * side-by-side diff. Reads the disk or the repository's object database, so never on a UI thread.
 */
@FunctionalInterface
public interface RevisionTexts {
    /** No text for anything: a saved analysis whose folder is gone. */
    RevisionTexts NONE = key -> Optional.empty();

    /** The file's text, or empty when the revision has no such file or it cannot be read. */
    Optional<String> text(String key);
}
