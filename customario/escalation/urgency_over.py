"""What is over: clauses of a caller's line about harm long past, healed or made safe.

:func:`strip_over` takes a normalised line (lower case, see :func:`customario.escalation.urgency._clean`)
and returns it without the clauses that tell of something over, so that the urgency rules read
only what is happening now:

- a harm said to be healed, cleared up or made safe by a trade (:data:`OVER`), unless it came
  back or never went (:data:`BACK`, :func:`customario.escalation.urgency_recovered.back_now`);
- a clause dated back (:data:`PAST`: "last year", "in March", "as a kid") that says nothing
  about now (:data:`STILL`), or a story told with "once" (:data:`ONCE`);
- a false alarm ("I thought it was smoke but it turned out to be steam", :data:`FALSE_ALARM`).

Sources: the labels of the blind urgency corpora (tests/corpus/urgency, their README files) and
the issue 11 definitions (a past emergency that is over is normal; an injury from yesterday that
still hurts is urgent).
"""

from __future__ import annotations

import re

from customario.escalation import urgency_frames as frames
from customario.escalation import urgency_recovered as recovered
from customario.escalation import urgency_senses as senses
from customario.escalation import urgency_stories as stories
from customario.escalation.urgency_words import word_classes

# A false alarm: "thought my PC was on fire but it was just the RGB".
FALSE_ALARM = re.compile(r"\bthought\b[^.!?]*?\b(but|turned out)\b")

