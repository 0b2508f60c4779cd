"""Cross-channel customers: one record linked by E.164 phone and email, and one timeline.

A customer is found or created from whatever identifies a message: the E.164 number of an SMS or
call, the address of an email. A phone and an e-mail that appear together on a record the business
holds — a contact, an order (``customer_links``, filled by imports) — are one customer: a message
from either lands on the same record. An identifier a caller merely *says* ("my email is ...") is
acknowledged and kept with the conversation, but joins records only when such a link vouches for
it (:func:`link_identifiers`): a stranger cannot attach someone else's address or history. The timeline joins every channel: inbound text messages, outbox replies, and the turns of
voice/console calls linked to the customer (``customer_calls`` or the contact's E.164/email).
Text-channel sessions (``calls.channel`` sms/email) are represented by their messages, not turns.
"""

from __future__ import annotations

from typing import Any

from sqlite_utils import Database

from customario.store.db import immediate, utc_now
from customario.errors import InputDataError, NotFoundError

TEXT_CHANNELS = ("sms", "email")


def normalise_e164(value: str | None, region: str = "US") -> str | None:
    """``"(415) 555-0101"`` → ``"+14155550101"``; None for empty. Raises InputDataError if not a number."""
    if not value or not str(value).strip():
        return None
    from customario.leads.phones import possible_e164

    e164 = possible_e164(str(value), region)
    if e164 is None:
        raise InputDataError(f"{value!r} is not a phone number (or not a possible one)", "Use E.164 like +14155550101")
    return e164


def normalise_email(value: str | None) -> str | None:
    """Lower-case bare address from ``"Name <a@b.c>"`` or ``"a@b.c"``; None for empty.
    Raises InputDataError when there is no ``@``."""
    if not value or not str(value).strip():
        return None
    from email.utils import parseaddr

    addr = parseaddr(str(value))[1].strip().lower()
    if "@" not in addr:
        raise InputDataError(f"{value!r} is not an email address", "Use name@example.com")
    return addr


def _row(db: Database, sql: str, params: list) -> dict | None:
    rows = list(db.query(sql, params))
    return rows[0] if rows else None


def add_link(db: Database, e164: str | None, email: str | None, source: str) -> None:
    """Record that ``e164`` and ``email`` belong to one person (both on one order or contact)."""
    if not e164 or not email:
        return
    db.execute(
        "INSERT OR IGNORE INTO customer_links (e164, email, source, created_at) VALUES (?, ?, ?, ?)",
        [e164, email.strip().lower(), source, utc_now()],
    )


def linked(db: Database, *, e164: str | None = None, email: str | None = None) -> tuple[set[str], set[str]]:
    """(phones, e-mails) vouched for as the same person as ``e164`` / ``email`` by a customer link or a
    contact row holding both."""
    phones, emails = set(), set()
    if e164:
        emails |= {r[0] for r in db.execute("SELECT email FROM customer_links WHERE e164 = ?", [e164])}
        emails |= {
            r[0].lower()
            for r in db.execute(
                "SELECT email FROM contacts WHERE e164 = ? AND email IS NOT NULL AND email != ''", [e164]
            )
        }
    if email:
        phones |= {r[0] for r in db.execute("SELECT e164 FROM customer_links WHERE email = ?", [email.lower()])}
        phones |= {
            r[0]
            for r in db.execute(
                "SELECT e164 FROM contacts WHERE lower(email) = ? AND e164 IS NOT NULL", [email.lower()]
            )
        }
    return phones, emails


def find_customer(db: Database, *, e164: str | None = None, email: str | None = None) -> dict | None:
    """The customer with this E.164 number, else this email (already normalised), else None."""
    if e164:
        c = _row(db, "SELECT * FROM customers WHERE e164 = ?", [e164])
        if c:
            return c
    if email:
        return _row(db, "SELECT * FROM customers WHERE email = ?", [email.lower()])
    return None


