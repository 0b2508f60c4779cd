"""Things counted in parts, the ``inferred`` readings of "how many" answers that are no people (issue 11).

"Two dogs and a cat" is three pets, "two suitcases plus the golf bag" three bags (a suitcase is a
bag in WordNet), "two rows of eight" sixteen, "one full-time and one on Saturdays" two. Every
count is read back before it is stored; a part that is not understood gives up
(:data:`customario.dialogue.listed_counts.UNCOUNTED`, asked again). Split from
:mod:`customario.dialogue.listed_counts` (people in a household) when it reached the module limit.
Used by :mod:`customario.dialogue.number_answers`.

Pure functions, no I/O (WordNet's files are read once, :mod:`customario.escalation.wordnet`).
"""

from __future__ import annotations

import re
from typing import Any

from customario.dialogue.listed_counts import (
    NUMBER_START,
    PERSON_WORD,
    UNCOUNTED,
    joined_lead,
    no_person,
    persons_asked,
    asks_people,
)
from customario.dialogue.spoken import numbers_in
from customario.dialogue.units import MONEY_QUESTION, counted_noun, question_unit
from customario.escalation.wordnet import is_kind_of

_PART = re.compile(
    r"(?:(?:just|only|also|then|plus|and|we have|we'?ve got|i have|i'?ve got|there'?s|there are)\s+)*"
    r"(?P<qty>an?|one|\w+(?: \w+)?|\d+)\s+(?:(?:old|young|little|big|small|new|rescue|other|more)\s+)?"
    r"(?P<noun>[a-z]+)"
)
_NOT_THINGS = re.compile(
    r"^(half|quarter|third|bit|lot|few|couple|dozen|time|times|year|years|month|months|week|weeks|day|days|"
    r"hour|hours|minute|minutes|dollar|dollars|cent|cents|percent|out|of|or|more|less|ish|thing|things|"
    r"way|ways|point|and|the)$"
)


# A count said as groups times their size: "two rows of eight", "3 strings of 10 panels", "four packs
# of six".
_GROUPS = re.compile(
    r"(?:(?:we have|we'?ve got|i have|i'?ve got|there'?s|there are|it'?s|just|about)\s+)*"
    r"(?P<groups>an?|one|\w+(?: \w+)?|\d+)\s+(?P<group>rows?|lines?|columns?|sets?|lots|groups?|packs?|boxes|"
    r"bags|stacks?|trays?|strings?|batches|banks?|arrays?|blocks?|pairs?|crates?|cartons?|bundles?|[a-z]{3,}s)\s+of\s+"
    r"(?P<size>an?|\w+(?: \w+)?|\d+)(?:\s+(?P<noun>[a-z]+s))?"
)
# The caller's own total as the last part of a list: "so ten", "that's ten", "ten all told".
_TOTAL_PART = re.compile(
    r"(?:(?P<lead>so|that'?s|so that'?s|which makes|that makes|makes|making|for a total of)\s+)?(?:about\s+)?"
    r"(?P<n>[a-z0-9 -]+?)(?:\s+(?P<tail>all up|all told|in total|total|altogether|all together|in all|combined))?"
)


# One thing named with a determiner and no number: "the golf bag", "my old scooter".
_OWNED = re.compile(r"(?:the|my|our|his|her|their|your)\s+(?:[a-z']+\s+)?(?P<noun>[a-z]+)")


# A part of what was counted, by a number: "ten of them", "all six of 'em", "one of those".
_PARTITIVE = re.compile(
    r"(?:(?:all|just|only|and|but)\s+)*(?:an?|one|\w+(?: \w+)?|\d+)\s+of\s+(?:them|'?em|those|these)(?:\s+[a-z]+){0,3}"
)


def _people_kept(counted: list[tuple[int, str]], noun: str, asked_noun: str) -> list[tuple[int, str]]:
    """``counted`` without the animals and things (:func:`listed_counts.no_person`) when the
    question counts a kind of person and a part names such people: "Eighty guests and, um, two
    dogs" to "how many guests came?" counts the guests (answers blind47; read back). Else
    ``counted`` as it is."""
    if not persons_asked(noun):
        return counted
    kept = [(k, n) for k, n in counted if not no_person(n)]
    if kept and len(kept) < len(counted) and any(n == asked_noun or PERSON_WORD.fullmatch(n) for _, n in kept):
        return kept
    return counted


# A sentence that only opens a count said aloud: "Let me think.", "Let's see.", "Hmm, let me count."
_THINKING = re.compile(
    r"\W*(?:(?:um+|uh+|er+m?|hmm+|oh|ok|okay|right|well|so)\W+)*(?:let me (?:think|see|count)|let'?s see)\W*"
)
_LAST_TOTAL = re.compile(r"\W*(?:so|that'?s|so that'?s|which makes|makes)?\W*(?P<n>[a-z0-9 -]+?)\W*")


