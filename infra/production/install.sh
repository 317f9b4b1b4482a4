#!/usr/bin/env bash
# Builds the Silo and installs it with N systemd units on this Debian host (run as root).
# Usage: infra/production/install.sh NODES   (PostgreSQL and nginx are set up separately; see README.md)
set -euo pipefail
nodes="${1:?usage: install.sh NODES}"
cd "$(dirname "$0")/../.."
id platform >/dev/null 2>&1 || useradd --system --home /var/lib/platform --shell /usr/sbin/nologin platform
install -d -o platform -g platform /var/lib/platform
install -d -m 0750 -g platform /etc/platform
[ -f /etc/platform/silo.env ] || install -m 0640 -g platform infra/production/silo.env.example /etc/platform/silo.env
dotnet publish Silo/Platform.Silo/Platform.Silo.csproj -c Release -o /opt/platform/silo
install -m 0644 infra/production/platform-silo@.service /etc/systemd/system/
systemctl daemon-reload
for i in $(seq 1 "$nodes"); do systemctl enable --now "platform-silo@$i"; done
echo "Installed $nodes Silo nodes. Edit /etc/platform/silo.env, then: systemctl restart 'platform-silo@*'"
