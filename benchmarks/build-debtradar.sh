#!/usr/bin/env bash
# Builds the DebtRadar the benchmarks measure into folder $1 and prints the path of its main dll.
# $2 is the project folder, by default the CLI (src/DebtRadar.Cli: debtradar.dll); after-startup.sh
# builds DebtRadar.Benchmarks the same way.
# By default the form users install on linux-x64: a ReadyToRun publish, as in the tool package
# (docs/performance.md: without it most of a scan's CPU is JIT). DEBTRADAR_BUILD=jit measures a
# plain Release build instead.
set -euo pipefail
out=$1
here=$(cd "$(dirname "$0")" && pwd)
project=${2:-$here/../src/DebtRadar.Cli}
name=$(sed -n 's:.*<AssemblyName>\(.*\)</AssemblyName>.*:\1:p' "$project"/*.csproj | head -1)
name=${name:-$(basename "$project")}
mkdir -p "$(dirname "$out")"
log=$out.log
if [[ ${DEBTRADAR_BUILD:-r2r} == jit ]]; then
  dotnet build -c Release "$project" -o "$out" -v quiet -nologo >"$log" 2>&1 \
    || { tail -20 "$log" >&2; exit 1; }
else
  rid=$(dotnet --info | sed -n 's/^ *RID: *//p' | head -1)
  dotnet publish -c Release -r "${rid:-linux-x64}" --self-contained false -p:PublishReadyToRun=true "$project" -o "$out" -v quiet -nologo >"$log" 2>&1 \
    || { tail -20 "$log" >&2; exit 1; }
fi
echo "$out/$name.dll"
