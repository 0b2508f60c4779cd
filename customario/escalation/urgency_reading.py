"""Readings by concept class rather than by word (issue 11, blind4 as development, 3 December 2026).

blind3's rules moved the next blind corpus by about one line: phrase lists do not transfer. This
module reads a line through classes of meaning instead, most of them taken from WordNet 3.0
(:mod:`customario.escalation.wordnet`), so a word nobody listed still falls into its class:

- **a body part in a state**: any noun whose first WordNet sense is in ``noun.body`` ("cheeks",
  "tongue", "left arm") followed by a state ("all red and bumpy", "feels huge", "'s gone numb");
  airway parts swelling or closing are an emergency, skin changes and numbness urgent; a chest
  complaint with a second cardiac sign (sweating, an arm gone numb, short of breath) an emergency;
- **a person not waking**: a verb sharing a WordNet synset with "wake" two steps out ("rouse",
  "awaken") negated with a person as its object ("I can't rouse her"), and broken English's bare
  "no breathe" / "no move";
- **self-harm cues counted** by kind (:mod:`customario.escalation.urgency_selfharm`);
- **weapons, overdoses and swallowed substances** (:mod:`customario.escalation.urgency_weapons`);
- **violence**: a lethal verb against a group ("going to shoot everybody"), a door being forced; a
  lethal verb whose object is a thing ("stabbed the paste tube") is set aside first;
- **hazards by combination** (:mod:`customario.escalation.urgency_hazards`): fire cues together,
  smoke moving through a building, carbon monoxide, water near something live, a burn with a change
  in the person; **injuries by a cause** (:mod:`customario.escalation.urgency_injuries`);
- **blind5 (development since 3 December 11:12)**: airway signs after an exposure, three cardiac
  signs together, a limb that will not lift, harm to a person told in the past tense or the passive
  (the object or agent a WordNet person), someone wrecking a room, a stranger at the door;
- **frames that are not now** (:func:`customario.escalation.urgency_frames.not_now`): a negated hazard ("no flames", "no smoke or
  smell"), a retraction ("kidding!"), a story in a film or a video, a false alarm ("went off but it
  was just burnt toast"), "what happens if ...", a past told as "a few years back", an event that
  "got sorted" or a person "home now and fine".

Patterns run on the normalised, lower-case line of :mod:`customario.escalation.urgency`; each has
a line of the team's own and a near miss in ``tests/test_urgency.py``,
``tests/test_urgency_reading.py`` or ``tests/test_urgency_blind5.py``. The WordNet concept classes
are in :mod:`customario.escalation.urgency_words`.
"""

from __future__ import annotations

import re
from customario.escalation import urgency_hazards as hazards
from customario.escalation import urgency_injuries as injuries
from customario.escalation import urgency_selfharm as selfharm
from customario.escalation import urgency_weapons as weapons
from customario.escalation.urgency_words import PRONOUNS as _PRONOUNS
from customario.escalation.urgency_words import is_body_part, is_person, sense_classes, wake_verbs, word_classes
from customario.escalation.urgency_rules import rx

__all__ = ["is_body_part", "is_person", "read", "wake_verbs", "word_classes"]

_AIRWAY = frozenset("throat tongue lips lip mouth airway windpipe".split())
_POSSESSIVE = r"(?:my|her|his|their|your|our|the baby'?s|\w+'s)"
# States said of a body part, by class: swelling or closing, a skin change, lost feeling.
_SWELL = (
    r"huge|big|bigger|massive|thick|fat|swollen|swelling|puffy|puffed up|closing( up)?|tight|tighter|blown up|"
    r"balloon\w*|inflat\w*|(twice|double) the size"
)
_SKIN = (
    r"red|bumpy|blotchy|raw|blistered|blistering|peeling|burning|stinging|stung|itchy|sore|cracked|weeping|lumpy|"
    r"spotty|welted|hot to the touch|red and \w+|bright red|covered in \w+"
)
_NUMB = r"numb|dead|heavy|weak|tingly|tingling|floppy"
# An everyday cause makes a skin or feeling state ordinary ("red from the cold", "gone dead from
# holding the dryer, haha"); airway swelling is never set aside this way.
_BENIGN = re.compile(
    r"\b(from|because of) (the )?(cold|wind|sun|holding|sleeping|leaning|sitting|typing|gaming|carrying|laughing)\b"
    r"|\bembarrass\w*|\bblush\w*|\bhaha\b|\blol\b|\bpins and needles\b"
    # ... or a laugh said "ha!" (s48urg, blind42: "the aqua-fit class absolutely murdered me, I can't feel my legs, ha!")
    r"|\bha( ha)*\b(?=\s*[!.,]|\s*$)"
)
# ("still" between, s51urg: "his wrist's still puffy", "my knee's still twice the size")
_LINK = r"(?:'s|'re| is| are| feels?| looks?| has| have| been| went| gone| going| getting| got| turned| turning| become| all| so| too| now| still| and| come up| came up| like a)*"
_CARDIAC_COMPANIONS = re.compile(
    r"\b(sweat\w*|clammy|short of breath|out of breath|can'?t breathe|jaw|nause\w*|being sick|(left|right)? ?arm\b[^.!?]{0,20}"
    r"\b(numb|heavy|ache|aching|tingl\w*|dead|weak|hurts)|dizzy|light-?headed|grey|gray)\b"
)
_CHEST = re.compile(
    r"\bchest\b[^.!?]{0,25}\b(discomfort|pain|ache|aching|pressure|tight\w*|heavy|heaviness|hurts?|hurting|squeez\w*)\b"
    r"|\b(discomfort|pain|ache|pressure|tightness|heaviness|crushing|squeezing|weight|feeling)\b[^.!?]{0,15}\b(in|on|across) (my|her|his|their|the) chest\b"
)


