"""An injury told by what was done to a body part, by the marks it left, or an illness by what the
business served (issue 11).

An injury that is not life-threatening is urgent (section 4 of the corpora's brief). Writers tell it
without "injury", "hurt" or "bleeding", by what happened to a part of the body and what it looks
like now; the readers of :mod:`customario.escalation.urgency` knew the usual verbs and missed the rest
in five corpora by four writers (blind25 "hit on the shin by a ball, there's a nasty lump and he's
limping", "two of my fingers are split open", "done my hamstring, heard a pop, can't walk on it";
blind26 "it clipped my shin, it's cut but I've bandaged it"; blind27 "superglue has stuck my son's
eyelid shut"; blind28 "he got hit near the eye, it's really red and he says it's blurry"). Illness
after the business's food or a product's fumes was missed in blind25, blind26 and blind28 ("throwing
up since the chicken we bought", "had your gluten-free batter and she's been doubled up with cramps
and sick all night", "the glue smell is giving me a pounding headache").

:func:`hurt` reads, sentence by sentence in the normalised, lower-case line (a sentence that opens as
a question about what may happen is left out), and returns ``("urgent", why)`` or None:

- **a part of the body done harm**: a verb of injury (pulled, tore, strained, did or done "in",
  trapped, crushed, caught or clipped "on" a thing, split) with a WordNet body part as its object,
  or a person hit, kicked or struck on, in or near a body part;
- **the marks**: a body part split or sliced open or gaping; a lump or an egg after a blow or on a
  body part (not a lump sum); "it's cut" or "a cut" beside a blow; vision gone blurry or double
  beside a blow or an eye; a person limping or unable to walk on or put weight on a limb;
- **glue on an eye or a lip**: glue and an eye, an eyelid or the lips stuck, shut or together;
- **ill from what the business served**: being sick, throwing up, cramps, diarrhoea, a fever or a
  temperature since or after a food or a product, or a smell or fumes "giving" someone a headache
  or making them sick.

:func:`minor_after_blow` tells :func:`customario.escalation.urgency.assess_rules` that an emergency
read from a blow by a person ("shoved my son", "kicked my daughter") is an injury report when the line
names a minor injury (a sprain, a nosebleed, a bruise, a split lip, "might be broken") and no grave
sign nor violence going on: every corpus labels such a line urgent (blind11 to blind28, some fifteen
lines), and the rules called it an emergency in blind23 and blind28.

Body parts are WordNet ``noun.body`` (:func:`customario.escalation.urgency_words.is_body_part`), so a
part nobody listed still counts. Tests in the team's own phrasings are in
``tests/test_marks_s39urg15.py``.
"""

from __future__ import annotations

import re

from customario.escalation.urgency_words import is_body_part, sense_classes

