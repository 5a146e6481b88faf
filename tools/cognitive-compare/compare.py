#!/usr/bin/env python3
"""Compare DebtRadar's member `cognitive` column with SonarAnalyzer 9.32's S3776.

  compare.py sonar   PROJECT.csproj --out sonar.csv [--framework TFM] [--no-copy] [--plain]
  compare.py compare --sonar sonar.csv --debtradar members.csv [--framework TFM] [--root DIR] [--details N]
  compare.py run     PROJECT.csproj --debtradar members.csv [--framework TFM]

`sonar` copies the project's repository (the nearest folder holding .git, or the project's
folder) to a scratch directory, builds the copy with S3776 injected through
CustomAfterDirectoryBuildTargets (threshold and propertyThreshold 0, every other diagnostic
off) and writes one row per issue: file (relative to the repository root), line, column,
what Sonar calls the member, value. The original is never built or edited.

Mapping to DebtRadar rows: S3776 reports a method, constructor or finalizer at its name, an
operator at its operator token (`+`), an expression-bodied property at its name, an accessor
at its keyword (get/set/init/add/remove). DebtRadar's `line` is the line of the name (or of the
accessor keyword), so rows are joined on (file, line). A member S3776 does not report has
cognitive 0 in Sonar's eyes; it agrees only if DebtRadar also says 0. S3776 issues on fields,
static local functions and top-level files have no DebtRadar member and are counted apart, as
are DebtRadar's expression-bodied indexers and conversion operators, which S3776 never reports.
"""
import argparse
import collections
import csv
import os
import re
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
SONAR_VERSION = "9.32.0.97167"
ISSUE = re.compile(
    r"^(?P<file>.+?)\((?P<line>\d+),(?P<col>\d+)\): warning S3776: Refactor this (?P<what>.+?) "
    r"to reduce its Cognitive Complexity from (?P<value>\d+) to the 0 allowed"
    r"(?:.*::TargetFramework=(?P<tfm>[^\]\s]+))?")
MEMBER_KINDS = {"method", "constructor", "destructor", "operator", "property", "accessor"}


def sonar_dir():
    nuget = os.environ.get("NUGET_PACKAGES") or os.path.expanduser("~/.nuget/packages")
    path = os.path.join(nuget, "sonaranalyzer.csharp", SONAR_VERSION, "analyzers")
    if not os.path.isdir(path):
        scratch = tempfile.mkdtemp(prefix="sonar-restore-")
        with open(os.path.join(scratch, "r.csproj"), "w") as f:
            f.write('<Project Sdk="Microsoft.NET.Sdk"><PropertyGroup><TargetFramework>net10.0</TargetFramework>'
                    '<ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally></PropertyGroup>'
                    f'<ItemGroup><PackageReference Include="SonarAnalyzer.CSharp" Version="{SONAR_VERSION}" />'
                    '</ItemGroup></Project>')
        subprocess.run(["dotnet", "restore", scratch], check=True, stdout=subprocess.DEVNULL)
    return path + os.sep


def repo_root(project):
    d = os.path.dirname(os.path.abspath(project))
    while d != os.path.dirname(d):
        if os.path.exists(os.path.join(d, ".git")):
            return d
        d = os.path.dirname(d)
    return os.path.dirname(os.path.abspath(project))


def copy_repo(root):
    dest = os.path.join(tempfile.mkdtemp(prefix="cogcmp-"), os.path.basename(root))
    shutil.copytree(root, dest, ignore=shutil.ignore_patterns(".git", "bin", "obj"), symlinks=True)
    glob = os.path.join(dest, "global.json")
    if os.path.exists(glob):
        # A pinned SDK that is not installed stops the build before any analysis; the copy may float.
        os.remove(glob)
    return dest


