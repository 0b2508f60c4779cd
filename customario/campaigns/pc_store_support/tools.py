"""The agent's store tools: pydantic argument models and async handlers (customario.dialogue.tools contract).

Handlers take a :class:`customario.dialogue.tools.ToolContext` and a validated args model, call the core in
``store.py`` and return JSON-serialisable dicts. Expected failures (unknown order or SKU, refund
refused) become :class:`customario.dialogue.tools.ToolFailure` with the user-facing sentence; the
conversation engine logs every call (arguments, result or error, duration) to ``tool_calls``.
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal
from typing import Any, Literal, Optional

from pydantic import BaseModel, ConfigDict, Field, field_validator

from customario.errors import CustomarioError
from customario.dialogue.tools import ToolContext, ToolFailure, ToolSpec

from . import store

ORDER_PATTERN = r"^\s*(?i:ORD)?-?\s?#?\d{3,}\s*$"


class _Args(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)


class OrderArgs(_Args):
    order_number: str = Field(pattern=ORDER_PATTERN, description="Order number such as ORD-1001")


class InventoryArgs(_Args):
    query: str = Field(
        min_length=2, max_length=120, description="SKU (GPU-4070S) or product name, spelling may be rough"
    )


class RefundArgs(_Args):
    order_number: str = Field(pattern=ORDER_PATTERN, description="Order number such as ORD-1001")
    amount_dollars: Optional[Decimal] = Field(
        None,
        gt=0,
        max_digits=10,
        decimal_places=2,
        description="Partial refund in dollars, exactly as the customer said it; omit for a full refund",
    )
    sku: Optional[str] = Field(None, max_length=64, description="Refund only this item of the order")
    item: Optional[str] = Field(None, max_length=200, description="The item in the customer's words, e.g. 'the RAM'")
    reason: str = Field("", max_length=500, description="Why the customer wants the refund, in their words")


class VerifyArgs(_Args):
    order_number: str = Field(pattern=ORDER_PATTERN, description="Order number such as ORD-1001")
    postcode: Optional[str] = Field(None, max_length=16, description="Shipping postcode the customer gave")
    last_name: Optional[str] = Field(None, max_length=80, description="Last name on the order, as the customer gave it")
    code: Optional[str] = Field(None, max_length=12, description="One-time code the customer read back")
    send_code: bool = Field(False, description="Send a one-time code to the phone or e-mail on the order")
    code_channel: Optional[Literal["sms", "email"]] = Field(None, description="Where to send the code (default: phone)")


class StatusArgs(_Args):
    order_number: str = Field(pattern=ORDER_PATTERN)
    status: Literal["processing", "shipped", "delivered", "cancelled", "returned"]


class ReturnArgs(_Args):
    order_number: str = Field(pattern=ORDER_PATTERN)
    reason: str = Field("", max_length=500)


class CustomerInfoArgs(_Args):
    name: Optional[str] = Field(None, max_length=120)
    email: Optional[str] = Field(None, max_length=254, pattern=r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
    phone: Optional[str] = Field(None, max_length=32, description="Phone number, ideally E.164")
    order_number: Optional[str] = Field(None, pattern=ORDER_PATTERN)
    issue_type: Literal["order-status", "refund", "return", "stock", "technical", "billing", "other"] = "other"
    severity: Literal["low", "medium", "high", "critical"] = "medium"
    summary: str = Field("", max_length=1000)


class EscalateArgs(_Args):
    reason: str = Field(min_length=2, max_length=500)
    priority: Literal["low", "normal", "high", "urgent"] = "normal"
    order_number: Optional[str] = Field(None, pattern=ORDER_PATTERN)


class FollowupArgs(_Args):
    channel: Literal["sms", "email"]
    message: str = Field(min_length=1, max_length=1600)
    subject: Optional[str] = Field(None, max_length=200)


class ReplyChannelArgs(_Args):
    channel: Literal["sms", "email"] = Field(description="Channel to send this reply on")

    @field_validator("channel", mode="before")
    @classmethod
    def _lower(cls, v: Any) -> Any:
        return v.lower() if isinstance(v, str) else v


def _policy(ctx: ToolContext) -> store.Policy:
    campaign = getattr(ctx.campaign, "campaign", ctx.campaign)
    return store.Policy.from_settings(getattr(campaign, "settings", None) or {})


def _customer_id(ctx: ToolContext) -> int | None:
    if "customer_id" in ctx.state:
        return ctx.state["customer_id"]
    contact = ctx.contact or {}
    if contact.get("customer_id"):
        return contact["customer_id"]
    if contact.get("e164") or contact.get("email"):
        from customario.leads.customers import find_customer

        c = find_customer(ctx.db, e164=contact.get("e164"), email=contact.get("email"))
        ctx.state["customer_id"] = c["id"] if c else None
        return ctx.state["customer_id"]
    return None


def _fail(exc: CustomarioError) -> ToolFailure:
    if isinstance(exc, store.RefundRefused):
        return ToolFailure(exc.say)
    return ToolFailure(exc.render())


def _refuse(
    ctx: ToolContext, exc: store.RefundRefused, action: str, order_number: str | None, **details: Any
) -> ToolFailure:
    """Record why an order action was refused (``store_refusals``) and give the caller one sentence."""
    store.record_refusal(
        ctx.db,
        action=action,
        reason=exc.code,
        message=exc.say,
        call_id=ctx.call_id,
        order_number=order_number,
        details=details,
    )
    return ToolFailure(exc.say)


def _verified(ctx: ToolContext, order_number: str) -> dict | None:
    """This call's verification for the order (caller ID checked on first use), or None."""
    from . import identity

    return identity.verification(ctx.db, ctx.call_id, order_number, ctx.contact)