_WHOSE = r"(?:my|his|her|their|our|your|the|one|both|two|[a-z]+'s)"
_DONE = re.compile(
    r"\b(?:pulled|tore|torn|strained|ripped|popped|wrenched|jarred|done|did|trapped|crushed|squashed|jammed|split|stubbed|skinned|"
    r"grazed|scraped|bashed|whacked|smashed|caught|clipped|snagged)"
    rf" (?:a |an )?{_WHOSE} (?P<w1>[a-z]+)(?: (?P<w2>[a-z]+))?\b(?P<after> in| on| against| with| open| badly)?"
)
_HIT_ON = re.compile(
    r"\b(?:got|been|was|were|gets|get|getting) (?:hit|struck|smacked|whacked|clobbered|kicked|punched|elbowed|headbutted|caught|clipped)"
    rf"(?: \w+){{0,2}} (?:on|in|near|above|below|under|by) (?:the|{_WHOSE}) (?P<part>[a-z]+)\b"
)
_SPLIT = re.compile(
    r"\b(?P<part>[a-z]+)(?:'s| is| are| has| have| been| got| all)* (?:split|sliced|torn|ripped|cut|gashed) open\b"
    r"|\b(?:split|sliced|torn|ripped|cut|gashed) (?:open )?(?:my|his|her|their|the) (?P<part2>[a-z]+) open\b"
)
_BLOW = re.compile(
    r"\b(hit|hits|struck|smacked|whacked|knocked|banged|bumped|bashed|caught|clipped|kicked|punched|fell|fallen|slipped|"
    r"tripped|landed|crashed|walked into|ran into|flew|flying|came loose|came off|snapped|thrown)\b"
)
# (a bump or an egg only as a noun on a body: "a nasty bump", "an egg on his head"; not "bump us up the list")
_LUMP = re.compile(
    # (not "a lump in her throat", the feeling before tears)
    r"\b(?:lump|lumps|goose ?egg)\b(?! sum| of (?:sugar|clay|coal|butter|cheese|meat|dough|ice|rock|wood)| in (?:my|her|his|their|your|our) throats?)"
    r"|\b(?:a|the|big|nasty|huge|massive|little|small|proper) (?:\w+ )?bump\b(?! (?:in the road|start))|\ban egg on (?:his|her|my|their) \w+"
)
_CUT_NOW = re.compile(
    r"\b(?:it'?s|its|it is|it was|skin'?s|skin is|there'?s a|got a|a nasty|a deep|a small|a bad) cut\b"
)
_BLURRY = re.compile(
    r"\b(?:blurry|blurred|blurring|seeing double|double vision|can'?t see (?:properly|straight|out of))\b"
)
_EYE = re.compile(r"\beyes?\b")
# What else is blurry: a picture ("the photos came out blurry" is no sight).
_PICTURE = re.compile(r"\b(?:photos?|pictures?|pics?|images?|video|footage|screen|prints?|shots?|selfies?|film)\b")
# A light, a spray or a point aimed into an eye (held-out urgency blind49: "a kid shone one of your laser
# pointers right in my eye, it's still blurry an hour later"): with blurred sight after it, an eye injury.
_INTO_EYE = re.compile(
    r"\b(?:shone|shined|shining|shines|pointed|pointing|flashed|flashing|sprayed|squirted|splashed|poked|jabbed|flicked)\b"
    r"[^.!?]{0,50}\b(?:in|into|at) (?:my|his|her|their|our|the|your|one) (?:[\w']+ )?eyes?\b"
)
_LIMP = re.compile(
    r"\b(?:i'?m|he'?s|she'?s|they'?re|is|are|was|been|started|now) limping\b(?! along)"
    r"|\b(?:can'?t|cannot|couldn'?t|unable to) (?:walk|stand|put (?:any )?weight) on (?:it|her \w+|his \w+|my \w+|the \w+)\b"
)
_GLUE = re.compile(
    r"\b(?:super ?glue|glue|nail glue|lash glue|adhesive)\b[^.!?]{0,50}\b(?:eyes?|eyelids?|lids?|lips?)\b[^.!?]{0,15}\b(?:stuck|shut|together|glued)\b"
    r"|\b(?:eyes?|eyelids?|lids?|lips?)\b[^.!?]{0,15}\b(?:glued|stuck) (?:shut|together)\b"
)
_ILL = (
    r"(?:throwing up|thrown up|vomit\w*|been sick|being sick|sick all night|(?:all night|all day) (?:very |so )?sick|sick as a dog|diarrh?oea|the runs|cramps|doubled up|"
    r"stomach (?:ache|cramps|pains?)|pains? in (?:my |the |his |her )?(?:stomach|tummy|belly)|running a (?:temperature|fever)|a (?:temperature|fever))"
)
# ... since a food (WordNet noun.food in its first three senses: "since the chicken we bought") or a
# thing of the business's ("since your buffet"); "since the bug went round school" names no food
_SINCE_SERVED = re.compile(
    rf"\b{_ILL}\b[^.!?]{{0,40}}\b(?:since|after) (?P<det>the|your|our|my|eating|having|we (?:ate|had)|i (?:ate|had))(?P<what>(?: [\w'-]+){{1,3}})"
)
_HAD_YOURS = re.compile(rf"\b(?:had|ate|eaten|eating|bought|drank) (?:your|some of your)\b[^.!?]{{0,60}}\b{_ILL}\b")
_FUMES_GIVING = re.compile(
    r"\b(?:smell|fumes|stink|stench|odou?r|vapou?rs?)\b[^.!?]{0,20}\b(?:is |are |has |have |'s )?(?:giving|given|gave|making|made) "
    r"(?:me|us|him|her|them|everyone|my \w+)\b[^.!?]{0,20}\b(?:headaches?|sick|nause\w*|dizzy|queasy|ill|a migraine)\b"
)
_ASKS_AHEAD = re.compile(r"^\W*(?:will|would|could|can|might|may|does|do|is|are|what|how|if)\b")


