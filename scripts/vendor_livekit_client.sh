#!/usr/bin/env bash
# Refresh the vendored livekit-client browser bundle of the survey widget from the npm registry.
# Usage: bash scripts/vendor_livekit_client.sh [VERSION]   (default: the latest 2.x)
set -euo pipefail
cd "$(dirname "$0")/.."
version="${1:-2}"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm pack --silent "livekit-client@${version}" >/dev/null && tar xzf livekit-client-*.tgz)
dest=customario/web/static/vendor
cp "$tmp/package/dist/livekit-client.umd.js" "$dest/livekit-client.umd.js"
cp "$tmp/package/LICENSE" "$dest/LICENSE-livekit-client"
echo "livekit-client $(node -p "require('$tmp/package/package.json').version" 2>/dev/null || echo "$version")"
sha256sum "$dest/livekit-client.umd.js"
echo "Update the version and sha256 in $dest/README.md."