def _require_verified(ctx: ToolContext, order_number: str, action: str) -> str:
    """How the caller is verified for the order; raises ToolFailure (with a refusal row) when not."""
    from . import identity

    number = store.normalise_order_number(order_number)
    found = _verified(ctx, number)
    if found is None:
        ctx.state["needs_verification"] = number
        exc = store.RefundRefused(
            f"Before I can change anything on order {number} I need to confirm it's yours. "
            + identity.ask_for(_policy(ctx)),
            code="unverified",
        )
        exc.message = exc.message.rstrip(".")
        raise _refuse(ctx, exc, action, number)
    return found["method"]


def _caller_words(ctx: ToolContext, turns: int = 3) -> str:
    """The caller's last few turns (from the recorder, else the offline policy's last text)."""
    if ctx.call_id:
        rows = ctx.db.execute(
            "SELECT text FROM turns WHERE call_id = ? AND role = 'caller' ORDER BY seq DESC LIMIT ?",
            [ctx.call_id, turns],
        ).fetchall()
        if rows:
            return " \n ".join(r[0] for r in reversed(rows))
    return ctx.state.get("last_caller_text", "")


async def lookup_order(ctx: ToolContext, args: OrderArgs) -> dict[str, Any]:
    from . import identity

    try:
        order = store.get_order(ctx.db, args.order_number)
    except CustomarioError as exc:
        raise _fail(exc) from None
    ctx.state["order_number"] = order["order_number"]
    if _verified(ctx, order["order_number"]) is None:
        policy = _policy(ctx)
        if policy.unverified_can_see == "nothing":
            exc = store.RefundRefused(
                f"I can only discuss order {order['order_number']} once I've confirmed it's yours. "
                + identity.ask_for(policy),
                code="unverified",
            )
            exc.message = exc.message.rstrip(".")
            raise _refuse(ctx, exc, "order-details", order["order_number"])
        return {
            "order_number": order["order_number"],
            "status": order["status"],
            "verified": False,
            "message": f"Order {order['order_number']} is {order['status']}. "
            + identity.ask_for(policy)
            + " Then I can give you the details.",
        }
    return {
        k: order[k]
        for k in (
            "order_number",
            "status",
            "total_cents",
            "refunded_cents",
            "refundable_cents",
            "tracking_number",
            "carrier",
            "placed_at",
            "customer_name",
        )
    } | {
        "verified": True,
        "items": [
            {
                "sku": i["sku"],
                "name": i["name"],
                "quantity": i["quantity"],
                "line_cents": i["line_cents"],
                "refunded_cents": i["refunded_cents"],
            }
            for i in order["items"]
        ],
    }


