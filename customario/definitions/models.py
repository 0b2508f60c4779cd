"""Pydantic models for campaign and survey definitions (ARCHITECTURE.md section 3).

A survey is a campaign of ``kind: survey`` with ``questions``. Durations in YAML are written as
``90s``, ``30m``, ``2h``, ``1d`` (or a number of seconds) and stored as seconds; ``never`` means the
outcome is final. Money is integer cents. Times of day are ``HH:MM`` in the lead's local time.
"""

from __future__ import annotations

import math
import re
from datetime import date, time
from typing import Annotated, Any, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, field_validator, model_validator

from customario.definitions.skip import WhenSyntaxError, compile_when, compared_texts
from customario.definitions.templates import PLACEHOLDER_RE, placeholders_in
from customario.limits import MAX_ABS_NUMBER, MAX_CENTS, MAX_DURATION_S, MAX_SCALE_POINTS, MAX_WEIGHT

QUESTION_TYPES = ("nps", "scale", "yes_no", "single_choice", "multi_choice", "number", "date", "open")
CAMPAIGN_KINDS = ("survey", "outbound", "inbound", "support")
STACKS = ("offline", "anthropic", "google-realtime")
WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
# Outcomes that back-off rules may name (dispositions of an unsuccessful attempt).
RETRY_OUTCOMES = ("busy", "no-answer", "voicemail", "failed", "declined", "partial", "interrupted", "callback")

# Placeholders every lead provides (contact columns and derived values) and campaign values.
CONTACT_PLACEHOLDERS = frozenset(
    {
        "name",
        "first_name",
        "last_name",
        "company",
        "title",
        "email",
        "phone",
        "timezone",
        "local_time",
        "local_date",
        "caller_name",
        "agent_name",
        "organisation",
        "campaign",
    }
)
SLUG = r"^[a-z0-9][a-z0-9_\-]*$"
_DURATION_RE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(s|sec|m|min|h|d)?\s*$", re.I)
_UNIT = {"s": 1, "sec": 1, "m": 60, "min": 60, "h": 3600, "d": 86400, None: 1}


def parse_duration(value: Any) -> float | None:
    """``"30m"`` → 1800.0; numbers are seconds; ``"never"``/``None`` → None. Raises ValueError
    for anything else, a negative or non-finite value, or more than a year (MAX_DURATION_S)."""
    if value is None or (isinstance(value, str) and value.strip().lower() in ("never", "none", "")):
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float, str)):
        raise ValueError("a duration such as 30m, 2h or 1d")
    if isinstance(value, (int, float)):
        seconds = float(value)
    else:
        m = _DURATION_RE.match(value)
        if not m:
            raise ValueError(f"{value[:40]!r} is not a duration; write e.g. 90s, 30m, 2h, 1d or never")
        seconds = float(m.group(1)) * _UNIT[(m.group(2) or "").lower() or None]
    if not math.isfinite(seconds) or seconds < 0:
        raise ValueError("a duration must be a finite number of seconds, not negative")
    if seconds > MAX_DURATION_S:
        raise ValueError(f"a duration may be at most 366d ({MAX_DURATION_S} seconds); use never for no limit")
    return seconds


Duration = Annotated[float | None, BeforeValidator(parse_duration)]


def _parse_hhmm(value: Any) -> time:
    if isinstance(value, time):
        return value
    text = str(value).strip()
    m = re.match(r"^(\d{1,2}):(\d{2})(?::00)?$", text)
    if not m or int(m.group(1)) > 24 or int(m.group(2)) > 59:
        raise ValueError(f"{value!r} is not a time of day; write HH:MM such as 09:00 or 20:30")
    hour, minute = int(m.group(1)), int(m.group(2))
    if hour == 24:
        if minute:
            raise ValueError("24:MM is not a time; use 24:00 or earlier")
        return time(23, 59, 59)
    return time(hour, minute)


TimeOfDay = Annotated[time, BeforeValidator(_parse_hhmm)]
# Any other number in a definition: finite and within ±1e15 (customario.limits.MAX_ABS_NUMBER).
Number = Annotated[float, Field(ge=-MAX_ABS_NUMBER, le=MAX_ABS_NUMBER, allow_inf_nan=False)]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True, allow_inf_nan=False)


