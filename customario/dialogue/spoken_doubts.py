"""Spoken answers the recogniser heard only in part (issue 11), read by
:class:`customario.dialogue.survey_flow.SurveyPolicy` only for speech (a recogniser confidence is
given), never for typed text:

- :func:`no_content_word`: an open answer heard as function words only ("that", "and the"), asked
  again;
- :func:`leading_code`: a "don't know" or refusal said first, the rest heard as other words ("not
  sure yet i'd it one let me it three out"), taken as that code heard faintly;
- :func:`end_codes`: the codes said at the start and at the end of a transcript (two when they
  differ, "i don't know ... won't say"), to keep the code heard in the caller's previous answer;
- :func:`framing_code`: the same code said first or last ("bucks eighty five no idea"), or only
  a word of it left at either end ("five not idea", :func:`code_word`), for a spoken answer heard
  faintly whether or not the rest reads as a value;
- :func:`refusal_tail`: the verb and object of a refusal said as a verb phrase, its head lost
  ("i don't off talk about that"), taken as that refusal heard faintly;
- :func:`rating_tail`: a sentence ending in a verb of rating and its object ("... rate it"), its
  head lost, taken as the refusal (or, after "how to", the don't-know) heard faintly;
- :func:`contraction_lost_code`: a code whose "I'll" or "I'd" came out as a bare "i" ("i leave
  that one blank"), taken as that code heard faintly;
- :func:`subject_lost_code`: a code said as a negated clause whose subject came out as another
  word ("week haven't decided yet ..."), taken as that code heard faintly;
- :func:`heard_off_list`: the end of a request to be taken off a list whose verb was lost ("... me
  off your list"), asked back with the opt-out question;
- :func:`heard_stop_request`: the words of a request to stop calling heard among other words ("do
  not call this number refuse"), asked back with the opt-out question too;
- :func:`right_lead_lost`: a reply to a read-back heard as "right" or "correct" after words that
  lead no yes ("of right"), the "that's" or "not" before it lost: neither yes nor no;
- :func:`yes_broken_off`: a yes heard with only a subject after it ("yes i"), the rest of the
  clause lost: neither yes nor no.

Pure functions; no I/O.
"""

from __future__ import annotations

import re
from datetime import date

from customario.definitions import Question
from customario.dialogue.answers import Normalised, normalise

_FUNCTION_WORDS = frozenset(
    """a an the and or but so that this these those it its of to in on at by for with from
    is was are were be i you he she we they uh um er ah oh hmm well like then there here
    it's that's there's i'm""".split()
)


def no_content_word(text: str) -> bool:
    """True when ``text`` holds only function words and fillers ("that", "and the")."""
    words = re.findall(r"[a-z']+", (text or "").lower())
    return bool(words) and all(w in _FUNCTION_WORDS for w in words)


# Words of a code said first that the rest of the sentence must not hold alone: a prefix of two to
# four words, and at least one word after it (a whole code is the parser's own reading).
_LEAD_WORDS = (2, 4)
_TRAIL_WORDS = (2, 3)


def leading_code(q: Question, text: str, today: date | None = None) -> Normalised | None:
    """The "don't know" or refusal (a :class:`Normalised` of status ``dont_know``/``refused``) that
    the first two to four words of ``text`` say by themselves for ``q`` ("not sure yet ..." → don't
    know, "rather not say ..." → refused), or None. For a spoken answer the parser found nothing in
    as a whole: through the telephone band the recogniser heard the start of "Not sure yet. Ask me
    in six months when I see if it breaks down." right and the story after it as numbers and other
    words (blind18 voice sample, 4 December 2026)."""
    words = text.split()
    lo, hi = _LEAD_WORDS
    for k in range(lo, min(hi, len(words) - 1) + 1):
        n = normalise(q, " ".join(words[:k]), today=today)
        if n.status in ("dont_know", "refused"):
            return n
    return None


def trailing_code(q: Question, text: str, today: date | None = None) -> Normalised | None:
    """The "don't know" or refusal that the last two or three words of ``text`` say by themselves
    for ``q`` ("... so it can't say", "... eighty five no idea"), with at least one word before
    them, or None (the mirror of :func:`leading_code`, one word shorter: four words at the end of
    an answer, "waiting on the dryer", "my husband took me", read as a code when said alone)."""
    words = text.split()
    lo, hi = _TRAIL_WORDS
    for k in range(lo, min(hi, len(words) - 1) + 1):
        n = normalise(q, " ".join(words[-k:]), today=today)
        if n.status in ("dont_know", "refused"):
            return n
    return None


