"""What a survey caller says about the interview itself rather than answering: "what?", "can you
repeat that", "change my first answer to nine", "go back to the recommendation question".

Pure functions used by the survey policy (:mod:`customario.dialogue.survey_flow`). A question is
named by position ("my first answer", "the last question"), by its ``aliases`` from the definition,
or by the content words of its id and text ("the recommendation question" names a question whose
text says "recommend"); words are compared by their first five letters so "recommendation" meets
"recommend" and "satisfaction" meets "satisfied" (:mod:`customario.dialogue.question_names`). The
new value inside a change is read by :mod:`customario.dialogue.correction_payloads`, an earlier
question named first ("the crew one, a five") by :mod:`customario.dialogue.reference_topics`;
their public names are re-exported here.
"""

from __future__ import annotations

import re
from typing import Any, Sequence

from customario.dialogue.asked_back import asks_back, only_repeat, repeat_not_answer, wants_repeat
from customario.dialogue.choices import phrase_positions
from customario.dialogue.correction_payloads import (
    TAKEN_BACK_END,
    answer_clauses,
    change_payload,
    drop_taken_back,
    said_before,
)
from customario.dialogue.question_names import (
    Reference,
    clean_words,
    own_names,
    question_itself_named,
    word_stems,
    question_stems,
)
from customario.dialogue.reference_topics import topic_first
from customario.dialogue.spoken import numbers_in

# re-exported for the survey flow and corrections
__all__ = [
    "Reference",
    "word_stems",
    "answer_clauses",
    "asks_back",
    "drop_taken_back",
    "find_reference",
    "only_repeat",
    "repeat_not_answer",
    "question_stems",
    "said_before",
    "topic_first",
    "wants_repeat",
]

