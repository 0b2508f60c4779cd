"""A livekit-agents ``llm.LLM`` that runs an offline :class:`customario.dialogue.policy.DialoguePolicy`.

This is the ``offline`` stack's "model": no network, deterministic. Each ``chat()`` call looks at
the chat-context items it has not seen yet: a caller message becomes ``policy.respond(text)`` (a
keypad entry from :mod:`~.keypad`: ``policy.respond_keypad(digits)``), a function-call output
becomes ``policy.on_tool_result(name, result, error)``, and the first call with neither is the
opening (``policy.opening()``). The resulting actions are streamed back as one
``ChatChunk``: :class:`~customario.dialogue.policy.Say` → assistant text, :class:`~customario.dialogue.policy.CallTool`
→ a ``FunctionToolCall``, :class:`~customario.dialogue.policy.Hangup` → an ``end_call`` tool call (or, when
that tool is not enabled, :attr:`PolicyLLM.hangup` is set for the engine to act on).
"""

from __future__ import annotations

import json
import uuid
from typing import Any

from livekit.agents import llm
from livekit.agents.llm import ChatChunk, ChoiceDelta, FunctionToolCall
from livekit.agents.types import DEFAULT_API_CONNECT_OPTIONS

from customario.conversation.keypad import keypad_keys
from customario.dialogue.policy import CallTool, Hangup, Say


class PolicyLLM(llm.LLM):
    """Wraps one policy instance (one per conversation: policies keep state)."""

    def __init__(self, policy: Any):
        super().__init__()
        self.policy = policy
        self.hangup: str | None = None  # disposition when a Hangup could not become end_call
        self._seen: set[str] = set()
        self._opened = False
        self.policy_seconds = 0.0  # time spent inside the policy (benchmarks)

    @property
    def model(self) -> str:
        return type(self.policy).__name__

    @property
    def provider(self) -> str:
        return "customario-offline"

    def mark_seen(self, chat_ctx: Any) -> None:
        """Treat every item already in ``chat_ctx`` as handled (continued conversations)."""
        for item in chat_ctx.items:
            self._seen.add(item.id)
        self._opened = True

    def chat(
        self,
        *,
        chat_ctx: Any,
        tools: list[Any] | None = None,
        conn_options: Any = DEFAULT_API_CONNECT_OPTIONS,
        parallel_tool_calls: Any = None,
        tool_choice: Any = None,
        extra_kwargs: Any = None,
    ) -> "PolicyStream":
        return PolicyStream(self, chat_ctx=chat_ctx, tools=tools or [], conn_options=conn_options)

    def actions_for(self, chat_ctx: Any) -> list[Any]:
        """The policy's actions for the items of ``chat_ctx`` not handled yet."""
        import time

        started = time.perf_counter()
        new = [it for it in chat_ctx.items if it.id not in self._seen]
        for it in new:
            self._seen.add(it.id)
        actions: list[Any] = []
        calls = {it.call_id: it.name for it in chat_ctx.items if getattr(it, "type", None) == "function_call"}
        got_input = False
        for it in new:
            kind = getattr(it, "type", None)
            if kind == "message" and it.role == "user":
                got_input = True
                keys = keypad_keys(it)
                if keys is not None and hasattr(self.policy, "respond_keypad"):
                    # Keys from the room's keypad collector (never from speech or typed text).
                    actions += self.policy.respond_keypad(keys)
                elif getattr(self.policy, "accepts_confidence", False):
                    # Speech carries the recogniser's confidence; typed text has none.
                    actions += self.policy.respond(it.text_content or "", confidence=it.transcript_confidence)
                else:
                    actions += self.policy.respond(it.text_content or "")
            elif kind == "function_call_output":
                got_input = True
                error = it.output if it.is_error else None
                try:
                    result = json.loads(it.output) if not it.is_error else None
                except (TypeError, ValueError):
                    result = it.output
                actions += self.policy.on_tool_result(it.name or calls.get(it.call_id, ""), result, error)
        if not got_input and not self._opened:
            actions = self.policy.opening()
        self._opened = True
        self.policy_seconds += time.perf_counter() - started
        return actions


class PolicyStream(llm.LLMStream):
    async def _run(self) -> None:
        policy_llm: PolicyLLM = self._llm  # type: ignore[assignment]
        actions = policy_llm.actions_for(self._chat_ctx)
        names = {getattr(t, "info", None) and t.info.name for t in self._tools}
        texts: list[str] = []
        calls: list[FunctionToolCall] = []
        for action in actions:
            if isinstance(action, Say):
                texts.append(action.text)
            elif isinstance(action, CallTool):
                if action.name in names:
                    calls.append(
                        FunctionToolCall(
                            name=action.name,
                            arguments=json.dumps(action.arguments, default=str),
                            call_id=f"call_{uuid.uuid4().hex[:12]}",
                        )
                    )
            elif isinstance(action, Hangup):
                if "end_call" in names and not any(
                    c.name in ("end_call", "opt_out", "schedule_callback") for c in calls
                ):
                    calls.append(
                        FunctionToolCall(
                            name="end_call",
                            arguments=json.dumps({"disposition": action.disposition}),
                            call_id=f"call_{uuid.uuid4().hex[:12]}",
                        )
                    )
                else:
                    policy_llm.hangup = action.disposition
        if not texts and not calls:
            return
        self._event_ch.send_nowait(
            ChatChunk(
                id=f"policy_{uuid.uuid4().hex[:8]}",
                delta=ChoiceDelta(role="assistant", content=" ".join(texts) or None, tool_calls=calls),
            )
        )