def end_codes(q: Question, text: str, today: date | None = None) -> frozenset[str]:
    """The codes ("dont_know", "refused") that the start (:func:`leading_code`) and the end
    (:func:`trailing_code`) of ``text`` say by themselves for ``q``: two when a don't-know opens
    the transcript and a refusal closes it or the other way round, else one or none.

    A spoken answer heard so holds two readings and the parser picks one of them (the refusal of
    "i don't know i'd go with won't say"); when the caller's previous answer to ``q`` was heard as
    one of the two, that one is what they said again (``survey_readback._code_heard_before``).
    Through the telephone band "I don't know, I'm at work all day." came out as "i don't know love
    with only", then as "i don't know i'd go with won't say", read back as a refusal and denied
    (answers blind61 voice sample, gb-f3-170 phone band, 7 December 2026)."""
    found = (leading_code(q, text, today), trailing_code(q, text, today))
    return frozenset(n.status for n in found if n is not None)


# Words that a closed question's recognition model (``conversation.voice.phrase_words``) holds only in
# its "don't know" or its refusal phrases: heard at either end of a transcript, they are what is
# left of that phrase when the word before them was lost ("no idea" heard as "not idea", "go idea",
# "about idea" through the telephone band: answers blind24 voice sample, 5 December 2026). Words
# that also carry a value ("i remember it was forty", "i decided on the app", "private lessons") are
# not among them. "Business" is in those models only in "none of your business" and "mind your own
# business": through the telephone band "None of your business." came out as "off your business"
# twice running and the refusal was lost (answers blind38 voice sample, gb-f3-170 phone band, 5
# December 2026; the line is in 33 development corpora). A choice named with it ("business class")
# is the question's own word and is left alone.
_CODE_WORDS = {
    "dont_know": frozenset({"idea", "clue", "dunno"}),
    "refused": frozenset({"comment", "telling", "refuse", "business"}),
}
_CODE_SAID = {"dont_know": "no idea", "refused": "no comment"}
_EDGE_WORDS = 2


def code_word(q: Question, text: str, today: date | None = None) -> Normalised | None:
    """The "don't know" or refusal that a word of :data:`_CODE_WORDS` among the first or last two
    words of ``text`` stands for ("five not idea", "about idea five wife couple of your do"), or
    None: when words of both kinds are there, when the word is part of one of ``q``'s own choice
    or scale labels (a choice "No comment"), or when ``q`` does not allow that code.
    For a closed question's transcript only (its model has no other use for these words)."""
    words = re.findall(r"[a-z']+", (text or "").lower())
    edge = set(words[:_EDGE_WORDS] + words[-_EDGE_WORDS:])
    own = set(re.findall(r"[a-z']+", " ".join(_names(q)).lower()))
    kinds = [k for k, ws in _CODE_WORDS.items() if (edge & ws) - own]
    if len(kinds) != 1:
        return None
    n = normalise(q, _CODE_SAID[kinds[0]], today=today)
    return n if n.status == kinds[0] else None


# The verb and object of a refusal said as a verb phrase ("I'd rather not talk about that"), left at
# the end of a transcript whose head was lost: the question models hold these verbs only in those
# refusal forms (``conversation.voice.refusal_forms``; not "say", "give", "rate", "score", "answer"
# or "tell you", which carrier phrases use too: "i'd say seven", "i'd give it a four"). Through
# the recogniser "I'd rather not talk about that." came out as "i don't off talk about that" and
# "i don't i don't talk about that" (answers blind37 voice sample, rp-m7-160), "I'd rather not get
# into that." as "i'd almost ..." (blind33), and the refusal was lost.
_REFUSAL_TAIL = re.compile(r"\b(talk about|get into|go into|discuss|comment on|share|judge)\s+(?:that|it|them|him)$")


