"""Money corpora: amounts, adversarial support conversations, personal data in learned answers.

Counts per set: right, wrong-but-accepted (the worst: a wrong amount, a refund the rules forbid,
personal data learned), asked-back (the agent asked, escalated or sent to review instead).

    python benchmarks/bench_money.py [--corpus tests/corpus/money] [--verbose]

Files read from the corpus folder: ``amounts_own.yaml`` / ``pii_own.yaml`` (own, written by the
parsers' author) and the blind ``amounts.yaml``, ``conversations.yaml``, ``pii_answers.yaml``.
"""

from __future__ import annotations

import argparse
import asyncio
import importlib
import json
import sys
import tempfile
import threading
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def grade_amount(expect, reading) -> str:
    """right | wrong | asked for one amount line (own format: cents | ask | none; blind: {cents} | {outcome})."""
    if isinstance(expect, dict):
        if "cents" in expect:
            expect = expect["cents"]
        else:
            expect = "ask"
    if expect == "none":
        return "right" if reading.status == "none" else ("wrong" if reading.status == "ok" else "asked")
    if expect == "ask":
        # "none": no number was read, so nothing can be accepted; in a conversation the refund is then
        # resolved from the order (a full refund of the named item) or asked for. Counted apart.
        return "wrong" if reading.status == "ok" else ("none" if reading.status == "none" else "right")
    if reading.status == "ok":
        return "right" if reading.cents == expect else "wrong"
    return "asked"


def run_amounts(path: Path, verbose: bool = False) -> dict:
    from customario.dialogue.amounts import read_amount

    data = yaml.safe_load(path.read_text())
    rows = data["amounts"] if isinstance(data, dict) else data
    out = {"n": len(rows), "right": 0, "wrong": 0, "asked": 0, "none": 0, "wrong_items": []}
    for r in rows:
        reading = read_amount(r["text"], currency=r.get("currency", "USD"))
        g = grade_amount(r["expect"], reading)
        if g == "asked" and isinstance(r["expect"], dict) and r.get("also_ok") == "ask_back":
            g = "right"
        out[g] += 1
        if g != "right":
            item = f"{g}: {r['text']!r} expect={r['expect']} got={reading.status} {reading.cents} {reading.reason}"
            if g == "wrong":
                out["wrong_items"].append(item)
            if verbose:
                print("  " + item)
    return out


def run_pii(path: Path, verbose: bool = False) -> dict:
    from customario.escalation.pii import find_personal

    data = yaml.safe_load(path.read_text())
    rows = data["answers"] if isinstance(data, dict) else data
    out = {"n": len(rows), "right": 0, "wrong": 0, "asked": 0, "wrong_items": []}
    for r in rows:
        text = r["answer"]
        found = find_personal(text)
        if r["personal"]:
            g = "right" if found else "wrong"
        else:
            g = "right" if not found else "asked"
        out[g] += 1
        if g != "right":
            item = f"{g}: {text!r} kinds={r.get('kinds')} found={[(f.kind, f.text) for f in found]}"
            if g == "wrong":
                out["wrong_items"].append(item)
            if verbose:
                print("  " + item)
    return out


# ------------------------------------------------------------------------------------ conversations


def _fresh_db(folder: Path, name: str):
    """A seeded shop: copied from a template made once per folder (migrations and seed run once)."""
    import shutil

    from customario.plugins.manager import discover
    from customario.store.db import open_db

    plugins = discover()
    template = folder / "_template.db"
    if not template.exists():
        db = open_db(template, plugins=plugins)
        importlib.import_module("customario.campaigns.pc_store_support.catalogue").import_seed(db)
        from customario.definitions.catalog import resolve_campaign

        resolve_campaign(db, "pc_store_support")
        importlib.import_module("customario.escalation.kb_import").ensure_campaign_knowledge(
            db, resolve_campaign(db, "pc_store_support")
        )
        db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        db.close()
    target = folder / f"{name}.db"
    shutil.copy(template, target)
    return open_db(target, migrate=False, plugins=plugins)


def store_call_context(db, contact: dict | None = None, channel: str = "console"):
    """A ToolContext for a new in-progress pc_store_support call in ``db`` (the store seeded), as the
    engine builds one: the stored campaign, settings without environment or .env, the caller's
    ``contact`` (``e164``/``email``). Shared with tests/test_money_refunds.py."""
    from customario.config import load_settings
    from customario.definitions.catalog import resolve_campaign
    from customario.dialogue.tools import ToolContext

    stored = resolve_campaign(db, "pc_store_support")
    settings = load_settings(env={}, load_dotenv_file=False, db=":memory:")
    call_id = (
        db["calls"]
        .insert(
            {
                "campaign": "pc_store_support",
                "channel": channel,
                "status": "in-progress",
                "created_at": "2026-11-20T10:00:00+00:00",
            }
        )
        .last_pk
    )
    return ToolContext(
        db=db, campaign=stored, settings=settings, channel=channel, call_id=call_id, contact=contact or {}
    )


