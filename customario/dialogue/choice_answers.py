"""Choice answers to survey questions (``single_choice`` / ``multi_choice``): which choices the
caller names, by label, synonym, ordinal, deed or a word's stem, what a self-correction or a "no"
takes back, "all of them except ...", "none", and a choice declined in its own clause. Used by
:func:`customario.dialogue.answers.normalise` (moved out of ``answers.py`` unchanged when it grew
past 530 lines); pure functions, no I/O.
"""

from __future__ import annotations

import re
from typing import Any

from customario.dialogue import (
    choice_verdicts,
    choice_compounds,
    concord,
    choice_both,
    choice_described,
    choice_instruments,
    choice_kinds,
    choice_middle,
    choice_people,
    choice_picks,
    choice_wholes,
    choice_words,
    choices,
)
from customario.dialogue.answer_core import (
    LENIENT_METHODS,
    Normalised,
    _HEDGES,
    _any,
    _self_corrected_tail,
    _valid,
)
from customario.dialogue.choice_many import (  # noqa: F401  (_none_said re-exported: tests name it here)
    _DECLINED,
    _NOTHING_ELSE,
    _both_of_a_kind,
    _many_choices,
    _namer,
    _none_choices,
    _none_said,
    _only_those,
    _without_declined,
)
from customario.dialogue.choice_picks import unnamed_items
from customario.dialogue.choice_undecided import qualified_unknown, undecided
from customario.dialogue.choices import match_choices, match_choices_how, without_compounds
from customario.dialogue.choice_spans import word_stem
from customario.dialogue.codes import is_dont_know