def refusal_tail(q: Question, text: str, today: date | None = None) -> Normalised | None:
    """The refusal whose verb and object (:data:`_REFUSAL_TAIL`: "... talk about that", "...
    discuss it") end ``text``, with at least one word before them, or None: when the verb is a
    word of one of ``q``'s own choice or scale labels ("bike share"), or when ``q`` allows no
    refusal. For a closed question's transcript only (its model has no other use for them)."""
    words = re.findall(r"[a-z']+", (text or "").lower())
    m = _REFUSAL_TAIL.search(" ".join(words))
    if m is None or m.start() == 0:
        return None
    own = set(re.findall(r"[a-z']+", " ".join(_names(q)).lower()))
    if set(m.group(1).split()) & own - {"about", "on", "into"}:
        return None
    n = normalise(q, "i'd rather not say", today=today)
    return n if n.status == "refused" else None


# A verb of rating and its object ending a sentence ("... rate it", "... score them"): said so, the
# value is not in the sentence. In the typed development answers corpora (blind..blind60, held-out
# blind59 not read) 30 lines end so, every one a code: 26 refusals ("I'd rather not score it.") and 4
# don't-knows, each "... how to rate that". A value is said after the verb ("I'd rate it a six"), so a
# transcript that ends at the object has none. Through the telephone band "I'd rather not rate it."
# came out as "i want off rate it" twice running and the refusal was lost (answers blind60 voice
# sample, gb-f3-170 phone band, 7 December 2026).
#
# The value named as what is given ("... give a number", "... put a score on it") ends such a
# sentence too: 19 typed development lines withhold a rating so (16 "rather not give/put a number/
# score", every one refused; "hard to put a number on it" a don't-know), and through the telephone
# band "I'd rather not give a rating." came out as "i want off give a rating" (answers blind70
# voice sample, gb-f3-170 phone, 7 December 2026). "hard to" before the verb is a don't-know as
# "how to" is.
_RATING_TAIL = re.compile(
    r"\b(?:(how\s+to|hard\s+to)\s+)?"
    r"(?:(rate|score|grade)\s+(?:it|that|them|him|her|this|those)"
    r"|(?:give|put)\s+(?:you\s+)?an?\s+(number|score|rating|mark)(?:\s+on\s+(?:it|that|them|him|her))?)$"
)
# The questions whose answer is a number, the only ones a named value ("a score") is withheld from.
_NUMBERED = ("nps", "scale", "number")


def rating_tail(q: Question, text: str, today: date | None = None) -> Normalised | None:
    """The code a sentence ending in a verb of rating and its object (:data:`_RATING_TAIL`: "...
    rate it", "... score them", "... give a number", "... put a score on it") says when its head
    was lost, with at least one word before the verb: a don't-know after "how to" or "hard to"
    ("... how to rate that"), else a refusal ("i want off rate
    it" for "I'd rather not rate it."); None when the words before it read as a value of ``q``
    ("seven i'd rate it"), when the verb is a word of one of ``q``'s own choice or scale labels,
    when a named value is withheld from a question that asks for none (:data:`_NUMBERED`), or
    when ``q`` does not allow that code. For a closed question's spoken transcript only: the
    code is taken as heard faintly (asked again, read back), never stored without the caller's yes."""
    words = re.findall(r"[a-z']+", (text or "").lower())
    joined = " ".join(words)
    m = _RATING_TAIL.search(joined)
    if m is None or m.start() == 0:
        return None
    if (m.group(2) or m.group(3)) in set(re.findall(r"[a-z']+", " ".join(_names(q)).lower())):
        return None
    if m.group(3) and q.type not in _NUMBERED:
        return None  # a number, score or rating withheld where none was asked for
    if normalise(q, joined[: m.start()], today=today).status == "valid":
        return None
    said = "i don't know how to rate that" if m.group(1) else "i'd rather not rate it"
    n = normalise(q, said, today=today)
    return n if n.status in ("dont_know", "refused") else None


def _names(q: Question) -> list[str]:
    """The words ``q``'s own answers are named with: choice labels and synonyms, scale labels."""
    out = [n for c in (getattr(q, "choices", None) or []) for n in (c.label, *c.synonyms)]
    return out + [str(v) for v in (getattr(q, "labels", None) or {}).values()]


