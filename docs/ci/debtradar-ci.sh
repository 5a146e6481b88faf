#!/usr/bin/env bash
# DebtRadar in any CI: restore the database, scan, export SARIF and the trend CSV, gate against
# a baseline, save the database. Exit code: the gate's (0 pass, 1 failed, 2 usage, 3 nothing
# scanned). See docs/ci.md.
#
# Environment (all optional):
#   DEBTRADAR      how to run DebtRadar        (default: debtradar; from source: "dotnet run --project src/DebtRadar.Cli --")
#   TARGET         what to scan                (default: .)
#   SCAN_OPTIONS   extra scan options          (default: --syntax-only; empty for a full MSBuild scan of trusted code)
#   BASELINE       snapshot id or git ref      (default: origin/main)
#   GATE_OPTIONS   gate conditions             (default: none here, so the 'gate' section of debtradar.json applies)
#   DB_CACHE       folder kept between runs    (default: $HOME/.cache/debtradar/<repository name>)
#   OUT            folder for the artifacts    (default: debtradar-out)
#   UPLOAD_SARIF   1 to send the SARIF to GitHub code scanning (needs GITHUB_TOKEN, GITHUB_REPOSITORY, curl)
set -uo pipefail

read -r -a debtradar <<< "${DEBTRADAR:-debtradar}"
target="${TARGET:-.}"
read -r -a scan_options <<< "${SCAN_OPTIONS---syntax-only}"
baseline="${BASELINE:-origin/main}"
read -r -a gate_options <<< "${GATE_OPTIONS:-}"
root="$(git -C "$target" rev-parse --show-toplevel 2>/dev/null || (cd "$target" && pwd))"
cache="${DB_CACHE:-$HOME/.cache/debtradar/$(basename "$root")}"
out="${OUT:-debtradar-out}"
db="$root/.debtradar/debtradar.db"
mkdir -p "$out" "$(dirname "$db")" "$cache"

# 1. Restore the database: earlier snapshots make the scan incremental and hold the baseline.
if [ -f "$cache/debtradar.db" ] && [ ! -f "$db" ]; then
  cp "$cache/debtradar.db" "$db"
  echo "debtradar-ci: restored the database from $cache"
fi

# 2. Scan (exit 3: nothing to scan; 2: bad target or options).
"${debtradar[@]}" scan "$target" "${scan_options[@]}" --db "$db" > "$out/scan.txt"
scan_status=$?
if [ "$scan_status" -ne 0 ]; then
  cat "$out/scan.txt"
  exit "$scan_status"
fi

# 3. Gate: one line per failed condition; the Markdown summary is for a pull-request comment.
"${debtradar[@]}" gate --db "$db" --baseline "$baseline" "${gate_options[@]}" --markdown "$out/summary.md" | tee "$out/gate.txt"
gate_status=${PIPESTATUS[0]}

# 4. Reports, after the gate so that the trend includes a baseline it scanned:
#    SARIF for code scanning, the trend for charts, the findings as CSV.
"${debtradar[@]}" report --db "$db" --format sarif --out "$out/debtradar.sarif"
"${debtradar[@]}" trend --db "$db" --out "$out/trend.csv"
"${debtradar[@]}" report --db "$db" --level findings --out "$out/findings.csv"

# 5. Save the database for the next run (written to a temporary name, then moved: never half a file).
cp "$db" "$cache/debtradar.db.tmp" && mv "$cache/debtradar.db.tmp" "$cache/debtradar.db"

# 6. Optionally upload the SARIF (GitHub REST API: code-scanning/sarifs takes it gzipped and base64-encoded).
if [ "${UPLOAD_SARIF:-0}" = "1" ]; then
  sha="$(git -C "$root" rev-parse HEAD)"
  ref="${GITHUB_REF:-refs/heads/$(git -C "$root" rev-parse --abbrev-ref HEAD)}"
  printf '{"commit_sha":"%s","ref":"%s","tool_name":"DebtRadar","sarif":"%s"}' \
    "$sha" "$ref" "$(gzip -c "$out/debtradar.sarif" | base64 | tr -d '\n')" > "$out/upload.json"
  curl --fail --silent --show-error -X POST \
    -H "Authorization: Bearer ${GITHUB_TOKEN:?GITHUB_TOKEN is needed to upload}" \
    -H "Accept: application/vnd.github+json" \
    --data @"$out/upload.json" \
    "${GITHUB_API_URL:-https://api.github.com}/repos/${GITHUB_REPOSITORY:?GITHUB_REPOSITORY is needed to upload}/code-scanning/sarifs" \
    || echo "debtradar-ci: SARIF upload failed (the gate result stands)"
  rm -f "$out/upload.json"
fi

echo "debtradar-ci: artifacts in $out: debtradar.sarif trend.csv findings.csv summary.md gate.txt"
exit "$gate_status"
