"""From a definition and a lead to an agent: lead context, instructions, briefing, function tools.

- :func:`lead_context` — the ``{{placeholder}}`` values for one lead (definitions.CONTACT_PLACEHOLDERS
  plus the contact's attributes JSON).
- :func:`build_instructions` — campaign instructions + lead-context block + briefing + the survey's
  question list (prompts are Markdown files in ``prompts/``, loaded with importlib.resources).
- :func:`make_briefing` — a template briefing offline; with an Anthropic key on a model stack a short
  generated one (:func:`llm_briefing`, testable with an ``httpx2.MockTransport``).
- :func:`wrap_tools` / :func:`build_agent` — ToolSpecs as livekit function tools (raw JSON schema
  from the pydantic model), each call logged to ``tool_calls`` with arguments, result, error and
  duration in milliseconds.
"""

from __future__ import annotations

import json
import logging
import time
from dataclasses import replace
from datetime import datetime, timezone
from importlib import resources
from typing import Any, Callable, Mapping
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from customario.definitions import Campaign, render_template

log = logging.getLogger(__name__)


def prompt(name: str) -> str:
    """The text of ``prompts/<name>.md`` shipped with the package."""
    return resources.files("customario.conversation").joinpath("prompts", f"{name}.md").read_text(encoding="utf-8")


def _campaign(c: Any) -> Campaign:
    return c.campaign if hasattr(c, "campaign") and isinstance(c.campaign, Campaign) else c


def lead_context(
    contact_row: Mapping[str, Any] | None, campaign: Any, settings: Any, now: datetime | None = None
) -> dict:
    """Placeholder values for one lead: name, first_name, last_name, company, title, email, phone
    (E.164), timezone (IANA), local_time ("3:05 PM") and local_date ("Saturday, November 21") in the
    lead's zone, caller_name/agent_name, organisation, campaign, plus the contact's ``attributes``
    JSON (never overriding those keys). ``contact_row`` may be None (anonymous console caller)."""
    c = _campaign(campaign)
    row = dict(contact_row or {})
    attrs = row.get("attributes") or {}
    if isinstance(attrs, str):
        try:
            attrs = json.loads(attrs)
        except ValueError:
            attrs = {}
    tz = row.get("timezone") or getattr(settings, "default_timezone", None) or "UTC"
    try:
        zone = ZoneInfo(tz)
    except (ZoneInfoNotFoundError, ValueError):
        tz, zone = "UTC", ZoneInfo("UTC")
    local = (now or datetime.now(timezone.utc)).astimezone(zone)
    first = row.get("first_name") or ((row.get("name") or "").split() or [None])[0]
    ctx: dict[str, Any] = {k: v for k, v in attrs.items() if isinstance(k, str)}
    ctx.update(
        {
            "name": row.get("name") or " ".join(p for p in (row.get("first_name"), row.get("last_name")) if p) or None,
            "first_name": first,
            "last_name": row.get("last_name"),
            "company": row.get("company"),
            "title": row.get("title"),
            "email": row.get("email"),
            "phone": row.get("e164") or row.get("phone"),
            "timezone": tz,
            "local_time": local.strftime("%-I:%M %p"),
            "local_date": local.strftime("%A, %B %-d"),
            "caller_name": c.agent.name,
            "agent_name": c.agent.name,
            "organisation": c.organisation,
            "campaign": c.name,
        }
    )
    return ctx


def _question_lines(c: Campaign, context: Mapping[str, Any]) -> list[str]:
    lines = []
    for i, q in enumerate(c.questions, 1):
        spec = q.type
        lo, hi = q.bounds
        if q.type in ("scale", "number") and lo is not None:
            spec += f" {lo:g}..{hi:g}"
        if q.choices:
            spec += ": " + ", ".join(f"{ch.code} ({ch.label})" for ch in q.choices)
        when = f" — ask only if {q.when}" if q.when else ""
        lines.append(f"{i}. [{q.id}] ({spec}) {render_template(q.text, context)}{when}")
    return lines


