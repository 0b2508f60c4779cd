"""The ``search_knowledge_base`` agent tool: the campaign's business profile and learned answers.

Imports the campaign's profile on first use (:func:`customario.escalation.kb_import.ensure_campaign_knowledge`),
then searches (:func:`customario.escalation.knowledge.search`). Registered by
``customario.plugins.builtins`` through the ``register_tools`` hook.
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
    "suggestion"}`` (answer None when not confident: escalate instead of guessing). ``suggestion``
    (:func:`customario.escalation.kb_suggest.suggestion`, None when confident or when nothing is
    close enough) is ``{"article_id", "topic", "ask", "answer", "confidence"}``: the agent may read
    ``ask`` once and give ``answer`` only after the caller's yes."""
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


# Registered by customario.plugins.builtins (the register_tools hook).
SEARCH_TOOL = ToolSpec(
    name="search_knowledge_base",
    description=(
        "Search the business knowledge base (hours, services and prices, staff, location, policies and "
        "answers learned from supervisors). Use it before answering any business question and before "
        "escalating. 'confident' false means: do not guess; when 'suggestion' is set, ask the caller its "
        "'ask' question once and read its 'answer' only after a yes, else escalate_to_supervisor."
    ),
    parameters=SearchArgs,
    handler=search_tool,
)
