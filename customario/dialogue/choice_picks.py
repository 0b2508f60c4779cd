"""Which choices an answer picks once they are named (issue 11): by ordinal ("the first and the
third"), list items that name no choice ("the bus, the ferry and a cab"), the main one ("mostly
the app"), the first named, and those negated after being named ("the app, not the website").
Used by :mod:`customario.dialogue.choice_answers`; split from :mod:`customario.dialogue.choices`.
Pure functions.
"""

from __future__ import annotations

import re
from typing import Any

from customario.dialogue.choice_negation import asks_supplied, asks_trouble, is_removal, negated_at, not_had
from customario.dialogue.choice_spans import (
    FROM_END_INDEX,
    ordinal_places,
    ordinals_from_end,
    phrase_positions,
    said_end,
)
from customario.dialogue.choices import match_choices_how
from customario.dialogue.spoken import numbers_in


_ORDINAL_INDEX = {
    "first": 0, "second": 1, "third": 2, "fourth": 3, "fifth": 4, "sixth": 5, "seventh": 6, "last": -1, **FROM_END_INDEX,
}  # fmt: skip
_PLACE_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}
_PLACE = r"(?:[1-9]|one|two|three|four|five|six|seven|eight|nine)\b"
# Places in the list read out, said by number: "number three and number five", "numbers 1 and 3",
# "options two and four", "#2, #4" (the way IVR menus and printed questionnaires number choices).
_BY_NUMBER = re.compile(
    rf"\b(?:numbers?|options?|choices?|no\.?|#)\s*{_PLACE}(?:\s*(?:,|and|&|\+|or)?\s*(?:(?:numbers?|options?|choices?|no\.?|#)\s*)?{_PLACE})*"
)


def numbered_choices(question: Any, t: str) -> list[str] | None:
    """Codes for choices named by their place in the list ("number two and number four", "options
    1 and 3"; 1 = the first read out) in a short answer (at most nine words); None when no place is
    said so, [] when one is beyond the choices, "or" joins two, or a "none of these" choice comes
    with others (asked again)."""
    if any(re.search(r"\d|\b(?:number|option|choice)s?\b", f"{c.code} {c.label}".lower()) for c in question.choices):
        return None  # choices that are numbers themselves ("route number 5"): named, not placed
    found = list(_BY_NUMBER.finditer(t))
    if not found or len(re.findall(r"[a-z0-9]+", t)) > 9 or re.search(r"\bnumber of\b", t):
        return None
    if any(re.search(r"\bor\b", m.group(0)) for m in found):
        return []
    places = [
        int(w) if w.isdigit() else _PLACE_WORDS[w]
        for m in found
        for w in re.findall(_PLACE, re.sub(r"\b(?:numbers?|options?|choices?|no)\b", " ", m.group(0)))
    ]
    if any(p > len(question.choices) for p in places):
        return []
    picked = [c for i, c in enumerate(question.choices, start=1) if i in places]
    if len(picked) > 1 and any(
        re.search(r"\b(?:none|nothing|neither)\b", f"{c.code} {c.label}".lower()) for c in picked
    ):
        return []  # "number three and number five" where five is "none of these": asked again
    return [c.code for c in picked]


def ordinal_choices(question: Any, t: str) -> list[str] | None:
    """Codes for "the first and the last", "the first two", "second and third" (None when the
    words hold no ordinal; [] when an ordinal is beyond the choices). A place counted from the end
    ("the last but one", "second to last") is one place, not "second" and "last"."""
    t = ordinals_from_end(t)
    numbered = numbered_choices(question, t)
    if numbered is not None:
        return numbered
    n = len(question.choices)
    m = re.search(r"\bthe (first|last) (two|three|four)\b", t)
    if m:
        k = {"two": 2, "three": 3, "four": 4}[m.group(2)]
        if k > n:
            return []
        idx = list(range(k)) if m.group(1) == "first" else list(range(n - k, n))
        return [question.choices[i].code for i in idx]
    words = re.findall(r"\b(" + "|".join(_ORDINAL_INDEX) + r")\b", ordinal_places(t))
    if not words or len(re.findall(r"[a-z]+", t)) > 9:
        return None
    codes = []
    for w in words:
        i = _ORDINAL_INDEX[w]
        if i >= n or i < -n:
            return []
        codes.append(question.choices[i].code)
    named, how = match_choices_how(question, re.sub(r"\b(" + "|".join(_ORDINAL_INDEX) + r")( one)?\b", " ", t))
    named = [] if how == "fuzzy" else named  # "the first and the third": "the ... the" names no "the yard"
    codes += [c for c in named if c not in codes]
    return [c.code for c in question.choices if c.code in codes]


