"""A dangerous animal loose near people, or a person in with one (issue 11; from the emergency lines
of urgency blind22, development from its arrival on 4 December 2026 ~22:40 UTC, read as a class and
tested in the team's own phrasings in ``tests/test_urgency_urg15.py``).

:func:`grave` finds an animal that can kill or maim (a big cat, a bear, a wolf, a bull, a crocodile,
an elephant, a great ape, a crocodilian: the animals zoos keep behind their strongest barriers,
and a bull, as a farm gives one) that has got out with people near ("a wolf's got out, it's by the playground and the kids are
right there"), or a person who has got in with it ("a child inside the lion enclosure").
"""

from __future__ import annotations

import re

_DANGEROUS = (
    r"(lions?|lioness\w*|tigers?|leopards?|jaguars?|cheetahs?|pumas?|panthers?|big cats?|bears?|wolf|wolves|bulls?|bison|buffalo|"
    r"crocodiles?|alligators?|caimans?|elephants?|rhinos?|rhinoceros\w*|hippos?|hippopotam\w*|gorillas?|chimps?|chimpanzees?|"
    r"orangutans?|hyenas?|komodo dragons?|ostrich\w*|emus?|cassowar\w*)"
)
_OUT = re.compile(
    rf"\b{_DANGEROUS}('s| has| have|'ve| is| are)? (just |now )?(got out|gotten out|escaped|broken out|broke out|(got |gone |broken |broke |running )?loose|on the loose|out of (its|the|their) \w+"
    # ... or just "out" where people walk (s43urg, blind38: "lion is OUT on the main path")
    r"|out (on|in|by|near|around|along|across|at) (the|our|your|a) (main )?(path|paths|walkway|footpath|road|car park|cafe|playground|picnic area|lawn|grounds|site))\b"
)
_PEOPLE_NEAR = re.compile(
    r"\b(kids|children|child|people|visitors|families|crowd|toddler|baby|school ?kids|pupils|public)\b[^.!?]{0,30}\b(right there|there|near|nearby|next to|close|around|about|everywhere|playing)\b"
    r"|\b(by|near|next to|heading (for|to|towards)|towards|in) the (playground|play area|car park|cafe|picnic area|crowd|entrance|school|path|queue)\b"
    # ... or heard panicking, in text-speak too (s43urg, blind38: "ppl screaming, where do we go??")
    r"|\b(ppl|people|everyone|everybody|kids|children|visitors|families|crowd)( are| is|'re|'s)? (screaming|running|panicking|scattering|fleeing|shouting)\b"
    r"|\bwhere (do|should|can) (we|i|people) (go|hide|run)\b"
)
_IN_WITH = re.compile(
    rf"\b(child|kid|boy|girl|toddler|man|woman|someone|somebody|person|he|she|they|my \w+|a \w+)\b[^.!?]{{0,40}}\b(inside|in|into|fallen into|fell into|climbed into|got into) "
    rf"the {_DANGEROUS}('s)? (enclosure|pen|paddock|cage|pit|field|compound|den|house|moat)\b"
    rf"|\b(inside|in|into) the {_DANGEROUS}('s)? (enclosure|pen|paddock|cage|pit|field|compound|den|moat)\b[^.!?]*\b(climbed|fell|fallen|got in|jumped|child|kid|boy|girl|man|woman|someone|person)\b"
)


def grave(t: str) -> tuple[str, str] | None:
    """``("emergency", reason)`` for a dangerous animal out with people near (:data:`_OUT`,
    :data:`_PEOPLE_NEAR`) or a person in with one (:data:`_IN_WITH`) in ``t``, else None."""
    if _IN_WITH.search(t):
        return "emergency", "a person in with a dangerous animal"
    if _OUT.search(t) and _PEOPLE_NEAR.search(t):
        return "emergency", "a dangerous animal loose near people"
    return None
