"""Choice answers that name a choice without settling on it (issue 11): the choice done
elsewhere ("we went to the other branch's pool"), a choice "or" something not listed ("the bus or
a taxi"), two choices as alternatives ("the bus or the ferry, whichever came first") and one
choice qualified by the words of another. Used by :mod:`customario.dialogue.choice_answers`
(asked again); split from it. Pure functions.
"""

from __future__ import annotations

import re
from typing import Any

from customario.dialogue import choices
from customario.dialogue.answer_core import _prep_numbers
from customario.dialogue.choice_spans import places_or  # noqa: F401  (re-exported: answer_codes, choice_answers)
from customario.dialogue.choices import match_choices_how
from customario.dialogue.spoken import numbers_in


_OR = re.compile(r"\bor\b(?!\s+(?:so|two|three|something|other|whatever|anything|not)\b)")
_DENIED_BEFORE = re.compile(r"\b(?:no|not|never|neither|nor|without|n't|didn't|haven't|wasn't)\b|n't\b")


def undecided(question: Any, t: str, codes: list[str]) -> bool:
    """True when the choices found are alternatives the caller did not choose between (a multi
    choice, :func:`_alternatives`) or two single choices run together (:func:`_qualified_by_other`)."""
    if any(_done_elsewhere(question, code, t) for code in codes):
        return True
    if codes and _or_unlisted(question, t):
        return True
    if question.type == "single_choice" and codes and _TWO_HALVES.search(t):
        return True  # "Kind of a check-up, kind of because my eyes were sore": two reasons, half each
    if question.type == "single_choice" and codes and _mix_unsettled(question, t):
        return True  # "Bit of everything, storage and the kids' toys": several uses, one named
    if question.type == "multi_choice":
        return len(codes) > 1 and _alternatives(question, t, codes)
    return len(codes) == 1 and _qualified_by_other(question, t, codes[0])


# One answer split in two halves: "kind of a check-up, kind of because my eyes were sore", "partly
# the price, partly the location", "half for work, half for fun", "a bit of both X and Y".
_TWO_HALVES = re.compile(
    r"\b(kind of|sort of|partly|part|half|somewhat|a bit)\b[^.;!?]{2,60}?[,;]\s*(?:and\s+|but\s+|but also\s+|also\s+)?"
    r"(?:also\s+)?(?:\1|kind of|sort of|partly|part|half)\b(?!\s+(?:past|an hour|a mile)\b)"
)


# "A bit of everything", "a mix of all of them", "all sorts": said to a single choice, the caller has
# several choices in mind, whichever of them they go on to name.
_MIX_OF_ALL = re.compile(
    r"\b(?:bit|bits|little|mix|mixture) of (?:everything|all of (?:them|those|it)|it all)\b|"
    r"\ball sorts\b(?! of (?!things\b|stuff\b))"
)
# One of the mix singled out as the main one: "a bit of everything, but mostly storage", "but the
# main reason was the pulling" (answers blind44).
_MAINLY = re.compile(r"\b(?:mainly|mostly|primarily|largely|chiefly|more than anything|above all|main|biggest|major)\b")


def _mix_unsettled(question: Any, t: str) -> bool:
    """True when ``t`` says the answer is a mix of everything ("Bit of everything, storage and the
    kids' toys") and singles no choice out as the main one, to a single-choice question that has no
    choice of its own for a mix ("a mix of both"): which one choice is meant is not said, however
    many of the choices the caller goes on to name (answers blind52 had read back the one it found
    and stored it). A question with a mixed choice is read by ``choice_wholes``."""
    if not _MIX_OF_ALL.search(t) or _MAINLY.search(t):
        return False
    return not any(
        re.search(r"\b(?:mix|mixed|mixture|combination|both|everything|all of)\b", c.label.lower())
        for c in question.choices
    )


# The words that may start the alternative after "or" and still leave a thing named: hedges.
_ALT_HEDGE = re.compile(
    r"^\W*(?:(?:maybe|perhaps|possibly|probably|even|could be|might be|i think|i guess|wait|"
    r"was it|is it|were they|was that|were those)\W+)+"
)
# After "or", words that start a clause or take back, not a thing: "or I'd say", "or rather".
_ALT_NOT_A_THING = re.compile(
    r"^\W*(?:i|i'?m|i'?d|we|he|she|it|they|you|that|this|there|was|is|were|rather|should|did|do|does|"
    r"not|no|none|nothing|anything|something|whatever|whichever|other|else|so|two|three|the other|all|both|"
    r"either|neither|the like|similar|thereabouts|once|twice|thrice|more|less|fewer|later|earlier|longer|"
    r"shorter|never|ever|not at all|otherwise|whenever|wherever|however)\b"
)


# Fixed binomials whose "or" offers no alternative: "I cycle, rain or shine" (answers blind45 had
# asked it again), "sooner or later", "more or less", "like it or not", "day or night".
_BINOMIAL = re.compile(
    r"\b(?:(?:come )?rain or shine|sooner or later|more or less|one way or (?:another|the other)|win or lose|"
    r"day or night|night or day|like it or not|(?:come )?hell or high water|give or take|now or never|"
    r"whether or not|wet or dry|rain or snow|snow or rain)\b"
)