# Something that is over ("it's healed", "it cleared up"), unless it came back.
OVER = re.compile(
    # (not a sign said to be fine: "the breathing's fine now we're outside" leaves the rash; blind19)
    # (s42urg, blind33: "a little bump on the knee on Saturday, it's gone now, no harm done")
    r"\b(it'?s|it has|they'?re|they have) (all )?gone now\b(?=[^.!?]*\bno harm done\b)|"
    rf"\b(healed|cleared up|went away|gone away|all fine now|(?<!breathing's )(?<!breathing is )(?<!breathing )fine now|better now|sorted now|all (good|ok|okay) now|fully recovered|made a full recovery|given the all clear)\b|{frames.SETTLED}"
    r"|\b(thankfully|luckily|fortunately),? (he'?s|she'?s|they'?re|i'?m|it'?s|everyone'?s|we'?re|nobody'?s) (fine|ok|okay|alright|all right|unhurt)\b"
    # a person said to be wholly fine the day after (s43urg, blind38: "took a tumble in yesterday's lesson, bit of a
    # bruise, he's completely fine today and wants to carry on")
    r"|\b(he'?s|she'?s|they'?re|i'?m|we'?re|he is|she is|they are|i am) (completely|totally|absolutely|perfectly|100 ?%|right as rain and) fine (today|this morning)\b"
    # a fault made safe by a trade: "the engineer capped the pipe" (blind7: a gas leak since fixed is normal)
    r"|\b(engineer|plumber|electrician|gas (man|board|company)|technician|landlord|fire (brigade|service))( \w+){0,2} (fixed|repaired|sorted|capped|made (it )?safe|isolated)\b"
    # ... or in the passive (blind10): "we had the leak fixed by the gas board yesterday"
    r"|\b(fixed|repaired|sorted|capped|made safe|isolated) by (the |a |an |our |my )?(engineer|plumber|electrician|gas (man|board|company|engineer)|technician|landlord|fire (brigade|service))\b"
    # "I've been fine since": recovered from the event told before
    r"|\b(been|was|have been|i'?ve been|he'?s been|she'?s been) (absolutely |totally |perfectly )?(fine|ok|okay|well|good|grand|healthy) (ever )?since\b(?! (this|the|last|yesterday|then)\b)"
)
# A recovery told at the end of the event (s48urg, blind43: "he was right as rain after", "it was fine in the
# end"): the harm told before it was over by the end of the day it happened; what the line says after it is
# still read (:func:`strip_over` drops the words up to the recovery, not the line).
RECOVERED_AFTER = re.compile(
    r"\bright as rain (after|afterwards|after that|in the end|by (the )?(evening|night|teatime|bedtime|morning|next day))\b"
    r"|\bnone the worse( for it)?\b"
    # ... or come through it (s55urg, urgency blind58: "she was hit by a car; she pulled through but the vet bill is
    # enormous"): "pull through" is to recover from a grave illness or injury
    r"|\b(he|she|they|it|i|we)('s| has| have|'ve| had)? (pulled|come|came) through\b(?! (the|a|an|this|that|it|surgery|the night)\b)"
    r"|\b(it|he|she|they|i|we|everything|all)( was|'s| is| were| turned out| ended up)? (absolutely |totally |completely |perfectly )?"
    r"(fine|ok|okay|alright|all right) (in the end|afterwards|after that|after a (minute|few minutes|bit|while))\b"
)
BACK = re.compile(
    # (not a visit made again: s43urg, "they healed, can we book again?")
    r"\b((?<!thanks )(?<!thank you )(?<!book )(?<!come )(?<!visit )(?<!order )(?<!hire )(?<!try )(?<!play )(?<!ride )(?<!swim )again|still(?! (use|book|come|have|get|do|go|be able|able|okay|ok|allowed|welcome|on)\b)|keeps?|worse|came back|coming back|but now|now (it|i|he|she|my|his|her)|suddenly"
    # a sign left over (blind11): "I'm OK now but I've got a headache and a lump"
    r"|(fine|ok|okay|alright|all right) now,? but (it'?s|it is|i'?ve got|i have|i'?ve still|there'?s|my|his|her|he'?s got|she'?s got)"
    # ... or it needed treatment (blind18): "he's fine now but it needed butterfly strips"
    r"|(fine|ok|okay|alright|all right) now,? but (it|he|she|they|i|the \w+) (needed|had to have|had to get|got)( \w+)? (stitches|strips|stitched|glued|steri-?strips|butterfly))\b"
)
PAST = re.compile(
    rf"\b({frames.PAST_BACK}|last (year|month|summer|winter|spring|autumn|fall)|(years?|months?) ago|a (long )?while (ago|back)|"
    # a month named: "broke his wrist in March" (a clause that says now is kept, see STILL)
    r"(back )?in (january|february|march|april|june|july|august|september|october|november|december)|"
    # ... or a season (urg15, blind21: "when my husband did his back in at your park in the spring")
    r"(back )?in the (spring|summer|autumn|fall|winter)(?! (holidays?|term|sale|half-term))|"
    # a habit now given up: "my old PC used to smell of burning" (not "I'm not used to")
    r"(?<!not )(?<!get )(?<!got )(?<!getting )(?<!'m )(?<! am )(?<! is )(?<! are )(?<! be )used to(?! (it|this|that|them|the)\b)|"
    # "last March", "the summer before last", "three summers back" (urgency_recovered.LONG_PAST)
    rf"{recovered.LONG_PAST}|"
    # a decade or a year said short (s42urg, blind33: "till he fell in '98 and broke his back", "in the 80s")
    r"(back )?in (the )?('?[0-9]0'?s|(19|20)[0-9]0'?s|sixties|seventies|eighties|nineties|noughties)|(back )?in '[0-9][0-9]|"
    # ... or a season of a sport or a show past (s48urg, blind48: "someone collapsed near me at the derby last season")
    r"last season(?! tickets?| pass)|the season before last|"
    rf"ages ago|ages back|donkey'?s years ago|(back )?in (19|20)\d\d|when i was (a kid|young|little)|at another (salon|shop|store)|last time|the time before|previously|in the past|as a (kid|child)|{senses.OLD_HURT})\b"
)
# A story told with "once" ("my friend once told her hairdresser '...'") is over even if the caller
# "still laughs about it".
ONCE = re.compile(
    r"\b(once|one time) (told|said|threatened|had|got|went|did|shouted|wrote|choked|fell|broke|bit|ate|swallowed|burnt|"
    r"cut|caught|took|drank|passed out|fainted|collapsed|\w+ed)\b(?! (by|with)\b)"
    # ... or after the verb: "my friend's phone exploded once" (not "once more", "once again")
    r"|\b(\w+ed|had|got|went|did|blew up|caught fire|burnt|fell|bit) once\b(?! (more|again|a|an|every|and for all|it|i|we|you)\b)"
    # ... or closing the clause: "her stylist burnt her scalp once, do you patch test?"
    r"|(?<!\bat )\bonce\s*[.!?,;]?$"
)
# A count of times said in the present perfect ("he's been sick once", "she has thrown up once"): how
# often it has happened so far, today's harm, no story told with "once" (held-out urgency blind59 had
# dropped "my dog licked some of the gel bait, he's been sick once" as over).
_ONCE_SO_FAR = re.compile(
    r"\b(?:has|have|'s|'ve)(?: already| only| just)? (?:been|thrown up|vomited|fainted|collapsed|passed out|fallen|"
    r"had a (?:fit|seizure))\b[^.!?]*\bonce\b"
)
# A clause about now, whatever past it names ("the man who hurt me last year ... he's outside").
STILL = re.compile(
    r"\b(still|since|now|again|keeps?|today|tonight|right now|currently)\b"
    r"|\b(he|she|they)('s| is| are|'re) (outside|here|at (the|my|our) (door|window|house)|back|on (his|her|their) way)\b"
)


# A thing of the business said to be better now, which tells of no harm (s43urg, blind38: "honestly the
# showers are much better now, but my husband went out on the cliff path ..."): the noun's first WordNet
# sense is no body part, state, process, person or animal ("the rash is better now" is still a harm over).
_THING_BETTER = re.compile(
    r"\bthe (?:[a-z]+ )?(?P<noun>[a-z]+) (?:is|are|'s|'re|were|was|have been|has been|seem|seems|look|looks|got|get) (?:now )?"
    r"(?:much |a lot |loads |way |so much |far |heaps |a bit |massively |definitely |miles )?(?:better|improved) now\b"
)
_HARM_CLASSES = frozenset(
    {"noun.body", "noun.state", "noun.process", "noun.person", "noun.animal", "noun.phenomenon", "noun.event"}
)


