#!/usr/bin/env bash
# Builds the DebtRadar the benchmarks measure into folder $1 and prints the path of debtradar.dll.
# By default the form users install on linux-x64: a ReadyToRun publish, as in the tool package
# (docs/performance.md: without it most of a scan's CPU is JIT). DEBTRADAR_BUILD=jit measures a
# plain Release build instead.
set -euo pipefail
out=$1
here=$(cd "$(dirname "$0")" && pwd)
log=$out.log
if [[ ${DEBTRADAR_BUILD:-r2r} == jit ]]; then
  dotnet build -c Release "$here/../src/DebtRadar.Cli" -o "$out" -v quiet -nologo >"$log" 2>&1 \
    || { tail -20 "$log" >&2; exit 1; }
else
  rid=$(dotnet --info | sed -n 's/^ *RID: *//p' | head -1)
  dotnet publish -c Release -r "${rid:-linux-x64}" --self-contained false "$here/../src/DebtRadar.Cli" -o "$out" -v quiet -nologo >"$log" 2>&1 \
    || { tail -20 "$log" >&2; exit 1; }
fi
echo "$out/debtradar.dll"
