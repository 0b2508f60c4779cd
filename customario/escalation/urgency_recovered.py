"""A harm told as over: a time a month or more back and a recovery said (issue 11).

Callers mention an old injury or reaction as the background to a booking or a safety question
("I broke my wrist at your place three summers back, fully mended now, is the rope bridge still
there?", "Last March I got a bit of a rash after your visit, it cleared in a day"). Every urgency
corpus from blind to blind24 labels these normal when a recovery is said and the time is long enough
ago; the readers of :mod:`customario.escalation.urgency` knew only some of the ways of saying either.

- :data:`LONG_PAST` is a time phrase that dates a clause a month or more back, by the grammar of
  English time adverbials rather than by a list of sentences: "last" before a month, a season or a
  yearly holiday ("last March", "last Christmas"), "the summer before last", a count of months,
  years, seasons or yearly holidays with "ago", "back" or "before" ("three summers back", "two
  Christmases ago"), and a month after "in" ("in February"). Weeks and days are left out: "last week" is still news.
- :func:`recovery_said` finds a recovery by meaning: a verb whose WordNet 3.0 base form is in the
  synsets of getting well or going away (:data:`_RECOVERY_SENSES`: heal/mend, recover/recuperate/
  convalesce, disappear/vanish/go away, subside/lessen, fade, abate/die away/let up), a change of
  state told with how long it took ("it cleared in a day", "went down overnight", "settled within an
  hour": a verb of change followed by a duration), or a set phrase of being whole again ("good as
  new", "all gone", "back to normal").
- :func:`long_over` is both together, with nothing said to be happening now (a sign still there,
  "again", "worse", "but now", "today").

Shapes: every function takes the normalised, lower-case line (str) and returns a bool; WordNet
missing means only the phrases are read. Tests in the team's own phrasings are in
``tests/test_recovery_urg15.py``.
"""

from __future__ import annotations

import re
from functools import lru_cache

_MONTHS = r"january|february|march|april|may|june|july|august|september|october|november|december"
_SEASONS = r"spring|summer|autumn|fall|winter"
_YEARLY = r"christmas|easter|half-term|half term|bank holiday|new year|halloween|bonfire night"
_COUNT = (
    r"a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a couple of|a couple|couple of|"
    r"a few|few|several|some|many|\d+"
)
_UNITS = r"years?|months?|summers?|winters?|springs?|autumns?|seasons?|christmases|easters|terms?"
LONG_PAST = (
    rf"\blast (?:{_MONTHS}|{_SEASONS}|{_YEARLY})\b"
    rf"|\bthe (?:{_SEASONS}|{_YEARLY}|year|month) before last\b"
    rf"|\b(?:{_COUNT}) (?:{_UNITS}) (?:ago|back|before)\b"
    # a month named after "in" ("in May" only with "back" or a year: "in may" is also a modal)
    rf"|\b(?:back )?in (?:{_MONTHS.replace('may|', '')})\b|\bback in may\b|\bin may (?:last year|this year|20\d\d)\b"
)
_LONG_PAST = re.compile(LONG_PAST)

