#!/usr/bin/env bash
# Incremental costs on one project, whole process: a cold scan, a rescan after a one-file edit (load
# cache and stored results in use) and a backfill of COMMITS commits, with their ratios to the cold scan.
#
# Usage: benchmarks/incremental.sh PROJECT.csproj [RUNS] [COMMITS]    (defaults: 3 runs, 100 commits)
#
# Environment: DEBTRADAR_DLL (a built debtradar.dll; default: published once by build-debtradar.sh, ReadyToRun; DEBTRADAR_BUILD=jit for a plain build), COMPARE_FRAMEWORK
# (one target framework, e.g. net8.0). The repository is copied (with its git history) into a temporary
# folder and restored once, untimed; the original is never touched.
set -euo pipefail

if [[ $# -lt 1 || ! -f $1 ]]; then
  echo "usage: $0 PROJECT.csproj [RUNS] [COMMITS]" >&2
  exit 2
fi
project=$(realpath "$1")
runs=${2:-3}
commits=${3:-100}
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
framework=${COMPARE_FRAMEWORK:-}
work=$(mktemp -d /tmp/debtradar-incremental.XXXXXX)
echo "work folder: $work"

root=$(git -C "$(dirname "$project")" rev-parse --show-toplevel)
copy=$work/repo
echo "copying $root (with .git, without bin/ and obj/) to $copy"
mkdir -p "$copy"
( cd "$root" && tar --exclude=bin --exclude=obj --exclude=.debtradar -cf - . ) | ( cd "$copy" && tar -xf - )
git -C "$copy" checkout -q -- . 2>/dev/null || true
target=$copy/${project#"$root"/}

dll=${DEBTRADAR_DLL:-}
if [[ -z $dll ]]; then
  echo "building DebtRadar (Release, ${DEBTRADAR_BUILD:-r2r})"
  dll=$("$here/build-debtradar.sh" "$work/debtradar")
fi
echo "restoring the copy once (untimed)"
dotnet restore "$target" -v quiet >"$work/restore.log" 2>&1 || echo "note: restore reported errors (see $work/restore.log); scans run degraded where references are missing"

fw=(); [[ -n $framework ]] && fw=(--framework "$framework")
mkdir -p "$work/times" "$work/out"
timed() { # name command...
  local name=$1; shift
  /usr/bin/time -v -o "$work/times/$name" "$@" >"$work/out/$name.log" 2>&1 || { echo "  $name failed (see $work/out/$name.log)"; tail -5 "$work/out/$name.log"; }
}
seconds() { awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (j = 1; j <= n; j++) s = s * 60 + p[j]; print s }' "$1"; }
cpu_s() { awk -F': ' '/User time|System time/ { s += $2 } END { print s }' "$1"; }
median() { sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# The file edited: the largest C# file under the project folder (a comment line appended: new content hash).
edited=$(find "$(dirname "$target")" -name '*.cs' -not -path '*/obj/*' -not -path '*/bin/*' -printf '%s %p\n' | sort -n | tail -1 | cut -d' ' -f2-)
echo "file edited for rescans: ${edited#"$copy"/}"

echo "priming the database and the load cache (untimed)"
dotnet "$dll" scan "$target" "${fw[@]}" --no-history --out "$work/out/prime.csv" >"$work/out/prime.log" 2>&1
for ((i = 1; i <= runs; i++)); do
  echo "run $i/$runs: cold scan, then rescan after an edit"
  timed "cold-$i" dotnet "$dll" scan "$target" "${fw[@]}" --no-db --out "$work/out/cold-$i.csv"
  echo "// rescan edit $i" >>"$edited"
  timed "rescan-$i" dotnet "$dll" scan "$target" "${fw[@]}" --no-history --verbose --out "$work/out/rescan-$i.csv"
done
git -C "$copy" checkout -q -- "$edited"

echo "backfill of $commits commits (fresh database)"
timed backfill dotnet "$dll" backfill "$target" "${fw[@]}" --commits "$commits" --verbose --db "$work/backfill.db"

declare -A wall cpu
for name in cold rescan; do
  wall[$name]=$(for ((i = 1; i <= runs; i++)); do seconds "$work/times/$name-$i"; done | median)
  cpu[$name]=$(for ((i = 1; i <= runs; i++)); do cpu_s "$work/times/$name-$i"; done | median)
done
wall[backfill]=$(seconds "$work/times/backfill"); cpu[backfill]=$(cpu_s "$work/times/backfill")
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b + 0 > 0) printf "%.2f", a / b; else printf "n/a" }'; }
echo
echo "## ${project#"$root"/}, ${framework:-default framework}, median of $runs runs (backfill: one run)"
echo
echo "| measurement | wall s | CPU s (user+sys) | ÷ cold scan: wall | CPU |"
echo "|---|---:|---:|---:|---:|"
echo "| cold scan (--no-db) | ${wall[cold]} | ${cpu[cold]} | 1.00 | 1.00 |"
echo "| rescan after a one-file edit | ${wall[rescan]} | ${cpu[rescan]} | $(ratio "${wall[rescan]}" "${wall[cold]}") | $(ratio "${cpu[rescan]}" "${cpu[cold]}") |"
echo "| backfill --commits $commits | ${wall[backfill]} | ${cpu[backfill]} | $(ratio "${wall[backfill]}" "${wall[cold]}") | $(ratio "${cpu[backfill]}" "${cpu[cold]}") |"
echo
echo "Targets: rescan ≤ 0.10 × cold, backfill of 100 commits ≤ 5 × cold. Load average (1 min) at the end: $(cut -d' ' -f1 /proc/loadavg); CPU count: $(nproc)."
grep -h "load.cache" "$work/out/rescan-1.log" | head -3 || true
grep -c "results reused" "$work/out/backfill.log" | sed 's/^/backfill commits that reused results: /' || true
grep -c "[1-9][0-9]* compilation(s) derived" "$work/out/backfill.log" | sed 's/^/backfill commits whose compilation was derived from the previous commit'"'"'s: /' || true
echo "Logs and timings: $work"