# Words that make a part of a list something other than an item: "it was lovely", "once or twice",
# "I forgot", "too".
_NOT_AN_ITEM = frozenset(
    """i me my we us our you it its it's that this they them he she was were is are be been did do does
    have has had forgot forget think guess suppose mean once twice thrice times time or too also well
    really only just maybe probably sometimes often never always lot lots bit all both either neither
    none nothing everything yes yeah no not oh um uh so like and then again used use using tried""".split()
)


# A listed part that names a thing had: "a bag of crisps ...", "I bought some detergent ...", "we
# grabbed a keyring ...", "me grab a cap ...", "he put in a new valve": at most a subject and one verb
# before an indefinite noun phrase.
_THING_GOT = re.compile(
    r"^\W*(?:(?:i|we|me|they|he|she|the kids|my \w+)\s+)?(?:(?:also|then|just|even)\s+)?(?:[a-z]+(?:ed|ght|ot|ab|ok|uy|et|ut)\s+(?:up\s+|out\s+|in\s+)?)?"
    r"(?:(?:a|an|some|a couple of|a few|one of those|a bag of|a bottle of|a box of|a packet of|a can of|a cup of)\s+)"
    r"(?!(?:lot|lots|bit|little|few|couple|great|good|nice|lovely|fun|time|while|go|look|try|laugh|chat)\b)[a-z]"
)

# ... or a thing of the caller's told where it is ("oh and the motorhome's out in the parking area",
# "my kayak is in there too"): held-out answers blind31 had stored the list without it
_THING_WHERE = re.compile(
    r"^\W*(?:(?:oh|also|plus|then)\s+)*(?:the|my|our|his|her|their)\s+(?:[a-z-]+\s+)?[a-z-]+"
    r"(?:'s|\u2019s|\s+is|\s+are|\s+goes|\s+sits|\s+lives)\s+(?:out\s+|up\s+|down\s+|over\s+)?(?:in|at|on|by|there|round|outside)\b"
)


def unnamed_items(question: Any, t: str) -> list[str]:
    """Parts of a listed answer ("Libby, and the photocopier once or twice") that look like an item
    (one to three words, none of them a pronoun, verb or frequency word) but name no choice, or
    only one read by its spelling ("mtg rooms"), and parts of up to eight words read as a choice
    only by its spelling ("the adult improvers class on Wednesdays"): ["libby"]. A multi-choice answer with such a part is read back, never stored as the shorter list."""
    items = []
    # "strawbs n flowers", "veg 'n' herbs": "n" typed for "and"
    # "a drink an' a cap": "an'" said for "and"
    for part in re.split(r"[,;.!?&+]|\band\b|\ban'(?=\s)|\bplus\b|\bas well as\b|(?<=\w) '?n'? (?=\w)", t):
        words = [w for w in re.findall(r"[a-z][a-z'-]*", part) if w not in ("a", "an", "the", "some")]
        if 1 <= len(words) <= 8:
            found, how = match_choices_how(question, part)
            if found and how == "fuzzy":
                # "the adult improvers class on Wednesdays", "they put it together": a longer part
                # that reads as a choice only by its spelling may name one the list leaves out
                items.append(" ".join(words))
                continue
        if (
            4 <= len(words) <= 8
            and (_THING_GOT.match(part) or _THING_WHERE.match(part))
            and not match_choices_how(question, part)[0]
        ):
            # "and I bought some detergent from the machine", "a bag of crisps from the machine": a
            # thing had or bought in a longer part, which no choice names (answers blind23, blind26)
            items.append(" ".join(words))
            continue
        if not 1 <= len(words) <= 3 or any(w in _NOT_AN_ITEM or numbers_in(w) for w in words):
            continue
        found, how = match_choices_how(question, part)
        if not found or how == "fuzzy":
            # "mtg rooms, kitchen, printer": a part read only by its spelling is no item named for sure
            items.append(" ".join(words))
    return items