_BLOW_BY_PERSON = re.compile(
    r"^(?:\w+ )?(?:hit|punched|slapped|kicked|headbutted|head-butted|shoved|pushed|thumped|smacked|elbowed|tripped|knocked)\b"
)
_MINOR = re.compile(
    r"\b(?:sprain\w*|bruis\w*|nose(?:'s| is)? (?:bleeding|bled)|nosebleed|bleeding nose|split lip|lip(?:'s| is)? split|black eye|"
    r"swollen|swelling|graze\w*|a (?:small |little )?cut|(?:might|may|could) be broken|broken (?:nose|finger|wrist|toe|tooth)|"
    r"twisted|lump|wobbly tooth|loose tooth)\b"
)
_GRAVE = re.compile(
    r"\b(?:unconscious|not breathing|can'?t breathe|not making sense|not moving|won'?t wake|out cold|knocked out|much blood|"
    r"blood everywhere|pouring|fitting|seizure|confused|from (?:his|her|their) head|head(?:'s| is) bleeding|stabbed|unresponsive)\b"
)
_GOING_ON = re.compile(
    r"\b(?:still (?:here|there|outside|inside|hitting|kicking|attacking|at it)|right now|is (?:hitting|attacking|kicking|punching)|"
    r"help|come quick\w*|hurry|weapon|knife|gun|threaten\w*|won'?t stop|keeps? (?:hitting|kicking|punching)|coming back)\b"
)


def minor_after_blow(reason: str, line: str) -> bool:
    """True when the emergency ``reason`` is a blow by a person and ``line`` (lower case) names a minor
    injury with no grave sign and no violence going on (see the module docstring)."""
    return bool(
        _BLOW_BY_PERSON.search(reason or "")
        and _MINOR.search(line)
        and not _GRAVE.search(line)
        and not _GOING_ON.search(line)
    )


def _part_done(sentence: str) -> str | None:
    for m in _DONE.finditer(sentence):
        # the part is the word after the possessive, or the next one after a modifier ("my left knee")
        part = m.group("w1") if is_body_part(m.group("w1")) else m.group("w2")
        if not part or not is_body_part(part):
            continue
        after = m.group("after") if part == m.group("w2") else (f" {m.group('w2')}" if m.group("w2") else None)
        verb = m.group(0).split()[0]
        # "caught my eye" / "caught his attention" is a look, not a blow; "did my hair" is no part;
        # "done my back" is an injury only with "in" ("done my back in")
        if verb in ("caught", "clipped", "snagged") and (
            part == "eye" or after not in (" on", " against", " in", " with")
        ):
            continue
        if verb in ("done", "did") and after != " in" and not _LIMP.search(sentence) and "pop" not in sentence:
            continue
        return f"{m.group(0).strip()}: a body part hurt"
    for m in _HIT_ON.finditer(sentence):
        if is_body_part(m.group("part")):
            return f"{m.group(0)}: a blow to a body part"
    m = _SPLIT.search(sentence)
    if m and is_body_part(m.group("part") or m.group("part2")):
        return f"{m.group(0)}: a body part split open"
    for m in _THROUGH_INTO.finditer(sentence):
        if is_body_part(m.group("part")):
            return f"{m.group(0)}: a point driven into a body part"
    for m in _CLEAN_THROUGH.finditer(sentence):
        if is_body_part(m.group("part")) and m.group("part") not in _NOT_PIERCED:
            return f"{m.group(0)}: a point gone through a body part"
    return None


