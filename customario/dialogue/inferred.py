"""Answers that imply a value without saying it: the ``inferred`` readings of survey answers.

Callers often answer with the facts instead of the figure or the word asked for: "me, my husband
and the twins" (a household of four), "twice a day, Monday to Friday" (ten rides a week), "I rang
them up" (by phone), "my husband does, three days a week" (yes, someone works from home). These
rules read such answers for :mod:`customario.dialogue.answers`; every value they give has the method
``inferred``, which a survey reads back before storing it ("I heard four, is that right?",
issue 11), and every rule gives up (None) rather than guess when a part of the answer is not
understood: "me and my kids" has no count, so the question is asked again.

Pure functions, no I/O.
"""

from __future__ import annotations

import re
from typing import Any

from customario.dialogue.spoken import numbers_in
from customario.dialogue.units import counted_noun, question_unit

# ---------------------------------------------------------------- people in a household
_PERSON = (
    # regional and familiar: "the missus", "the bairns", "my hubby", "me nan", "our lass"
    r"missus|missis|hubby|wifey|other half|better half|bairn|wean|lad|lass|nan|nana|gran|grandad|granddad|mam|"
    r"wife|husband|partner|spouse|boyfriend|girlfriend|fiancee?|son|daughter|kid|child|baby|toddler|"
    r"teen|teenager|boy|girl|mum|mom|mother|dad|father|parent|grandma|grandmother|grandpa|grandfather|"
    r"grandparent|granny|brother|sister|sibling|roommate|room mate|flatmate|housemate|adult|person|aunt|"
    r"uncle|cousin|nephew|niece|friend|tenant|lodger|nanny|in law|mother in law|father in law|stepson|"
    r"stepdaughter|stepkid|stepchild|grandkid|grandchild|grandson|granddaughter|infant|newborn|student|"
    r"guy|lady|man|woman|senior|buddy|pal|mate|coworker|co worker|colleague|neighbou?r|classmate|bestie"
)
_PERSON_PLURAL = r"children|people|men|women|grandchildren|stepchildren|folks|buddies|besties"
_PETS = r"dogs?|cats?|puppy|puppies|kittens?|pets?|fish|goldfish|hamsters?|birds?|parrots?|rabbits?|bunny|bunnies"
_PERSON_WORD = re.compile(rf"\b({_PERSON}|{_PERSON_PLURAL})s?\b")
# A pair or a set whose size the word itself gives.
_SETS = {"twins": 2, "parents": 2, "grandparents": 2, "triplets": 3, "couple": 2, "in laws": 2}
_PEOPLE_QUESTION = re.compile(
    r"\b(people|persons|household|family|live (with|in|at)|lives (with|in|at)|living (with|in|at)|"
    r"adults|children|members|of you)\b"
)


def _part_count(part: str) -> float | None:
    """People in one part of an enumeration ("me" 1, "my wife" 1, "three kids" 3, "the twins" 2,
    "the two of us" 2, "my dog" 0), or None when the part is not understood."""
    me = 1 if re.match(r"(?:i have|i'?ve got)\s+", part) else 0  # "I have two kids": me and the kids
    p = re.sub(
        r"^(?:just|only|also|then|there'?s|there are|there was|there were|it was|it'?s|i have|i'?ve got|and|plus|with)\s+",
        "",
        part,
    ).strip()
    if me:
        n = _part_count(p)
        return None if n is None else n + 1
    p = re.sub(r"\b(my|our|the|his|her|their)\b\s*", "", p).strip()
    if not p:
        return None
    if re.fullmatch(r"(me|myself|i|me myself|yours truly|i live alone|alone)", p):
        return 1
    if re.fullmatch(rf"(a |an |one |our |little |new |older |younger |baby |teenage |adult |grown )*({_PETS})", p):
        return 0
    for word, size in _SETS.items():
        if re.fullmatch(rf"{word}", p):
            return size
    m = re.fullmatch(r"(.+?) of us", p)
    if m:
        nums = numbers_in(m.group(1))
        return nums[0] if len(nums) == 1 else None
    if re.fullmatch(rf"{_PERSON}", p):
        return 1  # "mother in law": one person, not "mother" counting "in laws"
    m = re.fullmatch(
        rf"(?:(.+?) )?(?:(?:little|baby|teenage|adult|grown|older|younger|young) )?({_PERSON}|{_PERSON_PLURAL})s?", p
    )
    if not m:
        return None
    quantity, noun = m.group(1), m.group(2)
    plural = p.endswith("s") and not noun.endswith("s") or noun in _PERSON_PLURAL.split("|")
    if quantity is None:
        return None if plural else 1
    nums = numbers_in(quantity)
    if len(nums) != 1 or nums[0] != int(nums[0]) or nums[0] < 1:
        return None
    if re.sub(r"\b(one|a|an|1)\b", "", quantity).strip() and not numbers_in(quantity):
        return None
    return nums[0]


