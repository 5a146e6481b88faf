#!/usr/bin/env bash
# End-to-end check of `debtradar dashboard` in a 100x30 tmux pane, the same path as
# DashboardEndToEndTests: a fixture repository of three commits, one syntax-only snapshot per
# commit, then hotspots -> file -> finding -> back -> trends -> quit, asserting on the screen text.
# Usage: tests/DebtRadar.Tui.Tests/EndToEnd/dashboard-e2e.sh [path/to/debtradar.dll]
set -euo pipefail
root="$(cd "$(dirname "$0")/../../.." && pwd)"
dll="${1:-$root/src/DebtRadar.Cli/bin/Debug/net10.0/debtradar.dll}"
command -v tmux >/dev/null || { echo "skipped: tmux is not installed"; exit 0; }
[ -f "$dll" ] || { echo "build first: $dll not found" >&2; exit 2; }

work=$(mktemp -d)
socket="debtradar-e2e-$$"
trap 'tmux -L "$socket" kill-server 2>/dev/null || true; rm -rf "$work"' EXIT
repo="$work/repo" db="$work/snapshots.db"
mkdir -p "$repo/src/Shop" && cd "$repo" && git init -q -b main

commit_and_scan() { # author date
  git add -A
  git -c user.name="$1" -c user.email="$1@example.com" commit -q -m change --date "$2"
  dotnet "$dll" scan . --syntax-only --db "$db" >/dev/null 2>&1
}
echo '<Project Sdk="Microsoft.NET.Sdk"><PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup></Project>' > src/Shop/Shop.csproj
cat > src/Shop/OrderProcessor.cs <<'CS'
using System.Threading.Tasks;
namespace Shop;
public class OrderProcessor
{
    public int Route(int a, int b, int c)
    {
        if (a > 0) { if (b > 0) { if (c > 0) { return 1; } else { return 2; } } }
        return 0;
    }
    Task<int> Load() => Task.FromResult(1);
    public int Get() => Load().Result;
}
CS
cat > src/Shop/Invoice.cs <<'CS'
namespace Shop;
public class Invoice
{
    public decimal Total(decimal[] lines) { decimal t = 0; foreach (var l in lines) { t += l; } return t; }
}
CS
commit_and_scan Alice 2026-01-05T10:00:00+00:00
cat > src/Shop/OrderProcessor.cs <<'CS'
using System.Threading.Tasks;
namespace Shop;
public class OrderProcessor
{
    public int Route(int a, int b, int c, int d)
    {
        if (a > 0) { if (b > 0) { if (c > 0) { for (var i = 0; i < d; i++) { if (i % 2 == 0 && a > b || c < d) { return i; } } return 1; } else { return 2; } } }
        else if (a < -10) { while (b-- > 0) { if (c > b) { return 3; } } }
        switch (d) { case 1: return 4; case 2: return 5; default: break; }
        return 0;
    }
    Task<int> Load() => Task.FromResult(1);
    public int Get() => Load().Result;
    public int Wait() { Load().Wait(); return 0; }
}
CS
commit_and_scan Alice 2026-02-05T10:00:00+00:00
cat >> src/Shop/Invoice.cs <<'CS'
public class Tax
{
    public decimal Rate(string country) { if (country == "DE") { return 0.19m; } if (country == "FR") { return 0.2m; } return 0m; }
}
CS
commit_and_scan Bob 2026-03-05T10:00:00+00:00

tmux -L "$socket" new-session -d -s e2e -x 100 -y 30 -c "$repo" "dotnet '$dll' dashboard --db '$db'"
screen() { tmux -L "$socket" capture-pane -p -t e2e; }
wait_for() { # text...: poll the pane (no fixed sleeps) until every text shows, 30 s at most
  for _ in $(seq 300); do
    local s; s=$(screen 2>/dev/null) || { echo "FAIL: the dashboard exited waiting for: $*" >&2; exit 1; }
    local ok=1; for t in "$@"; do [[ "$s" == *"$t"* ]] || ok=0; done
    [ $ok = 1 ] && return 0; sleep 0.1
  done
  echo "FAIL: not on screen after 30 s: $*" >&2; screen >&2; exit 1
}
keys() { tmux -L "$socket" send-keys -t e2e "$@"; }

wait_for "snapshot 3 of 3" "src/Shop/OrderProcessor.cs" "Enter open"; echo "ok hotspots"
keys Enter; wait_for "Findings (" "Route(int, int, int, int)" "DR2002"; echo "ok file"
keys Enter; wait_for "Enter rule help"
keys Enter; wait_for "non-compliant:" "src/Shop/OrderProcessor.cs:5"; echo "ok finding"
keys Escape; wait_for "Findings ("
keys Escape; wait_for "snapshot 3 of 3"; echo "ok back"
keys t; wait_for "Debt (hours) — solution" "Trends · src/Shop/OrderProcessor.cs" "28 │"; echo "ok trends"
keys q
for _ in $(seq 150); do tmux -L "$socket" has-session -t e2e 2>/dev/null || { echo "ok quit"; exit 0; }; sleep 0.1; done
echo "FAIL: q did not quit" >&2; exit 1
