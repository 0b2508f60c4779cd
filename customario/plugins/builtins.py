"""customario's built-in tools and evaluators, registered through the public hooks like any plug-in.

Declared as the ``builtins`` entry point in customario's ``pyproject.toml``. The tool and evaluator
modules are imported inside the hooks, so loading this plug-in costs nothing at CLI start-up.
"""

from __future__ import annotations

from customario.api import hookimpl


@hookimpl
def register_tools(register):
    """record_answer, end_call, opt_out, schedule_callback (surveys and every outbound call),
    search_knowledge_base and escalate_to_supervisor (front desks and support)."""
    from customario.dialogue.survey_tools import SURVEY_TOOLS
    from customario.escalation.kb_tool import SEARCH_TOOL
    from customario.escalation.supervisor_tool import ESCALATE_TOOL

    for spec in (*SURVEY_TOOLS, SEARCH_TOOL, ESCALATE_TOOL):
        register(spec)


def _anthropic(settings, *, model=None, max_tokens=None, client=None):
    from customario.analysis.judge import AnthropicEvaluator

    return AnthropicEvaluator(settings, client=client, model=model, max_tokens=max_tokens)


def _offline(settings):
    from customario.analysis.evaluation import OfflineEvaluator

    return OfflineEvaluator(settings)


@hookimpl
def register_evaluators(register):
    """``offline`` (deterministic checks, no LLM) and ``anthropic`` (the LLM judge)."""
    register("offline", _offline)
    register("anthropic", _anthropic)
