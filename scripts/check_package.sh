#!/usr/bin/env bash
# Packaging check (CI): build the sdist and the wheel (the wheel is built from the sdist, so both
# must be complete), install the wheel into a fresh virtualenv, run `customario quickstart` in an
# empty folder, then install the example plug-in (examples/customario-loyalty) with pip and use it.
# Prints the time of each step. Usage: bash scripts/check_package.sh [PYTHON]
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)
PY=${1:-${PYTHON:-python3}}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
step() { echo "== $1 ($(( $(date +%s) - t0 )) s)"; }
t0=$(date +%s)

$PY -m build --outdir "$work/dist" . >"$work/build.log" 2>&1 || { tail -30 "$work/build.log"; exit 1; }
step "built $(cd "$work/dist" && ls)"
wheel=$(ls "$work"/dist/customario-*.whl)
sdist=$(ls "$work"/dist/customario-*.tar.gz)
$PY -m zipfile -l "$wheel" >"$work/wheel.txt"
tar -tzf "$sdist" >"$work/sdist.txt"
for f in customario/campaigns/customer_feedback/customer_feedback.yaml customario/data/sample_leads.csv \
         customario/data/personas.yaml customario/campaigns/pc_store_support/seed/products.csv; do
  grep -q "$f" "$work/wheel.txt" || { echo "wheel lacks $f"; exit 1; }
  grep -q "$f" "$work/sdist.txt" || { echo "sdist lacks $f"; exit 1; }
done
$PY -m zipfile -e "$wheel" "$work/unzipped" && grep -q '^pc_store_support = ' "$work"/unzipped/customario-*.dist-info/entry_points.txt \
  || { echo "wheel lacks the built-in plug-in entry points"; exit 1; }

$PY -m venv "$work/venv"
"$work/venv/bin/pip" install -q --disable-pip-version-check "$wheel"
"$work/venv/bin/pip" install -q --disable-pip-version-check --no-deps "livekit-plugins-anthropic==1.8.9"
step "installed the wheel into a fresh virtualenv"

mkdir "$work/empty"
cd "$work/empty"
t1=$(date +%s)
"$work/venv/bin/customario" --db "$work/empty/quickstart.db" quickstart --respondents 10 >"$work/qs.out"
cat "$work/qs.out"
grep -q "^simulate: 10 respondents" "$work/qs.out" && grep -q "^insights: NPS" "$work/qs.out"
[ -z "$(ls -A "$work/empty" | grep -v '^quickstart.db')" ] || { echo "quickstart left files in the folder:"; ls -A; exit 1; }
step "quickstart from an empty folder ($(( $(date +%s) - t1 )) s)"

cp -r "$repo/examples/customario-loyalty" "$work/loyalty"      # build outside the checkout
"$work/venv/bin/pip" install -q --disable-pip-version-check --no-deps "$work/loyalty"
"$work/venv/bin/customario" --db "$work/empty/quickstart.db" plugins --json >"$work/plugins.json"
grep -q '"name": "loyalty"' "$work/plugins.json"
"$work/venv/bin/customario" --db "$work/empty/quickstart.db" loyalty add +16465550160 40
"$work/venv/bin/customario" --db "$work/empty/quickstart.db" loyalty show --json >"$work/loyalty.json"
grep -q '"points": 40' "$work/loyalty.json"
"$work/venv/bin/customario" --db "$work/empty/quickstart.db" campaign add loyalty_checkin
step "example plug-in installed with pip and used"
echo "package check passed"