class Choice(_Model):
    """One option of a choice question: ``code`` is stored, ``label`` spoken, ``synonyms`` understood."""

    code: str
    label: str
    synonyms: list[str] = Field(default_factory=list)

    @model_validator(mode="before")
    @classmethod
    def _from_string(cls, data: Any) -> Any:
        if isinstance(data, str):
            return {"code": re.sub(r"[^a-z0-9]+", "_", data.lower()).strip("_") or data, "label": data}
        return data


class Reask(_Model):
    """What to do with an answer that does not fit the question."""

    max_attempts: int = Field(2, ge=1, le=5, description="times the question is asked in all")
    on_exhausted: Literal["record-invalid", "skip"] = "record-invalid"


class Question(_Model):
    """A typed survey question. ``when`` is a skip-logic expression over earlier question ids."""

    id: str = Field(pattern=SLUG, max_length=64)
    type: Literal["nps", "scale", "yes_no", "single_choice", "multi_choice", "number", "date", "open"]
    text: str = Field(min_length=1)
    required: bool = True
    when: str | None = None
    min: Number | None = None
    max: Number | None = None
    labels: dict[Annotated[int, Field(ge=-MAX_ABS_NUMBER, le=MAX_ABS_NUMBER)], str] = Field(default_factory=dict)
    choices: list[Choice] = Field(default_factory=list)
    reask: Reask | None = None
    allow_dont_know: bool = True
    allow_refused: bool = True
    reprompt: str | None = None
    aliases: list[str] = Field(
        default_factory=list, description="words callers use to name this question in a correction"
    )
    confirm: Literal["auto", "always", "never"] = Field(
        "auto", description="read the answer back: auto = below the campaign's threshold or after a lenient reading"
    )

    @model_validator(mode="after")
    def _check_type(self) -> "Question":
        t = self.type
        if t in ("single_choice", "multi_choice"):
            if len(self.choices) < 2:
                raise ValueError(f"a {t} question needs at least 2 choices")
            codes = [c.code for c in self.choices]
            dup = sorted({c for c in codes if codes.count(c) > 1})
            if dup:
                raise ValueError(f"duplicate choice code(s): {', '.join(dup)}")
        elif self.choices:
            raise ValueError(f"choices are only for single_choice and multi_choice, not {t}")
        if t == "scale":
            if self.min is None or self.max is None:
                raise ValueError("a scale question needs min and max (e.g. min: 1, max: 5)")
            if self.min >= self.max:
                raise ValueError(f"a scale needs min below max (min {self.min:g}, max {self.max:g})")
            if self.max - self.min > MAX_SCALE_POINTS:
                raise ValueError(
                    f"a scale spans at most {MAX_SCALE_POINTS} points (here {self.max - self.min:g}); "
                    "use a number question for wider ranges"
                )
        lo, hi = self.bounds
        outside = sorted(k for k in self.labels if (lo is not None and k < lo) or (hi is not None and k > hi))
        if outside:
            raise ValueError(f"labels for {', '.join(map(str, outside))} lie outside min..max")
        if t == "nps" and (self.min not in (None, 0) or self.max not in (None, 10)):
            raise ValueError("an nps question is always 0 to 10; remove min/max")
        if self.min is not None and self.max is not None and self.min > self.max:
            raise ValueError(f"min ({self.min:g}) is greater than max ({self.max:g})")
        if self.when:
            try:
                compile_when(self.when)
            except WhenSyntaxError as exc:
                raise ValueError(f"when: {exc}") from None
        return self

    @property
    def bounds(self) -> tuple[float | None, float | None]:
        """(min, max) with the nps default of (0, 10)."""
        if self.type == "nps":
            return 0, 10
        return self.min, self.max


