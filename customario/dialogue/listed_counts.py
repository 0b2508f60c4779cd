"""People counted as a list of their parts, the ``inferred`` readings of "how many" answers.

"Me, my husband and the twins" is a household of four, "two plus the baby" three children. Every
count is read back by the survey before it is stored (issue 11), and a list with a part that is
not understood gives up: "me and my kids" has no count (:data:`UNCOUNTED`, asked again). Things
that are not people ("two dogs and a cat") are counted in :mod:`customario.dialogue.part_counts`.
Used by :mod:`customario.dialogue.number_answers`.

Pure functions, no I/O (WordNet's files are read once, :mod:`customario.escalation.wordnet`).
"""

from __future__ import annotations

import re
from typing import Any

from customario.dialogue.spoken import numbers_in, stray_words
from customario.dialogue.units import counted_noun
from customario.escalation.wordnet import is_kind_of

# ---------------------------------------------------------------- people in a household
PERSON = (
    # regional and familiar: "the missus", "the bairns", "my hubby", "me nan", "our lass"
    r"missus|missis|hubby|wifey|other half|better half|bairn|wean|lad|lass|nan|nana|gran|grandad|granddad|mam|ma|da|"
    r"wife|husband|partner|spouse|boyfriend|girlfriend|fiancee?|son|daughter|kid|child|baby|toddler|"
    r"teen|teenager|boy|girl|mum|mom|mother|dad|father|parent|grandma|grandmother|grandpa|grandfather|"
    r"grandparent|granny|brother|sister|sibling|roommate|room mate|flatmate|housemate|adult|person|aunt|"
    r"auntie|aunty|uncle|cousin|nephew|niece|friend|tenant|lodger|nanny|in law|mother in law|father in law|stepson|"
    r"stepdaughter|stepkid|stepchild|grandkid|grandchild|grandson|granddaughter|infant|newborn|student|"
    r"guy|lady|man|woman|senior|buddy|pal|mate|workmate|teammate|team mate|coworker|co worker|colleague|neighbou?r|classmate|bestie|"
    # someone who comes along to help: "myself and my carer" (British English, not in WordNet 3.0)
    r"carer|caregiver|care worker|support worker|personal assistant|chaperone|companion|plus one|grown ?up"
)
PERSON_PLURAL = r"children|people|men|women|grandchildren|stepchildren|folks|buddies|besties"
PETS = r"dogs?|cats?|puppy|puppies|kittens?|pets?|fish|goldfish|hamsters?|birds?|parrots?|rabbits?|bunny|bunnies"
PERSON_WORD = re.compile(rf"\b({PERSON}|{PERSON_PLURAL})s?\b")
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
    p = re.sub(r"^(?:(?:um+|uh+|er+m?|ah+|oh)\s+)+", "", p)  # "eighty guests and, um, two dogs"
    p = re.sub(r"^(?:about|around|roughly|maybe|some|nearly|almost)\s+(?=\w+ )", "", p)  # "about ten kids"
    if me:
        n = _part_count(p)
        return None if n is None else n + 1
    owned = re.match(r"(?:my|our|his|her|their)\s", p) is not None
    p = re.sub(r"\b(my|our|the|his|her|their)\b\s*", "", p).strip()
    if not p:
        return None
    if re.fullmatch(r"(me|myself|i|me myself|yours truly|i live alone|alone)", p):
        return 1
    if re.fullmatch(r"(?:him|her)self", p):
        return 1  # "myself and herself": Irish English for the caller's spouse, one person
    p = _without_where_from(p)  # "the baby on my lap", "my mate from work": the person
    if owned and _NAMED.fullmatch(p) and _NAMED.fullmatch(p).group("name") not in _NOT_NAMES:
        return 1  # "my aunt Ruth", "our friend Dev": one person called by name
    if re.fullmatch(rf"(?:{PERSON})'s (?:{PERSON})", p):
        return 1  # "my sister's boyfriend": one person
    if re.fullmatch(rf"(a |an |one |our |little |new |older |younger |baby |teenage |adult |grown )*({PETS})", p):
        return 0
    if no_person(p):
        return 0  # "One guy and a digger", "eighty guests and two dogs": the machine and the dogs are no one
    for word, size in _SETS.items():
        if re.fullmatch(rf"{word}", p):
            return size
    m = re.fullmatch(r"(?:[a-z]+'s )?(?:family|household|group|party|crew|gang|lot|bunch|team) of ([a-z0-9 -]+)", p)
    if m and len(numbers_in(m.group(1))) == 1 and numbers_in(m.group(1))[0] >= 1:
        return numbers_in(m.group(1))[0]  # "our family of four", "my brother's family of three" (blind62)
    m = re.fullmatch(r"(.+?) of us", p)
    if m:
        nums = numbers_in(m.group(1))
        return nums[0] if len(nums) == 1 else None
    if re.fullmatch(rf"{PERSON}", p):
        return 1  # "mother in law": one person, not "mother" counting "in laws"
    m = re.fullmatch(
        rf"(?:(.+?) )?(?:(?:little|baby|teenage|adult|grown|older|younger|young) )?({PERSON}|{PERSON_PLURAL})s?", p
    )
    if not m:
        return None
    quantity, noun = m.group(1), m.group(2)
    plural = p.endswith("s") and not noun.endswith("s") or noun in PERSON_PLURAL.split("|")
    if quantity is None or quantity in ("a", "an"):
        return None if plural else 1  # "a newborn", "a friend": one person
    nums = numbers_in(quantity)
    if len(nums) != 1 or nums[0] != int(nums[0]) or nums[0] < 1:
        return None
    if re.sub(r"\b(one|a|an|1)\b", "", quantity).strip() and not numbers_in(quantity):
        return None
    return nums[0]