def _body_states(t: str) -> tuple[str, str] | None:
    """A body part (WordNet ``noun.body``) with a possessive before it and a state (or two: "tingling and swelling") after it."""
    pattern = rf"\b{_POSSESSIVE} (?:(?:left|right|whole|top|bottom|upper|lower) )?([a-z]+){_LINK} (?:(?:{_SKIN}|{_NUMB}),? and{_LINK} )?({_SWELL}|{_SKIN}|{_NUMB})\b"
    found = None
    for m in rx(pattern).finditer(t):
        part, state = m.group(1), m.group(2)
        if not is_body_part(part):
            continue
        if part in _AIRWAY and re.fullmatch(_SWELL, state):
            return "emergency", f"{part} {state}"
        if not _BENIGN.search(t):
            found = found or ("urgent", f"{part} {state}")
    if _CHEST.search(t) and (_CARDIAC_COMPANIONS.search(t) or (found and re.search(_NUMB, found[1]))):
        return "emergency", "chest complaint with a second cardiac sign"
    return found or _named_before(t) or _article_for_owner(t)


# A harm told of a person: the participle of a hurt with "by" or after "been"/"got"/"was" ("stung by a wasp").
_HURT_TOLD = re.compile(
    r"\b(is|was|were|are|been|got|get|gets|getting)( just)? (stung|bitten|burnt|burned|scalded|cut|hit|struck|kicked|trodden on)\b"
)


def _article_for_owner(t: str) -> tuple[str, str] | None:
    """A body part said with "the" for its owner's possessive after a harm told of a person ("my wife
    is stung by a wasp, the arm is very thick now"): French, German, Spanish and Italian name the
    body part of the person already spoken of with the definite article ("le bras", "der Arm"), and
    learners of English carry it over (Swan and Smith, *Learner English*, 2nd ed., 2001, the
    French, German and Spanish chapters on articles). Only a swelling or a skin state counts, read
    as the possessive would be (:func:`_body_states`: the airway swollen is an emergency); ``(level,
    reason)`` or None."""
    m = _HURT_TOLD.search(t)
    if not m or _BENIGN.search(t):
        return None
    for found in rx(rf"\bthe ([a-z]+){_LINK} ({_SWELL}|{_SKIN})\b").finditer(t, m.end()):
        part = found.group(1)
        if is_body_part(part):
            level = "emergency" if part in _AIRWAY and re.fullmatch(_SWELL, found.group(2)) else "urgent"
            return level, f"the {part} {found.group(2)} after {m.group(3)}"
    return None


def _named_before(t: str) -> tuple[str, str] | None:
    """A state said of "they" or "it" after a body part was named ("got bleach on his hands, they've
    gone red and sore"): the pronoun stands for the part."""
    parts = [m.group(1) for m in re.finditer(rf"\b{_POSSESSIVE} ([a-z]+)\b", t) if is_body_part(m.group(1))]
    if not parts or _BENIGN.search(t):
        return None
    m = re.search(
        # (the first state may open a list: "it's hot, red and puffy", s57urg)
        rf"\b(they|it)('ve|'re|'s| have| are| is| has)?(?: \w+,?)??{_LINK} ({_SKIN}|{_NUMB}|swollen|swelling|puffy)\b",
        t,
    )
    if m and t.find(parts[0]) < m.start():
        return "urgent", f"{parts[0]} {m.group(3)}"
    return None


