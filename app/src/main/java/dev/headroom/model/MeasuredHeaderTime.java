// SPDX-License-Identifier: Apache-2.0
package dev.headroom.model;

/**
 * Parse time clang itself measured for a header ({@code -ftime-trace}), summed over the traces imported.
 *
 * @param path            the header, absolute and normalized
 * @param selfMicros      time in the header itself, headers it includes excluded
 * @param inclusiveMicros time in the header and everything it includes
 * @param entries         how many times clang entered it
 */
public record MeasuredHeaderTime(String path, long selfMicros, long inclusiveMicros, int entries) {
}