_CHANGE = re.compile(
    r"\b(change|changing|correct|correcting|correction|fix|update|amend|redo|revise|switch|go back|back to|return to|"
    r"revisit|going back (?:a (?:bit|step|sec|second|moment|minute|question)|one|for a (?:sec|second|moment|minute))|i meant|i mean|meant to say|should have said|should've said|want to change|make (that|it)|put down|"
    # "I told you forty but it was forty-five": an answer quoted, then taken back
    r"after all|i said|i told you(?=[^.!?]*\bbut\b)|can i go back|"
    # "put it down as a four", "mark me down for yes", "I mixed it up", "I got them muddled"
    r"(put|mark|write|jot|note) (it|that|this|me|them|(?:the|my) \w+(?: \w+)?) down (as|for)|mark (it|that|me) as|"
    r"(mixed|muddled) (it|them|that|those|the \w+) up|got (it |them |that )?(mixed|muddled) up|got confused)\b|"
    # "Oh, about the ...", "Oh, one thing, for the improvements ..." (answers blind45)
    r"^\W*(oh|wait|sorry|actually|hold on|hang on),? (?:(?:one (?:more |last )?thing|quickly|before i forget|by the way)\W+)?"
    r"(about|on|for) (the|my|how|what|when|which|where)\b|"
    # An earlier moment opening the turn, then a question named: "Sorry, earlier, the waiting, no, I
    # wasn't seen ...", "Before that, my travel, put bus", "Before the date, my recommend score, put
    # a nine" (answers blind45, blind46): the caller goes back before what is asked now
    r"^\W*(?:(?:oh|um+|uh+|sorry|wait|actually|and)\W+)*(?:earlier|earlier on|back there|a minute ago|going back)\s*[,;:]\s*"
    r"(?:about |on |for |re )?(?:the|my) [a-z]+|"
    r"^\W*(?:(?:oh|um+|uh+|sorry|wait|actually|and)\W+)*before (?:that|this|the \w+|we (?:go on|move on|carry on)|you (?:go on|move on|carry on))"
    r"\s*[,;:]\s*(?:about |on |for |re )?(?:the|my) [a-z]+(?=[^.!?]*\b(?:put|make (?:it|that)|mark|change)\b)|"
    # "my last answer was wrong", "I got that one wrong"; "for my goal question, put ..."
    r"(\b(was|is|were)|'s) (wrong|a mistake|not right)\b|\bgot (that|it|that one|(?:the|my) \w+(?: \w+)?) wrong\b|"
    # ... said without "was" (Singapore English drops the copula before an adjective: "my last
    # answer wrong", "the date I gave you wrong"; answers blind74 asked both again)
    r"\b(?:my (?:last |previous |earlier )?answer|(?:the|that|my) (?:[a-z]+ )?i (?:gave|said|told)(?: you| u)?|"
    r"that (?:last )?one) wrong\b|"
    # "I gave you a wrong number on the recommend thing" (answers blind74): the old answer called wrong
    r"\b(?:gave|told) (?:you|u) (?:a|the) wrong (?:number|answer|score|date|one|rating|amount)\b|"
    r"\bon (reflection|second thought)\b|"
    # "my last answer was off, it's 750" (answers blind68): an answer said to be off the mark
    r"\banswers? (?:was|is|were|'s) (?:a (?:bit|little|touch) |way |slightly |well )?off\b|"
    # "Actually, move that next cleaning to the twentieth of July": a date moved (answers blind42)
    r"\b(?:move|shift|push|bring|reschedule|rebook|postpone)\s+(?:that|the|my|it|our)\b(?:\s+[a-z]+){0,3}?\s+"
    r"(?:to|till|until|forward to|back to)\s+(?=\S)|"
    # "Can I bump my overall rating up to a four?", "knock that down to a six", "raise it to ten":
    # an earlier answer moved up or down the scale (answers blind49 and blind50 asked them again)
    # (a number after "to": "take it down to the shop" moves no answer)
    r"\b(?:(?:bump|knock|move|push|put|nudge|drop|turn)\s+(?:it|that|this|them|(?:the|my|that|our) (?:[a-z]+ ){0,3}?"
    r"[a-z]+)\s+(?:up|down)|(?:raise|lower|increase|reduce)\s+(?:it|that|(?:the|my|that|our) (?:[a-z]+ ){0,3}?[a-z]+))"
    r"\s+to\s+(?:a |an )?(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|"
    r"thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|\d+)\b|"
    # "Back one, ...", "Back up, the date of my last visit was ..." (answers blind36)
    r"^\W*(?:(?:oh|um+|uh+|sorry|wait|hang on|hold on)\W+)*back (?:one|up|a question|a step)(?=\s*[,.;:!?-]|\s*$)|"
    r"^\W*(about|on|for|regarding) (the|my|that) (\w+ ){0,3}(question|one|answer)\b|"
    # "Before that, about staying again, put yes"
    r"\bput (down )?(yes|no)\b|\bput (me|that) down\b|\bmake (?:the|my) \w+(?: \w+)? (?:a |an )?(?=\S)|"
    # "make cleanliness a six": a question named bare, then its new number (answers blind40)
    r"\bmake (?!(?:it|that|this|them|me|us|him|her|sure|do|friends)\b)[a-z]+ (?:a|an) (?=(?:zero|one|two|three|four|five|"
    r"six|seven|eight|nine|ten|\d+)\b)|"
    # "Hang on, the first question, I'd actually give it a nine": an interjection, then an earlier
    # question named (never "the first one": that may be a choice of this question)
    r"^\W*(hang on|hold on|wait|oh|oops|sorry|actually|sorry,? actually)\W+(about |on |for |re )?(the|my) (\w+ ){0,3}"
    r"(question|answer)\b|"
    # "Oh, I forgot, the hours question, it's four now": an earlier question named as a clause of its own
    r"(?:^|[,.;:!?]\s*)(?:about |on |for |re )?the (?:\w+ ){1,3}question\s*[,:;.!-]\s*\S"
)
# (A value taken back at the end, correction_payloads.TAKEN_BACK_END, names an earlier question too.)
# "The recommend one should be nine", "the satisfaction should be a four": a new value for the question
# named, only when it fits that question ("delivery should be faster" is an open answer) and never
# "should have been" (counterfactual: "it should have been on time" says it was not).
_SHOULD_BE = re.compile(r"\bshould be\s+(?=\S)")
# ... unless the caller names their own earlier answer by its place: "My last answer should be yes",
# "my first answer should be a nine" (answers blind53, blind56 had asked again or stored the "yes"
# for the current question): an answer said to need another value is a change, a yes or no too.
_OWN_ANSWER_BY_PLACE = re.compile(
    r"\bmy (?:very )?(?:last|previous|prior|earlier|first|second|third|fourth|fifth|1st|2nd|3rd|4th|5th) answer\b"
)
# ... or opens the turn with it, then the new value: "My last answer, put it as ten.", "Wait, my last
# answer should have been ten, not nine." (answers blind67, blind70 had asked the current question again)
_OWN_ANSWER_OPENS = re.compile(
    r"^\W*(?:(?:wait|oh|sorry|actually|um+|uh+|er+m?|hang on|hold on|and|also|one thing)\W+)*"
    r"my (?:very )?(?:last|previous|prior|earlier|first|second|third|fourth|fifth|1st|2nd|3rd|4th|5th) answer"
    r"(?:\s*[,:;-]\s*(?=\S)|\s+should(?:'ve| have)? (?:be|been)\s+(?=\S))"
)
_ORDINALS = {
    "first": 0,
    "second": 1,
    "third": 2,
    "fourth": 3,
    "fifth": 4,
    "sixth": 5,
    "seventh": 6,
    "eighth": 7,
    "ninth": 8,
    "tenth": 9,
    "1st": 0,
    "2nd": 1,
    "3rd": 2,
    "4th": 3,
    "5th": 4,
}
_ORDINAL_WORD = re.compile(
    r"(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\w+teenth|\w+tieth|"
    r"\d+(st|nd|rd|th))"
)