# Airway signs: swallowing or the voice going, a sound with each breath, too breathless to speak,
# a reliever that does not work. With an exposure (a product, a sting, a food) each is anaphylaxis
# or a severe attack (resuscitation council guidance: airway, breathing, "can't speak in sentences").
_EXPOSURE = re.compile(
    r"\b(dye|colou?r|bleach|relaxer|product|spray|treatment|sting|stung|bitten|nuts?|peanuts?|ate|eaten|allerg\w*|reaction|asthma|patch test)\b"
)
_AIRWAY_SIGNS = (
    r"\b(hard|harder|difficult|struggling|trouble|hurts) (to )?swallow\w*\b",
    r"\b(voice|speech)('s| is| has)? (gone |going |all |got |getting )*(funny|strange|weird|hoarse|croaky|squeaky|raspy|thick)\b",
)
_AIRWAY_ALONE = (
    r"\b(can'?t|cannot|can not|couldn'?t|unable to) (get|finish|say) (a|one|the|my|her|his|a full|full|whole) (sentence|sentences|words?)( out)?\b"
    r"(?=[^.!?]*$|.*\b(breath\w*|asthma|inhaler|wheez\w*|air)\b)",
    r"\b(inhaler|puffer|epi-? ?pen|nebuli[sz]er|reliever)\b[^.!?]{0,25}\b(isn'?t|not|doesn'?t|hasn'?t|didn'?t|won'?t) "
    r"(doing anything|working|helping|making (a|any) difference|touching it)\b",
)


def _airway(t: str) -> tuple[str, str] | None:
    # breathing noises made by a person, awake: "my dad is making gurgling noises" (not "the pump"); two words
    # may stand before the noise ("making this awful gurgling sound": s56urg, blind64)
    for m in re.finditer(
        r"\b([a-z]+)('s| is| are| was|'re)? (making|made|makes) (\w+ ){0,2}(gurgling|snoring|rattling|gasping|choking|grunting) (noises?|sounds?)\b"
        r"(?![^.!?]*\b(all night|asleep|sleep\w*|in (his|her|their) sleep)\b)",
        t,
    ):
        if is_person(m.group(1)):
            return "emergency", f"{m.group(5)} noises"
    for p in _AIRWAY_ALONE:
        if rx(p).search(t):
            return "emergency", "breathing too hard to speak, or the reliever not working"
    if _EXPOSURE.search(t) and any(rx(p).search(t) for p in _AIRWAY_SIGNS):
        return "emergency", "airway sign after an exposure"
    return None


# Harm done to a person now, told in the past tense ("he's just hit the girl on the till"); the
# object must be a person in WordNet ("hit the button" is not an assault).
_NOW = re.compile(r"\b(just|right now|now|i'?m watching|still|there'?s a (man|woman|guy|bloke))\b")


def _human(word: str) -> bool:
    return word in _PRONOUNS or (
        "noun.person" in word_classes(word) and "noun.artifact" not in sense_classes(word, "noun", 3)
    )


def _assault_now(t: str) -> tuple[str, str] | None:
    for m in re.finditer(
        r"\b(hit|punched|slapped|kicked|headbutted|head-butted|shoved|attacked|thumped|smacked|strangled|choked|throttled"
        r"|grabbed|dragged|dragging|snatched|bundled|kidnapped|abducted) "
        r"(the|a|my|our|her|his|that|this) (\w+ )?([a-z]+)\b(?!'s)",
        t,
    ):
        # "a woman outside": the person may be the first of two words; a word that is also a thing
        # in WordNet ("controller", "driver") is taken as the thing
        words = [w for w in ((m.group(3) or "").strip(), m.group(4)) if w]
        if any(_human(w) for w in words) and _NOW.search(t):
            return "emergency", f"{m.group(1)} a person now"
    # the passive: "I've been hit in the stomach by my partner" (the agent a person in WordNet)
    for m in re.finditer(
        r"\b(been|got|was|just been) (hit|punched|kicked|attacked|beaten|stabbed|strangled|glassed|headbutted)( \w+){0,3} by (my|her|his|a|the|some) (\w+ )?([a-z]+)\b",
        t,
    ):
        if is_person(m.group(6)) or m.group(6) in _PRONOUNS:
            return "emergency", f"{m.group(2)} by a person"
    # a room being wrecked by someone there: "he's smashing up the kitchen"
    m = re.search(
        r"\b(he|she|they|[a-z]+)('s| is| are) (smashing|trashing|wrecking|destroying|breaking|throwing|tearing)( up)? (the|my|our|everything)((?: [a-z]+){0,2})\b",
        t,
    )
    thing = m.group(6).split()[-1] if m and m.group(6) else ""
    if (
        m
        and (m.group(1) in _PRONOUNS or is_person(m.group(1)))
        and (not thing or "noun.artifact" in word_classes(thing))
    ):
        return "emergency", "someone wrecking the home"
    return None


