"""The offline voice stack (issue 3): espeak-ng TTS, pocketsphinx STT, silero VAD, WAV/device I/O.

Nothing here downloads a model or needs a network. livekit-agents and its plug-ins are imported
only when a session part is built. Entry points:

- :func:`make_audio_parts` — STT/TTS/VAD (+ turn-handling options) for ``make_stack(..., audio=True)``.
- :func:`follow_policy` — keep the STT's expected phrases on the question the policy asked last.
- :mod:`.runner` — ``console --audio-in/--audio-out`` and ``console --audio`` sessions.
- :mod:`.simulate_voice` — the espeak → pocketsphinx round trip behind ``simulate --voice``.
"""

from __future__ import annotations

from typing import Any

ESPEAK_TTS_NAMES = ("espeak", "espeak-ng")


def expected_for_policy(policy: Any) -> list[str] | None:
    """The phrases to expect next from a dialogue policy's public state (``None``: open vocabulary).

    Survey policies expose ``phase`` (``consent`` after an opening question, ``question`` while a
    question is pending, ``confirm`` while an answer is read back) and ``current`` (the pending
    ``Question``); other policies get the open model. A question's model knows its answers, numbers
    out of its range, fillers, carrier phrases and everyday words (issue 11, see ``phrases``).
    """
    from customario.conversation.voice.phrases import (
        confirm_phrases,
        correction_phrases,
        decoder_phrases,
        opening_phrases,
    )

    phase = getattr(policy, "phase", None)
    if getattr(policy, "awaits_yes_no", False):
        return confirm_phrases(None, control=False)  # "Would you like us to stop calling?"
    if phase == "consent":
        return opening_phrases()
    current = getattr(policy, "current", None)
    if phase == "confirm":
        # A read-back said once more because the reply was only "again": the next reply is heard
        # without the call-control and repeat phrases, whose "again" is what a "yes" comes out as
        # through the telephone band (us-f4-140 phone, blind20: 188 of 218 read-back yeses heard
        # as "again"; without them 5 of 12 came out as "yes", none of 24 "no" or "again" did).
        return confirm_phrases(current, control=not again_said(policy))
    if phase == "question" and current is not None:
        phrases = decoder_phrases(current)
        if phrases is None:
            return None
        return [*phrases, *correction_phrases(_asked_before(policy, current))]
    return None


def _asked_before(policy: Any, current: Any) -> list:
    """The questions ``policy`` asked before ``current`` and has an answer for (``asked``,
    ``statuses``, ``campaign``), in the order asked: the ones a caller may change now."""
    campaign = getattr(policy, "campaign", None)
    statuses = getattr(policy, "statuses", None) or {}
    by_id = {q.id: q for q in getattr(campaign, "questions", None) or []}
    ids = [i for i in getattr(policy, "asked", None) or [] if i != current.id and i in statuses and i in by_id]
    return [by_id[i] for i in dict.fromkeys(ids)]


def forced_for_policy(policy: Any) -> list[str] | None:
    """The short answers of the question ``policy`` waits for, for the recogniser's forced answer
    pass (``phrases.forced_answers``: numbers of a narrow range, yes/no forms, choice names, and the
    shortest don't-know and refusal forms, ``forced_passes.forced_codes``); for an open question the
    short replies that add nothing, don't-knows and refusals of its second pass
    (``forced_passes.open_forms``); None for read-backs, the opening, stop questions, dates and
    wide number ranges."""
    from customario.conversation.voice.forced_passes import forced_codes, open_forms
    from customario.conversation.voice.phrases import forced_answers

    current = getattr(policy, "current", None)
    if getattr(policy, "phase", None) != "question" or current is None or getattr(policy, "awaits_yes_no", False):
        return None
    if getattr(current, "type", None) == "open":
        return open_forms(current)
    answers = forced_answers(current)
    return None if answers is None else [*answers, *forced_codes(current)]


