#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Times Headroom's analysis of a jank workspace against clang++ -fsyntax-only on the same units, in one run.
# Usage: samples/tools/benchmark.sh [WORKSPACE]   (default samples/vybe-sdf; run from the repository root
# after ./mvnw -q package -DskipTests; needs clang++ and the headers the workspace includes)
set -euo pipefail
ws=${1:-samples/vybe-sdf}
root=$(pwd)
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
cxx=${CXX:-clang++}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
now() { date +%s%N; }
ms() { echo $(( ($2 - $1) / 1000000 )); }

# clang: each module's unit is its header requires in order, with the project's flags.
flags=(-std=c++17 -I "$ws/include" -isystem /usr/include/imgui -isystem /usr/include/imgui/backends)
clang_total=0
for jank in $(find "$ws/src" -name '*.jank' | sort); do
  unit="$tmp/$(basename "$jank" .jank).cpp"
  grep -oE '\["[^"]+\.(h|hpp|hh|hxx)"' "$jank" | sed -E 's/^\["(.*)"$/#include "\1"/' > "$unit"
  t0=$(now); "$cxx" -fsyntax-only "${flags[@]}" "$unit"; t1=$(now)
  clang_total=$(( clang_total + $(ms "$t0" "$t1") ))
  printf 'clang++ %-12s %5d ms\n' "$(basename "$jank" .jank)" "$(ms "$t0" "$t1")"
done

cache="$tmp/cache"
t0=$(now); app/target/headroom analyze "$ws" --cache-dir "$cache" --no-cache --format none -q; t1=$(now)
cold=$(ms "$t0" "$t1")
app/target/headroom analyze "$ws" --cache-dir "$cache" --format none -q   # fills the unit cache
t0=$(now); app/target/headroom analyze "$ws" --cache-dir "$cache" --format none -q; t1=$(now)
cached=$(ms "$t0" "$t1")
warm=$("$java" -XX:+UseParallelGC -cp "app/target/test-classes:app/target/headroom-app.jar:app/target/lib/*" \
  dev.headroom.ingest.AnalyzeBenchmark "$ws" 12 | tee /dev/stderr | sed -n 's/^warm median.*: \([0-9]*\) ms$/\1/p')

echo
echo "clang++ -fsyntax-only, sum over units:   $clang_total ms"
echo "headroom cold (fresh JVM, no cache):    $cold ms  ratio $(awk "BEGIN{printf \"%.2f\", $cold/$clang_total}")"
echo "headroom warm JVM (median of runs 7-12):  $warm ms  ratio $(awk "BEGIN{printf \"%.2f\", $warm/$clang_total}")"
echo "headroom cached (fresh JVM, unit cache): $cached ms  ratio $(awk "BEGIN{printf \"%.2f\", $cached/$clang_total}")"
