#!/usr/bin/env bash
# Installs everything the project needs on a fresh Debian machine (idempotent; fast when already done).
# npm packages come from the npm registry; system packages from Debian's apt repositories.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "setup: installing npm packages"
  npm ci --no-audit --no-fund
fi