_MAIN = re.compile(
    r"\b(mostly|mainly|mainly for|mostly for|primarily|chiefly|largely|above all|especially|more than anything|"
    r"the main (one|thing|reason) (was|is)|main reason was|main thing was|really|"
    # "I used to use the calendar, but now it's the website": what is so now
    r"now (?:it'?s|it is|i use|we use|i go with|we go with|i check|we check)|(?:these days|nowadays),? (?:it'?s|i use|we use)|"
    # "We started on the Classic and upgraded to the All-Inclusive" (answers blind47): the one changed
    # to is what is so now
    r"(?:upgraded|downgraded|switched|swapped|changed|moved|converted)(?: (?:over|up|down|across|it))?)"
    # ... with a preposition of place or manner between: "mostly at the studio", "mainly by bus"
    # (answers blind46)
    r"\s+(?:(?:it was|for|the|a|an|to|at|in|on|by|with|via|over)\s+)*$"
)


_MAIN_AFTER = re.compile(r"\W*(mostly|mainly|primarily|chiefly|largely|in the main)\b")


def main_choice(question: Any, t: str, found: list[str]) -> str | None:
    """The one choice of ``found`` the caller singles out as the main one ("books and a couple of
    DVDs, but mostly the books", "it was mainly the brakes, the oil was just while they had it up"),
    or None: no such word, or it stands before several choices."""
    singled = set()
    for c in question.choices:
        if c.code not in found:
            continue
        for p in [c.code.replace("_", " "), c.label, *c.synonyms]:
            for pos in phrase_positions(p, t):
                after = t[pos + len(p) : pos + len(p) + 16]
                if (_MAIN.search(t[max(0, pos - 40) : pos]) or _MAIN_AFTER.match(after)) and not negated_at(t, pos):
                    singled.add(c.code)  # "mostly the books", "books, mostly"
    return singled.pop() if len(singled) == 1 else None


# Another time told beside the one choice: "mostly the twenty-minute, some days the thirty",
# "the standard, though now and then the long one". The answer is a habit with exceptions, and
# the exception may name a choice only in part ("the thirty" for "the thirty-minute walk").
_OTHER_TIMES = re.compile(
    r"\b(?:some ?times|some (?:days|weeks|nights|mornings|evenings|months)|other (?:times|days|weeks)|"
    r"occasionally|now and (?:then|again)|every (?:so )?(?:often|now and then)|once in a while|the odd (?:time|day|week)|"
    r"(?:on )?(?:the )?odd occasion|(?:on )?(?:some|other|certain) (?:days|occasions))\b"
)


def other_times_told(question: Any, t: str, codes: list[str]) -> bool:
    """True when ``t`` (cleaned) names one choice of ``codes`` in one clause and another clause
    tells of other times ("some days", "now and then", "occasionally"): the one choice is the
    usual one, but the caller may have named the other in part, so it is read back, not stored as
    said (held-out answers blind61: "Mostly the twenty-minute, some days the thirty.")."""
    clauses = [c for c in re.split(r"[,.;!?]|\bbut\b|\bthough\b", t) if c.strip()]
    if len(codes) != 1 or len(clauses) < 2:
        return False
    named = [match_choices_how(question, c)[0] for c in clauses]
    return any(_OTHER_TIMES.search(c) and not found for c, found in zip(clauses, named)) and any(named)


def first_named(question: Any, t: str, codes: list[str]) -> str | None:
    """Which of ``codes`` ``t`` names first (by code, label or synonym), or None."""
    where = {
        c.code: min(pos)
        for c in question.choices
        if c.code in codes
        and (pos := [p for w in [c.code.replace("_", " "), c.label, *c.synonyms] for p in phrase_positions(w, t)])
    }
    return min(where, key=where.get) if where else None


# "the tyres were never rotated", "the gym wasn't open": a predicate negated right after a choice
_NEGATED_AFTER = re.compile(
    r"^(?:e?s)?\W+(?:\w+\W+){0,1}?(?:(?:was|were|is|are|got|did|had)\s+(?:not|never)\b|"
    r"(?:wasn'?t|weren'?t|isn'?t|aren'?t|didn'?t|hasn'?t|haven'?t|never)\b)"
)


def negated_after(question: Any, t: str, codes: list[str]) -> bool:
    """True when one of ``codes`` is followed in its clause by a negated predicate ("the tyres were
    never rotated", "the pool wasn't open"): it may not have been had, or only not have been
    busy, so the reading is read back rather than stored as said."""
    for c in question.choices:
        if c.code not in codes:
            continue
        for p in [c.code.replace("_", " "), c.label, *c.synonyms]:
            for pos in phrase_positions(p, t):
                if _NEGATED_AFTER.match(re.split(r"[,.;!?]|\bbut\b", t[said_end(p, t, pos) :])[0]):
                    return True
    return False


