"""What the first-contact risk read-back catches and what it costs (answer_risk.py, issue 11).

Two measurements, both from files this script writes or reads:

``--calls FILE``: play the development answers corpora typed on the current code with the risk
read-back on (the same ``run_item`` and counts as ``bench_answers.py --risk on``: n, right, wrong,
confirmed), and write every call of :func:`customario.dialogue.answer_risk.risks` with its corpus,
item, verdict and whether the item was read back. An item not read back is one where every call
returned [] on the way to storing: a new reason that names any of its calls adds one read-back.

``--cost FILE``: from such a file, per corpus and per reason, the extra read-backs the current
``risks()`` would add over the ``old`` results logged (items not read back whose calls now name a
reason), per 100 lines.

``--caught``: per corpus and per reason, how many first-contact wrong items
(benchmarks/first_contact_wrong.jsonl, see first_contact_log.py) today's ``risks()`` names when
called with the question from that corpus's survey, the caller's text and the stored wrong value;
typed open answers are left out (the survey never reads them back for their shape).

    python benchmarks/first_contact_cost.py --calls /tmp/calls.jsonl [--corpus blind31,blind32]
    python benchmarks/first_contact_cost.py --cost /tmp/calls.jsonl
    python benchmarks/first_contact_cost.py --caught [--by-item]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

ROOT = Path(__file__).resolve().parents[1]
WRONG = ROOT / "benchmarks/first_contact_wrong.jsonl"


def _corpora() -> dict[str, Path]:
    from bench_answers import CORPORA, HELD_OUT

    return {k: v for k, v in CORPORA.items() if k not in HELD_OUT and v.is_file()}


def record_calls(out: Path, names: list[str]) -> None:
    """Play ``names`` with the risk read-back on and write every ``risks()`` call to ``out``."""
    from answer_corpus import load_corpus, run_item, summarise, text_hearing

    from customario.dialogue import answer_risk

    real = answer_risk.risks
    calls: list[dict] = []

    def logged(question, text, value=None):
        got = real(question, text, value)
        calls.append({"qid": question.id, "qtype": question.type, "text": text, "value": value, "old": got})
        return got

    answer_risk.risks = logged
    corpora = _corpora()
    with out.open("w", encoding="utf-8") as fh:
        for name in names:
            items, surveys, today = load_corpus(corpora[name])
            verdicts = []
            for item in items:
                calls.clear()
                v = run_item(item, surveys, today, text_hearing, understanding={"confirm_risky": True})
                verdicts.append(v)
                fh.write(
                    json.dumps(
                        {
                            "corpus": name,
                            "id": item["id"],
                            "survey": item["survey"],
                            "verdict": v.verdict,
                            "confirmed": v.confirmed,
                            "calls": calls,
                        },
                        default=str,
                    )
                    + "\n"
                )
            s = summarise(verdicts)
            fh.write(
                json.dumps({"corpus": name, "summary": {k: s[k] for k in ("n", "right", "wrong", "confirmed")}}) + "\n"
            )
            fh.flush()
            print(f"{name:<8} n={s['n']} right={s['right']} wrong={s['wrong']} confirmed={s['confirmed']}", flush=True)


def _questions(corpus: str) -> tuple[dict, dict]:
    from answer_corpus import load_corpus

    items, surveys, _today = load_corpus(_corpora()[corpus])
    return {(s, q.id): q for s, c in surveys.items() for q in c.questions}, {i["id"]: i for i in items}


def cost(path: Path) -> None:
    """Extra read-backs of today's risks() over the logged run, per corpus and per reason."""
    from customario.dialogue.answer_risk import risks

    rows = []
    for x in path.read_text(encoding="utf-8").splitlines():
        try:
            rows.append(json.loads(x))
        except json.JSONDecodeError:
            break  # a line being written
    finished = {r["corpus"] for r in rows if "summary" in r}
    rows = [r for r in rows if r["corpus"] in finished]
    qs: dict[str, dict] = {}
    per_reason: Counter = Counter()
    total_n = total_extra = 0
    print(f"{'corpus':<8}{'n':>5}{'right':>6}{'wrong':>6}{'conf':>6}{'extra':>6}{'per100':>8}  extra on wrong/reasked")
    by_corpus: dict[str, list] = defaultdict(list)
    for r in rows:
        by_corpus[r["corpus"]].append(r)
    for corpus, rs in by_corpus.items():
        if corpus not in qs:
            qs[corpus] = _questions(corpus)[0]
        summary = next(r["summary"] for r in rs if "summary" in r)
        extra = 0
        notes = []
        for r in rs:
            if "summary" in r or r["confirmed"]:
                continue
            reasons: set[str] = set()
            for c in r["calls"]:
                q = qs[corpus][(r["survey"], c["qid"])]
                reasons |= set(risks(q, c["text"], c["value"])) - set(c["old"])
            if reasons:
                extra += 1
                per_reason.update(reasons)
                if r["verdict"] != "right":
                    notes.append(f"{r['id']}:{r['verdict']}")
        total_n += summary["n"]
        total_extra += extra
        print(
            f"{corpus:<8}{summary['n']:>5}{summary['right']:>6}{summary['wrong']:>6}{summary['confirmed']:>6}"
            f"{extra:>6}{100 * extra / summary['n']:>8.2f}  {' '.join(notes)}"
        )
    print(f"all     {total_n:>5} extra {total_extra} = {100 * total_extra / max(total_n, 1):.2f} per 100 lines")
    for k, v in per_reason.most_common():
        print(f"  {k:<16}{v:>5}  {100 * v / max(total_n, 1):.2f} per 100")


