"""The words callers answer a survey question with, shared by every recogniser model (issue 11).

Yes and no, don't know, refusals, call control and asking to hear a read-back again; the fillers and
carrier phrases callers wrap an answer in; the everyday "garbage" words that let off-topic speech
come out as words; and the shorter names a caller gives a choice (:func:`label_parts`). The models
themselves are built in :mod:`.phrases` (answers), :mod:`.date_phrases` (dates) and
:mod:`.forced_passes` (the read-back's and the closed answer's second pass).
"""

from __future__ import annotations

import re
from typing import Any

from customario.dialogue.spoken import number_words

YES = (
    "yes",
    "yeah",
    "yep",
    "sure",
    "of course",
    "absolutely",
    "yes it did",
    "it did",
    "that's right",
    "correct",
    "yes it was",
    "i did",
    "definitely",
)
NO = (
    "no",
    "nope",
    "not really",
    "no it didn't",
    "it didn't",
    "it did not",
    "no it wasn't",
    "not at all",
    "i didn't",
    "no it was late",
    # Emphatic and hedged noes the parser reads as no (yesno.py); missing, "absolutely not" came out
    # as "absolutely off" and was asked again.
    "absolutely not",
    "definitely not",
    "of course not",
    "no way",
    "i don't think so",
)
DONT_KNOW = (
    "i don't know",
    "don't know",
    "not sure",
    "i'm not sure",
    "no idea",
    "i can't remember",
    "i don't remember",
    "i have no idea",
    # Everyday ways of not knowing that the answer parser codes as don't know (codes.py); missing
    # from the model, they came out as other words ("i haven't decided" as "i have month this").
    "dunno",
    "i dunno",
    "no clue",
    "not a clue",
    "beats me",
    "who knows",
    "i forget",
    "i forgot",
    "hard to say",
    "i couldn't say",
    "couldn't tell you",
    "i can't say",
    "i haven't decided",
    "haven't decided yet",
    "i wouldn't know",
    "i can't recall",
    "i don't recall",
    "not sure yet",
    # "really" inside the phrase (5 December 2026): missing, "I don't really know how to rate that."
    # came out as "i don't really none how two it that" or "i don't me the out of late" on every
    # caller variant of the answers blind27 voice sample, and was asked again until skipped.
    "i don't really know",
    "don't really know",
    "i'm not really sure",
    "not really sure",
    # ... and "really" after it: with only the forms above, "Don't know really, I slept through
    # most of the driving." came out as "don't really ..." (answers blind28 voice sample, phone rows).
    "don't know really",
    "i don't know really",
)
# What a don't-know is about, said after it ("I don't know how to rate that", "not a clue when
# he'll next need it"), per question type, for :func:`phrases.code_phrases`. The answer parser
# codes each of these as don't know (codes.py).
DONT_KNOW_HEADS = ("i don't know", "i don't really know", "not sure", "i'm not sure", "no idea", "not a clue")
DONT_KNOW_TAILS = {
    "nps": ("how to rate that", "how to rate it", "how to answer that"),
    "scale": ("how to rate that", "how to rate it", "how to answer that"),
    "date": ("when", "exactly when", "what date"),
}
# Hedged yeses of a yes/no question's model only: "say", "mind" must stay out of the read-back
# model (a "yes" through the telephone band comes out as "say", see :data:`_LIKE_YES`). Missing,
# "I wouldn't say no." came out as "i won't say know", which the parser reads as a refusal.
YES_HEDGED = ("i wouldn't say no", "i wouldn't mind", "wouldn't say no")
REFUSED = (
    "i'd rather not say",
    "prefer not to say",
    "i refuse",
    "no comment",
    "skip",
    "skip that one",
    # "Skip" with what is skipped, short enough for the forced answer pass (forced_passes.FORCED_REFUSED):
    # "Skip it." came out as "skip eighth" without them (answers blind33 voice sample).
    "skip it",
    "skip this",
    "skip that",
    "pass",
    "i'd rather not",
    "none of your business",
    # Refusals the answer parser codes (codes.py) that the model lacked.
    "not telling",
    "i'm not telling",
    "i'm not saying",
    "i'd rather not answer",
    "i don't want to say",
    "i won't say",
    "that's private",
    "that's personal",
    "i'll pass",
    "pass on that",
    "next question",
    "i'd prefer not to say",
    "mind your own business",
    # Shortened refusals (the subject left out) the parser codes.
    "rather not say",
    "rather not",
    "i would rather not say",
    "prefer not to answer",
)
CONTROL = (
    "can you repeat that",
    "repeat the question",
    "sorry what",
    "pardon",
    "what was the question",
    "please don't call me again",
    "don't call me again",
    "don't phone me again",
    "stop calling me",
    "stop phoning me",
    "remove me from your list",
    "take me off your list",
    "leave me alone",
    "i'm not interested",
    "call me back later",
    "i'm busy",
    "not now",
    "goodbye",
    "hello",
)
# Ways of asking to be taken off the list said in a sentence of their own, in the question models only
# (not the read-back's, where new words would keep a lost "yes" from the forced pass). Missing, the
# answers blind24 voice sample heard "Unsubscribe me from these calls." as "with through i'd me from
# recall" and "I want to opt out of these calls." as "i won't two out of a please told" on every
# caller variant (4 December 2026); the opt-out parser (``dialogue.optout``) reads the words below.
OPT_OUT = (
    "unsubscribe me",
    "unsubscribe me from these calls",
    "opt out",
    "i want to opt out",
    "opt me out",
    "opt out of these calls",
    "i want to opt out of these calls",
    "no more calls",
    "stop these calls",
    "remove me from your list",
    "remove me from your calling list",
    "take me off your calling list",
    "put me on your do not call list",
    "do not call me again",
    "stop calling this number",
)
# Carrier words of a change to an earlier answer ("go back one, I said twelve but it was ten",
# "actually, my recommendation, put down a seven"), for :func:`phrases.correction_phrases`; the
# answer parser's change verbs (``dialogue.references``) are among them.
CHANGE_CARRIERS = (
    "go back",
    # Openers of a change said before the question is named (5 December 2026, answers blind27 voice
    # sample): "Hang on, before that, it was the cat, not the dog." and "Oops, go back to the date"
    # came out as "can doggy clip or ..." and "two bucks go back ..." without them.
    "hang on",
    "before that",
    "hang on before that",
    "oops",
    "no wait",
    "go back one",
    "can i go back",
    "go back to the",
    "back to the",
    "hold on",
    "oh",
    "before i answer",
    "actually",
    "wait",
    "sorry",
    "i meant",
    "i said",
    "but it was",
    "instead",
    "change that to",
    "i'd change that to",
    "change my",
    "change my answer",
    "put down",
    "put it down as",
    "make that",
    "make it",
    "the last question",
    "the previous question",
    "my last answer",
)
# Asking to hear a read-back again: without these in the read-back model a caller's "again?" came out
# as "it did" or "of didn't" in 2 of 24 tries, with them as "again" in 47 of 48 (4 December 2026);
# the dialogue then says the read-back once more (``survey_readback.HEARD_AGAIN``).
REPEAT = ("again", "say that again", "come again", "one more time", "again please")
# Largest numeric range spelled out in full; wider number questions fall back to tens and hundreds.
_MAX_SPELLED = 120

