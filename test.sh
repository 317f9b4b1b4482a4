#!/usr/bin/env bash
# Runs every test: the .NET test projects (PostgreSQL, Azurite and FFTW are installed and started by
# the tests' own fixtures/scripts) and the cross-language conformance suites. Prints "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")"
scripts/prerequisites.sh libfftw3-single3 postgresql node=nodejs npm=npm || exit 1
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet build Platform.sln -c Release -nologo -v quiet || { echo "0 passed, 1 failed"; exit 1; }

passed=0; failed=0; log=$(mktemp)
for project in tests/*.Tests/*.Tests.csproj; do
  echo "=== $(basename "$project" .csproj)"
  dotnet test "$project" -c Release --no-build -nologo 2>&1 | tee "$log" | grep -E "^\s*(Failed|Passed!|Failed!)|\[FAIL\]|error" || true
  summary=$(grep -E "(Passed|Failed)!\s+-" "$log" | tail -1)
  if [ -z "$summary" ] && grep -q "No test is available" "$log"; then
    echo "  (no tests in this project yet)"; continue
  fi
  if [ -z "$summary" ]; then
    echo "  no test summary (build or host failure)"; failed=$((failed + 1)); continue
  fi
  p=$(sed -E 's/.*Passed:\s+([0-9]+).*/\1/' <<<"$summary"); f=$(sed -E 's/.*Failed:\s+([0-9]+),.*/\1/' <<<"$summary")
  passed=$((passed + p)); failed=$((failed + f))
  [ "$f" -gt 0 ] && grep -A12 "Error Message:" "$log" | head -80
done

for suite in tests/*-conformance/run.sh; do
  [ -x "$suite" ] || continue
  echo "=== $suite"
  if "$suite"; then passed=$((passed + 1)); else failed=$((failed + 1)); fi
done
rm -f "$log"
echo "${passed} passed, ${failed} failed"
[ "$failed" -eq 0 ]
