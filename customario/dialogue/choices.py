"""Which of a question's choices a caller named: by code, label or synonym (a space and a hyphen
alike, plurals, negations left out), by ordinal ("the first and third"), by what they did ("I rang
them up", via :mod:`customario.dialogue.inferred`) or, last, within a typo (difflib ratio >= 0.8).

Pure functions used by :mod:`customario.dialogue.answers`; each returns choice codes in the order
of the definition.
"""

from __future__ import annotations

import difflib
import re
from typing import Any

from customario.dialogue import inferred, typos
from customario.dialogue.choice_stems import choices_by_stem, gapped_choices  # noqa: F401  (re-exported)
from customario.dialogue.choice_spans import (  # noqa: F401  (re-exported: scales, references, choice_kinds)
    periods_joined,
    kind_dropped,
    prefixed,
    units_spelt,
    ordinal_places,
    ordinals_from_end,
    outside_longer,
    places_or,
    phrase_positions,
    said_end,
    word_stem,
)
from customario.dialogue.choice_subjects import said_of_other
from customario.dialogue.choice_negation import asks_fault, asks_supplied, asks_trouble, is_removal, negated_at, not_had
from customario.dialogue.spoken import clean, numbers_in

_ORDINAL_WORDS = {
    # counted from the end first: "second to last" is one place (choice_spans.ordinals_from_end)
    "penultimate": -2, "antepenultimate": -3,
    "first": 0, "second": 1, "third": 2, "fourth": 3, "fifth": 4, "sixth": 5, "last": -1,
    "1st": 0, "2nd": 1, "3rd": 2, "4th": 3, "5th": 4, "6th": 5,
}  # fmt: skip
# "Option C", "(b)", "b": a place in the list by its letter, the way a printed survey lists choices.
_LETTER = re.compile(r"\W*(?:(?:option|choice|answer|letter)\s+([a-h])|\(([a-h])\)|([b-h]))\W*")


def _verb_of_choice(question: Any, word: str) -> bool:
    """True when ``word`` ("packed", "cleaned") is a form of a word of one choice ("packing", "clean")."""
    stem = word_stem(word)
    for c in question.choices:
        for w in re.findall(r"[a-z]+", " ".join([c.code.replace("_", " "), c.label, *c.synonyms]).lower()):
            other = word_stem(w)
            if len(stem) >= 3 and (stem == other or len(stem) >= 6 and other[:6] == stem[:6]):
                return True
    return False


# Verbs whose "everything" is every choice offered: "they did everything", "we had everything",
# "I'd like everything", "they handled everything".
_TAKING_VERBS = frozenset(
    """do be have get use want need like love book order choose pick try take buy cover handle manage
    sort arrange include tick select want enjoy see visit say mean""".split()
)


def _activity_verb(word: str) -> bool:
    """True when ``word`` is an -ing or -ed form of a verb (WordNet) that names an activity of its
    own ("wrapping", "boxed"), not one of taking or doing (:data:`_TAKING_VERBS`): its "everything"
    is what that activity covered (held-out answers blind35 had stored every service for "Wrapping
    and boxing everything up" to a list whose one packing choice it describes)."""
    if not re.fullmatch(r"[a-z]+(?:ing|ed)", word):
        return False
    from customario.escalation import wordnet

    wn = wordnet.load()
    lemmas = wn.lemmas(word, "verb") if wn is not None else []
    return bool(lemmas) and not any(lemma in _TAKING_VERBS for lemma in lemmas)


def activity_everything(question: Any, t: str) -> bool:
    """True when ``t`` (cleaned) says "everything" as the object of an activity of its own that is
    no choice's verb ("wrapping and boxing everything up"): the answer describes a choice it does
    not name, so it is asked again rather than read as every choice or as the others named."""
    for m in re.finditer(r"\beverything\b", t):
        before = re.findall(r"[a-z']+", t[: m.start()])[-1:]
        if before and _activity_verb(before[0]) and not _verb_of_choice(question, before[0]):
            return True
    return False