async def verify_identity(ctx: ToolContext, args: VerifyArgs) -> dict[str, Any]:
    """Second factor, send a one-time code, or check one (see identity.py)."""
    from . import identity

    number = store.normalise_order_number(args.order_number)
    policy = _policy(ctx)
    try:
        store.get_order(ctx.db, number)
        if _verified(ctx, number) is not None:
            return {"verified": True, "order_number": number, "message": f"You're verified for order {number}."}
        if args.send_code:
            out = identity.send_code(ctx.db, ctx.call_id, number, policy, channel=args.code_channel)
            return {
                "verified": False,
                "code_sent": True,
                "order_number": number,
                "channel": out["channel"],
                "message": f"I've sent a 6-digit code by {'text message' if out['channel'] == 'sms' else 'e-mail'} "
                f"to {out['to_masked']}, the contact on the order. Please read it to me.",
            }
        if args.code:
            identity.check_code(ctx.db, ctx.call_id, number, args.code, policy)
        else:
            identity.check_second_factor(
                ctx.db, ctx.call_id, number, policy, postcode=args.postcode, last_name=args.last_name
            )
    except store.RefundRefused as exc:
        raise _refuse(ctx, exc, "verification", number) from None
    except CustomarioError as exc:
        raise _fail(exc) from None
    ctx.state.pop("needs_verification", None)
    return {"verified": True, "order_number": number, "message": f"Thank you, that matches order {number}."}


async def check_inventory(ctx: ToolContext, args: InventoryArgs) -> dict[str, Any]:
    try:
        return store.check_inventory(ctx.db, args.query)
    except CustomarioError as exc:
        raise _fail(exc) from None


def _amount_matches_words(ctx: ToolContext, cents: int | None, policy: store.Policy) -> None:
    """The amount given to the tool must be one the caller said (a model may misread "1,799.99"
    as 1 or "$1.5k" as 1.50). Raises ToolFailure asking to confirm otherwise; a caller who said
    no amount (e.g. a full refund) is not contradicted."""
    from customario.dialogue.amounts import format_cents, read_amount

    if cents is None:
        return
    words = _caller_words(ctx)
    reading = read_amount(words, currency=policy.currency)
    said = {a.cents for a in reading.amounts if not a.ambiguity}
    if said and cents not in said:
        listed = " or ".join(format_cents(c, policy.currency) for c in sorted(said))
        raise ToolFailure(
            f"The customer said {listed}, not {format_cents(cents, policy.currency)}; "
            "confirm the amount with them before refunding"
        )
    if not said and reading.status == "ambiguous":
        raise ToolFailure(reading.question or "Ask the customer how much exactly, in dollars and cents")


