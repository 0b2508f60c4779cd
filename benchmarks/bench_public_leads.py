"""`leads import` on public contact lists we did not write (issue 10, Deliver 3), fetched at run time.

The lists ship inside the PyPI package ``py_entitymatching`` (anhaidgroup, University of
Wisconsin; BSD-3-Clause): the Fodor's and Zagat restaurant guides of the record-linkage literature
(``datasets/end-to-end/restaurants/fodors.csv``, 533 rows, numbers written ``310/246-1501``;
``zagats.csv``, 331 rows, ``310-475-3585``) and two restaurant-listing tables of its test suite
(``tests/test_datasets/restA.csv``, 3,013 rows, ``(847) 488-9988``; ``restB.csv``, 5,882 rows).
The package's licence covers the package; the rows themselves come from third-party guides and
listing sites, so the data is not copied into this repository: this script downloads the sdist
with ``pip download`` (PyPI only) into a temporary folder, runs ``customario leads import`` on
each file into a fresh database, and prints rows, imported, rejected by reason (duplicates
together) and how each contact's time zone was found (candidate zones when several). Figures only;
it asserts nothing, needs the network, and is not part of the tests.

    python benchmarks/bench_public_leads.py [--version 0.4.2] [--keep DIR]
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import re
import sqlite3
import subprocess
import sys
import tarfile
import tempfile
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
PACKAGE = "py_entitymatching"
FILES = {
    "fodors": "py_entitymatching/datasets/end-to-end/restaurants/fodors.csv",
    "zagats": "py_entitymatching/datasets/end-to-end/restaurants/zagats.csv",
    "restA": "py_entitymatching/tests/test_datasets/restA.csv",
    "restB": "py_entitymatching/tests/test_datasets/restB.csv",
}


def fetch(version: str, into: Path) -> Path:
    """Download and unpack the sdist; returns the unpacked root."""
    subprocess.run(
        [sys.executable, "-m", "pip", "download", "--no-deps", "--quiet", f"{PACKAGE}=={version}", "-d", str(into)],
        check=True,
    )
    unpacked = into / "unpacked"
    for sdist in into.glob("*.tar.gz"):
        with tarfile.open(sdist) as tar:
            tar.extractall(unpacked, filter="data")
        return next(p for p in unpacked.iterdir() if p.is_dir())
    import zipfile

    with zipfile.ZipFile(next(into.glob("*.whl"))) as whl:  # a wheel holds the package folder itself
        whl.extractall(unpacked)
    return unpacked


def run_import(name: str, path: Path, work: Path) -> dict:
    db = work / f"{name}.db"
    rejects = work / f"{name}.rejects.csv"
    env = {**os.environ, "CUSTOMARIO_DB": str(db), "PYTHONPATH": str(REPO)}
    out = subprocess.run(
        [
            sys.executable,
            "-m",
            "customario",
            "leads",
            "import",
            str(path),
            "--list",
            name,
            "--rejects",
            str(rejects),
            "--json",
        ],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    summary = json.loads(out.stdout)
    reasons = Counter()
    if rejects.exists():
        for row in csv.DictReader(rejects.open(encoding="utf-8")):
            reasons[re.sub(r" of line \d+$", "", row["reason"])] += 1
    con = sqlite3.connect(db)
    sources = dict(con.execute("SELECT timezone_source, COUNT(*) FROM contacts GROUP BY 1").fetchall())
    ambiguous = dict(
        con.execute("SELECT timezones, COUNT(*) FROM contacts WHERE timezones IS NOT NULL GROUP BY 1").fetchall()
    )
    con.close()
    return {
        "rows": summary["rows"],
        "imported": summary["imported"],
        "rejected": dict(reasons.most_common()),
        "timezone_source": sources,
        "ambiguous_zones": ambiguous,
        "columns": summary.get("columns"),
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--version", default="0.4.2", help="py_entitymatching version (default 0.4.2)")
    ap.add_argument("--keep", help="Work in this folder and keep the files")
    args = ap.parse_args(argv)
    work = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="public-leads-"))
    work.mkdir(parents=True, exist_ok=True)
    root = fetch(args.version, work)
    print(f"{PACKAGE} {args.version} (BSD-3-Clause package; data not redistributed)")
    print(f"{'list':<8} {'rows':>6} {'imported':>9}  rejected by reason / zone found by / candidate zones")
    for name, rel in FILES.items():
        r = run_import(name, root / rel, work)
        rejected = ", ".join(f"{k} {v}" for k, v in r["rejected"].items()) or "none"
        print(f"{name:<8} {r['rows']:>6} {r['imported']:>9}  {rejected}")
        print(
            f"{'':<26}zone: {', '.join(f'{k} {v}' for k, v in r['timezone_source'].items())}; "
            f"ambiguous: {sum(r['ambiguous_zones'].values())} {r['ambiguous_zones'] or ''}".rstrip()
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
