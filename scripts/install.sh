#!/usr/bin/env bash
# Install everything customario needs on a fresh Debian/Ubuntu machine with Python >= 3.11:
# Debian packages (espeak-ng, sox, wordnet-base; chromium with --dev) and the Python package with its dependencies.
# Usage: bash scripts/install.sh [--dev]
set -euo pipefail
cd "$(dirname "$0")/.."

SUDO=""
if [ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null 2>&1; then SUDO="sudo"; fi

need_apt=()
command -v espeak-ng >/dev/null 2>&1 || need_apt+=(espeak-ng)
command -v sox >/dev/null 2>&1 || need_apt+=(sox)
# WordNet 3.0 database files (/usr/share/wordnet): the knowledge base's synonyms and related words.
[ -f /usr/share/wordnet/data.noun ] || need_apt+=(wordnet-base)
# --dev: Debian's Chromium for the browser tests of the web face (Playwright drives /usr/bin/chromium;
# Playwright's own browser download is not used).
if [ "${1:-}" = "--dev" ]; then
  command -v chromium >/dev/null 2>&1 || need_apt+=(chromium)
fi
if [ ${#need_apt[@]} -gt 0 ]; then
  if command -v apt-get >/dev/null 2>&1; then
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need_apt[@]}" >/dev/null
  else
    echo "Warning: install ${need_apt[*]} with your package manager (voice features and knowledge-base paraphrase matching need them)." >&2
  fi
fi

PY=${PYTHON:-python3}
extra=""
[ "${1:-}" = "--dev" ] && extra="[dev]"
$PY -m pip install --quiet --disable-pip-version-check -e ".${extra}"
# livekit-plugins-anthropic 1.8.9 declares anthropic<2 but runs on anthropic 2.x, which the
# evaluator needs (see README "Dependencies"); install it without letting it downgrade anthropic.
$PY -m pip install --quiet --disable-pip-version-check --no-deps "livekit-plugins-anthropic==1.8.9"
