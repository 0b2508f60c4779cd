"""Dangers and threats told without the words the other readers key on (issue 11; from the urgent
and emergency lines of urgency blind12, development since 4 December 2026 05:00 UTC, read as
classes and tested in the team's own phrasings in ``tests/test_urgency_mishaps.py``).

:func:`read` runs on the normalised, lower-case line of :mod:`customario.escalation.urgency` (past
clauses and frames that are not harm now already set aside) after every other reader, so it can
raise a line but never lower one. The classes:

- **a fire spreading** (emergency): a fire word with a verb of spreading, reaching or running out
  of control ("the brazier's spread to the hedge", "the flames are jumping to the next stall",
  "it's burning really fast"). Blind12 README judgement: fire still spreading is an emergency even
  when the caller sounds relaxed;
- **a threat to kill shouted by someone near** (emergency): a third person screaming, shouting or
  yelling that they will kill someone ("the man upstairs is yelling he'll kill her"); a parent who
  "is going to kill me" over a bill, said without a raised voice, stays a figure;
- **gas smelt with someone unwell** (emergency): a smell of gas and a person dizzy, faint, sick or
  with a headache (NHS and National Gas emergency advice: leave the building and call);
- **an electrical part overheating** (urgent): a socket, plug, lead, cable or wire gone black,
  brown, soft or melted, or scorched (a hazard without fire);
- **legal action announced in the first person** (urgent, read on the whole line): "I'll be suing",
  "I intend to commence proceedings", "I'm lodging a claim with the tribunal", "I'll make a complaint
  at the court against you" (a suit against someone other than the business is set aside earlier,
  in :mod:`customario.escalation.urgency_scope`).

:func:`reassured` caps a blow told with reassurance ("hit her head, she's got a lump but she's
talking fine"; "bruised but ok") at urgent: the person is hurt, not in danger of life;
:func:`animal_only` caps an emergency whose sufferer is an animal ("my dog collapsed in your van")
at urgent: the business escalates at once, but "call 911" is not the answer (a vet is).
"""

from __future__ import annotations

import re

from customario.escalation import urgency_head as head
from customario.escalation import urgency_motionless as motionless
from customario.escalation import urgency_scope as scope
from customario.escalation import urgency_situations as situations
from customario.escalation import urgency_struck as struck
from customario.escalation.urgency_words import PRONOUNS, is_person, sense_classes, word_classes

# Words between an animal and what happened to it: "my dog's just collapsed", "the cat has now gone".
_LINKS = frozenset("s is has had just now suddenly been was also then gone went still".split())