def _normalise_choice(question: Any, t: str, _read_before: frozenset[str] = frozenset()) -> Normalised:
    """The choice answer ``t`` (cleaned text) names, as a :class:`Normalised`. ``_read_before``
    holds the texts this answer has already been read as, so that two rewrites that undo each other
    (initials written out, then the letters joined again) are read once and never loop."""
    labels = ", ".join(c.label for c in question.choices)
    t = choice_wholes.without_opening(question, without_compounds(question, t))
    t = choice_words.elided_alternative(question, t)  # "grade three or four": two grades named
    t = choice_words.letters_joined(question, t)  # "V I P", "S M S": a choice's word spelt out
    t = _THING_SAID.sub(r"\1 one", t)  # "the first thing you said" is the first one (answers blind44)
    reread = _read_otherwise(question, t, _read_before | {t})
    if reread is not None:
        return reread
    whole = choice_wholes.answer_as_a_whole(question, t, labels, _none_choices(question))
    middle = choice_middle.middle_choice(question, t) if whole is None else None
    whole = _chosen(question, [middle], "inferred", labels) if middle else whole  # "Not too tight, not too loose"
    # "Concert yes, jam no, recording yes": each choice given its own verdict (read back)
    ticked = choice_verdicts.ticked(question, t, lambda q, words: match_choices_how(q, words)[0]) if not whole else None
    whole = _chosen(question, ticked, "inferred", labels, t) if ticked else whole
    if whole is not None:
        return whole
    if question.type == "multi_choice":
        t = _both_of_a_kind(question, _only_those(question, t))
        many = _many_choices(question, t, labels)
        if many is not None:
            return many
    codes, method = match_choices_how(question, t)
    if method == "fuzzy" and (told := choice_kinds.theft_told(question, t)):
        codes, method = told, "inferred"  # "someone broke into the van" is no misspelt "broken"
    other = choice_words.the_other(question, t, _namer(question)) if question.type == "single_choice" else None
    if other is not None:
        # "Not the east one, the other branch": never the one ruled out; the other one, read back
        return _chosen(question, other, "inferred", labels)
    codes, method = _by_words(question, t, codes, method)
    declined: set[str] = set()
    if question.type == "multi_choice" and len(codes) > 1:
        # ... and without a choice that was only the tool ("gouged the wall with the bed frame", read back)
        kept, method = choice_instruments.without_tools(question, t, *_without_declined(question, t, codes, method))
        declined, codes = set(codes) - set(kept), kept
    if (
        (self_said := _self_described(question, t, codes, labels)) is not None
        or undecided(question, t, codes)
        or choice_words.named_by_code_only(question, t, codes)
        or choice_both.another_by_its_head(question, t, codes)  # "Servicing and also top up gas."
    ):
        # "Either a filling or an extraction", "the family veggie box", "Card." beside "credit or
        # debit card" and "prepaid laundry card": no one value to store
        return self_said or Normalised(
            "invalid", reason=f"one or more of: {labels}" if len(codes) > 1 else f"one of: {labels}"
        )
    codes, method = _after_self_correction(question, t, codes, method)
    method = _method_checked(question, t, codes, _method_said(t, method))
    if question.type == "multi_choice" and codes:
        codes, method = _with_listed(question, t, codes, method, declined)
    more = choices.choices_by_stem(question, t) if question.type == "multi_choice" and codes else []
    if more:
        negated = choice_picks.negated_named(question, t)
        more = [c for c in more if c not in negated and c not in declined]  # "we parked, so no valet"
    if set(more) - set(codes) and not set(codes) & set(_none_choices(question)):
        # "The packers and the cleaners": one named, one by another form of its word (read back)
        codes, method = [c.code for c in question.choices if c.code in codes or c.code in more], "inferred"
    extra = _in_other_clauses(question, t, codes) if question.type == "multi_choice" and codes else []
    if extra:
        extra = [c for c in extra if c not in choice_picks.negated_named(question, t) and c not in declined]
    if extra:
        # "A medication review, and they do deliver to me now", "blood pressure. Oh, and the flu
        # one": a clause of its own names another choice loosely; both, read back.
        codes, method = [c.code for c in question.choices if c.code in codes or c.code in extra], "inferred"
    if question.type == "single_choice" and len(codes) == 1 and method not in LENIENT_METHODS:
        # "A leaking radiator": a short answer naming one choice beside another choice's word
        # ("leak") in another form; in a longer story such a word is mostly incidental.
        # "Mostly the twenty-minute, some days the thirty": other times told beside it. Both read back.
        # "The premium tasting.": the named choice's word beside a word only another choice's
        # names hold (its synonym "premium tour"; answers blind68 had stored the tasting tour)
        short = len(t.split()) <= 5
        if (
            short
            and set(choices.choices_by_stem(question, t) + choice_words.distinctive_named(question, t)) - set(codes)
        ) or choice_picks.other_times_told(question, t, codes):
            method = "inferred"
    # "My cousin, who happens to be my GP, told me to go": two choices, asked again unless one is
    # singled out below
    codes = choice_kinds.with_person_of_another(question, t, codes)
    if question.type == "single_choice" and len(codes) > 1:
        # "Books and a couple of DVDs, but mostly the books": one choice singled out as the main one;
        # "the car and the van" to "a car, a van, or both?": the choice that is the two together.
        main = (
            choice_both.combined(question, t, codes)
            or choice_picks.main_choice(question, t, codes)
            or choice_kinds.main_leg(question, t, codes)
            # "The standard, the pro ones needed a licence": the other only told about
            or choice_picks.lead_then_others_told(question, t, codes)
        )
        if main:
            codes, method = [main], "inferred"
    if not codes:
        # "Had to print my boarding pass", "They packed everything": a form of a choice's own word
        # "broke into the car" is a theft told before it is a form of "broke"
        codes = (
            choice_kinds.theft_told(question, t) or choices.choices_by_stem(question, t) or _thing_named(question, t)
        )
        # "A pretzel" (a kind of food), "a pipe burst" (burst pipe), "they nicked my bike" (theft)
        codes = codes or choice_kinds.named_otherwise(question, t)
        # "Me mate Dave put me onto you", "through a colleague": the choice of people one knows
        codes = codes or choice_people.person_known(question, t)
        # "The one that barks", "the dark one and the fruity one": described, WordNet definitions
        codes = codes or choice_described.described(question, t)
        # "The regular kind, where they fill the bag": a word only one choice's names hold
        codes = codes or choice_words.distinctive_named(question, t)
        # "It was for my little shih tzu, Biscuit.": a thing owned, named by its kind (read back)
        codes = codes or choice_kinds.possessed_kind(question, t)
        codes = [c for c in codes if c not in choice_picks.negated_named(question, t)]  # "never tried the electric one"
        if question.type == "single_choice" and len(codes) > 1:
            codes = []
        method = "inferred" if codes else method
    return _chosen(question, codes, method, labels, t)