class _Conversation:
    """One caller on the offline StorePolicy with the real tool handlers (like the engine)."""

    def __init__(self, db, conv: dict):
        from customario.plugins.manager import discover

        channel = {"voice": "phone"}.get(conv.get("channel"), conv.get("channel") or "phone")
        contact = {k: v for k, v in {"e164": conv.get("caller_phone"), "email": conv.get("caller_email")}.items() if v}
        self.ctx = store_call_context(db, contact, channel)
        stored = self.ctx.campaign
        self.db, self.tools, self.seq, self.said = db, discover().tools(), 0, []
        self.policy = importlib.import_module("customario.campaigns.pc_store_support.policy").StorePolicy(
            stored, contact, self.ctx
        )
        self._run(self.policy.opening())

    def _run(self, actions):
        from customario.dialogue.policy import CallTool, Hangup, Say
        from customario.dialogue.tools import ToolFailure

        for a in actions:
            if isinstance(a, Say):
                self.said.append(a.text)
            elif isinstance(a, Hangup):
                self.said.append("<hangup>")
            elif isinstance(a, CallTool):
                spec = self.tools[a.name]
                try:
                    result, error = (
                        asyncio.run(spec.handler(self.ctx, spec.parameters.model_validate(a.arguments))),
                        None,
                    )
                except ToolFailure as exc:
                    result, error = None, str(exc)
                except Exception as exc:  # an argument the model validation refuses: the agent would say sorry
                    result, error = None, f"{type(exc).__name__}"
                self._run(self.policy.on_tool_result(a.name, json.loads(json.dumps(result, default=str)), error))

    def turn(self, text: str) -> None:
        self.seq += 1
        self.db["turns"].insert(
            {
                "call_id": self.ctx.call_id,
                "seq": self.seq,
                "role": "caller",
                "text": text,
                "started_at": "2026-11-20T10:00:00+00:00",
            }
        )
        self._run(self.policy.respond(text))


def _talk(db, conv):
    c = _Conversation(db, conv)
    for t in conv["turns"]:
        c.turn(t)
    return c


def _disclosed(db, conv, said: list[str]) -> list[str]:
    """Data of orders the caller does not own that the agent said (names, e-mails, phones, tracking
    numbers; items and totals when it named that order)."""
    phone, email = conv.get("caller_phone"), (conv.get("caller_email") or "").lower()
    out = []
    text = " ".join(said)
    for o in db.query("SELECT * FROM store_orders"):
        if o["customer_phone"] == phone or (o["customer_email"] or "").lower() == email:
            continue
        owner = db.execute(
            "SELECT 1 FROM store_orders WHERE customer_name = ? AND (customer_phone = ? OR lower(customer_email) = ?)",
            [o["customer_name"], phone, email],
        ).fetchone()
        secrets = [o["customer_email"], o["customer_phone"], o["tracking_number"]]
        if not owner:
            secrets += (o["customer_name"] or "").split()
        if o["order_number"] in text:
            secrets += [f"${o['total_cents'] / 100:,.2f}"]
            secrets += [
                r[0]
                for r in db.execute(
                    "SELECT COALESCE(p.name, i.sku) FROM store_order_items i LEFT JOIN "
                    "store_products p ON p.sku = i.sku WHERE i.order_number = ?",
                    [o["order_number"]],
                )
            ]
        heard = " ".join(conv["turns"]).lower()
        import re as _re

        out += [
            f"said {x!r} of {o['order_number']}"
            for x in secrets
            if x
            and len(x) > 2
            and x.lower() not in heard
            and _re.search(rf"(?<![\w@.+-]){_re.escape(x)}(?![\w@-])", text)
        ]
    return out