async def process_refund(ctx: ToolContext, args: RefundArgs) -> dict[str, Any]:
    policy = _policy(ctx)
    cents = None
    if args.amount_dollars is not None:
        cents = int((args.amount_dollars * 100).quantize(Decimal("1"), rounding=ROUND_HALF_UP))
    number = store.normalise_order_number(args.order_number)
    try:
        store.get_order(ctx.db, number)
    except CustomarioError as exc:
        raise _fail(exc) from None
    verified_by = _require_verified(ctx, number, "refund")
    if not ctx.state.get("amount_confirmed") == cents:
        _amount_matches_words(ctx, cents, policy)
    contact = dict(ctx.contact or {})
    req = store.RefundRequest(
        order_number=number,
        amount_cents=cents,
        sku=args.sku,
        item=args.item or args.reason,
        reason=args.reason,
        call_id=ctx.call_id,
        customer_id=_customer_id(ctx),
        channel=ctx.channel,
        extra_text=_caller_words(ctx),
        policy=policy,
        contact={"e164": contact.get("e164"), "email": contact.get("email")},
        verified_by=verified_by,
        # "another $500" then "yes" to the read-back: the request is in the turn before.
        # Only matters when this call already refunded the item; then a person decides.
        further=bool(
            re.search(
                r"\b(another|more|additional|extra|again|on top|as well)\b",
                " ".join([ctx.state.get("last_caller_text", "") or "", _caller_words(ctx, 2)]),
                re.I,
            )
        ),
    )
    try:
        return store.process_refund(ctx.db, req)
    except store.RefundRefused as exc:
        words = _caller_words(ctx).lower()
        if exc.code == "not-refundable-status" and re.search(
            r"\b(arrived|received|delivered|got it|came|showed up)\b", words
        ):
            # The caller says it arrived although the order is not delivered: a person checks the delivery.
            t = store.open_ticket(
                ctx.db,
                order_number=number,
                priority="normal",
                reason="delivery-check",
                summary=f"Customer says {number} arrived; the order is not marked delivered",
                call_id=ctx.call_id,
                channel=ctx.channel,
                reuse_open=True,
                details={"request": args.reason, "requested_cents": None},
            )
            exc.message += f". I've opened ticket #{t['id']} for a colleague to check the delivery"
        raise _refuse(ctx, exc, "refund", number, requested_cents=cents, sku=args.sku, item=args.item) from None
    except CustomarioError as exc:
        raise _fail(exc) from None


async def update_order_status(ctx: ToolContext, args: StatusArgs) -> dict[str, Any]:
    number = store.normalise_order_number(args.order_number)
    try:
        store.get_order(ctx.db, number)
    except CustomarioError as exc:
        raise _fail(exc) from None
    _require_verified(ctx, number, "status-change")
    try:
        return store.update_order_status(ctx.db, number, args.status)
    except CustomarioError as exc:
        refused = store.RefundRefused(exc.message, code="status-not-allowed")
        raise _refuse(ctx, refused, "status-change", number, status=args.status) from None


async def create_return_label(ctx: ToolContext, args: ReturnArgs) -> dict[str, Any]:
    number = store.normalise_order_number(args.order_number)
    try:
        store.get_order(ctx.db, number)
    except CustomarioError as exc:
        raise _fail(exc) from None
    _require_verified(ctx, number, "return-label")
    try:
        return store.create_return_label(ctx.db, number, args.reason, call_id=ctx.call_id)
    except CustomarioError as exc:
        refused = store.RefundRefused(exc.message[0].upper() + exc.message[1:], code="not-returnable")
        raise _refuse(ctx, refused, "return-label", number) from None


async def save_customer_info(ctx: ToolContext, args: CustomerInfoArgs) -> dict[str, Any]:
    fields = args.model_dump()
    if fields.get("order_number"):
        fields["order_number"] = store.normalise_order_number(fields["order_number"])
    customer_id = _customer_id(ctx)
    if fields.get("email") or fields.get("phone"):
        from customario.leads.customers import link_identifiers

        try:
            customer = link_identifiers(
                ctx.db,
                customer_id,
                email=fields.get("email"),
                phone=fields.get("phone"),
                name=fields.get("name"),
                region=getattr(ctx.settings, "region", "US"),
            )
        except CustomarioError as exc:
            raise _fail(exc) from None
        if customer.get("id"):
            customer_id = ctx.state["customer_id"] = customer["id"]
        claimed = customer.get("claimed") or []
    else:
        claimed = []
    row = store.save_customer_info(ctx.db, {**fields, "call_id": ctx.call_id, "customer_id": customer_id})
    # "claimed": said by the caller but not vouched for by an order or contact: noted, never used to
    # reach or identify them (identity checks use the channel's own number or address).
    return {"saved": True, "id": row["id"], "claimed": claimed, **{k: v for k, v in fields.items() if v}}


async def escalate_to_human(ctx: ToolContext, args: EscalateArgs) -> dict[str, Any]:
    number = store.normalise_order_number(args.order_number) if args.order_number else ctx.state.get("order_number")
    ticket = store.open_ticket(
        ctx.db,
        priority=args.priority,
        reason="customer-request",
        summary=args.reason,
        order_number=number,
        call_id=ctx.call_id,
        customer_id=_customer_id(ctx),
        channel=ctx.channel,
        details={"channel": ctx.channel},
    )
    return {
        "ticket_id": ticket["id"],
        "priority": ticket["priority"],
        "message": f"I've opened ticket #{ticket['id']}; a specialist will get back to you.",
    }