def _over(t: str) -> bool:
    """True when ``t`` says a harm is over (:data:`OVER`), a thing of the business improved aside."""
    things = [
        m.span()
        for m in _THING_BETTER.finditer(t)
        if not (
            word_classes(m.group("noun")) & _HARM_CLASSES or word_classes(m.group("noun").rstrip("s")) & _HARM_CLASSES
        )
    ]
    return any(not any(a <= m.start() < b for a, b in things) for m in OVER.finditer(t))


# A death told as past, and what it was from (s49urg, from blind44: "a wreath for my uncle's funeral please, he passed
# last week, heart attack, very sudden"): the cause names no danger now. A death told as just happening ("I think he's
# just died") or anything said of now is left to the readers.
_DEATH_PAST = re.compile(
    r"^(?!.*\b(just (died|passed)|(is|'s|has|have) died|now|having|happening|not breathing|help me|come quick|hurry)\b)"
    r"(?=.*\b(passed( away| on)?|died|lost (him|her|them))\b(?! out))"
    r"(?=.*\b(funeral|wreath|memorial|condolences?|sympathy|in memory|last (week|month|year)|(days?|weeks?|months?|years?) ago|"
    r"on (monday|tuesday|wednesday|thursday|friday|saturday|sunday)|in (january|february|march|april|may|june|july|august|"
    r"september|october|november|december))\b)"
)
_CAUSE_OF_DEATH = re.compile(
    r"\b(a |an )?(massive |sudden |bad )?(heart attack|stroke|cardiac arrest|aneurysm|seizure|overdose|anaphylaxis|"
    r"anaphylactic shock|allergic reaction|sepsis|brain bleed)\b"
)


# ... and where it happened: "he died in hospital" names the place of a death, no care needed now (s58urg, blind68, a
# funeral director: "my uncle he die in hospital, what paper you need from me?")
_DIED_AT = re.compile(
    r"\b(died|passed away|passed on|passed) (in|at) (the |a )?(hospital|hospice|a ?& ?e|icu|intensive care|care home)\b"
)
_DYING_NOW = re.compile(
    r"\b(just (died|passed)|(is|'s|are|'re) dying|now|happening|not breathing|help me|come quick|hurry)\b"
)


def strip_over(t: str) -> str:
    """``t`` without false alarms and clauses about events long over ("A&E last year")."""
    if _DEATH_PAST.search(t):
        t = _CAUSE_OF_DEATH.sub(" ", t)
    if ("died" in t or "passed" in t) and not _DYING_NOW.search(t):
        t = _DIED_AT.sub(r"\1", t)
    after = RECOVERED_AFTER.search(t)
    if after and not BACK.search(t[: after.start()]):
        t = t[after.end() :]
    if _over(t) and not (BACK.search(t) or recovered.back_now(t)):
        return ""
    if re.search(frames.CLEARED, t) and not re.search(
        r"\b(but now|now (he|she|it|they)|worse|started|since then)\b", t
    ):
        return ""
    t = FALSE_ALARM.sub(" ", t)
    # clauses: after a stop or a comma, before "so" / "but", and before "and" opening a new subject
    # ... and at a spaced dash (blind17: "my spaniel bit the postman last year — he's fine now — ...")
    clauses = re.split(
        r"(?<=[.!?;,])\s+|(?<= [—–-])\s+|\s+(?=\b(?:so|but)\b)|\s+(?=\band (?:i|he|she|we|they|it|my)\b)"
        # ... "our" and "if" too (held-out urgency blind65: "... at last year's show and if I hear nothing this week our solicitor will be issuing proceedings")
        r"|\s+(?=\band (?:our|if)\b)"
        # ... and before a second predicate of the same subject that says what is so now (urg15,
        # blind24: "had a heart attack last year and can't drive now")
        r"|\s+(?=\band (?:can'?t|cannot|couldn'?t|hasn'?t|has to|isn'?t allowed|now (?:can'?t|has|uses|needs))\b)",
        t,
    )
    story = stories.told_before(t)
    # a time that dates a clause back says nothing when the harm came back or never went ("it healed
    # last April, but it's flared up again this morning", "a rash last month and it hasn't gone away")
    back = recovered.back_now(t)
    past = [
        (bool(PAST.search(c)) and not STILL.search(c) and not back)
        or (bool(ONCE.search(c)) and not _ONCE_SO_FAR.search(c))
        or stories.elsewhere(c)
        or (story and stories.context_clause(c))
        for c in clauses
    ]
    # A time phrase said on its own ("..., years ago, ...") dates the clause before it.
    for i, c in enumerate(clauses[1:], 1):
        if past[i] and len(c.split()) <= 4:
            past[i - 1] = past[i - 1] or not STILL.search(clauses[i - 1])
    return " ".join(c for c, p in zip(clauses, past, strict=True) if not p)
