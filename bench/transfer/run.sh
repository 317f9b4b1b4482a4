#!/usr/bin/env bash
# Transfer benchmark: our uploader vs `curl -T` (Put Blob with a SAS) of the same synthetic movies to the same
# Azurite on loopback, then memory against file size (8 x 256 MB vs 1 x 1 GB, each in a process of its own so
# peak RSS is that run's). Starts its own Azurite and removes everything afterwards.
# Usage: bench/transfer/run.sh [--block-mib N] [--parallel N]
set -euo pipefail
cd "$(dirname "$0")/../.."
work=$(mktemp -d /tmp/platform-bench-transfer-XXXX)
trap 'infra/azurite/stop.sh "$work/azurite" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
account=$(infra/azurite/start.sh "$work/azurite")
echo "azurite: $account" >&2

mkdir -p "$work/set8x256" "$work/set1x1024"
echo "writing 8 x 256 MB and 1 x 1 GB of random movies..." >&2
for i in 1 2 3 4 5 6 7 8; do head -c $((256 * 1024 * 1024)) /dev/urandom > "$work/set8x256/movie_$i.tif"; done
head -c $((1024 * 1024 * 1024)) /dev/urandom > "$work/set1x1024/movie_big.tif"

dotnet build -c Release bench/transfer -nologo -v quiet >&2
bin=bench/transfer/bin/Release/net10.0/Platform.Transfer.Bench.dll
dotnet "$bin" "$account" "$work/set8x256" "8x256MB" "$@"
dotnet "$bin" "$account" "$work/set1x1024" "1x1GB" --no-baseline "$@"
