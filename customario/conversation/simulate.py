"""Simulated respondents: scripted (or LLM) personas talk to the conversation engine.

A personas file (YAML) lists personas with ``traits``, ``answers`` (a value or a pool of values per
question id) and ``behaviours``::

    personas:
      - name: hesitant
        weight: 2
        traits: {mood: unsure}
        answers: {recommend: [6, 7, "a seven"], channel: website}
        behaviours: {wrong_then_correct: recommend, dont_know: satisfaction, hang_up_after: channel}

Behaviours: ``wrong_then_correct: QID`` (an unusable answer first), ``dont_know: QID``,
``refuse: QID`` (won't say), ``off_script: QID`` or ``{question: QID, say: "..."}`` (asks something
first), ``opt_out: QID|start`` ("take me off your list"), ``hang_up_after: QID``, ``refusal: true``
(declines at the start), ``callback: "tomorrow at 3pm"`` (asks to be called back at the start).
Question ids are checked against the survey; a wrong one is an InputDataError at ``file:line:col``.

:func:`run_simulation` runs N sessions with bounded concurrency on one event loop and returns a
:class:`Summary`. ``transcribe(text, question) -> Awaitable[str]`` optionally passes every persona
utterance through another channel first (the voice helper's espeak → WAV → pocketsphinx loop).
"""

from __future__ import annotations

import asyncio
import difflib
import random
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Awaitable, Callable, Mapping

from customario.definitions import Campaign, Question, render_template
from customario.errors import InputDataError

BEHAVIOURS = (
    "wrong_then_correct",
    "dont_know",
    "refuse",
    "off_script",
    "opt_out",
    "hang_up_after",
    "refusal",
    "callback",
)
MAX_TURNS = 40
Transcribe = Callable[[str, "Question | None"], Awaitable[str]]


@dataclass
class Persona:
    name: str
    weight: float = 1.0
    traits: dict = field(default_factory=dict)
    answers: dict = field(default_factory=dict)  # question id -> list of candidate utterances/values
    behaviours: dict = field(default_factory=dict)
    llm: bool = False


def _fail(path: Path, data: Any, loc: tuple, message: str, hint: str) -> InputDataError:
    from customario.definitions.yamlio import locate

    where = locate(data, loc) if data is not None else None
    return InputDataError(message, hint, location=f"{path}:{where[0]}:{where[1]}" if where else str(path))


