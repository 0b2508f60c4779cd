"""Helpers shared by the escalation tests: the salon campaign with test-sized escalation settings,
a ToolContext that records what the agent says, and a tiny driver that runs a DialoguePolicy
against the real tools (the conversation engine does the same with livekit-agents)."""

from __future__ import annotations

import dataclasses

from customario.definitions.catalog import resolve_campaign
from customario.dialogue.tools import ToolContext
from customario.plugins.manager import discover


def salon(db, **escalation):
    stored = resolve_campaign(db, "salon_reception")
    esc = stored.campaign.escalation.model_copy(update=escalation)
    return dataclasses.replace(stored, campaign=stored.campaign.model_copy(update={"escalation": esc}))


def context(db, campaign, settings=None, call_id=None, contact=None):
    said: list[str] = []

    async def say(text):
        said.append(text)

    ctx = ToolContext(db=db, campaign=campaign, settings=settings, call_id=call_id, contact=contact, say=say)
    return ctx, said


async def run_tool(ctx, name, arguments):
    spec = discover().tools()[name]
    return await spec.handler(ctx, spec.parameters(**arguments))


async def drive(policy, ctx, caller_turns):
    """Run ``policy`` turn by turn against the real tools. Returns (lines, hung_up): the agent's
    lines, hold lines spoken by tools included, with the caller's turns prefixed by "> "."""
    from customario.dialogue.policy import CallTool, Hangup, Say

    out: list[str] = []
    hung_up = False
    original = ctx.say

    async def say(text):
        out.append(text)
        if original is not None:
            await original(text)

    ctx.say = say

    async def act(actions):
        nonlocal hung_up
        for a in actions:
            if isinstance(a, Say):
                out.append(a.text)
            elif isinstance(a, Hangup):
                hung_up = True
            elif isinstance(a, CallTool):
                result = await run_tool(ctx, a.name, a.arguments)
                await act(policy.on_tool_result(a.name, result, None))

    await act(policy.opening())
    for turn in caller_turns:
        out.append(f"> {turn}")
        await act(policy.respond(turn))
        if hung_up:
            break
    return out, hung_up
