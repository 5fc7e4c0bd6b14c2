#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# The long hostile-input campaign: seeded mutations of a real header, broken compile databases, project files and
# jank modules, a damaged unit cache. Prints inputs tried, crashes, hangs and wrong results; exits 1 on any finding.
# Usage: samples/tools/fuzz-campaign.sh [SEEDS (default 20)] [FIRST_SEED (default 1)]
# Run from the repository root after ./mvnw -q package -DskipTests && ./mvnw -q test-compile -pl app.
# One seed is ~50 inputs in ~20 command runs, 30-60 s on the 2-core team machine.
set -euo pipefail
seeds=${1:-20}
first=${2:-1}
cd app
exec ../mvnw -q -o -ntp exec:java -Dexec.classpathScope=test -Dexec.mainClass=dev.headroom.cli.HostileCampaign \
  -Dexec.args="$seeds $first"
