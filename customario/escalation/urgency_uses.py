"""Harm words in uses that are no harm now (issue 11; from the normal lines of urgency blind21,
development since 5 December 2026 01:00 UTC, and blind24, development from its arrival, raised by the
rules, read as classes and tested in the team's own phrasings in ``tests/test_urgency_uses_urg15.py``).

:func:`set_aside` removes, from the normalised, lower-case line:

- **a harm to be prevented**: "to stop it catching fire", "so it doesn't overheat", "to prevent
  burns" (prevention is advice sought, not a harm happening);
- **a look wished for**: "I want it to look like it's bleeding", "make the cake look like it's on
  fire" (a design, not a wound or a fire), and flames asked for as a design ("can you do flames?",
  "a flames decal");
- **a harm word said of a plant or a made thing**: "the peace lily is drowning", "the hull's got
  osmosis blisters", "the paint is blistering" (the subject is first a WordNet plant, or a made
  thing that in none of its first four senses is a body part, a group of people, a person or an
  animal: not "the sole is blistered", "the staff are choking");
- **tobacco smoked by a person**: "your driver smoking in the car", "someone had been smoking in
  it", and the smell of smoke in the same line (a person as the subject of "smoking" or "smoked";
  nothing burning, no fire word);
- **the hospital as the caller's workplace**: a shift, the staff entrance or the staff car park;
- **burning off energy** with a word between ("burning off toddler energy", "burn off some steam");
- **a harm word naming goods**: first-aid stock and warning labels ("the burn gel in the kits you
  sell", "the poison labels on the bottles", "which hypoallergenic plasters do you stock?");
- **waste burnt on purpose** (s50urg): "can I burn the hedge cuttings?", "we burn our garden waste on
  Fridays", with nothing out of hand;
- **what burns by design**: a stove, a log burner, a candle or a barbecue "burning" with nothing out
  of hand (no spread, nothing caught, no alarm, no call for help);
- **a chimney smoking at its pot**: smoke from the pot or the top of a chimney, flue or stove pipe is
  the chimney drawing, not a fire in the room.

The readers of :mod:`customario.escalation.urgency` then see the rest of the line; a real harm told
beside these uses is read as before.
"""

from __future__ import annotations

import re

from customario.escalation.urgency_words import is_a, is_made_thing, is_person, sense_classes, word_classes

_HARMS = (
    r"(catch(es|ing)? fire|caught fire|go(es|ing)? on fire|burn(s|ing|t|ed)?( down| out)?|overheat(s|ing)?|spark(s|ing)?|"
    r"explod(e|es|ing)|blow(s|ing)? up|fires?|burns|scalds?|injur(y|ies)|accidents?|falls?|electric shocks?|shocks?|"
    r"smok(e|es|ing)|flooding|leaks?|leaking|freez(e|es|ing)|choking|chok(e|es))"
)
_PREVENTED = re.compile(
    rf"\b(to|so as to|in order to|help|helps|will|would|should|that|which) (stop|prevent|avoid|reduce|cut down on|cut the risk of)"
    rf"( (it|them|the \w+|a \w+|any \w+|my \w+|our \w+|your \w+))?( from)? {_HARMS}\b"
    rf"|\bso (that )?(it|they|the \w+) (doesn'?t|don'?t|won'?t|wouldn'?t|never|can'?t) {_HARMS}\b"
)
_LOOK_WISHED = re.compile(
    r"\b(want|wants|wanted|'d like|would like|make|making|made|designed|styled|painted|drawn|inked)( \w+){0,3}? (to )?"
    r"(look|looks|looking|appear|seem) (like|as if|as though) (it|they|he|she|i|you)('s|'re| is| are| was| were| am| were)? "
    r"(bleeding|on fire|burning|burnt|broken|bruised|cut|wounded|injured|melting|dead|dying|exploding|in flames)\b"
)
# flames as a design asked for: "can you do flames?", "a flames decal", "paint some flames on it"
_FLAMES_DESIGN = re.compile(
    r"\b(do|draw|paint|ink|tattoo|add|put|design|pattern|decals?|stickers?|print|motif|wrap|airbrush)( me)?( some| a few| the| red| orange| blue| tribal| cartoon)*"
    r" flames?\b(?! (everywhere|coming|are|were|spread\w*|up|out|from|in the|through))"
    r"|\bflames? (design|decals?|stickers?|motif|pattern|tattoo|print|wrap|paint ?job)\b"
)
_THING_STATE = re.compile(
    r"\b([a-z]+)('s| is| are|'re| has| have|'s got| has got| have got| got)( \w+){0,2} "
    r"(drowning|drowned|blisters|blistering|blistered|bleeding|choking|suffocating|dying|burning up|on its last legs)\b"
    # (intransitive only: a thing choking or suffocating another person is strangling them, s54urg: "the lanyard is
    # choking him, it's caught in the machine"; the caller who says "it's choking me" is talking)
    r"(?! (him|her|them|someone|somebody|((my|our|his|her|their) (son|daughter|child|kid|baby|boy|girl|brother|sister|husband|"
    r"wife|partner|mum|mom|dad|friend|nan|gran|grandad|grandma|grandpa|toddler|little one))|the (child|kid|baby|boy|girl|man|woman))\b)"
)
_TOBACCO_SMOKER = re.compile(
    r"\b([a-z]+)( had| has| have| was| were| is| are|'s|'d)?( clearly| obviously| definitely| been)* (smoking|smoked)"
    r" (in|inside|outside|at|by|near|on|out of|through) (it|the|my|our|his|her|your|their|a)\b"
)
_SMOKE_WORDS = re.compile(r"\b(smok(e|ed|es|ing|y|ey)|stank|stinks?|stinking|reek\w*)\b")
_FIRE_WORDS = re.compile(
    r"\b(fire|flames?|alight|ablaze|burning|blaze|sparks?|billowing|pouring|thick|alarm|can'?t breathe)\b"
)
_HOSPITAL_WORK = re.compile(
    r"\b(the )?hospital('s)? (staff|staff'?s|staff only|night staff|nurses'?|doctors'?|employee|workers'?) (entrance|door|car park|gate|canteen|accommodation|quarters|residence)\b"
    r"|\b(night|early|late|day|long|twelve-hour|12-hour) shift\b[^.!?]{0,60}\bhospital\b|\bhospital\b[^.!?]{0,60}\b(night|early|late|day) shift\b"
)
_BURN_OFF = re.compile(
    r"\bburn(s|ing|t|ed)? off( \w+){1,2}? (energy|steam|calories|fat|excitement|sugar|the sugar rush|the fidgets)\b"
)
_CHIMNEY_POT = re.compile(
    r"\b(chimney|flue|stove ?pipe|stack)('s| is| are|'re)?( \w+){0,2} (smoking|smoky|puffing)\b"
    r"(?=[^.!?]{0,60}\b(outside|out of|from|at|above|round|around|out) the (chimney )?(pot|pots|top|cowl|cap|roof)\b)"
)


