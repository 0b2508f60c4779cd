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

"Did you mean ...?" (``customario.escalation.kb_suggest``): when the search is not confident but
offers an article, a simulated caller answers the agent's "Are you asking about ...?". It says yes
only when the offered article is the source of the item (its whole answer holds every
``answer_contains`` fact; for a learned scenario, it is the learned article) and no otherwise; a
near miss has no source, so it always says no. Extra verdicts: ``right after yes`` / ``wrong after
yes`` (the excerpt read after the yes, judged like a direct answer), ``declined`` (a paraphrase
offered the wrong article: the caller said no and the question escalated) and, for near misses,
``declined`` (offered, refused after the caller's no: a cost, not a wrong answer).
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
    confident, answer, best, _offered = ask_with_suggestion(db, kb, text)
    return confident, answer, best


def ask_with_suggestion(db, kb: str, text: str) -> tuple[bool, str | None, dict | None, dict | None]:
    """(confident, answer given or None, best hit, suggestion or None) for ``text``: the suggestion
    the agent would offer ("Are you asking about ...?") when the search is not confident."""
    from customario.escalation.kb_suggest import suggestion
    from customario.escalation.knowledge import search

    campaign = KBS[kb][0]
    result = search(db, text, campaign=campaign)
    best = result.best
    if result.confident and best is not None:
        return True, best.get("excerpt") or best["answer"], best, None
    return False, None, best, suggestion(result)


def _facts_ok(answer: str, exp: dict) -> bool:
    ok = all(has_fact(answer, f) for f in exp.get("answer_contains") or [])
    return ok and not any(has_fact(answer, f) for f in exp.get("must_not_contain") or [])


def _is_source(db, article_id: int, exp: dict) -> bool:
    """The simulated caller's yes: the offered article's whole answer holds every fact asked."""
    facts = exp.get("answer_contains") or []
    row = db.execute("SELECT answer FROM kb_articles WHERE id = ?", [article_id]).fetchone()
    return bool(facts) and row is not None and all(has_fact(row[0], f) for f in facts)


def judge_paraphrase(db, item: dict) -> tuple[str, str | None]:
    """(verdict, answer read or None): right / wrong (answered directly), right after yes / wrong
    after yes (offered, the simulated caller said yes), declined (offered the wrong article, the
    caller said no: escalated), escalated (nothing offered)."""
    confident, answer, _best, offered = ask_with_suggestion(db, item["kb"], item["text"])
    exp = item.get("expect") or {}
    if confident:
        return ("right" if _facts_ok(answer, exp) else "wrong"), answer
    if offered is None:
        return "escalated", None
    if not _is_source(db, offered["article_id"], exp):
        return "declined", None
    answer = offered["answer"]
    return ("right after yes" if _facts_ok(answer, exp) else "wrong after yes"), answer


def judge_near_miss(db, item: dict) -> tuple[str, str | None]:
    """(verdict, answer or offered question): right (refused at once), declined (offered, the
    caller said no: refused after a no), wrong (answered without a yes)."""
    confident, answer, _best, offered = ask_with_suggestion(db, item["kb"], item["text"])
    if confident:
        return "wrong", answer
    return ("declined", offered["ask"]) if offered else ("right", None)


def run_scenario(scenario: dict) -> dict:
    """One learning scenario on a fresh base: ``{"escalated_first", "paraphrases": [(text,
    verdict)], "near_misses": [(text, verdict)]}`` with paraphrase verdicts right / wrong /
    right after yes / declined / escalated and near-miss verdicts right / declined (the learned
    answer offered, refused after a no) / wrong (answered with the learned answer)."""
    from customario.escalation.kb_articles import upsert_article

    kb = scenario["kb"]
    db = fresh_db((kb,))
    campaign = KBS[kb][0]
    first, _a, _b = ask(db, kb, scenario["question"])
    learned, _ = upsert_article(
        db, scenario["question"], scenario["supervisor_answer"], campaign=campaign, source="supervisor", by="bench"
    )
    out = {"id": scenario.get("id"), "escalated_first": not first, "paraphrases": [], "near_misses": []}
    for text in scenario.get("paraphrases") or []:
        confident, _answer, best, offered = ask_with_suggestion(db, kb, text)
        if confident:
            verdict = "right" if best["id"] == learned["id"] else "wrong"
        elif offered is None:
            verdict = "escalated"
        else:  # the caller says yes only to the learned answer
            verdict = "right after yes" if offered["article_id"] == learned["id"] else "declined"
        out["paraphrases"].append((text, verdict))
    for text in scenario.get("near_misses") or []:
        confident, _answer, best, offered = ask_with_suggestion(db, kb, text)
        verdict = "wrong" if confident and best["id"] == learned["id"] else "right"
        if verdict == "right" and offered is not None and offered["article_id"] == learned["id"]:
            verdict = "declined"  # offered the learned answer, refused after the caller's no
        out["near_misses"].append((text, verdict))
    db.close()
    return out


def _tally_offer(db, row: dict, near: bool, exp: dict, offered: dict | None) -> None:
    """Count one offer ("Are you asking about ...?") into a grid row: a near miss offered, a
    paraphrase offered the wrong article (the caller declines), or the right article read after a
    yes with its facts (right) or without them (wrong)."""
    if offered is None:
        return
    if near:
        row["near offered"] += 1
    elif not _is_source(db, offered["article_id"], exp):
        row["declined"] += 1
    else:
        row["right after yes" if _facts_ok(offered["answer"], exp) else "wrong after yes"] += 1


def suggestion_grid(folders: list[tuple[Path, str]], floors, leads) -> list[dict]:
    """For each (floor, lead): paraphrases answered right / wrong after a yes, paraphrases offered
    the wrong article (declined), near misses offered (refused after a no), over the items of
    ``folders`` ((folder, split) pairs). Each question is searched once."""
    from customario.escalation.kb_suggest import suggestion
    from customario.escalation.knowledge import search

    db = fresh_db()
    seen = []  # (is near miss, expect, search result)
    for folder, split in folders:
        for name, near in (("paraphrases.yaml", False), ("near_misses.yaml", True)):
            for item in load(folder / name).get("questions") or []:
                if in_split(item, split):
                    result = search(db, item["text"], campaign=KBS[item["kb"]][0])
                    if not result.confident:
                        result.nearest = None  # the lexical rule alone; see nearest_grid
                        seen.append((near, item.get("expect") or {}, result))
    out = []
    for floor in floors:
        for lead in leads:
            row = {
                "floor": floor,
                "lead": lead,
                "right after yes": 0,
                "wrong after yes": 0,
                "declined": 0,
                "near offered": 0,
            }
            for near, exp, result in seen:
                _tally_offer(db, row, near, exp, suggestion(result, floor=floor, lead=lead))
            out.append(row)
    db.close()
    return out


def nearest_grid(folders: dict[str, tuple[Path, str]], floors, leads, wrong_cost=3.0, offer_cost=0.5) -> dict:
    """The meaning-based offer (``kb_suggest.nearest_offer``) over the questions the lexical rule
    offers nothing for, per development corpus and (floor, lead): right / wrong after a yes,
    paraphrases declined, near misses offered. ``choice``: leave one corpus out; the (floor, lead)
    maximising right - ``wrong_cost`` x wrong after a yes - ``offer_cost`` x (declined + near
    misses offered) on the other corpora, and its counts on the one left out (cross-validated)."""
    import itertools

    from customario.escalation.kb_suggest import nearest_offer, suggestion
    from customario.escalation.knowledge import search

    db = fresh_db()
    seen: dict[str, list] = {name: [] for name in folders}
    for name, (folder, split) in folders.items():
        for fname, near in (("paraphrases.yaml", False), ("near_misses.yaml", True)):
            for item in load(folder / fname).get("questions") or []:
                if not in_split(item, split):
                    continue
                result = search(db, item["text"], campaign=KBS[item["kb"]][0])
                if result.confident or result.nearest is None:
                    continue
                nearest, result.nearest = result.nearest, None
                if suggestion(result) is None:  # the lexical rule offers nothing
                    result.nearest = nearest
                    seen[name].append((near, item.get("expect") or {}, result))
    keys = ("right after yes", "wrong after yes", "declined", "near offered")
    table = {}
    for name, f, lead in itertools.product(folders, floors, leads):
        row = dict.fromkeys(keys, 0)
        for near, exp, result in seen[name]:
            _tally_offer(db, row, near, exp, nearest_offer(result, floor=f, lead=lead))
        table[(name, f, lead)] = row
    db.close()

    def score(row: dict) -> float:
        return (
            row["right after yes"]
            - wrong_cost * row["wrong after yes"]
            - offer_cost * (row["declined"] + row["near offered"])
        )

    grid = [
        {"floor": f, "lead": lead, **{k: sum(table[(n, f, lead)][k] for n in folders) for k in keys}}
        for f, lead in itertools.product(floors, leads)
    ]
    choice = []
    for held in folders:
        f, lead = max(
            itertools.product(floors, leads),
            key=lambda fl: (sum(score(table[(n, *fl)]) for n in folders if n != held), fl),
        )
        choice.append({"held out": held, "floor": f, "lead": lead, **table[(held, f, lead)]})
    return {"grid": grid, "choice": choice}


def load(path: str | Path) -> dict:
    return yaml.safe_load(Path(path).read_text(encoding="utf-8")) or {}


def split_of(item_id: str) -> str:
    """``dev`` or ``held`` for a corpus id, fixed by a hash of the id (about half each): failures of
    the ``dev`` half may be read and generalised from; the ``held`` half is only counted."""
    import hashlib

    return "dev" if hashlib.sha256(str(item_id).encode()).digest()[0] % 2 == 0 else "held"


def in_split(item: dict, split: str) -> bool:
    return split == "all" or split_of(item.get("id", "")) == split