# Things a booking holds one of per person: "How many tickets were in your order?".
_PER_PERSON_NOUN = re.compile(
    r"(?:tickets?|seats?|places?|spots?|passes|admissions?|covers|meals?|registrations?|entries|wristbands?|"
    r"spaces?|chairs?|beds?|bunks?|berths?)"
)


def counts_per_person(question: Any) -> bool:
    """True for a number question that counts things held one per person (tickets, seats,
    places, meals), which a caller may answer by listing the people ("me, my two kids and their
    friend")."""
    noun = counted_noun(question)
    return getattr(question, "type", None) == "number" and bool(noun and _PER_PERSON_NOUN.fullmatch(noun))


def counts_people(question: Any) -> bool:
    """True for a number question about people ("How many people live in your household?")."""
    return getattr(question, "type", None) == "number" and _asks_people(question)


def _asks_people(question: Any) -> bool:
    """True when the question's words are about people and what it counts is people: "How many
    people live in your household?", not "How many cars does your household own?"."""
    if not _PEOPLE_QUESTION.search((getattr(question, "text", "") or "").lower()):
        return False
    noun = counted_noun(question)
    return noun is None or bool(_PERSON_WORD.fullmatch(noun)) or noun in ("members", "adults", "of")


_HEDGE_PART = re.compile(r"i (?:think|guess|believe|reckon|suppose)|i'?d say|probably|maybe|give or take|or so|roughly")
UNCOUNTED = -1  # people_count: a list of people whose number cannot be told
_TOTAL = re.compile(r"(?:we are |we're |there are )?(\w+(?: \w+)?)(?: people| in total| all together| altogether)?")


