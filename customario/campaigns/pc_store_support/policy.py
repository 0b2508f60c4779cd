"""The offline dialogue policy of the PC store (deterministic intent rules, no language model).

Rules, in order, on each caller turn (several intents in one message are handled one after another):

- an email address or "my name is ..." → ``save_customer_info`` (structured fields, issue type guessed)
- an opt-out ("stop texting me", "take me off your list": :mod:`customario.dialogue.optout`) → ``opt_out``
- "bye", "goodbye", "that's all" → closing line + hang-up
- "human", "agent", "person", "representative", "manager" → ``escalate_to_human``
- on sms/email: "email me", "by email", "text me", "by sms" → ``reply_on_channel`` (structured choice)
- on voice/console: "send/text/email me (the details)" → ``send_followup``
- "refund" (the amount read by :func:`customario.dialogue.amounts.read_amount`: an ambiguous
  amount is asked back, a bare number is confirmed first; the item in the caller's words; order
  from the text or the conversation) → ``process_refund``; "which item?" questions are answered
  by the next turn
- identity: when a tool says the caller must be verified, the next turns are read for a postcode,
  a last name, a one-time code, or "send me a code" → ``verify_identity``; once verified the
  refused action runs again
- "return" (not "return policy") → ``create_return_label``
- "in stock", "stock", "available", "do you have", or a SKU / product words → ``check_inventory``
- questions about policy, shipping, compatibility, warranty → ``search_knowledge_base`` (the shared
  knowledge base, articles of this campaign; an answer that is not confident is not guessed). On a
  live channel (voice, console) a suggestion of the search (:mod:`customario.escalation.kb_suggest`)
  is asked once, "Are you asking about ...?": a yes (``customario.dialogue.yesno.yes_no``) reads
  its answer, anything else gets the usual "no reliable answer" reply. Text threads (SMS, e-mail)
  start a new policy per message, so they get that reply at once, as before.
- an order number ``ORD-\\d+`` → ``lookup_order``

A missing order number makes the agent ask for it and remember what was asked. On any channel the
opening mentions the customer's prior conversation ("I see you asked about ORD-1001 by email
earlier") from the cross-channel history.
"""

from __future__ import annotations

import re
from typing import Any

from customario.dialogue import optout
from customario.dialogue.yesno import yes_no
from customario.dialogue.policy import Action, CallTool, Hangup, Say
from customario.escalation.urgency import EMERGENCY_LINE, assess

from .policy_reading import (
    EMAIL_RE,
    KB_WORDS,
    NAME_RE,
    NO_RE,
    PRODUCT_HINTS,
    STOP,
    YES_RE,
    dollars,
    has_word,
    issue_type,
    order_in,
    prior_summary,
    sku_in,
    verification_args,
)
from .policy_replies import describe, say_kb


class _Ask:
    """A refund whose amount must be asked back or confirmed before the tool runs."""

    def __init__(self, policy: "StorePolicy", call: CallTool, reading: Any):
        self.policy, self.call, self.reading = policy, call, reading

    def actions(self) -> list[Action]:
        return self.policy._refund_with_amount(self.call, self.reading)


