#!/usr/bin/env bash
# The analyse phase after start-up, for targets 2 (`--syntax-only` lines per core-second) and 5a (1 → 2
# jobs speed-up): scans of one restored project repeated in one process (the `--analyse` mode of
# DebtRadar.Benchmarks), so that the first execution of precompiled code, generic code compiled on first
# use and type loads fall in the first scans, and the last half of the scans runs the recompiled hot
# code. Before the full scans it measures what the machine itself gives from 1 to 2 threads on work
# that shares nothing (`--machine`), the ceiling of any program's speed-up on it.
#
# Usage: benchmarks/after-startup.sh PROJECT.csproj [ROUNDS]
#   80 syntax-only scans with --jobs 1, then ROUNDS (default 12) rounds of a full scan with --jobs 1 and
#   one with --jobs 2. Prints, per scan kind, the first scan and the median of the last half (every
#   scan's phase times are kept in the folder named at the end).
# Environment: COMPARE_FRAMEWORK (one target framework, e.g. net8.0). Run it on a restored copy of a
# public repository; scans write nothing into the project's folder.
set -euo pipefail

if [[ $# -lt 1 || ! -f $1 ]]; then
  echo "usage: $0 PROJECT.csproj [ROUNDS]" >&2
  exit 2
fi
project=$(realpath "$1")
rounds=${2:-12}
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
out=$(mktemp -d /tmp/debtradar-after-startup.XXXXXX)
# Published as the tool is (ReadyToRun), so that the first scan starts as the CLI's does.
echo "publishing DebtRadar.Benchmarks (Release, ${DEBTRADAR_BUILD:-r2r})"
harness=$(bash "$here/build-debtradar.sh" "$out/bin" "$here/DebtRadar.Benchmarks")
framework_args=()
[[ -n ${COMPARE_FRAMEWORK:-} ]] && framework_args=(--framework "$COMPARE_FRAMEWORK")

# The runtime settings of the debtradar executable (src/DebtRadar.Cli/DebtRadar.Cli.csproj).
export DOTNET_TieredPGO=0 DOTNET_gcConcurrent=0 DOTNET_gcServer=0
dotnet "$harness" --analyse "$project" 80 1 "${framework_args[@]}" | tee "$out/syntax-only.txt" | tail -1
dotnet "$harness" --machine 10 | tee "$out/machine.txt" | tail -1
dotnet "$harness" --analyse "$project" "$rounds" 1,2 --full "${framework_args[@]}" | tee "$out/full.txt" | tail -3
echo "Load average (1 min) at the end: $(cut -d' ' -f1 /proc/loadavg); CPU count: $(nproc). Every scan: $out"