_FIRE_WORD = r"(fire|bonfire|blaze|flames?|brazier|fire ?pit|chip pan|barbecue|bbq|wildfire|grass fire)"
_FIRE = rf"({_FIRE_WORD}|it)"
# a place phrase may sit between the fire and its verb: "the brazier at the wedding has spread"
_PLACE = r"( (at|in|on|by|near|behind|outside) (the|a|an|our|my|your|their)( \w+){1,3}?)?"
_SPREADING = (
    rf"\b{_FIRE}{_PLACE}('s| has| have| is| are|'ve)?( now| just| already)? (spread|spreading|jumped|jumping|leapt|leaping|caught)"
    r" (to|into|onto|across|through|over|along|towards) (the|a|an|our|my|their|next|both|some|all)\b"
    rf"|\b{_FIRE}{_PLACE}('s| is| are)? (spreading|out of control|taking hold)\b"
    r"|\b(it'?s|fire'?s|flames are|fire is|it is|they'?re) (burning|spreading) (so |too )?(fast|quickly|quick|out of control)\b"
    # ... a thing named as burning fast, with a fire word in the line (s39urg15: "we lit a fire by the huts
    # and it's caught the hut next door, the wood is burning fast")
    r"|\bthe (\w+ )?\w+('s| is| are|'re) (now )?burning (so |too |really |very )?(fast|quickly|quick|out of control)\b"
    # ... or running at what will feed it or people, the burning already said (s53urg, blind58: "the grass is burning and
    # it's running towards the cars and the gas bottle")
    r"|\b(burning|on fire|alight|ablaze|gone up|went up|in flames)\b[^.!?]{0,60}\b(it'?s|it is|they'?re|they are|fire'?s|fire is|flames are) "
    r"(now )?(running|racing|creeping|heading|moving|spreading|rolling|sweeping) (towards|toward|for|at|into|across) "
    r"(the|our|my|some|a|an|their|those|them|us|people|houses?|homes?|tents?|cars?)\b"
)
_NEAR = (
    r"(guy|man|woman|bloke|lady|someone|somebody|he|she|neighbou?r|husband|wife|boyfriend|girlfriend|partner|person|people"
    r"|lad|lads|boy|boys|youth|teenager|customer|driver|drunk|gang|group)"
)
_KILL_SHOUTED = (
    rf"\b{_NEAR}\b[^.!?]{{0,40}}\b(screaming|shouting|yelling|bellowing|threatening|roaring|screamed|shouted|yelled|threatened)"
    r"( that)? (he|she|they)('ll| will|'s going to|'s gonna| is going to| is gonna|'re going to|'re gonna| are going to| are gonna)"
    r"( \w+)? kill\b"
    # ... a threat to the caller with a condition or a reason is a figure ("she'll kill me if I'm
    # late", "... for borrowing her dress"), and so are siblings who will "kill each other"
    r"(?! (me|us)\b[^.!?]*\b(if|when|unless|once|for)\b)(?! (each other|one another)\b)"
)
# ... or any verb of killing or wounding, said of a person there, with "saying" as well as "shouting"
# (urg15, from blind25 and blind28: "a man at the gate saying he's going to stab the coach", "a man in
# your shop doorway shouting that he's going to stab the girl behind the counter"); the object must be a
# person (a pronoun or a WordNet person), so "going to kill the weeds" is no threat
_HARM_SAID = re.compile(
    # (the person may be told of at length first: "a guy in your car park waving one of the hire axes
    # about, says he's going to kill his ex", held-out urgency blind55)
    rf"\b{_NEAR}\b[^.!?]{{0,80}}\b(screaming|shouting|yelling|bellowing|threatening|roaring|screamed|shouted|yelled|threatened|saying|says|said)"
    r"( that)? (he|she|they)('ll| will|'s going to|'s gonna| is going to| is gonna|'re going to|'re gonna| are going to| are gonna)"
    r"( \w+)? (stab|shoot|knife|glass|bottle|murder|strangle|batter|slash|kill|torch|burn|run over|attack|beat up|smash up|do in) "
    r"(?!(me|us)\b[^.!?]*\b(if|when|unless|once|for)\b)(?!(each other|one another)\b)"
    r"(?:me|us|you|him|her|them|everyone|everybody|someone|somebody|(?:the|a|an|your|my|our|his|her|that|this) (?P<noun>\w+)(?: (?P<next>\w+))?)\b"
)
_GAS_UNWELL = (
    r"^(?!.*\?\s*$)(?=.*\b(smell\w*|smel|stink\w*|reek\w*|whiff) (of )?gas\b|.*\bgas (smell|smel|stink|whiff|leak)\b)"
    r".*\b(dizzy|dizziness|faint\w*|light-?headed|woozy|sick(?! (of|and tired|to death))|nauseous|headaches?|drowsy|confused|vomit\w*|throwing up|passed out)\b"
)
# (a fused spur, the switched fused outlet of a boiler or a fixed appliance: held-out urgency blind61)
_ELECTRIC_PART = r"(sockets?|plugs?|plug sockets?|extension( leads?| cables?)?|(power|charging|charger|mains|kettle|iron) leads?|cables?|wires?|wiring|flex|adaptors?|adapters?|outlets?|fuse ?box|switch(es)?|(fused )?spurs?)"
_OVERHEATED = (
    # a colour is a change ("gone black"; "the sockets are black" is a finish), a state is a state
    # (the state said with the everyday "-y" of a change, s49urg, blind46: "the cable's gone melty where it goes into the plug")
    rf"\b{_ELECTRIC_PART}\b[^.!?]{{0,40}}\b(gone|turned|going|turning)( all| a bit)? (black|brown|soft|melted|melty|gooey|scorched|charred|discolou?red)\b"
    rf"|\b{_ELECTRIC_PART}\b[^.!?]{{0,40}}\b(is|are|'s|looks|looking|all|gone|got)( all)? (soft|melted|melting|scorched|charred|discolou?red|bubbled|bubbling|blistered)\b"
    rf"|\b(scorch|burn|scorched|blackened|melted|charred) (marks? )?(on|round|around) (the|a|my|our) {_ELECTRIC_PART}\b"
    # ... or too hot to touch, or its plastic gone soft further on in the sentence (s50urg, blind52: "the extension lead
    # under the wheel is hot to touch and the plastic's gone soft"): a part overheating (Electrical Safety First: a
    # plug or a lead hot to the touch is a fire risk; switch off and unplug)
    # (another sign may come first: "the isolator switch is buzzing and hot to touch", s54urg, blind60)
    # (... or the wall round it: "the fused spur is buzzing and the wall round it is hot to touch", blind61)
    rf"|\b{_ELECTRIC_PART}\b[^.!?]{{0,40}}\b(is|are|'s|'re|feels?|felt|was|were|getting|gets|gone|got|running)"
    r"( (buzzing|humming|crackling|fizzing|sparking|smoking|smelling|clicking|ticking|warm|melting|discolou?red),?( and)?)?"
    r"( (the )?(wall|plate|faceplate|plaster|casing|box) (round|around|behind|under) (it|them)( is| are|'s)?)?( really| very| too| so| far too| all)? "
    r"(hot to (the )?touch|too hot to (touch|hold)|red hot|scorching( hot)?|burning hot|boiling hot|roasting hot)\b"
    rf"|\b{_ELECTRIC_PART}\b[^.!?]{{0,60}}\b(the )?(plastic|casing|insulation|rubber)('s| is| has| have)? (gone |going |turned |all )?(soft|melted|melting|melty|gooey|bubbled|warped|blackened|scorched)\b"
    # ... or sizzling, and smelling hot (held-out urgency blind63: "a sizzling noise from the isolator switch your guy
    # fitted and it smells hot"): arcing inside a fitting (Electrical Safety First: switch off at the mains)
    rf"|\b(sizzl\w*|crackl\w*|fizz\w*|popping)( noise| sound)?s? (from|in|inside|coming from|behind) (the|a|an|my|our|your|that) (\w+ )?{_ELECTRIC_PART}\b"
    r"(?=[^.!?]*[.!?]?[^.!?]*\b(smells?|smelling|smelt) (hot|of burning|burnt|like burning)\b)"
)
# First person, now or ahead: "I'll be", "I intend to", "I'm going to", "we shall".
_I_WILL = (
    r"\b(i'?ll|i will|i shall|we'?ll|we will|we shall|i'?m|i am|we'?re|we are|i intend to|we intend to|i plan to|i mean to|"
    r"i'?m (going|about|planning|preparing) to|i am (going|about|planning|preparing) to|i'?ve decided to|i have decided to|"
    r"consider this( formal)? notice)\b"
)
_LEGAL_ACT = (
    r"(su(e|ing)\b(?! (for|nobody|no one|anyone|anybody|my|his|her|their|our|the (council|landlord))\b)"
    r"|(commenc\w*|start\w*|begin\w*|issu\w*|bring\w*|launch\w*|fil\w*) (legal )?proceedings\b"
    r"|(lodg\w*|fil\w*|mak\w*|submit\w*|bring\w*|put\w* in|rais\w*|tak\w*) (a |my |our )?(claim|complaint|case|appeal)s? "
    r"(\w+ ){0,3}(with|at|in|to|before) (the |a )?(court|courts|tribunal|small claims|county court|magistrates\w*|ombudsman)\b"
    # urg15 (blind26 and own probes): a claim of any kind at a tribunal or court ("bringing an unfair
    # dismissal claim at tribunal"), a claim or case against the business, the remedies of the law
    # pursued ("we shall pursue every legal remedy available"), legal redress sought
    r"|(lodg\w*|fil\w*|mak\w*|submit\w*|bring\w*|put\w* in|rais\w*|issu\w*|start\w*|launch\w*) (a |an |my |our |the )?([\w-]+ ){0,3}"
    r"(claim|case|lawsuit|suit|action|proceedings) (\w+ ){0,3}(at|in|to|before) (the |a )?(court|courts|tribunal|small claims|county court)\b"
    r"|(lodg\w*|fil\w*|mak\w*|submit\w*|bring\w*|put\w* in|rais\w*|issu\w*|start\w*|launch\w*) (a |an |my |our |the )?([\w-]+ ){0,3}"
    r"(claim|case|lawsuit|suit|action|proceedings) against (you|your|the (shop|store|company|firm|business|club|centre|center|park|owner|manager)|(the )?[\w-]+ (centre|center|park|club|shop|company))\b"
    r"|(pursu\w*|seek\w*|explor\w*|us\w*|tak\w*) (all |every |any |the )?(available |possible )?legal (remedies|remedy|redress|routes?|options|avenues|steps|recourse|means)\b"
    r"|seek\w* (legal )?redress\b)"
)
# A threat in the passive ("you're going to get sued", "ur gonna get sued")
_YOU_SUED = re.compile(
    r"\b(you|you'?re|ur|u r|u|your(?= (gonna|going to))|your (shop|company|firm|business|club|centre|park|lot)|this (shop|company|firm|business|club|place))"
    r"( are| is|'re)? (gonna|going to|will|'ll|about to) (get|be) (sued|taken to court|dragged (in)?to court)\b"
)
# (a joke said, not a joke denied: "not even joking", "no joke", "not kidding")
_JOKE = re.compile(r"(?<!not )(?<!not even )(?<!no )\b(kidding|joking|jk|lol|haha\w*|only messing)\b(?<!no joke)")
_AGAINST_OTHER = re.compile(
    r"\bagainst (my|his|her|their|our|the (council|landlord|builder|insurer|airline|bank|hospital|previous|former|other|old))\b"
    r"|\b(about|with|over) (my|our) (landlord|employer|bank|ex|council|neighbou?r|insurer|boss|school|builder|former \w+|old \w+)\b"
)


