#!/usr/bin/env bash
# Produces a SARIF log with DebtRadar from the fixture in this folder and validates it with the
# SARIF Multitool (SARIF 2.1.0 schema and rules, plus GitHub code scanning's ingestion rules).
# Exit 0 when the log has no error-level validation result, 1 otherwise.
# Usage: tools/sarif-validate/validate.sh [FILE.sarif]   (a given file is validated as is)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

if [ ! -x "$here/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool" ] && [ ! -d "$here/node_modules/@microsoft/sarif-multitool" ]; then
  (cd "$here" && npm ci --no-audit --no-fund --loglevel=error)
fi
case "$(uname -s)" in
  Linux) platform=linux ;;
  Darwin) platform=darwin ;;
  *) platform=win32 ;;
esac
multitool="$here/node_modules/@microsoft/sarif-multitool-$platform/Sarif.Multitool"
[ -x "$multitool" ] || chmod u+x "$multitool"

if [ $# -ge 1 ]; then
  sarif="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
else
  # The fixture as its own git repository, so that paths are relative to a real root.
  cp -r "$here/fixture" "$work/repo"
  git -C "$work/repo" init -q -b main
  git -C "$work/repo" add -A
  git -C "$work/repo" -c user.name=fixture -c user.email=fixture@example.com -c commit.gpgsign=false commit -q -m fixture
  cli="$repo/src/DebtRadar.Cli/bin/Debug/net10.0/debtradar.dll"
  if [ -f "$cli" ]; then run=(dotnet "$cli"); else run=(dotnet run --project "$repo/src/DebtRadar.Cli" --); fi
  "${run[@]}" scan "$work/repo" --syntax-only --no-history --db "$work/fixture.db" > /dev/null
  sarif="$work/fixture.sarif"
  "${run[@]}" report --db "$work/fixture.db" --format sarif --out "$sarif" 2> /dev/null
fi

"$multitool" validate --rule-kind "Gh;Sarif" --output "$work/validation.sarif" "$sarif"

# The Multitool exits 0 even when the log is invalid: count its error-level results instead.
node - "$work/validation.sarif" "$sarif" <<'JS'
const fs = require('fs');
const read = f => JSON.parse(fs.readFileSync(f, 'utf8').replace(/^\uFEFF/, ''));
const validation = read(process.argv[2]).runs.flatMap(r => r.results || []);
const errors = validation.filter(r => (r.level || 'warning') === 'error');
const checked = read(process.argv[3]).runs.flatMap(r => r.results || []).length;
console.log(`sarif-validate: ${checked} result(s) checked, ${errors.length} error(s), ${validation.length - errors.length} warning(s)`);
if (checked === 0) {
  console.log('sarif-validate: the log has no result, so its results were not validated');
}
process.exit(errors.length > 0 || checked === 0 ? 1 : 0);
JS
