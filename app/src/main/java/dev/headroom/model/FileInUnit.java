// SPDX-License-Identifier: Apache-2.0
package dev.headroom.model;

/**
 * What one file adds to one unit after preprocessing.
 *
 * @param path        the file
 * @param tokens      tokens in taken branches, directives excluded
 * @param activeLines lines holding such tokens
 * @param nodes       AST nodes
 */
public record FileInUnit(String path, int tokens, int activeLines, int nodes) {
}
