#!/usr/bin/env bash
# Starts the platform on embedded defaults (SQLite in .data/, filesystem blobs) with a demo facility,
# and prints where to look. Ctrl+C stops it gracefully.
set -euo pipefail
cd "$(dirname "$0")"
scripts/prerequisites.sh libfftw3-single3
PORT="${PORT:-5080}"
dotnet build Silo/Platform.Silo/Platform.Silo.csproj -c Release -v quiet -nologo >&2
mkdir -p .data
echo "Starting the platform (SQLite: .data/platform.db)..."
echo "  GraphQL: http://127.0.0.1:${PORT}/graphql"
echo "  Health:  http://127.0.0.1:${PORT}/health"
echo "  Sign in: no accounts yet (identity lands with the identity issue); the demo is open on 127.0.0.1 only."
exec dotnet Silo/Platform.Silo/bin/Release/net10.0/Platform.Silo.dll \
  --urls "http://127.0.0.1:${PORT}" --Platform:Demo=true --Platform:SqlitePath=.data/platform.db