# WordNet lexicographer classes of nouns that are never people: animals, made things (machines,
# vehicles, tools), food and plants.
_NO_PERSON_CLASSES = frozenset({"noun.animal", "noun.artifact", "noun.food", "noun.plant"})


def no_person(p: str) -> bool:
    """True when the part ``p`` (determiners dropped) names only things that are no people: an
    optional number and a noun whose first WordNet sense is an animal, a made thing, food or a
    plant ("two dogs"), or whose first three senses hold such a thing and no person ("a van"),
    never a person word of :data:`PERSON` nor a noun whose first sense is a person ("a digger"
    may be someone who digs). A caller
    listing who was there names what came with them too ("One guy and a digger" to "how many
    people from our crew?", "Eighty guests and, um, two dogs": answers blind48 and blind47 count
    the people only); the count stays ``inferred`` and is read back. Without WordNet, False."""
    m = re.fullmatch(r"(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+)?(?P<noun>[a-z]+)", p)
    if m is None or PERSON_WORD.fullmatch(m.group("noun")):
        return False
    from customario.escalation import wordnet

    wn = wordnet.load()
    classes = wn.classes(m.group("noun"), "noun", senses=3) if wn is not None else []
    if not classes or classes[0] == "noun.person":
        return False  # "a digger" may be someone who digs: asked again
    return classes[0] in _NO_PERSON_CLASSES or (
        "noun.person" not in classes and any(c in _NO_PERSON_CLASSES for c in classes)
    )  # "a van": a vanguard first, a vehicle after, never a person


# A person said with where they were or come from: "the baby on my lap", "my mate from work", "our
# friend in a wheelchair". The phrase names no other person and no number (see _without_where_from).
_WHERE_FROM = re.compile(
    rf"^(?P<who>(?:[a-z]+ )?(?:{PERSON}|{PERSON_PLURAL})s?) (?P<where>(?:on|in|at|from|off|of|next door|upstairs|downstairs)\b.*)$"
)
# Where someone is who was not there: "a baby on the way", "my dad in hospital", "my mum in heaven".
_NOT_THERE = re.compile(
    r"on (?:(?:the|its|his|her) )?way|in (?:the )?(?:hospital|heaven|oven|womb)|at home|off sick|away\b"
)
# One person called by their name after the kin or friend word: "aunt ruth", "friend dev".
_NAMED = re.compile(rf"(?:{PERSON}) (?P<name>[a-z]{{2,}})")
# Words after a person word that are no name ("my son too", "my wife only").
_NOT_NAMES = frozenset(
    """too also only as well both all alone included again here there then now first later once twice each either
    and or plus with who that which was is were are came went stayed joined said""".split()
)