def build_instructions(campaign: Any, context: Mapping[str, Any], briefing: str | None = None) -> str:
    """The agent's system instructions (plain text): campaign instructions (or the default prompt),
    the lead-context block, the briefing, and for surveys the rules and the numbered question list."""
    c = _campaign(campaign)
    parts = [render_template(c.agent.instructions or prompt("instructions"), context).strip()]
    lead = [
        f"- {k}: {context[k]}"
        for k in ("name", "company", "title", "timezone", "local_time", "local_date")
        if context.get(k)
    ]
    extra = [f"- {k}: {context[k]}" for k in c.lead_fields if context.get(k) is not None]
    if lead or extra:
        parts.append("## The person you are talking to\n" + "\n".join(lead + extra))
    if briefing:
        parts.append("## Briefing\n" + briefing.strip())
    parts.append("## Opening line\n" + render_template(c.opening, context))
    if c.questions:
        parts.append(prompt("survey_rules").strip())
        parts.append("## Questions\n" + "\n".join(_question_lines(c, context)))
    parts.append("## Closing line\n" + render_template(c.closing, context))
    return "\n\n".join(parts)


def template_briefing(campaign: Any, context: Mapping[str, Any], history: list[Mapping[str, Any]] | None = None) -> str:
    """The offline briefing: who, local time, earlier contacts, goal (prompts/briefing.md)."""
    c = _campaign(campaign)
    goal = (
        f"complete the {len(c.questions)}-question survey"
        if c.kind == "survey"
        else c.description or f"run the {c.kind} conversation"
    )
    n = len(history or [])
    values = dict(context)
    values.update(
        {
            "company_part": f" at {context['company']}" if context.get("company") else "",
            "history_part": f"{n} earlier contact(s) on record. " if n else "No earlier contacts on record. ",
            "goal": goal.rstrip(".") + ".",
        }
    )
    return render_template(prompt("briefing"), values).strip()


def complete_text(
    settings: Any,
    *,
    system: str | None,
    messages: list[dict],
    max_tokens: int = 300,
    http_client: Any = None,
    model: str | None = None,
) -> str:
    """One plain-text Messages call through :mod:`customario.adapters.anthropic` (client, model choice, error
    mapping). Raises ConfigError without a key and ExternalServiceError when the API fails or
    returns no text."""
    from customario.adapters import anthropic as llm_adapter
    from customario.errors import ExternalServiceError

    client = llm_adapter.make_client(settings, http_client=http_client)
    model = llm_adapter.choose_model(client, model or getattr(settings, "anthropic_model", None))
    params: dict[str, Any] = {"model": model, "max_tokens": max_tokens, "messages": messages}
    if system:
        params["system"] = system
    msg = llm_adapter._call(lambda: client.messages.create(**params), "writing a short text")
    out = "".join(getattr(b, "text", "") for b in msg.content).strip()
    if not out:
        raise ExternalServiceError("the Anthropic API returned no text", "Try again or use the offline stack")
    return out


def llm_briefing(
    campaign: Any, context: Mapping[str, Any], settings: Any, *, http_client: Any = None, model: str | None = None
) -> str:
    """A short generated briefing (≤ 3 sentences) from Claude via :func:`complete_text`
    (``http_client``: an ``httpx2.Client``; tests pass one with a ``MockTransport``)."""
    c = _campaign(campaign)
    facts = {k: v for k, v in context.items() if v not in (None, "") and k != "phone"}
    text = (
        prompt("briefing_llm").strip()
        + "\n\nCampaign: "
        + c.name
        + " ("
        + c.kind
        + "): "
        + (c.description or "")
        + "\nContext: "
        + json.dumps(facts, ensure_ascii=False, default=str)
    )
    return complete_text(
        settings, system=None, messages=[{"role": "user", "content": text}], http_client=http_client, model=model
    )


def make_briefing(
    campaign: Any,
    context: Mapping[str, Any],
    settings: Any,
    *,
    stack: str = "offline",
    history: list[Mapping[str, Any]] | None = None,
    http_client: Any = None,
) -> str:
    """The briefing stored in ``calls.briefing``: generated by Claude on a model stack with an
    Anthropic key, else (offline, no key, or the API failing) the template briefing."""
    if stack != "offline" and getattr(settings, "anthropic_api_key", None):
        try:
            return llm_briefing(campaign, context, settings, http_client=http_client)
        except Exception as exc:  # a briefing must never stop a call
            log.warning("generated briefing failed (%s); using the template", type(exc).__name__)
    return template_briefing(campaign, context, history)