_ARTICLE = re.compile(r"^(?:the|a|an|my|our|your|some)\s+")
_JOINS = re.compile(r"\s*(?:/|,|\bor\b|\band\b|&)\s*")


def label_parts(label: str) -> list[str]:
    """Shorter names a caller gives a choice, taken from its label: the label without a leading
    article ("the kitchen" → "kitchen") and each part of a label that joins two things ("mice or
    rats" → "mice", "rats"; "bus/tram" → "bus", "tram"), each without its article. Lower case,
    in order, the label itself left out."""
    text = " ".join(label.lower().split())
    out = [_ARTICLE.sub("", text)]
    parts = [p for p in _JOINS.split(text) if p]
    if len(parts) > 1:
        out += [_ARTICLE.sub("", p) for p in parts]
    return [p for p in dict.fromkeys(out) if p and p != text]


# Words callers wrap an answer in (issue 11): hedges, fillers and carrier phrases.
FILLERS = (
    "uh",
    "um",
    "er",
    "hmm",
    "oh",
    "well",
    "so",
    "okay",
    "like",
    "yeah",
    "honestly",
    "let me think",
    "let's see",
    "i guess",
    "i think",
    "i suppose",
    "i'd say",
    "i'd go with",
    "i would say",
    "maybe",
    "probably",
    "pretty",
    "about",
    "around",
    "solid",
    "definitely",
    "just",
    "really",
    "a",
    "the",
    "it's",
    "i'd give it",
    "i'll say",
    "gonna say",
    "put me down for",
    "for me",
    "i'd rate it",
    "i mean",
)
# Everyday words that let off-topic speech and out-of-grammar answers come out as words rather than
# as an in-range value (the "garbage" path of a closed question).
GARBAGE = tuple(
    """the a an and or but it is was that this what who how why when where there here they we you
    he she my your our their me us them not very good great bad fine nice okay really just so too much many
    more less some any all none thing things stuff time day days week weeks month year minute minutes hour
    people person store shop phone order price money service staff delivery late early box package time
    call called calling thanks thank please sorry hello hi bye know think want need like love hate get got go
    went come came make made take took give gave see saw say said tell told ask asked work works worked
    home house car food water music radio dog cat kids wife husband mother father friend friends name
    number question questions survey answer minute busy later now today tomorrow yesterday weather nothing
    something everything maybe perhaps actually basically honestly anyway whatever""".split()
)