# "All of them", "all four", "everything", "the lot", "all but ...", "anything but ...": every choice.
_EVERY = re.compile(
    r"(\ball of (them|'em|the above|those|these)(?![a-z])|\ball (?P<count>three|four|five|six|[3-6](?![\d.,%]))\b|\beverything\b|\beverywhere\b|"
    # "every single one of them", "each and every one of those"
    r"\b(?:every|each)(?: and every| single)? one of (?:them|the above|those|these)\b|"
    # "Every single part of it.", "every bit of it", "the whole lot" said as a clause of its own (blind39)
    r"^\W*(?:(?:oh|well|um+|uh+|honestly|yeah)\W+)*(?:(?:every|each)(?: single| last)? (?:part|bit|piece|aspect|thing)"
    r"(?: of (?:it|them|the above))?|the whole (?:lot|thing|shebang|package))(?=\s*(?:[,.;!?]|$))|"
    r"\bthe lot\b|\b(all|anything)\b(?= (but|except|apart|other|besides|save))|"
    # "All of it. Every single one.", "All of it except the beer": said first, as the answer's own
    # clause (answers blind22, blind31, blind36); "video game music, all of it" is all of one choice
    r"^\W*(?:(?:oh|well|um+|uh+|er+m?|yeah|honestly)\W+)*all of it\b(?=\s*(?:[,.;!?]|$|(?:but|except|apart|other|besides|save)\b))|"
    # "all the rooms except ...", "every area but ...": the kind of thing the choices are, then what
    # is left out (the noun must name no choice itself: "all the bedrooms but one" is no such list)
    r"\b(?:all (?:the |of the |my |our )?|every )(?P<kind>[a-z]+)(?= (?:but|except|apart from|other than|besides|save|excluding)\b))"
    # "everything with a screen", "all of them that I own": a subset the words do not name; "we did
    # everything ourselves": the caller did it, not the service
    r"(?!\s+(with|that|which|who|having|without|i|we|ourselves|myself|themselves|on (my|our|their) own)\b)"
)


# "All four", typed "all 4" (answers blind47): every choice when the count is the number of choices.
_COUNTS = {"three": 3, "four": 4, "five": 5, "six": 6, "3": 3, "4": 4, "5": 5, "6": 6}


# A finite verb after "everything" makes it the subject of a clause: "everything ran late",
# "everything was cold", "everything got moved".
_SUBJECT_VERB = re.compile(
    r"\s+(?:(?:just|all|kind of|sort of)\s+)?(?:ran|run|runs|was|were|is|went|got|gets|took|came|fell|kept|seemed|"
    r"felt|looked|turned|ended up|[a-z]+ed)\b(?P<clause>[^,.;!?]*)"
)


def _subject_of_a_choice(question: Any, after: str) -> bool:
    """True when "everything" is the subject of a clause whose own words name a choice
    ("Everything ran late" to a question with a "running late" choice): the caller says what went
    wrong with everything, which is that one choice, not every choice; "everything went wrong"
    names none and stays every choice."""
    m = _SUBJECT_VERB.match(after)
    return bool(m and match_choices_how(question, m.group(0))[0])