def people_count(question: Any, text: str, *, per_person: bool = False) -> int | None:
    """The number of people an answer lists for a question about people in a household ("me and my
    wife" 2, "the two of us plus three kids" 5, "me and my dog" 1), or None (not such a question,
    or a part that is not a counted person: "me and my kids", "a few friends"), or
    :data:`UNCOUNTED` when such a list holds a number that is not the count ("two adults and a baby
    on the way").

    ``per_person``: the question counts things one per person ("How many tickets were in your
    order?" answered "me, my two kids and their friend": 4). Then only a list whose every part is
    a counted person, ``me`` among them, gives a count (the caller reads it back); anything else
    is None, never :data:`UNCOUNTED`."""
    if getattr(question, "type", None) != "number" or (not per_person and not _asks_people(question)):
        return None
    t = re.sub(r"[^a-z0-9' -]+", ",", text.lower()).replace("-", " ")
    t = re.sub(r"\bhalf an? dozen\b", "six", t)
    t = re.sub(r"(?<=[a-z]) n (?=[a-z])", " and ", t)  # "me n my husband" (typed)
    # "2 adults 2 kids": a new count straight after a counted noun starts a new part
    t = re.sub(
        rf"\b({_PERSON}|{_PERSON_PLURAL})(s?) (?=\d|(?:one|two|three|four|five|six|seven|eight|nine|ten)\b)",
        r"\1\2, ",
        t,
    )
    parts = [
        p.strip()
        for p in re.split(r",|\band\b|\bplus\b|&|\bwith\b|\balong with\b|\bso\b|\bthat'?s\b|\bmakes\b", t)
        if p.strip() and not _HEDGE_PART.fullmatch(p.strip())  # "..., I think"
    ]
    if len(parts) < 2 and not any(re.search(r"\bof us\b|\btwins\b|\btriplets\b", p) for p in parts):
        return None  # one part: "four people" is read as a number already
    # "Four: me, my wife and two kids": a total said with the list is the answer, if the list agrees.
    said = [p for p in parts if _TOTAL.fullmatch(p) and len(numbers_in(p)) == 1 and not _PERSON_WORD.search(p)]
    # "..., so five of us" after the list: the caller's own total, checked against the list
    said += [p for p in parts[1:] if p is parts[-1] and re.fullmatch(r"(?:so |that'?s )?\w+(?: \w+)? of us", p)]
    # "Two people: me and my wife", "One person, only me": the total first, then who they are
    headed = [
        p
        for p in parts[:1]
        if re.fullmatch(r"(?:just |only )?\w+(?: \w+)? (?:people|persons?)", p) and len(numbers_in(p)) == 1
    ]
    said += headed
    total = 0.0
    for part in parts:
        if part in said or re.match(r"(?:and )?\w+ of (?:them|those|these)\b", part):
            continue  # "3 adults, 2 of them are my parents": a subset, not more people
        n = _part_count(part)
        if n is None:
            total = float("nan")
            break
        total += n
    if len(said) == 1:
        stated = numbers_in(said[0])[0]
        if total != stated and headed:
            return UNCOUNTED  # "Two people: me, my wife and the baby": which is it?
        return int(stated) if total == stated else None  # else the plain number reading decides
    if per_person:
        listed_me = any(re.fullmatch(r"(?:(?:and|plus|with|just|only) )*(?:me|myself|i)", p) for p in parts)
        return int(total) if not said and listed_me and total == total and total >= 2 else None
    if len(said) > 1 or total != total:
        # A list of people that cannot be counted ("two adults and a baby on the way"): a number
        # in it is not the household, so the question is asked again.
        return UNCOUNTED if any(_PERSON_WORD.search(p) or re.search(r"\b(me|i)\b", p) for p in parts) else None
    return int(total) if total >= 1 else None


# ---------------------------------------------------------------- things counted in parts
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


def parts_count(question: Any, text: str) -> int | None:
    """The sum of things an answer counts in parts for a "how many ...?" question ("two dogs and a
    cat" → 3, "three cats, plus a rabbit" → 4), or None: not a count
    question (a time, money or people question has its own rules), fewer than two parts, or a part
    that is not "<number> <thing>" ("Zero, I was sick"). :data:`UNCOUNTED` when a part has no
    number ("two dogs and cats") or only some parts name what is asked ("twenty panels and one
    inverter" to "how many panels?"): the question is asked again. The sum is
    an ``inferred`` value, read back before it is stored."""
    noun = counted_noun(question)
    if getattr(question, "type", None) != "number" or not noun or question_unit(question) or _asks_people(question):
        return None  # people have their own rule (people_count): "three generations, six of us" is six
    if noun in ("times", "dollars", "hours", "minutes", "days", "nights"):
        return None
    asked_noun = noun.rstrip("s")
    t = re.sub(r"[^a-z0-9' ]+", ",", text.lower().replace("-", " "))
    parts = [p.strip() for p in re.split(r",|\band\b|\bplus\b|&|\bwith\b", t) if p.strip()]
    parts = [p for p in parts if not re.fullmatch(r"(um+|uh+|oh|well|so|just|that'?s it|that'?s all)", p)]
    if len(parts) < 2 and not (parts and _GROUPS.fullmatch(parts[0])):
        return None
    counted: list[tuple[int, str]] = []
    uncounted = False
    total = _TOTAL_PART.fullmatch(parts[-1]) if len(parts) > 2 else None
    stated = numbers_in(total.group("n")) if total and (total.group("lead") or total.group("tail")) else []
    if (
        len(stated) == 1
        and re.fullmatch(r"[a-z0-9 -]+", total.group("n"))
        and all(_PART.fullmatch(p) for p in parts[:-1])
    ):
        # "Six hens and four pullets, ten all told": the caller's own total ends the list (read
        # back); whether every part is one of what is asked is theirs to say.
        return int(stated[0]) if stated[0] == int(stated[0]) else None
    for part in parts:
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
    people = [(k, n) for k, n in counted if _PERSON_WORD.fullmatch(n) or n in ("kid", "child")]
    if people and not _PERSON_WORD.fullmatch(noun):
        # "We have 3 kids and 12 panels" to "how many panels?": people are never the things counted;
        # without a part that names what is asked ("two kids and a dog" to "how many pets?") the
        # rest is not known to be it either: asked again.
        if not any(n == asked_noun for _, n in counted):
            return UNCOUNTED
        counted = [c for c in counted if c not in people]
    if any(n == asked_noun for _, n in counted) and any(n != asked_noun for _, n in counted):
        # "Twelve trees and two shrubs" to "how many trees?", "two road bikes and a tandem": is the
        # other part one of them? Asked again rather than guessed.
        return UNCOUNTED
    return sum(n for n, _ in counted)