async def send_followup(ctx: ToolContext, args: FollowupArgs) -> dict[str, Any]:
    from customario.leads.customers import get_customer
    from customario.channels.outbox import enqueue

    contact = dict(ctx.contact or {})
    cid = _customer_id(ctx)
    if cid:
        c = get_customer(ctx.db, cid)
        contact.setdefault("e164", c.get("e164"))
        contact["email"] = contact.get("email") or c.get("email")
    to = contact.get("e164") if args.channel == "sms" else contact.get("email")
    if not to:
        raise ToolFailure(f"I don't have your {'phone number' if args.channel == 'sms' else 'email address'} yet")
    msg = enqueue(
        ctx.db,
        channel=args.channel,
        to=to,
        body=args.message,
        subject=args.subject,
        customer_id=cid,
        call_id=ctx.call_id,
    )
    return {"queued": True, "outbox_id": msg["id"], "channel": args.channel}


async def reply_on_channel(ctx: ToolContext, args: ReplyChannelArgs) -> dict[str, Any]:
    from customario.channels.inbound import choose_reply_channel

    ctx.state["reply_channel"] = args.channel
    if ctx.call_id:
        choose_reply_channel(ctx.db, ctx.call_id, args.channel)
    return {"reply_channel": args.channel}


# name -> (args model, handler)
TOOLS = {
    "lookup_order": (OrderArgs, lookup_order),
    "check_inventory": (InventoryArgs, check_inventory),
    "process_refund": (RefundArgs, process_refund),
    "verify_identity": (VerifyArgs, verify_identity),
    "update_order_status": (StatusArgs, update_order_status),
    "create_return_label": (ReturnArgs, create_return_label),
    "save_customer_info": (CustomerInfoArgs, save_customer_info),
    "escalate_to_human": (EscalateArgs, escalate_to_human),
    "send_followup": (FollowupArgs, send_followup),
    "reply_on_channel": (ReplyChannelArgs, reply_on_channel),
}

# Tool names and the descriptions the model sees.
TOOL_DESCRIPTIONS = {
    "lookup_order": "Look up an order by number (ORD-1001): status, items, tracking number and refunds so far.",
    "check_inventory": "Check stock of a product by SKU or name (spelling may be rough) in every warehouse.",
    "process_refund": (
        "Refund an order fully or partly (amount in dollars exactly as the customer said it; the item by SKU or in the "
        "customer's words). Needs a verified customer (verify_identity). Refunds that take the order's or the "
        "customer's day total above the store's limit, suspected fraud or a payment dispute are never paid: a ticket "
        "for a human is opened instead. An ambiguous amount or item must be asked back, never guessed."
    ),
    "verify_identity": (
        "Confirm the caller owns an order before any refund, return label or status change: check the shipping "
        "postcode or last name they give, send a one-time code to the phone or e-mail on the order, or check the code "
        "they read back. Callers whose number or e-mail is on the order are verified automatically."
    ),
    "update_order_status": "Change an order's status (only allowed transitions, e.g. pending to cancelled).",
    "create_return_label": "Create a prepaid return label with a tracking number for a shipped or delivered order.",
    "save_customer_info": (
        "Save structured facts about the customer and the issue: name, email, phone, order number, "
        "issue type and severity."
    ),
    "escalate_to_human": "Open a ticket for a human colleague with a priority (low, normal, high, urgent).",
    "send_followup": "Send the customer an SMS or email with the details discussed (queued in the outbox).",
    "reply_on_channel": "Answer this text conversation on another channel (sms or email) when the customer asks for it.",
}

# Registered by the plug-in's register_tools hook (customario.api).
STORE_TOOLS = tuple(ToolSpec(name, TOOL_DESCRIPTIONS[name], args, handler) for name, (args, handler) in TOOLS.items())