def all_choices_said(question: Any, t: str) -> re.Match | None:
    """Where ``t`` (cleaned) says every choice, or None. "Everything" as the object of one choice's
    own verb ("they packed everything") is what that one service covered, not all the choices."""
    for m in _EVERY.finditer(t):
        before = re.findall(r"[a-z']+", t[: m.start()])[-1:]
        if m.group(0) == "everything" and before and _verb_of_choice(question, before[0]):
            continue
        if m.group(0) == "everything" and _subject_of_a_choice(question, t[m.end() :]):
            continue  # "Everything ran late, about an hour behind": the timing, not every choice (blind47)
        if m.group(0) == "everything" and re.search(r"\ball of (?:it|that)\b", t):
            continue  # "video game music, all of it, Zelda, Mario, everything": all of the one named
        if re.match(r"anything\b", m.group(0)) and re.search(r"(?:n'?t|\bnot|\bnever)\b[^,.;!?]*$", t[: m.start()]):
            continue  # "I didn't buy anything but the shuttle ticket": only the shuttle (answers blind38)
        if re.search(r"\b(?:that'?s|thats|that is|that was)\s+(?:about\s+|just\s+)?$", t[: m.start()]):
            # "Sporran and brogues, and, eh, that's the lot": the list is closed, no more than it
            # (answers blind64 had read every choice, with no read-back)
            continue
        if re.search(r"\b(?:because|'?cause|cos|coz|since)\b[^,.;!?]*$", t[: m.start()]):
            continue  # "Scratch resistant, because I drop everything": the reason given, not the answer (blind43)
        if m.group(0) == "everywhere" and not re.search(r"\bwhere\b", (question.text or "").lower()):
            continue  # "everywhere" is every choice only when the choices are places asked "where"
        if m.group("kind") and match_choices_how(question, m.group("kind"))[0]:
            continue  # "all the bathrooms except the ensuite": one choice, in part
        if m.group("count") and _COUNTS[m.group("count")] != len(
            [c for c in question.choices if not re.match(r"(?:none|no|nothing)\b", f"{c.code} {c.label}".lower())]
        ):
            continue  # "all three" to four choices (not counting "none"): which three is not said (asked again)
        return m
    return None


def match_choices(question: Any, text: str) -> list[str]:
    """Codes of the choices mentioned in ``text`` (code, label, synonym, ordinal, then fuzzy);
    choices the caller negates ("not online") are left out."""
    return match_choices_how(question, text)[0]


def _without_device(question: Any, found: list[str], t: str) -> list[str]:
    """ "On my phone in the app": the choices left when those named only by their bare code word as
    the device used ("on my phone") are dropped; the one left is read back."""
    device = [
        c.code
        for c in question.choices
        if c.code in found
        and (
            not any(phrase_positions(p, t) for p in [c.label, *c.synonyms])
            and re.search(
                rf"\b(on|with|from|using|via) (my|the|a|his|her|our) {re.escape(c.code.replace('_', ' '))}\b", t
            )
            or _owned_only(c, t)
        )
    ]
    return [code for code in found if code not in device]


def _owned_only(choice: Any, t: str) -> bool:
    """True when every mention of ``choice`` in ``t`` is a thing the caller owns and used ("I booked
    on your website from my phone": the phone is the device, the website the channel; answers
    blind37)."""
    names = dict.fromkeys([choice.code.replace("_", " "), choice.label, *choice.synonyms])
    positions = [pos for n in names for pos in phrase_positions(n, t)]
    return bool(positions) and all(
        re.search(r"\b(?:on|with|from|using|via) (?:my|his|her|our|their) $", t[:pos]) for pos in positions
    )


# Verbs that undo each other: a choice labelled with one ("borrowing books") is not what an answer
# with the other says ("I went to drop back some books").
_OPPOSITE_DEEDS = (
    (
        r"borrow(ing|ed)?|check(ing|ed)? out|tak(e|ing) out|took out|rent(ing|ed)?|get(ting)?|got|pick(ing|ed)? up",
        r"return(ing|ed)?|drop(ping|ped)? (back|off)|bring(ing)? back|brought back|giv(e|ing) back|gave back|"
        r"hand(ing|ed)? (back|in)|renew(ing|ed)?",
    ),
    (
        r"buy(ing)?|bought|purchas(e|ing|ed)|order(ing|ed)?",
        r"return(ing|ed)?|sell(ing)?|sold|refund(ed)?|exchang(e|ing|ed)",
    ),
)


def _done_the_other_way(question: Any, found: list[str], t: str) -> bool:
    """True when a choice found is labelled with a verb ("borrowing books") and the answer says
    the opposite verb and not the label's ("I went to drop back some books that were due")."""
    for code in found:
        label = clean(next(c.label for c in question.choices if c.code == code))
        for one, other in _OPPOSITE_DEEDS:
            for said, undone in ((one, other), (other, one)):
                if re.search(rf"\b({said})\b", label) and re.search(rf"\b({undone})\b", t):
                    if not re.search(rf"\b({said})\b", t):
                        return True
    return False


