"""Keypad (DTMF) entries from a SIP caller, delivered to the offline policy as one caller turn.

LiveKit's SIP service turns the keys a caller presses into ``sip_dtmf_received`` events on the
``livekit.rtc.Room`` (``rtc.SipDTMF``: ``code``, ``digit``, ``participant``). :class:`KeypadCollector`
listens to them for the caller's participant, collects digits until ``#`` (or ``keypad_timeout``
seconds after the last key; ``*`` starts the entry again, except once in an amount of money,
where it is the decimal point: ``decimal()``, from ``policy.keypad_decimal``), stops the agent's speech at the first
key (IVR barge-in), and hands the entry to the session as one user turn through the public
``AgentSession.generate_reply(user_input=ChatMessage(...))``: the message's ``extra`` carries the
digits under :data:`KEYPAD_EXTRA`. Only this collector sets that key: speech (the STT transcript)
and typed text (``session.run(user_input=...)``, the web chat) arrive as plain messages, so no
caller can produce a keypad entry by saying or typing something. :class:`~.policy_llm.PolicyLLM`
hands such a message to ``policy.respond_keypad(digits)``; the turn is recorded as
``[keypad] 42``.

livekit-agents' own ``beta.workflows.GetDtmfTask`` collects digits the same way but is an
``AgentTask`` for an LLM (the digits reach the model as text between ``<dtmf_inputs>`` tags and it
must call a tool), which a scripted policy cannot use and a text caller could imitate.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any, Callable

log = logging.getLogger(__name__)

KEYPAD_EXTRA = "customario_keypad"
MAX_KEYS = 12  # longer entries are cut: no survey answer needs more digits


def keypad_message(keys: str) -> Any:
    """The user ``ChatMessage`` of one keypad entry (``[keypad] 42``, extra ``{KEYPAD_EXTRA: "42"}``)."""
    from livekit.agents import llm

    return llm.ChatMessage(role="user", content=[f"[keypad] {keys}"], extra={KEYPAD_EXTRA: keys})


def keypad_keys(item: Any) -> str | None:
    """The digits of a keypad chat item, or None for any other item."""
    extra = getattr(item, "extra", None) or {}
    keys = extra.get(KEYPAD_EXTRA)
    return str(keys) if keys is not None else None


class KeypadCollector:
    """Collects one caller's DTMF keys in ``room`` into entries for ``session`` (see module docstring).

    ``caller_identity``: only this participant's keys count (None: any participant's).
    ``timeout_s``: seconds after the last key before an entry without ``#`` is delivered.
    ``paused()``: True while keys must be ignored (a supervisor has taken the call over).
    ``decimal()``: True while the first ``*`` of an entry is a decimal point (an amount of money)
    rather than a fresh start.
    ``entries`` lists what was delivered, in order. :meth:`close` stops listening."""

    def __init__(
        self,
        room: Any,
        session: Any,
        *,
        caller_identity: str | None = None,
        timeout_s: float = 3.0,
        paused: Callable[[], bool] | None = None,
        decimal: Callable[[], bool] | None = None,
    ):
        self.room = room
        self.session = session
        self.caller_identity = caller_identity
        self.timeout_s = timeout_s
        self.paused = paused or (lambda: False)
        self.decimal = decimal or (lambda: False)
        self.entries: list[str] = []
        self._keys: list[str] = []
        self._timer: asyncio.TimerHandle | None = None
        room.on("sip_dtmf_received", self._on_dtmf)

    def close(self) -> None:
        self.room.off("sip_dtmf_received", self._on_dtmf)
        self._cancel_timer()
        self._keys.clear()

    def _cancel_timer(self) -> None:
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None

    def _on_dtmf(self, ev: Any) -> None:
        participant = getattr(ev, "participant", None)
        if self.caller_identity is not None and getattr(participant, "identity", None) != self.caller_identity:
            return
        self._cancel_timer()
        if self.paused():
            self._keys.clear()  # the supervisor has the call: the agent takes no answers
            return
        digit = str(getattr(ev, "digit", "") or "")
        if digit == "#":
            self._deliver()
            return
        if digit == "*" and ("*" in self._keys or not self.decimal()):
            # A fresh start; in an amount of money the first star is kept as its decimal point.
            self._keys.clear()
            return
        if not (len(digit) == 1 and (digit.isdigit() or digit == "*") and digit.isascii()):
            return  # A-D and anything else: not an answer key
        if not self._keys:
            self._stop_speech()
        if len(self._keys) < MAX_KEYS:
            self._keys.append(digit)
        self._timer = asyncio.get_running_loop().call_later(self.timeout_s, self._deliver)

    def _stop_speech(self) -> None:
        try:
            self.session.interrupt()
        except RuntimeError:  # not running, or a line that may not be interrupted: it finishes first
            pass

    def _deliver(self) -> None:
        self._timer = None
        keys, self._keys = "".join(self._keys), []
        if not keys or self.paused():
            return
        self.entries.append(keys)
        try:
            self.session.generate_reply(user_input=keypad_message(keys))
        except RuntimeError:  # the session is closing: the call is over
            log.info("keypad entry after the session closed was dropped")


def attach_keypad(room: Any, prep: Any, caller_identity: str | None = None) -> KeypadCollector | None:
    """A :class:`KeypadCollector` for the call ``prep`` (an engine PreparedSession) in ``room``,
    when its offline policy takes keypad entries (a survey on a phone call with
    ``understanding.keypad`` on); None otherwise. It stops listening when the session closes."""
    policy = prep.parts.get("policy")
    if not hasattr(policy, "respond_keypad") or not getattr(policy, "keypad_on", False):
        return None
    campaign = prep.stored.campaign
    collector = KeypadCollector(
        room,
        prep.session,
        caller_identity=caller_identity,
        timeout_s=campaign.understanding.keypad_timeout,
        paused=lambda: bool(prep.takeover is not None and prep.takeover.human_in_control),
        decimal=lambda: bool(getattr(policy, "keypad_decimal", False)),
    )
    prep.session.on("close", lambda _ev: collector.close())
    return collector