# (lemma, sense number in WordNet 3.0 index.verb): the synsets of getting well or going away.
_RECOVERY_SENSES = (
    ("heal", 1),  # heal, mend: "heal or recover"
    ("convalesce", 1),  # convalesce, recover, recuperate: "get over an illness or shock"
    ("disappear", 1),  # disappear, go away, vanish: "get lost, as without warning or explanation"
    ("subside", 1),  # lessen, subside: "wear off or die down"
    ("fade", 3),  # fade, blow over, pass off, ...: "disappear gradually"
    ("abate", 2),  # abate, die away, let up, ...: "become less in amount or intensity"
)
_MAX_SENSES = 6
# Without WordNet: the lemmas of those synsets as WordNet 3.0 gives them.
_FALLBACK = frozenset(
    "heal mend convalesce recover recuperate disappear vanish subside lessen fade abate".split()
    + ["go away", "die away", "let up", "blow over", "pass off"]
)
# A verb of change with how long it took: "cleared in a day", "went down overnight".
_DURATION = (
    r"(?:in|within|after|over|inside) (?:a|an|one|two|three|four|five|a few|a couple of|\d+|half an?)"
    r" (?:day|days|hour|hours|week|weeks|night|nights|morning)\b|overnight\b|by the (?:next|following) (?:day|morning)\b"
    r"|the (?:next|following) (?:day|morning)\b"
)
_CHANGED = re.compile(
    rf"\b(?:cleared|clear(?:ed)? up|went down|gone down|settled|calmed down|died down|eased|faded|went away|gone away|"
    rf"wore off|worn off|disappeared|vanished)(?: up| off| down)?(?: completely| totally| fully)? {_DURATION}"
)
_WHOLE = re.compile(
    r"\b(?:(?:as )?good as new|all gone|back to normal|right as rain|no (?:lasting )?(?:damage|harm|mark|scar)s?(?: left)?"
    r"|(?:fully|completely|totally) (?:better|recovered|fine))\b"
)
# Said to be happening now: the harm is not over.
_NOW = re.compile(
    r"\b(?:again|worse|but now|since then|today|tonight|this (?:morning|afternoon|evening)|right now|just now|"
    r"still (?:hurts?|hurting|sore|swollen|itch\w*|bleed\w*|red|aching|painful|numb|tingl\w*|stiff|weak|bruised|throbbing|"
    r"scarred|marked|(?:has|have|got|gets|can'?t|cannot|not|isn'?t|doesn'?t|won'?t)))\b"
)
# The harm back or never gone: "it's flared up again", "it came back", "it hasn't gone away".
_BACK_NOW = re.compile(
    r"\b(?:flar\w+ up|(?:it|it'?s|it has|it had|they'?ve|they have) (?:came|come|comes|coming|been coming) back|it'?s back|(?:came|come|coming) back (?:again|worse)|(?:happened|started|starting|doing it|at it) again"
    r"|(?:has|have|had|is|was|were|are|does|did)(?:n'?t| not| never) (?:\w+ )?(?:healed|mended|cleared|gone|went|settled|improved|"
    r"got better|getting better|recovered)|(?:never|not) (?:fully |properly |really )?(?:healed|mended|cleared up|gone away|recovered))\b"
)


def back_now(t: str) -> bool:
    """True when ``t`` says the harm came back or never went ("it's flared up again", "it came back",
    "it hasn't gone away", "never healed properly"): a clause dated back is not over then."""
    return bool(_BACK_NOW.search(t))


@lru_cache(maxsize=1)
def _recovery_lemmas() -> frozenset[str]:
    from customario.escalation import wordnet

    wn = wordnet.load()
    if wn is None:
        return _FALLBACK
    out = frozenset().union(*(wn.sense_lemmas(lemma, "verb", sense) for lemma, sense in _RECOVERY_SENSES))
    # a lemma of many senses ("pass": 25, "slack": 8) or first a noun ("fleet") says nothing alone
    return (
        frozenset(
            w
            for w in out
            if " " in w
            or (wn.sense_count(w, "verb") <= _MAX_SENSES and wn.sense_count(w, "noun") <= wn.sense_count(w, "verb"))
        )
        or _FALLBACK
    )


def _verb_lemmas(word: str) -> list[str]:
    from customario.escalation import wordnet

    wn = wordnet.load()
    return wn.lemmas(word, "verb") if wn is not None else [word]


def recovery_said(t: str) -> bool:
    """True when ``t`` says a harm got better or went away (see the module docstring)."""
    if _CHANGED.search(t) or _WHOLE.search(t):
        return True
    lemmas = _recovery_lemmas()
    words = re.findall(r"[a-z]+", t)
    for i, word in enumerate(words):
        for lemma in _verb_lemmas(word):
            if lemma in lemmas or (i + 1 < len(words) and f"{lemma} {words[i + 1]}" in lemmas):
                return True
    return False


def long_past(t: str) -> bool:
    """True when ``t`` dates something a month or more back (:data:`LONG_PAST`)."""
    return bool(_LONG_PAST.search(t))


def long_over(t: str) -> bool:
    """True when ``t`` tells a harm a month or more back with a recovery said and nothing now."""
    return long_past(t) and recovery_said(t) and not (_NOW.search(t) or back_now(t))