def _second_look(
    question: Any, found: list[str], t: str, deeds: bool, ruled_out: frozenset[str] = frozenset()
) -> list[str] | None:
    """Choices found by name, looked at again: "on my phone in the app" (the device is not the
    channel), "I rang them a couple of times and popped in once" (one by name, one by deed, on a
    multi-choice question). None when nothing changes; a changed list is an inferred reading.
    ``ruled_out``: choices named and ruled out ("not the phone", "the telly's fine"), never added
    back by a deed or a misspelling."""
    if found and _done_the_other_way(question, found, t):
        return found  # "drop back some books" for "borrowing books": read back
    if len(found) > 1 and question.type == "single_choice":
        named = _without_device(question, found, t)
        named = _without_pickup(question, named, t) if len(named) > 1 else named
        return named if len(named) == 1 else None
    if len(found) == 1 and deeds and question.type == "single_choice":
        # Named one way, done another: read it back. "Just phoned the front desk and booked": the
        # choice is named only as whom the caller phoned, so the deed is the channel (read back).
        deed = inferred.choice_by_deed(question, t, _named)
        if not deed or deed == found:
            return None
        in_person = inferred.choice_by_deed(question, "in person", _named)
        # Only a place is phoned instead of visited: "phoned the travel agent" may still be the agent.
        return deed if found == in_person and _only_called(question, found[0], t) else found
    if found and deeds and question.type == "multi_choice":
        more = inferred.choice_by_deed(question, t, _named, many=True)
        # "resturant n pool": a choice named with a typo beside one named right is in the list too
        more = [*more, *_fuzzy_choices(question, t, typos_only=True)]
        more = [code for code in more if code not in ruled_out]
        if set(more) - set(found):
            return [c.code for c in question.choices if c.code in found or c.code in more]
    return None


# Where an order was collected or delivered is not how it was placed: "On the website, and then I
# went to the shop to pick it up" ordered online.
_PICKUP = re.compile(
    r"\b(pick(ed|ing)? (it |them |the \w+ )?up|collect(ed|ing)?|click and collect|delivered to|drop(ped)? off)\b"
)
_ORDER_QUESTION = re.compile(r"\b(order|ordered|buy|bought|purchase|purchased|place|placed|book|booked)\b")


def _without_pickup(question: Any, found: list[str], t: str) -> list[str]:
    """The choices of ``found`` left when those named only in a clause about collecting or
    delivering are dropped, for a question about how something was ordered or booked."""
    if not _ORDER_QUESTION.search(clean(question.text or "")):
        return found
    clauses = re.split(r"[,.;!?]|\band then\b|\bthen\b|\bbut\b", t)
    kept = []
    for code in found:
        c = next(c for c in question.choices if c.code == code)
        names = [c.code.replace("_", " "), c.label, *c.synonyms]
        where = [cl for cl in clauses if any(phrase_positions(n, cl) for n in names)]
        if not where or not all(_PICKUP.search(cl) for cl in where):
            kept.append(code)
    return kept


_CALLED = re.compile(
    r"\b(phoned|phone|phoning|called|call|calling|rang|ring|ringing|rung|emailed|email|texted|text|messaged|"
    r"wrote to|spoke to|talked to)\s+(up\s+)?((the|your|their|a|my|our)\s+)?$"
)


def _only_called(question: Any, code: str, t: str) -> bool:
    """True when every mention of choice ``code`` in ``t`` is the one the caller phoned, e-mailed or
    spoke to ("phoned the front desk", "called the store"): a whom, not a how."""
    c = next(c for c in question.choices if c.code == code)
    positions = [
        pos for p in [c.code.replace("_", " "), c.code, c.label, *c.synonyms] for pos in phrase_positions(p, t)
    ]
    return bool(positions) and all(_CALLED.search(t[:pos]) for pos in positions)


# "Uh, number four.", "Option 2", "Option number three" (blind72): the whole answer is a place in the list.
_LISTED = re.compile(
    r"\W*(?:(?:uh+|um+|oh|er+|erm|well|so|hmm+|okay|ok|i'?d say|i'?ll (?:go with|take|say)|let'?s (?:say|go with)|"
    r"it'?s|it was|that'?s|that would be|that'?d be|the)[\s,.]+)*(?:(?:option|choice) )?(?:number|option|choice|no\.?|#)\s*([a-z0-9]+)\W*"
)


