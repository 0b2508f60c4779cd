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

from typing import Any

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
# ... with "that one" and with a head of intention or preference ("I'll skip that one", "I'd rather
# skip it"): 164 development lines skip a question, "Skip that one." (16) and "I'll skip that
# (one)" (14+) among the commonest, and neither had a path; through the telephone band "I'll skip
# that one." came out as "i'd give it one" three times running (answers blind59 voice sample,
# gb-f3-170 phone). Each is coded refused by the parser (``dialogue.codes``).
SKIP_HEADS = ("i'll", "i'd rather")
SKIP_FORMS += ("skip that one", *(f"{h} skip {o}" for h in SKIP_HEADS for o in ("it", "that", "that one", "this one")))
# Refusals of other shapes than "rather not" + verb (6 December 2026): 95 of the 186 refusals of the
# development answers corpora blind40-blind48 (every writer) have none of the forms above, and
# through the recogniser their words had no path: "Let's move past that." came out as "do not
# call" or "let food pass that", "That's between me and my bank, thanks." as "that's with we leave
# and mind and thanks", "I'm not answering that one." and "I don't want to answer that." as
# numbers and names. Each shape is one the parser codes as refused (``dialogue.codes``):
# - the answer withheld now, a participle ("i'm not answering that", "not rating that one") ...
WITHHELD_HEADS = ("i'm not", "not")
WITHHELD_VERBS = ("answering", "discussing", "sharing", "rating", "scoring")
# - ... or a will not to ("i won't answer that", "i'm not going to say that"). Not "i don't want to
#   ...": it begins as the opt-out "i don't want any more calls" does (``optout_forms``), and with
#   ten such refusals in the models "Enough now, I don't want any more calls from the club about
#   surveys." came out as "... i'd don't want april of the eighth of" and the opt-out was lost
#   (answers blind45 voice sample, gb-f3-170 phone): a lost opt-out costs more than a lost refusal.
NOT_WILLING_HEADS = ("i won't", "i'm not going to")
NOT_WILLING_VERBS = ("answer", "say")
# "... that one" is left to the n-gram model: "that one" follows "leave" in WAVED_PAST.
WHAT_WITHHELD = ("that",)
# - "prefer not to" and "sooner not" (British "rather not") with what is declined;
PREFERRED_VERBS = ("rate", "score", "answer", "say", "give", "share", "go into", "get into")
SOONER_HEADS = ("i'd sooner not", "sooner not")
# - the question waved past, left blank or given a miss;
WAVED_PAST = (
    "let's move on",
    "move on please",
    "next one",
    "next one please",
    "let's move past that",
    "let's move past that one",
    "i'll leave that",
    "i'll leave that one",
    "leave that one blank",
    "i'll leave that one blank",
    "give that one a miss",
    "i'll give that one a miss",
    "i'll give this one a miss",
)
# - privacy claimed ("that's between me and my bank", "that's my own business"), the rest of the
#   sentence (who it is between) left to the open words;
PRIVATE = (
    "that's between me and",
    "that's between me and my",
    "i'd rather keep that between me and",
    "that's my business",
    "that's my own business",
    "that's nobody's business",
    "that's my own affair",
    "that's a private matter",
    "keep my thoughts to myself",
    "i'd rather keep my thoughts to myself",
    "keep my opinions to myself",
    "i'd rather keep my opinions to myself",
)

# - a dislike of rating people ("I don't like rating people", "I don't do ratings"): a caller asked to
#   score a person (an instructor, a technician, a volunteer) declines the act itself, with the
#   person as its object. The parser codes each as refused (``dialogue.codes``: "don't" + a verb of
#   judging + a person), but the models had no path from "don't like" to "rating": through the
#   telephone band "I don't like rating people." came out as "i don't i'd rate it" or "i don't i
#   maybe these calls", twice running, and the refusal was lost (answers blind51 voice sample, every
#   phone row, 6 December 2026); the development corpora hold this shape from several writers ("I
#   don't want to rate a person", "I don't do ratings", "I don't want to rate individual people").
#   Not "i don't want to ...", for the reason given at NOT_WILLING_HEADS.
JUDGING_HEADS = ("i don't like", "don't like")
JUDGING_VERBS = ("rating", "judging", "scoring")
JUDGED = ("people", "a person", "staff")
JUDGING_OTHER = ("i don't do ratings", "i don't rate people", "i don't judge people")
# - declining to commit or promise ("I'd rather not commit to a date", "sooner not promise
#   anything"): a caller asked about an intention (a next visit, a rebooking) withholds the
#   promise, not the fact. The parser codes "rather/prefer not (to) commit|promise" as refused
#   (``dialogue.refusal_words``); the development answers corpora hold ten such lines from several
#   writers ("Rather not commit to that right now", "I'd sooner not commit to anything over the
#   phone"), and through the telephone band "I'd rather not commit to a date." came out as "i want
#   off the eleventh" and "i don't of the days" (answers blind62 voice sample, gb-f3-170 phone):
#   "commit" had no path in the models. Not "i don't want to commit": see NOT_WILLING_HEADS.
COMMITTING_HEADS = ("i'd rather not", "rather not", "i'd sooner not", "i'd prefer not to")
COMMITTED = ("commit to anything", "commit to a date", "commit to that", "promise anything")


