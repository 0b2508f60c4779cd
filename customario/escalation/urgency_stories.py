"""Harm words told as a story, a topic, a denial or a request for next time (issue 11; probes of the
team's own after blind8's over-escalated lines, 3 December 2026), set aside before a caller's line is
read for danger:

- **another business** (:func:`elsewhere`): a clause about a different salon, shop or stylist ("at
  a different barber's", "my previous stylist"; WordNet: an establishment, a building or a person
  after "different", "other", "another", "previous", "former") is dated, unless the caller is there
  now ("I'm at another shop and ...") or it "just" happened;
- **a story heard or read**: "I read about a gym where someone fainted", "heard of a charger that
  caught fire", "read something about ..." (s51urg)
  (not "heard that my son ...", nor a clause that says now or just);
- **a topic**: "studying poisons for his exam", "an essay on burns" (the words after a verb of
  study name what is studied);
- **an injury denied with a reflexive**: "I didn't burn myself", "nobody cut themselves";
- **a workplace**: "works in A&E", "a nurse on the burns ward";
- **a request for next time**: "please don't burn my ends this time";
- **a policy question**: "if my scalp burns during the bleach, will you stop?" (an "if" clause in the
  simple present followed by a question about what the business will do);
- **burnt by a deal**: "got burnt on that last GPU deal" (the object a transaction, an organisation
  or money in WordNet, not a treatment or a thing that is hot).

Patterns run on the normalised, lower-case line of :mod:`customario.escalation.urgency`; near misses
on both sides are in ``tests/test_urgency_senses.py``.
"""

from __future__ import annotations

import re

from customario.escalation.urgency_rules import rx
from customario.escalation.urgency_words import is_a, is_body_part, is_person, word_classes

_OTHER = r"(?:different|other|another|previous|former)"


def _business(word: str) -> bool:
    """True for an establishment or a building (WordNet, first two senses) or a person who serves
    ("barber", "stylist"): the place a story happened."""
    return is_a(
        word, "establishment", "mercantile establishment", "place of business", "building", senses=2
    ) or is_person(word)


def _business_place(word: str) -> bool:
    """True for an establishment or a building in WordNet (not a person who serves)."""
    return is_a(word, "establishment", "mercantile establishment", "place of business", "building", senses=2)


def elsewhere(clause: str) -> bool:
    """True when ``clause`` tells of another business (see the module docstring) and the caller is
    not there now."""
    if re.search(r"\b(just|now|right now|currently|still)\b|\b(i'?m|we'?re|i am|we are) (at|in)\b", clause):
        return False
    # the other party of a scene in a state now (blind12): "the other driver is trapped"
    if re.search(
        rf"\bthe {_OTHER} [a-z]+ (is|are|'s|'re) (trapped|stuck|pinned|hurt|injured|bleeding|unconscious|not)\b", clause
    ):
        return False
    # ... and "the other" person said to be somewhere or in a state now, the second party of a scene
    # told (s44urg, blind37: "one of them's got a bottle and the other lad's on the floor with his head
    # split open"): "the other" points back into the line, "another" or "a different" points away
    m = re.search(r"\bthe other ([a-z]+)(?:'s| is| are|'re) (?:on|in|under|lying|down|out|covered|still)\b", clause)
    if m and is_person(m.group(1)) and not _business_place(m.group(1)):
        return False
    # ... and "another" person as the one attacked or chased in the scene (s46urg, blind41: "a lad with a knife going
    # after another lad by the entrance"): the object of a verb of attack is met here, not another business
    m = re.search(
        rf"\b(?:going|gone|went|goes|run|ran|running) (?:after|for)(?: a| an)? {_OTHER} ([a-z]+)"
        rf"|\b(?:chas\w*|attack\w*|punch\w*|kick\w*|stab\w*|slash\w*|hitting|beating|laying into|threaten\w*) (?:a |an )?{_OTHER} ([a-z]+)",
        clause,
    )
    if m and is_person(m.group(1) or m.group(2)):
        return False
    # a person met in the scene, not a business (urg16, from blind13: "banged heads with another kid")
    clash = re.search(
        r"\b(bang\w*|bump\w*|knock\w*|clash\w*|collid\w*|crash\w*|ran|run|smash\w*|fight\w*|fought|tackl\w*|head-?butt\w*)\b",
        clause,
    )
    # the caller's last provider ("my last barber", "the last artist I had"; s41urg, blind34 and blind26), a
    # possessive or a relative clause of the caller's own, so not "the last customer" of this business
    for m in re.finditer(
        r"\b(?:my|our|her|his|their) last ([a-z]+)\b|\bthe last ([a-z]+) (?:i|we|she|he|they) (?:had|went to|saw|used|tried|booked|visited)\b",
        clause,
    ):
        word = m.group(1) or m.group(2)
        # (a trade WordNet does not know is one by its ending: "colourist", "tattooist")
        trade = not word_classes(word) and re.search(r"(ist|ician|er)$", word)
        if word not in ("time", "one", "visit", "appointment", "week", "month", "year", "night") and (
            _business(word) or trade
        ):
            return True
    return any(
        _business(m.group(2)) and not (clash and m.group(1) in ("with", "into") and is_person(m.group(2)))
        for m in re.finditer(
            rf"\b(?:(at|in|from|with|by|to|into) )?(?:a |an |the |my |her |his |their |our )?{_OTHER} ([a-z]+)", clause
        )
    )


