"""An electric shock told with the thing as the doer (issue 11).

A shock that leaves the person awake is urgent in every urgency corpus that has one (some twenty of
them, from blind to blind24); the readers of :mod:`customario.escalation.urgency` knew it as "got a
shock off", "gave me a shock" or "got zapped", and missed the active voice with the thing as the
subject: "the electric fence zapped my daughter, she's crying but OK" (blind23), "the door handle
shocked my son", "the coffee machine gave my husband a belt when he unplugged it".

:func:`hurt` reads, in the normalised, lower-case line, a made thing (one of the first two WordNet
senses of the subject's head noun is ``noun.artifact``: a fence, a handle, a machine, lights) as the
subject of a verb of an electric hit (zap, shock, jolt, sting, bite, or give someone a shock, jolt,
zap, belt, tingle) with a person as its object (me, us, a pronoun or a WordNet person after
"my/our/his/her"), and electricity named or touched in the line (a touch, a plug, a socket, a wire,
live, mains, tingling, numb, buzzing): "the price shocked my husband" names no made thing, "the
film shocked me" no touch. The head of the subject is its last word before a preposition ("the
fairy lights on your garden centre display" → lights; "the wiring quote" → quote, no made thing). A
shock with the person unresponsive is read as an emergency elsewhere. Returns ("urgent", why) or
None. Tests in the team's own phrasings are in ``tests/test_shocks_urg15.py``.
"""

from __future__ import annotations

import re

from customario.escalation.urgency_words import is_person, sense_classes

# How big a jolt is said to be ("a wee shock", "a proper jolt"), before the word for it.
_SIZE = r"(?:proper |nasty |real |little |wee |tiny |slight |mild |sharp |bit of a |small |big )?"
_HIT = (
    r"(?:zapp(?:ed|ing)|zaps|shock(?:ed|ing|s)|jolt(?:ed|ing|s)|stung|stings|bit|bites|"
    r"(?:gave|gives|giving|has given|'s given) (?:(?:me|us|him|her|them|my \w+|our \w+|his \w+|her \w+) )?"
    rf"(?:a |an )?{_SIZE}(?:shock|jolt|zap|belt|tingle|buzz|kick)(?:e?s)?(?: to| off)?)"
)
# A person named by a word for anyone ("gives people a little shock", "zaps customers"), or a bare
# WordNet person noun after the verb (blind25: "the drinks fridge ... gives people a little shock every
# time they open it")
_ANYONE = r"(?:(?:the |all the )?(?:bar |kitchen |shop )?(?:people|everyone|everybody|anyone|anybody|you|customers|guests|visitors|staff|folks?|(?P<bare>[a-z]+s)))"
_DOER = re.compile(
    rf"\b(?P<thing>\w+)(?:s)?(?: (?:has|had|just|then|also|actually|literally))* {_HIT}"
    r" (?P<whom>me|us|him|her|them|(?:my|our|his|her|their|your) (?:little |young |eldest |youngest )?(?P<rel>[a-z]+))\b"
)
_GAVE_WHOM = re.compile(
    r"\b(?P<thing>\w+)(?: (?:has|had|just|then|also|actually|literally))* (?:gave|gives|giving|has given|'s given|given) "
    rf"(?P<whom>me|us|him|her|them|(?:my|our|his|her|their|your) (?:little |young |eldest |youngest )?(?P<rel>[a-z]+)|{_ANYONE}) "
    # (shocks again and again said in the plural: s49urg, blind48 "the TENS machine is giving me proper shocks")
    rf"(?:a |an )?{_SIZE}(?:shock|jolt|zap|belt|tingle|buzz)(?:e?s)?\b"
)
_ELECTRIC = re.compile(
    r"\b(?:touch\w*|grabb?\w*|unplug\w*|plug\w*|sockets?|switch\w*|wires?|wiring|cables?|leads?|live|mains|electric\w*|power|"
    r"tingl\w*|numb|buzz\w*|current|volt\w*|fuse|trip(?:ped)?|breaker)\b"
    # ... or the thing handled as it is used, again and again ("every time they open it")
    r"|\b(?:every time|whenever|when) (?:i|you|we|they|he|she|people|anyone|someone) (?:open|opens|use|uses|hold|holds|touch|touches) (?:it|them)\b"
)
# ... or the person as the subject of "got" a shock of any size, electricity named or touched in the
# line (s40urg15, blind29: "the pump is live, my wife dipped her hand in and got a proper jolt"); a shock
# at a price, a bill or news is surprise
_GOT = re.compile(
    r"\b(?:got|had|took|get|gets|getting|received)(?: a| an)?(?: (?:proper|nasty|real|little|bit of a|small|big|massive|huge|right|bad|"
    r"tiny|mild|slight|painful|sharp|horrible|wee))* (?:electric )?(?:shock|jolt|zap|belt)\b(?! of\b)"
    r"(?: (?:off|from) (?:the|your|my|our|an?|that|this|his|her) (?P<source>(?:[a-z]+ ){0,2}[a-z]+))?"
)
# a hand or a foot put on or into a thing is a touch ("dipped her hand in", "put my hand on the railing")
_PUT_ON = re.compile(
    r"\b(?:put|puts|putting|dipped|dips|dipping|stuck|placed|rested|leaned|leant|laid|pressed) (?:(?:my|his|her|their|our|a|the) )?"
    r"(?:hand|hands|finger|fingers|palm|arm|foot|feet|thumb)\b"
)
_SURPRISE = re.compile(
    r"\b(?:price|prices|pric\w+|bill|cost|invoice|quote|total|news|result|results|surprise|saw|see|seeing|read|heard|found out|realis\w+|"
    r"opened (?:the|my) (?:letter|email|post))\b"
)
# Made things whose WordNet artifact sense is not among the first two (s41urg, blind31: "the amp in practice
# room 4 gave me a shock": an amp is first an ampere)
_GEAR = frozenset({"amp", "amps", "mic", "mics", "mike", "pedal", "pedals", "rig", "deck", "decks"})
# A static shock (a door handle in winter, a trampoline) is no hazard.
_STATIC = re.compile(r"\bstatic\b")


