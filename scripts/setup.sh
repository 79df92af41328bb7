#!/usr/bin/env bash
# Installs everything the project needs on a fresh Debian machine (idempotent; fast when already done).
# npm packages come from the npm registry; system packages from Debian's apt repositories.
# Runs as root (CI, `npm test`'s pretest, `npm start`). SKIP_VSCODE=1 skips chromium and code-server.
set -euo pipefail
cd "$(dirname "$0")/.."

# System packages: chromium drives the real VS Code UI in tests; libkrb5-dev and ripgrep are needed by code-server's
# install (kerberos builds from source; ripgrep seeds @vscode/ripgrep's download cache).
missing=()
if [ "${SKIP_VSCODE:-}" != 1 ]; then
  command -v chromium >/dev/null || missing+=(chromium)
  [ -e /usr/include/gssapi/gssapi.h ] || missing+=(libkrb5-dev)
  command -v rg >/dev/null || missing+=(ripgrep)
fi
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing apt packages: ${missing[*]}"
  if [ "$(id -u)" != 0 ]; then
    echo "setup: apt packages ${missing[*]} are missing; run this script as root (or install them) and retry" >&2
    exit 1
  fi
  export DEBIAN_FRONTEND=noninteractive
  APT_LOG=$(mktemp)
  if ! { apt-get update -q && apt-get install -y -q --no-install-recommends "${missing[@]}"; } >"$APT_LOG" 2>&1; then
    cat "$APT_LOG" >&2
    echo "setup: apt-get could not install ${missing[*]} (output above)" >&2
    exit 1
  fi
  rm -f "$APT_LOG"
fi

# npm packages: `npm ci` only when node_modules does not match the lockfile (same package versions), so a machine
# that is already installed stays untouched.
if ! node -e '
  const fs = require("fs");
  const want = JSON.parse(fs.readFileSync("package-lock.json", "utf8")).packages;
  const have = JSON.parse(fs.readFileSync("node_modules/.package-lock.json", "utf8")).packages;
  const stale = Object.keys(want).filter((p) => p && !want[p].optional && have[p]?.version !== want[p].version);
  process.exit(stale.length ? 1 : 0);
' 2>/dev/null; then
  echo "setup: installing npm packages"
  npm ci --no-audit --no-fund
fi

if [ "${SKIP_VSCODE:-}" != 1 ]; then
  bash scripts/vscode/installCodeServer.sh
fi
