#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Times the explorer's start on a workspace (default samples/vybe-sdf): from the process's start to the first window
# shown, the first treemap painted (a partial one while units are still analysed) and the treemap of the finished
# analysis. Each run is a fresh `app/target/headroom` with -Dheadroom.startupTrace=exit, which writes the milestones
# to stderr and quits once the final treemap is painted. Cold runs start on an empty cache (a fresh XDG_CACHE_HOME);
# warm runs reuse the cache one priming run filled. HOME is a scratch folder, so the user's remembered settings
# and cache are neither read nor changed.
#
# Usage: samples/tools/startup-times.sh [--runs N] [--display :NN] [WORKSPACE]
# Run from the repository root after: ./mvnw -q -pl app -am package -DskipTests
# Needs a display (DISPLAY, or --display for an Xvfb one). Note `uptime` beside the figures: on a busy machine the
# JVM's start and the parse both slow down.
set -euo pipefail
runs=5
workspace=samples/vybe-sdf
while [ $# -gt 0 ]; do
  case $1 in
    --runs) runs=$2; shift 2 ;;
    --display) export DISPLAY=$2; shift 2 ;;
    -*) echo "usage: $0 [--runs N] [--display :NN] [WORKSPACE]" >&2; exit 2 ;;
    *) workspace=$1; shift ;;
  esac
done
if [ -z "${DISPLAY:-}" ]; then
  echo "$0: no DISPLAY; give --display :NN of a running X server (Xvfb :NN &)" >&2
  exit 2
fi
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
opts="-XX:+UseG1GC -Dheadroom.startupTrace=exit"

# One start; prints "WINDOW FIRST FINAL" in ms, or fails when a milestone is missing.
one() {
  local cache=$1 log=$scratch/log
  HOME=$scratch/home XDG_CACHE_HOME=$cache HEADROOM_JAVA_OPTS=$opts app/target/headroom "$workspace" 2>"$log" >/dev/null
  local window first final
  window=$(sed -n 's/^headroom startup: first window at \([0-9]*\) ms$/\1/p' "$log")
  first=$(sed -n 's/^headroom startup: first treemap at \([0-9]*\) ms$/\1/p' "$log")
  final=$(sed -n 's/^headroom startup: final treemap (succeeded) at \([0-9]*\) ms$/\1/p' "$log")
  if [ -z "$window" ] || [ -z "$first" ] || [ -z "$final" ]; then
    echo "$0: a run did not reach every milestone; its log:" >&2
    cat "$log" >&2
    exit 1
  fi
  echo "$window $first $final"
}

median() {
  sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print int((v[NR / 2] + v[NR / 2 + 1]) / 2) }'
}

report() {
  local name=$1 file=$2
  printf '%-5s median of %d: first window %5d ms, first treemap %5d ms, final treemap %5d ms\n' "$name" \
    "$(wc -l < "$file")" "$(cut -d' ' -f1 "$file" | median)" "$(cut -d' ' -f2 "$file" | median)" \
    "$(cut -d' ' -f3 "$file" | median)"
}

mkdir -p "$scratch/home"
echo "load before: $(uptime)"
: > "$scratch/cold"
for i in $(seq "$runs"); do
  rm -rf "$scratch/cold-cache"
  r=$(one "$scratch/cold-cache")
  echo "cold $i: $r"
  echo "$r" >> "$scratch/cold"
done
one "$scratch/warm-cache" > /dev/null
: > "$scratch/warm"
for i in $(seq "$runs"); do
  r=$(one "$scratch/warm-cache")
  echo "warm $i: $r"
  echo "$r" >> "$scratch/warm"
done
echo "load after: $(uptime)"
report cold "$scratch/cold"
report warm "$scratch/warm"
