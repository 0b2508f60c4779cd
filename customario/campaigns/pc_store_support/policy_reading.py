"""Reading a PC-store caller's turn: order numbers, SKUs, identity details and the issue type.

Pure functions of the text (no state), used by :class:`.policy.StorePolicy`.
"""

from __future__ import annotations

import re
from typing import Any

from .store import ORDER_RE

SKU_RE = re.compile(r"\b([A-Z]{2,4}-[A-Z0-9]+(?:-[A-Z0-9]+)*)\b")
EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
ZIP_RE = re.compile(r"\b(\d{5})(?:-\d{4})?\b|\b([A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2})\b", re.IGNORECASE)
CODE_RE = re.compile(r"(?<![\d-])(\d{3})[\s-]?(\d{3})(?![\d-])")
LAST_NAME_RE = re.compile(r"\b(?:last name|surname|family name)(?: is|'s|:)?\s+([A-Za-z][A-Za-z'\-]+)", re.IGNORECASE)
YES_RE = re.compile(
    r"^\s*(yes|yeah|yep|yup|correct|right|that's right|that is right|sure|ok|okay|exactly|confirm(ed)?)\b",
    re.IGNORECASE,
)
NO_RE = re.compile(r"^\s*(no|nope|nah|not quite|wrong|that's wrong|incorrect)\b", re.IGNORECASE)
NAME_RE = re.compile(r"\bmy name is ([A-Z][a-z]+(?: [A-Z][a-z]+)?)", re.IGNORECASE)
STOP = set(
    """a an the is are do does you have any in stock available availability of for please can i
    check me tell whether if it there still what about how many got carry sell your currently right now
    and or to be we us my looking want need buy order is there this that hi hello hey""".split()
)
KB_WORDS = (
    "policy",
    "how long",
    "how many days",
    "compatible",
    "compatibility",
    "work with",
    "warranty",
    "shipping",
    "ship",
    "deliver",
    "delivery",
    "restocking",
    "power supply",
    "psu",
    "ddr4",
    "ddr5",
    "?",
)
PRODUCT_HINTS = (
    "rtx",
    "radeon",
    "ryzen",
    "intel",
    "core i",
    "ssd",
    "nvme",
    "ddr",
    "ram",
    "gpu",
    "cpu",
    "geforce",
    "samsung",
    "corsair",
    "psu",
    "motherboard",
    "4090",
    "4070",
    "4060",
    "7900",
    "7800",
)


def order_in(text: str) -> str | None:
    """The first order number in ``text`` as ``"ORD-<digits>"``, or None."""
    m = ORDER_RE.search(text or "")
    return f"ORD-{m.group(1)}" if m else None


def sku_in(text: str) -> str | None:
    """The first SKU in ``text`` (``"GPU-4070-12G"``: two to four capitals, a dash, parts), not an order
    number; None when there is none."""
    for m in SKU_RE.finditer(text or ""):
        if not m.group(1).upper().startswith("ORD-"):
            return m.group(1)
    return None


def dollars(cents: int) -> str:
    """Whole cents as a dollar string for a tool argument: 179999 -> ``"1799.99"``."""
    return f"{cents // 100}.{cents % 100:02d}"


def has_word(text: str, *words: str) -> bool:
    """Whether any of ``words`` (phrases allowed) occurs in ``text`` as whole words."""
    return any(re.search(r"\b" + re.escape(w) + r"\b", text) for w in words)


def prior_summary(history: list[dict[str, Any]] | None) -> tuple[str | None, str | None]:
    """(sentence about the customer's last earlier conversation, order number mentioned) from history
    entries ``{role, channel, text}``; (None, None) when there is none."""
    if not history:
        return None, None
    labels = {
        "sms": "by text message",
        "email": "by email",
        "phone": "on the phone",
        "console": "in a chat",
        "simulation": "in a chat",
    }
    said = [e for e in history if e.get("role") in ("user", "customer")]
    for entry in reversed(said):  # the latest order number they mentioned
        order = order_in(entry.get("text", ""))
        if order:
            return f"I see you asked about {order} {labels.get(entry.get('channel') or '', '')} earlier.".replace(
                "  ", " "
            ), order
    for entry in reversed(said):  # else their latest message with some substance
        words = (entry.get("text") or "").strip().split()
        if len(words) >= 3:
            snippet = " ".join(words[:10]) + ("…" if len(words) > 10 else "")
            where = labels.get(entry.get("channel") or "", "")
            return f'I see you contacted us {where} earlier about "{snippet}".'.replace("  ", " "), None
    return None, None


def verification_args(text: str, low: str, order: str | None, code_sent: bool) -> dict | None:
    """The ``verify_identity`` arguments in a caller turn: ``{"send_code": True[, "code_channel"]}``,
    ``{"code": "123456"}``, ``{"last_name": ...}`` or ``{"postcode": ...}``; None when the turn has none.

    ``order`` (the order number under discussion) is not read as a ZIP code; ``code_sent`` makes a
    bare six-digit number a one-time code."""
    if re.search(r"\b(send|text|email|e-mail)\b.*\bcode\b|\bcode\b.*\b(please|send)\b", low):
        return {"send_code": True, **({"code_channel": "email"} if "email" in low or "e-mail" in low else {})}
    code = CODE_RE.search(text)
    if code and "code" in low or (code and code_sent):
        return {"code": code.group(1) + code.group(2)}
    last = LAST_NAME_RE.search(text)
    if last:
        return {"last_name": last.group(1)}
    z = ZIP_RE.search(text.replace(order or "\x00", ""))
    if z and not order_in(z.group(0)):
        return {"postcode": z.group(1) or z.group(2)}
    if code:
        return {"code": code.group(1) + code.group(2)}
    words = re.findall(r"[A-Za-z][A-Za-z'\-]+", text)
    cleaned = [
        w
        for w in words
        if w.lower()
        not in (
            "it",
            "its",
            "it's",
            "is",
            "my",
            "name",
            "the",
            "on",
            "order",
            "sure",
            "yes",
            "ok",
            "okay",
            "thats",
            "that's",
            "um",
            "uh",
            "oh",
        )
    ]
    if len(cleaned) == 1 and len(words) <= 5:
        return {"last_name": cleaned[0]}
    return None


def issue_type(low: str) -> str:
    """The ticket issue type guessed from the lowercased caller text: refund, return, stock, billing,
    technical, order-status or other (the first group with a word in the text)."""
    for key, words in (
        ("refund", ("refund", "money back")),
        ("return", ("return",)),
        ("stock", ("stock", "available")),
        ("billing", ("charge", "billing", "card")),
        ("technical", ("broken", "not working", "dead", "defective")),
        ("order-status", ("where", "status", "tracking", "shipped")),
    ):
        if any(w in low for w in words):
            return key
    return "other"
