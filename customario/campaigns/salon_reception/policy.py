"""The salon front desk's offline dialogue policy (contract: customario.dialogue.policy.DialoguePolicy).

Every caller question goes to ``search_knowledge_base``; a confident article is read out. When the
turn asked two things and the base answers one (the tool's ``partial``), that half is said and only
the other half is escalated. When the search is not confident but offers a suggestion (:mod:`customario.escalation.kb_suggest`), the desk
asks once "Are you asking about ...?": a yes (``customario.dialogue.yesno.yes_no``) reads that
article's answer, anything else escalates the question (on voice and console only: a text thread
starts a new policy per message). Every other question goes to
``escalate_to_supervisor`` and the tool's ``say`` (the supervisor's confirmed answer
or a callback offer) is relayed. The desk never books: a booking request is offered a callback
from a human, queued as a non-holding escalation tagged ``booking``. "bye" / "that's all" ends
the call; an opt-out ("stop calling me", :mod:`customario.dialogue.optout`) puts the number on the
DNC list through ``opt_out``.
"""

from __future__ import annotations

import re
from typing import Any

from customario.definitions import render_template
from customario.dialogue import optout
from customario.dialogue.yesno import yes_no
from customario.dialogue.policy import Action, CallTool, Hangup, Say
from customario.escalation.urgency import EMERGENCY_LINE, assess

ANYTHING_ELSE = "Is there anything else I can help you with?"
NOT_HEARD = "Sorry, I didn't catch that. What can I help you with?"
BOOKING_OFFER = (
    "I'm not able to book appointments myself, but I can have someone from the team call you back "
    "to set one up. Would you like that?"
)
TROUBLE = "I'm sorry, I'm having trouble checking that right now. Someone from the team will call you back."

_GOODBYE = re.compile(
    r"\b(bye|goodbye|that'?s all|that is all|that'?s it|nothing else|no thanks?|no thank you|"
    r"hang up|have a (good|nice|lovely) day)\b",
    re.I,
)
_BOOKING = re.compile(
    r"\b(book|booking|reserve|make an appointment|schedule an appointment|set up an appointment|"
    r"get an appointment|squeeze me in)\b",
    re.I,
)
_YES = re.compile(r"^\s*(yes|yeah|yep|yup|sure|please|ok|okay|that would be (great|good|lovely)|go ahead)\b", re.I)
_NO = re.compile(r"^\s*(no|nope|not now|no need)\b", re.I)
ASK_CONTACT = "What's the best phone number or e-mail address to send you the answer?"
ASK_TEXT = "Would you like me to text you the answer as soon as I have it?"
ASK_EMAIL = "Would you like me to e-mail you the answer as soon as I have it?"
CHECK_THE_REST = "The other part of your question I need to check."
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_GREETING = re.compile(r"^\s*(hi|hello|hey|good (morning|afternoon|evening))[\s!.,]*$", re.I)