def framing_code(q: Question, text: str, today: date | None = None) -> Normalised | None:
    """The "don't know" or refusal said first (:func:`leading_code`) or last
    (:func:`trailing_code`) in ``text`` for ``q``, or None.

    For a spoken answer the recogniser heard faintly: through the telephone band "No clue, it comes
    out of the app automatically." came out as "no clue beats come out of dunno call eleven clue"
    and "My ex pays it, I've no idea." as "bucks eighty five no idea" (answers blind24 voice sample,
    4 December 2026), whose stray numbers the parser read as the answer and the agent read back.
    In the typed development corpora (own, blind..blind24: 710 closed answers that begin or end
    with such a phrase) the line meant that code 640 times, a re-ask ("either eighteen or nineteen,
    I can't remember which") 35 times, a value 23 times ("Not sure. Four?") and something else
    (an opt-out, a correction) 12 times."""
    return (
        leading_code(q, text, today)
        or trailing_code(q, text, today)
        or code_word(q, text, today)
        or refusal_tail(q, text, today)
        or rating_tail(q, text, today)
        or contraction_lost_code(q, text, today)
        or subject_lost_code(q, text, today)
    )


# The contracted auxiliaries whose last sound the recogniser drops after "I": "I'll leave that one
# blank." came out as "i leave that one blank" twice running (answers blind48 voice sample,
# us-m3-150 and us-f4-140 phone band, 6 December 2026): a bare "i" before the verb, which the
# parser rightly reads as no refusal (a "leave" in the present tense). "I'm" keeps its vowel-nasal
# and is heard; "I'll" and "I'd" end in a consonant that a pause or the phone band swallows.
_LOST_AUXILIARIES = ("i'll", "i'd")


def contraction_lost_code(q: Question, text: str, today: date | None = None) -> Normalised | None:
    """The "don't know" or refusal ``text`` says when its first word, a bare "i", is read as
    "I'll" or "I'd" (:data:`_LOST_AUXILIARIES`), as a whole or in its first words
    (:func:`leading_code`): "i leave that one blank" → refused; None when ``text`` does not begin
    with a bare "i" followed by at least one word, or neither reading is a code. For a closed
    question's spoken transcript only, as every reading of this module: the code is taken as
    heard faintly (asked again, read back), never stored without the caller's yes."""
    words = (text or "").lower().split()
    if len(words) < 2 or words[0] != "i":
        return None
    for aux in _LOST_AUXILIARIES:
        restored = " ".join([aux, *words[1:]])
        n = normalise(q, restored, today=today)
        if n.status in ("dont_know", "refused"):
            return n
        n = leading_code(q, restored, today)
        if n is not None:
            return n
    return None


# The end of a request to be taken off a list ("take me off your list", "I want off your calling
# list") with its verb lost: "i won't out of beats early me off your list" for "I want out of this
# survey and off your list" (blind18 voice sample).
_OFF_LIST = re.compile(
    r"\b(?:me|us|my number)\s+(?:off|from)\s+(?:of\s+)?(?:your|the|this)\s+(?:\w+\s+)?"
    # the list named by what it is for ("off your calling ...", "from the call ..."), its noun lost:
    # "put me off your calling me on" for "Remove me from your calling list, thanks." (answers
    # blind29 voice sample, gb-f3-170 phone band, 5 December 2026)
    r"(?:list|calling|call|phone)\b"
)


def heard_off_list(text: str) -> bool:
    """True when a transcript ends a request to be taken off a list ("... me off your list"): the
    policy asks "would you like us to stop calling?" (never an opt-out by itself)."""
    return bool(_OFF_LIST.search((text or "").lower()))