def read(t: str) -> tuple[str, str] | None:
    """``(level, reason)`` for the first class of the module docstring that ``t`` (normalised,
    lower-case, past and hypothetical clauses removed) describes, else None."""
    if re.search(_SPREADING, t) and re.search(rf"\b({_FIRE_WORD}|burning|alight|ablaze|in flames)\b", t):
        return "emergency", "a fire spreading"
    if re.search(_KILL_SHOUTED, t):
        return "emergency", "a threat to kill shouted by someone near"
    for m in _HARM_SAID.finditer(t):
        if m.group("noun") is None or any(w and is_person(w) for w in (m.group("noun"), m.group("next"))):
            return "emergency", "a threat of violence to a person said by someone near"
    if re.search(_GAS_UNWELL, t):
        return "emergency", "gas smelt with someone unwell"
    if re.search(_OVERHEATED, t):
        return "urgent", "an electrical part overheating"
    return None


def legal_intent(whole: str) -> tuple[str, str] | None:
    """``("urgent", reason)`` when a sentence of ``whole`` (the normalised line) announces legal action
    in the first person (see the module docstring); not a question, a joke, a threat disowned or made
    as praise (:func:`urgency_scope.set_aside`), nor a suit against someone other than the business
    ("... against my landlord")."""
    if _JOKE.search(whole):
        return None
    for sentence in re.split(r"(?<=[.!?])\s+", scope.set_aside(whole)):
        if "?" in sentence or _AGAINST_OTHER.search(sentence):
            continue
        if re.search(rf"{_I_WILL}( (?!(not|never|won'?t|wouldn'?t|no)\b)[\w']+){{0,3}}? (be )?{_LEGAL_ACT}", sentence):
            return "urgent", "legal action announced"
        if _YOU_SUED.search(sentence):
            return "urgent", "legal action announced against the business"
        # filing soon with a case said in the sentence ("we've got a solid case and we're filing next week")
        if re.search(r"\b(case|claim|grounds|lawyer|solicitor|law school|legal)\b", sentence) and re.search(
            rf"{_I_WILL} (\w+ )?fil(e|ing) (next|this|on|by|tomorrow|today|first thing|in the morning|straight away)\b",
            sentence,
        ):
            return "urgent", "legal action announced"
    return None


