#!/usr/bin/env bash
# Runs the hostile-source fuzz test at a large size: thousands of mutated files, a 10 MB file,
# 50,000 members in one type, a 4 MB line, plus the 10,000-deep nesting cases.
#   tests/fuzz.sh [SIZE] [SEED]      defaults: 5000 files, the suite's fixed seed
# The normal test suite runs the same test with 120 mutated files and smaller large files.
set -euo pipefail
cd "$(dirname "$0")/.."
export DEBTRADAR_FUZZ_SIZE="${1:-5000}"
if [[ $# -ge 2 ]]; then
  export DEBTRADAR_FUZZ_SEED="$2"
fi
dotnet build tests/DebtRadar.IntegrationTests -c Release --nologo -v quiet
dotnet test tests/DebtRadar.IntegrationTests -c Release --no-build --nologo \
  --filter "FullyQualifiedName~HostileSourceFuzzTests" --logger "console;verbosity=normal"
