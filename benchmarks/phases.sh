#!/usr/bin/env bash
# Analysis-phase throughput and parallel speed-up on one restored project, from the phase times that
# `debtradar scan -v` prints ("load X s · analyse Y s · aggregate Z s"): start-up, MSBuild and the
# compilation are outside the analyse phase, so these are the engine's own figures.
#
# Usage: benchmarks/phases.sh PROJECT.csproj [RUNS]          (RUNS defaults to 3)
#
# Runs, alternately RUNS times each: `scan --syntax-only --jobs 1`, `scan --jobs 1`, `scan --jobs 2`,
# all with --no-db --no-history (cold: no stored results, no load cache). Prints the median analyse
# time of each, the lines per core-second of the two one-job runs (target for --syntax-only: 100k)
# and the 1 → 2 jobs speed-up of the full scan (target 1.8×).
#
# Environment: DEBTRADAR_DLL (a built debtradar.dll; default: build-debtradar.sh publishes one),
# COMPARE_FRAMEWORK (one target framework, e.g. net8.0). Scans write nothing into the project's
# folder except what `dotnet restore` already made; run it on a copy of a public repository.
set -euo pipefail

if [[ $# -lt 1 || ! -f $1 ]]; then
  echo "usage: $0 PROJECT.csproj [RUNS]" >&2
  exit 2
fi
project=$(realpath "$1")
runs=${2:-3}
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
work=$(mktemp -d /tmp/debtradar-phases.XXXXXX)
dll=${DEBTRADAR_DLL:-}
if [[ -z $dll ]]; then
  echo "building DebtRadar (Release, ${DEBTRADAR_BUILD:-r2r})"
  dll=$(bash "$here/build-debtradar.sh" "$work/debtradar")
fi
framework_args=()
[[ -n ${COMPARE_FRAMEWORK:-} ]] && framework_args=(--framework "$COMPARE_FRAMEWORK")

declare -A analyse
lines=0
measure() { # name, extra scan arguments...
  local name=$1; shift
  local log=$work/$name.log
  dotnet "$dll" scan "$project" "${framework_args[@]}" --no-db --no-history -v "$@" >"$log" 2>&1 \
    || { echo "  $name failed (see $log)" >&2; tail -5 "$log" >&2; return 1; }
  local seconds
  seconds=$(sed -n 's/.*analyse \([0-9.]*\) s.*/\1/p' "$log" | head -1)
  lines=$(sed -n 's/.* · \([0-9,]*\) lines$/\1/p' "$log" | head -1 | tr -d ,)
  analyse[$name]+="$seconds "
  echo "  $name: analyse $seconds s"
}

for i in $(seq "$runs"); do
  echo "run $i/$runs"
  measure syntax-j1 --syntax-only --jobs 1
  measure full-j1 --jobs 1
  measure full-j2 --jobs 2
done

median() { tr ' ' '\n' <<<"$1" | sed '/^$/d' | sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
s1=$(median "${analyse[syntax-j1]}")
f1=$(median "${analyse[full-j1]}")
f2=$(median "${analyse[full-j2]}")
echo
echo "## $(basename "$project"), ${COMPARE_FRAMEWORK:-default framework}, $lines lines, median analyse phase of $runs runs"
echo
echo "| scan | analyse s | lines per core-second |"
echo "|---|---:|---:|"
awk -v s="$s1" -v l="$lines" 'BEGIN { printf "| --syntax-only --jobs 1 | %.2f | %.0f |\n", s, l / s }'
awk -v s="$f1" -v l="$lines" 'BEGIN { printf "| full --jobs 1 | %.2f | %.0f |\n", s, l / s }'
awk -v s="$f2" -v l="$lines" 'BEGIN { printf "| full --jobs 2 | %.2f | %.0f |\n", s, l / s / 2 }'
echo
awk -v a="$f1" -v b="$f2" 'BEGIN { printf "1 → 2 jobs speed-up of the full analyse phase: %.2f× (target 1.8×)\n", a / b }'
echo "Load average (1 min) at the end: $(cut -d' ' -f1 /proc/loadavg); CPU count: $(nproc). Logs: $work"
