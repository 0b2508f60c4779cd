"""The conversation engine: the only importer of ``livekit.agents`` and its plug-ins.

Modules (each imports livekit lazily, inside functions/classes, so importing this package is cheap):

- :mod:`.engine` — :class:`~.engine.TextConversation` (console, simulate, SMS/e-mail channels) and
  the building blocks for a LiveKit room (:func:`~.engine.prepare_session`, :func:`~.engine.run_room_session`).
- :mod:`.builder` — lead context, instructions, briefing, and the agent with its function tools.
- :mod:`.policy_llm` — a livekit ``llm.LLM`` that drives an offline :class:`customario.dialogue.policy.DialoguePolicy`.
- :mod:`.stacks` — ``offline`` / ``anthropic`` / ``google-realtime`` model stacks.
- :mod:`.recorder` — writes calls, turns and tool calls to SQLite as they happen.
- ``voice/`` — offline audio (espeak-ng TTS, pocketsphinx STT, WAV I/O), built separately.
"""
