"""Knowledge-base question corpora against the product's search (issue 11).

Shared by ``benchmarks/bench_knowledge.py`` and the test subset. Formats (same as the blind corpus,
``tests/corpus/BLIND-README.md`` section 3): ``paraphrases`` items ``{id, kb, text, expect:
{answer_contains, must_not_contain?}}`` where each fact is a string or a list of alternatives;
``near_misses`` items ``{id, kb, text, expect: escalate}``; learned ``scenarios`` ``{id, kb,
question, supervisor_answer, paraphrases, near_misses}``.

A question is **answered** when the search is confident; the answer given is the best article's
excerpt. Verdicts: ``right`` (answered and every fact present, no forbidden one; or a near miss
escalated), ``wrong`` (answered with a missing or forbidden fact; or a near miss answered),
``escalated`` (a paraphrase not answered).
"""

from __future__ import annotations

import re
import tempfile
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[1]
KBS = {
    "salon": ("salon_reception", ROOT / "customario/campaigns/salon_reception/knowledge/business_profile.yaml"),
    "store": ("pc_store_support", ROOT / "customario/campaigns/pc_store_support/knowledge/kb.yaml"),
}


def fresh_db(kbs: tuple[str, ...] = ("salon", "store")):
    """A new SQLite file (in a temp folder) with the salon profile and the store KB imported."""
    from customario.escalation.kb_import import import_articles
    from customario.store.db import open_db

    folder = tempfile.mkdtemp(prefix="customario-kb-")
    db = open_db(Path(folder) / "kb.db")
    for kb in kbs:
        campaign, path = KBS[kb]
        import_articles(db, path, campaign=campaign)
    return db


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", (text or "").lower().replace("’", "'")).strip()


def has_fact(answer: str, fact: Any) -> bool:
    """``fact`` (a string or a list of alternatives) appears in ``answer``: case-insensitive,
    whitespace collapsed, no letter or digit right before or after it."""
    alternatives = fact if isinstance(fact, list) else [fact]
    a = _norm(answer)
    for alt in alternatives:
        alt = _norm(str(alt))
        if alt and re.search(rf"(?<![a-z0-9]){re.escape(alt)}(?![a-z0-9])", a):
            return True
    return False


def ask(db, kb: str, text: str) -> tuple[bool, str | None, dict | None]:
    """(confident, answer given or None, best hit) for ``text`` against ``kb``'s campaign."""
    from customario.escalation.knowledge import search

    campaign = KBS[kb][0]
    result = search(db, text, campaign=campaign)
    best = result.best
    if result.confident and best is not None:
        return True, best.get("excerpt") or best["answer"], best
    return False, None, best


def judge_paraphrase(db, item: dict) -> tuple[str, str | None]:
    confident, answer, _best = ask(db, item["kb"], item["text"])
    if not confident:
        return "escalated", None
    exp = item.get("expect") or {}
    ok = all(has_fact(answer, f) for f in exp.get("answer_contains") or [])
    ok = ok and not any(has_fact(answer, f) for f in exp.get("must_not_contain") or [])
    return ("right" if ok else "wrong"), answer


def judge_near_miss(db, item: dict) -> tuple[str, str | None]:
    confident, answer, _best = ask(db, item["kb"], item["text"])
    return ("wrong" if confident else "right"), answer


def run_scenario(scenario: dict) -> dict:
    """One learning scenario on a fresh base: ``{"escalated_first", "paraphrases": [(text,
    verdict)], "near_misses": [(text, verdict)]}`` with paraphrase verdicts right / wrong /
    escalated and near-miss verdicts right / wrong (answered with the learned answer)."""
    from customario.escalation.knowledge import upsert_article

    kb = scenario["kb"]
    db = fresh_db((kb,))
    campaign = KBS[kb][0]
    first, _a, _b = ask(db, kb, scenario["question"])
    learned, _ = upsert_article(
        db, scenario["question"], scenario["supervisor_answer"], campaign=campaign, source="supervisor", by="bench"
    )
    out = {"id": scenario.get("id"), "escalated_first": not first, "paraphrases": [], "near_misses": []}
    for text in scenario.get("paraphrases") or []:
        confident, _answer, best = ask(db, kb, text)
        verdict = "escalated" if not confident else "right" if best["id"] == learned["id"] else "wrong"
        out["paraphrases"].append((text, verdict))
    for text in scenario.get("near_misses") or []:
        confident, _answer, best = ask(db, kb, text)
        out["near_misses"].append((text, "wrong" if confident and best["id"] == learned["id"] else "right"))
    db.close()
    return out


def load(path: str | Path) -> dict:
    return yaml.safe_load(Path(path).read_text(encoding="utf-8")) or {}


def split_of(item_id: str) -> str:
    """``dev`` or ``held`` for a corpus id, fixed by a hash of the id (about half each): failures of
    the ``dev`` half may be read and generalised from; the ``held`` half is only counted."""
    import hashlib

    return "dev" if hashlib.sha256(str(item_id).encode()).digest()[0] % 2 == 0 else "held"


def in_split(item: dict, split: str) -> bool:
    return split == "all" or split_of(item.get("id", "")) == split