class Understanding(_Model):
    """How a survey checks what it understood (issue 11). An answer whose confidence (the
    recogniser's for voice, the parser's for text, 0..1) is below ``confirm_below``, or that came
    from a lenient reading ("seven, no wait, eight", "the second one", a misspelt choice) when
    ``confirm_lenient`` is on, is read back ("I heard seven, is that right?") before it is stored.
    A caller who says no ``max_denials`` times gets the answer recorded ``invalid`` (never a guess).
    ``dont_know_probe``: a "don't know" gets one gentle probe for a best guess before it is stored.
    ``confirm_open_below``: a spoken answer to an open question whose recogniser confidence is below
    it is read back (typed open answers never are); pocketsphinx's posterior hardly separates right
    from wrong open transcripts (benchmarks/bench_answers.py: of 19 spoken open answers 16 came out
    with other words, the most confident at 0.44), so the default reads back nearly all of them.
    ``keypad``: on a phone call, a caller may type the answer to an nps, scale, number, yes/no
    (1 yes, 2 no), single- or multi-choice question (the choices' positions, at most nine choices)
    or date (MMDD or MMDDYYYY) on the telephone keypad (DTMF), ending with ``#``, and an amount of
    money with ``*`` as the decimal point (``45*99``); the entry is stored as typed (confidence 1.0,
    method ``keypad``; only a date, whose year is inferred, and an amount typed with ``*`` are read
    back first), one out of range is asked again, and after a spoken
    answer that was not understood the re-ask offers the keypad in one sentence. ``false`` turns
    both off. ``keypad_timeout``: seconds after the last key before an entry without ``#`` counts.
    ``confirm_risky`` (on by default): an answer whose words have the shape of the answers that
    were wrong at first contact with new callers (a question asked back, "but"/"except"/"actually"
    beside a value that is not a rating, two numbers or more choices named than read, a yes/no
    with two negations, a number of a thing the question does not count, another time or person, a
    rating said with words of the opposite feeling) is read back, typed or spoken
    (:mod:`customario.dialogue.answer_risk`); when that shape alone caused the read-back, the stored
    method ends ``+risk:REASONS``. Open answers are not read back for their shape (typed words are
    the caller's own; a transcript is read back by ``confirm_open_below``), nor is a change of an
    earlier answer (its announcement says the new value). On the first-contact logs of answers
    blind6-blind20 it would have caught 73 of the 161 wrong values for 5.6 extra read-backs per
    100 lines (docs/conversations.md#first-contact-risk)."""

    confirm_below: float = Field(0.8, ge=0, le=1)
    confirm_open_below: float = Field(0.5, ge=0, le=1)
    confirm_lenient: bool = True
    confirm_risky: bool = True
    max_denials: int = Field(2, ge=1, le=5)
    dont_know_probe: bool = False
    probe_text: str = "That's okay. If you had to give your best guess, what would it be?"
    keypad: bool = True
    keypad_timeout: float = Field(3.0, ge=0.5, le=15.0, description="seconds after the last key")


class Window(_Model):
    """Calling hours in the lead's local time; ``end`` may not be before ``start``."""

    start: TimeOfDay = time(9, 0)
    end: TimeOfDay = time(20, 0)

    @model_validator(mode="after")
    def _order(self) -> "Window":
        if self.end <= self.start:
            raise ValueError(
                f"window end {self.end:%H:%M} is not after start {self.start:%H:%M}; overnight windows are not allowed"
            )
        return self


