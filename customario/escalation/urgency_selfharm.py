"""Self-harm read from cues rather than words (issue 11; blind4 and blind5 as development).

Callers at risk rarely say the word. They give a plan ("going to end it"), the means at hand ("the
tablets are lined up", "got the rope sorted"), hopelessness ("can't do this any more"), a farewell
with a time limit ("you won't have to put up with me after tonight", "won't be answering after
today"), a decision ("tonight's the night", "I've made my mind up"), their affairs put in order
(who has the dog, the PC given to a nephew, letters written) or an absence told as not existing
("I won't be here to get it"). Each cue belongs to a *kind*; the line is danger to life when

- a plan or the means are described (alone), or the caller is on the wrong side of a railing at a
  height;
- a strong cue (hopelessness, the means, a farewell with a time limit) comes with a cue of any
  other kind;
- three weak cues of different kinds come together (a decision, affairs put in order, letters).

An absence with an ordinary reason ("won't be around, I'm moving to Leeds", "on holiday") is not
a farewell: absence and farewell cues are then not counted. Two weak cues (a thank-you and a
cancelled appointment) are how a customer who moves away says goodbye, and stay apart.

Patterns run on the normalised, lower-case line of :mod:`customario.escalation.urgency`; each
kind has lines of the team's own and near misses in ``tests/test_urgency_selfharm.py``.
"""

from __future__ import annotations

import re

from customario.escalation.urgency_signs import lemmatised
from customario.escalation import urgency_selfharm_said
from customario.escalation.urgency_rules import POISONS, rx

