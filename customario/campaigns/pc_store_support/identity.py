"""Identity before money: is the person on this call the customer of this order?

A caller is **verified for an order** in one call when one of these holds (the campaign's
``settings.verification``, see :class:`.store.Policy`):

1. **caller ID**: the number the call or SMS came from, or the address the e-mail came from, is the
   order's phone or e-mail (``ctx.contact`` as the channel delivered it — never an address the
   caller merely says);
2. **second factor**: the caller gives the order number plus the shipping postcode or the last name
   on the order (which ones: ``second_factors``); after ``max_attempts`` wrong answers the order
   is locked for the rest of the call;
3. **one-time code**: a 6-digit code sent through the outbox to the phone or e-mail **on the
   order** (never to an address the caller gives), read back within ``code_ttl_s`` seconds, at most
   ``max_attempts`` tries. Only a salted SHA-256 of the code is stored.

Each success, sent code, failure and lock is a ``store_verifications`` row. An unverified caller
gets at most the order's status (``unverified_can_see: status``) and never a refund, a return label
or a status change (the tools refuse with one sentence and a ``store_refusals`` row).
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
import unicodedata
from datetime import datetime, timedelta, timezone
from typing import Any, Mapping

from sqlite_utils import Database

from customario.store.db import immediate, utc_now

from .store import Policy, RefundRefused, get_order, normalise_order_number

ASK_SECOND_FACTOR = {
    ("postcode", "last_name"): "the shipping postcode or the last name on the order",
    ("postcode",): "the shipping postcode on the order",
    ("last_name",): "the last name on the order",
}


def _fold(text: str | None) -> str:
    t = unicodedata.normalize("NFKD", text or "")
    return "".join(c for c in t if not unicodedata.combining(c)).casefold().strip()


def _postcode(text: str | None) -> str:
    t = re.sub(r"[^0-9a-z]", "", _fold(text))
    return t[:5] if re.fullmatch(r"\d{9}", t) else t  # ZIP+4 → ZIP


def _row(db: Database, call_id: int | None, number: str, status: str = "verified") -> dict | None:
    if call_id is None:
        return None
    rows = list(
        db.query(
            "SELECT * FROM store_verifications WHERE call_id = ? AND order_number = ? AND status = ? "
            "ORDER BY id DESC LIMIT 1",
            [call_id, number, status],
        )
    )
    return rows[0] if rows else None


def _record(db: Database, call_id: int | None, number: str, method: str, status: str, detail: str = "", **extra) -> int:
    now = utc_now()
    return (
        db["store_verifications"]
        .insert(
            {
                "call_id": call_id,
                "order_number": number,
                "method": method,
                "status": status,
                "detail": detail,
                "attempts": extra.pop("attempts", 0),
                "created_at": now,
                "updated_at": now,
                **extra,
            }
        )
        .last_pk
    )


def ask_for(policy: Policy) -> str:
    """What to ask a caller to prove who they are (for the agent's sentence)."""
    ask = ASK_SECOND_FACTOR.get(tuple(policy.second_factors), "the details on the order")
    extra = " Or I can send a one-time code to the phone or e-mail on the order." if policy.one_time_code else ""
    return f"For your security, please tell me {ask}.{extra}"


def caller_matches(order: Mapping[str, Any], contact: Mapping[str, Any] | None) -> str | None:
    """``"phone"``/``"email"`` when the channel's caller identifiers match the order, else None."""
    c = contact or {}
    phone = (c.get("e164") or "").strip()
    email = (c.get("email") or "").strip().lower()
    if phone and order.get("customer_phone") and phone == order["customer_phone"]:
        return "phone"
    if email and order.get("customer_email") and email == order["customer_email"].lower():
        return "email"
    return None


def verification(
    db: Database, call_id: int | None, order_number: str, contact: Mapping[str, Any] | None = None
) -> dict | None:
    """The verified row for this call and order, creating it from caller ID when the channel's
    identifiers match the order. None when the caller is not (yet) verified."""
    number = normalise_order_number(order_number)
    found = _row(db, call_id, number)
    if found:
        return found
    order = get_order(db, number)
    how = caller_matches(order, contact)
    if how is None:
        return None
    if call_id is None:
        return {"method": "caller-id", "detail": how, "order_number": number, "status": "verified"}
    with immediate(db):
        found = _row(db, call_id, number)
        if found:
            return found
        rid = _record(db, call_id, number, "caller-id", "verified", f"{how} on the order")
    return next(db.query("SELECT * FROM store_verifications WHERE id = ?", [rid]))


def is_verified(db: Database, call_id: int | None, order_number: str) -> bool:
    """True when this call holds a ``verified`` row for the order (no side effects)."""
    return _row(db, call_id, normalise_order_number(order_number)) is not None


def _failures(db: Database, call_id: int | None, number: str) -> int:
    if call_id is None:
        return 0
    return db.execute(
        "SELECT COUNT(*) FROM store_verifications WHERE call_id = ? AND order_number = ? AND status IN "
        "('failed', 'locked')",
        [call_id, number],
    ).fetchone()[0]


def _locked(db: Database, call_id: int | None, number: str) -> bool:
    return (
        call_id is not None
        and db.execute(
            "SELECT 1 FROM store_verifications WHERE call_id = ? AND order_number = ? AND status = 'locked'",
            [call_id, number],
        ).fetchone()
        is not None
    )


def check_second_factor(
    db: Database,
    call_id: int | None,
    order_number: str,
    policy: Policy,
    *,
    postcode: str | None = None,
    last_name: str | None = None,
) -> dict:
    """Verify with the order number plus a second factor. Returns ``{"verified": True, "method"}``;
    raises RefundRefused (code ``verification-failed`` or ``verification-locked``) otherwise."""
    number = normalise_order_number(order_number)
    with immediate(db):
        if _row(db, call_id, number):
            return {"verified": True, "method": "already", "order_number": number}
        if _locked(db, call_id, number):
            raise RefundRefused(
                f"I can't verify order {number} on this call any more; a colleague can help you",
                code="verification-locked",
            )
        order = get_order(db, number)
        given = []
        ok = False
        if postcode and "postcode" in policy.second_factors:
            given.append("postcode")
            ok = (
                ok
                or bool(order.get("shipping_postcode"))
                and _postcode(postcode) == _postcode(order["shipping_postcode"])
            )
        if last_name and "last_name" in policy.second_factors:
            given.append("last name")
            words = _fold(order.get("customer_name")).split()
            ok = ok or (len(words) >= 2 and _fold(last_name) in (words[-1], " ".join(words[1:])))
        if not given:
            raise RefundRefused(
                f"I need {ASK_SECOND_FACTOR.get(tuple(policy.second_factors), 'a detail on the order')}",
                code="verification-needed",
            )
        if ok:
            _record(db, call_id, number, "second-factor", "verified", " + ".join(given))
            return {"verified": True, "method": "second-factor", "order_number": number}
        tries = _failures(db, call_id, number) + 1
        locked = tries >= policy.max_attempts
        _record(
            db, call_id, number, "second-factor", "locked" if locked else "failed", " + ".join(given), attempts=tries
        )
    if locked:
        raise RefundRefused(
            f"That doesn't match order {number}, and I can't try again on this call; a colleague can help you",
            code="verification-locked",
        )
    raise RefundRefused(f"That doesn't match what we have on order {number}", code="verification-failed")


def _hash(code: str, salt: str) -> str:
    return salt + ":" + hashlib.sha256((salt + code).encode()).hexdigest()


def send_code(
    db: Database, call_id: int | None, order_number: str, policy: Policy, *, channel: str | None = None
) -> dict:
    """Send a one-time code to the order's own phone (SMS) or e-mail through the outbox.
    Returns ``{"sent": True, "channel", "to_masked", "outbox_id"}``. Raises RefundRefused when codes
    are off, the call is unknown or the order has no contact."""
    from customario.channels.outbox import enqueue
    from customario.render.tables import mask_phone

    number = normalise_order_number(order_number)
    if not policy.one_time_code:
        raise RefundRefused("I can't send codes for this shop", code="code-disabled")
    if call_id is None:
        raise RefundRefused("I can only send a code during a call", code="code-disabled")
    order = get_order(db, number)
    if channel == "email" or (channel is None and not order.get("customer_phone")):
        to, ch = order.get("customer_email"), "email"
    else:
        to, ch = order.get("customer_phone"), "sms"
    if not to:
        raise RefundRefused(
            f"Order {number} has no {'e-mail' if ch == 'email' else 'phone number'} to send a code to",
            code="code-no-contact",
        )
    code = f"{secrets.randbelow(10**6):06d}"
    salt = secrets.token_hex(8)
    expires = (datetime.now(timezone.utc) + timedelta(seconds=policy.code_ttl_s)).isoformat(timespec="microseconds")
    masked = mask_phone(to) if ch == "sms" else re.sub(r"(^.).*(@.*$)", r"\1***\2", to)
    with immediate(db):
        if _locked(db, call_id, number):
            raise RefundRefused(
                f"I can't verify order {number} on this call any more; a colleague can help you",
                code="verification-locked",
            )
        db.execute(
            "UPDATE store_verifications SET status = 'expired', updated_at = ? WHERE call_id = ? AND "
            "order_number = ? AND status = 'pending'",
            [utc_now(), call_id, number],
        )
        msg = enqueue(
            db,
            channel=ch,
            to=to,
            subject="Your verification code" if ch == "email" else None,
            body=f"Your Voltage PC Parts verification code is {code}. It expires in "
            f"{max(1, policy.code_ttl_s // 60)} minutes. Nobody from the shop will ask you for it by e-mail.",
            call_id=call_id,
        )
        _record(
            db,
            call_id,
            number,
            "one-time-code",
            "pending",
            f"sent by {ch} to {masked}",
            code_hash=_hash(code, salt),
            outbox_id=msg["id"],
            expires_at=expires,
        )
    return {"sent": True, "channel": ch, "to_masked": masked, "outbox_id": msg["id"], "order_number": number}


def check_code(db: Database, call_id: int | None, order_number: str, code: str, policy: Policy) -> dict:
    """Check a code the caller read back. Returns ``{"verified": True}``; raises RefundRefused
    (``code-wrong``, ``code-expired``, ``code-none``, ``verification-locked``)."""
    number = normalise_order_number(order_number)
    digits = re.sub(r"\D", "", code or "")
    with immediate(db):
        if _row(db, call_id, number):
            return {"verified": True, "method": "already", "order_number": number}
        pending = _row(db, call_id, number, "pending")
        if pending is None:
            raise RefundRefused("I haven't sent you a code for that order yet", code="code-none")
        if pending["expires_at"] and pending["expires_at"] < datetime.now(timezone.utc).isoformat(
            timespec="microseconds"
        ):
            db["store_verifications"].update(pending["id"], {"status": "expired", "updated_at": utc_now()})
            raise RefundRefused("That code has expired; I can send a new one", code="code-expired")
        salt = (pending["code_hash"] or ":").split(":", 1)[0]
        if digits and hmac.compare_digest(_hash(digits, salt), pending["code_hash"] or ""):
            db["store_verifications"].update(
                pending["id"], {"status": "verified", "updated_at": utc_now(), "attempts": pending["attempts"] + 1}
            )
            return {"verified": True, "method": "one-time-code", "order_number": number}
        tries = pending["attempts"] + 1
        locked = tries >= policy.max_attempts
        db["store_verifications"].update(
            pending["id"], {"attempts": tries, "updated_at": utc_now(), "status": "locked" if locked else "pending"}
        )
    if locked:
        raise RefundRefused(
            "That code is wrong, and I can't try again on this call; a colleague can help you",
            code="verification-locked",
        )
    raise RefundRefused("That code doesn't match", code="code-wrong")
