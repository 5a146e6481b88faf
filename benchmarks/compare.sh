#!/usr/bin/env bash
# Whole-process comparison on one project: `debtradar scan`, Microsoft.CodeAnalysis.Metrics and
# `dotnet build --no-incremental`, run alternately RUNS times each; prints the median wall time,
# the median peak RSS and DebtRadar's ratios to the other two.
#
# Usage: benchmarks/compare.sh PROJECT.csproj [RUNS]         (RUNS defaults to 3)
#
# Environment:
#   REFERENCE_METRICS   the reference tool (default /tmp/reference-metrics/metrics, made by
#                       ../shared/tools/reference-metrics/setup.sh); skipped with a note if absent
#   DEBTRADAR_DLL       a built debtradar.dll; by default build-debtradar.sh publishes it once, ReadyToRun as the
#                       linux-x64 tool package (DEBTRADAR_BUILD=jit: a plain Release build)
#   COMPARE_FRAMEWORK   one target framework for all three tools (e.g. net8.0); by default each tool's own
#                       choice (the build builds every framework, the reference tool analyses the first)
#   COMPARE_SYNTAX_ONLY=1  adds `debtradar scan --syntax-only` as a fourth contender
#
# The scanned repository is never modified: its git root (or the project folder) is copied into a
# temporary folder, restored once untimed, and every tool runs on the copy.
set -euo pipefail

