#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Installs the built .deb on this machine and runs the installed headroom as a user would, with no JDK on PATH and
# no JAVA_HOME; then removes the package and checks nothing is left. CI runs it after ./mvnw -Ppackage package
# (.ci/run). Needs root (apt-get), jq, clang++ and the sample's headers; the build's app/target/headroom and a JDK
# in JAVA_HOME for the figures to compare with.
#   packaging/src/test/deb-smoke.sh [path/to/headroom_VERSION_ARCH.deb]
set -euo pipefail
repo=$(CDPATH= cd -- "$(dirname -- "$0")/../../.." && pwd)
deb=${1:-$(ls "$repo"/packaging/target/jpackage/dist/headroom_*.deb | head -n 1)}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "deb-smoke: FAIL: $*" >&2; exit 1; }
say() { echo "deb-smoke: $*"; }

# The menu folders a desktop has and a server or CI container lacks; xdg-desktop-menu installs into them.
mkdir -p /usr/share/applications /usr/share/desktop-directories
apt-get install -y -q --no-install-recommends "$deb" >/dev/null
[ "$(readlink -f /usr/bin/headroom)" = /opt/headroom/bin/headroom ] || fail "/usr/bin/headroom is not the installed launcher"
[ -f /usr/share/applications/headroom-headroom-explorer.desktop ] || fail "no menu entry for the explorer"
say "installed: /usr/bin/headroom -> /opt/headroom/bin/headroom, menu entry headroom-headroom-explorer.desktop"

# No JDK: a java first on PATH that fails loudly, and neither JAVA_HOME nor options for a JDK in the environment.
mkdir -p "$work/bin" "$work/home"
printf '#!/bin/sh\necho "deb-smoke: a java on PATH was started" >&2\nexit 99\n' > "$work/bin/java"
chmod +x "$work/bin/java"
nojdk() { env -u JAVA_HOME -u JDK_JAVA_OPTIONS -u JAVA_TOOL_OPTIONS PATH="$work/bin:/usr/bin:/bin" HOME="$work/home" "$@"; }

# --version: the build's version and git revision, as the build wrote them.
props="$repo/app/target/classes/dev/headroom/build.properties"
want="headroom $(sed -n 's/^version=//p' "$props") (git $(sed -n 's/^revision=//p' "$props"))"
got=$(nojdk headroom --version)
[ "$got" = "$want" ] || fail "headroom --version said '$got', the build says '$want'"
say "$got"

# Exit codes pass through the native launcher.
set +e
nojdk headroom analyze "$work/no-such-header.h" -q >/dev/null 2>&1; rc=$?
set -e
[ "$rc" -eq 2 ] || fail "analyze of a missing file exited $rc, not 2"

# The sample: the installed package's figures equal the build's.
cd "$repo"
nojdk headroom analyze samples/vybe-sdf --no-cache -q --format none --json "$work/installed.json" || [ $? -eq 1 ]
app/target/headroom analyze samples/vybe-sdf --no-cache -q --format none --json "$work/built.json" || [ $? -eq 1 ]
figures='[.workspace.units[] | {name, estimatedAstBytes, estimatedPeakBytes}] | sort_by(.name)'
jq -c "$figures" "$work/installed.json" > "$work/installed.txt"
jq -c "$figures" "$work/built.json" > "$work/built.txt"
[ "$(jq length "$work/installed.txt")" -gt 0 ] || fail "the installed analyze wrote no units"
cmp -s "$work/installed.txt" "$work/built.txt" || fail "figures differ: installed $(cat "$work/installed.txt") built $(cat "$work/built.txt")"
say "analyze samples/vybe-sdf: $(jq length "$work/installed.txt") units, figures equal to app/target/headroom's"

set +e
nojdk headroom check samples/vybe-sdf -q > "$work/check-installed.txt" 2>&1; installed_rc=$?
app/target/headroom check samples/vybe-sdf -q > "$work/check-built.txt" 2>&1; built_rc=$?
set -e
[ "$installed_rc" -eq "$built_rc" ] || fail "check exited $installed_rc installed, $built_rc built"
[ "$installed_rc" -le 1 ] || fail "check exited $installed_rc: $(cat "$work/check-installed.txt")"
say "check samples/vybe-sdf: exit $installed_rc, as the build's"

# A one-line header, for the archive check and the cold start below.
printf '#include <stdint.h>\n' > "$work/one.h"
# The start archive is used where the package installed it: CDT's classes come from it, not from the jars (an
# archive refused for a jar's changed time or size would leave every class to the jars, silently).
env -u JAVA_HOME PATH="$work/bin:/usr/bin:/bin" HOME="$work/home" JAVA_TOOL_OPTIONS="-Xlog:class+load:file=$work/classes.txt" \
  headroom analyze "$work/one.h" --no-cache -q --format none 2>/dev/null
archived=$(grep -c 'org\.eclipse\.cdt.*shared objects file' "$work/classes.txt" || true)
from_jars=$(grep 'org\.eclipse\.cdt' "$work/classes.txt" | grep -vc 'shared objects file' || true)
[ "$archived" -gt 500 ] || fail "only $archived CDT classes came from the start archive ($from_jars from the jars)"
say "start archive used: $archived CDT classes from it, $from_jars from the jars"
# Cold start from the package (informational; README has the measured medians).
times=()
for _ in 1 2 3 4 5; do
  start=$(date +%s%N)
  nojdk headroom analyze "$work/one.h" --no-cache -q --format none
  times+=($(( ($(date +%s%N) - start) / 1000000 )))
done
say "cold analyze of a one-line header: $(printf '%s\n' "${times[@]}" | sort -n | sed -n 3p) ms (median of 5: ${times[*]})"

apt-get remove -y -q headroom >/dev/null
[ ! -e /usr/bin/headroom ] || fail "/usr/bin/headroom is left after removal"
[ ! -e /opt/headroom ] || fail "/opt/headroom is left after removal: $(find /opt/headroom | head)"
[ ! -e /usr/share/applications/headroom-headroom-explorer.desktop ] || fail "the menu entry is left after removal"
say "removed cleanly"