class StorePolicy:
    """Deterministic support agent for ``pc_store_support`` (see the module docstring for the rules)."""

    def __init__(self, campaign: Any, contact: Any = None, ctx: Any = None):
        self.stored = campaign
        self.campaign = getattr(campaign, "campaign", campaign)
        self.contact = dict(contact or {})
        self.ctx = ctx
        self.state = getattr(ctx, "state", None) if ctx is not None else None
        if self.state is None:
            self.state = {}
        self.channel = getattr(ctx, "channel", None) or self.contact.get("channel") or "console"
        self.order: str | None = None
        self.waiting_for_order: tuple[str, str] | None = None  # (intent, caller text) waiting for an order number
        self.queue: list[Action] = []
        self.last_result: dict[str, Any] | None = None
        self.last_call: CallTool | None = None
        # What the agent asked and waits for: verification | amount | confirm-amount | item
        self.awaiting: str | None = None
        self.pending: CallTool | None = None  # the action to run once the answer is in
        self.asked_amount = 0
        self.suggested: dict | None = None  # "Are you asking about ...?" waiting for the caller's yes

    # -- contract --------------------------------------------------------------------------------
    def opening(self) -> list[Action]:
        self._link_customer()
        text = self._render(self.campaign.opening)
        summary, order = prior_summary(self._history())
        if order:
            self.order = order
        return [Say(f"{text} {summary}" if summary else text)]

    def respond(self, caller_text: str) -> list[Action]:
        text = (caller_text or "").strip()
        low = text.lower()
        self.state["last_caller_text"] = text
        order = order_in(text)
        if order:
            self.order = order
        actions: list[Action] = []
        answered = self._answer_to_question(text, low)
        if answered is not None:
            return answered
        email = EMAIL_RE.search(text)
        name = NAME_RE.search(text)
        if email or name:
            actions.append(
                CallTool(
                    "save_customer_info",
                    {
                        k: v
                        for k, v in {
                            "name": name.group(1).title() if name else None,
                            "email": email.group(0) if email else None,
                            "order_number": self.order,
                            "issue_type": issue_type(low),
                            "severity": self._severity(low),
                            "summary": text[:1000],
                        }.items()
                        if v
                    },
                )
            )
        heard = assess(text)
        if heard.urgent:
            # A fire or an injury comes before any order question (issue 11): emergency services
            # first when life is at risk, and an urgent ticket for a person either way.
            say = [Say(EMERGENCY_LINE)] if heard.level == "emergency" else []
            args = {"reason": f"{heard.level}: {text[:480]}", "priority": "urgent"}
            if self.order:
                args["order_number"] = self.order
            return self._start(actions + say + [CallTool("escalate_to_human", args)])
        if optout.is_opt_out(text, self.channel):  # the one recogniser (FCC 24-24, TCPA 64.1200(d))
            return actions + optout.reply(text, reason="customer asked not to be contacted")
        if has_word(low, "bye", "goodbye") or "that's all" in low or "that is all" in low:
            return actions + [Say(self._render(self.campaign.closing)), Hangup("complete")]
        if has_word(low, "human", "agent", "person", "representative", "manager", "supervisor"):
            args = {
                "reason": text[:500] or "customer asked for a person",
                "priority": "high" if self._severity(low) in ("high", "critical") else "normal",
            }
            if self.order:
                args["order_number"] = self.order
            return self._start(actions + [CallTool("escalate_to_human", args)])
        if self.channel in ("sms", "email"):
            if (
                re.search(r"\b(email me|by email|via email|reply (?:by |via )?email|to my email)\b", low)
                and self.channel != "email"
            ):
                actions.append(CallTool("reply_on_channel", {"channel": "email"}))
            elif (
                re.search(r"\b(text me|by (?:text|sms)|via (?:text|sms)|reply by text)\b", low)
                and self.channel != "sms"
            ):
                actions.append(CallTool("reply_on_channel", {"channel": "sms"}))
        elif re.search(r"\b(text|sms|email|send) me\b", low) and self.last_result:
            ch = "email" if "email" in low else "sms"
            actions.append(
                CallTool(
                    "send_followup",
                    {
                        "channel": ch,
                        "message": self._followup_text(),
                        **({"subject": "Your support request"} if ch == "email" else {}),
                    },
                )
            )
        intents = self._intents(text, low)
        if intents == ["kb"] and any(
            isinstance(a, CallTool) and a.name in ("send_followup", "reply_on_channel") for a in actions
        ):
            intents = []  # "can you text me that?" is a delivery request, not a question for the KB
        if self.waiting_for_order and order and intents in ([], ["lookup"]):
            # The caller answered our question: finish what they asked for, with their first words.
            (intent, text), self.waiting_for_order = self.waiting_for_order, None
            intents, low = [intent], text.lower()
        for intent in intents:
            act = self._action_for(intent, text, low)
            if act is None:
                self.waiting_for_order = (intent, text)
                return self._start(actions + [Say("Sure, what's the order number? It looks like ORD-1001.")])
            if isinstance(act, _Ask):
                return self._start(actions + act.actions())
            actions.append(act)
        if not actions:
            return [
                Say(
                    "I can look up orders, check stock, help with refunds and returns, or answer questions about "
                    "shipping and compatibility. What do you need?"
                )
            ]
        return self._start(actions)

    def on_tool_result(self, name: str, result: Any, error: str | None) -> list[Action]:
        if error:
            said = [Say(f"Sorry, {error[0].lower() + error[1:] if error else error}")]
            waiting = self.state.get("needs_verification")
            if waiting and name in ("process_refund", "create_return_label", "update_order_status", "lookup_order"):
                self.awaiting, self.pending = "verification", self.last_call
                self.queue = []
                return said
            if name == "verify_identity" and "can't try again" not in error and "can't verify" not in error:
                return said  # still waiting for a correct answer
            if name == "verify_identity":
                self.awaiting, self.pending = None, None
            return said + self._next()
        self.last_result = result if isinstance(result, dict) else {"result": result}
        r = result if isinstance(result, dict) else {}
        if name == "verify_identity":
            if r.get("code_sent"):
                self.state["code_sent"] = True
            if r.get("verified") and self.pending is not None:
                pending, self.pending, self.awaiting = self.pending, None, None
                return [Say(r.get("message") or "Thank you.")] + self._start([pending] + self.queue)
            return [Say(r.get("message") or "")]
        if name == "lookup_order" and r.get("verified") is False:
            self.awaiting, self.pending = "verification", CallTool("lookup_order", {"order_number": r["order_number"]})
            return [Say(r.get("message") or "")]
        if name == "process_refund" and r.get("status") == "needs-item":
            self.awaiting, self.pending = "item", self.last_call
            self.queue = []
            return [Say(r["message"])]
        offered = r.get("suggestion") if name == "search_knowledge_base" and not r.get("confident") else None
        if offered and offered.get("ask") and offered.get("answer") and self.channel not in ("sms", "email"):
            self.awaiting, self.suggested = "kb-suggestion", offered
            return [Say(offered["ask"])]  # the rest of the queue waits for the caller's answer
        said = [Say(s) for s in [self._describe(name, result)] if s]
        return said + self._next()

    # -- answers to the agent's own questions ----------------------------------------------------
    def _answer_to_question(self, text: str, low: str) -> list[Action] | None:
        """Actions when ``text`` answers what the agent asked (verification detail, amount, yes/no,
        item); None when it is not an answer (the caller moved on: the question is dropped)."""
        if self.awaiting and assess(text).urgent:
            # A fire or an injury is never read as the answer to a pending question (issue 11).
            self.awaiting, self.pending, self.suggested = None, None, None
            return None
        if self.awaiting == "kb-suggestion" and not text.strip() and self.suggested:
            return [Say(f"Sorry, I didn't catch that. {self.suggested['ask']}")]
        if self.awaiting == "kb-suggestion":
            offered, self.suggested, self.awaiting = self.suggested or {}, None, None
            if optout.is_opt_out(text, self.channel) or assess(text).urgent:
                return None  # handled as a new message, before anything else
            if yes_no(text) == "yes":
                return [Say(say_kb({"confident": True, "answer": offered.get("answer")}))] + self._next()
            return [Say(say_kb({}))] + self._next()
        if (
            self.awaiting is None
            and self.order
            and re.search(r"\b(zip|postcode|post code|last name|surname|code)\b", low)
        ):
            self.awaiting = "verification"  # an SMS thread continued by another process
        if self.awaiting == "verification" and self.order:
            args = verification_args(text, low, self.order, bool(self.state.get("code_sent")))
            if args is not None:
                return self._start(
                    [
                        CallTool(
                            "verify_identity",
                            {
                                "order_number": (self.pending.arguments.get("order_number") if self.pending else None)
                                or self.order,
                                **args,
                            },
                        )
                    ]
                )
            if not order_in(text) and not any(w in low for w in ("refund", "return", "stock", "bye", "human", "agent")):
                return [Say("Sorry, I didn't catch that. " + self._ask_identity())]
            self.awaiting = None
            return None
        if self.awaiting == "confirm-amount" and self.pending is not None:
            if YES_RE.search(text):
                pending, self.pending, self.awaiting = self.pending, None, None
                cents = round(float(pending.arguments.get("amount_dollars", 0)) * 100)
                self.state["amount_confirmed"] = cents
                return self._start([pending])
            if NO_RE.search(text):
                reading = self._read_amount(text)
                if reading.status in ("ok", "confirm") and reading.cents:
                    return self._refund_with_amount(self.pending, reading)
                self.awaiting = "amount"
                return [Say("Sorry about that. How much should the refund be, in dollars and cents?")]
        if self.awaiting in ("amount", "confirm-amount") and self.pending is not None:
            reading = self._read_amount(text)
            if reading.status != "none":
                return self._refund_with_amount(self.pending, reading)
            if "full" in low or "everything" in low or "all of it" in low:
                pending, self.pending, self.awaiting = self.pending, None, None
                return self._start(
                    [CallTool(pending.name, {k: v for k, v in pending.arguments.items() if k != "amount_dollars"})]
                )
            self.awaiting, self.pending = None, None
            return None
        if self.awaiting == "item" and self.pending is not None:
            if order_in(text) and order_in(text) != self.pending.arguments.get("order_number"):
                self.awaiting, self.pending = None, None
                return None
            pending, self.pending, self.awaiting = self.pending, None, None
            args = {**pending.arguments, "item": text[:200]}
            sku = sku_in(text)
            if sku:
                args["sku"] = sku
            return self._start([CallTool(pending.name, args)])
        return None

    def _ask_identity(self) -> str:
        from .identity import ask_for
        from .store import Policy

        return ask_for(Policy.from_settings(getattr(self.campaign, "settings", None)))

    def _read_amount(self, text: str):
        from customario.dialogue.amounts import read_amount
        from .store import Policy

        currency = Policy.from_settings(getattr(self.campaign, "settings", None)).currency
        return read_amount(text, currency=currency)

    def _refund_with_amount(self, pending: CallTool, reading: Any) -> list[Action]:
        args = {**pending.arguments}
        if reading.status == "ok":
            args["amount_dollars"] = dollars(reading.cents)
            self.awaiting, self.pending = None, None
            return self._start([CallTool(pending.name, args)])
        self.asked_amount += 1
        if self.asked_amount > 2:
            self.awaiting, self.pending = None, None
            return [
                Say(
                    "I'm sorry, I still couldn't get the amount right, so I won't guess. I can open a ticket for a "
                    "colleague, or you can tell me the amount in digits, like 45.50."
                )
            ]
        if reading.status == "confirm":
            args["amount_dollars"] = dollars(reading.cents)
            self.awaiting, self.pending = "confirm-amount", CallTool(pending.name, args)
            return [Say(reading.question or "Is that right?")]
        self.awaiting, self.pending = (
            "amount",
            CallTool(pending.name, {k: v for k, v in args.items() if k != "amount_dollars"}),
        )
        return [Say(reading.question or "How much should the refund be, in dollars and cents?")]

    # -- helpers ---------------------------------------------------------------------------------
    def _start(self, actions: list[Action]) -> list[Action]:
        """Run actions up to the first tool call; the rest wait for its result."""
        out: list[Action] = []
        for i, a in enumerate(actions):
            out.append(a)
            if isinstance(a, CallTool):
                self.queue = list(actions[i + 1 :])
                self.last_call = a
                return out
        self.queue = []
        return out

    def _next(self) -> list[Action]:
        if not self.queue:
            return []
        pending, self.queue = self.queue, []
        return self._start(pending)

    def _render(self, template: str) -> str:
        from customario.definitions import render_template

        values = {"agent_name": self.campaign.agent.name, "organisation": self.campaign.organisation, **self.contact}
        try:
            return render_template(template, values)
        except Exception:  # a template problem must not break the conversation
            return re.sub(r"\{\{[^}]+\}\}", "", template)

    def _link_customer(self) -> None:
        """Record which customer this conversation belongs to (cross-channel timeline)."""
        db, call_id = getattr(self.ctx, "db", None), getattr(self.ctx, "call_id", None)
        if db is None or not call_id:
            return
        try:
            from customario.leads.customers import customer_for_contact, get_customer, link_call

            c = (
                get_customer(db, self.contact["customer_id"])
                if self.contact.get("customer_id")
                else customer_for_contact(db, self.contact)
            )
            if c:
                link_call(db, c["id"], call_id)
                self.state["customer_id"] = c["id"]
        except Exception:  # linking is bookkeeping: it must never break the conversation
            return

    def _history(self) -> list[dict[str, Any]]:
        """Prior conversation on any channel: given by the caller of the engine (``contact["history"]``,
        possibly empty), else read from the customer's timeline without this call."""
        if "history" in self.contact:
            return list(self.contact["history"] or [])
        db = getattr(self.ctx, "db", None)
        if db is None or not (self.contact.get("e164") or self.contact.get("email")):
            return []
        try:
            from customario.leads.customers import find_customer, history_for_agent, normalise_email

            c = find_customer(db, e164=self.contact.get("e164"), email=normalise_email(self.contact.get("email")))
            return history_for_agent(db, c["id"], exclude_call_id=getattr(self.ctx, "call_id", None)) if c else []
        except Exception:
            return []

    def _intents(self, text: str, low: str) -> list[str]:
        intents = []
        if (
            "refund" in low
            or "money back" in low
            or re.search(r"\b(reimburs\w*|compensat\w*|credit me)\b", low)
            or re.search(r"\b(want|get|give|like|need)\b[^.?!]*(\$|\d|dollars|bucks)[^.?!]*\bback\b", low)
            or (
                self.order
                and re.search(r"\b(another|more|again|the rest|the last|one more)\b", low)
                and self._read_amount(text).status != "none"
            )
        ):
            intents.append("refund")
        if (
            re.search(r"\breturn(ing)?\b", low)
            and not re.search(r"return (policy|window|period)", low)
            and "refund" not in intents
        ):
            intents.append("return")
        if has_word(low, "in stock", "stock", "available", "availability", "do you have", "do you carry") or sku_in(
            text
        ):
            if not (sku_in(text) and intents):
                intents.append("stock")
        if not intents and any(w in low for w in KB_WORDS) and not order_in(text):
            intents.append("kb")
        elif not intents and any(w in low for w in ("policy", "warranty", "compatib")):
            intents.append("kb")
        if not intents and order_in(text):
            intents.append("lookup")
        if not intents and any(h in low for h in PRODUCT_HINTS):
            intents.append("stock")
        return intents

    def _action_for(self, intent: str, text: str, low: str) -> CallTool | None:
        if intent in ("refund", "return", "lookup") and not self.order:
            return None
        if intent == "lookup":
            return CallTool("lookup_order", {"order_number": self.order})
        if intent == "refund":
            args: dict[str, Any] = {"order_number": self.order, "reason": text[:500], "item": text[:200]}
            sku = sku_in(text)
            if sku:
                args["sku"] = sku
            reading = self._read_amount(text)
            if reading.status == "none" or re.search(
                r"\b(in full|full refund|the full amount|full amount|everything back|"
                r"all of it back|whole (?:order|amount)|entire (?:order|amount))\b",
                low,
            ):
                return CallTool("process_refund", args)  # the amount comes from the order, not from the words
            if reading.status == "ok":
                args["amount_dollars"] = dollars(reading.cents)
                return CallTool("process_refund", args)
            return _Ask(self, CallTool("process_refund", args), reading)
        if intent == "return":
            return CallTool("create_return_label", {"order_number": self.order, "reason": text[:500]})
        if intent == "stock":
            sku = sku_in(text)
            if sku:
                return CallTool("check_inventory", {"query": sku})
            words = [w for w in re.findall(r"[a-z0-9]+", low) if w not in STOP and not w.startswith("ord")]
            return CallTool("check_inventory", {"query": " ".join(words)[:120] or text[:120]})
        return CallTool("search_knowledge_base", {"query": text[:300]})

    def _severity(self, low: str) -> str:
        from .store import Policy

        pol = Policy.from_settings(getattr(self.campaign, "settings", None))
        hit = pol.keyword_hit(low)
        if hit:
            return "critical" if hit[0] == "fraud" else "high"
        return "high" if any(w in low for w in ("dead", "broken", "urgent", "angry")) else "medium"

    def _followup_text(self) -> str:
        r = self.last_result or {}
        if "tracking_number" in r and "order_number" in r:
            return f"Order {r['order_number']}: tracking {r.get('carrier') or ''} {r['tracking_number']}".strip()
        return r.get("message") or "Thanks for contacting us. Reply to this message if you need anything else."

    def _describe(self, name: str, r: Any) -> str | None:
        """What the agent says about tool ``name``'s result ``r`` (None: nothing)."""
        return describe(name, r)