def _named(question: Any, words: str) -> list[str]:
    """Choices ``words`` name (no deeds): the matcher the deed rules look choices up with."""
    return match_choices_how(question, words, False)[0]


# A channel or thing said to have failed: "the website kept crashing", "the app wouldn't load".
_FAILURE = re.compile(
    r"\b(kept (crashing|freezing|failing|timing out|logging me out|erroring)|crash(ed|es|ing)|froze|frozen|"
    r"(was|is|were) (down|broken|not working)|went down|(was|is|were)n'?t working|did(n'?t| not) work|"
    r"would(n'?t| not) (load|work|let me|go through|accept)|wouldn'?t|broke|error(ed|s)?|could(n'?t| not) "
    r"(get|log|sign|load|pay|check ?out))\b"
)


# "Website, then I phoned to change the size": a call about an order placed another way.
_FOLLOW_UP = re.compile(
    r"\bto (change|ask|check|cancel|chase|complain|confirm|query|follow up|amend|fix|track|see|find out)\b"
)


def _failed(question: Any, code: str, t: str) -> bool:
    """True when every clause of ``t`` that names choice ``code`` says it failed, itself or in the
    clause right after it about "it" ("Tried the kiosk, it froze")."""
    c = next(c for c in question.choices if c.code == code)
    clauses = [cl for cl in re.split(r"[,.;!?]|\b(?:but|because|so|as)\b", t) if cl and cl.strip()]
    names = [any(phrase_positions(p, cl) for p in [c.label, *c.synonyms, c.code.replace("_", " ")]) for cl in clauses]
    # "Tried the kiosk, it froze": the failure may follow in the next clause about "it"
    after = [*clauses[1:], ""]
    failed = [
        bool(_FAILURE.search(cl)) or (bool(_FAILURE.search(nxt)) and bool(re.match(r"\s*(it|that|which)\b", nxt)))
        for cl, nxt in zip(clauses, after)
    ]
    return any(names) and all(f for n, f in zip(names, failed) if n)


# A noun that only qualifies the word after it in a compound: "plant-based", "meat-free", "fruit
# flavoured", "pet friendly". The thing named is the diet, the drink, the flat: not plants or meat.
_COMPOUND = re.compile(
    r"\b[a-z]+(?:-| )(?=(?:based|free|flavou?red|scented|shaped|style|styled|themed|friendly|coloured|colored)\b)"
)


def without_compounds(question: Any, t: str) -> str:
    """``t`` without the first part of a compound modifier ("plant-based" → "based"), unless a
    choice's own words hold that compound ("gluten-free bread")."""

    def words(s: str) -> str:
        return " ".join(re.findall(r"[a-z0-9]+", s.lower()))

    said = " | ".join(
        words(f"{c.code.replace('_', ' ')} | {c.label} | {' | '.join(c.synonyms)}") for c in question.choices
    )

    def drop(m: re.Match) -> str:
        compound = words(m.group(0) + t[m.end() :].split(" ", 1)[0])
        if re.match(r"(?:style|styled|themed|shaped)\s+ones?\b", t[m.end() :]):
            return m.group(0)  # "the champagne-style one": no head but "one", the noun is the thing (blind39)
        return m.group(0) if re.search(rf"\b{compound}\b", said) else ""

    return periods_joined(_COMPOUND.sub(drop, t), said)  # "the six-month one" is no "monthly" one


# Days of the week by the part of it they fall in (ISO 8601: Monday-Friday are weekdays).
_WEEKEND_DAY = re.compile(r"\b(?:saturdays?|sundays?|weekends?|sat|sun)\b")
_WEEK_DAY = re.compile(r"\b(?:mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|weekdays?|weeknights?)\b")


