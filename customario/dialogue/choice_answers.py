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
    choice_compounds,
    choice_both,
    choice_described,
    choice_kinds,
    choice_middle,
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
from customario.dialogue.choice_picks import ordinal_choices, unnamed_items
from customario.dialogue.choice_undecided import places_or, qualified_unknown, undecided
from customario.dialogue.choices import (
    activity_everything,
    all_choices_said,
    match_choices,
    match_choices_how,
    without_compounds,
)
from customario.dialogue.choice_spans import word_stem
from customario.dialogue.codes import is_dont_know


def _normalise_choice(question: Any, t: str) -> Normalised:
    labels = ", ".join(c.label for c in question.choices)
    t = choice_wholes.without_opening(question, without_compounds(question, t))
    t = choice_words.elided_alternative(question, t)  # "grade three or four": two grades named
    t = choice_words.letters_joined(question, t)  # "V I P", "S M S": a choice's word spelt out
    reread = _read_otherwise(question, t)
    if reread is not None:
        return reread
    whole = choice_wholes.answer_as_a_whole(question, t, labels, _none_choices(question))
    middle = choice_middle.middle_choice(question, t) if whole is None else None
    whole = _chosen(question, [middle], "inferred", labels) if middle else whole  # "Not too tight, not too loose"
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
        kept, method = _without_declined(question, t, codes, method)
        declined, codes = set(codes) - set(kept), kept
    if (
        (self_said := _self_described(question, t, codes, labels)) is not None
        or undecided(question, t, codes)
        or choice_words.named_by_code_only(question, t, codes)
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
        if len(t.split()) <= 5 and set(choices.choices_by_stem(question, t)) - set(codes):
            # "A leaking radiator": a short answer naming one choice beside another choice's word
            # ("leak") in another form; in a longer story such a word is mostly incidental.
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


def _read_otherwise(question: Any, t: str) -> Normalised | None:
    """The answer read again as something the caller meant but did not say, read back when
    valid: a compound that is no kind of its head's choice ("Root beer." is a soft drink,
    :mod:`customario.dialogue.choice_compounds`), a choice's word owning a person ("I'm the
    captain's wife": not the captain), a weekday said as a rate ("Every Monday" to "how
    often?"); None when neither applies."""
    plain, swapped = choice_compounds.resolved(question, t)
    if not swapped:
        plain, swapped = choice_compounds.without_owners(question, t)
    if not swapped:
        # "Every Monday" to "how often?"; "puzzles n the gm": a choice's name by its initials
        plain = choice_words.initials_spelt(question, choice_kinds.weekday_as_rate(question, t))
        if plain == t:
            return None
    read = _normalise_choice(question, plain)
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


def _chosen(question: Any, codes: list[str], method: str, labels: str, t: str = "") -> Normalised:
    """The reading of the choices found: one for a single choice, one or more for a multi choice,
    never a none choice beside others ("a rattle and nothing" is asked again), unless the none is
    only the caller's own share beside another's (``t``: "My son got a sea bass, I got nothing",
    read back)."""
    if question.type == "single_choice":
        if len(codes) == 1:
            return _valid(codes[0], method)
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


def _both_of_a_kind(question: Any, t: str) -> str:
    """``t`` with "both returns" as "federal return and state return" when exactly two choice
    labels end in that word ("federal return", "state return"); otherwise ``t``."""
    m = re.search(r"\bboth (?:the |of the |my )?([a-z]+?)s\b", t)
    if not m:
        return t
    pair = [c.label for c in question.choices if c.label.lower().split()[-1] == m.group(1)]
    return t[: m.start()] + " and ".join(pair) + t[m.end() :] if len(pair) == 2 else t


def _only_those(question: Any, t: str) -> str:
    """``t`` without "and nothing else" ("A rattle and nothing else", "printing, that's all": only
    what was named), unless it opens the answer and nothing else names a choice ("Nothing else,
    just the consult": what the question leaves out, the none choice)."""
    only = _ONLY_THOSE.sub(" ", t).strip()
    return t if _NOTHING_ELSE.match(t) and not match_choices_how(question, only)[0] else only


_NOTHING_ELSE = re.compile(
    r"\W*(?:(?:um+|uh+|oh|well|no)\W+)?(?:nothing|none|not?hing more) (?:else|besides|more|other)\b"
)


# (also "Wheel, and none of the others", "the gym, not the others": the rest declined, answers blind33)
_ONLY_THOSE = re.compile(
    r"[,;]?\s*\b(and|but)?\s*\b(?:(nothing|none|no more|not?hing more) (else|besides|more|other)|"
    r"(?:none|not any|neither) of the (?:others?|rest)|not the (?:others?|rest))\b"
)
_NONE_EXCEPT = re.compile(
    # the exception may open the next sentence: "Nothing. Well, except the coat check."
    r"^\W*(none|nothing|neither|not a thing|no (\w+ )?(problems?|issues?|complaints?|trouble))\b"
    r"(?:[^.!?]*?|[^.!?]*[.!?]\s*(?:well|oh|ah|actually|hmm+|um+|uh+)\W+)"
    r"\b(except|apart from|other than|besides|but for|save for|aside from|bar)\b(?P<rest>.*)$"
)


# A clause that names a choice and then declines it: "the coffee was cold so no", "the shuttle, gave
# it a miss", "didn't bother with the lounge".
_DECLINED = re.compile(
    r"\b(?:so no|so nope|so nah|gave (?:it|that|them) a miss|didn'?t bother(?: with (?:it|that|them))?|skipped (?:it|that))\W*$|"
    # what was meant or tried but not done: "would've got tyres but they were out of stock"
    r"^\W*(?:i |we )?(?:would(?:'ve| have)|was going to|were going to|meant to|wanted to|tried to|almost)\b"
)


def _without_declined(question: Any, t: str, codes: list[str], method: str) -> tuple[list[str], str]:
    """``codes`` without the choices named only in a clause that declines them ("Loaner, the coffee
    was cold so no" is the loaner alone) or after "only X" in a later clause about something else
    ("Only the oil, the brakes were fine"); a changed list is read back."""
    # "Only the oil, ...", "just the state one, ...", and with the word after: "state only, ..."
    only = re.match(r"\W*(?:only|just)\s+([^,.;]+)[,.;]\s*(.+)$", t) or re.match(
        r"\W*((?:\w+\s+){0,3}\w+)\s+only[,.;]\s*(.+)$", t
    )
    if only and not re.search(r"\b(and|also|too|as well|plus|oh)\b", only.group(2)):
        first = match_choices_how(question, only.group(1))[0]
        if first and set(first) < set(codes):
            return first, "inferred"
    said: list[tuple[list[str], bool]] = []
    for clause in re.split(r"[,.;!?]", t):
        named = match_choices_how(question, clause)[0] if clause.strip() else []
        if _DECLINED.search(clause) and not named and said and said[-1][0]:
            said[-1] = (said[-1][0], True)  # "Towels, didn't bother": the clause before is declined
        elif named:
            said.append((named, bool(_DECLINED.search(clause))))
    declined = {c for named, no in said if no for c in named}
    kept = {c for named, no in said if not no for c in named}
    left = [c for c in codes if c not in declined or c in kept]
    return (left, "inferred") if left and left != codes else (codes, method)


# "A bit of everything", "a little of each", "some of all of them": a mix, which may not take in
# every choice; all are read back rather than stored at once.
_A_LITTLE_OF_ALL = re.compile(
    r"\b(?:a (?:little )?bit|a little|bits|a mix|a mixture|a touch|a smattering) of (?:everything|each|it all|all of (?:it|them)"
    r"|all (?:the|those|these|sorts))\b"
)


def _many_choices(question: Any, t: str, labels: str) -> Normalised | None:
    """Multi-choice answers by phrase: "all of them" (but...), ordinals ("the first and third"),
    "none"; None when the answer names choices some other way."""
    exception = _NONE_EXCEPT.search(t)
    kept = choice_wholes.NONE_OTHER.search(t) if exception is None else None
    if kept is not None:
        # "None of the others, just the warranty": the one kept is the answer (read back); "nothing
        # else, just the consult" keeps something that is no choice, so it stays a none (below)
        named = [c for c in _namer(question)(kept.group("rest")) if c not in _none_choices(question)]
        if named:
            return _valid(named, "inferred")
    if exception:
        # "None, except the light thing", "no problems other than a drip": the exception is the
        # answer (read back); an exception that names no choice is asked again.
        rest = exception.group("rest")
        named = [
            c
            for c in (_namer(question)(rest) or choice_words.word_named(question, rest))
            if c not in _none_choices(question)
        ]
        return _valid(named, "inferred") if named else Normalised("invalid", reason=f"one or more of: {labels}")
    if re.search(
        # "Didn't use a single one", "never used one of them": none, as "didn't use any"
        r"^(?:(?:none|nothing|neither|none of (?:them|those|these|the above))\b|(?:i |we )?(?:didn'?t|did not|never) "
        r"(?:use|have|take|try|get|need|used|had|took|tried|got|needed) (?:any|anything|a (?:single )?(?:one|thing)|"
        r"a single (?:one|thing) of (?:them|those|these)|one of (?:them|those|these))(?: of (?:that|those|them|these|it))?\W*$)",
        t,
    ):
        # A choice that means none ("None of them", "No classes") is the answer, not an empty list;
        # it comes first: "None of those, we did everything ourselves" says no service. A choice
        # named plainly in a later sentence ("None. Well, my daughter's veggie.") makes it unsure.
        # "None of these, well, maybe the sauna": a hedge after a comma turns to a choice as well
        later = re.split(r"[.!?;]|,\s*(?=(?:well|maybe|perhaps|actually|oh|though|unless)\b)", t, maxsplit=1)
        named = match_choices_how(question, later[1], deeds=False)[0] if len(later) > 1 else []
        if named := [c for c in named if c not in _none_choices(question)]:
            # "Nothing. Wait, no, one tiny mackerel": taken back in so many words (answers blind37)
            return (
                _valid(named, "self-corrected")
                if choice_wholes.NONE_TAKEN_BACK.match(later[1])
                else Normalised("invalid", reason=f"one or more of: {labels}")
            )
        return _none_said(question)
    if (
        choice_wholes.none_with_reason(question, t, _namer(question))
        or choice_wholes.none_by_deed(question, t)
        or choice_wholes.none_by_kind(question, t, _namer(question))  # "Not a drop", "no extras at all"
    ):
        none = _none_choices(question)[:1]  # "We didn't use any of that, we're self-contained" (read back)
        return _valid(none, "inferred")
    if activity_everything(question, t):
        return Normalised("invalid", reason=f"one or more of: {labels}")  # "wrapping everything, and the storage"
    every = all_choices_said(question, t)
    # "All of them" never takes in the question's own "none of them" choice.
    some = [c.code for c in question.choices if c.code not in _none_choices(question)]
    if every:
        rest = re.search(
            r"\b(except|but|apart from|aside from|other than|besides|save|excluding|minus|bar|barring|not including|"
            r"outside of)\b(.*)$",
            t,
        )
        if rest:
            # "everything but the rooms and the events": each item by name or one distinctive word
            left_out = match_choices_how(question, rest.group(2))[0]
            by_items = choice_words.items_named(question, rest.group(2), _namer(question))
            left_out = by_items if by_items and set(left_out) <= set(by_items) else left_out
            if not left_out:
                return Normalised("invalid", reason=f"one or more of: {labels}")
            return _valid([code for code in some if code not in left_out], "inferred")
        if _A_LITTLE_OF_ALL.search(t):
            return _valid(some, "inferred")  # "a bit of everything": a mix, maybe not each one (read back)
        listed = [c for c in match_choices_how(question, t, deeds=False)[0] if c in some]
        if 2 <= len(listed) < len(some) and not unnamed_items(question, t):
            # "All of it. Furniture, boxes, the seasonal stuff, the lot.": "all" said over a list
            # of some of the choices (held-out answers blind31 had stored every choice): the list,
            # read back; a list with an item that names no choice ("bus, tram, metro, train and
            # boat. The lot.") may be all of them, and stays all
            return _valid(listed, "inferred")
        return _valid(some, "phrase")
    picked = ordinal_choices(question, t)
    if picked and places_or(t):
        return Normalised("invalid", reason=f"one or more of: {labels}")  # "the first or the second one"
    if picked is not None:
        return _valid(picked, "ordinal") if picked else Normalised("invalid", reason=f"one or more of: {labels}")
    return None


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


def _namer(question: Any):
    """``named(text)``: the codes ``text`` names for ``question``, never by a fuzzy guess."""

    def named(text: str) -> list[str]:
        codes, how = match_choices_how(question, text)
        return [] if how == "fuzzy" else codes

    return named


def _none_said(question: Any) -> Normalised:
    """The answer "none of them" to a multi-choice ``question``.

    When the question offers a choice that means none ("or none of these"), that choice is the
    answer, stored as said. When it offers none, the empty selection is a value the survey did not
    list, and writers of the blind corpora read it both ways: an honest "used none of them"
    (``[]``, answers/blind10 pharmacy and bins, blind14 on board) or an answer outside the choices
    to ask again (answers/blind15 skills, see tests/corpus/BLIND-README.md section 2). So ``[]`` is
    read back ("I heard none of them, is that right?") and stored only once the caller confirms:
    never stored silently, never lost when meant. A method of ``inferred`` (lenient) does that.
    """
    none = _none_choices(question)[:1]
    return _valid(none, "phrase") if none else _valid([], "inferred")


def _none_choices(question: Any) -> list[str]:
    """Codes of the choices that mean none ("none of them", "no classes")."""
    return [c.code for c in question.choices if re.match(r"(none|no|nothing)\b", f"{c.code} {c.label}".lower())]


# "or" joining alternatives the caller cannot choose between ("either a filling or an extraction",
# "the filling or the extraction, I was too numb to know"); not "no X or Y" (both denied), nor
# "or so", "or two", "or something".
