"""Refusals said as a verb phrase, for the per-question language models (issue 11).

A caller who declines an answer seldom says only "I'd rather not say": they name what they decline,
"I'd rather not get into that", "rather not rate them", "I'd rather not judge him", "skip it". The
answer parser codes every such reply as refused (``customario.dialogue.codes``: "rather not" or
"prefer not to" before a verb of telling or judging, "skip" before what is skipped), but the voice
models knew only the bare forms, so the verb and its object had no path: "I'd rather not get into
that." came out as "i'd almost eighty two less" or "i couldn't tell give it eleven", "I'd rather not
judge him." as "i don't off don't you", "Skip it." as "skip eighth" (answers blind33 voice sample,
every caller variant), and "Rather not rate them." as "no clue" or "let me again" (blind31).

The forms are built from the grammar of the refusal, head x verb x object, not from corpus lines:
the development corpora blind3-blind36 hold 60+ refusals of this shape from 30 writers, with 25
different verbs and objects. Each form is in the models once (a light weight), so the n-gram model
learns "rather not" + verb + object without drowning the question's own answers.
"""

from __future__ import annotations

# How a refusal begins (the modal and its shortened form) ...
REFUSAL_HEADS = ("i'd rather not", "rather not")
# "Prefer not to" takes only the bare verbs ("I'd prefer not to answer"): rarer with an object.
PREFER_HEADS = ("i'd prefer not to", "prefer not to")
# ... the verb of telling, discussing or judging that is declined ...
REFUSAL_VERBS = (
    "say",
    "answer",
    "tell you",
    "get into",
    "go into",
    "talk about",
    "discuss",
    "share",
    "give",
    "comment on",
    "rate",
    "score",
    "judge",
)
# ... and what it is declined about (a pronoun: the question or the person it is about).
REFUSAL_OBJECTS = ("that", "it", "them", "him")
# Verbs complete without an object ("I'd rather not answer", "rather not comment").
_BARE = ("say", "answer", "comment", "discuss")
# Keeping it to oneself ("I'd rather keep that private", codes.py's "keep ... private|to myself"):
# "I'd rather keep that private." came out as "i want to private" and "i don't really private"
# (answers blind34 voice sample, phone rows).
KEEP_FORMS = tuple(
    f"{h}keep {o} {w}"
    for h in ("i'd rather ", "i'd ", "")
    for o in ("that", "it")
    for w in ("private", "to myself", "confidential")
)
# "Skip" and what is skipped ("skip it", "skip this question"); the parser's codes.py reads each.
SKIP_FORMS = ("skip it", "skip this", "skip that", "skip this one", "skip that question", "skip this question")


def refusal_forms() -> list[str]:
    """Every refusal form of :data:`REFUSAL_HEADS` x :data:`REFUSAL_VERBS` x
    :data:`REFUSAL_OBJECTS`, the bare verbs of :data:`_BARE` after those heads and
    :data:`PREFER_HEADS`, then :data:`KEEP_FORMS` and :data:`SKIP_FORMS`.
    Lower case, de-duplicated, stable order; each one the parser codes as refused."""
    out = [f"{h} {v}" for h in (*REFUSAL_HEADS, *PREFER_HEADS) for v in _BARE]
    out += [f"{h} {v} {o}" for h in REFUSAL_HEADS for v in REFUSAL_VERBS for o in REFUSAL_OBJECTS]
    return list(dict.fromkeys([*out, *KEEP_FORMS, *SKIP_FORMS]))