# The words of a request to stop the calls, heard in a spoken transcript among words the opt-out
# reader (``dialogue.optout``) does not take as one: "do not call this number refuse" for "Do not
# call this number again.", "stop calling me off this come don't want on" for "Stop calling me about
# this campground, I'm done.", "remove me from these early um from your list" for "Remove me from
# this survey and from your list.", "... anyway don't call was again" for "..., don't call us
# again." (answers blind23/blind24 voice samples, 4 December 2026: each lost on every caller
# variant that heard it so). "No more calls" and "stop these calls", phrases of the recogniser's
# opt-out model, after other words: "that's eight i won't no more calls please" for "That's it, I'm
# out. No more calls, please." was read back as a rating of eight (answers blind21 voice sample,
# 5 December 2026).
_STOP_WORDS = re.compile(
    r"\b(?:stop\s+(?:calling|phoning|ringing)"
    r"|no\s+more\s+(?:phone\s+)?calls"
    r"|stop\s+(?:these|the|your)\s+(?:phone\s+)?calls"
    r"|(?:do\s+not|don't)\s+(?:call|phone|ring)\s+(?:\w+\s+){0,2}?(?:again|number|anymore)"
    r"|do\s+not\s+call"
    r"|remove\s+(?:me|us|my\s+number)\s+from"
    r"|unsubscribe"
    r"|opt\s+(?:me\s+|us\s+)?out"
    r"|take\s+(?:me|us|my\s+number)\s+off"
    # A request not to be contacted with the caller as its object, whatever follows ("don't call
    # me can't of" for "No more calls, please, ever.", answers blind32 voice sample, us-f4-140
    # phone band): a negated verb of contact (call, phone, ring, contact) + "me"/"us". "We don't
    # call it that" has another object; "they never phoned me" is past (no bare verb); "they don't
    # call me back" is a complaint about the service, not a request.
    r"|(?:do\s+not|don't|never|(?<!did\s)(?<!does\s)not)\s+(?:call|phone|ring|contact)\s+(?:me|us)\b(?!\s+back)"
    # The opt-outs of the recogniser's models (``voice.optout_forms``) with a word lost through the
    # telephone band (answers development corpora, opt-outs sampled on 6 December 2026): "don't" +
    # one lost word + "again" ("please don't of again" for "Please don't call this number again.",
    # "i don't me again" for "..., don't ring this number again"); "remove my" + a lost object
    # ("remove my of me" for "Remove my number, please."; "remove my old sofa" is no request); the
    # verb of "don't call me" heard without its "don't" ("only not call me these" for "Please stop
    # calling me."; "they did not call me" is past). "Don't know" is a don't-know, never a stop
    # request.
    r"|(?:do\s+not|don't)\s+(?!know\b)\w+\s+(?:(?:me|us|this\s+number)\s+)?again\b"
    r"|remove\s+(?:me|us)\b|remove\s+my\s+(?:number|details|name|of|me|it|the|this)\b|remove\s+my\s*$"
    # A verb of contact with the caller as object and "again" or "anymore" after it, whatever came
    # before: the "don't" or "never" of "Just don't phone me again." heard as other words ("of
    # don't know phone me again", answers blind57 voice sample, us-f4-140 phone band, 7 December
    # 2026). In the typed development answers corpora (blind..blind60, held-out blind59 not read)
    # the words are in 163 lines, every one an opt-out; an asked-for call back ("could you call me
    # again tomorrow") has "you" or "to" before the verb and is left alone.
    r"|(?<!you\s)(?<!to\s)\b(?:call|phone|ring|contact)\s+(?:me|us)\s+(?:again|anymore|any\s+more)\b)"
)


def heard_stop_request(text: str) -> bool:
    """True when a spoken transcript holds the words of a request to stop the calls
    (:data:`_STOP_WORDS`: "stop calling", "do not call", "don't call ... again", "remove me from",
    "unsubscribe", "opt out", "take me off", "no more calls", "stop these calls") or ends one whose
    verb was lost (:func:`heard_off_list`). The policy asks "would you like us to stop calling?"
    (never an opt-out by itself): a caller who did not ask says no and is asked the question
    again."""
    return heard_off_list(text) or bool(_STOP_WORDS.search((text or "").lower()))


# Words that may stand around a request to hear the question again without carrying an answer:
# fillers, apologies, politeness and the request's own objects ("um sorry can you repeat that
# please", "repeat the question again").
_REPEAT_FRAME = frozenset(
    "um uh oh er hmm well so sorry excuse me please just again once more the question that it you can could "
    "would i what".split()
)


def repeat_inside_words(text: str) -> bool:
    """True when a spoken transcript holds a request to hear the question again
    (``asked_back.wants_repeat``: "repeat that", "sorry what") with other words on both sides of
    it: "well to comment list of not i think it all repeat that didn't don't from him" for "Well,
    there's a chip on the dresser, but ... so no, not from them.", "i'd rather repeat that private"
    for "I'd rather keep that private.", "september no sorry what twenty august" for "September.
    No, sorry, the twenty-ninth" (answers blind27, blind28, blind34 and blind35 voice samples, 5
    December 2026). A request to repeat is a turn of its own, said first or last ("sorry, what?",
    "could you repeat that please", "five, sorry what was the question"): inside a sentence it is
    the question model's nearest phrase for other speech, and the policy takes the turn as an
    answer it did not understand (asked again, the keypad offered on a phone call) instead of
    repeating the question uncounted, which had looped until the caller gave up."""
    from customario.dialogue.asked_back import _REPEAT, _clean

    t = _clean(text)
    found = False
    for pattern in _REPEAT:
        for m in re.finditer(pattern, t):
            found = True
            before = [w for w in re.findall(r"[a-z0-9']+", t[: m.start()]) if w not in _REPEAT_FRAME]
            after = [w for w in re.findall(r"[a-z0-9']+", t[m.end() :]) if w not in _REPEAT_FRAME]
            if not before or not after:
                return False
    return found