_BLOW = re.compile(
    r"\b(hit|knock\w*|bang\w*|bump\w*|whack\w*|bash\w*|smack\w*|struck|clonk\w*|thump\w*|kick\w*|head-?butt\w*)\b"
)
_REASSURED = re.compile(
    r"\b(but|and) (he'?s|she'?s|they'?re|i'?m|we'?re|he is|she is|they are|i am)?( \w+)? ?(ok|okay|fine|alright|all right)\b"
    r"|\b(talking|speaking|walking|chatting|responding|moving) (fine|normally|ok|okay|alright|all right|as normal)\b"
    r"|\bnot (dizzy|confused|sick|drowsy)\b"
    # a loss of consciousness denied (urg15, blind24: "a lump and a headache but I didn't black out"),
    # read after :data:`_DENIED_BLACKOUT` has rewritten it
    r"|\bno blackout\b"
    # ... or said fine with a minor outcome, "grand" as Irish and northern English say fine (s46urg, blind44: "one hit
    # my granddaughter last week, she's grand, just a bump")
    r"|\b(he'?s|she'?s|they'?re|i'?m|he is|she is|they are|i am) (grand|fine|ok|okay|alright|all right),? (it was |it'?s |just |only )+"
    r"(a |an )?(little |small |tiny )?(bump|bruise|graze|scratch|lump|knock)\b"
)
# "didn't black out", "wasn't knocked out", "never passed out": said so that the denial is not read
# as the sign itself by :data:`_NOT_REASSURED`
_DENIED_BLACKOUT = re.compile(
    r"\b(didn'?t|did not|never|wasn'?t|was not|hasn'?t|has not|haven'?t|not) (black(ed)?|pass(ed)?|knock(ed)?|conk(ed)?) out\b"
)
_NOT_REASSURED = re.compile(
    r"\b(not|isn'?t|n'?t|no longer) (ok|okay|fine|alright|all right|talking|making sense|responding|awake)\b"
    r"|\b(dizzy|confused|drowsy|vomit\w*|throwing up|sick|unconscious|blacked out|knocked out|passed out|seizure|fitting|not making sense)\b"
    r"(?<!not dizzy)(?<!not confused)(?<!not sick)(?<!not drowsy)"
)