# ---------------------------------------------------------------- amounts said without "hundred"
_DIGIT_WORDS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")


def hundreds_elided(t: str) -> int | None:
    """ "One fifty" = 150, "two twenty-five" = 225: a figure said with "hundred" left out, the way
    amounts are spoken (read back: it could be 1.50). None unless the answer's only numbers are one
    digit word directly followed by ten to ninety-nine."""
    m = re.search(
        rf"\b({'|'.join(_DIGIT_WORDS)}) ((?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
        rf"(?:[ -](?:{'|'.join(_DIGIT_WORDS)}))?|ten|eleven|twelve|\w+teen)\b",
        t,
    )
    if not m or numbers_in(t[: m.start()] + " " + t[m.end() :]):
        return None
    tail = numbers_in(m.group(2))
    if len(tail) != 1 or not 10 <= tail[0] <= 99:
        return None
    return (_DIGIT_WORDS.index(m.group(1)) + 1) * 100 + int(tail[0])


_TENS_WORDS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_TENS_AND_DIGIT = rf"(?:{_TENS_WORDS})(?:[ -](?:{'|'.join(_DIGIT_WORDS)}))?"
# "eighty-five fifty": dollars then cents, both twenty to ninety-nine (cents also ten to nineteen)
_CENTS_ELIDED = re.compile(rf"\b({_TENS_AND_DIGIT}) ({_TENS_AND_DIGIT}|ten|eleven|twelve|\w+teen)\b")


def cents_elided(t: str) -> float | None:
    """ "Eighty-five fifty" = 85.50, "eighty-nine ninety-nine" = 89.99: dollars and cents said
    with both units left out, the way prices are read aloud (read back). None unless the answer's
    only numbers are twenty to ninety-nine directly followed by ten to ninety-nine (a single digit
    first is :func:`hundreds_elided`'s: "two fifty" is 250)."""
    m = _CENTS_ELIDED.search(t)
    if not m or numbers_in(t[: m.start()] + " " + t[m.end() :]):
        return None
    dollars, cents = numbers_in(m.group(1)), numbers_in(m.group(2))
    if len(dollars) != 1 or len(cents) != 1 or not 10 <= cents[0] <= 99:
        return None
    return round(dollars[0] + cents[0] / 100, 2)


def counts_occasions(question: Any) -> bool:
    """True for a number question that counts times or events ("how many times...", "how often",
    "how many rides..."), where "once", "twice" and "never" are counts; not for people or amounts."""
    asked = (getattr(question, "text", "") or "").lower()
    if _asks_people(question) or question_unit(question) or re.search(r"\b(dollars|much|cost|spend|pay)\b", asked):
        return False
    return bool(re.search(r"\bhow (many|often)\b|\bnumber of times\b", asked))