# A place in the list said as "thing" or "item" of what was read out: "the first thing you said",
# "the last item on your list".
_THING_SAID = re.compile(
    r"\b(first|second|third|fourth|fifth|last) (?:thing|item)\b"
    r"(?= (?:you|u) (?:said|mentioned|listed|read out|named|read)\b| (?:on|in) (?:the|your) list\b)"
)


def _read_otherwise(question: Any, t: str, read_before: frozenset[str]) -> Normalised | None:
    """The answer read again as something the caller meant but did not say, read back when
    valid: a compound that is no kind of its head's choice ("Root beer." is a soft drink,
    :mod:`customario.dialogue.choice_compounds`), a choice's word owning a person ("I'm the
    captain's wife": not the captain), a negative concord said as its one negation ("I didn't take
    nothing home", :mod:`customario.dialogue.concord`), a weekday said as a rate ("Every Monday" to "how
    often?"); None when neither applies, or when the reading is one the answer was already read
    as (``read_before``)."""
    plain, swapped = choice_compounds.resolved(question, t)
    if not swapped:
        plain, swapped = choice_compounds.without_owners(question, t)
    if not swapped and concord.has_concord(t):
        # "I didn't take nothing home": negative concord, one negation (answers blind41), said in
        # standard English ("I didn't take anything home") or as the pronoun's own ("took nothing")
        read = None
        for plain in (concord.standard_negation(t), concord.single_negation(t)):
            if plain in read_before:
                continue
            read = _normalise_choice(question, plain, read_before | {plain})
            if read.status == "valid":
                return _valid(read.value, "inferred")
        return read
    if not swapped:
        # "Every Monday" to "how often?"; "puzzles n the gm": a choice's name by its initials
        plain = choice_words.initials_spelt(question, choice_kinds.weekday_as_rate(question, t))
        plain = choice_words.device_as_means(question, plain)  # "used my phone to log onto your website"
        if plain == t:
            return None
    if plain in read_before:
        return None
    read = _normalise_choice(question, plain, read_before | {plain})
    return _valid(read.value, "inferred") if read.status == "valid" else read


def _after_self_correction(question: Any, t: str, codes: list[str], method: str) -> tuple[list[str], str]:
    """(codes, method) once a self-correction is taken into account: what follows "no wait",
    "actually" counts ("Whichever is cheapest... no, the Plus"); the same single choice named on
    both sides of it is read back ("the jab, no, hold on, the jab was the week before")."""
    tail = _self_corrected_tail(t)
    if question.type == "multi_choice" and re.search(r"\bno\s*$", t[: t.rfind(tail)]):
        later = match_choices_how(question, "no " + tail)[0]
        negated = choice_picks.negated_named(question, t)
        first = match_choices_how(question, re.split(r"[,.;!?]", tail)[0])[0]
        if not later or set(later) <= negated or (first and set(first) <= negated):
            # "gym and pool, no sauna", "the cleaning and the whitening, no x-rays": "no" straight
            # before a choice (no comma after it, as in "x-rays, no, whitening") leaves that choice
            # out; nothing is taken back (answers blind5, blind31, blind35 write it so); "no
            # mackerel, no cod, just a pollock": each "no" before a choice (answers blind37)
            tail = t
            codes = [c for c in codes if c not in negated]
    if tail != t:
        # "Whichever is cheapest... no, the Plus", "Online. No wait, I phoned it in": what follows
        # the self-correction counts ("..., oh and the ferry too" adds to what came before).
        later, how = match_choices_how(question, tail)
        if question.type == "single_choice" and len(later) > 1 and how != "fuzzy":
            # "A filling. Oh, no, sorry, it was the extraction, the filling is next month": the
            # choice taken back is named again as an aside; the one new choice is the answer.
            before = match_choices_how(question, t[: t.rfind(tail)])[0]
            new = [c for c in later if c not in before]
            if (
                before
                and len(new) == 1
                and set(later) - set(new) <= set(before)
                and not re.search(r"\bor\b", tail)
                and (
                    choice_picks.first_named(question, tail, later) == new[0]
                    or choice_picks.said_of_another_time(question, tail, new)
                )
            ):
                later = new
        if question.type == "single_choice" and later == codes and how != "fuzzy" and not re.search(r"\bor\b", t):
            # "The jab, and then, no, hold on, the jab was the week before": the choice taken back is
            # the one named again, so what is meant is unclear (read back, never stored as said).
            method = "inferred"
        if later and (question.type == "multi_choice" or len(later) == 1) and how != "fuzzy" and later != codes:
            if question.type == "multi_choice" and re.search(r"\b(too|also|as well|plus)\b", tail):
                later = [c.code for c in question.choices if c.code in codes or c.code in later]
            codes, method = later, "self-corrected"
    return codes, method