def _without_where_from(p: str) -> str:
    """``p`` (a part of a list, determiners dropped) without a phrase saying where the person was
    or comes from ("baby on my lap" → "baby", "mate from work" → "mate"); ``p`` itself when the
    phrase holds a number or another person ("friend from my son's school")."""
    m = _WHERE_FROM.fullmatch(p)
    if (
        m is None
        or numbers_in(m.group("where"))
        or PERSON_WORD.search(m.group("where"))
        or _NOT_THERE.match(m.group("where"))
    ):
        return p
    return m.group("who")


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
    return getattr(question, "type", None) == "number" and asks_people(question)


def counts_children(question: Any) -> bool:
    """True for a number question that counts children ("How many of your kids ...?", "How many
    grandchildren ...?"): people among whom the caller is not, so "just my son" is one of them.
    The counted noun must be a kind of child, offspring or juvenile in WordNet (first two senses)."""
    noun = counted_noun(question)
    if getattr(question, "type", None) != "number" or not noun:
        return False
    from customario.dialogue.things_listed import singular

    base = singular(noun)
    return any(is_kind_of(base, kind, senses=2, depth=8) for kind in ("child", "offspring", "juvenile"))


def asks_people(question: Any) -> bool:
    """True when the question's words are about people and what it counts is people: "How many
    people live in your household?", not "How many cars does your household own?"."""
    if not _PEOPLE_QUESTION.search((getattr(question, "text", "") or "").lower()):
        return False
    noun = counted_noun(question)
    return noun is None or bool(PERSON_WORD.fullmatch(noun)) or noun in ("members", "adults", "of")


_HEDGE_PART = re.compile(  # "Four lads, usually" (on a typical day): the usual count, no one counted
    r"i (?:think|guess|believe|reckon|suppose)|i'?d say|probably|maybe|give or take|or so|roughly|usually|normally|typically"
)
_HESITATION = re.compile(  # "Uh, lemme think, me, my brother, his two kids... four." (blind29)
    r"(?:ah+|oh+|och|um+|uh+|er+|erm|hmm+|well|right|okay|ok|yeah|aye|so|let'?s see|(?:let me|lemme) (?:see|think|count))"
)
UNCOUNTED = -1  # people_count: a list of people whose number cannot be told
_TOTAL = re.compile(
    r"(?:we are |we're |we were |there are |there were )?(\w+(?: \w+)?)(?: people| in total| all together| altogether)?"
)

# Words of address closing or opening a turn ("seven of us, mate"): the listener, not a person counted.
_ADDRESS = (
    r"mate|man|love|luv|pal|buddy|bud|dude|bro|hun|hon|honey|dear|darling|sweetheart|babe|sir|ma'?am|madam|"
    r"son|lad|boss|chief|guys|my friend|my dear|my love|"
    # "Nine people, y'all." (blind37), "Three, folks", "Two of us, sugar": the listener addressed
    r"y'?all|ya'?ll|you all|you guys|folks|sugar|sweetie|sweetpea|darlin'?|dearie|mister|miss"
)
# A closing remark after the list: "it was date night", "which was nice", "this was for her birthday".
_REMARK = r"(?:it|it'?s|this|which|twas|'twas)\b"
# The occasion named after the list: "six of us, a girls' night out", "me and Mum, a birthday treat".
# People named inside it ("girls'", "birthday") only say whose occasion it was.
_OCCASION = re.compile(
    r",\s*(?:(?:it was|for|on) )?(?:a|an|our|my|the)\s+(?:[a-z']+\s+){0,3}?"
    r"(?:night|day|evening|afternoon|morning|weekend|matinee|trip|outing|treat|birthday|anniversary|celebration|"
    r"do|party|reunion|holiday|surprise|present|gift|date)(?: out| away| off)?[\s,]*$"
)
# The caller counted in the total said: "including me", "me included", "counting myself".
_ME_INCLUDED = re.compile(
    r"(?:including|incl|counting|that includes|that'?s including) (?:me|myself)|(?:me|myself) included"
)


