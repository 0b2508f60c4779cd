"""Whether a choice a caller named was ruled out: negated before it ("not online", "anything but
calls"), not to be had after it ("the gym was closed", "sauna no") or only wanted ("I wanted the
sauna but it was full"); a question about what was wrong ("What was the repair for?") keeps
"the lock was broken" as the choice named. Used by :mod:`customario.dialogue.choices`; pure
functions, no I/O.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any


def negated_at(text: str, start: int) -> bool:
    """True when the words just before ``start`` negate what follows ("not online", "wasn't by phone",
    "no calls", "anything but calls", "except by post")."""
    # "Anything but the evening", "anything except a letter" (answers blind45 had stored the choice
    # ruled out): an article or "by" may come between
    if re.search(
        r"\b(anything|any way|any time|anytime|whatever|whichever) (but|except|other than|apart from)\s+(?:(?:the|a|an|by)\s+)?$"
        r"|\bexcept( for| by)?\s+(?:(?:the|a|an)\s+)?$",
        text[:start],
    ) and not re.search(
        r"(?:n't|\bnot|\bnever|\bno)\b[^,.;!?]*\b(?:anything|any way|any time|anytime) (?:but|except|other than)\b",
        text[:start],
    ):
        # ... but "I didn't buy anything but the shuttle ticket": a negation before it, only that one
        return True
    if _LEFT_FOR_ANOTHER.search(text[:start]):
        return True  # "Contacts. I finally gave up on the specs.", "contacts instead of specs"
    clause = re.split(r"[,.;!?]|\bbut\b", text[:start])[-1]
    before = clause.split()[-2:]
    if before[-1:] == ["no"]:
        return True  # "but no calls please": the choice said with "no" straight before it
    if re.search(
        r"\b(?:no|without|neither)\s+(?:the\s+|any\s+)?[\w-]+(?:\s[\w-]+)?\s+(?:or|nor)\s+(?:the\s+|any\s+|a\s+)?$",
        clause,
    ):
        return True  # "no soup or salad": the "no" reaches the second choice too
    if re.search(
        r"\bnot (?:a|one) (?:single )?(?:drop|sip|bit|taste|mouthful|glass|bite) of (?:the |that |those |any )?$",
        clause,
    ):
        return True  # "not a drop of the red, just white" (stop 42)
    if before in (["not", "just"], ["not", "only"]):
        return False  # "yoga and spin, not just yoga": named with more, not taken back
    if any(dislikes(w) for w in before):
        return True  # "she hates musicals", "he loathes the gym": a choice disliked is not chosen
    # "scratch the bird guards", "forget the app", "minus the battery": a choice taken back; not
    # such a word ending a list item before "and" or "+" ("bag drop + shuttle": a choice's own name).
    joined = before[-1:] in (["and"], ["+"], ["&"], ["plus"], ["n"])
    if any(
        w in ("not", "never", "neither", "nor") or w.endswith("n't") or (w in _TAKE_BACK and not joined) for w in before
    ):
        return True
    # "I wouldn't say they were too tight", "I wouldn't call it the premium", "I don't think it was
    # the app": the caller says the choice does not fit (answers blind21: a stored "too tight")
    if re.search(
        r"\b(?:wouldn'?t|would not|won'?t|can'?t|cannot|couldn'?t|don'?t|do not|didn'?t) (?:really |honestly )?"
        r"(?:say|call|describe|think|consider|rate|class|go as far as (?:to )?say)\b(?! no\b| enough\b)[^,.;!?]{0,40}$",
        clause,
    ):
        return True
    # "never got round to the gym or the sauna", "didn't have time for the pool": a verb negated
    # earlier in the clause reaches the choices it governs ("not just the gym" does not).
    return bool(
        re.search(
            r"\b(never|didn'?t|did not|haven'?t|have not|hasn'?t|wasn'?t|weren'?t|don'?t|do not|no time for)\s+"
            r"(?:get |got |make it |manage )?(?:round |around )?(?:to |for )?"
            r"(?:use|used|using|try|tried|go|went|get|got|visit|visited|make|made|bother|have|had|take|took|need|"
            r"needed|want|wanted|book|booked|order|ordered|see|saw|do|did)?\b[^,.;!?]{0,30}$",
            clause,
        )
        and not re.search(r"\bnot (just|only)\b", clause)
    )


@lru_cache(maxsize=4096)
def dislikes(word: str) -> bool:
    """True when ``word`` is a verb of disliking ("hates", "loathe", "detests", "despises"): one of
    its first two WordNet verb senses is, or is a kind of, dislike.v.01. False without WordNet."""
    from customario.escalation import wordnet

    wn = wordnet.load()
    if wn is None or not word.isalpha() or len(word) < 4:
        return False
    return "dislike" in wn.ancestors(word, "verb", senses=2) or "dislike" in wn.synonyms(word, "verb", senses=2)


# A choice given up or replaced by another: "I finally gave up on the specs", "ditched the
# glasses", "switched from the app", "instead of the pro ones" (answers blind43 had read "Contacts.
# I finally gave up on the specs." as glasses). What a caller left behind is not what they chose.
# (Not "fed up with" or "sick of": a thing disliked may be the reason asked about, "fed up with the
# bills" to "why did you go solar?")
_LEFT_FOR_ANOTHER = re.compile(
    r"\b(?:(?:gave|give|giving|given) up(?: on)?|ditched|ditching|got rid of|(?:stopped|quit) (?:using|wearing|taking|buying|"
    r"getting|doing)|switched (?:away )?from|moved (?:away |on )?from|went off|instead of|rather than|in place of|"
    r"(?:i'?m|we'?re|i was|we were) (?:done|finished) with)\s+"
    r"(?:(?:the|my|our|those|these|that|this|them|all|old|wearing|using)\s+)*$"
)


_TAKE_BACK = frozenset(
    "scratch forget minus scrap drop cancel cancelled canceled without excluding except skip".split()
)


# A choice that was not to be had: "the gym was closed", "the sauna was full", "gym yes, sauna no",
# "I wanted the sauna but ...", "dinner was booked but we only had drinks".
_UNAVAILABLE_AFTER = re.compile(
    r"^\W*(?:\w+\W+){0,2}?(?:was|were|is|are|got)\s+(?:all\s+)?(?:closed|shut|full|fully booked|booked up|out of order|"
    r"broken|unavailable|not available|not open|not working|under repair|being (?:cleaned|repaired|fixed)|cancell?ed)\b|"
    r"^\W*(?:\w+\W+){0,2}?(?:wasn'?t|weren'?t|isn'?t|aren'?t)\s+(?:even\s+)?(?:open|available|running|working|on)\b|"
    r"^\W*(?:was|were) booked but\b"
)
_WANTED_BEFORE = re.compile(
    r"\b(?:wanted|meant|planned|hoped|tried|was going|were going|would have liked|would've liked|'d have liked|"
    r"'d have loved|would have loved)\s+(?:to\s+)?(?:\w+\s+){0,2}$"
)


# A question about what was wrong: there "the lock was broken" names the choice, it does not rule it out.
_FAULT_QUESTION = re.compile(
    r"\b(repair|repairs|fault|faulty|problem|problems|issue|issues|wrong|broken|broke|fix|fixed|fixing)\b"
)


def asks_fault(question: Any) -> bool:
    """True when the question asks what was wrong ("What was the repair for?"), by a word of fault
    in its text that none of its choices is named with ("the repair workshop" is a place)."""
    named = " ".join(" ".join([c.label, *c.synonyms]) for c in getattr(question, "choices", None) or []).lower()
    asked = set(_FAULT_QUESTION.findall((getattr(question, "text", "") or "").lower()))
    return any(not re.search(rf"\b{w}\b", named) for w in asked)


# A question about where or with what the caller has trouble: "Where do you find it hard to hear?",
# "Which tasks give you trouble?".
_TROUBLE_QUESTION = re.compile(
    r"\b(hard|harder|difficult|difficulty|difficulties|trouble|troubles|struggle|struggles|struggling|tricky|"
    r"problem|problems|issue|issues|wrong)\b"  # "Did anything go wrong with ...?" (answers blind47)
)
# Said of a choice right after it, no trouble at all: "the phone's fine", "stairs are no problem".
_NO_TROUBLE_AFTER = re.compile(
    r"^(?:e?s)?(?:'s|'re| is| are| was| were| has been| have been)\s+(?:\w+ly\s+)?(?:fine|ok|okay|alright|all right|"
    r"no problem|not a problem|no bother|no trouble|easy|manageable|not an issue|no issue|"
    # "Food was fine, but the sound was awful", "the music was great" (answers blind47)
    r"good|great|lovely|perfect|excellent|brilliant|spot on|grand)\b"
)


def asks_trouble(question: Any) -> bool:
    """True when the question asks where or with what the caller has trouble ("Where do you still
    find it hard to hear?"): there a choice said to be fine ("the phone's fine") is not picked."""
    return bool(_TROUBLE_QUESTION.search((getattr(question, "text", "") or "").lower()))


# A choice that is a taking away ("taking away the packaging", "haul away", "removal of the old
# tyres", "clearing the leaves"): there the thing named as left or kept was not taken away.
_REMOVAL = re.compile(
    r"\b(?:(?:take|taking|took|taken|haul|hauling|hauled|cart|carting|carted|clear|clearing|cleared|carry|"
    r"carrying|carried) (?:\w+ ){0,3}?(?:away|off)|remov(?:e|al|ed|ing)|dispos(?:e|al|ed|ing)|get rid|"
    r"(?:clear|clearing|cleared|tidy|tidying|tidied) (?:up )?(?:the|of)|pick(?:ed|ing)? up|collect(?:ed|ion|ing)?)\b"
)
# "they left the boxes", "kept the old bed", "leaving all the cardboard behind": the thing not taken.
_LEFT_BEFORE = re.compile(
    r"\b(?:left|leave|leaves|leaving|kept|keep|keeps|keeping|abandoned|dumped)\s+(?!with\b|off\b)(?:\w+\s+){0,3}$"
)
# "the boxes were left in the hall", "the cardboard stayed", "the old sofa's still here".
_LEFT_AFTER = re.compile(
    r"^(?:e?s)?(?:'s|'re)?\s*(?:\w+\s+){0,2}?(?:(?:was|were|got|are|is|been)\s+(?:just\s+)?(?:left|dumped|abandoned)|"
    r"stayed|remained|(?:is|are|was|were) still (?:here|there|in|on|at|sitting|lying))\b"
)


def is_removal(choice: Any) -> bool:
    """True when ``choice`` (a definitions.Choice) is a taking away, by its label: "taking away the
    packaging", "haul away", "removal of old tyres", "clearing the leaves"."""
    return bool(_REMOVAL.search((getattr(choice, "label", "") or "").lower()))


def left_behind(t: str, start: int, end: int) -> bool:
    """True when the thing said at ``start``..``end`` is said to have been left or kept ("they left
    the boxes", "the cardboard was left in the hall"): to a choice that is a taking away
    (:func:`is_removal`) it says that choice was not done (answers blind21: a leave verb beside a
    removal choice had stored the removal)."""
    clause = re.split(r"[,.;!?]|\b(?:and|but|then)\b", t[:start])[-1]
    if _LEFT_BEFORE.search(clause):
        return True
    return bool(_LEFT_AFTER.match(re.split(r"[,.;!?]|\b(?:and|but|so)\b", t[end:])[0]))


# A choice put first and then denied by the caller's own deed, object-first as speakers set one
# thing against another (topicalisation: "manual I never tried", "the sauna we didn't use", "cash I
# don't carry"): the choice was not had. Only deeds of having or trying, never of feeling ("the
# manual I never regretted"), and with no comma between: "everything but the TV, we don't have one"
# gives the reason the TV is left out, which names it (answers blind, blind15).
_FRONTED_DENIAL = re.compile(
    # (a word or two of the thing's longer name may come between: "road" in "a road bike I never tried")
    r"(?:e?s)?(?:\s+(?!(?:so|and|but|or|because|cos|then|mostly|mainly|only|just|which|that|as|if|when|though)\b)[a-z]+)"
    r"{0,2}?\s+(?:i|we|he|she|they|you|my \w+)\s+(?:never|didn'?t|did not|haven'?t|have not|hasn'?t|don'?t|"
    r"do not|wouldn'?t|won'?t)\s+(?:even |ever |once |really )?(?:try|tried|use|used|do|did|done|have|had|take|took|"
    r"taken|touch|touched|drive|drove|driven|get|got|book|booked|order|ordered|need|needed|want|wanted|go near|"
    r"went near|bother with|bothered with|carry|pick|picked|learn|learned|learnt)\b(?:\s+(?:it|them|one|that))?"
    r"(?:\s+(?:at all|once|ever|either|really))?\s*(?:[,.;!?]|$)"
)

# A question about what the caller got from the business: hired, rented, bought, ordered, borrowed.
_SUPPLY_QUESTION = re.compile(
    r"\b(?:hire|hired|rent|rented|buy|bought|purchase|purchased|order|ordered|borrow|borrowed|lease|leased)\b"
)


def asks_supplied(question: Any) -> bool:
    """True when the question asks what the caller hired, rented, bought, ordered or borrowed ("Which
    of these did you hire?"): there a thing said to be the caller's own was not one of them."""
    return bool(_SUPPLY_QUESTION.search((getattr(question, "text", "") or "").lower()))


# The caller's own thing, not the business's: "I brought my own sgian dubh", "used our own chairs",
# "the brogues were mine", "the shoes were my own" (answers blind64 had stored "Prince Charlie,
# sporran, ghillie brogues. I brought my own sgian dubh." with the knife hired).
_OWN_BEFORE = re.compile(r"\b(?:my|our|his|their|her) own\s+(?:\w+\s+)?$")
_OWN_AFTER = re.compile(
    r"^(?:e?s)?(?:'s|'re|\s+(?:was|were|is|are))\s+(?:all\s+)?(?:(?:my|our|his|her|their) own|mine|ours)\b"
)


def own_thing(t: str, start: int, end: int) -> bool:
    """True when the thing said at ``start``..``end`` is said to be the caller's own ("my own
    sgian dubh", "the brogues were mine"): to a question of what was hired or bought
    (:func:`asks_supplied`) it was not."""
    clause = re.split(r"[,.;!?]|\b(?:and|but|then)\b", t[:start])[-1]
    if _OWN_BEFORE.search(clause):
        return True
    return bool(_OWN_AFTER.match(re.split(r"[,.;!?]|\b(?:and|but|so)\b", t[end:])[0]))


def not_had(
    t: str,
    start: int,
    end: int,
    fault: bool = False,
    trouble: bool = False,
    removal: bool = False,
    supplied: bool = False,
) -> bool:
    """True when the choice said at ``start``..``end`` was not to be had: closed, full or refused
    right after it ("the gym was closed", "sauna no"), or only wanted ("I wanted the sauna but it
    was full"). ``fault``: the question asks what was wrong, so "broken" names the choice;
    ``trouble``: it asks what gives trouble, so a choice said to be fine is not one; ``removal``:
    the choice is a taking away, so the thing said to be left or kept is not one; ``supplied``: it
    asks what was hired or bought, so the caller's own thing (:func:`own_thing`) is not one."""
    after = t[end:]
    if supplied and own_thing(t, start, end):
        return True  # "I brought my own sgian dubh" to "which of these did you hire?"
    if removal and left_behind(t, start, end):
        return True  # "they left the boxes" to "did they take away the packaging?"
    if trouble and _NO_TROUBLE_AFTER.match(after):
        return True  # "Restaurants and groups, the phone's fine" to "where is it hard to hear?"
    if re.match(r"(?:e?s)?\s+(no|nope|nah)\b\s*(?:[,.;!?]|$)", after):
        return True  # "gym yes, sauna no"
    if _FRONTED_DENIAL.match(after):
        return True  # "Automatic only, manual I never tried" (answers blind47)
    if re.match(
        r"(?:e?s)?,?\s+(?:not so much|not as much|not really|not at all|less so|not so)\b\s*(?:[,.;!?]|$)", after
    ):
        return True  # "the speaking, yes, the writing not so much" (answers blind15)
    if not fault and _UNAVAILABLE_AFTER.search(re.split(r"[,.;!?]|\b(?:so|and then)\b", after)[0]):
        return True
    clause = re.split(r"[,.;!?]", t[:start])[-1]
    return bool(_WANTED_BEFORE.search(clause)) and bool(re.search(r"\bbut\b", t[start:]))
