#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# The long hostile-input campaign: seeded mutations of a real header, broken compile databases, project files and
# jank modules, a damaged unit cache. Prints inputs tried, crashes, hangs and wrong results; exits 1 on any finding.
# Usage: samples/tools/fuzz-campaign.sh [SEEDS (default 20)] [FIRST_SEED (default 1)]
# Run from the repository root after ./mvnw -q package -DskipTests && ./mvnw -q test-compile -pl app -am.
# One seed is ~60 inputs in ~23 command runs, about a minute on the 2-core team machine.
set -euo pipefail
seeds=${1:-20}
first=${2:-1}
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
cd app   # the corpus finds the sample's header at ../samples
exec "$java" -cp "target/test-classes:target/headroom-app.jar:target/lib/*" dev.headroom.cli.HostileCampaign "$seeds" "$first"
