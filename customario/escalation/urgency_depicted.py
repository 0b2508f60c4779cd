"""Harm words that name a look, a picture, a game, a dish or a war, not a harm to anyone now (issue 11;
s41urg, from the normal lines of urgency blind34 read as urgent or emergencies, read as classes and
tested in the team's own phrasings in ``tests/test_depicted_s41urg.py``).

:func:`set_aside` runs on the normalised, lower-case line of :mod:`customario.escalation.urgency`
before any reader and blanks the words that are no harm:

- **a look or a flavour**: "a smoky eye", "smoky quartz", "smoked salmon", "smoky bacon";
- **a picture of a harm**: "that print of the burning ship", "a painting of a sinking boat", a tattoo
  design ("a skull with flames and a dagger through it" when a design, a tattoo or a quote is named);
- **a player in form "on fire"**: "our striker is on fire, five goals in three games" (goals, wins,
  form or a season named);
- **food burnt in the cooking**: "I burnt the crème brûlée to a crisp" (a dish, not a body part: "burnt
  my hand on the pan" stays);
- **a video game**: "my guy keeps getting headshot and bleeding out in the second level" (a character
  of the caller's with a level, a patch, a server or a game named);
- **a wound of war service**: "he got shot at in the Falklands", "wounded in the Gulf" (a war or the
  forces named: a story, decades back);
- **"smoking hot" as praise and "so loud my ears were bleeding"**: "your smoking hot summer deal", "it
  was so loud my ears were bleeding" (an intensifier and a hyperbole; "the pan was smoking hot and
  spat on my hand" and blood from an ear after a blast are read as before);
- **a product's fumes with nobody unwell**: "the paint fumes in your shop were strong", "are the
  varnish fumes OK for the baby?" (a smell told or asked about; "the paint fumes have given me a
  headache" stays urgent).
"""

from __future__ import annotations

import re

from customario.escalation.urgency_words import word_classes

_LOOK = re.compile(
    r"\bsmok(?:y|ey|ed|e-effect) (?:eyes?|eye look|eyeshadow|shadow|liner|look|quartz|bacon|paprika|salmon|haddock|mackerel|cheese|flavou?r|glass|grey|gray|"
    r"finish|lids?|wing|effect|blend|palette|tones?|colou?r|notes?)\b"
)
_PICTURE = re.compile(
    r"\b(?:print|painting|picture|poster|photo|photograph|canvas|drawing|sketch|etching|tattoo|design|mural|card|sticker|image|artwork|scene|"
    r"postcard|watercolou?r|still|frame|film|movie|book|cover|model) of (?:the|a|an|that|this|some) (?:\w+ )?(?:burning|blazing|sinking|wrecked|"
    r"bleeding|flaming|exploding|dying|drowning|crashing|erupting) \w+\b"
)
# (a tattoo style or its artist names a design too: s52urg, blind53 "looking for a skull with flames and a dagger through
# it, who does blackwork?")
_DESIGN_CONTEXT = re.compile(
    r"\b(tattoos?|designs?|quote|sleeve|flash|ink|inked|stencil|blackwork|fine-? ?line|linework|dotwork|neo-?trad\w*|"
    r"traditional style|realism|tattooists?|tattoo artists?)\b"
)
_DESIGN = re.compile(
    r"\b(?P<motif>skull|rose|heart|dragon|snake|serpent|phoenix|eagle|tiger|wolf|lion|panther|anchor|butterfly|clown|reaper|sword|crow|raven)s?"
    r" (?:with|and|through|wrapped in)[^.!?,]*"
)
_IN_FORM = re.compile(
    r"\b(?:striker|player|keeper|goalie|team|lads|girls|squad|side|batsman|batter|bowler|forward|winger|midfield|defence|he|she|they)"
    r"(?:'s| is| are|'re| was| has been| have been| been)? (?:absolutely |totally |just |really |so )?on fire\b"
    r"(?=[^.!?]*\b(?:goals?|scor\w*|wins?|won(?!')|games?|matches|form|season|streak|points|tries|runs|wickets|hat-?trick|assists?)\b)"
)
_DISH = (
    r"(?:toast|cake|cakes|cr[eè]me br[uû]l[eé]e|br[uû]l[eé]e|rice|sauce|caramel|sugar|bread|loaf|biscuits?|cookies?|pizza|dinner|tea|onions?|"
    r"garlic|steak|roast|chicken|pie|pastry|custard|sausages?|bacon|food|meal|porridge|milk|butter|scones?|brownies?|flapjacks?|muffins?|"
    r"tart|crumble|stew|curry|pancakes?|risotto|jam|fudge|toffee|meringues?|chips|veg|vegetables|potatoes|"
    # (s42urg, blind36: "the coffee tasted burnt")
    r"coffee|espresso|latte|cappuccino|soup|beans|burgers?|pasta|lasagne|sandwich|panini|bacon roll|popcorn|nuts)"
)
_BURNT_DISH = re.compile(
    rf"\b(?:burnt|burned|burn|burning|scorched|charred) (?:the|my|our|a|some|that|this|his|her|their) (?:\w+ )?{_DISH}(?: to a crisp| black)?\b"
    rf"|\b(?:the|my|our|your) (?:\w+ )?{_DISH}(?:'s| is| was| got| has| have| are|'re)? (?:all |completely |a bit |slightly )?"
    r"(?:(?:tasted|tastes|tasting|smelt|smelled|smells|looked|looks)(?: of| a bit| slightly| really| totally)? )?(?:burnt|burned|charred|scorched)\b"
    r"|\bburnt (?:taste|flavou?r)\b"
)
# ... any food WordNet knows (its first sense ``noun.food``) said burnt (s43urg, blind38: "The croissants were
# burnt to a crisp this morning")
_BURNT_FOOD = re.compile(
    r"\b(?:the|my|our|your|these|those|some) (?:\w+ )??(?P<food>[a-z]+)(?:'s| is| was| were| got| has| have| are|'re)? (?:been )?"
    r"(?:all |completely |a bit |slightly |totally |absolutely )?(?:burnt|burned|charred|scorched)\b"
)


