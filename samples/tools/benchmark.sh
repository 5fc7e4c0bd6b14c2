#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Times Headroom against clang++ -fsyntax-only on the same units, in one run, with clang given as many cores as
# Headroom's parser threads (JOBS, default 2: xargs -P, never clang's serial sum). Workloads:
#   libs       21 units of real libraries, one or a few includes each (libstdc++, Boost, Vulkan, ImGui, range-v3,
#              nlohmann-json, fmt, spdlog, Eigen, GLM, CLI11), 3 of them also including a small project header
#   vybe       samples/vybe-sdf, the jank-style project (six modules)
#   oneline    one unit: #include <stdint.h>
#   generated  N units of samples/tools/GenerateCompileDatabase.java (--units N, default 40; the full database is 3000)
# For each: clang -jJOBS wall time and its largest unit's peak RSS; Headroom cold (fresh JVM, no unit cache), warm
# (one JVM, median of the second half of --runs runs, no cache, its parse workers kept warm as the explorer keeps
# them), from the unit cache, after a one-header edit (the
# header named in the table; what re-parses is what includes it), Headroom's peak RSS and the most heap live after a
# collection (cold run: what a run needs), and the ratios.
# Peak RSS is GNU time's "Maximum resident set size".
#
# Usage: samples/tools/benchmark.sh [--units N] [--runs R] [--only libs,vybe,oneline,generated]
# Run from the repository root after: ./mvnw -q package -DskipTests
# Needs clang++, GNU time (/usr/bin/time), python3, and the headers: apt-get install libboost-dev libvulkan-dev
# libimgui-dev librange-v3-dev nlohmann-json3-dev libfmt-dev libspdlog-dev libeigen3-dev libglm-dev libcli11-dev
# (a unit whose header is missing is left out and named).
set -euo pipefail
units=40
runs=4
only=libs,vybe,oneline,generated
while [ $# -gt 0 ]; do
  case $1 in
    --units) units=$2; shift 2 ;;
    --runs) runs=$2; shift 2 ;;
    --only) only=$2; shift 2 ;;
    *) echo "usage: $0 [--units N] [--runs R] [--only libs,vybe,oneline,generated]" >&2; exit 2 ;;
  esac
