#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Held-out evaluation of the cost model (docs/cost-model.md, "Held-out evaluation"): measures every unit of the
# calibration corpus with clang and Headroom, fits once per library without that library's units and prints how
# each fit predicts the library it never saw (leave-one-library-out), then Spearman, median and worst |error|.
# The fitted model goes to a temporary file; the bundled one is left alone (use `headroom calibrate` for that).
# Needs clang++, GNU time and the corpus headers (the apt-get line in .ci/run).
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -q package -DskipTests
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
app/target/headroom calibrate --out "$out/model.json" --cross-validate "$@"
