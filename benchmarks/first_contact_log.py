"""Rebuild the first-contact logs of the answers corpora: benchmarks/first_contact_wrong.jsonl.

The first-contact risk read-back (customario/dialogue/answer_risk.py) is fitted on the values that
were stored wrong the first time a parser met a new writer. This script plays every answers corpus
blindN through the code it met at first contact and keeps its wrong items:

1. the commit that added ``tests/corpus/answers/blindN/utterances.yaml``
   (``git log --diff-filter=A --format=%h -- PATH | tail -1``) is the code the new writer met
   (two exceptions, :data:`FIRST_CONTACT`: blind6 and blind11, whose adding commits already held
   the rules read from them; where that commit's bench does not list the corpus, its ``main()`` is
   run with the one entry added);
2. ``git worktree add --detach /tmp/fcN COMMIT``;
3. that commit's typed bench on that corpus alone, with the risk read-back off (``--risk off``
   where the commit has the option; before it the read-back did not exist or was off by default)
   and ``--misses``, on the corpus files as they are in this checkout (copied over the commit's:
   later commits only added README lines or, for blind31, the header line with its today date), run from ``/tmp/fcN`` with ``PYTHONPATH=/tmp/fcN`` and this venv's python;
4. every ``wrong`` line of ``--misses`` becomes one JSON line: corpus, commit, survey, question,
   qtype, id, text, expected (the corpus item's ``expect``), stored (the value the bench printed,
   read back with ``ast.literal_eval`` where it is a Python literal, else the printed string);
   a ``{"corpus": ..., "summary": {...}}`` line keeps the bench row (n, right, wrong, confirmed);
5. ``git worktree remove --force /tmp/fcN``.

One bench at a time (the machine is shared). Held-out corpora are never run (:data:`HELD_OUT`).

    python benchmarks/first_contact_log.py                    # every corpus not yet in the file
    python benchmarks/first_contact_log.py --corpora 31,32    # only these (replacing their lines)

Output lines keep the corpus order of the runs; re-running a corpus replaces its lines.
"""

from __future__ import annotations

import argparse
import ast
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "benchmarks/first_contact_wrong.jsonl"
# Never played, never read (docs/HELPERS: held out for the lead's count).
HELD_OUT = {33}
CORPORA = [n for n in range(6, 35) if n not in HELD_OUT]
MISS = re.compile(r"^(blind\d+) wrong\s+(\S+)\s+expect=(.*) stored=(.*) text=(.*)$")


def _git(*args: str, cwd: Path = ROOT) -> str:
    return subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True, text=True).stdout.strip()


# Where the commit that added the corpus file is not the code its writer met: blind6's file landed
# (5419229) after the rules read from its wrong items were already on main (its first contact, 264/320
# with 10 wrong, was counted on ce6df5f, docs/conversations.md "first-contact risk"); blind11's adding
# commit (68bf6d1) carries the rules read from it, so its parent is the first contact.
FIRST_CONTACT = {6: "ce6df5f", 11: "d3c0d8d"}


def first_commit(n: int) -> str | None:
    """The commit whose code answers corpus blindN met first (:data:`FIRST_CONTACT`, else the one
    that added its utterances.yaml), or None when it is not in this history."""
    if n in FIRST_CONTACT:
        return FIRST_CONTACT[n]
    path = f"tests/corpus/answers/blind{n}/utterances.yaml"
    out = _git("log", "--diff-filter=A", "--format=%h", "--", path).splitlines()
    return out[-1] if out else None


def _literal(s: str):
    try:
        return ast.literal_eval(s)
    except (ValueError, SyntaxError):
        return s