# - declining to put a value on it ("I'd rather not give a number", "rather not put a score on
#   it"): a caller asked for a rating or a count names the value itself as what is withheld. The
#   parser codes "rather/prefer not (to)" + give/put + a number/score/rating as refused
#   (``dialogue.codes``), and the development answers corpora hold 19 such lines from a dozen
#   writers (blind16-blind70: "rather not give a number" 10, "rather not put a number on it" 5,
#   "rather not give a score" 3), but the models had only pronoun objects after the verb: through
#   the telephone band "I'd rather not give a number." came out as "five out of opt out of", "i
#   don't know give of" and "i want off give" (answers blind70 voice sample, gb-f3-170 phone, 7
#   December 2026). Only for questions whose answer is a number (:func:`value_refusal_forms`).
VALUE_HEADS = ("i'd rather not", "rather not", "i'd prefer not to", "prefer not to")
VALUE_NOUNS = ("number", "score", "rating")
VALUE_TYPES = ("nps", "scale", "number")


def value_refusal_forms(question: Any) -> list[str]:
    """Refusals that name the value withheld, for a question whose answer is a number (``type`` in
    :data:`VALUE_TYPES`): :data:`VALUE_HEADS` x "give a" / "put a ... on it" x :data:`VALUE_NOUNS`
    ("i'd rather not give a number", "rather not put a score on it"); [] for other questions and
    for one that does not allow a refusal. Lower case, stable order; each one the parser codes as
    refused."""
    if getattr(question, "type", None) not in VALUE_TYPES or not getattr(question, "allow_refused", True):
        return []
    out = [f"{h} give a {n}" for h in VALUE_HEADS for n in VALUE_NOUNS]
    out += [f"{h} put a {n} on it" for h in VALUE_HEADS for n in VALUE_NOUNS]
    return out


def committing_forms() -> list[str]:
    """Refusals to commit or promise: :data:`COMMITTING_HEADS` x :data:`COMMITTED` ("i'd rather not
    commit to a date"). Lower case, stable order; each one the parser codes as refused."""
    return [f"{h} {c}" for h in COMMITTING_HEADS for c in COMMITTED]


def judging_forms() -> list[str]:
    """Refusals said as a dislike of rating people: :data:`JUDGING_HEADS` x :data:`JUDGING_VERBS` x
    :data:`JUDGED` ("i don't like rating people") and :data:`JUDGING_OTHER`. Lower case, stable
    order; each one the parser codes as refused."""
    out = [f"{h} {v} {o}" for h in JUDGING_HEADS for v in JUDGING_VERBS for o in JUDGED]
    return list(dict.fromkeys([*out, *JUDGING_OTHER]))


def refusal_forms() -> list[str]:
    """Every refusal form of :data:`REFUSAL_HEADS` x :data:`REFUSAL_VERBS` x
    :data:`REFUSAL_OBJECTS`, the bare verbs of :data:`_BARE` after those heads and
    :data:`PREFER_HEADS`, then :data:`KEEP_FORMS`, :data:`SKIP_FORMS`, the refusals of other
    shapes (:func:`other_refusal_forms`), a dislike of rating people (:func:`judging_forms`) and a
    promise withheld (:func:`committing_forms`).
    Lower case, de-duplicated, stable order; each one the parser codes as refused."""
    out = [f"{h} {v}" for h in (*REFUSAL_HEADS, *PREFER_HEADS) for v in _BARE]
    out += [f"{h} {v} {o}" for h in REFUSAL_HEADS for v in REFUSAL_VERBS for o in REFUSAL_OBJECTS]
    out += [*KEEP_FORMS, *SKIP_FORMS]
    return list(dict.fromkeys([*out, *other_refusal_forms(), *judging_forms(), *committing_forms()]))


def other_refusal_forms() -> list[str]:
    """Refusals not built on "rather not": the answer withheld (:data:`WITHHELD_HEADS` x
    :data:`WITHHELD_VERBS`, :data:`NOT_WILLING_HEADS` x :data:`NOT_WILLING_VERBS`, each x
    :data:`WHAT_WITHHELD`), "prefer not to" x
    :data:`PREFERRED_VERBS` x "that" (and "rate/score them"), "sooner not" (:data:`SOONER_HEADS`), the
    question waved past (:data:`WAVED_PAST`) and privacy claimed (:data:`PRIVATE`). Lower case,
    de-duplicated, stable order; each one the parser codes as refused."""
    out = [f"{h} {v} {o}" for h in WITHHELD_HEADS for v in WITHHELD_VERBS for o in WHAT_WITHHELD]
    out += [f"{h} {v} {o}" for h in NOT_WILLING_HEADS for v in NOT_WILLING_VERBS for o in WHAT_WITHHELD]
    out += [f"{h} {v} {o}" for h in PREFER_HEADS for v in PREFERRED_VERBS for o in WHAT_WITHHELD]
    out += [f"{h} {v} them" for h in PREFER_HEADS for v in ("rate", "score")]  # the people rated
    out += [f"{h} {v}" for h in SOONER_HEADS for v in ("", *_BARE, "tell you")]
    return list(dict.fromkeys(" ".join(f.split()) for f in (*out, *WAVED_PAST, *PRIVATE)))