def load_personas(path: str | Path, campaign: Campaign) -> list[Persona]:
    """Read and validate a personas file against ``campaign``'s questions.

    Raises NotFoundError (exit 4) for a missing file and InputDataError (exit 65) with
    ``file:line:column`` for an unknown question id, an unknown behaviour, a malformed entry (see
    :mod:`customario.conversation.persona_models`) or a file whose weights are all zero."""
    from pydantic import ValidationError

    from customario.conversation.persona_models import BEHAVIOUR_NAMES, QUESTION_BEHAVIOURS, PersonaModel
    from customario.definitions.loader import validation_error
    from customario.definitions.yamlio import load_yaml, to_plain
    from customario.limits import MAX_YAML_BYTES

    path = Path(path)
    data = load_yaml(path, max_bytes=MAX_YAML_BYTES, what="personas file")
    if not isinstance(data, Mapping):
        raise _fail(
            path,
            data,
            (),
            "a personas file is a mapping with `personas:` at the top",
            "Start the file with `personas:` followed by the list of personas",
        )
    items = data.get("personas")
    top = ("personas",)
    extra = sorted(str(k) for k in data if k != "personas")
    if extra:
        raise _fail(
            path,
            data,
            (extra[0],),
            f"unknown top-level key {extra[0]!r}",
            "A personas file holds only `personas:` followed by a list",
        )
    if not isinstance(items, list) or not items:
        raise _fail(path, data, top, "the file has no personas", "Write `personas:` followed by a list of personas")
    ids = [q.id for q in campaign.questions]
    out: list[Persona] = []
    for i, item in enumerate(items):
        loc = top + (i,)
        if not isinstance(item, Mapping) or not item.get("name"):
            raise _fail(path, data, loc, f"persona #{i + 1} has no name", "Give every persona a `name:`")
        label = str(item["name"])[:60]
        unknown = sorted(str(k) for k in set(item) - {"name", "weight", "traits", "answers", "behaviours", "llm"})
        if unknown:
            raise _fail(
                path,
                data,
                loc + (unknown[0],),
                f"persona {label!r} has an unknown key {unknown[0]!r}",
                "Use name, weight, traits, answers, behaviours, llm",
            )
        behaviours = item.get("behaviours")
        if isinstance(behaviours, Mapping):
            for kind in behaviours:
                if kind not in BEHAVIOUR_NAMES:
                    raise _fail(
                        path,
                        data,
                        loc + ("behaviours", kind),
                        f"unknown behaviour {str(kind)[:40]!r}",
                        f"Known behaviours: {', '.join(BEHAVIOUR_NAMES)}",
                    )
        try:
            model = PersonaModel.model_validate(to_plain(item))
        except ValidationError as exc:
            raise validation_error(
                exc, data, str(path), "Fix that persona; see docs/conversations.md for the format", prefix=loc
            ) from None
        for qid in model.answers:
            if qid not in ids:
                raise _fail(
                    path,
                    data,
                    loc + ("answers", qid),
                    f"persona {label!r} answers unknown question {qid!r}",
                    f"Question ids of {campaign.name}: {', '.join(ids)}",
                )
        b = model.behaviours.model_dump(exclude_defaults=True)
        for kind in QUESTION_BEHAVIOURS:
            if kind not in b:
                continue
            qid = b[kind].get("question") if isinstance(b[kind], dict) else b[kind]
            if qid not in ids and not (kind == "opt_out" and qid == "start"):
                raise _fail(
                    path,
                    data,
                    loc + ("behaviours", kind),
                    f"behaviour {kind} of persona {label!r} names unknown question {qid!r}",
                    f"Question ids of {campaign.name}: {', '.join(ids)}",
                )
        out.append(
            Persona(
                name=model.name,
                weight=float(model.weight),
                traits=dict(model.traits),
                answers={k: (list(v) if isinstance(v, list) else [v]) for k, v in model.answers.items()},
                behaviours=b,
                llm=model.llm,
            )
        )
    if not any(p.weight > 0 for p in out):
        raise _fail(
            path,
            data,
            top,
            "every persona has weight 0, so none can be drawn",
            "Give at least one persona a positive weight, e.g. `weight: 1`",
        )
    return out


_WRONG = {
    "nps": "eleven",
    "scale": "about fifteen",
    "yes_no": "the weather is nice",
    "single_choice": "carrier pigeon",
    "multi_choice": "carrier pigeon",
    "number": "quite a lot",
    "date": "a while",
    "open": "hmm",
}


def default_answer(q: Question, rng: random.Random) -> str:
    """A plausible valid answer for ``q`` when the persona gives none."""
    if q.type == "nps":
        return str(rng.randint(0, 10))
    if q.type in ("scale", "number"):
        lo, hi = q.bounds
        return str(rng.randint(int(lo if lo is not None else 0), int(hi if hi is not None else 100)))
    if q.type == "yes_no":
        return rng.choice(["yes", "no", "yeah", "nope"])
    if q.type in ("single_choice", "multi_choice"):
        return rng.choice(q.choices).label
    if q.type == "date":
        return rng.choice(["last Tuesday", "yesterday", "two weeks ago"])
    return rng.choice(["It was fine.", "Quicker delivery.", "Nothing really, all good."])


def match_question(line: str, campaign: Campaign, context: Mapping[str, Any]) -> Question | None:
    """The question an agent line asks: exact text first (last one mentioned), else the closest
    question text by difflib ratio ≥ 0.6 (model stacks may rephrase)."""
    best, pos = None, -1
    for q in campaign.questions:
        text = render_template(q.text, context)
        at = line.rfind(text)
        if at > pos:
            best, pos = q, at
    if best is not None:
        return best
    scored = [
        (difflib.SequenceMatcher(None, line.lower(), render_template(q.text, context).lower()).ratio(), q)
        for q in campaign.questions
    ]
    score, q = max(scored, key=lambda s: s[0]) if scored else (0, None)
    return q if score >= 0.6 else None


