"""Knowledge base: paraphrases answered, near misses refused, learned answers found again (issue 11).

Runs the team's own corpus (``tests/corpus/kb/own``) and the blind one (``tests/corpus/kb/blind``)
against the product's search over the salon profile and the store KB, and prints per corpus and
base: paraphrases answered right / wrong / escalated, near misses refused / answered (wrong), and
for learned scenarios the share of paraphrases found and near misses kept off the learned answer.
Targets: >= 85 % of paraphrases answered right, <= 2 % wrong answers, salon profile questions
answered >= 95 %.

    python3 benchmarks/bench_knowledge.py [--corpus own,blind] [--split all|dev|held] [--misses] [--json]

The blind corpus is split by a hash of each id (``kb_corpus.split_of``) into a ``dev`` half, whose
failures may be read and generalised from, and a ``held`` half that is only counted.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from kb_corpus import fresh_db, in_split, judge_near_miss, judge_paraphrase, load, run_scenario  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
FOLDERS = {"own": ROOT / "tests/corpus/kb/own", "blind": ROOT / "tests/corpus/kb/blind"}


def run(folder: Path, show_misses: bool = False, split: str = "all") -> list[dict]:
    db = fresh_db()
    rows: dict[tuple[str, str], dict] = defaultdict(lambda: defaultdict(int))
    started = time.perf_counter()
    for item in load(folder / "paraphrases.yaml").get("questions") or []:
        if not in_split(item, split):
            continue
        verdict, answer = judge_paraphrase(db, item)
        r = rows[("paraphrases", item["kb"])]
        r["n"] += 1
        r[verdict] += 1
        if show_misses and verdict != "right":
            print(f"  {verdict:9} {item['id']}: {item['text']!r} -> {answer!r}", file=sys.stderr)
    for item in load(folder / "near_misses.yaml").get("questions") or []:
        if not in_split(item, split):
            continue
        verdict, answer = judge_near_miss(db, item)
        r = rows[("near misses", item["kb"])]
        r["n"] += 1
        r["refused" if verdict == "right" else "answered"] += 1
        if show_misses and verdict != "right":
            print(f"  answered  {item['id']}: {item['text']!r} -> {answer!r}", file=sys.stderr)
    db.close()
    for sc in load(folder / "learned.yaml").get("scenarios") or []:
        if not in_split(sc, split):
            continue
        res = run_scenario(sc)
        r = rows[("learned", sc["kb"])]
        r["scenarios"] += 1
        r["escalated_first"] += res["escalated_first"]
        for text, verdict in res["paraphrases"]:
            r["n"] += 1
            r[verdict] += 1
            if show_misses and verdict != "right":
                print(f"  learned {verdict:9} {sc['id']}: {text!r}", file=sys.stderr)
        for text, verdict in res["near_misses"]:
            r["near_n"] += 1
            r["near_refused"] += verdict == "right"
            if show_misses and verdict != "right":
                print(f"  learned near-miss answered {sc['id']}: {text!r}", file=sys.stderr)
    seconds = round(time.perf_counter() - started, 2)
    out = []
    for (part, kb), r in sorted(rows.items()):
        n = r["n"] or 1
        row = {"part": part, "kb": kb, **dict(r), "seconds": seconds}
        if part in ("paraphrases", "learned"):
            row["answered_right_pct"] = round(100 * r["right"] / n, 1)
            row["wrong_pct"] = round(100 * r["wrong"] / n, 1)
        if part == "near misses":
            row["refused_pct"] = round(100 * r["refused"] / n, 1)
        if part == "learned":
            row["near_refused_pct"] = round(100 * r["near_refused"] / (r["near_n"] or 1), 1)
        out.append(row)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", default="own,blind")
    ap.add_argument("--misses", action="store_true", help="list every question not answered right (stderr)")
    ap.add_argument(
        "--split",
        default="all",
        choices=("all", "dev", "held"),
        help="blind corpus only: the dev half (failures may be read) or the held-out half (only counted)",
    )
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    report = {}
    for name in [c.strip() for c in args.corpus.split(",") if c.strip()]:
        report[name] = run(FOLDERS[name], args.misses, args.split if name == "blind" else "all")
    if args.json:
        print(json.dumps(report, indent=2))
        return
    for name, rows in report.items():
        print(f"== {name} corpus")
        for r in rows:
            if r["part"] == "paraphrases":
                print(
                    f"  paraphrases  {r['kb']:<6} n={r['n']:<4} answered right {r['answered_right_pct']:5.1f}%  "
                    f"wrong {r['wrong_pct']:4.1f}%  escalated {r.get('escalated', 0)}"
                )
            elif r["part"] == "near misses":
                print(
                    f"  near misses  {r['kb']:<6} n={r['n']:<4} refused {r['refused_pct']:5.1f}%  answered (wrong) {r.get('answered', 0)}"
                )
            else:
                print(
                    f"  learned      {r['kb']:<6} scenarios={r['scenarios']} escalated first {r['escalated_first']}  "
                    f"paraphrases right {r['answered_right_pct']:5.1f}% wrong {r['wrong_pct']:4.1f}%  "
                    f"near misses kept off {r['near_refused_pct']:5.1f}%"
                )
    print("targets: paraphrases >= 85 % answered right, <= 2 % wrong; salon profile questions >= 95 %")


if __name__ == "__main__":
    main()