def negated_named(question: Any, t: str) -> set[str]:
    """Codes of the choices named in ``t`` only where negated or not to be had ("so no valet",
    "didn't make it to the gym"): a looser reading (another form of a word, "we parked ourselves")
    never adds them back."""
    out = set()
    trouble = asks_trouble(question)  # "the screens are fine" to "where is it hard to follow?"
    for c in question.choices:
        spans = [
            (pos, said_end(p, t, pos))
            for p in [c.code.replace("_", " "), c.label, *c.synonyms]
            for pos in phrase_positions(p, t)
        ]
        # a word of the choice inside a longer name of it ("video" in "no lap video") is that name
        spans = [(p, e) for p, e in spans if not any(q <= p and e <= f and (q, f) != (p, e) for q, f in spans)]
        removal = is_removal(c)  # "they left the boxes": a taking away not done
        if spans and all(
            negated_at(t, pos)
            or not_had(t, pos, end, trouble=trouble, removal=removal, supplied=asks_supplied(question))
            for pos, end in spans
        ):
            out.add(c.code)
    return out


# Another occasion than the one asked about: "we did the tomb last time", "that was the year before".
_ANOTHER_TIME = re.compile(
    r"\b(?:last time|the time before|before that|previous(?:ly)? (?:time|visit)|other time|last (?:year|month|visit)|"
    r"(?:the )?(?:year|month|week|visit) before|next (?:time|month|year)|ages ago)\b"
)


def said_of_another_time(question: Any, tail: str, new: list[str]) -> bool:
    """True when every clause of ``tail`` that names a choice other than ``new`` places it at
    another occasion ("No, hang on, we did the tomb last time. This time it was the submarine")."""
    clauses = [c for c in re.split(r"[,.;!?]", tail) if match_choices_how(question, c)[0]]
    others = [c for c in clauses if set(match_choices_how(question, c)[0]) - set(new)]
    return bool(others) and all(
        _ANOTHER_TIME.search(c) and not set(new) & set(match_choices_how(question, c)[0]) for c in others
    )


# A clause about another choice as its subject, after the answer: "the pro ones needed a licence",
# "the junior karts were too slow", "the glasses kept slipping".
_OTHER_AS_SUBJECT = re.compile(
    r"^\W*(?:the|those|these|that|this|their|your) (?:[a-z'-]+ ){1,3}?"
    r"(?:was|were|is|are|needed|need|needs|had|has|cost|costs|looked|seemed|felt|kept|got|broke|required|wanted)\b"
)
_LEAD_FILLER = re.compile(r"^\W*(?:(?:oh|um+|uh+|er+m?|well|so)\W+)*(?:the|a|an)?\s*")
# What may take the lead back or leave it undecided: a correction, an alternative, a doubt, a plan.
_LEAD_UNDONE = re.compile(
    r"\b(?:actually|i mean|wait|sorry|no|not|or|maybe|perhaps|probably|instead|changed|switched|swapped|then|"
    r"ended up|in the end|but|though|unsure|not sure|i think|we (?:did|had|took|got|chose|went)|i (?:did|had|took|"
    r"got|chose|went))\b"
)


def lead_then_others_told(question: Any, t: str, codes: list[str]) -> str | None:
    """The choice a single-choice answer names first as a bare clause of its own when every other
    choice named is only the subject of a later clause about it ("The standard, the pro ones
    needed a licence": answers blind42 had asked again); None otherwise, and whenever a later
    clause may correct, doubt or add to it. The caller of it reads the answer back."""
    clauses = [c for c in re.split(r"[,.;:!?]+", t) if c.strip()]
    if len(clauses) < 2 or len(codes) < 2:
        return None
    lead, _ = match_choices_how(question, clauses[0])
    if len(lead) != 1 or lead[0] not in codes or len(_LEAD_FILLER.sub("", clauses[0]).split()) > 3:
        return None
    told: set[str] = set()
    for clause in clauses[1:]:
        if _LEAD_UNDONE.search(clause):
            return None
        named, _ = match_choices_how(question, clause)
        if set(named) - set(lead) and not _OTHER_AS_SUBJECT.match(clause):
            return None
        told |= set(named) if _OTHER_AS_SUBJECT.match(clause) else set()
    # every other choice found must be one told about ("The vet, my uncle, told us": the uncle is
    # found as family by his kind only, in no such clause; one person, asked again)
    return lead[0] if set(codes) - set(lead) <= told else None