# A negated auxiliary that begins the predicate of a "don't know" or refusal clause ("we haven't
# decided yet", "I can't remember", "I don't want to say").
_NEGATED_AUX = re.compile(r"^(?:haven't|hasn't|don't|doesn't|didn't|can't|couldn't|won't|wouldn't|not)$")


def subject_lost_code(q: Question, text: str, today: date | None = None) -> Normalised | None:
    """The "don't know" or refusal that ``text`` says from its second word on, when that word is a
    negated auxiliary (:data:`_NEGATED_AUX`) and the first word is the clause's subject heard as
    another word: "We haven't decided yet, can we get back to you?" came out as "week haven't
    decided yet can't week of thirty tell you" twice running (answers blind47 voice sample,
    us-m3-150, 6 December 2026), whose predicate alone the parser reads as a don't-know; or None.
    None too when the first word is itself an answer to ``q`` ("seven not sure though"). Read as
    :func:`leading_code` reads the first words, with the subject left out; for a closed
    question's spoken transcript only (the code is taken as heard faintly: asked again, read back)."""
    words = (text or "").lower().split()
    if len(words) < 3 or not _NEGATED_AUX.match(words[1]):
        return None
    if normalise(q, words[0], today=today).status == "valid":
        return None  # "seven not sure though": a value said first, then a doubt
    rest = " ".join(words[1:])
    n = normalise(q, rest, today=today)
    if n.status in ("dont_know", "refused"):
        return n
    return leading_code(q, rest, today)


# Words a spoken "right" or "correct" may follow in a yes to a read-back ("that's right", "yes,
# correct", "quite right", "all right"); the subject-and-verb of "that's" as the recogniser spells it.
_RIGHT_LEADS = frozenset(
    """that's thats that is it's yes yeah yep yup all quite dead spot exactly absolutely ok okay sure
    uh um oh well""".split()
)
_RIGHT_WORDS = ("right", "correct")
# ... and the words of a no before it ("not right", "no, that isn't correct"): a no, not lost.
_RIGHT_DENIED = frozenset({"not", "no", "nope", "isn't", "ain't", "wasn't"})


def right_lead_lost(text: str) -> bool:
    """True when a spoken reply to a read-back is "right" or "correct" after one or two words of
    which none leads a yes (:data:`_RIGHT_LEADS`): "of right", "love right". "That's right" and
    "that's not right" differ only in the words before "right", and through the telephone band
    "That's not right." came out of the read-back model as "of right", "love right" or "told right"
    in 5 of 15 tries (gb-f3-170 phone, 7 December 2026), the first two read as a yes that stored the
    value the caller had just denied. Such a reply is neither yes nor no: the read-back is said
    again (``survey_readback``). "right" alone, "that's right", "yes correct" and "not right" are
    left to the yes/no reading."""
    words = re.findall(r"[a-z']+", text.lower())
    if len(words) < 2 or len(words) > 3 or words[-1] not in _RIGHT_WORDS:
        return False
    return not any(w in _RIGHT_LEADS or w in _RIGHT_DENIED for w in words[:-1])


# Subjects a clause after a yes begins with ("yes I did", "yeah it is", "yes they were").
_SUBJECTS = frozenset({"i", "it", "they", "we", "he", "she", "you", "that"})
_YES_WORDS = frozenset({"yes", "yeah", "yep", "yup"})


def yes_broken_off(text: str) -> bool:
    """True when a spoken reply to a read-back is a yes word followed only by the subject of a
    clause ("yes i", "yeah it"): the clause after it was lost, and it may have been a denial.
    Through the telephone band "That's not right." came out of the read-back model as "yes i" in 2
    of 20 tries (us-f4-140 phone, 7 December 2026) and confirmed the value the caller had denied;
    callers say "yes I did" or "yes", not "yes I". Such a reply is neither yes nor no: the read-back
    is said again (``survey_readback``)."""
    words = re.findall(r"[a-z']+", text.lower())
    return len(words) == 2 and words[0] in _YES_WORDS and words[1] in _SUBJECTS
