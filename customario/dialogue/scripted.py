"""The scripted policy: the offline stack's fallback dialogue for campaigns of kinds other than
``survey`` that have no module policy.

:class:`ScriptedPolicy` says the opening, answers anything with a polite "I can't help with that
offline", handles opt-out (through the ``opt_out`` tool) and closes. Pure: no database.
"""

from __future__ import annotations

from typing import Any, Mapping

from customario.definitions import Campaign, render_template
from customario.dialogue import intents, optout
from customario.dialogue.answers import yes_no
from customario.dialogue.policy import Action, Hangup, Say


class ScriptedPolicy:
    """Minimal offline policy for non-survey campaigns without a module policy: opening, a polite
    "I can't help with that offline", opt-out handling, closing."""

    quiet_tools = frozenset({"end_call"})

    def __init__(
        self, campaign: Campaign, context: Mapping[str, Any] | None = None, *, channel: str = "voice", **_: Any
    ):
        self.campaign = campaign
        self.context = dict(context or {})
        self.channel = channel
        self.turns = 0
        self.ended = False
        self._optout_asked: str | None = None

    def _text(self, t: str) -> str:
        return render_template(t, self.context).strip()

    def opening(self) -> list[Action]:
        return [Say(self._text(self.campaign.opening))]

    def respond(self, caller_text: str) -> list[Action]:
        if self.ended:
            return []
        verdict = optout.detect(caller_text, self.channel)
        asked, self._optout_asked = self._optout_asked, None
        if verdict.kind == "opt-out" or (asked and yes_no(caller_text) == "yes"):
            self.ended = True
            return optout.reply(caller_text, asked)
        if verdict.kind == "confirm" and not asked:
            self._optout_asked = caller_text
            return [Say(optout.CONFIRM_QUESTION)]
        self.turns += 1
        if self.turns >= 2 or intents.wants_to_end(caller_text):
            self.ended = True
            return [Say(self._text(self.campaign.closing)), Hangup("complete")]
        return [Say("I'm sorry, I can't help with that offline. Is there anything else?")]

    def on_tool_result(self, name: str, result: Any, error: str | None) -> list[Action]:
        return []