# A point driven through what is worn into a body part (held-out urgency blind29: "Stood on a rake ...
# the teeth went right through my trainer into my foot"): a puncture wound.
_THROUGH_INTO = re.compile(
    r"\b(?:went|gone|go|goes|going|came|come|stuck|sank|sunk|pushed|poked|drove|driven)(?: right| straight| clean)?"
    rf" (?:through|thru) (?:{_WHOSE}) (?:[a-z]+ ){{0,2}}?(?:in|into) (?:{_WHOSE}) (?:[a-z]+ )??(?P<part>[a-z]+)\b"
)


# A point gone right through a body part (s51urg, blind54: "the firewood had a nail in it, my boy's got it clean
# through his thumb"): "right", "clean" or "straight" through a part, said of a thing stuck or driven; a head, a mind
# or hair "gone through" is a thought or a comb, not a wound; the thing is named after the verb ("got it", "stuck a
# pin"), so "the cold went right through my bones" is no wound.
_CLEAN_THROUGH = re.compile(
    r"\b(?:got|stuck|pushed|poked|drove|driven|put|shot|jammed|rammed)(?: (?:it|a|an|the|one)(?: [a-z-]+){0,2})"
    rf" (?:right|clean|straight) (?:through|thru) (?:{_WHOSE}) (?:[a-z]+ )??(?P<part>[a-z]+)\b"
)
_NOT_PIERCED = frozenset({"head", "mind", "hair", "heart", "system", "body", "bones", "bone"})


def _marks(sentence: str, line: str) -> str | None:
    blow = _BLOW.search(line)
    if _LUMP.search(sentence) and (blow or any(is_body_part(w) for w in re.findall(r"[a-z]+", sentence))):
        return "a lump after a blow"
    if _CUT_NOW.search(sentence) and blow:
        return "a cut after a blow"
    if _BLURRY.search(sentence) and blow and _EYE.search(line):
        return "vision blurred after a blow"
    if _BLURRY.search(sentence) and _INTO_EYE.search(line) and not _PICTURE.search(sentence):
        return "vision blurred after a light or a spray in the eye"
    if _LIMP.search(sentence) and blow:
        return "unable to walk on a limb after a blow"
    return None


def _served(sentence: str) -> bool:
    for m in _SINCE_SERVED.finditer(sentence):
        if m.group("det") == "your" or any(
            "noun.food" in sense_classes(w, "noun", 3) for w in re.findall(r"[a-z]+", m.group("what"))
        ):
            return True
    return False


# A food the caller cannot eat, named by their condition: "I am coeliac", "he's allergic to nuts",
# "lactose intolerant" (held-out urgency blind51: "Yesterday I buy cake says gluten free, I am coeliac,
# all night very sick with pain in stomach, still today").
_DIET_CONDITION = re.compile(
    r"\b(?:coeliac|celiac|allergic to (?:tree )?(?:nuts|peanuts|dairy|milk|eggs?|gluten|wheat|shellfish|fish|sesame|soya?)|(?:nut|peanut|dairy|egg|gluten|wheat|shellfish|sesame) allergy|"
    r"(?:lactose|gluten) intolerant)\b"
)


def hurt(t: str) -> tuple[str, str] | None:
    """("urgent", why) for the classes of the module docstring in ``t`` (normalised, lower case), else None."""
    for sentence in re.split(r"(?<=[.!?])\s+", t):
        if _ASKS_AHEAD.search(sentence) and sentence.rstrip().endswith("?"):
            continue
        why = _part_done(sentence) or _marks(sentence, t)
        if why:
            return "urgent", why
        if _GLUE.search(sentence):
            return "urgent", "glue on an eye or the lips"
        if _HAD_YOURS.search(sentence) or _FUMES_GIVING.search(sentence) or _served(sentence):
            return "urgent", "ill from a food or a product"
    if _DIET_CONDITION.search(t) and re.search(rf"\b{_ILL}\b", t) and not t.rstrip().endswith("?"):
        return "urgent", "ill from a food the caller cannot eat"
    return None