class SalonPolicy:
    """Deterministic front desk. ``campaign`` is a StoredCampaign or a Campaign definition."""

    def __init__(self, campaign: Any, contact: Any = None, ctx: Any = None):
        self.definition = getattr(campaign, "campaign", campaign)
        self.contact = dict(contact or {})
        self.ctx = ctx
        self.question: str | None = None
        self.booking_offer: str | None = None
        self.asked_anything_else = False
        self.followup: int | None = None  # a follow-up waiting for the caller's contact / consent
        self.followup_channel: str | None = None
        self.suggested: dict | None = None  # "Are you asking about ...?" waiting for the caller's yes

    def _render(self, text: str) -> str:
        values = {
            "agent_name": self.definition.agent.name,
            "organisation": self.definition.organisation,
            "campaign": self.definition.name,
            **self.contact,
        }
        return render_template(text, values)

    def _taken_over(self) -> bool:
        state = getattr(self.ctx, "state", None) or {}
        return bool(state.get("taken_over"))

    def opening(self) -> list[Action]:
        return [Say(self._render(self.definition.opening))]

    def respond(self, caller_text: str) -> list[Action]:
        if self._taken_over():
            return []  # a human supervisor has the call
        text = (caller_text or "").strip()
        if not text:
            return [Say(f"Sorry, I didn't catch that. {self.suggested['ask']}" if self.suggested else NOT_HEARD)]
        if optout.is_opt_out(text, "voice"):  # the one recogniser (FCC 24-24, TCPA 64.1200(d))
            return optout.reply(text)
        heard = assess(text)
        if heard.urgent:
            # Before a pending yes/no, a contact detail or a booking (issue 11): an emergency is told
            # to call emergency services first; either way a person is asked at once, urgently.
            self.suggested, self.followup, self.followup_channel, self.booking_offer = None, None, None, None
            self.asked_anything_else = False
            self.question = text
            say = [Say(EMERGENCY_LINE + " I'm alerting the team now.")] if heard.level == "emergency" else []
            return [
                *say,
                CallTool(
                    "escalate_to_supervisor",
                    {
                        "question": text,
                        "reason": f"{heard.level}: {heard.reason}",
                        "priority": "urgent",
                        "tags": ["urgent"],
                        "wait": heard.level != "emergency",
                    },
                ),
            ]
        if self.suggested is not None:
            # The caller's answer to "Are you asking about ...?": only a yes reads the article.
            offered, self.suggested = self.suggested, None
            if yes_no(text) == "yes":
                self.asked_anything_else = True
                return [Say(f"{offered['answer']} {ANYTHING_ELSE}")]
            return [CallTool("escalate_to_supervisor", {"question": self.question or "the caller's question"})]
        self.suggested = None
        asked, self.asked_anything_else = self.asked_anything_else, False
        if self.followup is not None:
            fid, channel = self.followup, self.followup_channel
            self.followup, self.followup_channel = None, None
            reply = self._followup_reply(fid, channel, text)
            if reply is not None:
                return reply
        if self.booking_offer is not None:
            booking, self.booking_offer = self.booking_offer, None
            if _YES.match(text):
                return [
                    CallTool(
                        "escalate_to_supervisor",
                        {
                            "question": f"Please call the caller back to book an appointment. They said: {booking}",
                            "tags": ["booking"],
                            "priority": "low",
                            "wait": False,
                        },
                    )
                ]
            if _NO.match(text):
                self.asked_anything_else = True
                return [Say("No problem. " + ANYTHING_ELSE)]
        if _GOODBYE.search(text) or (asked and _NO.match(text) and len(text.split()) <= 3):
            return [Say(self._render(self.definition.closing)), Hangup("complete")]
        if _BOOKING.search(text):
            self.booking_offer = text
            return [Say(BOOKING_OFFER)]
        if _GREETING.match(text):
            return [Say("Hi! What can I help you with?")]
        self.question = text
        return [CallTool("search_knowledge_base", {"query": text})]

    def _followup_reply(self, fid: int, channel: str | None, text: str) -> list[Action] | None:
        """The caller's answer to "where can we send it?" / "may I text you?"."""
        if channel:
            if _YES.match(text):
                return [CallTool("set_followup_contact", {"followup_id": fid, "send_answer_by": channel})]
            if _NO.match(text):
                self.asked_anything_else = True
                return [Say("No problem, someone will call you back. " + ANYTHING_ELSE)]
            return None
        email = _EMAIL.search(text)
        if email:
            return [
                CallTool(
                    "set_followup_contact", {"followup_id": fid, "email": email.group(0), "send_answer_by": "email"}
                )
            ]
        import phonenumbers

        region = getattr(getattr(self.ctx, "settings", None), "region", "US") or "US"
        for match in phonenumbers.PhoneNumberMatcher(text, region):
            return [
                CallTool(
                    "set_followup_contact", {"followup_id": fid, "phone": match.raw_string, "send_answer_by": "sms"}
                )
            ]
        if _NO.match(text):
            self.asked_anything_else = True
            return [Say("All right. " + ANYTHING_ELSE)]
        return None

    def on_tool_result(self, name: str, result: Any, error: str | None) -> list[Action]:
        if name == "escalate_to_supervisor" and isinstance(result, str) and not error:
            # An interim update from the running tool (livekit's ctx.update: the hold line);
            # the final result follows as another tool result.
            m = re.search(r"message: (.*?)(?:\n|$)", result)
            return [Say(m.group(1) if m else result)]
        result = result if isinstance(result, dict) else {}
        if name == "search_knowledge_base":
            if not error and result.get("confident") and result.get("answer"):
                self.asked_anything_else = True
                return [Say(f"{result['answer']} {ANYTHING_ELSE}")]
            partial = result.get("partial") if not error else None
            if partial and partial.get("answer") and partial.get("question"):
                # Two questions, one answered (issue 11): say the half known, hand the other half on.
                reason = "asked together with: " + "; ".join(partial.get("answered") or []) + " (answered from the KB)"
                return [
                    Say(f"{partial['answer']} {CHECK_THE_REST}"),
                    CallTool("escalate_to_supervisor", {"question": partial["question"], "reason": reason}),
                ]
            offered = result.get("suggestion") if not error else None
            # A text thread starts a new policy per message: a "yes" would come without its question.
            live = getattr(self.ctx, "channel", None) not in ("sms", "email")
            if offered and offered.get("ask") and offered.get("answer") and live:
                self.suggested = offered
                return [Say(offered["ask"])]
            return [CallTool("escalate_to_supervisor", {"question": self.question or "the caller's question"})]
        if name == "escalate_to_supervisor":
            if result.get("status") in ("taken-over", "caller-left") or self._taken_over():
                return []  # a human has the call, or the caller is gone
            say = result.get("say") if not error else TROUBLE
            if (
                not error
                and result.get("followup_id")
                and result.get("status") in ("timed-out", "callback")
                and not result.get("answer_by")
            ):
                # Nobody is lost: find out how to reach the caller and whether we may text the answer.
                self.followup = result["followup_id"]
                if result.get("needs_contact"):
                    return [Say(f"{say or TROUBLE} {ASK_CONTACT}")]
                if result.get("can_text") or result.get("can_email"):
                    self.followup_channel = "sms" if result.get("can_text") else "email"
                    return [Say(f"{say or TROUBLE} " + (ASK_TEXT if self.followup_channel == "sms" else ASK_EMAIL))]
            self.asked_anything_else = True
            return [Say(f"{say or TROUBLE} {ANYTHING_ELSE}")]
        if name == "set_followup_contact":
            self.asked_anything_else = True
            said = result.get("say") if not error else "Sorry, I couldn't note that; someone will still call you back."
            return [Say(f"{said} {ANYTHING_ELSE}")]
        return []