def resolve_customer(
    db: Database, *, e164: str | None = None, email: str | None = None, name: str | None = None
) -> dict:
    """Find or create the customer for these (normalised) identifiers; fills a missing identifier or
    name on an existing record. Raises InputDataError when both identifiers are empty."""
    if not e164 and not email:
        raise InputDataError("a customer needs a phone number or an email address", "Check the message's From field")
    email = email.lower() if email else None
    with immediate(db):
        # one person across channels: the other identifier of an order or contact they are on
        phones, emails = linked(db, e164=e164 if not email else None, email=email if not e164 else None)
        if not email and len(emails) == 1:
            email = next(iter(emails))
        if not e164 and len(phones) == 1:
            e164 = next(iter(phones))
        by_phone = find_customer(db, e164=e164) if e164 else None
        by_email = find_customer(db, email=email) if email else None
        if by_phone and by_email and by_phone["id"] != by_email["id"]:
            return merge_customers(db, by_phone["id"], by_email["id"])
        c = by_phone or by_email
        now = utc_now()
        if c is None:
            cid = (
                db["customers"]
                .insert({"e164": e164, "email": email, "name": name, "created_at": now, "updated_at": now})
                .last_pk
            )
            return get_customer(db, cid)
        updates = {}
        if e164 and not c["e164"]:
            updates["e164"] = e164
        if email and not c["email"]:
            updates["email"] = email
        if name and not c["name"]:
            updates["name"] = name
        if updates:
            db["customers"].update(c["id"], {**updates, "updated_at": now})
            c = get_customer(db, c["id"])
        return c


def link_identifiers(
    db: Database,
    customer_id: int | None,
    *,
    email: str | None = None,
    phone: str | None = None,
    name: str | None = None,
    region: str = "US",
) -> dict:
    """A caller *said* an e-mail and/or phone (any format): attach it to ``customer_id`` only when a
    customer link or contact vouches that it belongs to the same person (merging the record that
    owns it); otherwise the customer is returned unchanged (the caller's words are kept by the
    campaign, e.g. ``store_customer_info``). Returns the customer with ``claimed`` = the identifiers
    said but not attached. Raises InputDataError for an unreadable number or address."""
    e164 = normalise_e164(phone, region) if phone else None
    addr = normalise_email(email) if email else None
    if customer_id is None:
        return {**(find_customer(db, e164=e164, email=addr) or {}), "claimed": [v for v in (e164, addr) if v]}
    with immediate(db):
        c = get_customer(db, customer_id)
        claimed = []
        for field, value in (("e164", e164), ("email", addr)):
            if not value or c[field] == value:
                continue
            phones, emails = linked(db, e164=c["e164"], email=c["email"])
            if value not in (emails if field == "email" else phones):
                claimed.append(value)  # said, not vouched for: never joins records
                continue
            other = _row(db, f"SELECT * FROM customers WHERE {field} = ?", [value])
            if other and other["id"] != c["id"]:
                c = merge_customers(db, c["id"], other["id"])
            if not c[field]:
                db["customers"].update(c["id"], {field: value, "updated_at": utc_now()})
                c = get_customer(db, c["id"])
        if name and not c["name"]:
            db["customers"].update(c["id"], {"name": name, "updated_at": utc_now()})
            c = get_customer(db, c["id"])
    return {**c, "claimed": claimed}


def merge_customers(db: Database, keep_id: int, other_id: int) -> dict:
    """Move everything of ``other_id`` onto ``keep_id`` (messages, outbox, batches, call links),
    copy identifiers ``keep_id`` lacks, delete ``other_id``. One transaction; returns the kept record."""
    with immediate(db):
        keep, other = get_customer(db, keep_id), get_customer(db, other_id)
        for table in ("inbound_messages", "inbound_batches", "outbox", "customer_calls"):
            db.execute(f"UPDATE {table} SET customer_id = ? WHERE customer_id = ?", [keep_id, other_id])
        db.execute("DELETE FROM customers WHERE id = ?", [other_id])
        updates = {f: other[f] for f in ("e164", "email", "name") if not keep[f] and other[f]}
        if updates:
            db["customers"].update(keep_id, {**updates, "updated_at": utc_now()})
    return get_customer(db, keep_id)


def get_customer(db: Database, ref: int | str) -> dict:
    """A customer by id, E.164 number or email. Raises NotFoundError."""
    ref_s = str(ref).strip()
    if ref_s.isdigit():
        c = _row(db, "SELECT * FROM customers WHERE id = ?", [int(ref_s)])
    elif "@" in ref_s:
        c = _row(db, "SELECT * FROM customers WHERE email = ?", [ref_s.lower()])
    else:
        c = _row(db, "SELECT * FROM customers WHERE e164 = ?", [ref_s])
    if c is None:
        raise NotFoundError(f"no customer {ref_s}", "List them with `customario customers list`")
    return c


