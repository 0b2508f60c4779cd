"""The offline dialogue policy contract (the embedded default "LLM").

The offline stack runs a deterministic policy instead of a language model. The conversation engine
wraps a policy in a livekit-agents ``llm.LLM`` so the same ``AgentSession`` drives it: every caller
turn becomes :meth:`DialoguePolicy.respond`, and every action becomes assistant text or a function
call on the chat stream; tool results come back through :meth:`DialoguePolicy.on_tool_result`.

Built-in policies: the survey policy (walks the definition's questions). Campaign modules provide
their own through the ``register_policies`` hook (:mod:`customario.api`): ``factory(campaign, contact, ctx) -> DialoguePolicy``
(e.g. the salon's knowledge-base front desk, the PC store's order/refund intents).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Protocol


@dataclass(frozen=True)
class Say:
    """Speak ``text`` to the caller."""

    text: str


@dataclass(frozen=True)
class CallTool:
    """Call tool ``name`` with ``arguments`` (validated by the tool's pydantic model)."""

    name: str
    arguments: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Hangup:
    """End the call after anything already said; ``disposition`` is recorded on the call."""

    disposition: str = "complete"


Action = Say | CallTool | Hangup


class DialoguePolicy(Protocol):
    """A deterministic conversation. Methods return the actions for the next agent turn."""

    def opening(self) -> list[Action]:
        """Actions for the very first agent turn (greeting, first question)."""

    def respond(self, caller_text: str) -> list[Action]:
        """Actions after the caller said ``caller_text`` (already transcribed)."""

    def on_tool_result(self, name: str, result: Any, error: str | None) -> list[Action]:
        """Actions after tool ``name`` returned ``result`` (or failed with ``error``)."""