def parts_count(question: Any, text: str) -> int | None:
    """:func:`_parts_count` of ``text``; and when the answer names the things one by one and then
    closes with their number in a sentence of its own ("Let me think. The two dogs, the rabbit and
    the cat. Four."), that number when the things named count to it (answers blind51). A number
    that disagrees with the things named gives no count here (asked again by the caller, two
    numbers)."""
    sentences = [x for x in re.split(r"(?<=[.!?;])\s+", text.strip()) if x.strip()]
    if len(sentences) >= 2:
        total = _LAST_TOTAL.fullmatch(sentences[-1].lower())
        said = numbers_in(total.group("n")) if total else []
        named = [x for x in sentences[:-1] if not _THINKING.fullmatch(x.lower())]
        if len(said) == 1 and said[0] == int(said[0]) and named and len(total.group("n").split()) <= 3:
            listed = _parts_count(question, " ".join(named))
            if isinstance(listed, int) and listed == said[0]:
                return listed
    return _parts_count(question, text)


def _parts_count(question: Any, text: str) -> int | None:
    """The sum of things an answer counts in parts for a "how many ...?" question ("two dogs and a
    cat" → 3, "three cats, plus a rabbit" → 4), or None: not a count
    question (a time, money or people question has its own rules), fewer than two parts, or a part
    that is not "<number> <thing>" ("Zero, I was sick"). :data:`UNCOUNTED` when a part has no
    number ("two dogs and cats") or only some parts name what is asked ("twenty panels and one
    inverter" to "how many panels?"): the question is asked again. The sum is
    an ``inferred`` value, read back before it is stored."""
    noun = counted_noun(question)
    if getattr(question, "type", None) != "number" or not noun or question_unit(question) or asks_people(question):
        return None  # people have their own rule (people_count): "three generations, six of us" is six
    if noun in ("times", "dollars", "hours", "minutes", "days", "nights"):
        return None
    asked_noun = noun.rstrip("s")
    t = re.sub(r"[^a-z0-9' ]+", ",", text.lower().replace("-", " "))
    # "a hundred and twelve thousand" is one number, not the parts "a hundred" and "twelve thousand"
    t = re.sub(rf"\b(hundred|thousand) and (?={NUMBER_START})", r"\1 ", t)
    parts = [p.strip() for p in re.split(r",|\band\b|\bplus\b|&|\bwith\b", t) if p.strip()]
    parts = [p for p in parts if not re.fullmatch(r"(um+|uh+|er+m?|ah+|oh|well|so|just|that'?s it|that'?s all)", p)]
    # "Ten trips, ten of them", "two dogs, one of them a puppy": a partitive after the first part
    # restates or describes what was counted, it adds nothing (answers blind46 had asked again)
    parts = parts[:1] + [p for p in parts[1:] if not _PARTITIVE.fullmatch(p)]
    if len(parts) < 2 and not (parts and _GROUPS.fullmatch(parts[0])):
        return None
    counted: list[tuple[int, str]] = []
    uncounted = False
    total = _TOTAL_PART.fullmatch(parts[-1]) if len(parts) > 2 else None
    stated = numbers_in(total.group("n")) if total and (total.group("lead") or total.group("tail")) else []
    if (
        len(stated) == 1
        and re.fullmatch(r"[a-z0-9 -]+", total.group("n"))
        and all(_PART.fullmatch(p) or _OWNED.fullmatch(p) for p in parts[:-1])
    ):
        # "Six hens and four pullets, ten all told": the caller's own total ends the list (read
        # back); whether every part is one of what is asked is theirs to say.
        return int(stated[0]) if stated[0] == int(stated[0]) else None
    lead = joined_lead(t, parts)
    for part in parts:
        if lead is not None and part is parts[0]:
            counted.append((int(lead), asked_noun))  # "two plus a pop-up tent": two of what is asked
            continue
        owned = _OWNED.fullmatch(part)
        if owned and not owned.group("noun").endswith("s") and not _NOT_THINGS.match(owned.group("noun")):
            counted.append((1, owned.group("noun")))  # "the golf bag", "my old scooter": one thing
            continue
        grouped = _GROUPS.fullmatch(part)
        if grouped and not _NOT_THINGS.match(grouped.group("group")):
            # "Two rows of eight", "three boxes of a dozen": groups times their size (read back)
            sizes = [
                [1.0] if grouped.group(g) in ("a", "an") else numbers_in(grouped.group(g)) for g in ("groups", "size")
            ]
            if all(len(n) == 1 and n[0] == int(n[0]) >= 1 for n in sizes):
                counted.append((int(sizes[0][0] * sizes[1][0]), (grouped.group("noun") or noun).rstrip("s")))
                continue
            return None
        pm = _PART.fullmatch(part)
        qty = pm.group("qty") if pm else None
        nums = [1.0] if qty in ("a", "an", "one") else numbers_in(qty or "")
        if pm and not _NOT_THINGS.match(pm.group("noun")) and len(nums) == 1 and nums[0] == int(nums[0]) >= 1:
            counted.append((int(nums[0]), pm.group("noun").rstrip("s")))
        elif re.fullmatch(r"(?:(?:some|a few|several|lots of|loads of|a couple of|a bunch of)\s+)?[a-z]{3,}s", part):
            uncounted = True  # "two dogs and cats", "two dogs and some fish": a part without its number
        else:
            return None  # "Zero, I was sick all week": not a list of counted things
    if not counted:
        return None
    if uncounted:
        return UNCOUNTED
    counted = _people_kept(counted, noun, asked_noun)
    people = [(k, n) for k, n in counted if PERSON_WORD.fullmatch(n) or n in ("kid", "child")]
    if len(people) == len(counted) > 1 and persons_asked(noun):
        # "Eighty adults and about ten kids" to "how many guests attended?": people of every kind
        # are guests (read back)
        return sum(k for k, _ in counted)
    if people and not PERSON_WORD.fullmatch(noun):
        # "We have 3 kids and 12 panels" to "how many panels?": people are never the things counted;
        # without a part that names what is asked ("two kids and a dog" to "how many pets?") the
        # rest is not known to be it either: asked again.
        if not any(n == asked_noun for _, n in counted):
            return UNCOUNTED
        counted = [c for c in counted if c not in people]
    if any(n == asked_noun for _, n in counted):
        # "two suitcases plus the golf bag" to "how many bags?": a part of the kind asked is one of them
        counted = [(k, asked_noun if n == asked_noun or is_kind_of(n, asked_noun) else n) for k, n in counted]
    left_out = _left_out_by(question)
    if any(n == asked_noun for _, n in counted) and all(n == asked_noun or n in left_out for _, n in counted):
        # "Six trees and the hedge" to "How many trees? Do not count hedges." (blind41): what the
        # question leaves out is not counted (read back); anything else may be one of them
        return sum(k for k, n in counted if n == asked_noun)
    if any(n == asked_noun for _, n in counted) and any(n != asked_noun for _, n in counted):
        # "Twelve trees and two shrubs" to "how many trees?", "two road bikes and a tandem": is the
        # other part one of them? Asked again rather than guessed.
        return UNCOUNTED
    return sum(n for n, _ in counted)