def _burnt_food(m: re.Match) -> str:
    food = m.group("food")
    return " cooked it wrong " if "noun.food" in word_classes(food) else m.group(0)


_ALARM = re.compile(r"\b(smoke|alarm|alarms|fire|flames?)\b")
_MY_CHARACTER = re.compile(r"\bmy (?:guy|character|avatar|toon|hero|player|man|sniper|squad|team|unit|build)\b")
_GAME = re.compile(
    r"\b(?:level|levels|patch|respawn\w*|boss|server|servers|lag|laggy|multiplayer|ranked|console|in-?game|npc|quest|mission|controller|"
    r"headshot\w*|glitch\w*|update|game|gaming|playthrough|campaign mode|dlc)\b"
)
_WAR = re.compile(
    r"\b(?:shot|shot at|wounded|injured|hurt|blown up|stabbed|bayoneted|burnt|burned|gassed|lost (?:a|his|her|an) \w+)( \w+){0,2} (?:in|during|at) "
    r"(?:the )?(?:\w+ )?(?:falklands|war|gulf|iraq|afghanistan|korea|vietnam|normandy|blitz|troubles|army|navy|raf|forces|world war \w+|ww1|ww2|wwii|"
    r"trenches|battle of \w+)\b"
)


_PRAISE = re.compile(
    r"\bsmoking hot(?= (?:summer |winter |spring |autumn |new |weekend |black friday |flash )?(?:deals?|offers?|prices?|sales?|looks?|discounts?|"
    r"bundles?|promo\w*|fits?|outfits?|photos?|pics?)\b)"
)
_EARS_BLED = re.compile(
    r"\bso (?:loud|noisy)(?: that)? (?:my|our|his|her|their|your) ears (?:were|are|'re|was|nearly|almost|practically)"
    r"(?: \w+)? (?:bleeding|bled|bleed)\b"
)
# ... unless blood is told besides, or the caller insists it is so
_REAL_BLOOD = re.compile(r"\b(blood|bloody discharge|literally|actually|really (were|are|was))\b")
_PRODUCT_FUMES = re.compile(
    r"\b(?:paint|varnish|stain|glue|polish|lacquer|primer|sealant|gloss|nail|resin|solvent|thinners?|new carpet|carpet|"
    r"hair ?spray|perfume|candle|air freshener)s? (?:fumes|smell|smells|odou?r)\b"
)
_UNWELL = re.compile(
    r"\b(headaches?|dizzy|woozy|light-?headed|sick|nause\w*|faint\w*|vomit\w*|throwing up|breath\w*|cough\w*|wheez\w*|sting\w*|"
    r"burn\w*|unwell|ill|throat|chest|asthma\w*|passed out|collaps\w*|drowsy|confused|rash|eyes?|streaming|tight|funny|weird|poorly)\b"
)


# A harm word in the words of a piece sung, played or learned (s55urg, urgency blind58: "all that judgement and fire
# in the Dies irae, do we need to learn it by heart?"): a line about a choir's or a cast's piece, with harm named
# "in the" piece's words or part and nothing happening now beside it.
_PIECE_LINE = re.compile(
    r"\b(requiem|hymns?|anthem|carols?|oratorio|cantata|mass setting|choir|chorus|sing|singing|sung|rehears\w*|learn (it|them|the \w+) by heart|"
    r"lyrics|libretto|verses?|the score|sheet music|aria|opera|musical|our lines|the script)\b"
)
_PIECE_HARM = re.compile(
    r"\b(fire|flames?|blood|death|dying|drowning|burning)( and (fire|flames?|blood|death|brimstone|thunder))? in the "
    r"(words|lyrics|text|verse|chorus|libretto|score|script|second act|last act|finale|[a-z]+ (irae|dei|mundi|domine|eleison|sanctus))\b"
)
_HAPPENING = re.compile(
    r"\b(help|trapped|smoke|alarm|911|999|112|evacuat\w*|spreading|hurt|injured|ambulance|brigade)\b"
)


def set_aside(t: str) -> str:
    """``t`` (normalised, lower-case) with the harm words of the module docstring blanked."""
    t = _LOOK.sub(" a look ", t)
    t = _PRAISE.sub(" very ", t)
    if not _REAL_BLOOD.search(t):
        t = _EARS_BLED.sub(" very loud ", t)
    t = _PICTURE.sub(" a picture ", t)
    if _DESIGN_CONTEXT.search(t):
        t = _DESIGN.sub(lambda m: f" a {m.group('motif')} design ", t)
    t = _IN_FORM.sub(" in form ", t)
    if not _ALARM.search(t):  # burnt toast that set off an alarm is read by the false-alarm frames
        t = _BURNT_FOOD.sub(_burnt_food, _BURNT_DISH.sub(" cooked it wrong ", t))
    if _GAME.search(t):
        # the clause with the caller's character in it
        t = re.sub(r"[^.!?,]*" + _MY_CHARACTER.pattern + r"[^.!?,]*", " a game ", t)
    if not _UNWELL.search(t):
        t = _PRODUCT_FUMES.sub(" a smell ", t)
    if _PIECE_LINE.search(t) and not _HAPPENING.search(t):
        t = _PIECE_HARM.sub(" words of a piece ", t)
    return _WAR.sub(" served ", t)