def enabled_tools(campaign: Any, available: Mapping[str, Any]) -> dict[str, Any]:
    """The ToolSpecs the campaign enables (its ``tools:`` list), in that order; unknown names skipped."""
    c = _campaign(campaign)
    return {name: available[name] for name in c.tools if name in available}


def wrap_tools(
    specs: Mapping[str, Any],
    tool_ctx: Any,
    recorder: Any = None,
    on_end: Callable[[str, Any], None] | None = None,
    quiet: frozenset[str] | set[str] = frozenset(),
) -> list[Any]:
    """ToolSpecs → livekit ``RawFunctionTool``s. Each call validates its arguments with the spec's
    pydantic model, runs the handler with a per-call ToolContext (``say`` speaks through the
    session), logs to ``tool_calls`` and returns JSON text. A ToolFailure or invalid arguments
    become a livekit ``ToolError`` (the model sees the message); ``on_end(name, result)`` runs
    after a successful ``ends_call`` tool. Tools named in ``quiet`` return nothing to the model on
    success (no follow-up inference: an offline policy that ignores those results saves a step)."""
    from livekit.agents import RunContext, function_tool
    from livekit.agents.llm import ToolError
    from pydantic import ValidationError

    from customario.dialogue.tools import ToolFailure

    def make(spec: Any) -> Any:
        async def call(raw_arguments: dict[str, Any], context: RunContext) -> Any:
            start = time.perf_counter()
            result, error = None, None
            try:
                args = spec.parameters.model_validate(raw_arguments or {})

                async def say(text: str) -> None:
                    await context.update(text)

                ctx = replace(tool_ctx, say=say)
                result = await spec.handler(ctx, args)
                return None if spec.name in quiet else json.dumps(result, ensure_ascii=False, default=str)
            except ValidationError as exc:
                error = "invalid arguments: " + "; ".join(
                    f"{'.'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in exc.errors()
                )
                raise ToolError(error) from None
            except ToolFailure as exc:
                error = str(exc)
                raise ToolError(error) from None
            except Exception as exc:
                error = f"{type(exc).__name__}: {exc}"
                log.exception("tool %s failed", spec.name)
                raise ToolError(f"the {spec.name} tool failed; apologise and carry on") from None
            finally:
                ms = round((time.perf_counter() - start) * 1000, 3)
                if recorder is not None:
                    recorder.log_tool_call(spec.name, raw_arguments, result, error, ms)
                if error is None and spec.ends_call and on_end is not None:
                    on_end(spec.name, result)

        # Real types (this module uses postponed annotations; livekit resolves them at call time).
        call.__annotations__ = {"raw_arguments": dict, "context": RunContext, "return": Any}
        return function_tool(
            call, raw_schema={"name": spec.name, "description": spec.description, "parameters": spec.json_schema()}
        )

    return [make(s) for s in specs.values()]


def build_agent(
    instructions: str, tools: list[Any], *, history: list[Mapping[str, Any]] | None = None, llm: Any = None
) -> Any:
    """A livekit ``Agent`` with ``instructions`` and the wrapped ``tools``; ``history``
    (``[{"role": "agent"|"caller", "text"}]``) pre-loads the chat context of a continued conversation."""
    from livekit.agents import Agent, llm as lk_llm

    chat_ctx = None
    if history:
        chat_ctx = lk_llm.ChatContext()
        for turn in history:
            role = "assistant" if turn.get("role") == "agent" else "user" if turn.get("role") == "caller" else None
            if role and turn.get("text"):
                chat_ctx.add_message(role=role, content=turn["text"])
    kwargs: dict[str, Any] = {"instructions": instructions, "tools": tools}
    if chat_ctx is not None:
        kwargs["chat_ctx"] = chat_ctx
    if llm is not None:
        kwargs["llm"] = llm
    return Agent(**kwargs)
