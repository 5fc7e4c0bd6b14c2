// SPDX-License-Identifier: Apache-2.0
/**
 * One request, one analysed workspace: the only road the command line and the explorer take into the layers below
 * (workspace loading, ingest, measuring with clang). {@link dev.headroom.session.AnalysisSession#prepare} checks a
 * request before anything is parsed; {@link dev.headroom.session.PreparedAnalysis#run} does the work with one
 * progress and cancel contract and returns an immutable {@link dev.headroom.session.AnalysedWorkspace}.
 */
package dev.headroom.session;