def _choices_named(question: Any, t: str) -> int:
    """How many of ``question``'s choices ``t`` names by code, label or synonym: "by phone, not
    online" names two choices of "how did you place your order?"."""
    said = [
        c
        for c in getattr(question, "choices", None) or []
        if any(phrase_positions(w, t) for w in (c.code.replace("_", " "), c.label, *c.synonyms) if w)
    ]
    return len(said)


def _alias_said(question: Any, t: str) -> int:
    """How many of ``question``'s aliases of several words ``t`` says as written ("how many of
    us", "did we get out"): their words may all be stop words, which the stems leave out."""
    aliases = getattr(question, "aliases", None) or []
    return sum(1 for a in aliases if len(a.split()) > 1 and phrase_positions(clean_words(a), t))


def _without_choice_words(t: str, questions: Sequence[Any]) -> str:
    """``t`` without the choices of ``questions`` whose names hold a change verb ("an oil change",
    "exact change", "a fix"): naming such a choice is no request to change an answer."""
    for q in questions:
        for c in getattr(q, "choices", None) or []:
            for name in (c.label, *c.synonyms):
                words = re.sub(r"^(a|an|the)\s+", "", clean_words(name))
                if re.search(r"\b(change|correct|fix|update|switch|redo)\b", words):
                    t = re.sub(rf"\b{re.escape(words)}\b", " ", t)
    return t


def _by_alias(tied: Sequence[Any], words: set[str]) -> Any | None:
    """The one question of ``tied`` whose ``aliases`` share the most stems with ``words`` (at
    least one), or None when none or several do."""
    hits = [(len(words & word_stems(" ".join(getattr(q, "aliases", None) or []))), q) for q in tied]
    best = max((h for h, _ in hits), default=0)
    named = [q for h, q in hits if h == best]
    return named[0] if best and len(named) == 1 else None


# "Go back one", "back a question", "the question before this", "one back": the question asked just
# before the current one (answers blind24).
_ONE_BACK = re.compile(
    r"\b(?:go(?:ing)?|step|take (?:me|us)|skip|jump) back (?:one|a question|one question|a step|one step)\b(?! of\b)|"
    r"\b(?:the )?(?:question|one) (?:just )?before (?:this|that|the last)(?: one)?\b|^\W*(?:oh,? |wait,? )?one back\b|"
    # "Back one, the inspection date, ...": "go" left out, opening the turn (answers blind36)
    r"^\W*(?:(?:oh|um+|uh+|sorry|wait|hang on|hold on)\W+)*back (?:one|a question|a step)(?=\s*[,.;:!?-]|\s*$)"
)
_BACK_TO = re.compile(
    r"\b(?:go(?:ing)? back to|back to|return to|returning to)\s+(?:the |my |that )?(?P<named>[^,.;!?]+)"
)


def _back_to(t: str, earlier: Sequence[Any]) -> Any | None:
    """The one earlier question named by the words right after "back to" ("Back to the date, it
    was the fifteenth, I checked my phone" names the date question, whatever the rest says), by
    its own names first and then the words of its text; None when they name none or several."""
    m = _BACK_TO.search(t)
    if not m:
        return None
    words = word_stems(" ".join(w for w in m.group("named").split() if not numbers_in(w)))
    words -= {"question", "one", "answer", "bit", "part", "thing"}
    if not words:
        return None
    scored = [(2 * len(words & own_names(q)) + len(words & question_stems(q)), q) for q in earlier]
    best = max((h for h, _ in scored), default=0)
    named = [q for h, q in scored if h == best]
    return named[0] if best and len(named) == 1 else None