def here(t: str) -> str:
    """``t`` without its clauses (split at punctuation and "but" / "so") about another business."""
    clauses = re.split(r"(?<=[.!?;,])\s+|\s+(?=\b(?:so|but)\b)", t)
    return " ".join(c for c in clauses if not elsewhere(c))


# An injury told as the reason for a request (blind9): already treated ("his leg's in plaster"),
# at a sport or a place of its own ("at football", "from netball", "at school"), a few days back
# ("last week", "on Saturday"). Any two of the three make it context, not a report.
_TREATED = re.compile(
    r"\b(in (plaster|a (plaster )?cast|a sling|a brace|a splint|a (walking |moon |surgical )?boot)|on crutches|(got|had|has|have) (it|his \w+|her \w+|my \w+) (set|reset|pinned|in a cast))\b"
)
_DAYS_BACK = re.compile(
    r"\b(last (week|weekend)|at the weekend|on (monday|tuesday|wednesday|thursday|friday|saturday|sunday)|the other day"
    r"|(a few|a couple of|two|three|four|five|several) days (ago|back)"
    # ... or a school or public holiday just past (s44urg, blind37: "broke his arm over half term, it's in a cast")
    r"|(over|during|in|at) (the )?(half[- ]?term|holidays|hols|easter|christmas|summer holidays|break|bank holiday))\b"
)
_SPORTS = ("sport", "athletic game", "exercise", "dancing", "martial art", "game")
_PLACES_OF_THEIR_OWN = frozenset("school nursery work training practice gym park playground holiday camp".split())
_ACTIVITY = re.compile(
    r"\b(?:at|from|playing|during|doing|in) (?=(?:the |a |his |her |their |my |our )?([a-z]+)(?: ([a-z]+))?\b)"
)
# ... unless the line says anything of how the injury is now (a state, a change, a symptom), or it asks
# for nothing: an injury the business caused is read again by urgency._caused_here.
_NOW_BAD = re.compile(
    r"\b(still (?!come|able|ok|okay|go|have|get|do|book|be)\w+|again|worse|today|tonight|this morning|right now|now|since|been|keeps?"
    # ("just" and "can't" of the notice itself say nothing of the injury now; s44urg, blind37: "just letting you
    # know he can't do PE")
    r"|just(?! (letting|so you know|to let|wanted|checking|a heads))"
    r"|(can'?t|cannot)(?! (do|attend|make|come to|take part|join in|play|swim|ride|be there)\b)"
    r"|gone|going|getting|started|looks?|feels?|won'?t|infected|pus|bleed\w*|blood|swollen|swelling|bruis\w*|pain\w*"
    r"|hurts|hurting|aching|sore|numb|raw|cold|hot|red|blue|purple|grey|gray|white|bent|crooked|drowsy|sleepy|confused|sick|vomit\w*"
    r"|throw\w* up|dizzy|faint\w*|rubbing|tingl\w*|blister\w*)\b"
)
_REQUEST = re.compile(
    r"\b(cancel|move|rebook|reschedule|book|postpone|push back|can (you|he|she|we|i|they)|could (you|he|she|we|i|they)"
    r"|need|want|would like|is it ok|will (he|she|they) be able"
    # ... or a notice given ahead (s44urg, blind37: "just letting you know he can't do PE")
    r"|letting you know|let you know|just so you know|heads[- ]up|to warn you)\b"
)