class ScriptedCaller:
    """Plays one persona: answers the question it hears, with the persona's behaviours."""

    def __init__(self, persona: Persona, campaign: Campaign, context: Mapping[str, Any], rng: random.Random):
        self.p, self.c, self.ctx, self.rng = persona, campaign, context, rng
        self.asked: dict[str, int] = {}
        self.turns = 0
        self.hang_up = False
        self.last_question: Question | None = None

    def reply(self, agent_lines: list[str]) -> str | None:
        """The next caller utterance, or None to hang up."""
        if self.hang_up or not agent_lines:
            return None
        self.turns += 1
        b = self.p.behaviours
        line = " ".join(agent_lines)
        q = match_question(line, self.c, self.ctx)
        if q is None and "is that right?" in line and self.last_question is not None:
            return self._confirm(line)
        self.last_question = q
        if q is None:
            if "better time" in line or "what day and time" in line:
                return str(b.get("callback") or "tomorrow at 3pm")
            if self.turns == 1:
                if b.get("opt_out") == "start":
                    return "Please take me off your list."
                if b.get("refusal"):
                    return "I'm not interested, sorry."
                if b.get("callback"):
                    return f"Not now, call me back {b['callback']}."
                return self.rng.choice(["Yes, sure.", "Okay, go ahead.", "Yeah, I have a minute."])
            return "Okay."
        n = self.asked[q.id] = self.asked.get(q.id, 0) + 1
        if n > 3:
            return None  # the agent is stuck on a question: give up
        if b.get("opt_out") == q.id:
            return "Actually, stop calling me. Take me off your list."
        off = b.get("off_script")
        off_q = off.get("question") if isinstance(off, Mapping) else off
        if off_q == q.id and n == 1:
            return (off.get("say") if isinstance(off, Mapping) else None) or "Who is this, by the way?"
        if b.get("wrong_then_correct") == q.id and self.asked[q.id] == (2 if off_q == q.id else 1):
            return _WRONG[q.type]
        if b.get("dont_know") == q.id:
            answer = "I don't know, to be honest."
        elif b.get("refuse") == q.id:
            answer = "I'd rather not say."
        elif q.id in self.p.answers:
            answer = str(self.rng.choice(self.p.answers[q.id]))
        else:
            answer = default_answer(q, self.rng)
        if b.get("hang_up_after") == q.id:
            self.hang_up = True
        self.last_answer = answer
        return answer

    def _confirm(self, line: str) -> str:
        """Answer a read-back ("I heard seven, is that right?") truthfully for the last answer given."""
        from customario.dialogue.answers import describe, normalise

        q, said = self.last_question, getattr(self, "last_answer", None)
        meant = normalise(q, said) if said else None
        if meant is not None and meant.status == "valid" and f"I heard {describe(q, meant.value)}," in line:
            return "Yes, that's right."
        return "No."


def llm_persona_reply(
    persona: Persona,
    campaign: Campaign,
    transcript: list[tuple[str, str]],
    settings: Any,
    *,
    http_client: Any = None,
    model: str | None = None,
) -> str | None:
    """One caller utterance written by Claude playing ``persona`` (``transcript``: [(role, text)]).
    Returns None when the model hangs up (``<hangup>``). Raises ExternalServiceError on API failure."""
    from customario.conversation.builder import complete_text

    system = (
        f"You are role-playing a person answering a phone survey ({campaign.name}). Persona: {persona.name}; "
        f"traits: {persona.traits}; intended answers: {persona.answers}; behaviours: {persona.behaviours}. "
        "Reply with ONE short spoken utterance, nothing else. Write <hangup> to end the call."
    )
    messages = [{"role": "user" if role == "agent" else "assistant", "content": text} for role, text in transcript]
    if not messages or messages[0]["role"] != "user":
        messages.insert(0, {"role": "user", "content": "(the phone rings)"})
    text = complete_text(
        settings, system=system, messages=messages, max_tokens=100, http_client=http_client, model=model
    )
    return None if not text or "<hangup>" in text.lower() else text


