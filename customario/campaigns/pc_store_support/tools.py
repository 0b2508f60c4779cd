"""The agent's store tools: pydantic argument models and async handlers (customario.dialogue.tools contract).

Handlers take a :class:`customario.dialogue.tools.ToolContext` and a validated args model, call the core in
``store.py`` and return JSON-serialisable dicts. Expected failures (unknown order or SKU, refund
refused) become :class:`customario.dialogue.tools.ToolFailure` with the user-facing sentence; the
conversation engine logs every call (arguments, result or error, duration) to ``tool_calls``.
"""

from __future__ import annotations

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
    query: str = Field(min_length=2, max_length=120, description="SKU (GPU-4070S) or product name, spelling may be rough")


class RefundArgs(_Args):
    order_number: str = Field(pattern=ORDER_PATTERN, description="Order number such as ORD-1001")
    amount_dollars: Optional[Decimal] = Field(None, gt=0, max_digits=10, decimal_places=2,
                                              description="Partial refund in dollars; omit for a full refund")
    sku: Optional[str] = Field(None, max_length=64, description="Refund only this item of the order")
    reason: str = Field("", max_length=500, description="Why the customer wants the refund, in their words")


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
    return ToolFailure(exc.render())


async def lookup_order(ctx: ToolContext, args: OrderArgs) -> dict[str, Any]:
    try:
        order = store.get_order(ctx.db, args.order_number)
    except CustomarioError as exc:
        raise _fail(exc) from None
    ctx.state["order_number"] = order["order_number"]
    return {k: order[k] for k in ("order_number", "status", "total_cents", "refunded_cents", "refundable_cents",
                                  "tracking_number", "carrier", "placed_at", "customer_name")} | {
        "items": [{"sku": i["sku"], "name": i["name"], "quantity": i["quantity"], "line_cents": i["line_cents"],
                   "refunded_cents": i["refunded_cents"]} for i in order["items"]]}


async def check_inventory(ctx: ToolContext, args: InventoryArgs) -> dict[str, Any]:
    try:
        return store.check_inventory(ctx.db, args.query)
    except CustomarioError as exc:
        raise _fail(exc) from None


async def process_refund(ctx: ToolContext, args: RefundArgs) -> dict[str, Any]:
    cents = None
    if args.amount_dollars is not None:
        cents = int((args.amount_dollars * 100).quantize(Decimal("1"), rounding=ROUND_HALF_UP))
    req = store.RefundRequest(order_number=args.order_number, amount_cents=cents, sku=args.sku, reason=args.reason,
                              call_id=ctx.call_id, customer_id=_customer_id(ctx), channel=ctx.channel,
                              extra_text=ctx.state.get("last_caller_text", ""), policy=_policy(ctx))
    try:
        return store.process_refund(ctx.db, req)
    except CustomarioError as exc:
        raise _fail(exc) from None


async def update_order_status(ctx: ToolContext, args: StatusArgs) -> dict[str, Any]:
    try:
        return store.update_order_status(ctx.db, args.order_number, args.status)
    except CustomarioError as exc:
        raise _fail(exc) from None


async def create_return_label(ctx: ToolContext, args: ReturnArgs) -> dict[str, Any]:
    try:
        return store.create_return_label(ctx.db, args.order_number, args.reason, call_id=ctx.call_id)
    except CustomarioError as exc:
        raise _fail(exc) from None


async def save_customer_info(ctx: ToolContext, args: CustomerInfoArgs) -> dict[str, Any]:
    fields = args.model_dump()
    if fields.get("order_number"):
        fields["order_number"] = store.normalise_order_number(fields["order_number"])
    customer_id = _customer_id(ctx)
    if fields.get("email") or fields.get("phone"):
        from customario.leads.customers import link_identifiers

        try:
            customer = link_identifiers(ctx.db, customer_id, email=fields.get("email"), phone=fields.get("phone"),
                                        name=fields.get("name"), region=getattr(ctx.settings, "region", "US"))
        except CustomarioError as exc:
            raise _fail(exc) from None
        customer_id = ctx.state["customer_id"] = customer["id"]
    row = store.save_customer_info(ctx.db, {**fields, "call_id": ctx.call_id, "customer_id": customer_id})
    return {"saved": True, "id": row["id"], **{k: v for k, v in fields.items() if v}}


async def escalate_to_human(ctx: ToolContext, args: EscalateArgs) -> dict[str, Any]:
    number = store.normalise_order_number(args.order_number) if args.order_number else ctx.state.get("order_number")
    ticket = store.open_ticket(ctx.db, priority=args.priority, reason="customer-request", summary=args.reason,
                               order_number=number, call_id=ctx.call_id, customer_id=_customer_id(ctx),
                               channel=ctx.channel, details={"channel": ctx.channel})
    return {"ticket_id": ticket["id"], "priority": ticket["priority"],
            "message": f"I've opened ticket #{ticket['id']}; a specialist will get back to you."}


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
    msg = enqueue(ctx.db, channel=args.channel, to=to, body=args.message, subject=args.subject,
                  customer_id=cid, call_id=ctx.call_id)
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
        "Refund an order fully or partly (amount in dollars, optionally one item by SKU). Refunds above the "
        "store's limit, suspected fraud or a payment dispute are never paid: a ticket for a human is opened instead."
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
