"""Suicide warning signs said beside a business request (issue 11).

Callers at risk often name no means and no plan: they say where they are and arrange for what they
leave behind ("I'm standing on the bridge near your shop. Could someone make sure my dog gets fed?",
urgency blind26), or sit with the means and say the request no longer matters ("I'm sitting in the
tub with a bottle of vodka and a razor blade tonight, so I suppose it doesn't matter much",
blind23). Lines of this kind are labelled emergencies in nearly every urgency corpus (blind3,
blind5, blind7, blind9, blind14, blind17-blind26); :mod:`customario.escalation.urgency_selfharm`
reads the plan, the means named as got or counted, the farewell and the letters. This module reads
the warning signs it does not, as listed by the 988 Suicide & Crisis Lifeline ("know the signs":
talking about being a burden, increased use of alcohol, saying goodbye, giving away possessions),
the American Foundation for Suicide Prevention (putting affairs in order, arranging for someone to
look after pets or children) and the Columbia Suicide Severity Rating Scale's preparatory behaviour
(going to a height, sitting with the means, "took out pills but didn't swallow"):

- **at a height or on a railway now** (strong): the caller or another ("I'm", "standing", "sat", "up",
  "has been sitting") on or at a bridge of any kind (WordNet: footbridge, viaduct, flyover), a cliff, a
  ledge, a parapet, a roof, the top of a building, the railing of a balcony or a window sill (s50urg), or
  on a railway line;
- **sitting with the means** (strong): the caller with a blade, a razor, a rope, pills or a gun,
  said as company ("sat in the bath with a razor blade");
- **a burden** (strong): "I'm a burden", "I'd only be a burden";
- **dependants handed over** (weak): someone asked to feed, walk, look after or take in the
  caller's pet or children (WordNet ``noun.animal``, a child word), or told it will;
- **the request made light of** (weak): "it doesn't matter much", "not that it matters";
- **drink beside it** (weak, counted only with the means): a bottle of spirits or wine;
- **affairs in order** (weak): "the account's in my name", "my will is sorted", "tidying up my affairs";
- **goodbyes said** (weak; s41urg, blind34): letters or notes written to everyone or to the family,
  goodbyes said, or a bare "I'm sorry" closing the line.

A line is an emergency when a strong sign comes with any sign of another kind. An ordinary reason
for being away (a holiday, a hospital stay, work, a wedding), or for being at the place (waiting,
working on it, asking the way) takes the signs of absence and of the place out: a neighbour asked to
feed the dog while the caller is on holiday, or "I'm on the bridge, which way to your shop?", stay
normal. Returns ``("emergency", why)`` or None. Tests in the team's own phrasings and topics are in
``tests/test_warning_signs_urg15.py``.
"""

from __future__ import annotations

import re

from customario.escalation.urgency_words import is_a, word_classes