# The caller and a bare number of others: "me and three", "myself + 3 others", "three, plus me".
_ME_AND_N = re.compile(
    r"\W*(?:(?:just|only|it was|there was|there were|um+|uh+|oh|well)\W+)*(?:me|myself)\s*,?\s*(?:and|plus|\+|&)\s+"
    r"(?:another |an extra )?(?P<n>\d+|[a-z]+(?:[ -][a-z]+)?)(?:\s+(?:others?|more|other people|people|of them))?\W*"
)
# A question that leaves the caller out of the count: "not counting you", "besides yourself".
_CALLER_LEFT_OUT = re.compile(
    r"\b(?:not counting|not including|excluding|besides|apart from|other than|except|aside from)\s+(?:you|yourself)\b"
)
_N_AND_ME = re.compile(r"\W*(?P<n>\d+|[a-z]+(?:[ -][a-z]+)?)\s*,?\s*(?:and|plus|\+|&)\s+(?:me|myself)\W*")


# A clause of its own said about someone already named or about the caller: a subject pronoun and
# a verb ("I was on my own", "he did it all himself", "he doesn't pay taxes"), a question put to the
# listener ("can you believe it"), a blessing ("God bless him"), a laugh ("ha", "lol").
_PRONOUN_SUBJECT = re.compile(
    r"(?:(?:but|and|oh|well|so)\s+)?(?:i|he|she|it)(?:'s|'d|'m|'ll)?\s+(?:(?:just|really|never|also|even|always|"
    r"still|only|all)\s+)*(?P<verb>[a-z']+)\b.*"
)
_ASIDE_SAYING = re.compile(
    r"(?:(?:but|and|oh|well|so)\s+)?(?:"
    r"(?:can|could|would|do|did|will) you (?:believe|imagine|credit) (?:it|that)|"
    r"god (?:bless|love) (?:him|her|them|'?em)|bless (?:him|her|them|'?em)|(?:ha|haha|ha ha|lol|heh)+)"
)


def _aside_clause(part: str, before: str = "") -> bool:
    """True for a part of a people list that is a clause of its own adding no one ("I was on my
    own", "he won, ha", "God bless him", "can you believe it"): a subject pronoun followed by a
    verb (WordNet, morphy base forms; "n't" forms and "'s" included), or a stock saying; no number,
    no person word, and not "they"/"we" (who may be more people: "they came too"); "he"/"she" only
    after someone or something named in ``before``, the words ahead of it ("me and the dog, and he
    doesn't pay taxes")."""
    if numbers_in(part) or PERSON_WORD.search(part) or re.search(r"\b(?:they|we|them|us)\b", part):
        return False
    if re.fullmatch(r"(?:it was|it'?s|there was|there'?s)\s+(?:just\s+|only\s+)?(?:me|myself)", part):
        return False  # "It was me, my two sisters and my mum": the caller is one of them (blind39)
    if _ASIDE_SAYING.fullmatch(part):
        return True
    m = _PRONOUN_SUBJECT.fullmatch(part)
    if m is None:
        return False
    if re.match(r"(?:(?:but|and|oh|well|so)\s+)?(?:he|she)\b", part) and not re.search(
        r"\b(?:my|our|the|his|her|me nan|me mam)\s+[a-z]+", before
    ):
        return False  # "Just me, and she came along": who is she? (someone named before it is no one new)
    from customario.escalation import wordnet

    wn = wordnet.load()
    verb = m.group("verb")
    # "doesn't", "didnt": the auxiliary ("went" is a verb as it stands)
    return wn is not None and any(wn.lemmas(v, "verb") for v in (verb, re.sub(r"n'?t$", "", verb)) if v)


def _names_someone(remark: str) -> bool:
    """True when a closing remark may add people: a number, a person word, or "we"/"us"/"they"."""
    return bool(numbers_in(remark) or PERSON_WORD.search(remark) or re.search(r"\b(?:we|us|they|them|me|i)\b", remark))