done
jobs=${JOBS:-2}
root=$(pwd)
headroom=$root/app/target/headroom
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
cxx=${CXX:-clang++}
[ -x "$headroom" ] || { echo "build first: ./mvnw -q package -DskipTests" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "needs GNU time: apt-get install time" >&2; exit 2; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# seconds and max RSS (KiB) of a command, written to $1 as "seconds kib"
timed() { local out=$1; shift; /usr/bin/time -f "%e %M" -o "$out" "$@"; }
# GNU time writes "Command exited with non-zero status N" first when the command fails (Headroom exits 1 on problems)
secs() { tail -n1 "$1" | cut -d' ' -f1; }
kib() { tail -n1 "$1" | cut -d' ' -f2; }
ratio() { awk "BEGIN{ if ($2 > 0) printf \"%.2f\", $1/$2; else print \"-\" }"; }
mib() { awk "BEGIN{printf \"%.0f\", $1/1024}"; }

# clang on every command of $1 (one shell command a line), $jobs at a time: wall seconds, largest unit's RSS.
clang_parallel() {
  local list=$1 dir=$2
  : > "$dir/clang.units"
  local t0 t1
  t0=$(date +%s%N)
  tr '\n' '\0' < "$list" | xargs -0 -P "$jobs" -n1 bash -c \
    '/usr/bin/time -f "%e %M" -a -o "$0" bash -c "$1" > /dev/null 2>&1 || echo "clang failed: $1" >&2' "$dir/clang.units"
  t1=$(date +%s%N)
  clang_wall=$(awk "BEGIN{printf \"%.2f\", ($t1 - $t0)/1e9}")
  clang_rss=$(awk 'BEGIN{m=0} $1 ~ /^[0-9.]+$/ {if ($2 + 0 > m) m = $2 + 0} END{print m}' "$dir/clang.units")
}

# clang commands of a compile_commands.json: cd DIR && clang++ -fsyntax-only ARGS (no -c, -o, compiler)
clang_commands() {
  python3 - "$1" "$cxx" <<'EOF'
import json, shlex, sys
db, cxx = sys.argv[1], sys.argv[2]
for e in json.load(open(db)):
    args = e.get("arguments") or shlex.split(e["command"])
    out, skip = [], False
    for a in args[1:]:
        if skip: skip = False; continue
        if a == "-o": skip = True; continue
        if a == "-c": continue
        out.append(a)
    print("cd %s && %s -fsyntax-only %s" % (shlex.quote(e["directory"]), cxx, " ".join(map(shlex.quote, out))))
EOF
}

rows=()
run_workload() { # name input clang-list edit-header(or -) dir
  local name=$1 input=$2 list=$3 edit=$4 dir=$5
  local n; n=$(wc -l < "$list")
  echo "== $name: $n units (clang -j$jobs, headroom --threads $jobs)" >&2
  clang_parallel "$list" "$dir"
  local cache=$dir/cache
  local hr=("$headroom" analyze "$input" --threads "$jobs" --cache-dir "$cache" --format none -q)
  "${hr[@]}" --no-cache > /dev/null 2>&1 || true # probes the toolchain once, as every later run finds it
  # The cold run also logs its collections: the most the heap held after one is what the run needs live (the
  # smallest -Xmx that runs it is about that plus a unit in flight); RSS is what the process took from the OS.
  JDK_JAVA_OPTIONS="-Xlog:gc:file=$dir/gc.log" timed "$dir/cold" "${hr[@]}" --no-cache > /dev/null 2>&1 || true
  local live; live=$(sed -n 's/.*Pause.* [0-9]*M->\([0-9]*\)M.*/\1/p' "$dir/gc.log" 2>/dev/null | sort -n | tail -1)
  local warm
  warm=$("$java" -XX:+UseParallelGC -cp "$root/app/target/test-classes:$root/app/target/headroom-app.jar:$root/app/target/lib/*" \
    dev.headroom.ingest.AnalyzeBenchmark "$input" "$runs" 2>/dev/null | sed -n 's/^warm median.*: \([0-9]*\) ms$/\1/p')
  warm=$(awk "BEGIN{printf \"%.2f\", ${warm:-0}/1000}")
  "${hr[@]}" > /dev/null 2>&1 || true # fills the unit cache
  timed "$dir/cached" "${hr[@]}" > /dev/null 2>&1 || true
  local edit_s=- edit_ratio=- reparsed=-
  if [ "$edit" != - ]; then
    printf '\n// benchmark edit\n' >> "$edit"
    timed "$dir/edit" "${hr[@]}" --json "$dir/edit.json" > /dev/null 2>&1 || true
    edit_s=$(secs "$dir/edit")
    edit_ratio=$(ratio "$edit_s" "$(secs "$dir/cold")")
    reparsed=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["workspace"]["stats"]["unitsParsed"])' "$dir/edit.json")
  fi
  local cold; cold=$(secs "$dir/cold")
  rows+=("| $name | $n | $clang_wall | $cold | $warm | $(secs "$dir/cached") | $edit_s ($reparsed re-parsed) | $(mib "$clang_rss") | $(mib "$(kib "$dir/cold")") | ${live:--} | $(ratio "$cold" "$clang_wall") | $(ratio "$(secs "$dir/cached")" "$clang_wall") | $edit_ratio | $(ratio "$(kib "$dir/cold")" "$clang_rss") |")
  echo "${rows[-1]}" >&2
}