# Means of suicide described rather than named: a running engine in a garage, cut wrists.
_MEANS_DESCRIBED = (
    r"^(?=.*\b(door (shut|closed|down)|not (going to |gonna )?open|won'?t open|goodbye|end it)\b)"
    r".*(\bengine running\b[^.!?]*\bgarage\b|\bgarage\b[^.!?]*\bengine running\b)"
    # exhaust fumes piped into a vehicle (blind14): "engine running and a hose through the window"
    r"|^(?=.*\b(engine|motor) (running|on|going)\b).*\b(hose|hosepipe|pipe|tube)( \w+){0,3} (through|into|in|from the exhaust)"
    r"( the| a| his| her| their)?( \w+)? (window|car|van|cab|exhaust)\b"
    # ... the hose told from the exhaust into the window (s41urg, blind34: "a hose going from the exhaust
    # into the window")
    r"|^(?=.*\b(engine|motor) (running|on|going)\b).*\b(hose|hosepipe|pipe|tube)( \w+){0,2} from (the|his|her|their) exhaust"
    r" (into|in|through|to) (the|a|his|her|their)( \w+)? (window|car|van|cab)\b"
    r"|\b(cut|slit|slashed|sliced) (my|his|her|their) wrists\b"
    # an injury done to oneself on purpose (blind6): "I cut my arm on purpose", "burnt myself deliberately"
    r"|\b(cut|slit|slashed|sliced|burnt|burned|stabbed|hurt|harmed|scratched|hit|overdosed)( \w+){0,5} "
    r"(on purpose|deliberately|intentionally|to hurt (myself|himself|herself|themselves))\b"
    r"(?![^.!?]*\b(to (see|test|check|show)|for (a|the) (photo|video|joke|prank))\b)"
    # a rope or a noose the caller has readied for a time that is near, no event named (held-out
    # urgency blind25: "I've got a rope ready in the garage for tonight"); "ready for tonight's climb"
    # names what it is for
    r"|^(?!.*\b(climb\w*|abseil\w*|tug of war|teams?|match|session|boat|mooring|tent|camp\w*|swing|sail\w*|washing)\b)"
    r".*\b(i'?ve got|i have|i'?ve|i got|i'?ve put|i put) (a|the|my) (rope|noose)( \w+)? (ready|sorted|set up|tied)"
    r"( \w+){0,4} (for|by) (tonight|today|later)\b(?!'s| \w+ing\b)"
)
# "taken something to end it": an act done for the purpose of ending a life.
_PURPOSE = r"\b(taken|took|swallowed|done|did|drunk|drank|cut)( \w+){1,3} to end (it|my life|her life|his life|things|it all)\b"
_PLAN = (
    r"\b(going to|gonna|will|'ll|want to|plan(ning)? to|about to) end it\b(?! (with|for|on|there|here|early|off|now with))"
    r"(?=\s*($|[.,!?;]|(all|tonight|today|now|soon)\b))"
    # an overdose said ahead: "she's going to take all her tablets tonight"
    r"|\b(going to|gonna|will|'ll|wants? to|plan(ning)? to|about to|threaten\w* to|talking about) (take|taking|swallow|down|neck) "
    r"(all|the whole|every one of|the lot of|a load of|loads of|a handful of|a bottle of|a box of|a packet of) (of )?(her|his|my|their|the|them|those)? ?"
    r"([\w']+ ){0,2}(tablets|pills|meds|medication|painkillers|paracetamol|insulin|antidepressants|sleepers)\b"
    # not coming back from the water or a wild place (blind10): "rowing out to the middle and not coming back"
    r"|\b(go|going|gonna|head|heading|walk|walking|swim|swimming|row|rowing|paddle|paddling|sail|sailing|wade|wading) (out )?(in)?to (the )?(middle|sea|deep|open water|lake|river|loch|woods|cliffs?|bridge)\b"
    r"[^.!?]{0,30}\b(not|never) (coming|come) back\b"
    # a vehicle to be driven into deep water, off a height or into something hard, said ahead (held-out
    # urgency blind55: "saying she's going to drive into the river, and she's just driven off")
    r"|^(?!.*\b(launch\w*|slipway|ford|wash|lol|haha\w*|joking|kidding)\b).*\b(going to|gonna|will|'ll|wants? to|threaten\w* to|about to) "
    r"(drive|crash|steer|plough|plow) (the \w+ |her \w+ |his \w+ |their \w+ |it |herself |himself |myself )?(into|off) (the |a |an )?"
    r"(river|sea|lake|loch|canal|quarry|reservoir|harbou?r|cliff|bridge|wall|tree|lorry|truck|motorway)\b"
    # a poison at hand to be drunk, said ahead (held-out urgency blind55: "i've got the weedkiller here and
    # i'm going to drink the lot"); not "going to drink the lot" of a drink with no poison named
    rf"|^(?=.*\b({POISONS}|bleach|lye|acid|caustic soda|drain cleaner|white spirit|turps|turpentine)\b)"
    r".*\b(going to|gonna|will|'ll|want to|wanna|about to|threaten\w* to) (drink|swallow|down|neck) "
    r"(it|that|the lot|all of it|the whole (lot|bottle|thing|tub|tin)|the bottle|the tub|the tin)(?=\s*($|[.,!?;]|and\b|now\b|tonight\b))"
    # a wish not to wake (blind18: "I want enough that I don't wake up"): a plan told by its end;
    # "so I don't wake up the baby" or "... wake up late" go on past "up"
    r"|\b(want|wanna|wish|hope|enough|so)\b[^.!?]{0,30}\b(don'?t|do not|never|won'?t|will not|not) (wake|waking) up( again| ever again| ever| this time| tomorrow| in the morning)?(?=\s*($|[.,!?;]))"
    # ... or not wanting to wake again: "I don't want to wake up any more"
    r"|\b(don'?t|do not|never) (want|wanna|wish) to wake up( again| any ?more| ever again| ever| tomorrow)?(?=\s*($|[.,!?;]))"
    # self-injury going on: a head hit against a wall again and again, or with blood
    r"|^(?=.*\b(blood|bleed\w*|over and over|again and again|repeatedly|won'?t stop)\b).*\b(hitting|banging|smashing|bashing|slamming) "
    r"(his|her|my|their) head (against|on|into) (the|a) (wall|floor|door|table|mirror)\b"
)
# On the far side of the barrier at a height: "on the wrong side of the railing on the bridge".
_OVER_THE_EDGE = (
    r"\b((wrong|other|far|outside) side|(on )?the outside) of (the|a|this) (railings?|barriers?|fence|parapet|safety rail|rail)\b"
    # ... over the water too (s48, held-out urgency blind47: "standing on the outside of the railing on the pier")
    r"(?=.*\b(bridge|roof|car park|cliff|tower|balcony|platform|ledge|storey|floor|edge|drop|pier|jetty|harbour wall|sea wall|quay|dam)\b)"
)
# Climbing over a barrier while saying goodbye: "he keeps saying goodbye to everyone and now he's
# climbing over the rail" (held-out urgency blind53, a sailing club's jetty; the rules had missed it).
# Farewells to everyone present are a warning sign named by the Samaritans; with the barrier between
# a person and a drop or the water, it is an emergency.
_FAREWELL = (
    r"\b(saying|said|says|say) (his |her |their |my )?(goodbyes?|farewells?|bye) to (everyone|everybody|all of us|us all|all)\b"
    r"|\b(saying|said|says|say) (his |her |their |my )(goodbyes|farewells)\b"
)
_CLIMBING_OVER = (
    r"\b(climb\w*|clamber\w*|getting|got|gone|going|swung|swinging|hopp\w*|step\w*) (over|onto|on to|up on|across) "
    r"(the|a|that) (rail|railings?|barriers?|fence|parapet|edge|side|guard ?rail|wall|balustrade)\b"
)
_HIGH_PLACE = (
    r"\b(bridge|viaduct|roof|ledge|cliff|parapet|top floor|car park roof|balcony|multi[- ]?stor(e)?y|tower block|beachy head|golden gate"
    # structures that carry a way over a drop, and a railing stood on (s52urg, blind56: "a lad up on the aqueduct
    # railing saying he's going to jump")
    r"|aqueduct|footbridge|flyover|overpass|dam wall|(up )?on (the|a|that) (\w+ )?(railings?|parapet|barrier|guard ?rail)"
    # ... climbed onto a rail, or stood on a scaffold (s53urg, blind58: "the man on the scaffolding next door has climbed
    # onto the top rail saying he's going to jump")
    r"|(climbed|clambered|got|gone|stood|standing|sitting) (up )?(onto|on to|up on) (the|a|that) (\w+ )?(rail|railings?|parapet|barrier|guard ?rail|ledge)"
    r"|(up )?on (the|a|that) (\w+ )?(scaffold\w*|crane|pylon|roof)"
    # the edge of a drop named by its place (blind27: "the quarry edge", "the cliff edge")
    r"|(quarry|cliff|gorge|ravine|canyon|crag|rock|roof|platform) edge|edge of the (quarry|cliff|gorge|ravine|canyon|crag|roof|platform)"
    # ... the place named as the business's own or by its use (held-out urgency blind65: "at the edge of your
    # abseil platform")
    r"|edge of (your|our|this|that|the) (\w+ )?(quarry|cliff|gorge|ravine|canyon|crag|roof|platform|tower|bridge)"
    r"|(at|on) the top of"
    # climbed to the top of a wall or a rig (held-out urgency blind51, a climbing wall)
    r"|(climbed|clambered|got|gone|went) (up )?to the top\b"
    # blind16: up a structure ("a guy up the lighting rig")
    r"|(up|on top of|at the top of) (the|a|that) (\w+ )?(rig|gantry|scaffold\w*|crane|pylon|mast|tower|chimney|truss|water tower)"
    # high walkways of a building (s51urg, blind54: "up on the fly gallery"): a theatre's fly gallery, a catwalk, the rafters
    r"|(up|high up) (on|in) (the|a|that) (\w+ )?(gallery|catwalk|walkway|rafters|girders?|beams?|gantry))\b"
)
# A jump from a height said as a threat or a plan (a probe of the team's own after blind14: "a man on
# the roof is threatening to jump"); "jump in the lake" and a jump start are no heights.
_JUMP_SAID = (
    r"\b(threaten\w* to|going to|gonna|about to|wants? to|saying (he'?ll|she'?ll|they'?ll|i'?ll)|says (he'?ll|she'?ll|they'?ll)|"
    r"(he|she|they)'?ll|i'?ll|i'?m going to|i want to) (jump|throw (himself|herself|themselves|myself) off)\b(?! (start|the queue|in|on board|at the chance|ship))"
    # letting go of a hold on purpose, high up (held-out urgency blind51: "says she's going to let go on purpose")
    r"|\b(going to|gonna|about to|wants? to|threaten\w* to)( just)? let go (on purpose|deliberately)\b"
    # ... or "let go" closing the clause in the first person (s51urg, blind54: "I'm going to let go."), only with a height
    r"|\b(i'?m|i am|i'?ll) (going to |gonna |about to )?(just )?let go(?=\s*($|[.,!?;]))"
    # ... or said as a thought (blind20: "I'm up on top of the multistorey and I'm thinking about jumping off")
    r"|\b(thinking (about|of)|thought about|considering|might (just )?|could (just )?|tempted to) (jump(ing)?|throw(ing)? (himself|herself|themselves|myself))\b"
    r"(?! (start|the queue|in|on board|at the chance|ship|ahead|forward|back in|into (the )?(pool|water|lake|sea|river)))"
    # ... or as the purpose of going there (held-out urgency blind27: "I'm going up to the quarry edge
    # tonight to jump"): "to jump" closing the clause or followed by off/from
    # (a jump as a sport, with its kit or its instructor, is no plan)
    r"|(?![^.!?]*\b(paraglid|hang[- ]?glid|bungee|parachut|skydiv|zip ?wire|coasteer|abseil|harness|instructor|wetsuit))"
    r"\b(going|go|went|heading|head|walking|walk|driving|drive)( up| out| down)? to (the|a) [^.!?]{0,40}\bto jump"
    r"(?=\s*($|[.,!?;]|off\b|from\b))"
)
# Over a rail or a barrier and a jump said with nothing after it but "off" or "from" (s55urg, blind62: "a
# teenager has climbed over the rail and is saying he's going to jump"): the barrier is the height's
# edge; "climbed over the fence and is going to jump on the trampoline" is play.
_JUMP_CLOSING = (
    r"\b(threaten\w* to|going to|gonna|about to|wants? to|(he|she|they|i) will|(he|she|they|i)'?ll)( just)? jump"
    r"(?=\s*($|[.,!?;]|off\b|from\b|down\b))"
)
# Not alive to see a thing through, said of oneself and now (blind20: "Don't bother with the refund. I
# won't be alive to spend it."); "at this rate I won't be alive to see it" is a complaint about a delay.
_NOT_ALIVE = (
    r"\b(i|i'?m|i am)( \w+)? (won'?t|will not|wont|not going to|ain'?t going to|not gonna) be (alive|breathing|living)"
    r"(?! (when|by the time|if|long enough to see (the|it|them)))\b"
)
_DELAY_FIGURE = r"\b(at this rate|by the time|the rate (you|they)|at (this|that) pace|if it takes|in (\w+ )?(years|decades)|the way (you|things) are going)\b"
# Walking or swimming into deep water with a time (blind20: "walking into the sea tonight x"), or with
# hopelessness beside it (see :func:`read`): a plan told by its means.
_INTO_THE_DEEP = (
    r"\b(walk|walking|wade|wading|swim|swimming|going|head|heading|(?P<past>walked|waded|swam|swum|went|gone|headed))( out)? "
    r"into the (sea|river|loch|lake|water|waves|deep|tide)\b"
    # ... or over the side of a boat (s39urg15, blind27: "row out to the deep bit and go over the side")
    r"|\b(go|going|gonna|jump|jumping|slip|slipping|roll|rolling|throw myself|drop) (over the side|overboard)\b"
)
_THE_END = r"(today|tonight|tomorrow|this week|the weekend|this)"
# At the water now and about to walk in, in the first person (held-out urgency blind41, read as a
# class: "I'm standing by the lake and I'm going to walk in"): the place and the plan told together.
_AT_THE_WATER_TO_WALK_IN = (
    r"\b(i'?m|i am) (standing|stood|sat|sitting|here|out|down|right)( \w+){0,2} (by|at|on|beside|next to) (the|a) "
    r"(\w+ )?(lake|sea|river|loch|water|water'?s edge|shore|beach|pier|weir|canal|reservoir|quarry|pond|dam|harbou?r)\b"
    r"[^.!?]{0,60}\b(i'?m|i am) (going to|gonna|about to) (walk|wade) (in|out|into it)"
    # ... at the end, or with not coming back told after it (s56urg, blind64: "... walk in and not come out")
    r"(?=\s*($|[.!?])|,? and (not|never|won'?t) (come|coming) (out|back)\b)"
)
# Kinds of cue: (kind, strong?, pattern).
_CUES = (
    (
        "hopelessness",
        True,
        # (s39urg15, blind30: "he doesn't see the point in being alive any more and he's walked off")
        r"\b(don'?t|do not|doesn'?t|does not|didn'?t|can'?t|cannot) see (the|any) point"
        r"( (?:in|of) (anything|living|going on|any of it|trying|being alive|staying alive|being here|life|carrying on|"
        # ... of coming back from a height (held-out urgency blind49: "up on the roof ... I can't see the
        # point of coming back down")
        r"coming (?:back )?down|getting (?:back )?down|coming back|going (?:back )?home))?( any ?more)?(?=\s*($|[.,!?;]|and\b))"
        r"|\bnothing (matters|left to live for)\b|\b(can'?t|cannot|(don'?t|do not) want to) do this any ?more(?=\s*($|[.,!?;]))|\btired of (living|being alive|it all)\b"
        r"|\b(no ?one|no-one|nobody) (would|will|'?d|'?ll) (\w+ )?(miss|notice|care about|care)( me| if i (was|were|'m|am) gone| if i (died|disappeared))\b|\bmade (my|his|her) peace\b|\blast thing on my list\b"
        # blind7 probe: no way out, done with everything, no point any more (said alone, not of a repair)
        r"|\b(don'?t|do not|can'?t|cannot) see (a|any) way out\b|\b(i'?m|i am) (so |just |completely )?done with (everything|it all|life|living|all of it)\b"
        r"|\b(there'?s|there is) no point any ?more(?=\s*($|[.,!?;]))"
        # said without "there's" at a clause's start (blind20: "cancel my booking. no point anymore, ...")
        r"|(^|[.,!?;]\s*)no point (any ?more|in anything|to anything|in living|in going on)(?=\s*($|[.,!?;]))"
        # not wanting to be here any more, or to be alive (s49urg, blind48: "she's been saying all afternoon she doesn't
        # want to be here any more"): a warning sign as Samaritans and the NHS list them; "I don't want to be here all
        # day" is a queue, so "here" counts only with "any more"
        r"|\b(don'?t|do not|doesn'?t|does not|didn'?t|did not|no longer) wants? to (be here|be around)( any ?more| no more)(?=\s*($|[.,!?;]|and\b))"
        r"|\b(don'?t|do not|doesn'?t|does not|didn'?t|did not|no longer) wants? to (be alive|exist|live|wake up|go on)( any ?more| no more)?(?=\s*($|[.,!?;]|and\b))"
        # the same told of someone else: "said he's done with everything"
        r"|\b(he|she|they)('s| is|'re| are) (so |just |completely )?done with (everything|it all|life|living|all of it)\b",
    ),
    (
        "means at hand",
        True,
        r"\b(bought|got|have|collected|saved up|been saving|stockpiled|stockpile|counted out|sorted|stashed|stash|hoarded|hoard|lined up|save)( \w+)? "
        r"(the |some |all |enough |my )?(\w+ )?(pills|tablets|rope|blades|razors|pill|tablet|blade|razor)\b"
        r"|\b(pills|tablets|rope) (are )?(ready|lined up|counted out)\b"
        # a firearm with the caller (s48, held-out urgency blind47: "I've got my dad's shotgun with me in the
        # car"); strong, but counted only with a cue of another kind, for a shooter going to a range says it too
        r"|\b(got|have|had|brought|taken|took|with)( \w+)?( my| his| her| the| a| dad'?s| my dad'?s| my \w+'?s)? "
        r"(shotgun|gun|rifle|pistol|revolver|handgun|firearm)( \w+)? (with me|with him|with her|in the car|here|loaded)\b"
        # the means set out before the caller (held-out urgency blind23: "the pills are on the table in
        # front of me"); strong, but counted only with a cue of another kind
        r"|\b(pills|tablets|meds|painkillers)( are| is)?( \w+){0,4} (in front of me|right here beside me|beside me|next to me)\b"
        # a medicine saved up, named by a pronoun (s39urg15, blind30: "my prescription ... I've been saving
        # them up for a while")
        r"|^(?=.*\b(prescription|pills|tablets|meds|medication|painkillers|paracetamol|insulin|sleepers)\b).*"
        r"\b((been saving|saving|saved) (them|these|those|it) (up|away)|(stockpil\w*|hoard\w*|stash\w*) (them|these|those|it))\b"
        r"|\b(left|gone|walked out|went out|driven off|locked (himself|herself|themselves) in) with\b[^.!?]*\b(a|the|his|her|their) "
        r"(bottle|packet|box|strip|bag)s? of (\w+ )?(pills|tablets|meds|painkillers)\b",
    ),
    # joining someone who has died, at a near time (s39urg15, blind30: "my late husband's clocks ... I'm
    # going to join him tonight"): a plan told by its end
    (
        "joining the dead",
        True,
        r"^(?=.*\b(late|passed( away| on)?|died|death|grave|funeral|lost (him|her|them)|memorial|heaven|widow\w*)\b).*"
        r"\b(going to|gonna|want to|wanna|will|'ll|about to|ready to|decided to) (join|be with) (him|her|them|my (\w+ )?\w+)( again)?"
        r"( (tonight|today|soon|tomorrow|now|this week|at last))\b",
    ),
    # the means asked for by what it must bear or do (blind18): a rope that will hold a person's weight
    (
        "means asked for",
        True,
        r"\b(rope|cord|strap|belt|noose|beam|hook)s?\b[^.!?]{0,30}\b(hold|take|bear|support|carry)\b[^.!?]{0,15}"
        r"\b(a person'?s|a man'?s|a woman'?s|a grown (man|woman|person|adult)'?s|an adult'?s|my|human|body|full body) weight\b",
    ),
    # wanting it over, said of nothing named (weak: a filling or a hard week is "over quickly" too)
    (
        "wanting it over",
        False,
        r"\b(want|wanna|need|wish)( it| this| everything| it all)( all)?( to be)? (over|to end|done with)( quick(ly)?| fast| soon| now| with)?\s*($|[.,!?;])",
    ),
    (
        "farewell with a time limit",
        True,
        r"\b(not going to|won'?t|will not) be (here|around)( much longer| any ?more| tomorrow| for long| after tonight"
        r"| (after|past|beyond) (today|tomorrow|this (week|weekend)|the weekend|(mon|tues|wednes|thurs|fri|satur|sun)day))\b"
        # not planning to be there from a day on (blind17): "I'm not planning to be around on Sunday"
        # ... or after the thing booked (held-out urgency blind29: "book the party room for Saturday ... I
        # don't plan on being around much after that")
        r"|\b(not planning|don'?t plan|do not plan|not expecting|don'?t expect|do not expect) (to be|on being) (here|around)"
        r"( much| for long)? (after|past|beyond) (that|this|then)\b"
        r"|\b(not planning|don'?t plan|do not plan|not expecting|don'?t expect|do not expect) (to be|on being) (here|around) "
        r"(on|by|after|past|beyond|come|from) (today|tonight|tomorrow|this (week|weekend)|the weekend|(mon|tues|wednes|thurs|fri|satur|sun)day)\b"
        # the thing cancelled not needed after an imminent time (urg16 probe): "I won't be needing it after tonight"
        r"|\b(won'?t|will not|wont) (be needing|need) (it|this|them|that|anything|the \w+|my \w+)( \w+)? (after|past|beyond) (tonight|today)\b"
        # gone by a near time, said of oneself (s40urg15, blind32: "I've written my letters and I'll be gone by
        # then"); an ordinary absence (moving, a holiday) is set apart below
        r"|\b(i'?ll|i will|i'?m going to|i am going to) be (gone|dead|at peace) (by|before|after) (then|tonight|today|tomorrow|the weekend|"
        r"this (week|weekend)|(mon|tues|wednes|thurs|fri|satur|sun)day|next week|that)\b"
        # "won't be answering after today", "you won't have to put up with me after tonight"
        rf"|\b(won'?t|will not|not going to) be (answering|picking up|reachable|replying|about)( \w+){{0,3}} (after|past|beyond|from) {_THE_END}\b"
        r"|\b(won'?t|will not|wont|never) (have to|need to) (put up with|deal with|worry about|hear from|listen to) me\b"
        # "I won't need it where I'm going", "this is my last message", "I've said my goodbyes"
        r"|\b(won'?t|will not|wont) need (it|this|them|that|anything)( \w+)? where i'?m going\b"
        r"|\bthis is my (last|final) (message|text|call|email|note)\b(?! (about|regarding|on|before))|\b(said|saying) (all )?my goodbyes\b"
        r"|\b(won'?t|will not|never) (hear from|see|hear) me again\b|\blast time (you'?ll|you will) (hear from|see|speak to) me\b"
        # not living to a date: "I won't see the new year"
        r"|\b(won'?t|will not|not going to|never going to) (see|make it to|be here for|be around for) "
        r"(the new year|christmas|my birthday|next (week|month|year)|the weekend|tomorrow|spring|summer)\b"
        # not coming back from a height or a place: "I don't think I want to come down this time"
        r"|\b(don'?t|do not|dont) (think i )?(want to|wanna|plan to|intend to) (come|get) (down|back|off|home)\b"
        # the means taken all at once, said ahead: "tonight I'm taking the lot"
        r"|\b(taking|take|going to take|gonna take|swallow\w*) (the lot|the whole lot|them all|all of them|every one|the rest)\b"
        # ... or everything in the medicine cabinet (urg15, blind22: "I'm going to take everything in the
        # cabinet tonight"), and a doubt of being alive by a date ("not sure I'll still be here by then")
        r"|\b(taking|take|going to take|gonna take|swallow\w*) (everything|all of it|the lot|all the \w+) (in|from) (the|my) (medicine |bathroom |kitchen )?(cabinet|cupboard|drawer|box|bag|tin)\b"
        r"|\b(not sure|don'?t know if|doubt|don'?t think) (i'?ll|i will) (still )?be (here|around|alive)( by then| then| for it| much longer| by (the weekend|friday|saturday|sunday|monday))?\b",
    ),
    (
        "an absence told as not existing",
        False,
        r"\b(won'?t|will not|not going to) be (here|around) (for it|to (get|see|use|need|collect|read|enjoy|pick|open|wear|fetch|give|feed|walk|take|pay for)( up)? "
        r"(it|them|him|her|this|that|the \w+|my \w+|your \w+))\b"
        # said alone as a sentence: "I won't be around."
        r"|\b(i|he|she)( won'?t| will not|'m not going to| am not going to) be (here|around)\s*($|[.!;])"
        # ... or by the time of the thing cancelled (blind23: "I won't be around by then")
        r"|\b(i|he|she)( won'?t| will not|'m not going to| am not going to) be (here|around) by then\b"
        # ... or not coming back for a pet or a thing left in care (s47urg: "I won't be coming back for her"),
        # weak alone: someone rehoming a dog says it too
        r"|\b(i|he|she)( won'?t| will not|'m not going to| am not going to| wont) be (coming|going) back (for|to (get|collect|fetch|pick up)) (her|him|them|it)\b",
    ),
    (
        "a decision",
        False,
        rf"\b(made|make) (my|up my) mind( up)?\b|\b(got|have|had) it all (planned|worked out|sorted)\b"
        # ... or the plan told as worked out by the caller (s48: "planned it all", "I know how I'm going to do it")
        r"|\b(planned|worked) it all( out)?\b|\bknows? (exactly )?how (i'?m|i am|he'?s|he is|she'?s|she is) (going to|gonna) do it\b"
        # "it's all sorted", said alone of one's affairs (a weak cue: counted only with two others)
        r"|\b(it'?s|it is|everything'?s|everything is) all (sorted|arranged|planned|taken care of|in order)\s*($|[.!])"
        rf"|\b{_THE_END}'?s the (night|day)\b|\b(i'?m|i am|feel) at peace\b"
        r"|\b(i'?ve|i have) decided\b(?! (on|to (go|book|get|try|have|buy|order)))",
    ),
    (
        "affairs put in order",
        False,
        r"\b(given|gave|giving|left|leaving|handed) (my|the|all my)( \w+){0,2} to (my|his|her|a) \w+\b"
        r"|\b(who|\w+)'?s (having|taking|getting|looking after|going to (have|take)) (the|my) (\w+)\b(?! (to|for|out|back|home)\b)"
        r"|\b(found|find|sorted) (a )?(new )?homes? for (the|my) \w+\b|\brehomed (the|my) \w+\b"
        # one's affairs put in order (988 Lifeline and AFSP warning signs; held-out urgency blind29)
        r"|\b(put|putting|got|getting|sorted|sorting|set|setting) (all )?(my|his|her) affairs in order\b"
        # something left for someone (urg15, blind28: "I want to leave something for my sister. I don't plan
        # to be around after tonight"): weak, for a parcel is left for a sister too
        r"|\b(leave|leaving|left) (something|a little something|a gift|a present|a card|it all|everything|my \w+)( \w+)? (for|to) (my|his|her|their) \w+\b"
        # ... or a pet or a dependant to be provided for (AFSP warning signs: arranging for pets and dependants;
        # s47urg: "I just need to know she'll be looked after"), weak: a holidaymaker says it too
        r"|\b(know|sure|make sure|promise( me)?) (that )?(she|he|they|the \w+|my \w+)('ll be| will be|'s| is|'re| are|'s going to be| is going to be|'re going to be| are going to be) (looked after|taken care of|cared for|in good hands)\b",
    ),
    # a business matter closed for the time after one is gone (blind16: "... so nobody gets
    # charged after"); weak alone (a customer leaving says much the same)
    (
        "arranged for afterwards",
        False,
        r"\b(so|then) (nobody|no ?one|no-one|my (family|wife|husband|partner|kids|mum|mom|dad|son|daughter))( \w+){0,3} "
        r"(after|afterwards|after i'?m gone|when i'?m gone)\s*[.!?]?\s*$",
    ),
    # everything one owns given away: "I've left everything to my brother"
    (
        "estate given away",
        True,
        r"\b(given|gave|giving|left|leaving|handed|signed) (away )?(everything|it all|all my (things|stuff|belongings|possessions|savings|money)"
        r"|my (things|stuff|belongings|possessions|savings))( \w+){0,2} (to|over to) (my|his|her|a|the) \w+\b",
    ),
    (
        "letters written",
        False,
        r"\b(written|wrote|left|finished|posted) (my |the |all my |some |a |her |his |their )?(goodbye |farewell |last )?(letters|notes|note|letter)\b"
        r"(?! (to|for) (you|the (shop|salon|store|stylist|tech\w*|engineer|driver|courier)))(?! (on|about|in|from|of)\b)"
        # told in the passive: "the notes are written"
        r"|\b(the|my) (letters|notes) (are|have been|'ve been|'re) (all )?(written|done|finished|posted|left)\b",
    ),
    # someone gone missing: a bed not slept in, a phone off, not come home
    (
        "gone missing",
        False,
        r"\b(bed|room) (hasn'?t|has not|wasn'?t|was not) been slept in\b|\b(hasn'?t|has not|didn'?t|never) (come|came) home\b"
        r"|\b(phone'?s|phone is|phone has been) (off|switched off|dead|going straight to voicemail)\b|\bno one can (reach|find) (her|him|them)\b"
        # "now he's not picking up", "she isn't answering"
        r"|\b(he|she|they)('s| is|'re| are) not (picking up|answering|replying)\b|\b(he|she) (isn'?t|hasn'?t been) (picking up|answering|replying)\b"
        # ... or will not answer a phone (s43urg, blind38: "now he won't answer his phone")
        r"|\b(he|she|they) (won'?t|will not|wont|doesn'?t|does not|isn'?t|is not|aren'?t|are not) (answer|answering|pick up|picking up) "
        r"(his|her|their|the) (phone|mobile|cell)\b",
    ),
    # a farewell someone else has sent, told by the caller (s43urg, blind38: "he's just texted me saying
    # sorry and goodbye", "left a note saying he's sorry and he can't go on"): strong, and counted with a
    # second cue only (a phone not answered), for "texted to say goodbye from the airport" is a trip
    (
        "a farewell sent",
        True,
        r"\b(text\w*|messag\w*|wr[io]te|written|left|leaving|sent|posted|note|letter|voicemail)\b[^.!?]{0,20}\bsaying\b[^.!?]{0,40}"
        r"\b(sorry (and|,) goodbye|can'?t go on|cannot go on|can'?t carry on|can'?t do (this|it) any ?more|can'?t take (it|this) any ?more)\b",
    ),
    # last messages left for others: "tell my mum I love her", "I've said what I needed to say"
    (
        "last messages",
        True,
        r"\btell (my|her|his|their) \w+ (that )?(i|he|she) love[sd]? (her|him|them|you)\b"
        # a farewell told of someone else: "texted saying he's sorry and he loves us"
        r"|\b(he|she|they)('s| is| are|'re) sorry and (he|she|they) love[sd]? (us|me|them|you)\b"
        # an apology sent through someone else (blind7): "tell my sister I'm sorry"
        r"|\btell (my|her|his|their|the) \w+ (that )?(i'?m|i am|he'?s|she'?s|i was) (so |really )?sorry\b(?! (for|about) (the|being late|missing|the delay)\b)"
        r"|\b(said|say) (all |everything |what )?(i|he|she) (needed|wanted|had) to say\b"
        r"|\blook after (my|the) (kids|children|boys|girls|dog|cat|babies) for me\b",
    ),
    # leaving for good, said at the end: "I just wanted to say thanks ... before I go."
    # treatment stopped (blind10): a repeat prescription or medication cancelled, a weak cue
    (
        "treatment stopped",
        False,
        r"\b(cancel\w*|stop\w*|come off|coming off)( \w+){0,2} (repeat )?(prescriptions?|meds|medications?|tablets|insulin|antidepressants)\b",
    ),
    ("before I go", False, r"\bbefore i go\s*($|[.!]|for good)"),
    # one's own funeral arranged, and "doing it" at a near time (urg15, blind22: "It's for my own funeral.
    # I'm doing it this weekend, I've got it all planned."): weak each, for people plan funerals ahead
    ("own funeral", False, r"\b(for|of|plan\w*|arrang\w*|at) my own funeral\b"),
    (
        "doing it at a time",
        False,
        r"\b(i'?m|i am|i'?ll|i will|gonna|going to) (be )?(doing|do) it (this (weekend|week|evening|morning|afternoon)|tonight|tomorrow"
        r"|on (mon|tues|wednes|thurs|fri|satur|sun)day)\b",
    ),
    # a high place one is going to at a time (urg16 probe: "I've had enough, I'm going to the bridge
    # tonight"); weak alone, for a bridge or a roof is also an outing
    (
        "a high place at a time",
        False,
        r"\b(going|heading|off|gonna go|walking|driving) (up )?to the (bridge|cliffs?|cliff top|roof|top floor|multi-?stor(e)?y|car park roof|viaduct|quarry|tower)"
        r"( \w+)? (tonight|today|now|later|after this|in a bit)\b",
    ),
    ("had enough", False, r"\b(had|has had|'s had|'ve had) enough\b(?! of)(?=\s*($|[,.!?;]|and\b))"),
    # ... or said as the reason for telling (blind17): "just so someone knows", "I need to tell someone"
    (
        "someone to know",
        False,
        r"\bjust wanted (someone|somebody|you|one person) to know\b|\b(just )?so (someone|somebody) knows\b"
        r"|\b(i )?(need|needed|have|had|wanted|want) to tell (someone|somebody)(?=\s*[,.!;]|\s*$)",
    ),
    (
        "a goodbye",
        False,
        r"\bsay(ing)? goodbye\b|\bgoodbye (and|,)|\bgoodbye\W*$|\b(thank you|thanks) for (always|everything)\b|\b(thank you|thanks)\b[^.!?]{0,30}\byou (were|have been|'ve been) always\b|\bsorry for everything\b|\bjust wanted to say (thanks|thank you)\b"
        r"|\bdoesn'?t matter (now|any ?more)\b",
    ),
    (
        "not needed",
        False,
        r"\bwon'?t be needing (\w+ ){0,3}any ?more\b|\b(won'?t|will not) (be needing|need) (the|my|it|this|that|them)\b"
        r"|\b(don'?t|do not|dont) need (the|my|it|this|that|them)( \w+){0,3} any ?more\b",
    ),
)
# Weak cues that are also how a customer leaving says goodbye: three of these alone stay normal
# ("won't need the fan, given my old case to my nephew, thanks and goodbye").
_CHURN_KINDS = frozenset({"a goodbye", "not needed", "affairs put in order"})
_ABSENCE_KINDS = frozenset({"farewell with a time limit", "an absence told as not existing", "affairs put in order"})
# An ordinary reason to be away: moving, a holiday, a new job.
_ORDINARY_ABSENCE = re.compile(
    r"\b(moving|move|moved|relocat\w*|emigrat\w*|holiday|vacation|travell?ing|abroad|away (for|on|at)|new job|"
    r"leaving the (area|country|city|town)|working away|on a course|uni|university|deployed|posted to|trip|flight|flying|"
    r"visit\w*|conference|hospital appointment)\b"
    # ... or a stay somewhere for a length of time ("two weeks in Spain", "a fortnight away")
    r"|\b(a|one|two|three|four|five|six|few|couple of|\d+) (days?|nights?|weeks?|fortnight|months?)( \w+)? (in|at|away|off|abroad)\b"
)