def joined_lead(t: str, parts: list[str]) -> float | None:
    """The bare number that starts a list joined to the next part by "plus" or "and"
    ("two plus the baby", "three and a newborn"): a count of what the question asks, with one more
    added (the sum is read back). None when the list does not start so ("Four: me, my wife and two
    kids" says its total first)."""
    if len(parts) < 2 or not re.fullmatch(r"[a-z0-9]+(?: [a-z0-9]+)?", parts[0]):
        return None
    nums = numbers_in(parts[0])
    if len(nums) != 1 or nums[0] != int(nums[0]) or nums[0] < 1 or stray_words(parts[0]):
        return None
    # not "with": "five with the baby" counts the baby in the five
    return nums[0] if re.match(rf"\s*{re.escape(parts[0])}\s+(?:plus|and)\s", t) else None


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
    if getattr(question, "type", None) != "number":
        return None
    noun = counted_noun(question)
    guests = bool(noun) and not PERSON_WORD.fullmatch(noun) and persons_asked(noun)
    # "How many students ...?": people by a person word, no household word ("me and nine friends"
    # had been stored as nine, answers blind41): only the caller and others are read here
    kind = bool(noun) and bool(PERSON_WORD.fullmatch(noun))
    if not per_person and not asks_people(question) and not guests and not kind:
        return None
    added = _ME_AND_N.fullmatch(text.lower()) or _N_AND_ME.fullmatch(text.lower())
    without_caller = counts_children(question) or _CALLER_LEFT_OUT.search((question.text or "").lower())
    if added and not without_caller and len(numbers_in(added.group("n"))) == 1 and numbers_in(added.group("n"))[0] >= 1:
        # "me and three", "me + 3", "three, plus me": the caller and that many more (read back); the
        # bare number had been taken for the total and stored as three
        return int(numbers_in(added.group("n"))[0]) + 1
    if kind and not per_person and not asks_people(question) and not guests:
        return None
    t = re.sub(r"[^a-z0-9' -]+", ",", text.lower()).replace("-", " ")
    # "a hundred and twenty guests": one number, not the parts "a hundred" and "twenty guests"
    t = re.sub(rf"\b(hundred|thousand) and (?={NUMBER_START})", r"\1 ", t)
    if guests:
        # "120 guests plus the two of us" to "How many guests attended?": the question's own kind of
        # person (WordNet) counts as people in the list
        t = re.sub(rf"\b{re.escape(noun)}\b", "people", t)
    t = re.sub(r"\bhalf an? dozen\b", "six", t)
    t = re.sub(r"(?<=[a-z]) n (?=[a-z])", " and ", t)  # "me n my husband" (typed)
    # "me, ma da, and ma two brothers" (Scots, blind37): "ma" before a person or a number is "my"
    t = re.sub(rf"\bma (?=(?:{PERSON}|{PERSON_PLURAL}|one|two|three|four|five|six|\d)s?\b)", "my ", t)
    # "Seven of us, mate", "Mate, there were four of us": a word of address is no one counted
    t = re.sub(rf"^\W*(?:{_ADDRESS})\s*,|,\s*(?:{_ADDRESS})[\s,]*$", ",", t)
    # "Me and my sister, it was her birthday": a closing remark that names no one and no number
    t = re.sub(rf",\s*{_REMARK}[^,]*[\s,]*$", lambda m: m.group(0) if _names_someone(m.group(0)) else ",", t)
    t = _OCCASION.sub(lambda m: m.group(0) if numbers_in(m.group(0)) else ",", t)
    # "We were a couple": two people (a couple of people, said without "we were", may be a few)
    t = re.sub(
        r"^\W*(?:(?:well|oh|so|um+|uh+)\W+)*(?:we were|we are|we'?re) (?:just )?a couple\W*$", "the two of us", t
    )
    # "2 adults 2 kids": a new count straight after a counted noun starts a new part
    t = re.sub(
        rf"\b({PERSON}|{PERSON_PLURAL})(s?) (?=\d|(?:one|two|three|four|five|six|seven|eight|nine|ten)\b)",
        r"\1\2, ",
        t,
    )
    parts = [
        p.strip()
        for p in re.split(r",|\band\b|\bplus\b|&|\bwith\b|\balong with\b|\bso\b|\bthat'?s\b|\bmakes\b", t)
        # "..., I think"; "Ah, the two lads": a word of hesitation is no part
        if p.strip()
        and not _HEDGE_PART.fullmatch(p.strip())
        and not _HESITATION.fullmatch(p.strip())
        and not _aside_clause(p.strip(), t[: t.find(p)])
    ]
    if len(parts) < 2 and not any(re.search(r"\bof us\b|\btwins\b|\btriplets\b", p) for p in parts):
        return None  # one part: "four people" is read as a number already
    # "Four: me, my wife and two kids": a total said with the list is the answer, if the list agrees.
    said = [p for p in parts if _TOTAL.fullmatch(p) and len(numbers_in(p)) == 1 and not PERSON_WORD.search(p)]
    # "..., so five of us" after the list: the caller's own total, checked against the list
    said += [
        p
        for p in parts[1:]
        if p is parts[-1]
        # "..., it's just the two of us", "..., which makes five of us"
        and re.fullmatch(r"(?:(?:so|that'?s|it'?s|which is|which makes|makes) )?(?:just |only )?\w+(?: \w+)? of us", p)
        # "120 guests plus the two of us": added to the list, not its total
        and not re.search(rf"\b(?:plus|and|with|&)\s+{re.escape(p)}\W*$", t)
    ]
    # "Two people: me and my wife", "One person, only me": the total first, then who they are
    headed = [
        p
        for p in parts[:1]
        if (
            re.fullmatch(r"(?:just |only )?\w+(?: \w+)? (?:people|persons?)(?: only| in total| total)?", p)
            # "The two of us, myself and my husband": the total, then who they are (it had been
            # added to the list and stored as four)
            or (
                re.fullmatch(r"(?:there were |we were |it was )?(?:just |only )?(?:the )?\w+ of us", p)
                and len(parts) > 2
                and re.match(rf"\W*{re.escape(p)}\s*,", t) is not None
            )
        )
        and len(numbers_in(p)) == 1
    ]
    said += headed
    joined = joined_lead(t, parts)
    if joined is not None:
        said.remove(parts[0])  # "Two plus the baby": two of those asked about and one more, no total
    total = 0.0
    me_included = False
    for part in parts:
        if part in said or re.match(r"(?:and )?\w+ of (?:them|those|these)\b", part):
            continue  # "3 adults, 2 of them are my parents": a subset, not more people
        if (said or any(re.search(r"\bof us\b", p) for p in parts)) and _ME_INCLUDED.fullmatch(part):
            me_included = True
            continue  # "Six people, including me": the caller is among the total said
        n = joined if joined is not None and part is parts[0] else _part_count(part)
        if n is None:
            total = float("nan")
            break
        total += n
    if len(said) == 1:
        stated = numbers_in(said[0])[0]
        if me_included and total == 0:
            return int(stated)  # "Six people only, including me": the total, nobody listed beside it
        if total != stated and headed:
            return None if guests else UNCOUNTED  # "Two people: me, my wife and the baby": which is it?
        if total == total and total != stated and not guests and re.search(r"\bof us$", said[0]):
            return UNCOUNTED  # "Me and my wife, it's the three of us": the list and the total disagree
        return int(stated) if total == stated else None  # else the plain number reading decides
    if per_person:
        listed_me = any(re.fullmatch(r"(?:(?:and|plus|with|just|only) )*(?:me|myself|i)", p) for p in parts)
        return int(total) if not said and listed_me and total == total and total >= 2 else None
    if len(said) > 1 or total != total:
        # A list of people that cannot be counted ("two adults and a baby on the way"): a number
        # in it is not the household, so the question is asked again.
        if guests:
            return None  # guests listed only in part: the other rules read the answer
        return UNCOUNTED if any(PERSON_WORD.search(p) or re.search(r"\b(me|i)\b", p) for p in parts) else None
    return int(total) if total >= 1 else None


# The first word of a number said in words or digits (what may follow "hundred and").
NUMBER_START = (
    r"(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
    r"seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
)


def persons_asked(noun: str) -> bool:
    """True when ``noun`` (a question's counted noun, plural) is a kind of person in WordNet's
    first sense ("guests", "volunteers", "attendees")."""
    from customario.dialogue.things_listed import singular

    return is_kind_of(singular(noun), "person", senses=1, depth=20)
