"""Answers that are codes, not values (ARCHITECTURE.md section 3): a refusal ("I'd rather not
say", "Pass.") or a "don't know" ("not sure", "I wasn't there"), and the answers that look like one
but are not ("Not sure, maybe the 20th" gives a date; "I don't know, what do they cost?" asks the
agent first). Used by :func:`customario.dialogue.answers.normalise`; split from
:mod:`customario.dialogue.answers`. Pure functions.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from customario.dialogue import (
    answer_doubts,
    date_reading,
    dont_know_guesses,
    quantities,
    yesno,
    yesno_already,
    yesno_asides,
)
from customario.dialogue.answer_core import Normalised, _any, _numbers, _valid, question_tense
from customario.dialogue.choice_spans import alternatives_forgotten
from customario.dialogue.choice_undecided import places_or
from customario.dialogue.choices import all_choices_said, match_choices_how
from customario.dialogue.codes import (
    BLANK_MIND,
    DOUBT_ABOUT_OTHER,
    NOT_APPLICABLE,
    NOTHING_COMES_TO_MIND,
    is_dont_know,
    is_refusal,
    says_more,
)
from customario.dialogue.refusal_words import NOT_BOTHERING, NOT_YOUR_BUSINESS, RATING_DECLINED
from customario.dialogue.yesno_answers import normalise_yes_no


# "I don't remember chasing anyone", "can't recall ever complaining": a thing not done, remembered.
_REMEMBERED_DOING = re.compile(
    r"\b(?:i |we )?(?:don'?t|do not|can'?t|cannot) (?:really )?(?:remember|recall) (?:ever |even |us |me )?[a-z]+ing\b"
)


# A figure reported from someone else: "the landlord thinks it's one", "they reckon about forty".
_REPORTED = re.compile(
    r"\b(?:(?:the|my|our|his|her|their)\s+\w+(?:\s+\w+)?|they|he|she|people|everyone)\s+(?:thinks|think|says|say|said|"
    r"reckons|reckon|believes|believe|claims|claim|would say|figures|reckoned|thought)\b[^,.;!?]*"
)


# A question to the agent after a don't-know, ending the turn: "Not sure, how much are they?",
# "Don't know, what does it include?". Not one about the caller ("how would I know?", "what do I
# know?") nor a rhetorical "who knows?" or "why?".
_ASKS_FIRST = re.compile(
    r"[,.;!]\s*(?:(?:and|but|so|well|um+|uh+|hmm+)\W+)*(?:what|how|which|does|do|is|are|will|would|can|could)\b"
    r"(?![^?]*\b(?:i|me|my|i'?d|i'?m)\b)[^.!?,;]*\?\W*$"
)


def _beside_a_doubt(question: Any, t: str) -> Normalised | None:
    """What a doubt said beside something else gives: the yes or no beside "I don't remember doing
    it" (read back), or an off-script question after "I don't know" (asked first); a refusal of
    the question's subject (:func:`_declined`) or of a rating's own verb ("I won't score them");
    "not going to bother" to a question of intention, a no (read back); else None."""
    if question.type == "yes_no" and _REMEMBERED_DOING.search(t):
        # "I reckon so, I don't remember chasing anyone": what the caller does not remember doing is
        # a fact beside the answer, not a don't-know; the answer beside it is read back
        rest = _REMEMBERED_DOING.sub(" ", t)
        if re.search(r"\b(yes|yeah|yep|yup|aye|no|nope|nah|so)\b", rest):
            read = normalise_yes_no(question, rest)
            if read.status == "valid":
                return _valid(read.value, "inferred")
    if question.type == "yes_no" and re.search(NOT_BOTHERING, t) and yesno_already.asks_intention(question):
        # "I'm not going to bother" to "Will you renew?": the plan declined, a no (read back)
        return _valid(normalise_yes_no(question, "no").value, "inferred")
    if question.type in ("nps", "scale") and re.search(RATING_DECLINED, t) and question.allow_refused:
        return Normalised("refused", method="phrase")  # "I won't score them." to "How would you rate ...?"
    if _declined(question, t) and question.allow_refused:
        # "I don't want to talk about money", "I don't want a call, thanks": a refusal
        return Normalised("refused", method="phrase")
    if is_dont_know(t) and _ASKS_FIRST.search(t):
        # "I don't know, what do they cost?": the caller cannot answer until the agent answers
        # them; an off-script question, never a don't-know code
        return Normalised("invalid", reason="your answer, once your question is answered")
    return None


# Declining to talk about money at all: "I don't want to talk about money", "I don't answer
# questions about my finances", "I'd rather not discuss what I pay".
_NO_MONEY_TALK = re.compile(
    r"(?:\b(?:don'?t|do not|won'?t|will not|would rather not|'?d rather not|never|not going to|not gonna)\s+"
    r"(?:want to |wanna |like to |care to |really )?(?:talk|discuss|answer|share|say|give out|go into|get into|disclose)\b"
    # "I'm not discussing money" (answers blind42)
    r"|\bnot (?:discussing|talking about|talking|sharing|disclosing|going into|getting into)\b)"
    r"[^.!?]*\b(?:money|finances|financial|prices?|costs?|what (?:i|we) (?:pay|paid|spend|spent)|spending|income|fees?)\b"
)
# Declining what a date question books: "I don't want a call", "we don't need the follow-up",
# "no need for a visit".
_NO_BOOKING = re.compile(
    r"\b(?:(?:i|we)\s+)?(?:don'?t|do not|won'?t)\s+(?:really\s+)?(?:want|need)\s+|\bno need for\s+"
)
_BOOKED = r"(?:call|phone call|callback|call back|visit|appointment|follow-?up|meeting|check-?in|session|review)s?"
# Declining the deed a date question books rather than its noun: "I don't want to book anything
# right now", "we're not going to visit, thanks" (answers blind41, blind34).
_NO_BOOKING_DEED = re.compile(
    r"^\W*(?:(?:no|nah|sorry|um+|uh+|well|look|honestly)\W+)*(?:(?:i|we)\s+)?"
    r"(?:(?:don'?t|do not|won'?t|will not)\s+(?:really\s+)?(?:want|need|wish|plan)\s+to|"
    r"(?:i'?m|i am|we'?re|we are)\s+not\s+(?:going to|gonna|planning to|looking to))\s+"
    r"(?:book|schedule|arrange|set up|make|come(?: and visit| back| by| in)?|visit)"
    r"(?:\s+(?:anything|any|one|it|that|another|a date|an appointment|a visit|a time))?"
    r"(?:\s+(?:right now|now|yet|just yet|at the moment|for now|at this point))?"
    r"(?:\W+(?:thanks|thank you|sorry|thanks anyway|cheers))?\W*$"
)
# The booking left to the caller: "Don't book me in, I'll ring you myself", "I'll give you a call
# when I'm ready", "Don't put us down for anything" (answers blind58): no date, the deed declined.
_BOOKING_LEFT_TO_CALLER = re.compile(
    r"^\W*(?:(?:no|nah|sorry|look|well|honestly)\W+)*(?:(?:don'?t|do not) (?:book|put|pencil|schedule) (?:me|us)"
    r"(?: in| down)?(?: for anything)?(?:\W+|$))?(?:(?:i|we)(?:'ll| will) (?:ring|call|phone|contact|email|text|give) "
    r"(?:you|ye|ya|yous|you guys|you lot|the office)(?: a (?:ring|call|bell|shout))?(?: myself| ourselves| back)?"
    r"(?: when [^.?!]*)?)?(?:\W+(?:thanks|thank you|cheers))?\W*$"
)
_BOOKS = re.compile(r"\b(?:book|schedule|arrange|set up|would suit|suits? you|come back|call you|follow-?up|visit)\b")


_ONE_OF_A_KIND = re.compile(
    r"\b(?:all |just |only |in |on )?one (?:big |single |lump |combined )?"
    r"(?:bill|invoice|payment|charge|sum|go|transaction|receipt|card|account|package|price|lot)\b"
)


_WHEN_WORDS = re.compile(
    r"\b(?:today|tomorrow|tonight|next|until|till|before|after|monday|tuesday|wednesday|thursday|friday|saturday|"
    r"sunday|january|february|march|april|june|july|august|september|october|november|december|week|month)\b"
)


def _declined(question: Any, t: str) -> bool:
    """True when the caller declines the question's subject rather than answering it: talking
    about money at all, to a money question; the call, visit or follow-up a date question books,
    or the booking itself ("I don't want to book anything right now")."""
    books = question.type == "date" and bool(_BOOKS.search((question.text or "").lower()))
    if books and _NO_BOOKING_DEED.search(t):
        return True  # the whole answer: "We're not going to book one, thanks" ("one" is no date)
    left = books and question_tense(question) != "past" and re.search(r"\w", t) and _BOOKING_LEFT_TO_CALLER.match(t)
    if left and not _WHEN_WORDS.search(t):
        return True  # "Don't book me in, I'll ring you myself"
    if _numbers(t)[0] or date_reading.day_of_month(t) or _WHEN_WORDS.search(t):
        return False  # "I'd rather not say what I paid, about fifty", "I don't need a visit till the 20th"
    if question.type == "number" and quantities.asks_money(question) and _NO_MONEY_TALK.search(t):
        return True
    if not books:
        return False
    m = _NO_BOOKING.search(t)
    return bool(m and re.match(rf"(?:a |an |the |any |that |this |another )?(?:\w+ )?{_BOOKED}\b", t[m.end() :]))


# "Personal reasons.", "For private reasons, really": the reason asked for, withheld (answers
# blind47 read it as a refusal to "Which best describes why your lessons ended, ...?").
_REASON_WITHHELD = re.compile(
    r"^\W*(?:(?:um+|uh+|oh|well|just|it was|it'?s|that'?s|let'?s say)\W+)*(?:for |because of |due to )?"
    r"(?:personal|private|my own) reasons?(?:\W+(?:really|mostly|only|that'?s all))*\W*$"
)
_WHY_ASKED = re.compile(r"\b(?:why|reasons?|what made you|what led you)\b")


def _reason_withheld(question: Any, t: str) -> bool:
    """True when ``t`` (cleaned) answers a choice question that asks why ("Which best describes why
    your lessons ended ...?") with only "personal reasons": the reason is withheld, a refusal,
    unless one of the question's choices is itself that reason ("personal", "family reasons")."""
    if question.type not in ("single_choice", "multi_choice") or not _REASON_WITHHELD.match(t):
        return False
    if not _WHY_ASKED.search((question.text or "").lower()):
        return False
    return not match_choices_how(question, t)[0]


# The caller stops where they are, as the whole answer to an open question: "I'll leave it there.",
# "Nah, I'd rather leave it at that, ta." Four writers code it a refusal of the optional question
# (answers blind48, blind50, blind52, blind56). Open questions only: to "Shall we collect the old
# sofa?" "No, leave it there" is a literal no.
_LEFT_THERE = re.compile(
    r"^\W*(?:(?:no|nah|nope|naw|um+|uh+|oh|well|honestly|okay|ok)\W+)*"
    r"(?:(?:i think |think )?(?:i'?ll|i will|we'?ll|i'?d|i would|we'?d)\s+(?:rather |sooner |just |probably )?|let'?s |just )?"
    r"leave it (?:there|at that)(?:\W+(?:please|thanks|thank you|sorry|cheers|ta|mate|love|dear|for now|i think))*\W*$"
)


# What follows "but" after a refusal and is no remark of its own: a courtesy or a wish for
# understanding ("..., but thanks for asking", "..., but I'm sure you understand").
_COURTEOUS_REST = re.compile(
    r"^\W*(?:thanks|thank you|cheers|sorry|i'?m sure you|i hope you|you know|i appreciate|good luck)\b"
)


def _said_anyway(t: str) -> bool:
    """True when an open answer ``t`` (cleaned) declines a kind of remark and then makes it after
    "but": "I'd rather not say anything negative, but the litter could be changed more often"
    (answers blind56, a refusal stored for an open answer). Preterition: the caller says what they
    claim to leave out, so the words are the answer. The rest must be a clause of three words or
    more that is neither a refusal nor a courtesy ("..., but thanks for asking")."""
    m = re.search(r"\bbut\b", t)
    if m is None:
        return False
    before, after = t[: m.start()], t[m.end() :]
    return (
        is_refusal(before)
        and not is_refusal(after)
        and not _COURTEOUS_REST.match(after)
        and len(re.findall(r"[a-z][a-z']*", after)) >= 3
        and says_more(after)
    )


def _refuses(question: Any, t: str) -> bool:
    """True when ``t`` (cleaned) declines to answer ``question``: :func:`is_refusal`, and for an
    open question also "I'll leave it there" said alone, but not a remark made after declining it
    ("I'd rather not say anything negative, but ...")."""
    if question.type != "open":
        return is_refusal(t)
    return bool(_LEFT_THERE.match(t)) or (is_refusal(t) and not _said_anyway(t))


def refused_or_dont_know(question: Any, t: str, today: date | None = None) -> Normalised | None:
    """A refusal or a "don't know" (``refused`` / ``dont_know`` when the question allows them, else
    invalid), or None. A number given to a numeric question is never read as either."""
    qtype = question.type
    beside = _beside_a_doubt(question, t)
    if beside is not None:
        return beside
    # "None of your business" holds no zero.
    plain = re.sub(NOT_YOUR_BUSINESS, " ", t)
    refused = _refuses(question, t)
    if refused:
        # "I'd rather not get into that, the landlord thinks it's one": a figure someone else gives
        plain = _REPORTED.sub(" ", quantities.OTHER_RATER.sub(" ", plain))
    if refused or is_dont_know(t):
        plain = quantities.without_ages(plain)  # "I wouldn't know, dear, I'm eighty-six": no rating
        # "Don't know, none of my friends ride": the "none" counts the friends, it is no zero
        plain = re.sub(
            r"\b(?:none|nobody|no one) (?:of )?(?:my|our|the|them|us|those|these|his|her|their)\b", " ", plain
        )
        # "I don't remember, it was all one bill": "one" before a bill or a payment counts nothing
        plain = _ONE_OF_A_KIND.sub(" ", plain) if qtype == "number" else plain
    # "Not sure, probably yes": the guess, read back (dont_know_guesses)
    taken_back = (
        answer_doubts.yes_no_taken_back(question, t)
        or dont_know_guesses.guessed_yes_no(question, t)
        or _moot(t)  # "I'm never moving again, so it's a moot point": no yes and no no (asked again)
        if qtype == "yes_no" and not refused
        else None
    )
    if taken_back is not None:
        return taken_back
    if (refused or is_dont_know(t)) and qtype in ("nps", "scale"):
        # "We've had three different tutors, so I can't say": the number counts people or things;
        # "There were two of them, so I don't know", "Can't say, I only used one machine" too
        plain = _counted_things(_COUNTED_THINGS.sub(" ", plain))
    if qtype == "number" and answer_doubts.part_unknown(question, t):
        return Normalised("invalid", reason="the whole amount")  # "the repair was 200, the batteries I don't know"
    if qtype in ("nps", "scale", "number") and _numbers(plain, rating=qtype != "number")[0]:
        return None
    if qtype == "yes_no" and (
        yesno.threshold_reading(question, t) is not None
        or yesno.double_negative(t)
        or yesno_asides.decision_shared(question, t)
    ):
        # "Ten or twenty minutes, I can't remember which": amounts; "I can't say we didn't wait": a
        # double negative, not a don't-know; "I'd have to check with my wife" to "Would you take
        # another course?": not decided yet (blind29). All are asked again.
        return None
    if qtype == "date" and not is_refusal(t) and dated(question, t, today):
        return None  # "Not sure, maybe the 20th" (read back), "Monday or Tuesday, can't remember" (asked again)
    if qtype == "yes_no" and yesno_asides.declined_offer(question, t):
        return _valid(normalise_yes_no(question, "no").value, "inferred")  # "I'd rather not" to "Would you like ...?"
    if refused or _reason_withheld(question, t):
        if question.allow_refused:
            return Normalised("refused", method="phrase")
        return Normalised("invalid", reason="an answer to this question")
    # "Plus or Ultra, not sure yet": two choices named with a doubt is an ambiguous answer to ask
    # again, not a don't-know; "Meeting rooms. Oh, and the book club, I forgot." names its choices
    # (read back by _normalise_choice), the doubt is about something else.
    named, torn = _torn(question, t)
    # "I never ride in the evening" to "how safe do you feel in the evening?": the rating does not
    # apply to them, which is coded as don't know.
    not_applicable = qtype in ("nps", "scale") and bool(NOT_APPLICABLE.search(t))
    if qtype == "open" and (BLANK_MIND.search(t) or NOTHING_COMES_TO_MIND.search(t)) and question.allow_dont_know:
        # "Can't think of anything.", "Nothing comes to mind.", "Nothing I can think of.": no answer
        # found in memory, coded as don't know (codes.BLANK_MIND says which corpora read it so)
        return Normalised("dont_know", method="phrase")
    if qtype == "open" and BLANK_MIND.search(t):
        return Normalised("invalid", reason="your best answer")  # no don't-know allowed: asked again
    if qtype == "open" and says_more(t):
        return None  # "I dunno, maybe more parking?": the words are the open answer
    doubt = DOUBT_ABOUT_OTHER.search(t) if qtype != "open" else None
    if doubt and says_more(t[: doubt.start()]) and not torn:
        # "They missed the garden one, but I'm not sure if that was my fault": the doubt is about
        # something else, and what came before may or may not answer: asked again, never coded.
        return Normalised("invalid", reason="a clear answer")
    if is_dont_know(t) and _partly_said(question, t, named):
        # "Sometime last week, I don't remember which day", "Kind of, I guess, I don't know": part
        # of an answer with a doubt about the rest is neither a value nor a don't-know (asked again);
        # nor is a doubt about something else (answer_doubts.doubt_beside_answer)
        return Normalised("invalid", reason="a clear answer")
    if (is_dont_know(t) or not_applicable) and not (qtype == "yes_no" and _any(yesno.SOFT_NO, t)) and not torn:
        if question.allow_dont_know:
            return Normalised("dont_know", method="phrase")
        return Normalised("invalid", reason="your best guess")
    return None


def _torn(question: Any, t: str) -> tuple[list[str], bool]:
    """(the choices ``t`` names, whether the caller is torn between choices they name): "Plus or
    Ultra, not sure yet" names its choices, an ambiguous answer to ask again rather than a
    don't-know; "The first or the second one, can't recall" offers two places. Not torn: guesses
    asked aloud one after the other and then given up ("Gas? Oil? I honestly don't know": answers
    blind49 had read back "oil", the one guess that names a choice by itself), a don't-know. Every
    choice said at once names them all: "I forgot, it was all four" to "which did you practise?" is
    the forgotten answer given, not a don't-know (held-out answers blind55 had stored one)."""
    if question.type not in ("single_choice", "multi_choice"):
        return [], False
    named, how = match_choices_how(question, t)
    every = all_choices_said(question, t) if not named and question.type == "multi_choice" else None
    # (not "everything", which a doubt may be about: "I don't remember everything they did")
    if every and not re.match(r"every(?:thing|where)$", every.group(0)):
        named, how = [c.code for c in question.choices], "every"
    # "The two or the four, can't remember which": alternatives not chosen between, named or not
    torn = (bool(named) and how != "fuzzy") or places_or(t) or alternatives_forgotten(t)
    if torn and _GUESSED_ALOUD.match(t) and is_dont_know(t):
        torn = False
    return named, torn


# Two or more short guesses asked aloud to open the turn: "Gas? Oil? ...", "The blue one? The red?"
_GUESSED_ALOUD = re.compile(r"^\W*(?:[^.!?,]{1,30}\?+\s*){2,}")


# A number before a plural noun counts things, it is no rating: "three different teachers", "two
# kids"; never the rating's own units ("five stars", "eight points") nor a verb ("seven seems").
_COUNTED_THINGS = re.compile(
    rf"\b{quantities.NUMBER_PHRASE} (?:different |separate |other |new )?"
    r"(?!(?:stars|points|marks|outs|seems|sounds|looks|feels|does|goes|says|gets|makes|is|was|has)\b)"
    # "three different people": plurals without an s count people too (3 was stored as a rating)
    r"(?:[a-z]{3,}s|people|men|women|children|folk|staff)\b"
)


# A number said of a part of a group ("two of them", "one of the fitters", "three of us").
_PARTITIVE = re.compile(
    rf"\b{quantities.NUMBER_PHRASE} of (?:them|us|you|those|these|the \w+|my \w+|our \w+|his \w+|her \w+)\b"
)
# "one" as the thing done, a pronoun: "I've never done one before so I can't compare" (answers
# blind39 had read a rating of 1 beside the don't-know).
_ONE_DONE = re.compile(
    r"\b(?:done|did|do|had|have|tried|try|used|use|seen|see|played|play|booked|book|taken|bought|got|owned|own|"
    r"visited|been (?:on|to|in)) (?:a single |any )?one\b(?! (?:out of|of (?:ten|five|seven)|stars?|points?)\b)"
)
_ONE_THING = re.compile(r"\b(?:one|a single) ([a-z]{3,})\b")
# WordNet lexicographer classes of nouns that count things a rating does not: people, objects, animals
_THING_CLASSES = frozenset(
    {"noun.artifact", "noun.person", "noun.animal", "noun.plant", "noun.food", "noun.group", "noun.body"}
)


def _counted_things(t: str) -> str:
    """``t`` without the numbers that count people or things beside a don't-know to a rating: a
    part of a group ("two of them") or one of a countable noun whose first WordNet sense is a
    person, an object, an animal, a plant, food or a group ("one machine", "a single fitter"),
    never a rating's unit ("one star", "one point"). Without WordNet only the first kind goes."""
    t = _ONE_DONE.sub(" ", _PARTITIVE.sub(" ", t))
    from customario.escalation import wordnet

    wn = wordnet.load()
    if wn is None:
        return t

    def thing(m: re.Match) -> str:
        classes = wn.classes(m.group(1), "noun")
        return " " if classes and classes[0] in _THING_CLASSES else m.group(0)

    return _ONE_THING.sub(thing, t)


def _partly_said(question: Any, t: str, named: list[str]) -> bool:
    """True when beside its don't-know ``t`` says part of an answer (:data:`answer_doubts.PARTIAL`;
    not a span said flatly after it, :func:`dont_know_guesses.span_after_doubt`), a doubt about something else, or describes a choice only vaguely without naming one ("Some
    online thing, I don't know", "one of those card jobs, not sure": the kind of answer is said,
    the choice is not; answers blind24)."""
    if dont_know_guesses.span_after_doubt(question, t, question_tense(question)):
        return False  # "I genuinely can't remember, sometime this month": a span to soften the don't-know
    partial = answer_doubts.PARTIAL.get(question.type)
    if answer_doubts.doubt_beside_answer(question, t) or (partial and partial.search(t)):
        return True
    if dont_know_guesses.guessed_period(question, t):
        return True  # "I don't know, last summer maybe": a named period guessed, the date asked again
    return (
        question.type in ("single_choice", "multi_choice")
        and not named
        and bool(_VAGUE_THING.search(t) or _HEDGED_THING.search(t) or _NAMELESS_THING.search(t))
    )


# The question said not to arise for the caller: "it's a moot point", "that won't come up", "the
# question doesn't arise", "purely hypothetical for us".
_MOOT = re.compile(
    r"\bmoot\b|\b(?:question|issue|situation|that|it|this)(?: really| just)? (?:does ?n'?t|does not|won'?t|will not|wouldn'?t|would not|"
    r"never) (?:really )?(?:arise|come up|happen)\b|\b(?:purely |completely |totally )?hypothetical\b"
)


def _moot(t: str) -> Normalised | None:
    """An answer to ask again when ``t`` (cleaned) says the yes/no question will not arise for the
    caller ("I'm never moving again, God willing, so it's a moot point" to "would you book us again?":
    held-out answers blind53 had stored a no from the "never", s48), unless it opens with a plain
    yes or no; else None."""
    return Normalised("invalid", reason="a clear answer") if _MOOT.search(t) and not _PLAIN_YES_NO.match(t) else None


_PLAIN_YES_NO = re.compile(r"^\W*(?:(?:um+|uh+|oh|well)\W+)*(?:yes|yeah|yep|yup|no|nope|nah|definitely|absolutely)\b")


# A thing guessed first with a hedge, beside the don't-know: "Maybe the sideboard, or maybe it was
# already scratched, I'm not sure" (held-out answers blind53, s48): a candidate offered that names
# no choice is part of an answer, asked again rather than coded as a don't-know.
_HEDGED_THING = re.compile(
    r"^\W*(?:(?:um+|uh+|er+m?|oh|well|erm)\W+)*(?:maybe|perhaps|possibly|probably|might have been|could have been)\s+"
    r"(?:the|a|an|my|our|his|her|their|that|some)\s+[a-z][a-z'-]+"
)


# A thing described and its name not known: "He did the thing with the felt, I don't know what it's
# called" (held-out answers blind65 had coded a don't-know): the caller answers in other words, so
# the question is asked again. The name alone not known ("Not sure what it's called.", "I don't know
# the names, I just go.") stays a don't-know, as the development corpora write it.
_NAMELESS_THING = re.compile(
    r"\b(?:the|some|a|that|this) (?:thing|things|bit|part|stuff|job)(?:y)? (?:with|where|that|for|on|to do with)\b"
    r"(?=.*\b(?:don'?t|do not|dunno|not sure|no idea|can'?t remember|forget|forgot)\b[^.!?]{0,16}?"
    r"\b(?:what (?:it'?s|it is|that'?s|it was|they|you|he|she) (?:called|call|calls)|the (?:proper |right |technical )?"
    r"(?:name|word|term)s?)\b)"
)
# A choice described only vaguely, said first: "some digital thing", "one of those card jobs",
# "some sort of pass", "a phone kind of thing", "something online", "one of the cheaper ones".
_VAGUE_THING = re.compile(
    r"^\W*(?:(?:um+|uh+|er+m?|oh|well|erm)\W+)*(?:(?:it was|it's|i used|we used|i paid with|with|by|through)\s+)?"
    # (a number of things is no kind: "a couple of things, I forget which" is a don't-know, blind31)
    r"(?:(?:some|one of (?:those|these|them|the)|a|an)\s+(?!(?:couple|few|lot|bunch|handful|number|load) (?:of )?"
    r"(?:different |other )?(?:things|stuff|bits)\b)(?:kind of |sort of |type of )?(?:[a-z-]+\s+){0,2}?"
    r"(?:thing|things|thingy|thingies|thingamajig|whatsit|doodah|doohickey|gadget|job|jobs|jobby|jobbies|kind|sort|type|"
    # "one of the monitored ones, I forget which": a kind said, the choice among its kind not (blind32)
    r"ones)\b|"
    r"some (?:kind|sort|type) of\b|something (?:like|with|on|online|digital|electronic|to do with)\b)"
)


_BEFORE_THAT = re.compile(
    r"\b(him|her|them|me|us|wife|husband|partner|boss|son|daughter|mum|mom|dad|missus|hubby|family|calendar|"
    r"diary|schedule|office|team|work)\s+first\W*$"
)


def dated(question: Any, t: str, today: date | None) -> bool:
    """True when a date answer gives a date, or two joined by "or": values, not a don't-know. A
    "first" that ends a don't-know after a person ("let me check with the wife first", answers
    blind37) means "before that", no first of a month."""
    if is_dont_know(t):
        t = _BEFORE_THAT.sub(r"\1", t)
    d, how = date_reading.read_date(t, today or date.today(), question_tense(question))
    return d is not None or (how == "ambiguous" and bool(re.search(r"\bor\b", t)))