if [[ $# -lt 1 || ! -f $1 ]]; then
  echo "usage: $0 PROJECT.csproj [RUNS]" >&2
  exit 2
fi
project=$(realpath "$1")
runs=${2:-3}
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
reference=${REFERENCE_METRICS:-/tmp/reference-metrics/metrics}
framework=${COMPARE_FRAMEWORK:-}
work=$(mktemp -d /tmp/debtradar-compare.XXXXXX)
echo "work folder: $work"

# --- timing: GNU time for peak RSS, else bash's time (wall only) -------------------------------
timer=/usr/bin/time
if [[ ! -x $timer ]]; then
  if command -v apt-get >/dev/null && { [[ $(id -u) -eq 0 ]] && apt-get install -y -qq time >/dev/null 2>&1 || sudo -n apt-get install -y -qq time >/dev/null 2>&1; }; then
    :
  fi
fi
if [[ -x $timer ]]; then
  has_rss=1
else
  has_rss=0
  echo "note: GNU time not available; peak RSS is not measured (wall time from bash)"
fi

# --- the copy ----------------------------------------------------------------------------------
project_dir=$(dirname "$project")
root=$(git -C "$project_dir" rev-parse --show-toplevel 2>/dev/null || echo "$project_dir")
copy=$work/repo
echo "copying $root (without bin/ and obj/) to $copy"
mkdir -p "$copy"
( cd "$root" && tar --exclude=bin --exclude=obj -cf - . ) | ( cd "$copy" && tar -xf - )
target=$copy/${project#"$root"/}
lines=$(find "$(dirname "$target")" -name '*.cs' -not -path '*/obj/*' -not -path '*/bin/*' -print0 | xargs -0 cat | wc -l)
echo "project: ${project#"$root"/} ($lines lines of C# under its folder)"

# --- DebtRadar, built once ---------------------------------------------------------------------
dll=${DEBTRADAR_DLL:-}
if [[ -z $dll ]]; then
  echo "building DebtRadar (Release, ${DEBTRADAR_BUILD:-r2r})"
  dll=$("$here/build-debtradar.sh" "$work/debtradar")
fi

echo "restoring the copy once (untimed)"
dotnet restore "$target" -v quiet >"$work/restore.log" 2>&1 || { tail -20 "$work/restore.log"; exit 1; }

# --- contenders ----------------------------------------------------------------------------------
names=(debtradar)
fw_scan=(); fw_build=()
if [[ -n $framework ]]; then fw_scan=(--framework "$framework"); fw_build=(-f "$framework"); fi
# --no-db: a cold scan every time (no stored results, no load cache, no git history read), as the other tools are
run_debtradar() { dotnet "$dll" scan "$target" "${fw_scan[@]}" --no-db --out "$work/out/debtradar-$1.csv"; }
run_syntax() { dotnet "$dll" scan "$target" --syntax-only --no-db --out "$work/out/syntax-$1.csv"; }
if [[ -n $framework ]]; then
  # the reference tool reads the framework from the environment (MSBuild global property)
  run_metrics() { TargetFramework=$framework "$reference" /project:"$target" /out:"$work/out/metrics-$1.xml"; }
else
  run_metrics() { "$reference" /project:"$target" /out:"$work/out/metrics-$1.xml"; }
fi
# builds in the copy, so the original repository keeps its bin/ and obj/ untouched
run_build() { dotnet build "$target" "${fw_build[@]}" --no-incremental --no-restore --disable-build-servers -v quiet -nologo; }
[[ ${COMPARE_SYNTAX_ONLY:-0} == 1 ]] && names+=(syntax)
if [[ -x $reference ]]; then
  names+=(metrics)
else
  echo "note: reference tool $reference not found; skipped (run ../shared/tools/reference-metrics/setup.sh)"
fi
names+=(build)
mkdir -p "$work/out" "$work/times"

measure() { # name run
  local name=$1 run=$2 log=$work/out/$1-$2.log
  if [[ $has_rss == 1 ]]; then
    if ! $timer -v -o "$work/times/$name-$run" bash -c "$(declare -f "run_$name"); $(declare -p target dll work framework reference fw_scan fw_build); run_$name $run" >"$log" 2>&1; then
      echo "  $name run $run failed (see $log)"; tail -5 "$log" | sed 's/^/    /'
    fi
  else
    local start end
    start=$(date +%s.%N)
    "run_$name" "$run" >"$log" 2>&1 || { echo "  $name run $run failed (see $log)"; tail -5 "$log" | sed 's/^/    /'; }
    end=$(date +%s.%N)
    echo "Elapsed (wall clock) time (h:mm:ss or m:ss): 0:$(echo "$end - $start" | bc)" >"$work/times/$name-$run"
  fi
}

for ((i = 1; i <= runs; i++)); do
  for name in "${names[@]}"; do
    echo "run $i/$runs: $name"
    measure "$name" "$i"
  done
done

# --- report ------------------------------------------------------------------------------------
seconds() { awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (j = 1; j <= n; j++) s = s * 60 + p[j]; print s }' "$1"; }
cpu_s() { awk -F': ' '/User time|System time/ { s += $2 } END { print s }' "$1"; }
rss_mib() { awk -F': ' '/Maximum resident set size/ { printf "%.0f\n", $2 / 1024 }' "$1"; }
median() { sort -g | awk '{ v[NR] = $1 } END { if (NR == 0) print "n/a"; else if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
declare -A wall cpu rss
for name in "${names[@]}"; do
  wall[$name]=$(for ((i = 1; i <= runs; i++)); do seconds "$work/times/$name-$i"; done | median)
  cpu[$name]=$( [[ $has_rss == 1 ]] && { for ((i = 1; i <= runs; i++)); do cpu_s "$work/times/$name-$i"; done | median; } || echo n/a)
  rss[$name]=$( [[ $has_rss == 1 ]] && { for ((i = 1; i <= runs; i++)); do rss_mib "$work/times/$name-$i"; done | median; } || echo n/a)
done
label() { case $1 in debtradar) echo "debtradar scan";; syntax) echo "debtradar scan --syntax-only";; metrics) echo "MS Code Metrics 5.6.0";; build) echo "dotnet build --no-incremental";; esac; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b + 0 > 0 && a != "n/a") printf "%.2f", a / b; else printf "n/a" }'; }

frameworks=${framework:-"every tool on its default framework(s)"}
echo
echo "## ${project#"$root"/} — $lines lines, $frameworks, median of $runs runs"
echo
echo "| tool | wall s | CPU s (user+sys) | peak RSS MiB | debtradar ÷ tool: wall | CPU | RSS |"
echo "|---|---:|---:|---:|---:|---:|---:|"
for name in "${names[@]}"; do
  echo "| $(label "$name") | ${wall[$name]} | ${cpu[$name]} | ${rss[$name]} | $(ratio "${wall[debtradar]}" "${wall[$name]}") | $(ratio "${cpu[debtradar]}" "${cpu[$name]}") | $(ratio "${rss[debtradar]}" "${rss[$name]}") |"
done
echo
echo "Load average (1 min) at the end: $(cut -d' ' -f1 /proc/loadavg); CPU count: $(nproc)."
echo "CPU is user+sys of each process tree that its parent waited for; on a busy machine it is steadier than wall time."
echo "Peak RSS is the largest single process of each tree that its parent waited for (GNU time's getrusage),"
echo "so out-of-process build hosts that outlive their parent are not counted."
echo "Logs, outputs and timings: $work"