def stored_value(stored):
    """The valid value of a bench ``stored`` field ((status, value, confirmed) on later commits, the
    value alone on earlier ones), or None when no valid value was stored."""
    if (
        isinstance(stored, (list, tuple))
        and len(stored) == 3
        and isinstance(stored[2], bool)
        and isinstance(stored[0], str)
    ):
        return stored[1] if stored[0] == "valid" else None
    return stored


def caught(by_item: bool = False) -> None:
    """First-contact wrong items today's risks() names, per corpus and per reason."""
    from customario.dialogue.answer_risk import risks

    rows = [json.loads(x) for x in WRONG.read_text(encoding="utf-8").splitlines()]
    cache: dict[str, tuple] = {}
    per_corpus: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    per_reason: dict[str, set] = defaultdict(set)
    alone: Counter = Counter()
    items_got: list[tuple[str, list[str]]] = []
    for r in rows:
        if "summary" in r or r.get("qtype") == "open":
            continue
        if r["corpus"] not in cache:
            cache[r["corpus"]] = _questions(r["corpus"])
        q = cache[r["corpus"]][0].get((r["survey"], r["question"]))
        if q is None or q.type == "open":
            continue
        value = stored_value(r["stored"])
        if value is None:
            continue  # nothing stored as valid (a code, or stored at another question): no read-back to make
        got = risks(q, r["text"], value)
        per_corpus[r["corpus"]][1] += 1
        if got:
            per_corpus[r["corpus"]][0] += 1
        for k in got:
            per_reason[k].add(r["corpus"])
            alone[k] += 0
        if len(got) == 1:
            alone[got[0]] += 1
        per_reason_count[tuple(got)] = per_reason_count.get(tuple(got), 0) + 1
        items_got.append((r["corpus"], got))
        if by_item:
            print(
                f"{r['corpus']:<8} {q.type:<14} {','.join(got) or '-':<24} stored={r['stored']!r} expect={r['expected']} {r['text']!r}"
            )
    c = sum(v[0] for v in per_corpus.values())
    t = sum(v[1] for v in per_corpus.values())
    print(" ".join(f"{k}:{v[0]}/{v[1]}" for k, v in per_corpus.items()))
    print(f"caught {c} of {t}")
    counts: Counter = Counter()
    for got, n in per_reason_count.items():
        for k in got:
            counts[k] += n
    for k, n in counts.most_common():
        print(f"  {k:<16} caught {n:>3} (alone {alone[k]:>2}) on {len(per_reason[k]):>2} corpora")
    # Leave one corpus out: a reason counts for corpus C only when it catches wrong items on three
    # or more OTHER corpora (the criterion applied without C's items).
    loco = 0
    for corpus in per_corpus:
        kept = {k for k, cs in per_reason.items() if len(cs - {corpus}) >= 3}
        loco += sum(1 for c, got in items_got if c == corpus and set(got) & kept)
    print(f"leave one corpus out (a reason kept when it catches on 3+ other corpora): caught {loco} of {t}")


per_reason_count: dict[tuple, int] = {}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--calls", type=Path)
    ap.add_argument("--corpus", default=None)
    ap.add_argument("--cost", type=Path)
    ap.add_argument("--caught", action="store_true")
    ap.add_argument("--by-item", action="store_true")
    args = ap.parse_args()
    if args.calls:
        names = args.corpus.split(",") if args.corpus else list(_corpora())
        record_calls(args.calls, names)
    if args.cost:
        cost(args.cost)
    if args.caught:
        caught(args.by_item)


if __name__ == "__main__":
    main()