# What a count question says not to count: "Do not count hedges.", "not counting the shed",
# "excluding saplings", "other than the fruit trees".
_LEFT_OUT = re.compile(
    r"\b(?:do not|don'?t|not) (?:count|include)(?:ing)?|\b(?:excluding|except|other than|apart from|aside from|"
    r"besides|leaving out|leave out)\b"
)


def _left_out_by(question: Any) -> set[str]:
    """The nouns (singular) a count question says not to count, each the first noun after an
    exclusion ("How many trees? Do not count hedges." → {"hedge"}); empty when it says none."""
    from customario.dialogue.things_listed import singular

    asked = (getattr(question, "text", "") or "").lower()
    return {
        singular(m.group(1))
        for ex in _LEFT_OUT.finditer(asked)
        if (m := re.match(r"\s+(?:the |any |your |our )?([a-z]+)", asked[ex.end() :]))
    }


# One of the things counted, told apart by a description: "one in the morning", "one part-time".
_ONE_PART = re.compile(r"(?:and |plus |then )?(?:just |only )?(?:one|1)\b(?P<rest>(?: [a-z'-]+){1,4})")
_UNIT_OR_MONEY = re.compile(
    r"\b(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|dollars?|bucks?|cents?|pounds?|half|quarter|third|"
    r"more|less|other|another|each|or|of them|percent)\b"
)


def ones_told_apart(question: Any, t: str) -> int | None:
    """How many ones a count answer lists, each told apart by a few words ("one full-time and one
    on Saturdays" 2, "one in the morning, one at lunch and one at night" 3), or None: fewer than
    two parts, a part that is not "one <words>", another number, a unit of time or money ("one
    week and one day"), or a question about money or time. Read back (``inferred``)."""
    if (
        getattr(question, "type", None) != "number"
        or question_unit(question)
        or MONEY_QUESTION.search((getattr(question, "text", "") or "").lower())
    ):
        return None
    said = re.sub(r"^\W*(?:(?:um+|uh+|oh|well|so|we have|we'?ve got|i have|i'?ve got|there'?s)\W+)*", "", t).strip(
        " .!?"
    )
    parts = [p.strip() for p in re.split(r",\s*|\s+(?=and\s)|\s+(?=plus\s)", said) if p.strip()]
    if len(parts) < 2 or _UNIT_OR_MONEY.search(said):
        return None
    for part in parts:
        m = _ONE_PART.fullmatch(part)
        if not m or numbers_in(m.group("rest").replace("-", " ")):
            return None
    return len(parts)
