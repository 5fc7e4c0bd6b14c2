// SPDX-License-Identifier: Apache-2.0
package dev.headroom.ui.details;

/** A file shown in the source pane with lines to highlight ({@code 0} when none). */
public record SourceLocation(String path, int firstLine, int lastLine) {
}