# A compile_commands.json of one unit a line of "NAME|FLAGS|#include lines separated by ;"
make_db() {
  local dir=$1 spec=$2
  mkdir -p "$dir/src"
  local first=1
  echo "[" > "$dir/compile_commands.json"
  while IFS='|' read -r name flags includes; do
    [ -z "$name" ] && continue
    local missing=
    for inc in $(echo "$includes" | tr ';' ' '); do
      local h=${inc#<}; h=${h%>}
      [ "${inc:0:1}" = '"' ] && continue
      local found=
      for d in /usr/include /usr/include/c++/*/ /usr/include/imgui /usr/include/eigen3 /usr/include/x86_64-linux-gnu; do
        [ -e "$d/$h" ] && found=1
      done
      [ -z "$found" ] && missing=$h
    done
    if [ -n "$missing" ]; then echo "left out $name: $missing is not installed" >&2; continue; fi
    echo "$includes" | tr ';' '\n' | sed 's/^/#include /' > "$dir/src/$name.cpp"
    echo "int ${name//[^a-zA-Z0-9]/_}_main() { return 0; }" >> "$dir/src/$name.cpp"
    [ $first = 1 ] || echo "," >> "$dir/compile_commands.json"
    first=0
    local args="\"clang++\", \"-std=c++17\", \"-Iinclude\""
    for f in $flags; do args="$args, \"$f\""; done
    printf '  {"directory": "%s", "file": "src/%s.cpp", "arguments": [%s, "-c", "src/%s.cpp"]}' \
      "$dir" "$name" "$args" "$name" >> "$dir/compile_commands.json"
  done <<< "$spec"
  echo "]" >> "$dir/compile_commands.json"
}

IFS=, read -r -a chosen <<< "$only"
for w in "${chosen[@]}"; do
  dir=$tmp/$w
  mkdir -p "$dir"
  case $w in
    libs)
      mkdir -p "$dir/include/bench"
      printf '#pragma once\nnamespace bench { struct Config { int level = 1; }; }\n' > "$dir/include/bench/project.hpp"
      make_db "$dir" '
std_containers||<vector>;<string>;<map>;<unordered_map>;"bench/project.hpp"
std_iostream||<iostream>
std_algorithm||<algorithm>;<functional>;<memory>
std_regex||<regex>
std_filesystem||<filesystem>;<fstream>
std_thread||<thread>;<mutex>;<future>;<chrono>
boost_optional||<boost/optional.hpp>;<boost/variant.hpp>
boost_string||<boost/algorithm/string.hpp>
boost_format||<boost/format.hpp>;"bench/project.hpp"
boost_flat_map||<boost/container/flat_map.hpp>
boost_asio||<boost/asio.hpp>
boost_multi_index||<boost/multi_index_container.hpp>
vulkan_c||<vulkan/vulkan.h>
vulkan_hpp||<vulkan/vulkan.hpp>
imgui|-isystem /usr/include/imgui|<imgui.h>;"bench/project.hpp"
range_v3||<range/v3/view/transform.hpp>;<range/v3/algorithm/sort.hpp>
nlohmann_json||<nlohmann/json.hpp>
fmt||<fmt/format.h>
spdlog||<spdlog/spdlog.h>
eigen|-isystem /usr/include/eigen3|<Eigen/Dense>
glm_cli11||<glm/glm.hpp>;<CLI/CLI.hpp>'
      clang_commands "$dir/compile_commands.json" > "$dir/clang.list"
      run_workload libs "$dir/compile_commands.json" "$dir/clang.list" "$dir/include/bench/project.hpp" "$dir" ;;
    vybe)
      cp -r "$root/samples/vybe-sdf" "$dir/ws"
      : > "$dir/clang.list"
      for jank in $(find "$dir/ws/src" -name '*.jank' | sort); do
        unit="$dir/$(basename "$jank" .jank).cpp"
        grep -oE '\["[^"]+\.(h|hpp|hh|hxx)"' "$jank" | sed -E 's/^\["(.*)"$/#include "\1"/' > "$unit"
        echo "$cxx -fsyntax-only -std=c++17 -I $dir/ws/include -isystem /usr/include/imgui -isystem /usr/include/imgui/backends $unit" >> "$dir/clang.list"
      done
      run_workload vybe-sdf "$dir/ws" "$dir/clang.list" "$dir/ws/include/vulkan/sdf_engine.hpp" "$dir" ;;
    oneline)
      make_db "$dir" 'stdint||<stdint.h>'
      clang_commands "$dir/compile_commands.json" > "$dir/clang.list"
      run_workload "one-line header" "$dir/compile_commands.json" "$dir/clang.list" - "$dir" ;;
    generated)
      "$java" "$root/samples/tools/GenerateCompileDatabase.java" "$dir/db" "$units" >&2
      clang_commands "$dir/db/compile_commands.json" > "$dir/clang.list"
      edit=$(ls "$dir"/db/include/app/*/part0.hpp)
      run_workload "generated ($units of 3000)" "$dir/db/compile_commands.json" "$dir/clang.list" "$edit" "$dir" ;;
    *) echo "unknown workload $w (libs, vybe, oneline, generated)" >&2; exit 2 ;;
  esac
done

echo
echo "$(date -u +%F) $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg); $("$cxx" --version | head -1); JOBS=$jobs, runs=$runs"
echo
echo "| workload | units | clang -j$jobs s | cold s | warm s | cached s | one-header edit s | clang max RSS MiB | Headroom RSS MiB | Headroom live heap MiB | cold/clang | cached/clang | edit/cold | RSS ratio |"
echo "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|"
printf '%s\n' "${rows[@]}"
echo
echo "Goals: cold <= 0.5x clang, cached <= 0.1x clang, edit <= 0.2x cold, RSS <= 2x clang's largest unit, one-line cold <= 0.3 s."