class LLMCaller:
    """Plays one persona with Claude (:func:`llm_persona_reply`), same interface as ScriptedCaller."""

    def __init__(
        self, persona: Persona, campaign: Campaign, context: Mapping[str, Any], settings: Any, http_client: Any = None
    ):
        self.p, self.c, self.ctx, self.settings, self.http_client = persona, campaign, context, settings, http_client
        self.transcript: list[tuple[str, str]] = []
        self.last_question: Question | None = None

    async def areply(self, agent_lines: list[str]) -> str | None:
        line = " ".join(agent_lines)
        self.transcript.append(("agent", line))
        self.last_question = match_question(line, self.c, self.ctx)
        text = await asyncio.to_thread(
            llm_persona_reply, self.p, self.c, list(self.transcript), self.settings, http_client=self.http_client
        )
        if text is not None:
            self.transcript.append(("caller", text))
        return text


def use_llm(persona: Persona, mode: str, settings: Any) -> bool:
    """Whether ``persona`` is played by Claude: mode ``llm`` (key required), ``auto`` (if the key is
    set, or the persona says ``llm: true``), ``scripted`` (never). Raises ConfigError without a key."""
    from customario.errors import ConfigError

    key = getattr(settings, "anthropic_api_key", None)
    wanted = mode == "llm" or (mode == "auto" and (key or persona.llm))
    if wanted and not key:
        raise ConfigError(
            "LLM personas need ANTHROPIC_API_KEY, which is not set",
            "Export ANTHROPIC_API_KEY or use --persona-mode scripted",
        )
    return bool(wanted)


@dataclass
class SessionResult:
    index: int
    persona: str
    call_id: int | None = None
    disposition: str | None = None
    turns: int = 0
    error: str | None = None
    seconds: float = 0.0
    reasks: dict = field(default_factory=dict)
    statuses: dict = field(default_factory=dict)


@dataclass
class Summary:
    """Totals of a simulation run (rates are fractions 0..1)."""

    sessions: int
    completed: int
    errors: int
    turns: int
    seconds: float
    dispositions: dict
    questions: dict  # question id -> {asked, reasks, reask_rate, invalid, invalid_rate}
    results: list

    @property
    def completion_rate(self) -> float:
        return self.completed / self.sessions if self.sessions else 0.0

    @property
    def sessions_per_minute(self) -> float:
        return 60 * self.sessions / self.seconds if self.seconds else 0.0

    def as_dict(self) -> dict:
        return {
            "sessions": self.sessions,
            "completed": self.completed,
            "completion_rate": round(self.completion_rate, 4),
            "errors": self.errors,
            "turns": self.turns,
            "mean_turns": round(self.turns / self.sessions, 2) if self.sessions else 0,
            "seconds": round(self.seconds, 3),
            "sessions_per_minute": round(self.sessions_per_minute, 1),
            "dispositions": self.dispositions,
            "questions": self.questions,
            "results": [r.__dict__ for r in self.results],
        }