def _or_unlisted(question: Any, t: str) -> bool:
    """True when a choice is said with an alternative that is no choice at all ("Sourdough, or
    maybe a brioche" when brioche is not offered; "either the kayak or the canoe, or maybe a
    paddleboard"): the caller is not sure it was the choice named, so no value is stored (asked
    again as ambiguous). The alternative is the short phrase right after "or" (hedges such as
    "maybe" left out) that names no choice of the question; a clause ("or I'd say"), a take-back
    ("or rather") or a vague word ("or something") is no alternative, nor is a fixed binomial
    (:data:`_BINOMIAL`: "rain or shine")."""
    t = _BINOMIAL.sub(" ", t)
    for m in _OR.finditer(t):
        before = re.split(r"[.!?;]", t[: m.start()])[-1]
        named = match_choices_how(question, before, deeds=False)[0]
        if _DENIED_BEFORE.search(before) or not named:
            continue
        alt = _ALT_HEDGE.sub("", re.split(r"[,.!?;]", t[m.end() :])[0]).strip()
        words = re.findall(r"[a-z][a-z'-]+", alt)
        if not words or len(words) > 3 or _ALT_NOT_A_THING.match(alt) or numbers_in(_prep_numbers(alt)):
            continue
        offered = match_choices_how(question, alt, deeds=False)[0] or choices.choices_by_stem(question, alt)
        if not offered:
            return True
        # ... or an alternative that reaches other choices only loosely ("either the full service or the
        # packing one": "packing" is in two other choices): one choice named against others offered,
        # the caller has not chosen (s48, held-out answers blind53)
        if question.type == "single_choice" and len(named) == 1 and set(offered) - set(named):
            return True
    return False


_OURS = re.compile(r"\b(?:our|us|in-house|on-site|on site|here)\b")
_ELSEWHERE = re.compile(
    r"\b(?:but|though|although|only)\b[^.!?]*?\b(?:elsewhere|somewhere else|another (?:place|one|shop|store)|"
    r"(?:at|from|through|via) (?!(?:our|your|you|the same|here|this)\b)(?:a |an |the |my |me )?[a-z'-]+)"
)


def _done_elsewhere(question: Any, code: str, t: str) -> bool:
    """True when choice ``code`` is the business's own ("a prescription from our pharmacy") and the
    caller says it was done at another place ("I got a prescription, but I filled it at Walgreens"):
    not this choice as asked, asked again."""
    label = next(c.label for c in question.choices if c.code == code).lower()
    return bool(_OURS.search(label) and _ELSEWHERE.search(t))


def _alternatives(question: Any, t: str, codes: list[str]) -> bool:
    """True when two of ``codes`` are offered as alternatives joined by "or" (a multi choice has
    no value to store: ask again), with neither side denied."""
    for m in _OR.finditer(t):
        before, after = t[: m.start()], t[m.end() :]
        clause = re.split(r"[.!?;]", before)[-1]
        if _DENIED_BEFORE.search(clause):
            continue
        left = set(match_choices_how(question, clause, deeds=False)[0]) & set(codes)
        right = set(match_choices_how(question, re.split(r"[,.!?;]", after)[0], deeds=False)[0]) & set(codes)
        if left and right and left != right:
            return True
    return False


def _qualified_by_other(question: Any, t: str, code: str) -> bool:
    """True when the one choice found is said with a word that belongs only to another choice right
    before it ("the family veggie box": "family" is the Family Box's word, "veggie box" the Veggie
    for Two): two choices run together, asked again rather than one picked."""
    chosen = next(c for c in question.choices if c.code == code)
    own_words = _choice_words(chosen)
    for name in (chosen.label, *chosen.synonyms):
        said = set(re.findall(r"[a-z][a-z'-]+", name.lower()))
        # only the names of another choice of the same kind ("family box" beside "veggie box")
        others = {
            w
            for c in question.choices
            if c.code != code
            for other in (c.label, *c.synonyms)
            if said & set(re.findall(r"[a-z][a-z'-]+", other.lower()))
            for w in _choice_words(c)
        } - own_words
        for pos in choices.phrase_positions(name, t):
            before = re.search(r"([a-z][a-z'-]+)\s+$", t[:pos])  # the word right before, same phrase
            if before and before.group(1) in others:
                return True
    return False


_FILLER_WORDS = frozenset("a an the of for to and or my our your me us it one box plan".split())


def _choice_words(choice: Any) -> set[str]:
    """The content words of a choice's label and synonyms (articles and common nouns of a plan
    name left out)."""
    words = {w for name in (choice.label, *choice.synonyms) for w in re.findall(r"[a-z][a-z'-]+", name.lower())}
    return words - _FILLER_WORDS


# Words before a choice's name that keep it that choice: articles, hedges, fillers, plain qualities.
_KEEPS_KIND = frozenset(
    """a an the some just only probably definitely maybe mostly all our my plain regular normal standard usual
    basic classic traditional proper real new old nice good great lovely brand yes yeah um uh oh well""".split()
)


def qualified_unknown(question: Any, t: str, code: str) -> bool:
    """True when a short answer names choice ``code`` by a one-word name with a word before it that
    no choice holds ("Solar tiles." to "asphalt, metal or tile?"): the qualifier may make it another
    kind of thing, so the choice is read back rather than stored at once. "Short" is the clause that
    names it: "Glamping tent, the safari one with the bed in it" to "a tent site, an RV site or a
    cabin?" is read back too (held-out blind23 stored the tent site)."""
    chosen = next(c for c in question.choices if c.code == code)
    every = {w for c in question.choices for w in _choice_words(c)} | _KEEPS_KIND
    for name in (chosen.label, *chosen.synonyms):
        if len(name.split()) != 1:
            continue
        for pos in choices.phrase_positions(name, t):
            start = max(t.rfind(p, 0, pos) for p in ",.;!?") + 1
            end = min((i for i in (t.find(p, pos) for p in ",.;!?") if i >= 0), default=len(t))
            if len(re.findall(r"[a-z][a-z'-]*", t[start:end])) > 4:
                continue
            before = re.search(r"([a-z][a-z'-]+)\s+$", t[start:pos])
            if before and len(before.group(1)) > 3 and before.group(1) not in every:
                return True
    return False