class Calling(_Model):
    """When and how often leads are dialed. Back-off durations are per last disposition."""

    window: Window = Field(default_factory=Window)
    days: list[Literal["mon", "tue", "wed", "thu", "fri", "sat", "sun"]] = Field(
        default_factory=lambda: ["mon", "tue", "wed", "thu", "fri"]
    )
    holidays: list[date] = Field(default_factory=list)
    max_attempts: int = Field(3, ge=1, le=20)
    backoff: dict[Literal[RETRY_OUTCOMES], Duration] = Field(  # type: ignore[valid-type]
        default_factory=lambda: {
            "busy": 1800.0,
            "no-answer": 7200.0,
            "voicemail": 86400.0,
            "failed": 3600.0,
            "declined": 86400.0,
            "partial": 86400.0,
            "interrupted": 3600.0,
        }
    )
    concurrency: int = Field(2, ge=1, le=500)
    cps: float = Field(1.0, gt=0, le=100, description="new calls per second at most")
    ringing_timeout: Duration = 30.0
    max_call_duration: Duration = 900.0
    no_input_timeout: Duration = Field(
        20.0,
        description="seconds the agent waits for the caller to say anything before "
        "the call ends as break-off (a silent line or recording)",
    )
    trunk_id: str | None = None
    caller_id: str | None = None
    countries: list[str] | None = Field(
        None, description="ISO 3166 regions that may be called (default: the configured region)"
    )
    max_calls_per_24h: int | None = Field(None, ge=1, le=50, description="dial attempts per lead per 24 h at most")

    @field_validator("countries")
    @classmethod
    def _countries(cls, v: list[str] | None) -> list[str] | None:
        if v is None:
            return v
        import phonenumbers

        out = [c.strip().upper() for c in v]
        bad = [c for c in out if c not in phonenumbers.SUPPORTED_REGIONS]
        if bad:
            raise ValueError(f"unknown country {bad[0]!r}: use ISO 3166 codes such as US, CA, GB")
        return out

    @field_validator("days")
    @classmethod
    def _days(cls, v: list[str]) -> list[str]:
        if not v:
            raise ValueError("at least one calling day is needed")
        return v


class Voicemail(_Model):
    policy: Literal["hangup", "leave-message"] = "hangup"
    message: str | None = None

    @model_validator(mode="after")
    def _msg(self) -> "Voicemail":
        if self.policy == "leave-message" and not self.message:
            raise ValueError("voicemail policy leave-message needs a message")
        return self


class Escalation(_Model):
    enabled: bool = False
    deadline: Duration = 60.0
    urgent_keywords: list[str] = Field(default_factory=lambda: ["emergency", "lawyer", "injury", "urgent"])
    high_keywords: list[str] = Field(default_factory=lambda: ["complaint", "refund", "cancel"])
    hold_message: str = "Let me check that with my supervisor, one moment please."
    filler_every: Duration = 15.0
    filler_message: str = "Thanks for holding, I'm still checking with my supervisor."
    tags: list[str] = Field(default_factory=list)


class Criterion(_Model):
    id: str = Field(pattern=SLUG, max_length=64)
    description: str
    weight: float = Field(1.0, gt=0, le=MAX_WEIGHT)


class Evaluation(_Model):
    criteria: list[Criterion] = Field(default_factory=list)
    quality_threshold: float = Field(50.0, ge=0, le=100, description="score below which nothing is paid")
    borderline_margin: float = Field(5.0, ge=0, le=50)
    consistency_pairs: list[tuple[str, str]] = Field(default_factory=list)
    evaluator: str | None = None

    @field_validator("criteria")
    @classmethod
    def _unique(cls, v: list[Criterion]) -> list[Criterion]:
        ids = [c.id for c in v]
        dup = sorted({i for i in ids if ids.count(i) > 1})
        if dup:
            raise ValueError(f"duplicate criterion id(s): {', '.join(dup)}")
        return v


class Payment(_Model):
    """Participant payment range in integer cents (``min_cents`` ≤ ``max_cents``)."""

    currency: str = Field("USD", pattern=r"^[A-Z]{3}$")
    min_cents: int = Field(ge=0, le=MAX_CENTS)
    max_cents: int = Field(ge=0, le=MAX_CENTS)

    @model_validator(mode="after")
    def _range(self) -> "Payment":
        if self.min_cents > self.max_cents:
            raise ValueError(f"min_cents ({self.min_cents}) is greater than max_cents ({self.max_cents})")
        return self


class Consent(_Model):
    required: bool = True


class AgentSettings(_Model):
    name: str = "Ava"
    instructions: str = ""
    language: str = "en-US"
    stack: Literal["offline", "anthropic", "google-realtime"] | None = None
    llm_model: str | None = None
    voice: str | None = None
    stt: str | None = None
    tts: str | None = None


