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
# The cold run also logs its collections: the most the heap held after one is what the run needs live (the
# smallest -Xmx that runs it is about that plus a unit in flight); peak RSS is what the process took from the OS.
rss=()
if [ -x /usr/bin/time ]; then rss=(/usr/bin/time -f %M -o "$tmp/rss"); fi
t0=$(now)
JDK_JAVA_OPTIONS="-Xlog:gc:file=$tmp/gc.log" "${rss[@]}" app/target/headroom analyze "$ws" --cache-dir "$cache" \
  --no-cache --format none -q 2> >(grep -v '^NOTE: Picked up JDK_JAVA_OPTIONS' >&2)
t1=$(now)
cold=$(ms "$t0" "$t1")
live=$(sed -n 's/.*Pause.* [0-9]*M->\([0-9]*\)M.*/\1/p' "$tmp/gc.log" | sort -n | tail -1)
app/target/headroom analyze "$ws" --cache-dir "$cache" --format none -q   # fills the unit cache
t0=$(now); app/target/headroom analyze "$ws" --cache-dir "$cache" --format none -q; t1=$(now)
cached=$(ms "$t0" "$t1")
warm=$("$java" -XX:+UseParallelGC -cp "app/target/test-classes:app/target/headroom-app.jar:app/target/lib/*" \
  dev.headroom.ingest.AnalyzeBenchmark "$ws" 12 | tee /dev/stderr | sed -n 's/^warm median.*: \([0-9]*\) ms$/\1/p')

echo
echo "clang++ -fsyntax-only, sum over units:   $clang_total ms"
echo "headroom cold (fresh JVM, no cache):    $cold ms  ratio $(awk "BEGIN{printf \"%.2f\", $cold/$clang_total}")"
echo "headroom cold heap: at most ${live:-0} MB live after a collection;" \
  "peak RSS $( [ -s "$tmp/rss" ] && echo "$(( $(tail -1 "$tmp/rss") / 1024 )) MB" || echo unknown)"
echo "headroom warm JVM (median of runs 7-12):  $warm ms  ratio $(awk "BEGIN{printf \"%.2f\", $warm/$clang_total}")"
echo "headroom cached (fresh JVM, unit cache): $cached ms  ratio $(awk "BEGIN{printf \"%.2f\", $cached/$clang_total}")"
