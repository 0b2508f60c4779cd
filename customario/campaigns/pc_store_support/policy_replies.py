"""What the PC-store agent says about each tool's result (:meth:`.policy.StorePolicy._describe`)."""

from __future__ import annotations

import re
from typing import Any

from .store import money


def describe(name: str, r: Any) -> str | None:
    """The sentence the agent says about tool ``name``'s result ``r`` (a dict), or None for nothing."""
    say = _DESCRIBE.get(name)
    return say(r) if say is not None and isinstance(r, dict) else None


def _say_message(r: dict) -> str | None:
    return r.get("message")


def _say_order(r: dict) -> str | None:
    if r.get("verified") is False:
        return r.get("message")
    items = ", ".join(i["name"] for i in r.get("items", []))
    s = f"Order {r['order_number']} is {r['status']}: {items}, {money(r['total_cents'])} in total."
    if r.get("tracking_number"):
        s += f" Tracking: {r.get('carrier') or ''} {r['tracking_number']}.".replace("  ", " ")
    if r.get("refunded_cents"):
        s += f" {money(r['refunded_cents'])} has been refunded so far."
    return s


def _say_inventory(r: dict) -> str:
    where = ", ".join(f"{w['warehouse']} {w['quantity']}" for w in r["warehouses"])
    if not r["in_stock"]:
        return f"Sorry, the {r['name']} is out of stock right now."
    low = " Stock is low, so order soon." if r.get("low_stock") else ""
    return (
        f"Yes, the {r['name']} ({r['sku']}) is in stock: {r['total']} units ({where}), {money(r['price_cents'])}.{low}"
    )


def _say_refund(r: dict) -> str | None:
    if r.get("status") == "escalated" and not r.get("existing"):
        why = {
            "refund-over-threshold": "is above what I can approve",
            "fraud": "needs our fraud team",
            "dispute": "is under dispute",
        }.get(r.get("reason"), "needs a specialist")
        return (
            f"That refund of {money(r['requested_cents'])} {why}, so I've opened ticket #{r['ticket_id']} "
            f"for a colleague. No money has been moved yet."
        )
    return r.get("message")


def _say_label(r: dict) -> str:
    return (
        f"I've created a prepaid return label for {r['order_number']}: {r['carrier']} tracking "
        f"{r['tracking_number']}. Drop the parcel off within 14 days."
    )


def say_kb(r: dict) -> str:
    """The knowledge-base answer ``{confident, answer, partial}`` as at most two sentences; the
    no-reliable-answer reply when it is not confident or empty, after the half answered when the turn
    asked two things and the articles answer only one (``partial``, :func:`customario.escalation.kb_tool.partial_answer`)."""
    partial = r.get("partial") if not r.get("confident") else None
    if partial and partial.get("answer"):
        known = " ".join(re.split(r"(?<=\.)\s+", partial["answer"])[:2])
        return f"{known} I don't have a reliable answer to the rest of your question in our help articles; I can open a ticket for a colleague."
    if not r.get("confident") or not r.get("answer"):
        return "I don't have a reliable answer to that in our help articles; I can open a ticket for a colleague."
    return " ".join(re.split(r"(?<=\.)\s+", r["answer"])[:2])


def _say_saved_info(r: dict) -> str | None:
    if r.get("email"):
        return f"Thanks, I've noted your e-mail address, {r['email']}."
    return "Thanks, I've noted your phone number." if r.get("phone") else None


_DESCRIBE = {
    "lookup_order": _say_order,
    "check_inventory": _say_inventory,
    "verify_identity": _say_message,
    "process_refund": _say_refund,
    "create_return_label": _say_label,
    "search_knowledge_base": say_kb,
    "escalate_to_human": _say_message,
    "send_followup": lambda r: f"I've sent the details by {'text message' if r.get('channel') == 'sms' else 'email'}.",
    "reply_on_channel": lambda r: (
        f"Sure, I'll reply by {'email' if r.get('reply_channel') == 'email' else 'text message'}."
    ),
    "save_customer_info": _say_saved_info,
}