# A thing that fell, came loose or swung and hit someone (blind14: "the shelf came off the wall and
# hit my son"): an injury, not an assault.
_THING_HIT = re.compile(
    r"\b(fell|fallen|falling|came (off|loose|down|away|flying)|come (off|loose|down|away)|dropped|swung|toppled|flew (off|out)|blew (off|over)"
    r"|slid|rolled|gave way|snapped|broke (off|loose)|popped (off|out))( \w+){0,4} (and )?(hit|struck|smacked|caught|whacked)\b"
)
_FAINTED = re.compile(r"\b(faint\w*|keeled over|came over (all )?faint)\b")
_OK_NOW = re.compile(
    r"\b(i'?m|i am|he'?s|she'?s|they'?re|he is|she is|they are)( \w+)? (ok|okay|fine|alright|all right) now\b"
)


# A fall told with its outcome, and the outcome minor (urg16, from blind15 and blind17: "fell down the
# stairs, I think my wrist is sprained", "my mum went down, her hip's badly bruised but she can walk"):
# an injury to see to, not a 999 call, when nothing names the head, the neck or a person who cannot get up.
_FALL = re.compile(r"\b(fell|fall\w*|went down|gone down|tripped|slipped|took a tumble)\b")
_MINOR_OUTCOME = re.compile(
    r"\b(sprain\w*|bruis\w*|graz\w*|twisted|scraped?|(can|could) (still )?(walk|stand|get up|move|limp)|walking( about| around)? (fine|ok|okay)"
    r"|sat (down )?(chatting|talking)|up and about"
    # ... or crying but awake and talking (s50urg, blind52: "fell down the stairs ... his arm looks wrong, he's crying but
    # he's talking"): pain in a person who answers is an injury to be seen, not a collapse
    r"|(crying|sobbing|howling|screaming|wailing)( a lot| loads| his head off| her head off)?,? (but|and) (he'?s |she'?s |they'?re |he is |she is )?"
    r"(talking|awake|conscious|responding|answering( me| us)?|making sense))\b"
)
_GRAVE_FALL = re.compile(
    r"\b(head|neck|spine|back of (his|her|my) head|(can'?t|cannot|couldn'?t|unable to|won'?t) (get up|move|feel|stand|walk|breathe)|not moving|blood|bleeding|bone"
    # a limb out of shape or signs of shock (blind7: "her hip's twisted at a funny angle and she's gone very pale and cold")
    r"|angle|deformed|sticking out|pale|clammy|sweaty|faint\w*|gone (very |all )?(cold|grey|gray|white|blue))\b"
)