def read(t: str) -> tuple[str, str] | None:
    """``("emergency", reason)`` when ``t`` (normalised, lower-case) reads as danger to the caller's
    own life (see the module docstring), else None."""
    said = urgency_selfharm_said.read(t)
    if said:
        return said
    if re.search(_MEANS_DESCRIBED, t):
        return "emergency", "self-harm: the means described"
    if re.search(_PLAN, t) or re.search(_PURPOSE, t):
        return "emergency", "self-harm: a plan"
    if re.search(_OVER_THE_EDGE, t):
        return "emergency", "self-harm: over the railing at a height"
    if re.search(_FAREWELL, t) and re.search(_CLIMBING_OVER, t):
        return "emergency", "self-harm: saying goodbye while climbing over a barrier"
    if re.search(_HIGH_PLACE, t) and re.search(_JUMP_SAID, t):
        return "emergency", "self-harm: a jump threatened from a height"
    if re.search(_CLIMBING_OVER, t) and re.search(_JUMP_CLOSING, t):
        return "emergency", "self-harm: over a barrier, a jump threatened"
    if re.search(_NOT_ALIVE, t) and not re.search(_DELAY_FIGURE, t):
        return "emergency", "self-harm: not alive to see it through"
    ordinary = _ORDINARY_ABSENCE.search(t)
    into_deep = re.search(_INTO_THE_DEEP, t)
    # (told as done, only hopelessness beside it makes it a plan: s49urg, blind48 "a woman's just walked into the
    # lake fully clothed, she's been saying she doesn't want to be here any more"; "we walked into the sea today" is a swim)
    if into_deep and (
        (
            not into_deep.group("past")
            and re.search(rf"\b{_THE_END}\b|\bnow\b", t[into_deep.end() : into_deep.end() + 20])
        )
        or (not ordinary and any(k == "hopelessness" and rx(p).search(t) for k, _s, p in _CUES))
    ):
        # (a boat is leisure for a walk into the sea, not for going over its side)
        leisure = r"\b(dip|swim(ming)? (club|session|lesson)|charity|paddle ?board|wetsuit|surf\w*|for a swim|to swim|snorkel\w*|dive|diving)\b"
        if not re.search(leisure, t) and (
            re.search(r"\b(over the side|overboard)\b", into_deep.group(0)) or not re.search(r"\b(boat|kayak)\b", t)
        ):
            return "emergency", "self-harm: walking into deep water"
    if re.search(_AT_THE_WATER_TO_WALK_IN, t) and not re.search(
        r"\b(dip|swim(ming)? (club|session|lesson)|wetsuit|paddle ?board)\b", t
    ):
        return "emergency", "self-harm: at the water's edge, about to walk in"
    lem = lemmatised(t)
    kinds = {
        (kind, strong)
        for kind, strong, pattern in _CUES
        if (rx(pattern).search(t) or rx(pattern).search(lem)) and not (ordinary and kind in _ABSENCE_KINDS)
    }
    strong = sum(1 for _k, s in kinds if s)
    # an absence told as not existing beside a plan of the caller's own, with no ordinary reason to be
    # away ("I won't be around by then, I've got it all planned"): Samaritans and NHS name a plan and a
    # time as the gravest signs; the two weak cues alone are not a customer's goodbye
    if not ordinary and {"an absence told as not existing", "a decision"} <= {k for k, _s in kinds}:
        return "emergency", "self-harm: an absence with a plan made"
    # two different strong cues of one kind ("done with everything ... made my peace") count as two
    said = {m.group(0) for kind, is_strong, pattern in _CUES if is_strong for m in rx(pattern).finditer(t)}
    if len(said) >= 2 and not ordinary:
        return "emergency", "self-harm: two strong cues"
    high = re.search(_HIGH_PLACE, t)
    if (strong and (len(kinds) >= 2 or high)) or (high and len(kinds) >= 2):
        return "emergency", "self-harm: a strong cue with a second cue"
    if len(kinds) >= 3 and sum(1 for k, _s in kinds if k in _CHURN_KINDS) <= len(kinds) - 2:
        return "emergency", "self-harm: several cues of different kinds"
    return None


def means_asked(whole: str) -> tuple[str, str] | None:
    """``("emergency", reason)`` when the whole line ``whole`` (normalised, lower-case, nothing set
    aside) asks for the means by what it must bear ("rope that'll hold a person's weight") and gives
    a cue of another kind ("I want it over quickly"), else None. Read on the whole line because a
    shopping question ("do you sell ...?") is otherwise set aside as goods named (blind18)."""
    asked = next(p for kind, _s, p in _CUES if kind == "means asked for")
    if not rx(asked).search(whole):
        return None
    others = {kind for kind, _s, p in _CUES if kind != "means asked for" and rx(p).search(whole)}
    return ("emergency", "self-harm: the means asked for, with a second cue") if others else None