def counted_one(question: Any, text: str) -> str:
    """``text`` with "the one ride" / "a single trip" read as "one ride" when the question counts
    rides or trips ("how many rides..."): "the one" before the counted noun is a count, elsewhere
    ("the one with the blue lid") it is not; "just the one" as the whole answer is "one"."""
    counted = counted_noun(question)
    if not counted:
        return text
    if re.fullmatch(r"\W*(?:(?:um+|uh+|oh|well)\W+)?(?:just|only) the (?:one|single one)\W*", text):
        return "one"  # "Just the one." to "how many rides...?"
    # "Just the one, my old girl Biscuit": the count first, then who it is
    lead = re.match(
        r"\W*(?:(?:um+|uh+|oh|well|ah|arre)\W+)?(?:just|only) the (?:one|single one)\b"
        r"(?=\s*(?:[,.;!-]|these days|now\b|at the moment|nowadays|currently|$))",
        text,
    )
    if lead:
        return "one" + text[lead.end() :]
    noun = re.escape(counted.rstrip("s"))
    return re.sub(rf"\b(?:the|a|just the|only the) (?:one|single) ({noun}s?)\b", r"one \1", text)


# ---------------------------------------------------------------- a choice said by what was done
# How people say the contact channel without its name: the verb ("I rang them up") or the place
# ("I just walked in"). Each rule gives the words a choice of that channel is usually labelled
# with; they are matched against the question's own choices (labels, synonyms, codes).
_CHANNEL_DEEDS = (
    (
        r"\b(rang|ring(ing)?|phoned|called|calling|call(ed)? (them|you|it) in|on the blower|on the dog and bone|"
        r"gave (them|you|y'all) a "
        r"(call|ring|bell|buzz)|over the phone|phone call|on the phone with|spoke to (someone|somebody|a person|"
        r"an agent|a rep)|talked to (someone|somebody|a person|an agent|a rep))\b",
        ("phone", "by phone", "telephone", "call"),
    ),
    (
        r"\b(walked in(to)?|walk(ed)? into|went in(to)?|came in(to)?|popped in(to)?|dropped (in|by)|stopped (in|by)|"
        r"in person|face to face|at the (counter|till|register|checkout desk|front desk|branch|shop|store)|"
        r"went down to|went to (the|your|their) (shop|store|branch|location))\b",
        ("in a store", "store", "shop", "in person", "branch"),
    ),
    (
        r"\b(on (your|their|the) (web ?site|site)|web ?site|clicked|through (your|their|the) site|"
        r"added (it )?to (my|the) (cart|basket)|online|on the (web|net|internet|interweb|computer|laptop))\b",
        ("online", "website", "web", "internet"),
    ),
)


# Questions about how the caller got in touch or bought: only there does "I rang" name a channel.
_CHANNEL_QUESTION = re.compile(
    r"\b(contact(ed)?|order(ed)?|place(d)?|buy|bought|purchase(d)?|book(ed)?|reach(ed)?|get in touch|got in touch|"
    r"shop(ped)?|sign(ed)? up|appl(y|ied)|reserve(d)?|channel)\b"
)


# What happened, told instead of the reason asked for: an accident in the night is an emergency,
# an animal or person off their food is a sick visit. Matched against the question's own choices.
_SITUATIONS = (
    (
        r"\b(hit by a (car|truck|bus|van|bike)|run over|knocked (down|over)|in the middle of the night|"
        r"at (one|two|three|four|\d) (in the morning|am)|\d ?a\.?m\.?|rushed (her|him|it|them|me|us)? ?(in|there|over)|"
        r"ambulance|collapsed|seizures?|having a fit|bleeding|bled|swallowed|poison(ed|ing)?|couldn'?t breathe|"
        r"(had|was in) an accident|broke (his|her|its|my) (leg|arm|jaw|tooth|hip)|attacked|mauled|bitten by)\b",
        ("emergency", "urgent", "after hours", "a&e", "er"),
    ),
    (
        r"\b(throwing up|vomit\w*|being sick|off (his|her|its|their) food|(stopped|not|wasn'?t|wouldn'?t) eat(ing)?|limping|"
        r"diarrh\w+|the runs|coughing|sneezing|lethargic|off colou?r|under the weather|running a (temperature|fever)|"
        r"(had|has|got) (a|an) (rash|fever|temperature|infection|lump|cough|ear infection|upset (stomach|tummy)))\b",
        ("sick", "unwell", "ill", "illness", "poorly", "sick visit"),
    ),
)


