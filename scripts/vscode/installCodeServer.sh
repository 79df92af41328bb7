#!/usr/bin/env bash
# Installs code-server 4.100.3 (VS Code 1.100.3, the newest release that runs on Node 20) into a git-ignored folder,
# offline-safe: only the npm registry is reachable. Idempotent: returns at once when that version already answers.
# Usage: scripts/vscode/installCodeServer.sh [dest]   (default .vscode-test/code-server; needs libkrb5-dev + ripgrep)
set -euo pipefail
cd "$(dirname "$0")/../.."

VERSION=4.100.3
DEST=${1:-.vscode-test/code-server}
BIN="$DEST/node_modules/.bin/code-server"

if [ -x "$BIN" ] && "$BIN" --version 2>/dev/null | grep -q "^$VERSION "; then
  exit 0
fi
echo "setup: installing code-server $VERSION into $DEST (about a minute)"

# @vscode/ripgrep's postinstall downloads a binary from a host we cannot reach; it accepts a cached archive instead,
# so seed its cache with Debian's rg under the exact file name it looks for.
RG_PACKAGE=1.15.11
RG_CACHE="$(node -p 'require("os").tmpdir()')/vscode-ripgrep-cache-$RG_PACKAGE"
RG_ARCHIVE="$RG_CACHE/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz"
if [ ! -s "$RG_ARCHIVE" ]; then
  RG=$(command -v rg) || { echo "setup: ripgrep (apt package 'ripgrep') is required; run scripts/setup.sh" >&2; exit 1; }
  mkdir -p "$RG_CACHE"
  STAGE=$(mktemp -d)
  cp "$RG" "$STAGE/rg"
  tar czf "$RG_ARCHIVE" -C "$STAGE" rg
  rm -rf "$STAGE"
fi

mkdir -p "$DEST"
# allowScripts: npm 11 warns that install scripts will be blocked by default; code-server and argon2 need theirs.
[ -f "$DEST/package.json" ] || echo '{"private":true,"allowScripts":{"code-server":true,"argon2":true}}' >"$DEST/package.json"

# unsafe_perm: code-server's postinstall refuses to run as root without it.
# yes: node-pty's postinstall runs `npx node-gyp`, which a `yes=false` user npmrc would cancel.
(cd "$DEST" && npm_config_unsafe_perm=true npm_config_yes=true \
  npm install --no-audit --no-fund --no-save --loglevel=error "code-server@$VERSION")

"$BIN" --version | grep -q "^$VERSION " || { echo "setup: code-server $VERSION did not install correctly" >&2; exit 1; }
