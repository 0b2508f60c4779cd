"""The one opt-out recogniser: does the caller (or texter) revoke consent to be contacted?

Used by every surface that hears a person: the offline dialogue policies (voice, console, text
threads), the engine's guard for model stacks, and the SMS intake (``channels/inbound.py``), so a
"take me off your list" means the same on every channel.

Rules and their sources:

- FCC 24-24 (Report and Order, effective 2025-04-11; 47 CFR 64.1200(a)(10)): consent may be revoked
  "by any reasonable means", and a reply of "stop, quit, end, revoke, opt out, cancel or
  unsubscribe" to a text is a revocation. So a text message that is one of those words (alone, with
  "please"/"thanks", repeated, in any case, with common typos) is an opt-out.
- CTIA Messaging Principles and Best Practices: the carriers' keywords STOP, STOPALL, UNSUBSCRIBE,
  CANCEL, END, QUIT (opt-out), HELP / INFO (help) and START / UNSTOP (opt back in):
  :func:`sms_keyword`.
- TCPA 47 CFR 64.1200(d)(3): a do-not-call request is honoured at once.

Everyday phrasings are recognised anywhere in a message ("please don't call again", "quit calling
me", "take me off your list", "remove my number", "I withdraw my consent"), but not when they are
negated ("don't stop", "I don't want to unsubscribe"), hypothetical ("how do I opt out if I change
my mind later?"), about someone else ("my friend unsubscribed"), about another object ("cancel my
order", "stop sending me the wrong size", "take me off hold") or limited in time ("don't call me on
Sundays").

Which error is worse: a missed opt-out is a TCPA violation (statutory damages of $500 to $1,500
per call, 47 U.S.C. 227(b)(3)) and a wrong one loses one lead; so doubtful cases lean towards
the opt-out, and on a voice call a bare "stop" / "cancel" / "end" / "quit" (which may mean
"wait") is asked back ("Would you like us to stop calling this number?") rather than ignored:
:func:`detect` returns ``confirm`` for those.

Pure functions, no I/O; about 0.1-0.3 ms per message (``benchmarks/bench_optout.py``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from customario.dialogue.optout_normalise import _bare, _sentences, normalise
from customario.dialogue.optout_phrases import (
    _AFTER_NEGATION,
    _CALLEE_TAIL,
    WIDENED_LIMIT,
    _COMPILED,
    _COMPLAINT,
    _CONTINUE,
    _GETTING_OBJECT,
    _HYPOTHETICAL,
    _NEGATION_OVERRIDES,
    _NEGATORS,
    _OPT_OBJECT,
    _OPT_OK_OBJECT,
    _OTHER_OBJECT,
    _REPORTED,
    _SENDING_OBJECT,
    _THIRD_PARTY,
    _WEAK_WITH_CALLS,
    HELP_KEYWORDS,
    START_KEYWORDS,
    STRONG_KEYWORDS,
    WEAK_KEYWORDS,
)
from customario.dialogue.policy import CallTool, Say

Kind = Literal["opt-out", "confirm", "none"]

# Channels whose messages are typed texts: a bare keyword there is the FCC/CTIA opt-out.
TEXT_CHANNELS = frozenset({"sms", "text", "email", "chat", "whatsapp"})

CONFIRM_QUESTION = "Just to be sure: would you like us to stop calling this number?"
FAREWELL = "I understand. I've removed your number from our list and you won't be called again. Goodbye."


def reply(said: str, earlier: str | None = None, reason: str = "caller asked not to be called") -> list:
    """The agent's turn when a caller opts out, for every policy: :data:`FAREWELL` and the
    ``opt_out`` tool call (which adds the number to the DNC list). ``said`` is the caller's line;
    ``earlier`` the ambiguous line they confirmed with it ("stop calling me maybe" / "yes"), kept
    together as the evidence (at most 500 characters, as the engine's opt-out guard keeps)."""
    evidence = said if earlier is None else f"{earlier} / {said}"
    return [Say(FAREWELL), CallTool("opt_out", {"reason": reason, "evidence": evidence[:500]})]


@dataclass(frozen=True)
class Verdict:
    """The recogniser's answer. ``kind``: ``opt-out`` (revoke now), ``confirm`` (ask
    :data:`CONFIRM_QUESTION` first: a bare "stop" on a voice call) or ``none``. ``rule`` names
    the rule that fired and ``evidence`` the words it fired on (for the DNC record)."""

    kind: Kind
    rule: str | None = None
    evidence: str | None = None

    @property
    def opted_out(self) -> bool:
        return self.kind == "opt-out"

    def __bool__(self) -> bool:
        return self.kind == "opt-out"


NONE = Verdict("none")


def _negated(sentence: str, start: int) -> bool:
    """A negator in the same clause within five words before ``start`` ("I never said stop
    calling", "no, I do not want to opt out"), unless it is a threat or a plea ("if you don't stop
    calling", "why don't you stop calling")."""
    clause = re.split(r"[,;]|\bbut\b|\bso\b|\band\b(?!\s+(?:not|never))", sentence[:start])[-1]
    window = " ".join(clause.split()[-5:])
    return bool(_NEGATORS.search(window)) and not _NEGATION_OVERRIDES.search(clause)


def _keeps(name: str, m: re.Match, sentence: str) -> bool:
    """Per-rule checks on what follows the match."""
    rest = sentence[m.end() :].strip()
    if name == "stop-contact":
        verb = m.group("verb")
        if verb == "sending":
            return bool(_SENDING_OBJECT.search(rest))
        if verb in ("getting", "receiving"):
            return bool(_GETTING_OBJECT.search(rest))
        if re.match(r"^(?:me|us)\b", rest) and WIDENED_LIMIT.search(rest):
            return True  # "stop calling me on Sundays, or at all"
        if _OTHER_OBJECT.search(rest):
            return False
        return not re.match(r"^(?:me|us)\b", rest) or bool(_CALLEE_TAIL.match(rest))
    if name == "dont-contact":
        tail = m.group("tail").strip()
        if re.match(r"^(?:me|us)\b", tail) and WIDENED_LIMIT.search(tail):
            return True  # "don't call me on Thanksgiving, or ever": the limit is widened to every time
        return bool(_CALLEE_TAIL.match(tail)) and not _OTHER_OBJECT.search(re.sub(r"^(?:me|us)\s+", "", tail))
    if name in ("unsubscribe", "opt-out"):
        obj = _OPT_OBJECT.match(rest)
        if obj and not _OPT_OK_OBJECT.search(obj.group("obj")):
            return False
        return not _AFTER_NEGATION.match(rest)
    if name == "dont-want-contact":
        return not re.match(r"^(?:to\s+)?(?:stop|end|cease|go away)\b", rest) and not re.search(
            r"\b(?:stop|end|quit|miss|lose)\b", m.group(0)
        )
    if name == "end-contact" and m.group(0).endswith(("calling", "texting", "messaging")):
        return not _OTHER_OBJECT.search(rest)
    return True


# The caller refuses to go on with the call: "I'm not doing this", "I'm not answering any more".
_GOING_ON_REFUSED = re.compile(
    r"\b(?:i'?m|i am|i'?ll|i will)\s+not\s+(?:doing|answering|taking|continuing|having|listening to|do|answer|take)\b|"
    r"\b(?:won'?t|will not|can'?t be bothered to)\s+(?:do|answer|continue|take)\b"
)


def _phrase(sentence: str, is_text: bool, message: str) -> Verdict | None:
    hypothetical = bool(_HYPOTHETICAL.search(sentence))
    third_party = bool(_THIRD_PARTY.search(sentence))
    for name, rx, negatable in _COMPILED:
        for m in rx.finditer(sentence):
            if name == "leave-alone-text" and not is_text:
                continue
            if not _keeps(name, m, sentence):
                continue
            if hypothetical and name not in ("you-keep-calling", "if-you-call-again"):
                continue
            if third_party and name in ("unsubscribe", "opt-out", "unsubscribed-i", "revoke-consent"):
                continue
            if _REPORTED.search(sentence[: m.start()]):
                continue
            if negatable and _negated(sentence, m.start()):
                continue
            if name in ("unsubscribe", "opt-out") and _CONTINUE.search(message):
                continue
            return Verdict("opt-out", name, m.group(0).strip())
    return None


def detect(text: str, channel: str = "voice") -> Verdict:
    """Classify one caller turn or message. ``channel``: ``sms``/``email``/``chat`` (typed texts:
    a bare keyword is an opt-out, FCC 24-24) or anything else (voice, phone, console: a bare
    weak keyword is ``confirm``). Returns a :class:`Verdict`; never raises."""
    norm = normalise(text)
    if not norm:
        return NONE
    is_text = channel in TEXT_CHANNELS
    sentences = _sentences(norm) or [norm]
    for s in sentences:
        found = _phrase(s, is_text, norm)
        if found is not None:
            return found
    # Bare keywords, sentence by sentence ("STOP. This is not Maria's phone anymore").
    weak_hit = None
    for s in sentences:
        clauses = [s] + ([c.strip() for c in s.split(",")] if is_text else [])
        for c in clauses:
            b = _bare(c)
            if b in STRONG_KEYWORDS:
                if b == "leave me alone" and not is_text:
                    weak_hit = weak_hit or b
                    continue
                if _CONTINUE.search(norm):
                    continue
                return Verdict("opt-out", "keyword", b)
            if b in WEAK_KEYWORDS:
                if is_text:
                    return Verdict("opt-out", "keyword", b)
                weak_hit = weak_hit or b
    # "Leave me alone, I'm not doing this", "leave me alone, I'm not answering any more of these
    # calls": the weak "leave me alone" of a voice call with a refusal to go on, or the calls named.
    for s in sentences:
        clauses = [c.strip() for c in s.split(",") if c.strip()]
        if len(clauses) > 1 and _bare(clauses[0]) == "leave me alone" and not _HYPOTHETICAL.search(s):
            rest = ", ".join(clauses[1:])
            if _GOING_ON_REFUSED.search(rest) or _COMPLAINT.search(rest):
                return Verdict("opt-out", "leave-alone+refusal", clauses[0])
    # "Is not good for me these calls, please stop it": a weak keyword with the calls named.
    for s in sentences:
        w = _WEAK_WITH_CALLS.search(s)
        if w and _COMPLAINT.search(s) and not _negated(s, w.start()) and not _HYPOTHETICAL.search(s):
            return Verdict("opt-out", "keyword+calls", w.group(0))
    if weak_hit is not None:
        if len(sentences) > 1 and any(_COMPLAINT.search(s) for s in sentences if _bare(s) not in WEAK_KEYWORDS):
            return Verdict("opt-out", "keyword+complaint", weak_hit)
        return Verdict("confirm", "bare-keyword", weak_hit)
    return NONE


def is_opt_out(text: str, channel: str = "voice") -> bool:
    """True when ``text`` revokes consent now (see :func:`detect`)."""
    return detect(text, channel).kind == "opt-out"


def sms_keyword(text: str) -> Literal["stop", "help", "start"] | None:
    """The carrier keyword a whole text message is, per CTIA: ``stop`` (STOP, STOPALL, UNSUBSCRIBE,
    CANCEL, END, QUIT, plus FCC 24-24's REVOKE and OPT OUT, in any case, with "please"/"thanks",
    repeated, or with common typos), ``help`` (HELP, INFO), ``start`` (START, UNSTOP) or None.
    A longer message that revokes consent in words is found by :func:`detect`, not here."""
    norm = normalise(text)
    b = _bare(norm.strip(" .!?;:,"))
    if b in HELP_KEYWORDS:
        return "help"
    if b in START_KEYWORDS:
        return "start"
    if b in WEAK_KEYWORDS or b in {"unsubscribe", "opt out", "revoke", "stop all", "remove", "remove me"}:
        return "stop"
    return None