class Campaign(_Model):
    """A validated campaign (or survey) definition."""

    name: str = Field(pattern=SLUG, max_length=64)
    kind: Literal["survey", "outbound", "inbound", "support"]
    description: str = ""
    module: str | None = None
    organisation: str = "customario"
    agent: AgentSettings = Field(default_factory=AgentSettings)
    opening: str = (
        "Hello {{first_name|there}}, this is {{agent_name}}, an automated assistant calling from {{organisation}}."
    )
    closing: str = "Thank you for your time. Goodbye!"
    lead_fields: list[str] = Field(default_factory=list, description="extra lead attributes used as placeholders")
    tools: list[str] = Field(default_factory=lambda: ["record_answer", "end_call", "opt_out", "schedule_callback"])
    questions: list[Question] = Field(default_factory=list)
    reask: Reask = Field(default_factory=Reask)
    understanding: Understanding = Field(default_factory=Understanding)
    calling: Calling = Field(default_factory=Calling)
    voicemail: Voicemail = Field(default_factory=Voicemail)
    escalation: Escalation = Field(default_factory=Escalation)
    evaluation: Evaluation = Field(default_factory=Evaluation)
    payment: Payment | None = None
    consent: Consent = Field(default_factory=Consent)
    settings: dict[str, Any] = Field(default_factory=dict, description="free-form values for the campaign module")

    @model_validator(mode="after")
    def _cross_checks(self) -> "Campaign":
        ids = [q.id for q in self.questions]
        dup = sorted({i for i in ids if ids.count(i) > 1})
        if dup:
            raise ValueError(f"duplicate question id(s): {', '.join(dup)}")
        if self.kind == "survey" and not self.questions:
            raise ValueError("a survey needs at least one question")
        seen: set[str] = set()
        for q in self.questions:
            if q.when:
                _, names = compile_when(q.when)
                unknown = sorted(names - set(ids))
                if unknown:
                    raise ValueError(f"question {q.id!r}: when: refers to unknown question(s) {', '.join(unknown)}")
                later = sorted(names - seen)
                if later:
                    raise ValueError(
                        f"question {q.id!r}: when: refers to {', '.join(later)}, which is not asked before it"
                    )
                tree, _ = compile_when(q.when)
                for qid, text in compared_texts(tree):
                    other = self.question(qid)
                    codes = {c.code for c in other.choices}
                    if codes and text not in codes:
                        raise ValueError(
                            f"question {q.id!r}: when: compares {qid} with {text!r}, which is not one of "
                            f"its choice codes ({', '.join(sorted(codes))})"
                        )
            seen.add(q.id)
        for a, b in self.evaluation.consistency_pairs:
            for qid in (a, b):
                if qid not in ids:
                    raise ValueError(f"evaluation.consistency_pairs names unknown question {qid!r}")
        allowed = CONTACT_PLACEHOLDERS | set(self.lead_fields)
        for field_name, text in self.template_texts():
            rest = PLACEHOLDER_RE.sub("", text or "")
            if "{{" in rest or "}}" in rest:
                raise ValueError(
                    f"{field_name} has an unclosed or malformed {{{{placeholder}}}}; write {{{{name}}}} "
                    "or {{name|fallback}}"
                )
            unknown = [p for p in placeholders_in(text) if p not in allowed]
            if unknown:
                raise ValueError(
                    f"{field_name} uses unknown placeholder {{{{{unknown[0]}}}}}; known: "
                    f"{', '.join(sorted(allowed))} (declare extra lead columns under lead_fields)"
                )
        return self

    def template_texts(self) -> list[tuple[str, str]]:
        """(field name, text) of every text that may hold ``{{placeholders}}``."""
        texts = [("opening", self.opening), ("closing", self.closing), ("agent.instructions", self.agent.instructions)]
        if self.voicemail.message:
            texts.append(("voicemail.message", self.voicemail.message))
        texts += [(f"questions[{q.id}].text", q.text) for q in self.questions]
        return texts

    def question(self, qid: str) -> Question:
        """The question with id ``qid``; raises KeyError."""
        for q in self.questions:
            if q.id == qid:
                return q
        raise KeyError(qid)