_CLAUSE_SPLIT = re.compile(r"[.!?;]+|,\s*(?:and|oh|plus|also)\b|\band (?:they|we|i|the|also)\b|\s(?:n|&|\+)\s")


def _in_other_clauses(question: Any, t: str, codes: list[str]) -> list[str]:
    """Choices (not in ``codes``) that a clause of ``t`` names only loosely (a typo or another form
    of a choice's word, "the flu one", a kind of its thing: "hydrangeas" for plants) while no clause
    names them exactly; [] when none, or a clause with a loose match also declines or negates it.
    A clause that names a choice exactly is also looked into by its short parts after a comma that
    name no choice even by spelling: by a kind of a choice's thing only."""
    found: list[str] = []
    parts: list[str] = []
    for clause in [c.strip(" ,") for c in _CLAUSE_SPLIT.split(t)]:
        if not clause or _DECLINED.search(clause) or re.search(r"\b(?:not|never|didn'?t|wasn'?t|no)\b", clause):
            continue
        named, how = match_choices_how(question, clause)
        if named and how != "fuzzy":
            # named exactly: the whole-answer reading has already counted it; a short part of it
            # after a comma may name another by a kind of its thing ("I went to the loo, bought a
            # tea, and ...")
            # (an infinitive of purpose, "the computers, to apply for jobs", says why, not what)
            parts += [
                p.strip()
                for p in clause.split(",")[1:]
                if 0 < len(p.split()) <= 5 and not re.match(r"\s*(?:in order )?to [a-z]+\b", p)
            ]
            continue
        # "..., and they crushed my hydrangeas": a kind of one choice's thing (WordNet, read back)
        loose = named or _thing_named(question, clause) or choice_kinds.kind_named(question, clause)
        loose = loose or choice_people.person_known(question, clause)  # "a mate from work, and the poster"
        # "Mud leads on the stumps and the back door was sticking": one distinctive word of a choice
        # in a clause of its own (answers blind62 had stored the mud tubes alone)
        loose = loose or (_loosely(question, clause) if len(clause.split()) <= 6 else [])
        found += [c for c in loose if c not in codes and c not in found]
    for part in parts:
        if not match_choices_how(question, part)[0]:  # "what do you call it" is no phone call
            found += [c for c in choice_kinds.kind_named(question, part) if c not in codes and c not in found]
    return found if len(found) == 1 else []


_VAGUE = re.compile(
    r"\b([a-z][a-z-]{2,}) (?:thing|thingy|thingamajig|one|stuff|bit|whatsit|doodah|doohickey|jobby|do)\b"
)
_NOT_NAMING = frozenset("the a an this that other same usual last first second new old big little whole".split())


def _thing_named(question: Any, t: str) -> list[str]:
    """ "Took my daughter to the puppet thing", "the tyre thingy": a choice named by the first word of
    its label or synonym and a vague noun, when exactly one choice has that word (read back)."""
    found: list[str] = []
    for m in _VAGUE.finditer(t):
        word = m.group(1)
        if word in _NOT_NAMING:
            continue
        hits = {
            c.code
            for c in question.choices
            for name in (c.label, *c.synonyms)
            if len(name.split()) > 1 and re.sub(r"^(?:a|an|the)\s+", "", name.lower()).split()[0] == word
        }
        if len(hits) == 1 and not set(hits) <= set(found):
            found += sorted(hits)
    return found


