// SPDX-License-Identifier: Apache-2.0
package dev.headroom.cli;

/** Output formats of {@code headroom report}. */
enum ReportFormat { table, json, csv, md }