_LIKE_YES = frozenset({"said", "say", "day", "days", "today", "yesterday", "yet"})
# Everyday words and fillers that a "no" or "nope" comes out as through the telephone band (issue
# 11): in the read-back model (``phrases.confirm_phrases``) they took 9 of 24 noes and 17 of 24 nopes
# of gb-f3-170 phone ("so", "go", "good"; 8 questions of answers blind74 x 3 seeds), and a reply
# heard so is unclear, so the read-back is said again. Left out of that model only.
_LIKE_NO = frozenset({"so", "go", "good"})


# A number question that counts occasions ("how many times", "how often", visits, trips): its
# callers answer "once", "twice", "never", "three times" (:func:`occasion_forms`).
_OCCASIONS = re.compile(r"\b(?:how many times|how often|times|visits?|trips?|occasions?)\b")


def counts_occasions(question: Any) -> bool:
    """True for a ``number`` question whose text counts occasions ("In the past month, how many
    times did you come?", "how many grooming visits", "how often"), False otherwise."""
    return getattr(question, "type", None) == "number" and bool(
        _OCCASIONS.search((getattr(question, "text", "") or "").lower())
    )


def occasion_forms(question: Any) -> list[str]:
    """How a count of occasions is said without a number, for a question that counts them
    (:func:`counts_occasions`): "once", "twice", "never", "three times" (up to twelve, within the
    question's range); [] for other questions. Missing from the model, "Twice." through the
    telephone band came out as a number the forced pass picked ("five", "nine"; answers blind27 voice
    sample, 5 December 2026). The answer parser reads each (2, 1, 0, 3)."""
    if not counts_occasions(question):
        return []
    lo, hi = question.bounds
    lo = int(lo) if lo is not None else 0
    hi = int(hi) if hi is not None else 100
    out = [w for n, w in ((0, "never"), (1, "once"), (2, "twice")) if lo <= n <= hi]
    return out + [f"{number_words(n)} times" for n in range(max(lo, 3), min(hi, 12) + 1)]


# A number question that counts the nights of a stay ("How many nights were you on the road?"): its
# callers often give the whole stay in weeks, which the answer parser reads as 7 or 14 nights
# (``units.counted_in_own_unit``; to a count of days it reads "a week" as a rate, so those are left
# out). Missing from the model, "A week." came out as "forty five" or "thirty" (answers blind66 voice
# sample, us-m3-150 and gb-f3-170 phone, 7 December 2026).
_COUNTS_NIGHTS = re.compile(r"\bhow many nights\b")


def week_forms(question: Any) -> list[str]:
    """The whole weeks a ``number`` question counting nights (:data:`_COUNTS_NIGHTS`) is answered
    with, within its range: "a week", "one week", "a fortnight" and "two weeks" to "four weeks" (7
    to 28 nights); [] for other questions. Lower case, for the question's model and its forced
    answer pass."""
    text = (getattr(question, "text", "") or "").lower()
    if getattr(question, "type", None) != "number" or not _COUNTS_NIGHTS.search(text):
        return []
    lo, hi = question.bounds
    lo = int(lo) if lo is not None else 0
    hi = int(hi) if hi is not None else 100
    forms = [("a week", 7), ("one week", 7), ("a fortnight", 14)]
    forms += [(f"{number_words(n)} weeks", 7 * n) for n in range(2, 5)]
    return [f for f, nights in forms if lo <= nights <= hi]