# "I'm his auntie", "I am their grandad", "I'm the boy's uncle": who the caller says they are.
_SELF_NAMED = re.compile(r"\bi(?:'?m| am) (?:his|her|their|the \w+'s) ([a-z]+)\b")
_OTHERS = re.compile(r"\b(?:his|her|their) $")


def self_named(question: Any, t: str, codes: list[str]) -> str | None:
    """When the caller says who they are ("I'm his auntie") and every word of the choices found in
    ``codes`` is said only of someone else ("... while his parents work abroad"): the code the
    self-description names ("auntie" → the other-relative choice, to read back), or "" when it
    names none (asked again). None when the caller does not describe themselves so, or a choice
    found is also said of the caller: the parent choice is then the parents', not the caller's."""
    m = _SELF_NAMED.search(t)
    if m is None or not codes:
        return None
    own = match_choices(question, m.group(1))
    others = [c for c in codes if c not in own]
    if not others:
        return None
    by_code = {c.code: c for c in question.choices}
    for code in others:
        c = by_code[code]
        stems = {word_stem(w) for p in [c.label, *c.synonyms] for w in re.findall(r"[a-z]{3,}", p.lower())}
        hits = [w for w in re.finditer(r"[a-z']+", t) if word_stem(w.group(0)) in stems - {"the", "and", "other"}]
        if not hits or any(not _OTHERS.search(t[max(0, w.start() - 8) : w.start()]) for w in hits):
            return None
    return own[0] if len(own) == 1 else ""


def _self_described(question: Any, t: str, codes: list[str], labels: str) -> Normalised | None:
    """ "I'm his auntie, I look after him while his parents work abroad" to "are you a parent or
    another relative?": who the caller says they are, read back, or asked again when that names
    no choice (:func:`self_named`); None otherwise."""
    named = self_named(question, t, codes) if question.type == "single_choice" else None
    if named is None:
        return None
    return (
        _chosen(question, [named], "inferred", labels) if named else Normalised("invalid", reason=f"one of: {labels}")
    )


# The answer opens by saying it is more than one: "Both, ...", "A bit of both", "All of them".
# ("Both my kids take lessons" says nothing of the kind: "both" alone, "both X and Y" or "of them")
_BOTH_SAID = re.compile(
    r"^\W*(?:(?:well|um+|uh+|oh|honestly)\W+)*(?:both\b(?=\s*(?:[,.;:!?-]|$|really\b))|"
    r"both (?:the |my |our |his |her |their )?\w+(?: \w+)? and\b|a bit of both\b|(?:all|both) of (?:them|those|the above)\b)"
)


def _chosen(question: Any, codes: list[str], method: str, labels: str, t: str = "") -> Normalised:
    """The reading of the choices found: one for a single choice, one or more for a multi choice,
    never a none choice beside others ("a rattle and nothing" is asked again), unless the none is
    only the caller's own share beside another's (``t``: "My son got a sea bass, I got nothing",
    read back)."""
    if question.type == "single_choice":
        if len(codes) == 1 and not (_BOTH_SAID.match(t) and not choice_both.parts_of(question)):
            return _valid(codes[0], method)
        # "Both, I opened an account and asked about a loan": two said where one is asked, though
        # only one was recognised (answers blind45 had stored the loan)
        return Normalised("invalid", reason=f"one of: {labels}")
    if len(codes) > 1 and set(codes) & set(_none_choices(question)):
        others = choice_wholes.others_beside_own_nothing(t, codes, _none_choices(question))
        return _valid(others, "inferred") if others else Normalised("invalid", reason=f"one or more of: {labels}")
    return _valid(codes, method) if codes else Normalised("invalid", reason=f"one or more of: {labels}")


