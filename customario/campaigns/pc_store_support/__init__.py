"""pc_store_support: e-commerce support for a PC-parts shop (orders, stock, refunds, returns, tickets).

``register(r)`` adds the module's migration set, its agent tools, its offline dialogue policy and
the ``customario store`` and ``customario tickets`` command groups. Top-level imports stay light
(no pydantic, livekit or pandas): discovery runs when the CLI starts, so tool argument models and
handlers are imported the first time a tool is described or called (:class:`LazyToolSpec`).
"""

from __future__ import annotations

import importlib

from customario.dialogue.tools import ToolSpec

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


class LazyToolSpec(ToolSpec):
    """A :class:`ToolSpec` whose pydantic model and handler are imported from ``.tools`` on first use."""

    def __init__(self, name: str, description: str, ends_call: bool = False):
        object.__setattr__(self, "name", name)
        object.__setattr__(self, "description", description)
        object.__setattr__(self, "ends_call", ends_call)

    @staticmethod
    def _table():
        return importlib.import_module(__name__ + ".tools").TOOLS

    @property
    def parameters(self) -> type:  # type: ignore[override]
        return self._table()[self.name][0]

    @property
    def handler(self):  # type: ignore[override]
        return self._table()[self.name][1]


def _policy_factory(campaign, contact, ctx):
    from .policy import StorePolicy

    return StorePolicy(campaign, contact, ctx)


def _store_app():
    from .cli import build_store_app

    return build_store_app()


def _tickets_app():
    from .cli import build_tickets_app

    return build_tickets_app()


class LazyMigrations:
    """Stands in for the module's ``sqlite_utils.Migrations`` set until the store is opened
    (importing sqlite_utils pulls in pandas, which CLI start-up must not import)."""

    name = "pc_store_support"

    def __getattr__(self, attr: str):
        return getattr(importlib.import_module(__name__ + ".migrations").migrations, attr)


def register(r) -> None:
    r.migrations(LazyMigrations())
    for name, description in TOOL_DESCRIPTIONS.items():
        r.tool(LazyToolSpec(name, description))
    r.policy(_policy_factory)
    r.cli("store", _store_app)
    r.cli("tickets", _tickets_app)