_ME_THERE = (
    r"\b(?:i'?m|i am|i'?ve been|been|standing|stood|sitting|sat|stuck|perched|up|out)(?: \w+){0,2}? "
    r"(?:on|at|onto|by the edge of|on the edge of|at the edge of|on top of|at the top of|up on|over) "
    r"(?:the|a|this|that|your|their|our) ((?:(?!(?:of|with|and|near|by|behind|over|under|in|at|on|to|for|from|above|below|next|outside)\b)[a-z-]+ ?){1,4})"
)
_PLACE_WORDS = re.compile(
    r"^(?:roof|rooftop|top floor|top deck|top level|railway line|railway|tracks?|train line|line|edge|multi-?stor(?:e)?y(?: car park)?"
    r"|car park roof|ledge|parapet|cliffs?|cliff top|clifftop|bridge|viaduct|flyover|overpass|sea wall|harbou?r wall|quarry edge"
    # the guard at a drop, sat on or climbed over (s50urg, blind52: "sitting on the balcony railing for twenty
    # minutes saying goodbye to people on his phone"): a railing, a balustrade, a window ledge
    r"|railings?|balcony rail(?:ing)?s?|balustrade|guard ?rail|window ?sill|window ledge)$"
)
# A reason to be at the place or away that is not a farewell.
_ORDINARY = re.compile(
    r"\b(holiday|vacation|away (for|on|at|with|until|till)|abroad|hospital|op(eration)?|surgery|work(ing)? (away|late|nights)|"
    r"(?:on|for) (?:a|an|the|my|our) (?:\w+ )?(?:trip|course|honeymoon|break)|"
    r"(?:at|to|for) (?:a|the|my|our|his|her|their|\w+'s) (?:\w+'s )?(?:wedding|conference|festival|hen do|stag do|reunion)|"
    r"moving|move house|emigrat\w*|"
    r"waiting|queue|traffic|stuck in|delayed|running late|be late|back (by|at|on|tomorrow|tonight|later)|home (by|at|later)|which way|directions?|where (is|are|do|'s)|how do i get|lost|"
    r"fixing|clearing|repairing|painting|working on|cleaning|inspecting|surveying|taking (?:a )?(?:photos?|pictures?|photographs?)|photographing|photo ?shoot|wedding party|(?:the|a|our) photographer (?:wants|is|was)|selfie|the view|sunset|fishing|shav\w*)\b"
)
_MEANS = r"(razor(?: blade)?s?|blades?|knife|knives|rope|noose|pills|tablets|paracetamol|painkillers|sleeping pills|gun|shotgun|pistol)"
_WITH_MEANS = re.compile(
    rf"\b(?:i'?m|i am|sitting|sat|lying|lay|alone|here)\b[^.!?]{{0,40}}\bwith (?:a |the |my |all my |some |a bottle of \w+ and (?:a |the |my )?)?"
    rf"(?:\w+ )?{_MEANS}\b(?! (?:organi[sz]ers?|box|boxes|prescriptions?|dispensers?|case|holders?|sharpeners?|blocks?|drawers?)\b)"
    # "razor blade" at the end of a list that starts with drink: "with a bottle of vodka and a razor blade"
    rf"|\bwith (?:a |the )?(?:bottle|glass|can)s? of \w+ and (?:a |the |my |some )?(?:\w+ )?{_MEANS}\b"
)
_BURDEN = re.compile(
    r"\b(?:i'?m|i am|i'?ve been|i'?d (?:only )?be|i would (?:only )?be|i was|i feel like|feel like i'?m)(?: just| such| nothing but| only)? "
    r"(?:a|the) (?:\w+ )?burden\b(?! of proof)"
)
_CARE = (
    r"(?:fed|walked|looked after|taken care of|cared for|minded|taken in|rehomed|collected|picked up|seen to|let out)"
)
_CARE_VERB = (
    r"(?:feed|walk|look after|take care of|care for|mind|take in|rehome|find a home for|have|keep|collect|pick up|see to|let out"
    r"|feeds|walks|looks after|takes care of|cares for|minds|takes in|rehomes|finds a home for|has|keeps|collects|picks up|sees to|lets out)"
)
_DEPENDANTS = re.compile(
    # "make sure my dog gets fed", "see that my cat is looked after"
    rf"\b(?:make sure|see that|see to it that|check that|ensure) (?:my|the) ([a-z]+)(?: \w+)? (?:gets?|is|are|will be|get) {_CARE}\b"
    # "could someone feed my dog", "can you look after my cat", "please walk my dog"
    rf"|\b(?:someone|somebody|anyone|you|one of you|your \w+|my \w+|please)(?: can| could| will| would| to|'ll)?(?: please)? {_CARE_VERB} (?:my|the) ([a-z]+)\b"
)
_CHILDREN = frozenset(
    {
        "kids",
        "kid",
        "children",
        "child",
        "son",
        "daughter",
        "boys",
        "girls",
        "boy",
        "girl",
        "baby",
        "babies",
        "little ones",
    }
)
_LIGHT = re.compile(
    r"\b(?:(?:it |that )?(?:doesn'?t|does not|won'?t|will not) (?:really )?matter(?: much| now| any ?more| to me| either way)?\b(?! (?:which|what|when|where|who|if|whether|how)\b)"
    r"|not that it matters|no (?:sense|point) (?:in )?keeping (?:it|them|this|the \w+))"
)
_DRINK = re.compile(
    r"\b(?:bottle|half a bottle|litre|quart|fifth)s? of (?:vodka|gin|whisky|whiskey|rum|brandy|tequila|wine|spirits|scotch|bourbon)\b"
)
_AFFAIRS = re.compile(
    # possessions given away or left to be sorted (988, AFSP: giving away possessions)
    r"\b(?:he|she|they|my \w+) can (?:have|keep|take) (?:everything|it all|all my \w+|all of it|whatever'?s left)\b"
    r"|\b(?:to )?(?:sort|clear|go through) (?:out )?my (?:things|stuff|belongings|affairs|flat|room)\b"
    r"|\b(?:the|my) (?:account|accounts|flat|house|car|everything)(?:'s| is| are)? (?:all )?in my name\b"
    r"|\b(?:my will is|my will'?s|sorted (?:out )?my will|made (?:out )?my will|written my will|(?:tidy|tidying|tidied|put|putting|sort\w*) (?:up |out )?my affairs)\b"
)