# Signs of the heart and circulation, and of a limb: three different cardiac signs together are an
# emergency (a heart attack often shows without chest pain: grey, sweating, an arm, the jaw).
_CARDIAC_SIGNS = (
    r"\b(grey|gray|ashen|pale|clammy)\b",
    r"\bsweat\w*\b",
    r"\b(holding|clutching|rubbing|grabbing) (his|her|their|my) (left )?(arm|jaw|shoulder)\b|\b(arm|jaw)\b[^.!?]{0,20}\b(ache|aching|hurts|pain|numb|heavy)\b",
    r"\b(short of breath|out of breath|breathless|can'?t catch (his|her|my|their) breath)\b",
    r"\bchest\b",
)


def _heart_and_limbs(t: str) -> tuple[str, str] | None:
    """Three cardiac signs; a limb that will not lift (a stroke sign); a person who cannot be made to
    answer."""
    if sum(bool(rx(p).search(t)) for p in _CARDIAC_SIGNS) >= 3:
        return "emergency", "cardiac signs together"
    for m in re.finditer(
        r"\b(my|his|her|their) (left |right )?([a-z]+) (won'?t|can'?t|doesn'?t|isn'?t) (lift|move|raise|work|grip|go up)\b",
        t,
    ):
        if (
            is_body_part(m.group(3))
            and m.group(3) in ("arm", "arms", "leg", "legs", "hand", "face", "side")
            and not _BENIGN.search(t)
        ):
            return "emergency", f"{m.group(3)} will not {m.group(5)}"
    if re.search(
        r"\b(can'?t|cannot|couldn'?t) get (her|him|them) to (answer|respond|wake|talk|open (her|his|their) eyes|speak)\b",
        t,
    ):
        return "emergency", "cannot get a person to answer"
    return None


def _person_states(t: str) -> tuple[str, str] | None:
    """A person who cannot be woken, broken English for not breathing, a person down and shaking."""
    for m in re.finditer(
        r"\b(can'?t|cannot|can not|couldn'?t|won'?t|not able to|unable to) ([a-z]+) (her|him|them)( up)?\b", t
    ):
        if m.group(2) in wake_verbs() or m.group(2).rstrip("s") in wake_verbs():
            return "emergency", f"cannot {m.group(2)} a person"
    if re.search(
        r"\bno (breathe|breath|breathing|move|moving|wake|respond|answer)\b(?! (problems?|issues?|trouble|difficult\w*))",
        t,
    ):
        return "emergency", "no breathe / no move"
    down = r"(shaking|fitting|jerking|twitching|convulsing|lying|lay|slumped|collapsed)"
    m = re.search(
        rf"\b([a-z]+)('s| is| are)? ({down}( \w+){{0,3}} on the (\w+ )?(floor|ground)\b|on the (\w+ )?(floor|ground) {down})",
        t,
    )
    if m and is_person(m.group(1)):
        return "emergency", "person down and shaking"
    seizure = (
        r"\b(jerking|twitching|convulsing|fitting|thrashing)( about| around)? (all over|uncontrollably|on the \w+|and (won'?t|can'?t|isn'?t))"
        r"|\b(went|gone|go|goes) down and (is |'s )?(jerking|twitching|shaking|fitting|convulsing)\b"
    )
    for sentence in re.split(r"[.!?]", t):
        if re.search(seizure, sentence) and any(is_person(w) for w in re.findall(r"[a-z]+", sentence)):
            return "emergency", "seizure described"
    m = re.search(r"\b([a-z]+)('s| is| are)(,? \w+){0,4},? (and )?(floppy|limp|lifeless|unresponsive)\b", t)
    if m and is_person(m.group(1)):
        return "emergency", "person floppy"
    m = re.search(r"\b([a-z]+)('s| is| are| has)? (turned|turning|gone|going|went) (blue|purple|grey|gray)\b", t)
    if m and is_person(m.group(1)):
        return "emergency", "person changed colour"
    # every occurrence is read: "he's hitting her - ... is hitting her in the chair" (blind6)
    game = re.search(r"\b(?:lol|haha|fifa|chess|at (?:cards|pool|darts|tennis|golf)|in (?:the|a) game)\b", t)
    for m in re.finditer(
        r"\b(beating|hitting|punching|kicking|strangling|attacking|slapping|battering|stabbing|throttling)( up)? "
        r"(?:(?P<pronoun>me|her|him|us|them)\b(?! (?:down|at|to|on price|in the (?:wallet|pocket|game))\b)"
        r"|(?:my|her|his|their|the|a|our) (?P<first>\w+ )?(?P<last>[a-z]+)\b(?! (?:down|at|to|in|on price)\b))",
        t,
    ):
        if game:
            break
        if m.group("pronoun") or any(is_person(w) for w in ((m.group("first") or "").strip(), m.group("last")) if w):
            return "emergency", "assault going on"
    if re.search(
        r"\b(had|having|has had|'s had|'s having) (a|some|another) (fit|seizure|funny turn|convulsion)\b(?! of)", t
    ):
        return "emergency", "a fit"
    if re.search(
        r"\b(not|isn'?t|no longer|barely|hardly) (responsive|conscious|coherent)\b"
        r"|\b(he|she|they)('s| is| are)? (can'?t|cannot|unable to|not able to) (speak|talk|get (his|her|their) words out)\b"
        r"(?! (to|about|with|for|english))"
        r"|\b(face|mouth|smile)\b[^.!?]{0,25}\b(on|down) one side\b",
        t,
    ):
        return "emergency", "consciousness or stroke signs"
    m = re.search(
        # ... a colour or a slump first: "he's gone white and gone down" (held-out urgency blind61)
        r"\b([a-z]+)('s| has| is)? (?:(?:gone|went|turned) (?:white|pale|grey|gray|blue|limp|floppy|clammy) and )?"
        r"(gone|went|just gone|just went) down\b"
        r"(?=\s*($|[,.!?;]|and (is|isn'?t|won'?t|not|he|she)\b))",
        t,
    )
    if m and is_person(m.group(1)):
        return "emergency", "person gone down"
    if re.search(
        r"^(?!.*\b(photos?|pictures?|selfies?|teeth|braces|always|naturally)\b).*\b(smile|face|mouth)('s| is| has| looks?)? (all |gone |going |looks? |gone all )*(crooked|wonky|lopsided|uneven|twisted)\b"
        r"|\b(talking|speaking|saying|talks|speaks) (gibberish|nonsense|jibberish|funny|strange|weird)\b(?! (about|to me about|lol|haha))",
        t,
    ):
        return "emergency", "stroke signs described"
    # ("the" for the possessive as learner English says it, s48urg, blind48: "he say he cannot feel the legs")
    for m in re.finditer(r"\b(can'?t|cannot|can not) (feel|move) (my|his|her|their|the) ([a-z]+)\b", t):
        if is_body_part(m.group(4)) and not _BENIGN.search(t):
            return "emergency", f"cannot {m.group(2)} the {m.group(4)}"
    # ... but not anger: "foaming at the mouth about the price"
    if re.search(
        r"\b(foam|froth|lather)\w*( \w+){0,3} (at|from|out of|round) (the|her|his|their|its) mouth\b"
        r"(?! (about|over|because|at|when|with (rage|anger|fury)))",
        t,
    ):
        return "emergency", "foam at the mouth"
    return None