def run_corpus(n: int) -> list[dict]:
    """The wrong items (and one summary line) of blindN at first contact."""
    commit = first_commit(n)
    if commit is None:
        print(f"# blind{n}: not in this history, skipped", file=sys.stderr)
        return []
    wt = Path(f"/tmp/fc{n}")
    if wt.exists():
        _git("worktree", "remove", "--force", str(wt))
    _git("worktree", "add", "--detach", str(wt), commit)
    try:
        # The corpus as it is now (later commits only added a header line with the writer's
        # today date, blind31, or README lines): the writer's lines, on the code they first met.
        shutil.copytree(
            ROOT / f"tests/corpus/answers/blind{n}", wt / f"tests/corpus/answers/blind{n}", dirs_exist_ok=True
        )
        bench = (wt / "benchmarks/bench_answers.py").read_text(encoding="utf-8")
        cmd = [sys.executable, "benchmarks/bench_answers.py", "--corpus", f"blind{n}", "--misses"]
        if f'"blind{n}"' not in bench:
            # That commit's bench without the corpus registered: the same main() with one entry added.
            cmd[1:2] = [
                "-c",
                "import sys; sys.path.insert(0, 'benchmarks'); import bench_answers as b; "
                f"b.CORPORA['blind{n}'] = b.ROOT / 'tests/corpus/answers/blind{n}/utterances.yaml'; "
                "sys.argv = sys.argv[1:]; b.main()",
                "bench_answers.py",
            ]
        if '"--risk"' in bench:
            cmd += ["--risk", "off"]
        proc = subprocess.run(cmd, cwd=wt, env={**os.environ, "PYTHONPATH": str(wt)}, capture_output=True, text=True)
        if proc.returncode != 0:
            raise RuntimeError(f"blind{n} at {commit}: {proc.stderr[-2000:]}")
        items = yaml.safe_load((wt / f"tests/corpus/answers/blind{n}/utterances.yaml").read_text(encoding="utf-8"))
        by_id = {i["id"]: i for i in items.get("utterances") or items.get("items") or []}
        qtypes: dict[tuple[str, str], str] = {}
        for survey in {i["survey"] for i in by_id.values()}:
            path = wt / f"tests/corpus/answers/blind{n}/surveys/{survey}.yaml"
            if path.is_file():
                for q in (yaml.safe_load(path.read_text(encoding="utf-8")) or {}).get("questions") or []:
                    qtypes[(survey, q.get("id"))] = q.get("type")
        out: list[dict] = []
        for line in proc.stderr.splitlines():
            m = MISS.match(line)
            if not m:
                continue
            item = by_id[m.group(2)]
            out.append(
                {
                    "corpus": f"blind{n}",
                    "commit": commit,
                    "id": item["id"],
                    "survey": item["survey"],
                    "question": item["question"],
                    "qtype": qtypes.get((item["survey"], item["question"])),
                    "text": item["text"],
                    "expected": item.get("expect"),
                    "stored": _literal(m.group(4)),
                }
            )
        row = next((r for r in proc.stdout.splitlines() if r.startswith(f"blind{n} ") and " text " in r), "")
        nums = re.findall(r"\d+(?:\.\d+)?%?", row)
        summary = {"row": " ".join(row.split())}
        if len(nums) >= 7:
            summary.update(n=int(nums[1]), right=int(nums[2]), wrong=int(nums[4]), confirmed=int(nums[6]))
        out.append({"corpus": f"blind{n}", "commit": commit, "summary": summary})
        return out
    finally:
        _git("worktree", "remove", "--force", str(wt))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpora", default=None, help="comma-separated numbers (default: every one not yet in the file)")
    args = ap.parse_args()
    lines = [json.loads(x) for x in OUT.read_text(encoding="utf-8").splitlines()] if OUT.is_file() else []
    done = {x["corpus"] for x in lines}
    todo = (
        [int(x) for x in args.corpora.split(",")] if args.corpora else [n for n in CORPORA if f"blind{n}" not in done]
    )
    for n in todo:
        if n in HELD_OUT:
            continue
        new = run_corpus(n)
        if not new:
            continue
        lines = [x for x in lines if x["corpus"] != f"blind{n}"] + new
        lines.sort(key=lambda x: int(x["corpus"][5:]))
        OUT.write_text("".join(json.dumps(x, default=str) + "\n" for x in lines), encoding="utf-8")
        print(f"# blind{n}: {new[-1]['summary'].get('row')}", file=sys.stderr, flush=True)


if __name__ == "__main__":
    main()
