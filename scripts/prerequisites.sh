#!/usr/bin/env bash
# Installs what the platform needs from Debian's packages, once. Used by run.sh and test.sh.
# Usage: scripts/prerequisites.sh ITEM...   where ITEM is a Debian package (installed unless dpkg has it)
# or COMMAND=PACKAGE (installed only when COMMAND is not on PATH, e.g. npm=npm: Node may come from elsewhere).
set -euo pipefail
missing=()
for item in "$@"; do
  if [[ "$item" == *=* ]]; then
    command -v "${item%%=*}" >/dev/null 2>&1 || missing+=("${item#*=}")
  else
    dpkg -s "$item" >/dev/null 2>&1 || missing+=("$item")
  fi
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing ${missing[*]} (apt-get)..." >&2
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >&2
fi
command -v dotnet >/dev/null || { echo "The .NET 10 SDK is required (dotnet on PATH)." >&2; exit 1; }