def _situation(question: Any, t: str, match: Any) -> list[str]:
    """Codes of the choices a told situation names ("she got hit by a car" → an emergency choice),
    one per situation, skipping clauses that negate it ("it wasn't an accident")."""
    codes: list[str] = []
    for rx, words in _SITUATIONS:
        for clause in re.split(r"[,.;!?]|\bbut\b", t):
            m = re.search(rx, clause)
            if not m or re.search(r"\b(not|never|no)\b|n'?t\b", clause[: m.start()]):
                continue
            found = next((f for w in words if len(f := match(question, w)) == 1), [])
            if found and found[0] not in codes:
                codes.append(found[0])
            break
    return codes


def choice_by_deed(question: Any, text: str, match: Any, many: bool = False) -> list[str]:
    """Codes of the choices an answer names by what the caller did ("I rang them up" → the phone
    choice, "I just walked in and bought it" → the store) or what happened ("we brought her in at
    two in the morning after she got hit by a car" → an emergency choice), or [] when no rule or
    several choices apply (``many``: every channel named, for a multi-choice question).
    ``match(question, words)`` is the ordinary choice matcher."""
    t = text.lower()
    if not _CHANNEL_QUESTION.search((getattr(question, "text", "") or "").lower()):
        told = _situation(question, t, match)
        return told if len(told) == 1 or (many and told) else []
    codes: list[str] = []
    for rx, words in _CHANNEL_DEEDS:
        deed = re.search(rx, t)
        if deed and not re.search(r"\b(not|never|didn'?t|wasn'?t)\W+(?:\w+\W+)?$", t[: deed.start()]):
            # ("Definitely not in person": a deed negated is none)
            for w in words:
                found = match(question, w)
                if len(found) == 1:
                    if found[0] not in codes:
                        codes.append(found[0])
                    break
    return codes if len(codes) == 1 or many else []


# ---------------------------------------------------------------- yes or no without the word
# Words that say more than the question asks, in its direction: "it came early" to "did it
# arrive on time?". (question words, stronger words)
_BEYOND = ((r"\bon time\b|\bpunctual", r"early|ahead of (time|schedule)|before (it was due|the due date|expected)"),)
_NEGATION = re.compile(r"\b(not|never|no|nobody|no one|none|neither|nothing|hardly|rarely)\b|n't\b")
# The past, an end or a plan: "I had a monthly pass last year", "my pass expired", "thinking about
# getting one" restate the question's phrase without answering it.
_NO_LONGER = re.compile(
    r"\b(used to|no longer|any ?more|anymore|last year|previously|in the past|had one|once did|expired|"
    r"ran out|lapsed|cancell?ed|gave up|stopped|quit|lost|thinking (about|of)|might|plan(ning)? to|"
    r"going to|want to|would like|considering|if|hope to|hoping to|hoped to|soon)\b"
)
_SUBJECT_NONE = re.compile(r"^(nobody|no one|none of (us|them)|neither( of (us|them))?|not (one|anyone))\b")
# "my husband does", "we do", "she is", "I can": a subject and an auxiliary that ends its clause.
_ELLIPTIC = re.compile(
    r"^(?:(?:well|oh|yeah|um+|uh+|actually|so)\s+)*((?:my|our|the|his|her)\s+\w+(?:\s+and\s+(?:my|our|the)?\s*\w+)?|"
    r"i|we|he|she|they|both of us|all of us|one of us|\w+)\s+(does|do|did|is|are|was|were|has|have|can|will|would)"
    r"(?:\s+(too|also|yes))?\s*(?:[,.;!]|$)"
)
_HOW_OFTEN_QUESTION = re.compile(
    r"\b(at least|ever|regularly|often|usually|normally|any days?|a week|per week|a month|sometimes)\b"
)
_FREQUENCY = re.compile(
    r"\b(on (mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays|weekends|weekdays)|"
    r"(every|each) (monday|tuesday|wednesday|thursday|friday|saturday|sunday|day|week|weekday|morning)|"
    r"(once|twice|\w+ times|\w+ days?) a (week|day)|daily|weekly)\b"
)
# Less often than a question about "at least ... a week" asks: "only once a month" is no answer to it.
_LESS_OFTEN = re.compile(
    r"\b(a month|a year|per month|monthly|yearly|rarely|occasionally|hardly( ever)?|once in a while)\b"
)
_QUESTION_STOP = frozenset(
    "a an the and or of to in on at by for with from is are was were be do does did you your yours "
    "anyone anybody someone any we us our it its this that there have has had can could will would "
    "may might should least one day week".split()
)