def _same_days(question: Any, found: list[str], t: str) -> list[str]:
    """``found`` without the choices whose label is about days the caller's named day is not:
    "Saturday mornings" to "weekday mornings, weekday evenings or the weekend" is not the weekday
    mornings (a Saturday is no weekday), "Tuesday evenings" not the weekend choice (answers blind11
    and blind33 code them so); when that leaves none, the one choice whose label names the caller's
    part of the week, else []. ``found`` itself when the words name no day or both kinds, or no
    choice is labelled by the part of the week named."""
    weekend, week = bool(_WEEKEND_DAY.search(t)), bool(_WEEK_DAY.search(t))
    if weekend == week:
        return found
    labels = {c.code: clean(c.label) for c in question.choices}
    clash = _WEEK_DAY if weekend else _WEEKEND_DAY
    fits = [code for code, label in labels.items() if (_WEEKEND_DAY if weekend else _WEEK_DAY).search(label)]
    if not fits or not any(clash.search(labels.get(code, "")) for code in found):
        return found
    kept = [code for code in found if not clash.search(labels.get(code, ""))]
    # "Saturday afternoon" when only the weekday matinee's words were said: the weekend choice
    return kept or (fits if len(fits) == 1 else [])


def match_choices_how(question: Any, text: str, deeds: bool = True, texting: bool = True) -> tuple[list[str], str]:
    """(choice codes, method) for ``text``: the choices named and not negated, then by ordinal,
    place or letter, by deed, spelt out (``texting``) or fuzzily; ``deeds=False`` leaves out the
    readings by what the caller did."""
    t = units_spelt(without_compounds(question, clean(text)))  # "every 8 wks"
    found: list[str] = []
    first_positions: list[int] = []
    code_only = True
    fault, trouble, supplied = asks_fault(question), asks_trouble(question), asks_supplied(question)
    # "premium economy" names premium economy, not economy too: a mention inside a longer one is dropped
    mentions = outside_longer(
        {
            c.code: [
                (pos, said_end(p, t, pos))
                for p in dict.fromkeys([c.code.replace("_", " "), c.code, c.label, *c.synonyms])
                for pos in phrase_positions(p, t)
            ]
            for c in question.choices
        }
    )
    for c in question.choices:
        named = [c.label, *c.synonyms]
        spans = mentions[c.code]
        positions = [pos for pos, _ in spans]
        last = max(spans) if spans else None
        removal = is_removal(c)
        if positions and (
            # Several choices: the last mention decides ("the battery ... no, not the battery").
            not negated_at(t, last[0])
            and not not_had(t, *last, fault=fault, trouble=trouble, removal=removal, supplied=supplied)
            if question.type == "multi_choice"
            else any(
                not negated_at(t, pos)
                and not not_had(t, pos, end, fault=fault, trouble=trouble, removal=removal, supplied=supplied)
                for pos, end in spans
            )
        ):
            found.append(c.code)
            first_positions.append(min(positions))
            code_only = code_only and clean(c.label) != clean(c.code) and not any(phrase_positions(p, t) for p in named)
    ruled_out = frozenset(code for code, spans in mentions.items() if spans and code not in found)
    refined = _second_look(question, found, t, deeds, ruled_out)
    deed = (
        inferred.choice_by_deed(question, t, _named, many=True)
        if found and deeds and question.type == "single_choice"
        else []
    )
    # a channel done, not one only named ("not online, in the store" names online)
    deed = [code for code in deed if code not in found and code not in _named(question, t.replace("not ", ""))]
    if refined is not None:
        if len(deed) == 1 and all(_failed(question, code, t) for code in refined):
            return deed, "inferred"  # "I rang them, the app kept crashing"
        return refined, "inferred"
    if len(deed) == 1 and not _FOLLOW_UP.search(t):
        # "Phoned it in, the website kept crashing on me": a choice done beside one named as
        # failing is the one done (read back); beside one named plainly, both (asked again).
        working = [code for code in found if not _failed(question, code, t)]
        return (deed if not working else [*found, *deed]), "inferred"
    kept = _same_days(question, found, t) if question.type == "single_choice" and found else found
    if kept != found:
        # "Saturday mornings": not the weekday mornings (read back); none left: asked again
        return (kept, "inferred") if len(kept) == 1 else ([], "fuzzy")
    if question.type == "single_choice" and len(found) > 1:
        working = [code for code in found if not _failed(question, code, t)]
        if len(working) == 1:
            return working, "inferred"  # "the app wouldn't load so I went into the store"
        reason = re.search(r"\b(?:because|cause|'cause|cos|since)\b", t)
        before = [code for code, pos in zip(found, first_positions) if reason and pos < reason.start()]
        if len(before) == 1:
            # "Website, because the phone line is always engaged": the other choice is named only
            # in the reason for the one chosen (read back)
            return before, "inferred"
    if found:
        return found, _found_how(question, t, found, first_positions, code_only)
    if re.search(r"\bthe middle (one|option|choice|plan)\b", t) and len(question.choices) % 2 == 1:
        return [question.choices[len(question.choices) // 2].code], "ordinal"
    placed = ordinals_from_end(ordinal_places(t))  # "the second to last one" is one place from the end
    for word, idx in _ORDINAL_WORDS.items() if not places_or(placed) else ():  # "the first or the second"
        if word == "last" and re.search(r"\blast (time|year|week|month|night|visit|order|call|round)\b", t):
            continue  # "Same as last time": no place in the list
        if re.search(rf"\b(the )?{word}( one| option| choice)?\b", placed) and len(placed.split()) <= 5:
            if -len(question.choices) <= idx < len(question.choices):
                return [question.choices[idx].code], "ordinal"
    listed = _LISTED.fullmatch(t)
    if listed and len(numbers_in(listed.group(1))) == 1:
        # "Uh, number four": the choice in that place as the question listed them (read back);
        # a place beyond the choices is no choice.
        idx = numbers_in(listed.group(1))[0]
        if idx == int(idx) and 1 <= idx <= len(question.choices):
            return [question.choices[int(idx) - 1].code], "ordinal"
        return [], "ordinal"
    letter = _LETTER.fullmatch(t)
    if letter:
        idx = ord(next(g for g in letter.groups() if g)) - ord("a")
        return ([question.choices[idx].code] if idx < len(question.choices) else []), "ordinal"
    return _by_deed_or_fuzzy(question, t, deeds, texting)


def _found_how(question: Any, t: str, found: list[str], first_positions: list[int], code_only: bool) -> str:
    """The method of a reading that named ``found`` (first said at ``first_positions``): ``exact``
    for three words or fewer, ``inferred`` (read back) when a choice's word is said of something
    else or only in a reason, or only the bare code word was said (in a short answer, of a label
    that names a kind of it: ``choice_spans.kind_dropped``); ``phrase`` otherwise."""
    if any(said_of_other(question, t, code) for code in found):
        return "inferred"  # "The locks are stiff." for "windows that stick": read back
    if len(re.findall(r"[a-z0-9']+", t)) <= 3:
        # "A base." for "an adjustable base" (answers blind48): the bare code word of a label that
        # names a kind of it may name another thing of its kind (a bed base), so it is read back
        dropped = all(kind_dropped(c) for c in question.choices if c.code in found)
        return "inferred" if code_only and dropped else "exact"
    reason = re.search(r"\b(because|cause|'cause|since|as i was|as we were)\b", t)
    if reason and all(p >= reason.start() for p in first_positions):
        # "I went back because I was still sick": the choice is named only in the reason given
        # for something else (a follow-up?): read it back.
        return "inferred"
    # Only the bare code word inside a longer answer, while the label says more ("I ordered on
    # my phone" for "by phone": a call, or the app on a phone?): read it back.
    return "inferred" if code_only else "phrase"


def _by_deed_or_fuzzy(question: Any, t: str, deeds: bool, texting: bool) -> tuple[list[str], str]:
    """The last readings of :func:`match_choices_how`: what the caller did ("I rang them"), then the
    words spelt out (:func:`as_texted`), then a typo of a choice (all read back)."""
    deed = deeds and inferred.choice_by_deed(question, t, _named)
    if deed:
        return deed, "inferred"
    texted = as_texted(question, t) if texting else t
    if texted != t:
        # "txt pls", "clasic 4 two", "junior sweet": shorthand, a typo or a word that sounds like the
        # choice's own
        again, _ = match_choices_how(question, texted, deeds, texting=False)
        if again:
            return again, "fuzzy"
    return _fuzzy_choices(question, t), "fuzzy"


def as_texted(question: Any, t: str) -> str:
    """``t`` with texting shorthand spelt out ("txt" text, "pls" please, a "4" or "2" between
    words for "for" and "to"), and each word that is no word of the choices but one edit from one
    (not an English word), clips one (:func:`_clipped_from`: "pref") or sounds exactly like one
    replaced by it ("clasic" classic, "sweet" suite)."""
    from customario.dialogue.optout_normalise import SHORTHAND

    wanted = {w for c in question.choices for p in [c.label, *c.synonyms] for w in re.findall(r"[a-z]+", clean(p))}
    t = re.sub(r"(?<=[a-z] )4(?= [a-z])", "for", re.sub(r"(?<=[a-z] )2(?= [a-z])", "to", t))

    def one(m: re.Match) -> str:
        w = m.group(0)
        w = SHORTHAND.get(w, w)
        if w in wanted or len(w) < 3:
            return w
        near = typos.candidates(w, tuple(wanted))
        if len(near) == 1:
            return near[0]
        clipped = _clipped_from(w, wanted)
        return clipped or typos.homophone_of(w, wanted) or w

    return re.sub(r"[a-z]+", one, t)


def _clipped_from(w: str, wanted: set[str]) -> str | None:
    """The one word of the choices that the typed ``w`` clips ("pref" preference, "elec" electric;
    answers blind46 had asked "no pref" again): four letters or more, the start of a choice's word
    at least two letters longer, no English word itself; None when none or two such words."""
    if len(w) < 4 or w in typos.english_words():
        return None
    longer = {c for c in wanted if c.startswith(w) and len(c) >= len(w) + 2}
    return longer.pop() if len(longer) == 1 else None


def _fuzzy_choices(question: Any, t: str, typos_only: bool = False) -> list[str]:
    """Codes whose label, synonym or code is within a typo of a word or word pair of ``t``
    (difflib ratio >= 0.8, phrases of 4+ letters): "resturant" for "restaurant". With
    ``typos_only``, only words that are no choice's word as written and are not negated count
    ("Bus and subway, never the ferry" adds nothing)."""
    words = [(m.group(), m.start()) for m in re.finditer(r"[a-z0-9']+", t)]
    if typos_only:
        known = {w for c in question.choices for p in [c.label, *c.synonyms, c.code] for w in clean(p).split()}
        # An English word is no typo ("the mesh thing" is not "nothing"): only words the dictionary
        # does not know are read as a misspelt choice beside the ones named right.
        english = typos.english_words()
        words = [(w, pos) for w, pos in words if w not in known and w not in english and not negated_at(t, pos)]
        grams = [w for w, _ in words]
    else:
        # a choice negated where it is said ("never got round to the gym") is no typo of it either,
        # nor one said to be fine to a question about what went wrong ("Food was fine", answers blind47)
        fault, trouble = asks_fault(question), asks_trouble(question)
        words = [
            (w, pos)
            for w, pos in words
            if not negated_at(t, pos)
            and not not_had(t, pos, pos + len(w), fault=fault, trouble=trouble)
            and not prefixed(t, pos)  # "bi-monthly" and "six-month" are no typo of "monthly"
        ]
        grams = [w for w, _ in words] + [f"{a} {b}" for (a, _), (b, _) in zip(words, words[1:])]
    best: set[str] = set()
    for c in question.choices:
        for phrase in [c.label, *c.synonyms, c.code.replace("_", " ")]:
            phrase = clean(phrase)
            if len(phrase) < 4:
                continue
            if any(
                len(g) >= 4
                and difflib.SequenceMatcher(None, g, phrase).ratio() >= 0.8
                and not prefixed(g, 0, g, phrase)
                for g in grams
            ):
                best.add(c.code)
    return [c.code for c in question.choices if c.code in best]
