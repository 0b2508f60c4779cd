"""The ``search_knowledge_base`` agent tool: the campaign's business profile and learned answers.

Imports the campaign's profile on first use (:func:`customario.escalation.kb_import.ensure_campaign_knowledge`),
then searches (:func:`customario.escalation.knowledge.search`). Registered by
``customario.plugins.builtins`` through the ``register_tools`` hook.

A turn that asks two things of which the base answers only one ("Are you open Sundays, and if not,
which day do you reopen?") is not answered as a whole
(:func:`customario.escalation.kb_two_asks.hold_half_answer`); the tool then returns ``partial``: the
half the base answers, to be said, and the half it does not, to be handed to the supervisor
(``escalate_to_supervisor``'s ``question``) instead of the whole turn (:func:`partial_answer`).
"""

from __future__ import annotations

from pydantic import BaseModel, Field

from customario.dialogue.tools import ToolContext, ToolSpec
from customario.escalation.kb_import import ensure_campaign_knowledge
from customario.escalation.kb_suggest import suggestion
from customario.escalation.knowledge import search


class SearchArgs(BaseModel):
    """Arguments of ``search_knowledge_base``."""

    query: str = Field(min_length=1, description="The caller's question, in their words.")


async def search_tool(ctx: ToolContext, args: SearchArgs) -> dict:
    """The ``search_knowledge_base`` handler: imports the campaign's business profile on first use,
    then searches the campaign's and the shared articles. Returns ``{"confident", "answer",
    "article_id", "question", "confidence", "source", "help_request_id", "threshold",
    "suggestion", "partial"}`` (answer None when not confident: escalate instead of guessing). ``suggestion``
    (:func:`customario.escalation.kb_suggest.suggestion`, None when confident or when nothing is
    close enough) is ``{"article_id", "topic", "ask", "answer", "confidence"}``: the agent may read
    ``ask`` once and give ``answer`` only after the caller's yes. ``partial`` (:func:`partial_answer`,
    None unless the turn asked two things and only some have an answer) is ``{"answer", "answered",
    "unanswered", "question"}``: say ``answer``, then escalate ``question`` alone."""
    ensure_campaign_knowledge(ctx.db, ctx.campaign)
    name = getattr(ctx.campaign, "name", None)
    result = search(ctx.db, args.query, campaign=name)
    best = result.best
    out = {
        "confident": result.confident,
        "threshold": result.threshold,
        "answer": None,
        "article_id": None,
        "question": None,
        "confidence": best["confidence"] if best else 0.0,
        "source": None,
        "help_request_id": None,
        "suggestion": suggestion(result),
        "partial": None if result.confident else partial_answer(best),
    }
    if best is not None:
        out.update(
            article_id=best["id"],
            question=best["question"],
            source=best["source"],
            help_request_id=best["help_request_id"],
        )
        if result.confident:
            out["answer"] = best.get("excerpt") or best["answer"]  # the sub-fact asked (issue 11)
    return out


def partial_answer(best: dict | None) -> dict | None:
    """The known half of a turn held back as half an answer (``best`` is the search's best hit, with
    ``answered_asks`` ``[{"ask", "excerpt"}]`` and ``unanswered_asks`` ``[str]`` from
    :func:`customario.escalation.kb_two_asks.hold_half_answer`), else None. Returns ``{"answer"``: the
    known parts in the caller's order, to be said; ``"answered"``/``"unanswered"``: the asks' texts;
    ``"question"``: the unanswered asks as one question for the supervisor ("Which day do you reopen?")}``.
    Source: issue 11 (the agent gives the half it knows and says which half it must check)."""
    if not best:
        return None
    known = [a for a in best.get("answered_asks") or [] if (a.get("excerpt") or "").strip()]
    unknown = [u.strip(" ,;?") for u in best.get("unanswered_asks") or [] if u and u.strip(" ,;?")]
    if not known or not unknown:
        return None
    parts = list(dict.fromkeys(a["excerpt"].strip() for a in known))
    return {
        "answer": " ".join(parts),
        "answered": [a["ask"] for a in known],
        "unanswered": unknown,
        "question": " ".join(u[0].upper() + u[1:] + "?" for u in unknown),
    }


# Registered by customario.plugins.builtins (the register_tools hook).
SEARCH_TOOL = ToolSpec(
    name="search_knowledge_base",
    description=(
        "Search the business knowledge base (hours, services and prices, staff, location, policies and "
        "answers learned from supervisors). Use it before answering any business question and before "
        "escalating. 'confident' false means: do not guess; when 'partial' is set (two questions, one "
        "answered), say its 'answer' and escalate_to_supervisor with its 'question' only; when 'suggestion' "
        "is set, ask the caller its 'ask' question once and read its 'answer' only after a yes, else "
        "escalate_to_supervisor."
    ),
    parameters=SearchArgs,
    handler=search_tool,
)