def reads_back(policy: Any) -> bool:
    """True while ``policy`` waits for the reply to a read-back ("I heard seven, is that right?") or
    to "Would you like us to stop calling?": the recogniser then adds a forced yes/no pass
    (``_sphinx.decode``)."""
    return getattr(policy, "phase", None) == "confirm" or bool(getattr(policy, "awaits_yes_no", False))


def again_said(policy: Any) -> bool:
    """True while ``policy`` says a read-back once more because the caller's spoken reply was only
    "again" (``survey_readback.HEARD_AGAIN``): the next reply is then heard by a read-back model
    without the call-control and repeat phrases (:func:`expected_for_policy`), and a lone "again"
    heard in it goes to the forced yes/no pass (the telephone band makes a "yes" into "again"),
    never the first time (a caller asking "again?" hears the read-back again instead of confirming
    it)."""
    return bool(getattr(policy, "again_at_read_back", False))


def follow_policy(stt: Any, policy: Any) -> None:
    """Make ``stt`` (a :func:`~.stt.SphinxSTT`) ask ``policy`` for the expected phrases of each
    utterance, so recognition follows the survey as it advances (skip logic, re-asks included)."""
    if stt is not None and hasattr(stt, "set_expected_source") and policy is not None:
        stt.set_expected_source(
            lambda: expected_for_policy(policy),
            yes_no=lambda: reads_back(policy),
            again=lambda: again_said(policy),
            forced=lambda: forced_for_policy(policy),
        )


def voice_options(settings: Any) -> dict:
    """The ``voice:`` mapping of ``customario.yaml`` (``Settings.extra``): ``min_silence``,
    ``prefix_padding``, ``endpointing_delay`` (seconds), ``espeak_voice``, ``wpm``. Raises
    ConfigError for a value that is not a number where one is needed."""
    from customario.errors import ConfigError

    raw = dict((getattr(settings, "extra", None) or {}).get("voice") or {})
    out: dict[str, Any] = {}
    for key in ("min_silence", "prefix_padding", "endpointing_delay", "wpm"):
        if key in raw:
            try:
                out[key] = float(raw[key])
            except (TypeError, ValueError):
                raise ConfigError(
                    f"voice.{key} must be a number, got {raw[key]!r}", "Fix it in customario.yaml"
                ) from None
    if raw.get("espeak_voice"):
        out["espeak_voice"] = str(raw["espeak_voice"])
    return out


def make_audio_parts(campaign: Any, settings: Any) -> dict:
    """``{"stt", "tts", "vad", "turn_handling"}`` for an offline audio session.

    The espeak-ng voice is ``voice.espeak_voice`` from the config, else ``agent.voice`` when
    ``agent.tts`` is ``espeak``/``espeak-ng``, else ``en-us+klatt3``. VAD and endpointing use the
    tuned defaults of :mod:`.vad` unless :func:`voice_options` overrides them. Raises ConfigError
    when espeak-ng is not installed.
    """
    from customario.conversation.voice import vad as vad_mod
    from customario.conversation.voice.stt import SphinxSTT
    from customario.conversation.voice.tts import DEFAULT_VOICE, DEFAULT_WPM, EspeakTTS

    c = campaign.campaign if hasattr(campaign, "campaign") else campaign
    agent = getattr(c, "agent", None)
    opts = voice_options(settings)
    voice = DEFAULT_VOICE
    if agent is not None and (agent.tts or "").lower() in ESPEAK_TTS_NAMES and agent.voice:
        voice = agent.voice
    voice = opts.get("espeak_voice", voice)
    tts = EspeakTTS(voice=voice, wpm=int(opts.get("wpm", DEFAULT_WPM)))
    stt = SphinxSTT(language=getattr(agent, "language", None) or "en-US")
    stt.prewarm()
    vad = vad_mod.load_vad(
        min_silence=opts.get("min_silence", vad_mod.MIN_SILENCE_S),
        prefix_padding=opts.get("prefix_padding", vad_mod.PREFIX_PADDING_S),
    )
    turns = vad_mod.turn_handling(endpointing_delay=opts.get("endpointing_delay", vad_mod.ENDPOINTING_DELAY_S))
    return {"stt": stt, "tts": tts, "vad": vad, "turn_handling": turns}