def list_customers(db: Database, limit: int | None = None) -> list[dict]:
    """Customers with message counts and last activity, most recent first."""
    sql = """SELECT c.*, (SELECT COUNT(*) FROM inbound_messages m WHERE m.customer_id = c.id) AS inbound,
                    (SELECT COUNT(*) FROM outbox o WHERE o.customer_id = c.id) AS outbound,
                    (SELECT COUNT(*) FROM customer_calls cc WHERE cc.customer_id = c.id) AS calls
             FROM customers c ORDER BY c.updated_at DESC, c.id DESC"""
    if limit:
        sql += f" LIMIT {int(limit)}"
    return list(db.query(sql))


def link_call(db: Database, customer_id: int, call_id: int) -> None:
    """Record that call ``call_id`` (any channel) belongs to ``customer_id`` (idempotent)."""
    db.execute(
        "INSERT INTO customer_calls (call_id, customer_id) VALUES (?, ?) "
        "ON CONFLICT(call_id) DO UPDATE SET customer_id = excluded.customer_id",
        [call_id, customer_id],
    )


def customer_for_contact(db: Database, contact: dict | None) -> dict | None:
    """The customer of a contacts row (by its E.164, then email), created if missing; None without identifiers."""
    if not contact:
        return None
    e164 = contact.get("e164")
    email = normalise_email(contact.get("email")) if contact.get("email") else None
    if not e164 and not email:
        return None
    return resolve_customer(db, e164=e164, email=email, name=contact.get("name"))


def timeline(db: Database, customer_id: int, limit: int | None = None) -> list[dict[str, Any]]:
    """Every message of every channel for the customer, oldest first:
    ``{at, channel, role ('customer'|'agent'|...), text, subject, call_id, source, status, batch_id}``."""
    c = get_customer(db, customer_id)
    rows = list(
        db.query(
            """
        SELECT received_at AS at, channel, 'customer' AS role, body AS text, subject, NULL AS call_id,
               'inbound' AS source, status, batch_id
          FROM inbound_messages WHERE customer_id = :cid
        UNION ALL
        SELECT created_at, channel, 'agent', body, subject, call_id, 'outbox', status, batch_id
          FROM outbox WHERE customer_id = :cid
        UNION ALL
        SELECT t.started_at, k.channel, CASE t.role WHEN 'caller' THEN 'customer' ELSE t.role END, t.text, NULL,
               k.id, 'turn', k.status, NULL
          FROM turns t JOIN calls k ON k.id = t.call_id
         WHERE k.channel NOT IN ('sms', 'email')
           AND (k.id IN (SELECT call_id FROM customer_calls WHERE customer_id = :cid)
                OR k.contact_id IN (SELECT id FROM contacts WHERE (e164 = :e164 AND :e164 IS NOT NULL)
                                                       OR (lower(email) = :email AND :email IS NOT NULL)))
        ORDER BY at
        """,
            {"cid": c["id"], "e164": c["e164"], "email": c["email"]},
        )
    )
    return rows[-limit:] if limit else rows


def history_for_agent(
    db: Database,
    customer_id: int,
    limit: int = 20,
    exclude_call_id: int | None = None,
    exclude_batch_id: int | None = None,
) -> list[dict[str, Any]]:
    """The last ``limit`` timeline entries as ``{role: 'user'|'assistant', channel, text, at}`` for the
    agent's context (prior conversation on any channel), without the current call or batch."""
    out = []
    for e in timeline(db, customer_id):
        if exclude_call_id and e["call_id"] == exclude_call_id and e["source"] == "turn":
            continue
        if exclude_batch_id and e["batch_id"] == exclude_batch_id:
            continue
        if e["role"] not in ("customer", "agent"):
            continue
        out.append(
            {
                "role": "user" if e["role"] == "customer" else "assistant",
                "channel": e["channel"],
                "text": e["text"],
                "at": e["at"],
            }
        )
    return out[-limit:]