# Words that make a change verb said during an open question about an answer given before.
_NAMES_AN_ANSWER = re.compile(
    r"\b(?:answer|answered|answers|question|rating|rated|score|scored|i said|i meant|i mean|i put|i told you|i gave|"
    r"go back|going back|back to|make (?:that|it) (?:a|an)\b|put (?:it|that|me|(?:the|my) \w+(?: \w+)?) down|mark (?:it|that|me)|meant to say|"
    r"should have said|should'?ve said|mixed|muddled|got confused|correction|scratch that|take (?:it|that) back|"
    r"on second thoughts?)\b|"
    # "Change satisfaction to three", "can you change my recommendation to a five?"
    r"\b(?:change|switch|update|correct|fix|amend) my\b|\b(?:the|that) \w+ (?:one|bit|part)\b|"
    r"\b(?:change|switch|update|correct|fix|amend)\b[^.!?]{0,40}?\bto (?:a |an )?(?:\d+|zero|one|two|three|four|five|six|"
    r"seven|eight|nine|ten|yes|no)\b"
)


# "I forgot the shuttle", "I missed the bike storage, I use that too", "I didn't mention the cafe".
_FORGOT = re.compile(
    r"\b(?:i|we) (?:forgot|missed|left out|didn'?t (?:say|mention)|forgot to (?:say|mention|add)|"
    r"should(?: have|'ve) (?:said|mentioned|added))\b(?P<rest>.+)$"
)


# What says the forgotten thing is to be added: "I used that too", "as well", "forgot to mention".
_ADDED = re.compile(
    r"\b(?:too|as well|also|add|forgot to (?:say|mention|add)|didn'?t mention|should(?: have|'ve) (?:said|mentioned|added)|"
    r"left out)\b"
)


def _forgotten(t: str, questions: Sequence[Any], asked: Sequence[str]) -> Reference | None:
    """ "Oh, I forgot the shuttle bus, I used that as well": the one earlier multi-choice question
    (answered before the current one) whose choice the words after "I forgot" / "I missed" name,
    with those words as the new answer's payload (an addition: see survey_corrections); None when
    no such choice or several questions' are named there, or the current question's are."""
    m = _FORGOT.search(t)
    if m is None or len(asked) < 2 or not _ADDED.search(t):
        return None  # "I missed the bus, so ..." is a story: only a thing said to be added counts
    by_id = {q.id: q for q in questions}
    current = by_id.get(asked[-1])
    if current is not None and _choices_named(current, m.group("rest")):
        return None  # "I forgot the cafe" to the question that offers the cafe: an answer to it
    hits = [
        by_id[a]
        for a in dict.fromkeys(asked[:-1])
        if a in by_id and by_id[a].type == "multi_choice" and _choices_named(by_id[a], m.group("rest"))
    ]
    return Reference(question=hits[0], payload=m.group("rest").strip(" ,.")) if len(hits) == 1 else None


# A question named by its scale: "my zero to ten answer", "the one-to-five question", "the 1-7 one".
_RANGE_NAME = re.compile(
    r"\b(?:the|my|that|your)\s+(?P<lo>zero|one|\d+)\s*(?:to|-|through|till)\s*(?P<hi>five|seven|ten|\d+)\s+"
    r"(?:(?:rating|score|scale)\s+)?(?:answer|question|one|score|rating|scale)\b"
)


def _named_by_range(t: str, earlier: Sequence[Any]) -> Any | None:
    """The one earlier rating question whose bounds a caller names it by ("Can I change my zero to
    ten answer to a ten?": the 0-10 recommend question, answers blind54, whose words are all stop
    words and had named nothing, so the change was stored as the closing comment); None when no
    range is said or no or two earlier questions have it."""
    m = _RANGE_NAME.search(t)
    if m is None:
        return None
    lo, hi = (numbers_in(m.group(g)) for g in ("lo", "hi"))
    if not lo or not hi:
        return None
    hits = [q for q in earlier if q.type in ("nps", "scale") and tuple(q.bounds) == (lo[0], hi[0])]
    return hits[0] if len(hits) == 1 else None


