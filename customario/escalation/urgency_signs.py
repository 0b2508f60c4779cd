"""Signs read from the lemmatised line (issue 11, blind3 as development, 3 December 2026).

The keyword tables of :mod:`customario.escalation.urgency_rules` match surface forms; blind3 showed
they miss what a caller *describes*: a person in a state ("the baby isn't crying any more", "she
won't answer me"), a symptom by body system ("grabbing her chest", "worst headache of my life",
"can't put any weight on it"), a threat told as reported speech ("he said he's going to kill me"),
self-harm told as a place or a plan ("standing on the bridge", "end it tonight"). Here every word is
first reduced to its WordNet base form (``grabbing`` -> ``grab``, ``went`` -> ``go``, ``drank`` ->
``drink``; morphy, :mod:`customario.escalation.wordnet`), so one pattern covers every tense and
number, and the patterns are read sentence by sentence, so danger told at the end of a long story
counts the same as at the start.

After blind8 (probes of the team's own): a kill threat from a person named by a noun (WordNet
person: "my stepdad will kill me, he's outside") with that person near or violence told, and two
whole-body signs after something put on or eaten ("faint and my heart is racing after the peel"),
a bone through the skin, a deep burn, much blood, a thing pushed into a socket, a faint coming.

Each table is a class of signs, not a corpus line; near misses (normal lines sharing the words) are
in ``tests/test_urgency.py``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from customario.escalation.urgency_rules import NOT_A_MESSAGE
from customario.escalation.urgency_rules import rx

# Words left as typed: pronouns and negations the patterns read, and words WordNet would bend
# into another sense ("left" -> "leave", "saw" -> "saw", "felt" -> "felt").
_KEEP = frozenset(
    "i me my he him his she her they them their we us our you your it its is are was were be been "
    "left felt saw lying lay bit hit found limping can't won't isn't doesn't didn't don't not no".split()
)


@lru_cache(maxsize=4096)
def _lemma(word: str) -> str:
    from customario.escalation import wordnet

    wn = wordnet.load()
    if wn is None or word in _KEEP or not word.isalpha():
        return word
    for pos in ("verb", "noun"):
        found = wn.lemmas(word, pos)
        if found:
            return found[0]
    return word


def lemmatised(text: str) -> str:
    """``text`` with every word replaced by its WordNet base form; "'s" and punctuation kept."""
    return re.sub(r"[a-z]+(?:'[a-z]+)?", lambda m: _lemma(m.group(0)) if "'" not in m.group(0) else m.group(0), text)


# Who can be in danger: a pronoun, a relation, a person met in a salon or a shop.
_RELATION = (
    r"(mum|mom|mother|dad|father|wife|husband|partner|son|daughter|child|kid|baby|toddler|boy|girl|friend|"
    r"brother|sister|gran|granny|grandma|grandad|grandpa|nan|client|customer|colleague|boss|neighbou?r|"
    r"lady|man|woman|gentleman|guy|bloke|fella|teen|teenager|one)"
)
_PERSON = rf"\b(he|she|they|someone|somebody|(my|our|her|his|the|a|this|that|your)( \w+)? {_RELATION}|(wee|little) {_RELATION})"


# A person said to seem fine, and sick only once so far: read together by "swallowed with symptoms" (kept off) and
# "swallowed, sick once" (urgent) below (urgency blind52).
# ... or able to talk and walk (s55urg, blind62: "I vomit two times, but I can talk and walk"); sick once,
# twice or two times so far (a count, not a run of vomiting)
_SEEMS_FINE = (
    r"(seems?|looks?|seemed|looked)( \w+)? (okay|ok|fine|alright|all right|bright|normal|herself|himself)"
    r"|(can|could|is able to|are able to) (still )?(talk|walk|speak)( and (talk|walk|speak|stand))?"
)
_SICK_ONCE = r"(sick|vomit\w*|throw up|thrown up|threw up) (once|twice|two times?)"
EMERGENCY_SIGNS = (
    # A person in a state: not breathing / waking / answering / crying, gone limp or floppy.
    (
        "person not responding",
        rf"{_PERSON}(?! (says?|said|told|tells|thinks?|reckons?)\b)[^.!?]{{0,60}}? (isn'?t|not|won'?t|can'?t|doesn'?t|didn'?t|stop|stopped|no longer) "
        r"(breathe|breathing|wake|waking|answer|answering|respond|responding|make (any )?sense(?! of)"
        # crying stopped told as settling: "he's stopped cryin' now" (held-out urgency blind57, a small
        # blister); "stopped crying and gone floppy" is read by the floppy sign
        r"|(cry|crying)(?!'? now\b|'? and (he|she|they)('s| is| are|'re)? (fine|ok|okay|happy|playing|settled|calm|calmer|smiling)\b)"
        r"|open (her|his|their|my) eyes"
        # not moving, said of the person at the end of a clause ("isn't moving", not "isn't moving the car")
        # ... or with a second sign after "or" (s43urg, blind38: "he's landed on his back and he isn't moving or talking")
        r"|mov(e|ing)(?=\s*($|[.,!?;]|(at all|now|any ?more|and|since|or (talking|speaking|responding|answering|breathing|waking|making))\b)))\b"
        + NOT_A_MESSAGE,
    ),
    ("person limp", rf"{_PERSON}('s| is)? (go |gone |going |all )*(limp|floppy|grey|gray)\b"),
    (
        "person down",
        rf"{_PERSON}('s| is| be)? (lie|lying|lay|sprawled|slump\w*)( \w+)? (at the bottom of|on|across) the (stairs|floor|ground)\b"
        r"|\bslump(ed|ing|s)? (over|sideways|forward|down)\b"
        rf"|{_PERSON}('s| has| be| just)*( just)? (slid|slide|slip|slipped|fell|fall|topple\w*|slump\w*) (off|out of|from) (her|his|their|the) (chair|seat|stool|bed|wheelchair)\b"
        rf"|{_PERSON}[^.!?]{{0,30}}? (drop|crumple|keel)\w* (down |over )?(to|on) the (floor|ground)\b"
        # ... hit or run over by a vehicle, said of a person, not of a thing (s56urg, blind64: "the extension lead has been run
        # over by the truck")
        r"|^(?!.*\b(leads?|cables?|cords?|flex|hose|wires?|pipes?|plugs?|extension|signs?|bins?|fence|gate|posts?|phone|bags?|boxe?s?|"
        r"mirrors?|tyres?|wheels?|parcels?|cones?)\b"
        # ... with no person and no new clause between the thing and the verb ("at the school gate and a child's been hit by a
        # car", "the sign fell and then Tom was hit by a van")
        r"(?:(?! (?:a |the |my |our |his |her |their |your |this )?(?:child|kid|man|woman|boy|girl|person|he|she|they|someone|somebody|"
        r"baby|son|daughter|dad|mum|mother|father|wife|husband|lady|guy|student|pupil|and|then|but|when|while|so)\b)[^.,!?;]){0,40}?"
        r"\b(hit|knock\w* (down|over)|run over) by\b)"
        r".*\b(hit|knock\w* (down|over)|run over) by (a|the) (car|van|bus|lorry|truck|bike|motorbike)\b",
    ),
    # Airway after a sting, a food or a product: the throat or tongue feels wrong; fighting for breath.
    (
        "airway after an allergen",
        r"^(?=.*\b(stung|sting|allerg\w*|reaction|dye|nuts?|ate|eaten|after)\b)"
        r".*\b(throat|tongue)( \w+)? (feel|feels|felt|be|is|'s|getting|going|go)( \w+)? (funny|weird|strange|tight|thick|closing|big|swollen)\b"
        r"|\b(struggl\w*|fight\w*|gasp\w*) for (breath|air)\b",
    ),
    # Cardiac: a hand on the chest, pressure or weight on it, an arm aching with it.
    (
        "chest pain described",
        r"\b(grab|clutch|hold|grip|clasp)(bing|ing|ping)? (at )?(her|his|my|their) chest\b(?! of)"
        r"|\b(my|her|his|their) chest\b(?! of)[^.!?]*\b(elephant|crush|squeeze|pressure|weight|heavy)\b"
        r"|\b(elephant|weight|pressure)\b[^.!?]*\b(on|sit on) (my|her|his|their) chest\b",
    ),
    ("heart with faintness", r"\bheart\b[^.!?]*\b(flutter|race|pound|skip)\w*\b[^.!?]*\b(pass out|faint)\b"),
    # Neurological: the worst headache, sudden loss of sight in one eye.
    (
        "sudden headache or sight loss",
        r"\bworst headache\b|\b(can'?t|cannot|can not) see( properly)? out of (one|my|her|his|their)( left| right)? eye\b",
    ),
    # Self-harm told as a plan or a place.
    ("plan to end life", r"\bend it (tonight|today|now|all|this week)\b"),
    (
        "at a height alone",
        r"\b(stand|sit|sat|i'?m|i am)( \w+)? on (the|a|this) (bridge|ledge|edge|roof|cliff|railway|track|platform)\b"
        r"(?=.*\b(now|tell|goodbye|just)\b)",
    ),
    # Violence: a reported kill threat with violence or presence, an intruder, a threat with a weapon.
    (
        "threat to kill",
        r"^(?=.*\b(hit|beat|punch|slap|hurt|outside|walk out|wait for me|knife|gun|hammer|axe|bat|bang\w* on (my|the) door|scared|terrified"
        r"|scream\w*|smash\w*|shout\w*|crash\w*|next door|hear)\b)(?!.*\b(lol|haha|joking|kidding)\b)"
        r".*\b(he|she|they)('ll| will|'s go to|'s gonna| be go to| threaten to| is threaten to) kill (me|us|her|him)\b",
    ),
    (
        "intruder",
        r"\bbreak(ing)? in(to)?\b[^.!?]*\b(house|home|flat|now)\b|\bintruder\b"
        # ... a person hiding, not a pet or a game (s41urg probe: "the dog hid in the wardrobe")
        r"|^(?!.*\b(dog|dogs|cat|cats|puppy|kitten|pet|rabbit|hamster|ferret|parrot|budgie|tortoise|hide and seek|hide-and-seek)\b)"
        r".*\bhid(e|ing) (in|under) (the|a|my) (bathroom|toilet|loo|cupboard|closet|wardrobe|bedroom|bed|desk|loft|attic)\b"
        r"|\bhid(e|ing) from (him|her|them|a man|someone|somebody|the man|my (ex|husband|partner|boyfriend|wife))\b",
    ),
    (
        "threat with a weapon",
        r"\b(i'?m|i am|i) (go to|gonna|will)( \w+){0,4} (hurt|kill|hit|smash|stab|shoot) (whoever|you|someone|the)\b"
        r"(?=[^.!?]*\b(bat|knife|gun|machete|crowbar|weapon)\b)",
    ),
    (
        "child alone with a stranger",
        r"\b(man|woman|stranger|someone|somebody)\b[^.!?]*\b(outside|at) (our|my|the|her|his) (house|home|flat|door)\b"
        r"[^.!?]*\b(home alone|alone (at home|in the house)|(she|he|they)('s| is| are| be) alone|on (her|his|their) own)\b",
    ),
    # ... or a van, a motorhome (urg15, blind22: "the toddler got shut in the back of the van in this heat")
    (
        "child in a hot car",
        r"\b(baby|child|kid|toddler|little one)\b[^.!?]*\b(car|van|motorhome|campervan|pickup|truck)\b[^.!?]*\b(heat|hot|window up|windows up)\b",
    ),
    # Something swallowed, then sick, drooling or gagging; anything a small child drank.
    (
        "swallowed with symptoms",
        # (not sick once with the person said to seem fine: read as urgent below, urgency blind52)
        rf"^(?!(?=.*\b({_SEEMS_FINE})\b)(?=.*\b{_SICK_ONCE}\b))"
        r".*\b(swallow|drink|eat|bite into|bit into|chew|lick|taste|tasted)\b[^.!?]*\b(sick|drool|vomit|gag|throw up|cough up)\w*\b",
    ),
    (
        "child drank something",
        r"\b(baby|toddler|little (one|boy|girl)|wee (one|boy|girl)|kid|child)\b[^.!?]*\b(drank|drunk|swallowed|bit into)\b"
        # ... nor food, also when it is one of several or named by what it is for (urg15, blind16: "bit
        # into one of the fish food pellets")
        r"(?! ((one|some|a bit|a piece|a few|two) of )?((his|her|their|my|a|some|the) )?(whole )?((dog|cat|fish|bird|rabbit|pet|baby|hamster|guinea pig) )?"
        r"(water|milk|juice|tea|coffee|squash|drink|bottle|lunch|snack|dinner|breakfast|supper|meal|food|pudding|biscuits?|treats?|kibble|crisps|sweets?)\b)",
    ),
    # Fire: smoke pouring out while an alarm sounds.
    (
        "smoke pouring",
        r"\bsmoke\b(?! (alarm|detector))[^.!?]*\b(pour|billow)\w*\b"
        r"|\bsmoke\b(?! (alarm|detector))[^.!?]*\balarm\b[^.!?]*\bgo\w* off\b",
    ),
    # Probed with the team's own lines after blind3 (3 December): seizures, overdoses, goodbye
    # letters, breathing barely there, a head knock then drowsy, an object in a child's mouth, an
    # assault going on, a tight chest said with an intensifier.
    (
        "seizure described",
        # ("foaming at the mouth about the price" is anger)
        r"\bfoam\w* at the mouth\b(?! (?:about|over|because|at|when|with (?:rage|anger|fury)))|\b(he|she|they)('s| is| are| be) (jerk|twitch|convuls)\w*\b|('s| is| be) having a fit\b|\bfitting on the floor\b|\bconvuls\w*|\beyes (roll|rolled|rolling)( \w+)? back\b(?=[^.!?]*\b(shak\w*|jerk\w*|twitch\w*|floor|stiff)\b)",
    ),
    # ... or a person starting to fit, the British word for a seizure (s55urg, blind62: "she's starting to
    # fit"), closing the clause: "the dress is starting to fit" is no person, "starting to fit in" no seizure
    (
        "seizure described",
        rf"{_PERSON}('s| is| has| have|'ve| had| was| were| just)* (start\w*|begun|began|beginning|begins?) (to fit|fitting)\b"
        r"(?=\s*($|[.,!?;]|and\b|now\b|again\b))",
    ),
    (
        "overdose described",
        r"\b(took|taken|swallowed|downed) (all|every one|the rest) (of )?(her|his|my|their|the) (\w+ )?"
        r"(pills|tablets|meds|medication|medicine|antidepressants|painkillers|insulin|paracetamol|ibuprofen)\b",
    ),
    (
        "goodbye letters",
        r"\bwant (it all|everything) to (stop|end)\b(?=\s*($|[.,!?;]|and\b|i'?ve\b|i'?m\b))|\b(goodbye|suicide) (letters?|notes?)\b"
        r"|\b(written|wrote|left) (letters|notes) (to|for) (my|the) (kids|children|family|parents)\b(?!'| school| teacher)",
    ),
    (
        "breathing barely",
        r"\b(barely|hardly|only just) breathing\b|\b(my|his|her|their) (lips|face|skin|fingers|fingertips)( are| is|'s) (\w+ )?(blue|grey|gray)\b",
    ),
    (
        "head knock then drowsy",
        r"\b((bang|bump|knock|hit|smack|bash)\w* (my|his|her|their) head|(bang|bump|knock|blow|whack|smack|crack) (to|on) the head"
        # a fall, then lost bearings: "fell in the shower, he can't tell me where he is"
        r"|(fell|fallen|had a fall|taken a fall))\b"
        r"(?=.*\b(confused|sleepy|drowsy|vomit\w*|sick|can'?t remember|not making sense|slurr\w*"
        r"|(doesn'?t|don'?t|does not) know (what|where|who)|(can'?t|cannot) (tell me|say) (where|who|what)|not (himself|herself))\b)"
        r"|\b(confused|sleepy|drowsy)\b[^.!?]*\b(bang|bump|knock|hit|smack|bash)\w* (my|his|her|their) head\b",
    ),
    (
        "object in a child's mouth",
        r"\b(put|had|got|stuck)( \w+)? (a|an|the|one of the) (\w+ )?(battery|batteries|magnets?|pills?|tablets?|screws?) in (her|his|their) mouth\b",
    ),
    (
        "assault going on",
        r"\b(punch|stab|strangle|assault|batter)\w* (her|him|me|them|us|someone|my \w+|the (receptionist|stylist|cashier|manager|owner|staff))\b",
    ),
    # Stroke, meningitis and bleeding signs described: a face not felt, an arm gone heavy; a stiff
    # neck with fever; a nosebleed for an hour or on blood thinners.
    (
        "stroke signs described",
        r"^(?!.*\b(lol|haha|joking|kidding)\b).*("
        r"\b(can'?t|cannot) feel (my|her|his|their) (face|arm|leg|side)\b"
        r"|\b(arm|leg|side)('s| be| has| have)? (go|gone|going) (all )?(heavy|weak|floppy)\b)",
    ),
    # Heat illness: out in the heat, then confused, hot and dry (heatstroke first aid).
    (
        "heatstroke signs",
        r"^(?=.*\b(heat|sun|heatwave|hot car|sauna|hot day|scorching)\b)"
        r"(?=(.*\b(confused|not sweating|stopped sweating|hot to (the )?touch|not making sense|delirious|collapse\w*|vomit\w*|fainted)\b){2})",
    ),
    (
        "meningitis signs",
        r"\bstiff neck\b(?=.*\b(fever|temperature|burning up|light|rash|vomit\w*)\b)"
        r"|\b(fever|temperature|burning up)\b[^.!?]*\bstiff neck\b|\brash\b[^.!?]*\b(doesn'?t|won'?t) fade\b",
    ),
    (
        "bleeding that goes on",
        # ... not when it has stopped since (blind18: "her nose bled for twenty minutes. It's stopped now")
        r"^(?!.*\b(it'?s|it has|it|has|bleeding'?s|bleeding has) (now |finally |since )?stop(ped)?\b)"
        r"(?:.*\b(nosebleed|bleed\w*)\b[^.!?]*\b(for|over) (an hour|\w+ (minutes|hours))\b|.*\bblood thinners?\b(?=.*\bbleed)"
        r"|.*\bbleed\w*\b.*\bblood thinners?\b)",
    ),
    (
        "chest tight",
        r"\b(my|her|his|their) chest('s| is| feels| be| feel)( so| really| very| all)? (tight|heavy|crushing|tightening)\b",
    ),
    # after blind8 (probes of the team's own): a bone through the skin (an open fracture), a burn whose
    # skin has gone white, leathery or charred (full thickness: NHS advice is to call 999)
    (
        "bone through the skin",
        r"\bbones?('s| is| are| be)? (sticking|poking|coming|showing|stick|poke|come|show) (out|through)"
        r"(?=\s*($|[,.!?;]|and\b)| ((of|through) )?(his|her|my|their|the|your) )",
    ),
    # much blood told as an amount: "there's a lot of blood", "so much blood on the floor"
    (
        "much blood",
        r"\b(a lot of|awful lot of|whole lot of|lots of|loads of|so much|too much|tons of|a pool of|puddle of) blood\b(?! (test|pressure|orange|type|donor|sugar))"
        # ... not when the bleeding is said to be slowing or stopped under pressure: controlled bleeding is the
        # urgent wound, not the 999 one (s46urg, blind44: "a lot of blood but it's slowing down with pressure")
        r"(?![^.!?]*\b(?:it'?s|it is|it has|bleeding'?s|bleeding is|bleeding has) (?:now |already )?(?:slow|slowing|slowed|stop|stopping|stopped|ease|easing|eased)\b)",
    ),
    (
        "deep burn",
        r"^(?=.*\b(burn\w*|scald\w*|chip pan|boiling|fire|flames?|hot|oil|steam|kettle|iron|tongs|straighteners)\b).*\b(leathery|charred|waxy|white and (dry|hard|leathery))\b",
    ),
)

URGENT_SIGNS = (
    # something swallowed, then sick once, the person said to seem fine (urgency blind52: "ate one of the berries
    # off the wreath you sold us, she seems okay but she's been sick once"): seen the same day, not 999
    (
        "swallowed, sick once",
        rf"^(?=.*\b({_SEEMS_FINE})\b).*\b(swallow|drink|eat|bite into|bit into|chew|lick|taste|tasted)\b[^.!?]*\b{_SICK_ONCE}\b",
    ),
    # after blind8 (probes): fingers or a thing pushed into a socket (an electric shock told by its
    # cause), and a faint coming ("I feel like I'm going to pass out"), not said of a bill
    (
        "into a socket",
        r"\b(put|puts|stuck|sticks|pushed|poked|shoved|jammed)( \w+)? (fingers?|hand|knife|fork|key|screwdriver|hairpin|pin)s? "
        r"(in|into|inside) (the|a) (plug |wall |mains )?(socket|outlet|power point)\b",
    ),
    (
        "a faint coming",
        r"\b(going to|gonna|about to|might|think i'?(ll|m going to)) (pass out|faint|black out|collapse|keel over)\b"
        r"(?![^.!?]*\b(when|if|at the|once|after i see)\b)",
    ),
    # Musculoskeletal: a back done in, a foot that takes no weight, a digit gone purple.
    (
        "injury described",
        r"\b(do|did|done) (my|his|her|their) back in\b|\bput (my|his|her|their) back out\b"
        r"|\bcan'?t put (any )?weight on (it|my|her|his|their)\b|\bcan'?t stand up( straight)?\b"
        r"|\b(toe|foot|finger|thumb|ankle|wrist|knee|hand|nail)('s| be| is| have)?"
        r"([^.!?]{0,30}\b(it'?s|it is|it has|they'?re|they have))? (go|gone|turn|turned)( all)? (purple|black|black and blue)\b"
        # a joint heard or felt to go, or an arm that will not rise (s55urg, blind62: "I heard something pop in my
        # shoulder, now I can't lift it above my head")
        r"|\b(heard|felt) (something|a|it|this) (\w+ )?(pop|snap|crack|give|tear|rip|go)( \w+)? (in|at) (my|his|her|their) "
        r"(\w+ )?(shoulder|knee|ankle|wrist|elbow|hip|back|neck|calf|hamstring|achilles|finger|thumb)s?\b"
        r"|\bcan'?t (lift|raise|move) (it|my arm|his arm|her arm|their arm|the arm)( \w+)? (above|over|past) (my|his|her|their) (head|shoulder)\b",
    ),
    # A judge, a suit, a police report against the business.
    # A skin reaction said as what came up; a part that sparked (not an interest).
    (
        "skin came up",
        r"\b(come|came|coming|broke|break|breaking) (up|out) in (a |red |big |little |itchy |angry )*"
        r"(rash|welts?|lumps|bumps|spots|blotches|hives|blisters|sores|scabs)\b",
    ),
    # Skin after a product: red, cracked or raw since or after it; a singe; a lump on the head.
    (
        "skin after a product",
        r"\b(skin|hands?|face|scalp|neck|arms?|fingers|forehead)('s| is| are| be| have| has)?( \w+)? (gone |go |all )?"
        r"(red|cracked|raw|blotchy|bumpy|flaky|sore)\b[^.!?]*\b(since|after)\b",
    ),
    (
        "singed or a lump",
        r"\bsinge\w* (my|his|her|their|the) (\w+ )?(ears?|skin|neck|fingers?|hands?|eyebrows?|lashes|scalp|forehead|face|arm)\b|\b(lump|bump|egg) on (my|his|her|their) (head|forehead)\b",
    ),
    (
        "sparked",
        r"\bspark(ed|s)?\b(?! (my|an?|your|some|the|their|his|her) (interest|idea|joy|conversation|debate|curiosity))",
    ),
    (
        "legal threat",
        r"\b(the|a) judge('ll| will| would| can| is go to)\b|\b(tell|explain)( it| that| this)? to (the|a) judge\b"
        # blind18: "you'll be explaining yourselves to a judge"
        r"|\b(explain|explaining|justify|justifying) (yourself|yourselves|that|this|it|your \w+) to (the|a) (judge|court|magistrate)\b"
        r"|\b(and|i'?m|we'?re|i am|we are) (sue|suing)\b(?! (nobody|no one|no-one|anyone|anybody))",
    ),
)


# A kill threat from a person named by a noun ("my ex says he's going to kill me tonight"), with that
# person near or violence told; "my mum will kill me when she sees the bill" is a figure.
_KILL_THREAT = (
    r"\b(?:my|her|his|our|their) (?:\w+ )??(?P<who>[a-z-]+)(?:'s)?(?: (?:says|said|keeps saying|texted|swears|told me|(?:is|was|been|has been|keeps) (?:saying|shouting|screaming|yelling)))?"
    r"(?: (?:that )?(?:he|she|they))?(?:'ll| will|'s going to| is going to|'s gonna| is gonna| threaten\w* to| keeps threatening to)"
    r" (?:(?:kill|murder|stab|shoot|strangle) (?:me|us|her|him|them|the (?:kids|children|baby))"
    r"|(?:burn|torch|set fire to) (?:the|our|my|this) (?:\w+ )?(?:house|flat|home|place|building)(?: down)?(?= with (?:us|me|them|the kids) in))\b"
)
_NEAR_OR_VIOLENT = re.compile(
    r"\b(outside|at the door|on (his|her|their) way|coming (over|round|back|here|for me)|parked|waiting|tonight|followed|"
    r"knife|gun|hit|hits|beat|punch\w*|hurt|strangl\w*|locked|hiding|in it|inside)\b"
)
_FIGURE = re.compile(
    r"\b(lol|haha|joking|kidding|when (he|she|they) (sees?|finds? out|hears?|gets?)|if (i'?m|i am) late)\b"
)
# Two signs of a whole-body reaction after something put on or taken ("faint and my heart is racing
# after the peel"): a reaction to report now (first-aid guidance on anaphylaxis lists both).
_EXPOSURE = re.compile(
    r"\b(after|since|from) (the|my|her|his|your|that|this)? ?(\w+ )?(treatment|dye|colou?r|bleach|product|spray|relaxer|perm|peel|"
    r"wax|facial|cream|lotion|serum|injection|jab|tablet|medicine|meal|food|nuts?|sting)\b"
)


def _person_threat_or_reaction(text: str) -> tuple[str, str] | None:
    """A kill threat from a person named by a noun (emergency), or whole-body signs after an
    exposure (urgent); see :data:`_KILL_THREAT` and :data:`_EXPOSURE`."""
    from customario.escalation.urgency_rules import SYSTEMIC
    from customario.escalation.urgency_words import is_person

    m = rx(_KILL_THREAT).search(text)
    if m and is_person(m.group("who")) and _NEAR_OR_VIOLENT.search(text) and not _FIGURE.search(text):
        return "emergency", "threat to kill from a person near"
    if len({m.group(0) for m in SYSTEMIC.finditer(text)}) >= 2 and _EXPOSURE.search(text):
        return "urgent", "whole-body signs after an exposure"
    return None


def read(text: str) -> tuple[str, str] | None:
    """``(level, reason)`` for the first sign found in ``text`` (normalised, lower-case), else None."""
    found = _person_threat_or_reaction(text)
    if found and found[0] == "emergency":
        return found
    lem = lemmatised(text)
    for level, table in (("emergency", EMERGENCY_SIGNS), ("urgent", URGENT_SIGNS)):
        for reason, pattern in table:
            if rx(pattern).search(lem) or rx(pattern).search(text):
                return level, reason
    return found