def run_sonar(args):
    root = repo_root(args.project)
    work = root if args.no_copy else copy_repo(root)
    project = os.path.join(work, os.path.relpath(os.path.abspath(args.project), root))
    props = [] if args.plain else [
        f"-p:CustomAfterDirectoryBuildTargets={os.path.join(HERE, 'inject.targets')}",
        f"-p:CogCompareSonarDir={sonar_dir()}",
        f"-p:CogCompareChainTargets={os.environ.get('CustomAfterDirectoryBuildTargets', '')}",
    ]
    if args.framework:
        props.append(f"-p:TargetFramework={args.framework}")
    cmd = ["dotnet", "build", project, "--no-incremental", "-nologo", "-v:q", "-clp:NoSummary"] + props
    proc = subprocess.run(cmd, capture_output=True, text=True)
    issues = {}
    for raw in proc.stdout.splitlines():
        m = ISSUE.match(raw.strip())
        if not m:
            continue
        rel = os.path.relpath(os.path.abspath(m["file"]), work).replace(os.sep, "/")
        # A multi-targeted project is analysed once per framework; #if makes them differ.
        key = (m["tfm"] or args.framework or "", rel, int(m["line"]), int(m["col"]))
        issues.setdefault(key, (m["what"], int(m["value"])))
    if proc.returncode != 0:
        errors = [l for l in proc.stdout.splitlines() if ": error " in l][:5]
        print(f"build exited {proc.returncode}; first errors:\n" + "\n".join(errors), file=sys.stderr)
    with open(args.out, "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["file", "line", "column", "what", "cognitive", "framework"])
        for (tfm, rel, line, col), (what, value) in sorted(issues.items()):
            w.writerow([rel, line, col, what, value, tfm])
    print(f"{len(issues)} S3776 issues -> {args.out} (built {work})")
    return 0 if issues or proc.returncode == 0 else 1


def newest(frameworks):
    """netX.Y (5 and later) beats netcoreapp, netstandard and .NET Framework; higher versions first."""
    def rank(tfm):
        m = re.fullmatch(r"net(\d+)\.(\d+)", tfm)
        if m:
            return (3, int(m[1]), int(m[2]))
        m = re.fullmatch(r"netcoreapp(\d+)\.(\d+)", tfm)
        if m:
            return (2, int(m[1]), int(m[2]))
        m = re.fullmatch(r"netstandard(\d+)\.(\d+)", tfm)
        return (1, int(m[1]), int(m[2])) if m else (0, 0, 0)
    return max(frameworks, key=rank)


def read_sonar(path, framework=None):
    with open(path, newline="") as f:
        rows = [r for r in csv.DictReader(f)]
    frameworks = sorted({r.get("framework") or "" for r in rows})
    if framework is None and len(frameworks) > 1:
        framework = newest(frameworks)
        print(f"several target frameworks {frameworks}; comparing {framework}, the one `debtradar scan` "
              "measures by default (choose with --framework)")
    return [r for r in rows if framework is None or (r.get("framework") or "") == framework]


def read_debtradar(path, root):
    with open(path, newline="") as f:
        rows = [r for r in csv.DictReader(f)]
    for r in rows:
        p = r["file"].replace("\\", "/")
        if root and os.path.isabs(p):
            p = os.path.relpath(p, root).replace(os.sep, "/")
        r["file"] = p
    return rows


EXPRESSION_INDEXER = re.compile(r"\bthis\s*\[[^\]]*\]\s*=>")


def never_reported(row, root):
    """DebtRadar members that S3776 has no registration for: conversions, `=>` indexers."""
    if row["kind"].lower() == "conversion":
        return True
    if row["kind"].lower() != "getter" or not row["member"].startswith("this[") or not root:
        return False
    # An expression-bodied indexer's row sits on the `this` line, an accessor's on its keyword:
    # only the source can tell which one a `this[...].get` row is.
    try:
        with open(os.path.join(root, row["file"]), encoding="utf-8-sig") as f:
            lines = f.read().splitlines()
    except OSError:
        return False
    return bool(EXPRESSION_INDEXER.search("\n".join(lines[int(row["line"]) - 1:int(row["line"]) + 5])))


def align_paths(sonar_rows, dr_rows):
    """Sonar's paths are relative to the root it was run from; map them onto DebtRadar's by suffix."""
    mine = {r["file"] for r in dr_rows}
    mapping = {}
    for f in {s["file"] for s in sonar_rows}:
        if f in mine:
            mapping[f] = f
            continue
        hits = [d for d in mine if d.endswith("/" + f) or f.endswith("/" + d)]
        mapping[f] = hits[0] if len(hits) == 1 else f
    for s in sonar_rows:
        s["file"] = mapping[s["file"]]


def compare(sonar_rows, dr_rows, details, root=None):
    align_paths(sonar_rows, dr_rows)
    sonar_by_line = collections.defaultdict(list)
    other = collections.Counter()
    for s in sonar_rows:
        if s["what"] in MEMBER_KINDS:
            sonar_by_line[(s["file"], int(s["line"]))].append(int(s["cognitive"]))
        else:
            other[s["what"]] += 1
    dr_by_line = collections.defaultdict(list)
    skipped = 0
    for r in dr_rows:
        if never_reported(r, root):
            skipped += 1
            continue
        dr_by_line[(r["file"], int(r["line"]))].append(r)

    agree = agree_zero = 0
    diffs, unmatched_sonar = [], []
    for key, rows in dr_by_line.items():
        sonar_values = sorted(sonar_by_line.pop(key, []))
        mine = sorted(rows, key=lambda r: int(r["cognitive"]))
        if len(sonar_values) > len(mine):
            unmatched_sonar.extend((key, v) for v in sonar_values[len(mine):])
            sonar_values = sonar_values[:len(mine)]
        expected = [0] * (len(mine) - len(sonar_values)) + sonar_values
        # Several members on one line (get/set on one line): compare the sorted multisets.
        for r, e in zip(mine, sorted(expected)):
            if int(r["cognitive"]) == e:
                agree += 1
                agree_zero += e == 0
            else:
                diffs.append((key, r["member"], r["kind"], int(r["cognitive"]), e))
    for key, values in sonar_by_line.items():
        unmatched_sonar.extend((key, v) for v in values)

    total = agree + len(diffs)
    print(f"members compared: {total}")
    print(f"  agree: {agree} ({100.0 * agree / total if total else 0:.2f} %), of which both 0: {agree_zero}")
    print(f"  differ: {len(diffs)}")
    print(f"S3776 member issues with no DebtRadar row at that file:line: {len(unmatched_sonar)}")
    print(f"S3776 issues on non-members (not compared): {dict(other)}")
    print(f"DebtRadar members S3776 never reports (conversions, expression-bodied indexers): {skipped}")
    for (f, line), member, kind, mine, theirs in diffs[:details]:
        print(f"  DIFF {f}:{line} {member} [{kind}] debtradar={mine} sonar={theirs}")
    for (f, line), v in unmatched_sonar[:details]:
        print(f"  UNMATCHED {f}:{line} sonar={v}")
    return 0 if not diffs and not unmatched_sonar else 1


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("sonar")
    s.add_argument("project")
    s.add_argument("--out", required=True)
    s.add_argument("--framework")
    s.add_argument("--no-copy", action="store_true", help="build in place (only for throwaway copies)")
    s.add_argument("--plain", action="store_true",
                   help="inject nothing: the project already runs S3776 at 0 (the golden fixture)")
    c = sub.add_parser("compare")
    c.add_argument("--sonar", required=True)
    c.add_argument("--debtradar", required=True)
    c.add_argument("--root", help="repository root: relativises absolute paths in the DebtRadar CSV and "
                   "lets `=>` indexers be told apart (their source is read)")
    c.add_argument("--details", type=int, default=30)
    c.add_argument("--framework", help="which target framework's issues to compare")
    r = sub.add_parser("run")
    r.add_argument("project")
    r.add_argument("--debtradar", required=True)
    r.add_argument("--framework")
    r.add_argument("--details", type=int, default=30)
    args = ap.parse_args()
    if args.cmd == "sonar":
        return run_sonar(args)
    if args.cmd == "compare":
        return compare(read_sonar(args.sonar, args.framework), read_debtradar(args.debtradar, args.root), args.details, args.root)
    out = os.path.join(tempfile.mkdtemp(prefix="cogcmp-"), "sonar.csv")
    run_sonar(argparse.Namespace(project=args.project, out=out, framework=args.framework, no_copy=False, plain=False))
    root = repo_root(args.project)
    return compare(read_sonar(out, args.framework), read_debtradar(args.debtradar, root), args.details, root)


if __name__ == "__main__":
    sys.exit(main())
