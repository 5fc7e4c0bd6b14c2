// SPDX-License-Identifier: Apache-2.0
/**
 * Treemap geometry: squarified layout, nested layout over a tree, hit testing and label fitting.
 *
 * <p>Pure math on {@code double} coordinates, depending on nothing but the JDK; the JavaFX skin paints the
 * rectangles computed here and uses the same rectangles for hit testing. Coordinates follow screen convention:
 * the origin is top-left and {@code y} grows downwards.
 */
package dev.headroom.layout;