# what burns by design ("the log burner is burning nicely", "candles burning in the lounge"), unless
# it has got out of hand
_BURNS_BY_DESIGN = re.compile(
    r"\b(burner|stove|fire|fireplace|candles?|incense|logs?|hob|oven|boiler|aga|bbq|barbecue|grill|heater|pilot light|"
    r"oil lamp|joss sticks?|fire ?pit|brazier|chiminea)( \w+){0,5}? (is |are |'s |'re |was |were )?(still |happily |nicely |away )?burning\b"
)
# garden waste or rubbish burnt on purpose, asked about or planned (s50urg, blind49: "Am I allowed to burn the hedge
# cuttings on my allotment plot?"): a way to get rid of it, no fire out of hand and nobody burnt
_BURN_WASTE = re.compile(
    r"\bburn(s|ing|t|ed)? (off )?(the |my |our |your |some |all (of )?(the |my |our )?|a (pile|heap|load|bag) of |old )?(\w+ )?"
    r"(cuttings|clippings|leaves|rubbish|waste|brash|prunings|branches|twigs|weeds|stubble|paperwork|papers|documents|"
    r"pallets|off-?cuts|sawdust|hedge trimmings|trimmings|grass)\b"
)
_OUT_OF_HAND = re.compile(
    r"\b(spread\w*|caught|catch\w*|out of control|can'?t (put|get) it out|flames? (everywhere|up|coming)|on fire|smoke (filling|everywhere|pouring)|"
    r"full of smoke|alarm|rug|carpet|curtains?|sofa|fell out|rolled out|help|fire brigade|999|911)\b"
)


# A harm word naming goods: first-aid stock and warning labels ("the burn gel in the first-aid kits you
# sell", "bottles with the poison labels on", "which hypoallergenic plasters do you stock?"). Nine such
# lines in eight corpora are all normal; blind26 and blind30 had them raised (s39urg15). A harm told
# beside them ("I burnt my hand, do you sell burn gel?") is still read.
_HARM_GOODS = re.compile(
    r"\b(burns?|bite|sting|blister|wound|cuts?|poison|first[- ]aid|bruise) (gel|cream|spray|dressings?|plasters?|kits?|relief|ointment|"
    r"labels?|signs?|stickers?|warnings?|box(es)?|bag)\b"
    r"|\b(sell|sells|stock|stocks|hypoallergenic|fabric|waterproof|sticking|adhesive|elastic|box of|pack of|packet of|buy|order)( \w+)? (plasters|bandages|band-?aids)\b"
)


def _thing_state(m: re.Match) -> str:
    """A plant's or a made thing's "drowning", "blisters" set aside; a person's, a body part's or an
    animal's kept."""
    word = m.group(1)
    # (a wound is no made thing, whatever its first senses: s51urg, blind54 "the cut's bleeding a fair bit"; WordNet's
    # "cut" is a wound in its sixth sense, a "nick" a small cut, not in WordNet as one)
    if word in ("nick", "nicks") or is_a(word, "wound", "injury", senses=6):
        return m.group(0)
    if "noun.plant" in word_classes(word):
        return " "
    # (a thing in none of its first four senses a body part, a group of people, a person or an
    # animal: "the sole is blistered" is a foot's, "the staff are choking" are people)
    living = {"noun.body", "noun.group", "noun.person", "noun.animal"}
    if is_made_thing(word) and not is_person(word) and not sense_classes(word, "noun", 4) & living:
        return " "
    return m.group(0)


def set_aside(t: str) -> str:
    """``t`` (normalised, lower-case) without the uses of the module docstring."""
    t = _HARM_GOODS.sub(" goods ", t)
    t = _PREVENTED.sub(" ", t)
    t = _LOOK_WISHED.sub(" ", t)
    t = _FLAMES_DESIGN.sub(" a design ", t)
    t = _THING_STATE.sub(_thing_state, t)
    m = _TOBACCO_SMOKER.search(t)
    if m and (m.group(1) in ("someone", "somebody", "he", "she", "they") or is_person(m.group(1))):
        if not _FIRE_WORDS.search(t):
            t = _SMOKE_WORDS.sub(" ", t)
    if not _OUT_OF_HAND.search(t):
        t = _BURN_WASTE.sub(" dispose of ", _BURNS_BY_DESIGN.sub(" ", t))
    t = _HOSPITAL_WORK.sub(" ", t)
    t = _BURN_OFF.sub(" ", t)
    return _CHIMNEY_POT.sub(" ", t)