def find_reference(text: str, questions: Sequence[Any], asked: Sequence[str], fits: Any = None) -> Reference | None:
    """The earlier question a correction names ("change my first answer to nine", "go back to the
    recommendation question", "I meant yes for the delivery one"), or None.

    ``questions``: the survey's questions in order; ``asked``: ids in the order they were asked (the
    current question last). ``fits(question, payload)`` → bool breaks a tie between questions named
    equally well (the one the new answer fits). Only questions already asked can be named. Needs a change verb
    ("change", "go back", "I meant", "correct", ...) so an ordinary answer is never taken for one.
    """
    t = clean_words(text)
    explicit = bool(_CHANGE.search(_without_choice_words(t, questions)))
    explicit = explicit or bool(_SHOULD_BE.search(t) and _OWN_ANSWER_BY_PLACE.search(t))
    explicit = explicit or bool(_OWN_ANSWER_OPENS.search(t))
    current = next((q for q in questions if asked and q.id == asked[-1]), None)
    open_verb = False
    if explicit and current is not None and current.type == "open" and not _NAMES_AN_ANSWER.search(t):
        # "Fix the app", "Change the pricing" to "What would you change?": the verb is the answer's,
        # unless it names an earlier question with a value that fits it ("can you fix the practice
        # minutes? forty-five"; read back, below)
        explicit, open_verb = False, True
    if not (explicit or open_verb or TAKEN_BACK_END.search(t) or _SHOULD_BE.search(t)) or not asked:
        return _forgotten(t, questions, asked)
    by_id = {q.id: q for q in questions}
    asked_qs = [by_id[a] for a in asked if a in by_id]
    target = None
    m = re.search(r"\b(" + "|".join(_ORDINALS) + r")\s+(answer|question|one|score|rating|number)\b", t)
    if m:
        idx = _ORDINALS[m.group(1)]
        target = asked_qs[idx] if idx < len(asked_qs) else None
    elif (
        re.search(r"\b(last|previous|prior|earlier|other) (answer|question|one)\b", t) or _ONE_BACK.search(t)
    ) and len(asked_qs) >= 2:
        target = asked_qs[-2]
    elif (back := _back_to(t, asked_qs[:-1])) is not None:
        target = back
    elif (ranged := _named_by_range(t, asked_qs[:-1])) is not None:
        target = ranged
    else:
        named = re.sub(
            r"\b(change|changing|correct|fix|update|go back|back to|my|answer|question|make|made|put|switch|"
            r"instead|actually|meant|mean)\b",
            " ",
            t,
        )
        # A value ("the fifteenth", "ninety") names no question: "that appointment isn't the
        # fifteenth" names the appointment, not a question about fifteen minutes.
        named = " ".join(w for w in named.split() if not numbers_in(w) and not _ORDINAL_WORD.fullmatch(w.strip(",.!?")))
        words = word_stems(named)
        scored = []
        for q in asked_qs:
            own = question_stems(q)
            # Choices named count for an earlier question only: naming the current question's
            # choices is answering it ("Exact change." names the fare question's cash choice).
            # (so do an earlier question's aliases said as written: "how many of us")
            earlier = q.id != asked[-1]
            hits = len(words & own) + (_choices_named(q, t) + _alias_said(q, t) if earlier else 0)
            # the question's own names (aliases, id) break a tie with words of another's text
            hits = 2 * hits + len(words & own_names(q)) if hits else 0
            if hits:
                scored.append((hits, q))
        scored.sort(key=lambda s: -s[0])
        if scored and (len(scored) == 1 or scored[0][0] > scored[1][0]):
            target = scored[0][1]
        elif scored and _by_alias([q for hits, q in scored if hits == scored[0][0]], words) is not None:
            # A tie broken by the names the survey's author gave: "the work itself" names the
            # question aliased "quality of the work", not the two whose text says "worked on".
            target = _by_alias([q for hits, q in scored if hits == scored[0][0]], words)
        elif scored and fits is not None:
            top = [q for hits, q in scored if hits == scored[0][0]]
            payload = change_payload(t)
            fitting = [q for q in top if payload and fits(q, payload)]
            if len(fitting) > 1:
                # Any words fit an open question: "put it down as a four" is for the rating
                # question both name, not for "what went wrong?".
                fitting = [q for q in fitting if q.type != "open"] or fitting
            if len(fitting) == 1:
                target = fitting[0]
    if target is None or (not explicit and target.id == asked[-1]):
        return None
    payload = change_payload(t)
    if open_verb:
        if target.type == "open" or fits is None or not question_itself_named(target, t):
            return None
        # the value may sit in a clause of its own: "can you fix the practice minutes? forty-five";
        # said straight after the verb, it comes before a reason that may name another value:
        # "Change the reminder to a letter, would you? I'd only lose a text" (answers blind49 had
        # read the reason's "text")
        said = [re.split(r"[.!?;]", payload)[0].strip(" ,"), payload] if payload else []
        found = [c for c in said + answer_clauses(t)[::-1] if c and fits(target, c)]
        return Reference(question=target, payload=found[0], weak=True) if found else None
    if not explicit and fits is not None and not (payload and fits(target, payload)):
        return None  # "the service wasn't bad, it's the food": a remark, not a new value for it
    if not explicit and not TAKEN_BACK_END.search(t) and (fits is None or target.type == "yes_no"):
        return None  # "should be" alone: only a value that fits, and never a yes or no
    return Reference(question=target, payload=payload)


_stems = word_stems  # the name tests knew before the split