async def simulate_one(
    db: Any,
    settings: Any,
    stored: Any,
    persona: Persona,
    *,
    index: int = 0,
    contact: Mapping[str, Any] | None = None,
    rng: random.Random | None = None,
    transcribe: Transcribe | None = None,
    stack: str | None = None,
    now: Callable[[], Any] | None = None,
    persona_mode: str = "scripted",
    http_client: Any = None,
) -> SessionResult:
    """One simulated session; never raises for a session failure (``result.error`` is set)."""
    from customario.conversation.builder import lead_context
    from customario.conversation.engine import TextConversation

    rng = rng or random.Random(index)
    result = SessionResult(index=index, persona=persona.name)
    started = time.perf_counter()
    conv = None
    try:
        conv = await TextConversation.start(
            db, settings, stored, contact=contact, channel="simulation", stack=stack, now=now
        )
        result.call_id = conv.call_id
        context = lead_context(contact, stored, settings)
        llm_caller = (
            LLMCaller(persona, stored.campaign, context, settings, http_client)
            if use_llm(persona, persona_mode, settings)
            else None
        )
        caller = llm_caller or ScriptedCaller(persona, stored.campaign, context, rng)
        lines = conv.opening
        while not conv.ended and result.turns < MAX_TURNS:
            utterance = await llm_caller.areply(lines) if llm_caller else caller.reply(lines)
            if utterance is None:
                break
            if transcribe is not None:
                utterance = await transcribe(utterance, caller.last_question)
            result.turns += 1
            lines = await conv.send(utterance)
        policy = conv.policy
        result.reasks = dict(getattr(policy, "reasks", {}) or {})
        result.statuses = dict(getattr(policy, "statuses", {}) or {})
        await conv.close()
        result.disposition = conv.disposition
    except Exception as exc:  # one broken session must not stop the batch
        result.error = f"{type(exc).__name__}: {exc}"
        if conv is not None:
            await conv.close("failed", status="failed")
            result.disposition = "failed"
    result.seconds = time.perf_counter() - started
    return result


def summarise(results: list[SessionResult], campaign: Campaign, seconds: float) -> Summary:
    dispositions: dict[str, int] = {}
    for r in results:
        key = r.disposition or ("error" if r.error else "unknown")
        dispositions[key] = dispositions.get(key, 0) + 1
    questions = {}
    for q in campaign.questions:
        asked = sum(1 for r in results if q.id in r.statuses or q.id in r.reasks)
        reasks = sum(r.reasks.get(q.id, 0) for r in results)
        invalid = sum(1 for r in results if r.statuses.get(q.id) == "invalid")
        questions[q.id] = {
            "asked": asked,
            "reasks": reasks,
            "reask_rate": round(reasks / asked, 4) if asked else 0.0,
            "invalid": invalid,
            "invalid_rate": round(invalid / asked, 4) if asked else 0.0,
        }
    return Summary(
        sessions=len(results),
        completed=dispositions.get("complete", 0),
        errors=sum(1 for r in results if r.error),
        turns=sum(r.turns for r in results),
        seconds=seconds,
        dispositions=dict(sorted(dispositions.items())),
        questions=questions,
        results=results,
    )


async def run_simulation(
    db: Any,
    settings: Any,
    stored: Any,
    personas: list[Persona],
    *,
    n: int = 10,
    concurrency: int = 1,
    seed: int = 0,
    contacts: list[Mapping[str, Any]] | None = None,
    transcribe: Transcribe | None = None,
    stack: str | None = None,
    on_result: Callable[[SessionResult], None] | None = None,
    persona_mode: str = "scripted",
    http_client: Any = None,
) -> Summary:
    """Run ``n`` sessions (personas drawn by weight with ``seed``; contacts cycled) at most
    ``concurrency`` at a time. Returns the Summary (errors are counted, not raised)."""
    for p in personas:
        use_llm(p, persona_mode, settings)  # a missing key fails before any session starts
    rng = random.Random(seed)
    picks = rng.choices(personas, weights=[p.weight for p in personas], k=n)
    sem = asyncio.Semaphore(max(1, concurrency))
    started = time.perf_counter()

    async def one(i: int, persona: Persona) -> SessionResult:
        async with sem:
            contact = contacts[i % len(contacts)] if contacts else None
            res = await simulate_one(
                db,
                settings,
                stored,
                persona,
                index=i,
                contact=contact,
                rng=random.Random(f"{seed}:{i}"),
                transcribe=transcribe,
                stack=stack,
                persona_mode=persona_mode,
                http_client=http_client,
            )
            if on_result is not None:
                on_result(res)
            return res

    results = await asyncio.gather(*(one(i, p) for i, p in enumerate(picks)))
    return summarise(list(results), stored.campaign, time.perf_counter() - started)
