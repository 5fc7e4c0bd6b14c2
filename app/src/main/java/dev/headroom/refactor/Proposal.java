// SPDX-License-Identifier: Apache-2.0
package dev.headroom.refactor;

import java.util.List;

/**
 * One refactor planned for one header, of any kind: what it is, the plan that does it, and what stops it or a part of
 * it. Front ends list, offer and combine proposals through this alone, so a new kind of refactor (a header split)
 * shows up in them by implementing it.
 */
public interface Proposal {
    /** The kind as suggestion ids start with it: {@code move-bodies}, {@code forward-declare}. */
    String kind();

    /** Absolute path of the header the refactor is about. */
    String header();

    /** The plan; it may have no steps when nothing of it can be done. */
    RefactorPlan plan();

    /** Whether the plan changes anything. */
    boolean possible();

    /** What stays and why, one line each: every reason when impossible, the parts left out when possible. */
    List<String> blockers();
}