_DETERMINERS = frozenset("a an the your my our his her their this that these those".split())


def _phrases(text: str) -> set[str]:
    # "keep the subscription" restates "keep your subscription": the determiner says nothing
    words = [w for w in re.findall(r"[a-z']+", text) if w not in _DETERMINERS]
    return {f"{a} {b}" for a, b in zip(words, words[1:]) if not (a in _QUESTION_STOP and b in _QUESTION_STOP)}


# Harm said by its mark: "the TV has a big scratch on it", "a chair leg got cracked".
_DAMAGE_QUESTION = re.compile(r"\b(damag\w*|broken|break|broke|scratch\w*|harm\w*|lost|missing|dented)\b")
_DAMAGE_MARK = re.compile(
    r"\b(scratch(ed|es)?|crack(ed|s)?|broke|broken|dent(ed|s)?|chip(ped|s)?|smashed|shattered|ripped|torn|tore|"
    r"bent|snapped|stained|gouged?|scuff(ed|s)?|busted|wrecked|ruined|damaged|dinged|went missing|in pieces|"
    r"(is|was|are|were|went|got) (lost|missing))\b"
)
# Kept to the promise: "It came on the Thursday they promised", "on the last day of the window".
_ON_TIME_QUESTION = re.compile(r"\bon time\b|\bwhen (promised|expected|they said)\b|\bas promised\b")
_KEPT_DATE = re.compile(
    r"\b(came|arrived|showed up|turned up|got here|got there|was delivered|delivered|landed|were there|was there|"
    r"was ready|were ready|had it ready|was done|was finished|was fixed)\b"
    r".*\b((like |as )?(they|you|the \w+|it was) (promised|said|quoted|told me|gave me|scheduled|estimated)|"
    r"(last|final) day of the (window|range|estimate)|within the (window|time frame|timeframe|estimate)|"
    r"(right )?on schedule|as (promised|expected|scheduled|quoted))\b"
)


def _evidence(question: Any, t: str) -> str | None:
    """``yes``/``no`` from a fact that answers the question without a yes/no word (a damage mark to
    "was anything damaged?", a promised day kept to "did it arrive on time?"), or None."""
    asked = (getattr(question, "text", "") or "").lower()
    for wanted, evidence in ((_DAMAGE_QUESTION, _DAMAGE_MARK), (_ON_TIME_QUESTION, _KEPT_DATE)):
        if not wanted.search(asked):
            continue
        for clause in re.split(r"[,.;!?]|\bbut\b|\bthough\b", t):
            m = evidence.search(clause)
            if not m or re.search(r"\b(not|never|no|nothing|none|nobody)\b|n't\b", clause[: m.start()]):
                continue
            if evidence is _KEPT_DATE and re.search(r"\b(after|later|late|past|overdue|delayed|behind)\b", clause):
                return None  # "two days after they said": the promise was not kept
            return "yes"
    return None


# An answer whose subject is none of the things asked about: "none were late", "none of them came
# damaged", "not one of the boxes was late".
_LEAD_FILLERS = r"^(?:(?:well|oh|nah|um+|uh+|honestly)\W+)*"  # "well, none were late", "oh, nobody did"
_NONE_SAID = re.compile(
    _LEAD_FILLERS + r"((?:none|not one|not a single one|neither)(?: of (?:them|those|these|the \w+|my \w+))?"
    r"(?: \w+)? (?:were|was|came|arrived|got|went|did))\b"
)


def _content_words(asked: str) -> set[str]:
    return {w for w in re.findall(r"[a-z]+", asked) if len(w) > 3 and w not in _QUESTION_STOP}