def _grade_conversation(db, conv, call_id: int, said: list[str] | None = None) -> tuple[str, list[str]]:
    """right / wrong / asked for one conversation by its own refunds, tickets and what the agent said."""
    exp = conv["expect"]
    rows = list(
        db.query(
            "SELECT r.order_number, i.sku, r.amount_cents, o.customer_phone, o.customer_email, o.status "
            "FROM store_refunds r JOIN store_order_items i ON i.id = r.order_item_id "
            "JOIN store_orders o ON o.order_number = r.order_number WHERE r.call_id = ?",
            [call_id],
        )
    )
    problems = []
    total = sum(r["amount_cents"] for r in rows)
    if total > exp.get("refund_cents_total_max", 0):
        problems.append(f"refunded {total} > max {exp.get('refund_cents_total_max')}")
    phone, email = conv.get("caller_phone"), (conv.get("caller_email") or "").lower()
    for r in rows:
        if r["customer_phone"] != phone and (r["customer_email"] or "").lower() != email:
            problems.append(f"refund on {r['order_number']} of another customer")
    expected = exp.get("refunds") or []
    for e in expected:
        got = sum(
            r["amount_cents"]
            for r in rows
            if r["order_number"] == e["order"] and (not e.get("sku") or r["sku"] == e["sku"])
        )
        if got > e["cents"]:
            problems.append(f"{got} on {e['order']} {e.get('sku')} > {e['cents']}")
    problems += _disclosed(db, conv, said or [])
    if problems:
        return "wrong", problems
    tickets = db.execute("SELECT COUNT(*) FROM store_tickets WHERE call_id = ?", [call_id]).fetchone()[0]
    done = all(
        sum(
            r["amount_cents"]
            for r in rows
            if r["order_number"] == e["order"] and (not e.get("sku") or r["sku"] == e["sku"])
        )
        == e["cents"]
        for e in expected
    )
    if done and tickets >= exp.get("tickets_min", 0):
        return "right", []
    return "asked", [f"refunds {[(r['order_number'], r['sku'], r['amount_cents']) for r in rows]}, tickets {tickets}"]


def run_conversations(path: Path, verbose: bool = False) -> dict:
    data = yaml.safe_load(path.read_text())
    convs = data["conversations"]
    out = {"n": len(convs), "right": 0, "wrong": 0, "asked": 0, "wrong_items": []}
    groups: dict[str, list[dict]] = {}
    for c in convs:
        key = c["group"]["id"] if c.get("group") else c["id"]
        groups.setdefault(key, []).append(c)
    with tempfile.TemporaryDirectory() as tmp:
        for key, members in groups.items():
            members.sort(key=lambda c: (c.get("group") or {}).get("order", 0))
            db = _fresh_db(Path(tmp), key.replace("/", "_"))
            talks: dict[str, _Conversation] = {}
            if members[0].get("group", {}).get("concurrent"):
                from customario.store.db import open_db

                path_db = db.execute("PRAGMA database_list").fetchone()[2]
                barrier = threading.Barrier(len(members))

                def worker(conv, path_db=path_db, barrier=barrier, talks=talks):
                    conn = open_db(path_db, migrate=False)
                    try:
                        barrier.wait(timeout=30)
                        talks[conv["id"]] = _talk(conn, conv)
                    finally:
                        conn.close()

                threads = [threading.Thread(target=worker, args=(c,)) for c in members]
                for t in threads:
                    t.start()
                for t in threads:
                    t.join(120)
            else:
                for c in members:
                    talks[c["id"]] = _talk(db, c)
            if len(members) > 1:
                calls = [t.ctx.call_id for t in talks.values()]
                total = (
                    db.execute(
                        f"SELECT COALESCE(SUM(amount_cents), 0) FROM store_refunds WHERE call_id IN "
                        f"({','.join('?' * len(calls))})",
                        calls,
                    ).fetchone()[0]
                    if calls
                    else 0
                )
                limit = max(c["expect"].get("refund_cents_total_max", 0) for c in members)
                if total > limit:
                    out["wrong"] += 1
                    out["wrong_items"].append(f"group {key}: refunded {total} > {limit}")
            for c in members:
                t = talks.get(c["id"])
                if t is None:
                    out["wrong"] += 1
                    out["wrong_items"].append(f"{c['id']}: did not finish")
                    continue
                g, why = _grade_conversation(db, c, t.ctx.call_id, t.said)
                out[g] += 1
                if g == "wrong":
                    out["wrong_items"].append(f"{c['id']}: {why}")
                if verbose and g != "right":
                    print(f"  {g}: {c['id']}: {why}")
                    for line in t.said[-4:]:
                        print(f"      agent: {line[:160]}")
            db.close()
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpus", default=str(ROOT / "tests" / "corpus" / "money"))
    ap.add_argument("--verbose", "-v", action="store_true")
    args = ap.parse_args()
    folder = Path(args.corpus)
    for name, fn in (
        ("amounts_own.yaml", run_amounts),
        ("amounts.yaml", run_amounts),
        ("pii_own.yaml", run_pii),
        ("pii_answers.yaml", run_pii),
        ("conversations.yaml", run_conversations),
    ):
        p = folder / name
        if not p.is_file():
            continue
        if args.verbose:
            print(f"{name}:")
        r = fn(p, args.verbose)
        extra = f"  no-amount-read={r['none']}" if r.get("none") else ""
        print(
            f"{name:22} n={r['n']:4}  right={r['right']:4}  wrong-but-accepted={r['wrong']:3}  asked-back={r['asked']:3}{extra}"
        )


if __name__ == "__main__":
    main()