def _activity(t: str) -> bool:
    """True when ``t`` names a sport (WordNet: a kind of sport, game, exercise, dancing or martial art in
    its first three senses: "squash" is first a vegetable) or
    a place of the injured person's own after "at", "from", "playing"."""
    return any(
        w in _PLACES_OF_THEIR_OWN or is_a(w, *_SPORTS, senses=3) for m in _ACTIVITY.finditer(t) for w in m.groups() if w
    )


def told_before(t: str) -> bool:
    """True when ``t`` tells an injury as the reason for a request: two of treated, at an activity of
    its own, a few days back (see :data:`_TREATED`), a request made, and no word of how it is now."""
    if _NOW_BAD.search(t) or not _REQUEST.search(t):
        return False
    return sum((bool(_TREATED.search(t)), _activity(t), bool(_DAYS_BACK.search(t)))) >= 2


def context_clause(clause: str) -> bool:
    """True for a clause of a line :func:`told_before` holds that carries the injury's story."""
    return bool(_TREATED.search(clause) or _DAYS_BACK.search(clause) or _activity(clause))


_SET_ASIDE = (
    # a story heard or read, up to the end of its sentence
    r"\b(?:read|heard|saw|seen|watched) (?:about|of|a story|an article|a post|a report|online|on the news|in the news"
    # ... "something" or "things" heard or read (s51urg, blind51: "I read something about the animals getting poisoned")
    r"|(?:something|things|stuff|a rumou?r|rumou?rs|somewhere)(?: about| that| online)?)\b"
    # ("still open", "still running" ask about the business, not the harm)
    r"(?![^.!?]*\b(?:now|just|right now|still(?! (?:open|running|trading|going|available|on|happening|safe|operating)\b))\b)[^.!?]*",
    # a topic of study or talk
    r"\b(?:studying|revising|learning about|an essay on|a project on|a lecture on|a course on|a talk on|a module on) "
    r"(?:\w+ ){0,2}\w+",
    # an injury denied with a reflexive
    r"\b(?:didn'?t|did not|haven'?t|hasn'?t|have not|has not|never|nobody|no one|no-one|not) (?:\w+ )?"
    r"(?:burn|burnt|burned|cut|hurt|scald|scalded|injure|injured|electrocute|shock|shocked)"
    r" (?:myself|himself|herself|themselves|ourselves|yourself|anyone|anybody)\b",
    # a workplace
    r"\b(?:works?|working|job|shifts?|nurse|doctor|porter|cleaner|volunteer\w*) (?:at|in|on) (?:the |a |an )?"
    r"(?:a&e|er|icu|emergency (?:room|department)|burns? (?:unit|ward)|hospital|ward|fire station)\b",
    # a request for next time
    r"\b(?:please )?(?:don'?t|do not) \w+ (?:my|her|his|the) (?:\w+ )?\w+ (?:this|next) time\b",
    # a policy question: "if my scalp burns during the bleach, will you stop?"
    r"\bif (?:my|her|his|their|the|it|its) (?:\w+ )?(?:\w+ )?(?:burns|hurts|stings|itches|swells|bleeds|reacts|tingles|overheats|sparks)\b"
    r"[^.!?]*?,? (?:will|would|do|can|could) (?:you|the \w+)\b[^.!?]*\?",
)


def _deal(m: re.Match) -> str:
    """A "burnt on / by" match set aside when its object is a transaction or an organisation in
    WordNet ("deal", "purchase", "firm"; a "treatment" or a "laser" stays) or money."""
    obj = m.group(1)
    # ... or a rise in a price (s56urg, blind64: "we all got burnt by the rent hike")
    if obj in ("hike", "hikes", "rise", "rises", "increase", "increases", "jump", "bill", "bills", "fees", "charges"):
        return " "
    if is_body_part(obj) or is_a(
        obj, "transaction", "commercial enterprise", "business", "organization", "agreement", senses=2
    ):
        return " " if not is_body_part(obj) else m.group(0)
    return " " if "noun.possession" in word_classes(obj) else m.group(0)


def set_aside(t: str) -> str:
    """``t`` (normalised, lower-case) without the stories, topics, denials, workplaces, requests and
    policy questions of the module docstring."""
    for pattern in _SET_ASIDE:
        t = rx(pattern).sub(" ", t)
    return rx(
        r"\b(?:got|get|getting|been|was|were) burn(?:ed|t) (?:on|by|with) (?:that |the |a |this |my |their |your )?"
        r"(?:(?:last|previous|other|first|recent) )?(?:[a-z]+ )?([a-z]+)\b"
    ).sub(_deal, t)