def implied_yes_no(question: Any, text: str) -> str | None:
    """``yes``/``no`` an answer implies without a yes/no word, or None:

    - a stronger word in the question's direction ("it came early" to "did it arrive on time?");
    - a subject and an auxiliary ("my husband does", "we do"; "nobody does" is no);
    - how often, to a question about at least / ever / usually ("only on Fridays", "three days a
      week" to "does anyone work from home at least one day a week?");
    - the question's own phrase restated ("I run a business from home" to "...work from home...";
      "nobody works from home" is no), except about the past ("I used to", "no longer").
    """
    asked = (getattr(question, "text", "") or "").lower()
    t = re.sub(r"\s+", " ", text.lower().replace("’", "'")).strip()
    if not t or t.endswith("?"):
        return None
    found = _evidence(question, t)
    if found:
        return found
    negated = bool(_NEGATION.search(t))
    for words, beyond in _BEYOND:
        if re.search(words, asked) and re.search(rf"\b({beyond})\b", t) and not negated:
            return "yes"
    about = re.search(r"\b(?:anything|anyone|anybody)\s+(?:get\s+|got\s+)?(\w+)(?:\s+or\s+(\w+))?", asked)
    verbs = rf"\b({'|'.join(w for w in about.groups() if w)})\b" if about else None
    said = [c for c in re.split(r"[,.;]|\bbut\b", t) if verbs and re.search(verbs, c)]
    if said and not re.search(r"\bnot\b|n't\b|\?", t):
        # "Was anything damaged or lost?" - "nothing was damaged" is no, "the lamp got damaged" or
        # "nothing was damaged, but a box got lost" yes
        return "no" if all(re.search(r"\b(nothing|nobody|no one|none)\b", c) for c in said) else "yes"
    m = _ELLIPTIC.search(t)
    if m and not re.search(r"n't|\bnot\b", t[m.end() - 6 : m.end() + 6]):
        if _SUBJECT_NONE.search(m.group(1)):
            return "no"
        if m.group(1) not in ("it", "that", "this", "which", "who", "what") and not negated:
            return "yes"
    if _NO_LONGER.search(t):
        return None
    if _HOW_OFTEN_QUESTION.search(asked) and _LESS_OFTEN.search(t):
        # "Only once a month" to "... at least one day a week?": less often than the least asked is
        # a no; to "do you usually ...?" it says nothing.
        least = re.search(r"\bat least (once|one \w+|\w+ times?|\w+ days?) (a|per|each|every) (day|week)\b", asked)
        # Only a stated longer period: "occasionally" or "rarely" may still be weekly.
        longer = re.search(r"\b(a|per|every|each) (month|year)\b|\b(monthly|yearly)\b", t)
        return "no" if least and longer and not negated and not _FREQUENCY.search(t) else None
    if re.search(r"\b(have|has) (you|anyone|anybody)\b|\bever\b", asked) and not negated:
        # "Once, for the free intro session" to "Have you worked with a trainer?": a number of times
        # it happened says it did.
        if re.match(r"(just |only |maybe )?(once|twice|a (few|couple( of)?) times|(a )?few times|\w+ times)\b", t):
            return "yes"
    if _HOW_OFTEN_QUESTION.search(asked) and _FREQUENCY.search(t) and not negated:
        return "yes"
    adjective = re.match(r"^(?:was|were|is|are)\b.*?\b([a-z]+)\s*\?*$", asked.strip())
    if adjective and adjective.group(1) not in _QUESTION_STOP and re.search(rf"\b{adjective.group(1)}\b", t):
        # "Was the staff friendly?" - "very friendly" is yes, "not friendly at all" is no.
        return "no" if re.search(r"\b(not|never)\b|n't\b", t) else "yes"
    none = _NONE_SAID.match(t)
    if none and _content_words(asked) & set(re.findall(r"[a-z]+", re.split(r"[,.;!?]", t[none.start(1) :])[0])):
        # "None were late" to "did any of your boxes arrive late?": nothing of what is asked (read back)
        return "no"
    shared = _phrases(asked) & _phrases(t)
    if shared:
        if _SUBJECT_NONE.search(re.sub(_LEAD_FILLERS, "", t)) or re.search(r"\b(not|never)\b|n't\b", t):
            return "no"
        return "yes"
    return None
