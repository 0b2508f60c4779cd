"""Model stacks (ARCHITECTURE.md section 5): which LLM / STT / TTS / VAD a session uses.

``make_stack(name, campaign, settings, ...)`` returns ``{"llm", "stt", "tts", "vad", "policy"}``:

- ``offline``: :class:`~.policy_llm.PolicyLLM` driving a dialogue policy — the campaign module's
  policy registered for its ``module:`` (``register_policies`` hook), else :class:`customario.dialogue.survey_flow.SurveyPolicy` for
  surveys, else :class:`customario.dialogue.scripted.ScriptedPolicy`. With ``audio=True`` the STT/TTS/VAD
  come from ``customario.conversation.voice.make_audio_parts(campaign, settings)`` (espeak-ng,
  pocketsphinx, local VAD); text sessions need only the LLM.
- ``anthropic``: ``livekit.plugins.anthropic.LLM`` (needs ``ANTHROPIC_API_KEY``).
- ``google-realtime``: ``livekit.plugins.google.realtime.RealtimeModel`` (needs ``GOOGLE_API_KEY``).

A missing key raises ConfigError naming the variable; an unknown stack name raises UsageError.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, Callable, Mapping

from customario.definitions.models import STACKS
from customario.errors import ConfigError, UsageError


def stack_name(campaign: Any, settings: Any, override: str | None = None) -> str:
    """The stack to use: flag > campaign ``agent.stack`` > settings (``CUSTOMARIO_STACK``) > offline."""
    c = campaign.campaign if hasattr(campaign, "campaign") else campaign
    name = override or c.agent.stack or getattr(settings, "stack", None) or "offline"
    if name not in STACKS:
        raise UsageError(f"unknown stack {name!r}", f"Choose one of: {', '.join(STACKS)}")
    return name


def choose_policy(
    campaign: Any, context: Mapping[str, Any], tool_ctx: Any, settings: Any, now: Callable[[], datetime] | None = None
) -> Any:
    """The offline dialogue policy for ``campaign`` (see module docstring)."""
    from customario.dialogue.scripted import ScriptedPolicy
    from customario.dialogue.survey_flow import SurveyPolicy

    c = campaign.campaign if hasattr(campaign, "campaign") else campaign
    if c.module:
        from customario.plugins.manager import discover

        factory = discover(getattr(settings, "campaigns_dir", None)).policies().get(c.module)
        if factory is not None:
            return factory(campaign, (tool_ctx.contact if tool_ctx is not None else None), tool_ctx)
    kwargs: dict[str, Any] = {"tz": context.get("timezone") or "UTC"}
    if now is not None:
        kwargs["now"] = now
    kwargs["channel"] = getattr(tool_ctx, "channel", None) or "voice"
    if c.kind == "survey" and c.questions:
        return SurveyPolicy(c, context, **kwargs)
    return ScriptedPolicy(c, context, channel=kwargs["channel"])


def _audio_parts(campaign: Any, settings: Any) -> dict:
    """STT/TTS/VAD of the offline voice stack (``customario.conversation.voice.make_audio_parts``)."""
    try:
        from customario.conversation import voice
    except ImportError:
        voice = None
    make = getattr(voice, "make_audio_parts", None)
    if make is None:
        raise ConfigError(
            "the offline audio stack is not available in this build",
            "Use text mode (--text) or install the voice components",
        )
    return make(campaign, settings)


def make_stack(
    name: str,
    campaign: Any,
    settings: Any,
    *,
    context: Mapping[str, Any] | None = None,
    tool_ctx: Any = None,
    audio: bool = False,
    now: Callable[[], datetime] | None = None,
) -> dict:
    """Build the stack ``name`` for ``campaign``; see the module docstring for the parts."""
    c = campaign.campaign if hasattr(campaign, "campaign") else campaign
    parts: dict[str, Any] = {"llm": None, "stt": None, "tts": None, "vad": None, "policy": None}
    if name == "offline":
        from customario.conversation.policy_llm import PolicyLLM

        policy = choose_policy(campaign, context or {}, tool_ctx, settings, now=now)
        parts.update(llm=PolicyLLM(policy), policy=policy)
        if audio:
            parts.update(_audio_parts(campaign, settings))
            from customario.conversation import voice

            voice.follow_policy(parts.get("stt"), policy)  # expected phrases follow the pending question
        return parts
    if name == "anthropic":
        key = getattr(settings, "anthropic_api_key", None)
        if not key:
            raise ConfigError(
                "the anthropic stack needs ANTHROPIC_API_KEY, which is not set",
                "Export ANTHROPIC_API_KEY (or put it in .env), or use --stack offline",
            )
        from livekit.plugins import anthropic as lk_anthropic

        kwargs: dict[str, Any] = {"api_key": key}
        model = c.agent.llm_model or getattr(settings, "anthropic_model", None)
        if model:
            kwargs["model"] = model
        if getattr(settings, "anthropic_base_url", None):
            kwargs["base_url"] = settings.anthropic_base_url
        parts["llm"] = lk_anthropic.LLM(**kwargs)
        if audio:
            parts.update({k: v for k, v in _audio_parts(campaign, settings).items() if k != "llm"})
        return parts
    if name == "google-realtime":
        key = getattr(settings, "google_api_key", None)
        if not key:
            raise ConfigError(
                "the google-realtime stack needs GOOGLE_API_KEY, which is not set",
                "Export GOOGLE_API_KEY (or put it in .env), or use --stack offline",
            )
        from livekit.plugins import google

        kwargs = {"api_key": key}
        if c.agent.llm_model:
            kwargs["model"] = c.agent.llm_model
        if c.agent.voice:
            kwargs["voice"] = c.agent.voice
        parts["llm"] = google.realtime.RealtimeModel(**kwargs)
        return parts
    raise UsageError(f"unknown stack {name!r}", f"Choose one of: {', '.join(STACKS)}")