def _method_checked(question: Any, t: str, codes: list[str], method: str) -> str:
    """``inferred`` (read back) instead of a plain ``method`` when a choice is said with a negated
    predicate ("brake pads, the tyres were never rotated"), after "nothing else" with more words
    ("Nothing else, just the consult") or, on a multi choice, beside a listed item that names no
    choice ("Libby, and the photocopier"); ``method`` otherwise."""
    if not codes or method in LENIENT_METHODS:
        return method
    if choice_picks.negated_after(question, t, codes):
        return "inferred"
    if question.type == "single_choice" and len(codes) == 1 and qualified_unknown(question, t, codes[0]):
        return "inferred"  # "Solar tiles." to "asphalt, metal or tile?": maybe another kind (read back)
    if _NOTHING_ELSE.match(t) and re.search(r"[,;.]\s*\w", t):
        return "inferred"  # "Nothing else, just the consult": what else is said may be a choice (read back)
    if question.type == "multi_choice" and len(codes) > 1 and _hedged_part(question, t, codes):
        return "inferred"
    return "inferred" if question.type == "multi_choice" and unnamed_items(question, t) else method


# A hedge or an intention in one clause of a list: "the video, and maybe the album", "I'm fixing to
# use the bike room once it warms up, but right now just the kitchen".
_HEDGE_OR_PLAN = re.compile(
    r"\b(maybe|possibly|perhaps|might|probably|not sure|fixin'?|fixing to|going to|gonna|plan(?:ning)? to|"
    r"thinking (?:of|about)|hope to|hoping to|once|someday|some day|eventually|next (?:time|year|month|week))\b"
)


def _hedged_part(question: Any, t: str, codes: list[str]) -> bool:
    """True when a clause of a multi-choice answer names some of ``codes`` (not all) beside a hedge
    or an intention ("the video, and maybe the album"; "fixing to use the bike room once it warms
    up, but right now just the kitchen"): the list is read back, never stored as said."""
    for clause in re.split(r"[,;.!?]|\bbut\b", t):
        if not _HEDGE_OR_PLAN.search(clause):
            continue
        named = match_choices_how(question, clause)[0]
        if named and set(named) < set(codes):
            return True
    return False


def _by_words(question: Any, t: str, codes: list[str], method: str) -> tuple[list[str], str]:
    """(codes, method) when nothing or only a fuzzy guess names a choice: one distinctive word
    ("East.", "the light thing"), or declining the offer ("Don't bother, I'll remember myself" is
    the choice that means none); both read back."""
    if method == "fuzzy" or not codes:
        by_word = choice_words.word_named(question, t)
        codes, method = (by_word, "inferred") if by_word else (codes, method)
    if not codes:
        codes = choice_words.declined(question, t)
        method = "inferred" if codes else method
    return codes, method


def _method_said(t: str, method: str) -> str:
    """``hedged`` for a choice named with a hedge ("probably the bus"), ``inferred`` beside "I
    forgot" or "not sure" (read back); ``method`` otherwise."""
    if method in ("exact", "phrase") and _any(_HEDGES, t):
        method = "hedged"
    if method not in LENIENT_METHODS and is_dont_know(t):
        method = "inferred"
    return method


def _with_listed(
    question: Any, t: str, codes: list[str], method: str, declined: set[str] = frozenset()
) -> tuple[list[str], str]:
    """(codes, method) with the items of a list named by one distinctive word or loosely
    (:func:`_loosely`) beside those named by name ("The light and the leak", "physics and his exam
    practice"; read back); unchanged when an item names nothing or names a choice ``declined``."""
    listed = choice_words.items_named(question, t, _namer(question), loose=lambda part: _loosely(question, part))
    if listed and set(listed) > set(codes) and not set(listed) & (set(_none_choices(question)) | declined):
        return [c.code for c in question.choices if c.code in listed], "inferred"
    return codes, method


def _loosely(question: Any, part: str) -> list[str]:
    """The one choice a short listed ``part`` names loosely: by one word only that choice's names
    hold beside words of no choice ("his exam practice" for *exam prep*), else by a kind of its
    thing in WordNet ("spelling" is writing, "chemistry" a science); [] when none or several, or
    when the part names a choice only to rule it out."""
    if choice_picks.negated_named(question, part):
        return []  # "the headset's fine" to "where is it hard to follow?": named, and ruled out
    by_word = choice_words.distinctive_named(question, part)
    if len(by_word) == 1:
        return by_word
    return choice_kinds.kind_named(question, part)


# "or" joining alternatives the caller cannot choose between ("either a filling or an extraction",
# "the filling or the extraction, I was too numb to know"); not "no X or Y" (both denied), nor
# "or so", "or two", "or something".