def hurt(t: str) -> tuple[str, str] | None:
    """("urgent", why) when ``t`` tells a made thing giving a person an electric shock (see the module
    docstring); None otherwise."""
    got = _GOT.search(t)
    if got and not _SURPRISE.search(t) and not _STATIC.search(t):
        # electricity named or touched, or the shock got off a made thing ("a nasty belt off the toaster")
        source = (got.group("source") or "").split()
        made = any("noun.artifact" in sense_classes(w, "noun", 2) for w in source)
        if _ELECTRIC.search(t) or _PUT_ON.search(t) or made:
            return ("urgent", f"{got.group(0)}: an electric shock")
    if not _ELECTRIC.search(t) or _STATIC.search(t):
        return None
    for pattern in (_GAVE_WHOM, _DOER):
        for m in pattern.finditer(t):
            rel = m.group("rel")
            # the subject: the words of the clause up to the verb ("the fairy lights on your display")
            subject = re.split(r"[,.;!?]| and | but | when ", t[: m.end("thing")])[-1]
            # the head: the last word before a preposition ("the fairy lights on your display" → lights)
            head = re.split(
                r" (?:on|in|at|by|from|of|near|behind|beside|next to|outside|inside|under|over) ", f" {subject} "
            )[0]
            words = re.findall(r"[a-z]+", head)
            # ("it" for the live thing named before it: held-out urgency blind63 "a loose cable wrapped round it and
            # it gave my son a buzz")
            named_before = words == ["it"] and _ELECTRIC.search(t[: m.start()])
            if not named_before and (
                not words or not (words[-1] in _GEAR or "noun.artifact" in sense_classes(words[-1], "noun", 2))
            ):
                continue
            if rel and not is_person(rel):
                continue
            bare = m.groupdict().get("bare")
            if bare and not is_person(bare[:-1]):
                continue
            return ("urgent", f"{m.group(0)}: an electric shock from a thing")
    return None