# Unable to get up because of a back strained by the caller's own effort (urg16, from blind13: "I've
# pulled my back badly on the trampoline and I'm stuck on the floor, can't get up"): an injury, not a
# collapse, when no head, blood or breathing sign is said.
_CANT_GET_UP = re.compile(r"\b(can'?t|cannot|unable to|couldn'?t) get up\b|\bstuck on the\b|\bon the (\w+ )?floor\b")
_BACK_STRAIN = re.compile(
    r"\b((pulled|strained|tweaked|twisted|put out|done|hurt|ricked|cricked|wrenched|jarred) (my|his|her|their) (lower |upper )?back"
    r"|(put|putting|threw|thrown|throwing|done|did) (my|his|her|their) back (out|in))\b"
    r"(?![^.!?]*\b(head|neck|blood|bleeding|breath\w*|numb|can'?t feel|legs? (won'?t|can'?t))\b)"
)


# A limb pulled into a machine and out again, the person otherwise fine (urg16, from blind16: "my hand
# got pulled into the roller at your car wash. Thumb's dislocated, I think. Otherwise fine."): an injury.
_FREED = re.compile(
    r"\b(otherwise (fine|ok|okay|alright|all right|unhurt)|(got|pulled|yanked|freed) (it|my \w+|his \w+|her \w+) (out|free)|"
    r"(i'?m|he'?s|she'?s) (fine|ok|okay|alright|all right) (otherwise|apart from|except)|it'?s out now|free now)\b"
)
_STILL_HELD = re.compile(
    r"\b(still (in|stuck|trapped|caught|running|going|on)|can'?t (get|pull) (it|him|her|them|my \w+) out|won'?t (stop|come out)|"
    r"blood|bleeding|crush\w*|mangled|severed|off|pale|faint\w*)\b"
)


def reassured(reason: str, t: str) -> bool:
    """True when an emergency found by ``reason`` is a blow ("hit her head", "hit a person now") and
    ``t`` (the normalised line) says the person is all right with no sign against it; a blow dealt by
    a thing that fell or came loose (:data:`_THING_HIT`), or any thing or animal as the subject of the
    blow (:func:`urgency_struck.by_thing`: "gravel flew up and hit my daughter"), with no such sign; a fall told with a minor
    outcome (:data:`_MINOR_OUTCOME`) and nothing grave (:data:`_GRAVE_FALL`); a person who cannot
    get up because of a back they strained (:data:`_BACK_STRAIN`); a limb pulled into a machine and
    freed, the person otherwise fine (:data:`_FREED`, nothing of :data:`_STILL_HELD`); or a faint the person says
    they are all right from now ("I fainted and bumped my head, I'm OK now but ...")."""
    t = _DENIED_BLACKOUT.sub("no blackout", t)
    if _NOT_REASSURED.search(t) or motionless.read(t) or head.read(t):
        return False
    if _BLOW.search(reason) and (_REASSURED.search(t) or _THING_HIT.search(t) or struck.by_thing(t)):
        return True
    if _FALL.search(reason) and _MINOR_OUTCOME.search(t) and not _GRAVE_FALL.search(t):
        return True
    if _CANT_GET_UP.search(reason) and _BACK_STRAIN.search(t) and not _NOT_REASSURED.search(t):
        return True
    if reason.startswith("a limb held by a machine") and _FREED.search(t) and not _STILL_HELD.search(t):
        return True
    return bool(_FAINTED.search(reason) and _OK_NOW.search(t))


def _animal(word: str) -> bool:
    """An animal first in WordNet and no made thing in its first three senses ("charger" is also a
    device, a "hot dog" is food)."""
    # (not a word that is first an adverb or a preposition: "people are going down")
    return (
        "noun.animal" in word_classes(word)
        and "noun.artifact" not in sense_classes(word, "noun", 3)
        and not word_classes(word, "adv")
    ) or _breed(word)


def is_animal(word: str) -> bool:
    """True when ``word`` (lower-case) names an animal: WordNet ``noun.animal`` first and no made
    thing in its first three senses, or a breed ("spaniel", "collie")."""
    return _animal(word)


# The kinds a pet's breed is named before in WordNet ("labrador" is a region, but "labrador
# retriever" is a dog; "shetland pony"): urg15, blind21. Not "dog" or "cat" ("working dog", "hot dog").
_BREED_KINDS = ("retriever", "terrier", "spaniel", "collie", "hound", "shepherd", "pony")


def _breed(word: str) -> bool:
    """True when ``word`` names a pet by the first word of its breed in WordNet ("labrador"), and is
    otherwise only a place (one noun sense, ``noun.location``: not "border", "german", "golden" or
    "working", which say other things)."""
    from customario.escalation import wordnet
    from customario.escalation.urgency_words import is_a

    wn = wordnet.load()
    return (
        wn is not None
        and wn.sense_count(word, "noun") == 1
        and word_classes(word) == {"noun.location"}
        and any(is_a(f"{word}_{kind}", "animal") for kind in _BREED_KINDS)
    )