# letters or goodbyes to everyone, or a bare apology closing the line (988: saying goodbye; s41urg, blind34:
# "I've written letters to everyone and I'm sat on the bridge. I'm sorry")
_GOODBYE = re.compile(
    r"\b(?:written|wrote|writing|left|posted|sent) (?:letters|notes|messages|cards|a letter|a note|a message) (?:to|for) "
    r"(?:everyone|everybody|all of them|them all|my (?:family|kids|children|mum|mom|dad|parents|wife|husband|partner|friends))\b"
    r"|\b(?:said|saying|say) (?:my )?goodbyes?\b(?! to (?:the|our|my) (?:old )?(?:house|flat|car|shop|job)\b)"
    r"|\b(?:i'?m|i am) (?:so )?sorry[.!]*\s*$"
)


def _place(t: str) -> str | None:
    """The height or the railway the caller says they are on now, or None."""
    for m in re.finditer(_ME_THERE, t):
        words = m.group(1).split()
        # the noun phrase's head is its last word ("roof terrace" is a terrace, "bridge parapet" a parapet)
        for n in range(len(words), 0, -1):
            head = " ".join(words[-n:])
            if _PLACE_WORDS.match(head):
                return head
        last = words[-1]
        if "noun.artifact" in word_classes(last) or "noun.object" in word_classes(last):
            if is_a(last, "bridge", "cliff", "ledge", "parapet", "rooftop", senses=1):
                return last
    return None


def _dependant(t: str) -> str | None:
    """A pet or a child of the caller's asked to be cared for, or None."""
    for m in _DEPENDANTS.finditer(t):
        word = m.group(1) or m.group(2)
        if word in _CHILDREN or "noun.animal" in word_classes(word):
            return m.group(0)
    return None


def read(t: str) -> tuple[str, str] | None:
    """``("emergency", why)`` when ``t`` (normalised, lower-case) gives a strong warning sign with a
    sign of another kind (see the module docstring), else None."""
    ordinary = _ORDINARY.search(t)
    signs: dict[str, bool] = {}
    if not ordinary and _place(t):
        signs["at a height or on a railway"] = True
    if _WITH_MEANS.search(t):
        signs["sitting with the means"] = True
    if _BURDEN.search(t):
        signs["a burden"] = True
    if not ordinary and _dependant(t):
        signs["dependants handed over"] = False
    if _LIGHT.search(t):
        signs["the request made light of"] = False
    if _DRINK.search(t):
        signs["drink beside it"] = False
    if not ordinary and _AFFAIRS.search(t):
        signs["affairs in order"] = False
    if not ordinary and _GOODBYE.search(t):
        signs["goodbyes said"] = False
    # drink is counted with the means, not with a place alone ("on the sea wall with a bottle of wine")
    if "drink beside it" in signs and "sitting with the means" not in signs:
        del signs["drink beside it"]
    if any(signs.values()) and len(signs) >= 2:
        return "emergency", "suicide warning signs: " + " and ".join(signs)
    return None
