"""The clause breaks of a spoken answer (issue 11), read by
:class:`customario.dialogue.survey_flow.SurveyPolicy` only for speech (a recogniser confidence is
given), never for typed text.

A recogniser's transcript has no punctuation, and the answer parser reads a typed answer's commas as
the breaks between its clauses: "Go back one, make the meeting Tuesday instead." changes the
meeting's date, while the transcript "go back one make meeting tuesday instead" was read as a
recommendation of one; "Nine. No, ten." is ten, "nine no ten" nothing. :func:`clause_breaks` puts
back the breaks a caller makes in three places where the words alone show them:

- after the words a change or an aside starts with ("go back one", "hang on", "oh wait", "before
  that", "sorry", "actually", and fillers such as "um", "well", "so");
- after a question named as such ("the how many times question");
- around a "no" (or "sorry", "wait", "actually") between a number and the number that replaces it
  ("nine, no, ten"; "six, no, let's say five").

Source: every answer of the development corpora blind21, blind23 and blind24 (1,626) given to the
survey policy as a perfect spoken transcript (lower case, no punctuation, numbers in words) at
recogniser confidence 0.5: 1,493 right without the breaks, 1,509 with them, 6 wrong either way
(4 December 2026). Pure functions; no I/O.
"""

from __future__ import annotations

import re

from customario.dialogue.spoken import number_words

# Words a change to an earlier answer, or an aside, starts with; longest first in the pattern.
LEADS = (
    "go back a question",
    "go back a bit",
    "go back one",
    "go back",
    "back up",
    "hang on",
    "hold on",
    "oh wait",
    "no wait",
    "wait",
    "before that",
    "one sec",
    "on second thought",
    "sorry",
    "actually",
    "oops",
    "oh",
    "hmm",
    "um",
    "uh",
    "well",
    "okay so",
    "so",
)
_NUMBER_WORDS = sorted({w for n in range(0, 101) for w in number_words(n).split()} | {"hundred", "thousand"})
_NUMBER = "(?:" + "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True)) + ")"
# "uh huh" and "mm hmm" are one word, a yes: never split after their first half.
_LEAD = re.compile(
    r"^((?:(?:" + "|".join(re.escape(w) for w in sorted(LEADS, key=len, reverse=True)) + r")\s+(?!(?:huh|hmm|uh)\b))+)"
)
_QUESTION_NAMED = re.compile(r"\b(the (?:[a-z']+ ){0,4}question)\s+(?!is\b|was\b)")
_NUMBER_REPLACED = re.compile(
    r"\b(" + _NUMBER + r") (no|sorry|wait|actually) (?=" + _NUMBER + r"\b|let's\b|make\b|i mean\b|wait\b|sorry\b)"
)


# A sentence that asks: an auxiliary before its subject ("is this anonymous", "will someone actually
# read this") or a question word before an auxiliary ("who's going to read this", "why do you want
# to know"). Typed, these end in a question mark, which the parser reads as a question to the agent.
_AUX = r"(?:is|are|was|were|will|would|can|could|do|does|did|should|shall|may|have|has|am)"
_SUBJECT = r"(?:this|that|it|i|you|we|they|he|she|someone|anyone|anybody|somebody|there|my|your|the)"
_ASKS = re.compile(
    r"^(?:" + _AUX + r"\s+" + _SUBJECT + r"|(?:who|what|why|how|when|where|which)(?:'s|\s+" + _AUX + r"))\b"
)


def clause_breaks(transcript: str) -> str:
    """``transcript`` (a recogniser's lower-case words) with commas where the caller's clauses
    break (see the module docstring): "hang on the how many times question make that nine not
    eight" → "hang on, the how many times question, make that nine not eight"; "nine no ten" →
    "nine, no, ten". Words are never added, dropped or changed; a transcript that is only lead
    words, or has none of the three places, comes back as it was."""
    text = " ".join((transcript or "").split())
    m = _LEAD.match(text)
    if m and m.end() < len(text):
        text = m.group(1).strip() + ", " + text[m.end() :]
    text = _QUESTION_NAMED.sub(r"\1, ", text)
    return _NUMBER_REPLACED.sub(r"\1, \2, ", text)


def asked(transcript: str) -> str:
    """``transcript`` with the question mark a typed question would end in when its words have the
    shape of one (an auxiliary before its subject: "is this anonymous", "will someone actually read
    this"; a question word before an auxiliary: "who's going to read this", "why do you want to
    know"), else as it was. For a spoken open answer: without the mark such a question to the agent
    was stored as the caller's answer (perfect transcripts of blind18-blind24 at confidence 0.5: 13
    of 13 such lines; 1 suggestion said as a question, "could you put the homework club on fridays
    as well", is asked again instead). Not for closed questions, where the words of noise took that
    shape ("what was the third i please it call")."""
    text = (transcript or "").rstrip()
    return text + "?" if text and not text.endswith("?") and _ASKS.match(text) else text


# The words a caller names an earlier question with before saying its new value: "(about|on|for)
# (the|my|our)? NAME" ("hang on the plan we actually got premium", "oh wait about the lanes make it a
# four"), near the start of the turn.
_NAMED_WITHIN = 6


def named_breaks(transcript: str, names: list[str]) -> str:
    """``transcript`` with a comma after an earlier question's name (``names``: the aliases the
    survey's author gave the questions already answered, lower case) said near its start and
    followed by more words, as a typed correction puts one: "hang on, the plan we actually got
    premium" → "hang on, the plan, we actually got premium"; "oh wait, about the lanes make it a
    four not a five" → "oh wait, about the lanes, make it a four not a five". The parser reads the
    named question and the new value by that break; without it the whole turn was taken as the
    answer to the question being asked (an open one stored it as the caller's words). Words are
    never added, dropped or changed; a name said later than :data:`_NAMED_WITHIN` words in, or
    already followed by a comma, is left as it was.

    Source: every line of the development corpora blind27-blind32 said as a perfect spoken
    transcript (lower case, no punctuation, numbers in words) at recogniser confidence 0.9, 5
    December 2026: 8 corrections more taken right (in 5 of the 6 corpora; 2 of them had been stored
    as wrong values), none of the 3,500 lines worse."""
    text = " ".join((transcript or "").split())
    words = text.split(" ")
    for name in sorted({n.lower() for n in names if n and n.strip()}, key=len, reverse=True):
        pattern = re.compile(
            r"^((?:[a-z',]+ ){0,"
            + str(_NAMED_WITHIN)
            + r"}?(?:(?:about|on|for) )?(?:(?:the|my|our) )?"
            + re.escape(" ".join(name.replace("-", " ").split()))
            + r"(?: one| question)?) (?=[a-z'])"
        )
        m = pattern.match(text)
        if m and len(m.group(1).split()) < len(words):
            return m.group(1) + ", " + text[m.end() :]
    return text