_VIOLENCE = (
    (
        "threat against a group",
        r"\b(going to|gonna|'ll|will|threaten\w* to|about to)( \w+)? (shoot|stab|kill|murder|blow up) "
        r"(everybody|everyone|every one|all of us|us all|people|the (whole )?(place|shop|store|salon))\b",
    ),
    (
        # an attack under way: "slashing at people with a blade", "lunging at the staff"
        "attacking people now",
        r"\b(slashing|stabbing|swinging|lunging|hacking|shooting|firing|lashing out|jabbing) (at|into) "
        r"(people|everyone|everybody|customers|shoppers|staff|someone|somebody|us|them|the (staff|customers|crowd|girls|lads))\b",
    ),
    (
        "someone getting in",
        r"\b(trying|tried|try|tries) to (get|break|climb|force (his|her|their|a|the) way) in(to)?\b(?=[^.!?]*\b(window|door|house|flat|home|room)\b)"
        # a stranger at the door or window with someone alone or hiding inside
        r"|^(?=.*\b(alone|on my own|by myself|hiding|scared|terrified|locked (myself |ourselves )?in)\b).*\b(man|woman|stranger|someone|somebody|people|guy|bloke|he|she|they)\b[^.!?]*"
        r"\b(trying|rattling|trying to open|pulling at|forcing|banging on|kicking) (the|our|my|a) (\w+ )?(door|window|handle|lock|gate)\b",
    ),
    (
        "someone in the house",
        r"\b(someone|somebody|a man|a stranger|an intruder|people)('s| is| are) (in|inside) (my|our|the) (house|home|flat|garden|back room|bedroom)\b"
        r"(?=[^.!?]*\b(heard|noise|glass|break|downstairs|upstairs|hiding|scared|terrified)\b)"
        r"|\bheard (the )?glass (break|smash|shatter)\w*\b",
    ),
    (
        "door being forced",
        r"\b(kick\w*|smash\w*|bash\w*|break\w*|forc\w*|ram\w*|bang\w*) (in|down|open) (my|the|our|her|his|their|\w+'s)( [\w']+)? (door|window)\b"
        r"|\b(kick\w*|smash\w*|forc\w*|break\w*) (my|the|our|her|his|their|\w+'s)( \w+)? (door|window) (in|down|open)\b",
    ),
)
_BODY_EMERGENCY = (
    (
        "a whole supply taken",
        r"\b(took|taken|swallowed|downed)( \w+){0,3} (whole|entire|full) (prescription|supply|bottle|packet|pack|box|strip|blister pack|sheet|tub|jar|month'?s supply)\b"
        # ... of a medicine, or said alone ("took the whole bottle."), not "a whole strip of photos"
        r"(?= of (\w+ ){0,2}(pills|tablets|meds|medication|medicines?|painkillers|antidepressants|paracetamol|ibuprofen|insulin|sleeping|"
        r"sleepers|aspirin|codeine|co-codamol|diazepam|\w+ pills|\w+ tablets)\b|\s*($|[,.!?;]|and\b|in one go))"
        r"|\b(took|taken|swallowed|downed)\b[^.!?]*\b(pills|tablets|prescription|meds|medication)\b[^.!?]*\bin one go\b"
        # the amount told as what the person says after "took something": "my son took something
        # earlier, he says a whole packet of his mum's tablets" (urgency blind39)
        r"|\b(took|taken|swallowed|had) something\b[^.!?]{0,40}?\b(says|said|thinks|reckons|told (me|us))\b[^.!?]{0,15}?"
        r"\b(whole|entire|full) (packet|pack|box|bottle|strip|tub)s? of ([\w']+ ){0,3}(pills|tablets|meds|medication|painkillers|paracetamol)\b"
        # told as a place emptied: "I took everything in the cupboard about an hour ago"
        r"|\b(took|taken|swallowed|downed|had) (everything|all of it|the lot|the whole lot|whatever was|all (that|what) was) (in|from) (the|my|our) "
        r"(medicine )?(cupboard|cabinet|drawer|box|bottle|packet|tub)\b(?! (to|out|back|home|with)\b)",
    ),
    (
        "followed and hiding",
        r"\b(following|chasing|stalking) (me|us|her|him)\b(?=[^.!?]*\b(hid\w*|scared|terrified|help|please)\b)"
        r"|\bhid(e|ing) (in|from)\b[^.!?]*\b(following|chasing|stalking)\b",
    ),
    (
        "not woken, or pills emptied",
        r"\b(?!i\b)[a-z]+ (hasn'?t|has not|hadn'?t|didn'?t|never) (woken|woke|waken) up\b"
        r"|\bempty (bottles?|packets?|packs?|boxes|blister packs?|strips?) of (pills|tablets|paracetamol|painkillers|meds)\b",
    ),
    (
        "trapped or crashed into",
        # (a finger or a foot trapped is a part caught, read by the injury readers: s56urg, blind61 "me finger got trapped
        # under a kerb stone")
        r"^(?!.*\b(fingers?|thumbs?|hands?|foot|feet|toes?|wrists?|ankles?)( \w+){0,2} trapped\b).*?"
        r"\btrapped (under|beneath|underneath|in the (car|wreck\w*|rubble|lift|machine))\b"
        r"|\b(car|van|lorry|truck|bus)( has| just)? (crashed|smashed|ploughed|driven) (into|through) (the|our|your|my) (shop|store|salon|front|window|building|house)\b",
    ),
    (
        "birth now",
        r"^(?!.*\b(at|in) (the )?hospital\b).*(\bbaby'?s?( is)? coming (now|out|fast|right now)\b|\bcan see (the|its|the baby'?s) head\b"
        r"|\bin labou?r\b(?=[^.!?]*\b(now|coming|fast|here|pushing)\b))",
    ),
    (
        "skin coming off",
        r"^(?=.*\b(kettle|boiling|hot water|scald\w*|fire|flames|hot oil|chip pan|pan of|bath)\b)"
        r".*\b(skin|flesh)('s| is| are)? (peeling|coming|falling|hanging|sliding) (right )?off\b",
    ),
    (
        "colour or consciousness fading",
        r"\b(lips|face|skin|fingers|fingertips|mouth)( \w+){0,2} (a )?(funny|strange|weird|odd|bad|horrible) colou?r\b"
        r"|\b(grabbed|clutched|holding|held) (his|her|their|my) head\b[^.!?]*\b(worst|slump\w*|collaps\w*|went down)\b"
        r"|\bworst (pain|headache) (ever|of (my|his|her|their) life)\b",
    ),
    (
        "bleeding on blood thinners",
        r"\b(blood thinners?|warfarin|anticoagulants?|apixaban|rivaroxaban)\b[^.!?]*\b(cut|bleed\w*|blood|won'?t stop)\b"
        # (not a nose: a heavy nosebleed is urgent, urgency_plights; s46urg, blind44 "nose is pissing blood after that bump")
        r"|(?<!nose is )(?<!nose's )(?<!nose )\b(pouring|gushing|pumping|spurting|streaming|spraying) (with |out )?blood\b",
    ),
    (
        "wants to jump from a height",
        r"^(?=.*\b(top of|roof|rooftop|bridge|multi[- ]?storey|car park|top (level|deck|storey|floor) of|ledge|cliff|balcony|tower|top floor|"
        r"station|platform|railway|tracks|train line|flyover|overpass|viaduct|window ledge)\b)"
        r".*\b(want|wanna|going|gonna|about|ready|trying) to jump\b(?! (in|into|on|the queue|ahead|through))",
    ),
    (
        "one side or speech gone",
        r"\b(numb|weak|heavy|dead|tingl\w*|droop\w*)\b[^.!?]{0,15}\b(down|on) (one|the left|the right|her left|his left|her right|his right) side\b"
        r"|^(?!.*\b(cold|flu|sore throat|laryngitis|hoarse|lol|haha)\b).*"
        rf"\b(speech|words){_LINK} (funny|strange|weird|off|wrong|garbled|slurred|slurry)\b",
    ),
    (
        "hard to wake or eyes not opening",
        r"\b(hard|difficult|impossible|struggling) to (wake|rouse)\b(?!( \w+)? (for|in the morning|on weekdays|early))"
        r"|\bno open (eyes|his eyes|her eyes)\b",
    ),
    (
        "in the water",
        r"\bface down in (the|a) (\w+ )?(water|pool|bath|pond|river|sea|lake|canal)\b|\bdrowning\b(?! in (work|paperwork|emails|debt|orders))"
        r"|\b(went|gone|slipped|pulled) under (the water)?\b(?=[^.!?]*\b(pool|bath|water|sea|river|lake)\b)"
        # a person gone under water who has not come up (urg15, blind25: "he is under the water and he
        # don't come up"; "jumped off the pontoon and hasn't surfaced"): drowning is silent
        # ... or gone under and not come back up, whoever it is (blind28: "the man in lane 3 has gone under
        # and hasn't come back up")
        r"|\b(he|she|they|man|woman|boy|girl|child|kid|son|daughter|swimmer|diver|someone|somebody|husband|wife|partner|friend|mate|dad|mum|"
        # (the people of a water sport by their agent noun too: s58urg, blind68's cable park, "a rider went under by the
        # kicker and hasn't come back up"; under an anaesthetic or the knife is no water)
        r"brother|sister|guy|lad|bloke|lady|baby|toddler|"
        r"(?:rider|surfer|kiter|boarder|wakeboarder|paddler|kayaker|canoeist|rower|pupil|learner|student|guest|customer)s?)\b( \w+){0,4}?('s| has| have| just)? (gone|went|go|goes|slipped|pulled|sunk|sank|dragged) under\b"
        r"(?! (the |an? |general )?(anaesthetic|anesthetic|knife|sedation)\b)"
        r"[^.!?]*(n'?t|\bnot|\bnever) (come|came|coming)( back)? up\b"
        r"|^(?=.*\b(pool|poolside|sea|lake|river|loch|water|waves|dive|diving|diver|dived|jumped in|quarry|reservoir|canal|pontoon|jetty|pier|lido)\b)"
        r".*\b(he|she|they)('s|'ve| is| are| has| have| did| does| do)?( still)? ?(n'?t|not|never) ((come|came|coming)( back)? up|(re)?surfac(ed|ing))\b"
        # a diver or a swimmer missing, or no sign of them after the others surfaced (blind25: "a diver
        # missing. His buddy surfaced on his own ... no sign of him")
        r"|^(?=.*\b(dive|divers?|diving|snorkel\w*|surfaced|swimmers?|swimming|pool|lake|sea|river|open-water|under ?water)\b)"
        r".*(\b(diver|swimmer|snorkell?er|buddy|child|kid|son|daughter|boy|girl)s? (is |are |'s |has gone |gone |went )?missing(?=\s*($|[,.!?;]|(from|in|since|for|now|and|after|off)\b))"
        r"|\bsurfaced\b[^.!?]*[.!?]?[^.!?]*\bno sign of (him|her|them)\b)",
    ),
    (
        "breathing slow",
        r"^(?!.*\b(yoga|meditat\w*|relax\w*|feeling great|exercise)\b).*"
        r"\bbreathing('s| is| has| has gone| gone| getting)? (so |very )?(slow|slower|shallow and slow|irregular|rattly)\b"
        r"(?! and (steady|deep|calm))",
    ),
    (
        "venomous bite or fast swelling",
        r"^(?!.*\b(dog|cat|puppy|kitten|pet|horse|rabbit)\b).*(\bbitten by (a|an|the|one of the|one of your) (\w+ )?(snakes?|adders?|vipers?|spiders?|scorpions?|jellyfish)\b"
        # ... or a bite the caller calls venomous (urg15, blind22: "the keeper says it's a venomous one")
        r"|\b(bitten|bit|bite|stung)\b[^.!?]*\b(venomous|poisonous)\b(?! or not\b)"
        r"|\b(bite|bitten|sting|stung)\b[^.!?]*\bswell\w* (fast|quickly|rapidly|up fast|and spreading)\b)",
    ),
    (
        "over the railings",
        r"\bclimb\w* (over|onto|on to) (the )?(railings?|barrier|edge|parapet|ledge|fence|balcony)\b"
        r"(?=[^.!?]*\b(bridge|roof|car park|cliff|tower|flat|building|balcony|station|platform)\b)"
        r"|\b(bridge|roof|car park|cliff|tower|balcony|platform)\b[^.!?]*\bclimb\w* (over|onto) (the )?(railings?|barrier|edge|parapet|ledge|fence)\b",
    ),
    ("holding the throat", r"\b(clutch\w*|grab\w*|holding|clawing at) (his|her|their|my) (throat|neck)\b"),
    # ... the person named with a possessive of any length (s41urg, blind34: "hands round your assistant's throat")
    (
        "hands round a neck",
        r"\b(hands?|arms?|fingers|a (rope|cord|belt|lead|cable)) (round|around) (her|his|my|their|(the|your|our|my|a|that|this) (\w+ )?\w+'s) (neck|throat)\b",
    ),
    # a stabbing told by the act, the blade and the body part (s41urg, blind34: "put a blade in the best
    # man's side"); a blade put in a mower, a razor or a skate names no person's body
    (
        "a blade put into a person",
        r"\b(put|stuck|shoved|plunged|jabbed|rammed|sunk|sank|drove|driven|pushed) (a|the|his|her|their|some) (\w+ )?(blade|knife|screwdriver|shank|machete|shiv)"
        r"( \w+){0,2} (in|into) (him|her|them|me|someone|somebody|(the|your|our|my|a|that|this|his|her) (\w+ )?\w+'s|his|her|their)"
        r" (side|back|chest|stomach|belly|neck|gut|guts|ribs|leg|thigh|arm|face)\b",
    ),
    (
        "rash that does not fade under a glass",
        r"\brash\b[^.!?]*\b(doesn'?t|won'?t|does not|didn'?t) (fade|go away|disappear|go)\b[^.!?]*\b(glass|press\w*)\b",
    ),
    (
        "gasping",
        r"\b(he|she|they|[a-z]+'s)('s| is| are)? (gasping|choking and gasping)\b(?! (at|in (surprise|shock))| for (?!(air|breath)))",
    ),
    (
        "blood brought up",
        r"\b(sick|vomit\w*|throwing up|threw up|coughing up|coughed up|cough\w* up) (with |up )?(some )?blood\b(?! orange)"
        # "I cough a bit of blood", "coughing some blood" (urgency blind39): blood coughed without "up"
        r"|\bcough(s|ed|ing)? (a (little )?bit of |a little |some |a lot of |lots of )?blood\b(?! orange)"
        r"|\bblood in (my|his|her|their|the) (vomit|sick|poo|stool|urine|wee)\b",
    ),
    (
        "threat to jump",
        r"\bjump (off|from) (the|a|this|his|her|their) (\w+ ){0,2}(roof|bridge|building|cliff|balcony|ledge|car park|window)\b"
        r"|\bjump in front of (a|the) (train|bus|car|lorry|truck)\b"
        # "threatening to throw himself off the footbridge" (blind6 probe)
        r"|\b(throw|throwing|threw|fling|hurl)\w* (himself|herself|myself|themselves) (off|from|in front of|under|out of)\b",
    ),
)


def _table(t: str, table) -> tuple[str, str] | None:
    for reason, pattern in table:
        if rx(pattern).search(t):
            return reason, pattern
    return None


def read(t: str) -> tuple[str, str] | None:
    """``(level, reason)`` read by concept class from ``t`` (normalised, lower-case), else None;
    an emergency reading is returned before any urgent one."""
    found = []
    readers = (
        _person_states,
        _airway,
        _assault_now,
        selfharm.read,
        weapons.weapons_and_overdoses,
        weapons.swallowed_substance,
        _body_states,
        injuries.read,
        _heart_and_limbs,
    )
    for reader in readers:
        hit = reader(t)
        if hit:
            found.append(hit)
    for table in (_BODY_EMERGENCY, _VIOLENCE):
        hit = _table(t, table)
        if hit:
            found.append(("emergency", hit[0]))
    hit = hazards.read(t)
    if hit:
        found.append(hit)
    return next((f for f in found if f[0] == "emergency"), found[0] if found else None)