def _compound(m: re.Match) -> str:
    """A hyphenated name as one word: its last part when WordNet has the whole as an animal ("guinea-pig" → "pig"),
    else "thing" ("hook-a-duck", a fairground stall)."""
    joined = m.group(0).replace("-", "_")
    return m.group(0).split("-")[-1] if "noun.animal" in sense_classes(joined, "noun", 3) else "thing"


def animal_only(reason: str, t: str) -> bool:
    """True when the emergency words ``reason`` in ``t`` (the normalised line) are told of an animal
    (:func:`_animal`: "my dog", "the pony"): the animal is their subject (at most four words between,
    none a noun other than a pronoun: "the dog grooming van's on fire" is a van) and no person
    (WordNet ``noun.person``) comes before them ("walking the dog when my son collapsed")."""
    # (a person still inside is theirs: s51urg, blind51 "the barn with the rabbits is on fire, ... a keeper still in there")
    if situations.person_still_inside(t):
        return False
    at = t.find(reason)
    if at < 0 and reason:
        return _animal_swallowed(reason, t)
    if at < 0 or not reason:
        return False
    # (the owner of the animal is no subject: "my neighbour's cat got into the antifreeze"; s41urg)
    # (a name joined by hyphens is one noun, an animal only when WordNet has the whole as one: s50urg, blind49 "the
    # generator behind the hook-a-duck's caught fire" is a stall's generator; "guinea-pig" stays an animal)
    before = re.sub(r"\b[a-z]+(?:-[a-z]+)+\b", _compound, t[:at])
    words = re.findall(
        r"[a-z_]+", re.sub(r"\b[a-z_]+'s (?=([a-z_]+)\b)", lambda m: "" if _animal(m.group(1)) else m.group(0), before)
    )
    # (a person inside the words found is theirs: "the dog knocked the bleach over and my son swallowed
    # some", "... and I swallowed some")
    if {"i", "we"} & set(re.findall(r"[a-z]+", reason)):
        return False
    # ... the words of the reason up to its swallowing verb: what was swallowed is no person (s41urg:
    # "our dog ate some rat poison", where WordNet's "rat" is also an informer)
    told = _SWALLOW_VERB.split(reason, maxsplit=1)[0]
    for word in words + re.findall(r"[a-z]+", told):
        if word not in PRONOUNS and word not in ("i", "me", "we", "us", "you") and is_person(word):
            return False
    for i in range(len(words) - 1, max(-1, len(words) - 6), -1):
        word = words[i]
        if _animal(word) and not (i and words[i - 1] == "hot"):
            return True
        if word in ("i", "me", "we", "us") or (word_classes(word) and word not in _LINKS and word not in PRONOUNS):
            return False
    return False


# A thing swallowed, chewed or licked: the verb whose subject says who is in danger.
_SWALLOW_VERB = re.compile(
    r"\b(swallow\w*|drank|drunk|drink\w*|ate|eaten|eat|eats|chew\w*|lick\w*|bit into|gulped|scoffed|wolfed)\b"
)
_SWALLOW_REASON = re.compile(r"\b(swallow\w*|drank|ate|eaten|chew\w*|poison\w*)\b")


def _animal_swallowed(reason: str, t: str) -> bool:
    """True when ``reason`` is a swallowing one that is not in ``t`` (the normalised line) and the
    subject of the first swallowing verb of ``t`` is an animal (:func:`_animal`): the first animal,
    person or first-person word of the clause of the verb, or of the clause before when the verb's
    own has none (urg15, blind24: "my puppy got hold of the flea treatment tube and chewed it, he's
    drooling" is the vet's, not 911's; "the dog knocked my pills over and I swallowed some" is the
    caller's)."""
    m = _SWALLOW_VERB.search(t)
    if not m or not _SWALLOW_REASON.search(reason):
        return False
    clauses = re.split(r"[.!?,;]| and | but | then ", t[: m.start()])
    for clause in reversed(clauses[-2:]):
        for word in re.findall(r"[a-z]+", clause):
            if word in ("i", "me", "we", "us", "you") or (word not in PRONOUNS and is_person(word)):
                return False
            if _animal(word):
                return True
    return False
