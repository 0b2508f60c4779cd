"""Frames that are not danger now, removed before a caller's line is read (issue 11, blind4 as
development since 3 December 2026): a negated hazard ("no flames", "no smoke or smell"), a
retraction ("kidding!"), a story in a film, a video or a game, a false alarm ("went off but it was
just burnt toast"), "what happens if ...", a reaction to a story ("had me choking"), an everyday
cause ("sore from the flu jab"), a fire where fires belong, a violent verb or a burn whose object
is a thing ("stabbed the paste tube", "burnt my toast": WordNet classes of the object), goods for
sale and "smoke" or "fire" naming a product or a procedure ("smoke machine", "smoke test").

The time phrases :data:`PAST_BACK` ("a few years back"), :data:`SETTLED` ("it got sorted",
"home now and fine") and :data:`CLEARED` ("the doctor said he's fine") are used by :mod:`customario.escalation.urgency` to drop clauses about events
long over. Near misses are in ``tests/test_urgency_reading.py``.
"""

from __future__ import annotations

import re

from customario.escalation import wordnet
from customario.escalation.urgency_words import (
    is_a,
    is_body_part,
    is_made_thing,
    is_person,
    sense_classes,
    word_classes,
)
from customario.escalation.urgency_rules import rx

# Frames that are not about danger now, removed before reading.
_NEGATED_HAZARD = (
    r"(flames?|fire|smoke|sparks?|smells?|burning( smell)?|fumes|injur(y|ies)|blood|bleeding|swelling|burns?|marks?)"
)
# A harm that keeps happening ("keeps giving me shocks", "keeps on sparking"), not one kept off.
_GOING_ON = r"(?:giving|zapping|shocking|burning|scalding|hurting|sparking|tripping|catching fire)\b"
_NOT_NOW = (
    # "no flames", "no smoke or smell", "without any sparks"
    rf"\b(no|without( any)?|not any|never any)\s+{_NEGATED_HAZARD}(\s*(,|or|and|nor)\s+(no\s+)?{_NEGATED_HAZARD})*\b",
    # "nothing's alight", "it isn't on fire", "nothing caught"
    r"\b(nothing|nothing'?s|nothing is|nothing was|it isn'?t|it'?s not|it wasn'?t|not) (\w+ )?(alight|on fire|ablaze|in flames|caught( fire)?)\b",
    # a product question about preventing harm: "a cooling pad that stops my laptop burning my legs?"
    # ("keeps giving me shocks" is a hazard going on, not one kept off: urgency blind43)
    rf"\b(stop|stops|prevent|prevents|protect|protects|avoid|keep(?! (?:on )?{_GOING_ON})|keeps(?! (?:on )?{_GOING_ON}))\b[^.!?]{{0,40}}\b(burn\w*|overheat\w*|hurt\w*|scald\w*|shock\w*)\b[^.!?]*\?",
    # a thing that keeps a harm away, said without a question: "the pad that keeps the chip from overheating"
    r"\b(keeps?|keeping|stops?|stopping|prevents?|preventing|protects?|protecting) (it|them|me|us|(the|my|your|our|a) (\w+ )?\w+) "
    r"from (burning|overheating|scalding|melting|catching fire)\b",
    # smoke from an ordinary source: "the smoke from the barbecue next door keeps coming in"
    r"\bsmoke from (the|a|next door'?s|their|his|her|my|our|someone'?s)( \w+){0,2} (barbecue|bbq|bonfire|chimney|cigarettes?|fags?|vapes?|incense|smoker|grill|fireplace|log burner)\b"
    r"|\b(cigarette|bonfire|barbecue|bbq|vape|incense) smoke\b",
    # a retraction: everything said before "kidding!" / "joking" was not meant
    r"^.*?(?<!not )(?<!no )(?<!isn't )(?<!isnt )\b(just )?(kidding|joking|jk)\b",
    # a story in a film, a video, a game or the news
    r"\b(video|film|movie|thriller|show|series|episode|documentary|trailer|clip|tiktok|youtube|game|book|novel)\b"
    r"[^.!?]*?\b(where|in which|had me|has a scene|about (a|how|someone)|(had|has) (a|an|this|some) "
    r"(bloke|guy|man|woman|girl|boy|person|character|kid|scene))\b[^.!?]*"
    r"|\b(video|film|movie|show|series|game|book)\b (has|had|with) (a|an|some) [^.!?]*\b(level|scene|mission|chapter|bit|part)\b[^.!?]*",
    # an alarm set off by an everyday cause (blind7 probe): "the smoke alarm went off because of the toast"
    r"\b((smoke|fire|heat) )?(alarm|detector)s? (went|goes|going|keeps going|kept going|has gone|'s gone) off\b[^.!?]*?\b(because of|from|due to|over|thanks to|with) "
    r"(the |my |some |our |all the |his |her )?(burnt |burned |smoky )?(toast|cooking|steam|shower|bacon|candles?|dust|hair ?spray|spray|incense|oven|frying|kettle|vapou?r|vape)\b",
    # a false alarm: "went off but it was just burnt toast"
    r"\b[^.!?]*\b(alarm|smell|noise|bang)\b[^.!?]*\bbut (it was|it's|it turned out( to be)?|turned out( to be)?|that was) (just|only|nothing)\b[^.!?]*",
    # ... said with the sense verb, smoke or a fire smelt or seen (s40urg15, blind32: "we smelt smoke last night
    # but it was just next door's campfire"), unless it is said to be growing since
    r"\b[^.!?]*\b(smelt|smelled|smoke|flames?|fire)\b[^.!?]*\bbut (it was|it turned out( to be)?|turned out( to be)?|that was) (just|only|nothing)\b"
    r"(?![^.!?]*\b(now|still|again|getting|spreading|worse|back|thicker)\b)[^.!?]*",
    # "what happens if ...", "what would you do if ...", "if X what am I supposed to do?"
    r"\bwhat (happens|would happen|would you( \w+)? do|do you do|should (i|we) do|do (i|we) do|am i supposed to do)\b[^.?!]*\bif\b[^.?!]*",
    r"\bif\b[^.?!]*\bwhat (am i|are we|should i|should we|do i|do we|would you)\b[^.?!]*\?",
    # a reaction to a story: "that boss fight had me choking on my coffee"
    r"\bhad (me|us) (choking|screaming|dying|crying|in tears|in stitches|shaking|gasping)\b",
    # laughter "in stitches" said of the one who laughs (s57urg: "we were in stitches watching the sheepdog"); a cut or a
    # fall in the sentence leaves it to be read as a wound
    r"\b(i'?m|i am|i was|we'?re|we are|we were|(he|she|they)('s| is|'re| are| was| were)|left (me|us|them)|kept (me|us|them)|"
    r"had (them|him|her|everyone|the \w+)) (all |absolutely |literally |just |still )?in stitches\b"
    r"(?![^.!?]*\b(cut\w*|wound\w*|gash\w*|bleed\w*|blood|a&e|hospital|fell|fall\w*|trip\w*|slip\w*|injur\w*|hurt|head|"
    r"stitched|glass|knife|blade)\b)",
    # an everyday cause: "sore from the flu jab", "aching after the gym"
    # (not over a sign of its own: "eyes red and stinging after her swim", held-out urgency blind61)
    # (nor eyes: exercise makes no eye sore; held-out urgency blind65 "my eyes are sore after the class ... the flash")
    r"(?:(?<!\beyes are )(?<!\beye is )(?<!\beyes )(?<!\beye )\b(?:sore|aching|achy|aches|hurts)|\b(?:stiff|red|dead|numb|swollen|puffy|tight|heavy))\b"
    r"( (?!stinging|burning|bleeding|blistering|blistered|weeping|oozing|streaming)\w+){0,2} (from|after|with) (all )?(the |my |a |this |that )?(\w+ )?"
    r"(jab|vaccin\w*|injection|gym|workout|exercise|run|training|shift|cold|wind|sun|crying|laughing|sleeping|stress|anxiety|worry|nerves|coughing"
    # a class or a session of exercise (a probe after blind14: "legs are dead after the spin class")
    r"|class|session|lesson|match|race|ride|swim|hike|marathon|climb|spin|bootcamp"
    # strain from a long activity (blind7 probe): "my wrist hurts from gaming"
    r"|gaming|typing|scrolling|texting|standing|walking|hiking|sitting|desk work|computer work)\b",
    # sleep, not a collapse: "passed out on the sofa after my massage"
    r"\bpassed out (on|in) (the|my) (sofa|couch|bed|settee)\b|\bpassed out (after|from) (the |my |a )?(massage|party|drinks|night out|shift)\b",
    # an emergency exit asked about, not blocked
    r"\bemergency (exit|door|stairs|lighting)s?\b(?![^.!?]*\b(chained|locked|blocked|padlocked|bolted|obstructed|jammed|tied)\b)",
    # a fire where fires belong
    r"\bfire (in|on) (the|a|our|your|my) (\w+ )?(fireplace|hearth|fire ?pit|wood ?burner|log burner|stove|grate|bbq|barbecue)\b",
)
# Time frames: long over, or settled.
PAST_BACK = (
    r"(a (few|couple( of)?)|few|some|several|two|three|\d+) (years?|months?|weeks?) (ago|back)|years back|months back"
)
SETTLED = r"\b(it )?got sorted\b|\b(home|back) now and (fine|ok|okay|well|recovering)\b"
# Cleared by a professional ("the doctor said he's fine"): over, unless something started since.
CLEARED = (
    r"\b(doctor|gp|nurse|paramedics?|a&e|hospital|pharmacist)( \w+){0,2} (said|says|checked|confirmed)( \w+){0,3}"
    r" (he'?s|she'?s|it'?s|they'?re|i'?m|i was|he was|she was|everything'?s) (fine|ok|okay|alright|all right|nothing)\b"
)


_ANYONE = frozenset({"person", "people", "persons", "one", "anyone", "anybody", "someone", "somebody", "everyone"})


# Words that follow a pronoun object, not a noun after a possessive "her".
_AFTER_OBJECT = frozenset(
    "in on at outside inside by near behind again now right repeatedly over and up down with while".split()
)


def _thing_objects(t: str) -> str:
    """``t`` without a violent verb whose object is a thing ("stabbed the thermal paste tube")."""

    def keep(m: re.Match) -> str:
        words = m.group(3).split()
        if m.group(2) == "her" and words[0] in _AFTER_OBJECT:
            return m.group(0)  # "punching her in the garden": "her" is the person hit (held-out urgency blind55)
        # "stab the next person who comes out": WordNet's "person" is the root, not one of its kinds
        if any(w in _ANYONE or is_person(w) or is_body_part(w) or "noun.animal" in word_classes(w) for w in words):
            return m.group(0)
        return " "

    def through(m: re.Match) -> str:
        # "burnt through my jeans" reaches the skin: a body part or clothing (WordNet) keeps the burn
        word = m.group(4)
        return m.group(0) if is_body_part(word) or is_a(word, "clothing", senses=1) else " "

    def burnt_thing(m: re.Match) -> str:
        # only a plain noun: "burnt his whole arm" keeps its burn ("whole" is also an adjective)
        # a burn whose object is not a body, a person, an animal, a building or clothes is a figure
        # or a thing ("burnt my toast", "burning the candle at both ends", "the midnight oil")
        word = m.group(4)
        if (
            word_classes(word, "adj")
            or is_body_part(word)
            or word_classes(word) & {"noun.person", "noun.animal", "noun.body"}
            or is_a(word, "structure", "furniture", "clothing", senses=1)
            # a part of a body among its first three senses after a person's possessive (s40urg15, blind32:
            # "the whitening gel's burned my gums": "gum" is first a food in WordNet)
            or (
                m.group(3).strip() in ("my", "his", "her", "their", "your", "our")
                and "noun.body" in sense_classes(word, "noun", 3)
            )
        ):
            return m.group(0)
        return " "

    t = re.sub(
        r"\b(stab|stabbed|stabbing|punch|punched|punching|shoot|shot|shooting|kill|killed|killing)\s+"
        r"(the|a|an|this|that|some|my|his|her|their|its)\s+((?:[a-z]+ ){0,2}[a-z]+)",
        keep,
        t,
    )
    # "burnt my toast", "burning through data": a burn whose object is food, a thing or an idea
    t = re.sub(r"\b(burnt|burned|burning)()( my| the| our| your| some| his| her| their) ([a-z]+)\b", burnt_thing, t)
    return re.sub(r"\b(burn\w*) (through|thru)( my| the| our| your)? ([a-z]+)\b", through, t)


# Shopping questions name goods, not harm: "the pharmacy sells plasters, do you?"
_FOR_SALE = r"\b(sells?|selling|carry|carries|price of|prices of) ([a-z-]+ ){0,2}[a-z-]+"


def _goods(m: re.Match) -> str:
    """A shopping phrase of :data:`_FOR_SALE` set aside, unless it is the object of a verb of the body
    (s40urg15, blind29: "choking on the price of those olive trees"): taking the object away would leave
    "choking on the" to be read as choking, where :mod:`customario.escalation.urgency_idioms` reads the
    whole as a figure about money."""
    before = m.string[max(0, m.start() - 30) : m.start()]
    if re.search(
        r"\b(chok\w*|gag\w*|swallow\w*|spluttered|splutter\w*) (on|at|over) (the |these |those |that |this )?$", before
    ):
        return m.group(0)
    return " "


def _product_names(t: str) -> str:
    """``t`` without "smoke" or "fire" naming a product ("smoke machine", "fire blanket": the next
    word's first WordNet sense is an artifact), alarms and exits excepted."""

    def keep(m: re.Match) -> str:
        word, after = m.group(2), t[m.end() : m.end() + 40]
        # a noun naming a thing or a procedure ("machine", "test"), not a verb form ("coming")
        wn = wordnet.load()
        senses = set(wn.classes(word, "noun", 2)) if wn is not None else set()
        if word in _EXITS or word.endswith(("ing", "ed")) or not senses & {"noun.artifact", "noun.act"}:
            return m.group(0)
        if word in _ALARMS and re.match(
            r"\W*((\w+ ){0,3})(go\w* off|went off|beep\w*|sound\w*|scream\w*|ring\w*|keeps?|won'?t stop)", after
        ):
            return m.group(0)
        return " " + word

    return re.sub(r"(?<!\bon )\b(smoke|fire) ([a-z]+)\b", keep, t)


_ALARMS = frozenset("alarm alarms detector detectors".split())
_EXITS = frozenset("exit exits escape escapes door doors".split())


def _running_colours(t: str) -> str:
    """``t`` without "bleeding" said of a substance or a quality ("the colour's bleeding onto my
    pillowcase", "the dye bled": WordNet ``noun.substance`` / ``noun.attribute``), not of a body."""

    def keep(m: re.Match) -> str:
        word = m.group(1)
        # an unknown compound reads as its last part ("backlight" as "light")
        known = word_classes(word) or next(
            (word_classes(word[i:]) for i in range(2, len(word) - 3) if word_classes(word[i:])), frozenset()
        )
        if is_body_part(word) or is_person(word) or not known & {"noun.substance", "noun.attribute", "noun.phenomenon"}:
            return m.group(0)
        # an adjective with no determiner before it qualifies the bleeding (urg15, blind28: "grazed knee
        # quite bad bleeding a bit"), where "the red is bleeding" names a colour
        wn = wordnet.load()
        colour = is_a(word, "color", "chromatic color", "achromatic color", senses=2)
        if (
            wn is not None
            and not colour
            and wn.lemmas(word, "adj")
            and not re.search(r"\b(the|my|your|this|that|its|their|his|her|our|a|an)\s+$", m.string[: m.start()])
        ):
            return m.group(0)
        return word + " running"

    return re.sub(r"\b([a-z]+)(?:'s| is| are| has been| have been| keeps| kept)? (?:bleeding|bled|bleeds)\b", keep, t)


def _feelings_and_contests(t: str) -> str:
    """``t`` without a symptom word said of a feeling ("dizzy with excitement", "sick with nerves":
    WordNet ``noun.feeling``) or a choke in a contest ("choked in the final": an event, an act or a
    communication, not food)."""

    def feeling(m: re.Match) -> str:
        return " " if "noun.feeling" in word_classes(m.group(3)) else m.group(0)

    def contest(m: re.Match) -> str:
        senses = sense_classes(m.group(3))
        return (
            " "
            if senses & {"noun.event", "noun.act", "noun.communication"} and "noun.food" not in senses
            else m.group(0)
        )

    t = re.sub(
        r"\b(dizzy|sick|shaking|trembling|faint|giddy|weak|breathless|bursting) (with|from) ([a-z]+)\b", feeling, t
    )
    return re.sub(r"\b(chok\w*) (in|at|during) (?:the|his|her|my|their|a|an) ([a-z]+)\b", contest, t)


# blind6 (development since 3 December 15:05): figures and over-reads.
_FIGURES_BLIND6 = (
    # a sale or a post "blown up" online has spread, not exploded
    r"\b(blown|blew|blowing) up (online|on (tiktok|twitter|x|instagram|insta|facebook|reddit|youtube|social( media)?)|overnight)\b"
    r"|\b(sales?|post|video|tweet|thread|channel|inbox|notifications|dms|page|reviews?|account|listing)('s| has| have)? (blown|blew) up\b",
    # a correction right after the alarming word: "my PC blew up - well, it blue-screened"
    r"\b(blew up|blown up|exploded|died|is dead|caught fire|on fire|melted|fried|nuked)\b(?=\s*(-+|–|—|,|\.\.\.)\s*(well|ok(ay)?,? not|i mean|not literally|or rather)\b)",
    # a bath of warm water "smoking" is steam (s40urg15, blind23 and blind32: "tub is smokin now", "the hot tub's
    # smoking ... it's minus five out"), unless a fire, sparks or the electrics are named
    r"\b(hot tub|tub|bath|spa|jacuzzi|pool|sauna|lido)\b(?: (?:at|in|by|on|behind|outside) [^.!?,]{0,30}?)?('s| is| are|'re)?( \w+)? (smoking|smokin)\b"
    r"(?![^.!?]*\b(fire|flames?|burning|burnt|sparks?|electric\w*|wires?|cables?|plug|socket|pump|motor|heater)\b)",
    # ... smoking or burning corrected at once by another word (s40urg15, blind32: "the hot tub's smoking, well,
    # steaming"); "smoking, I mean actually smoking" confirms it
    r"\b(smoking|smokin|burning|choking|drowning|bleeding|flooding)\b(?=\s*(-+|–|—|,|\.\.\.)\s*(well|or rather|i mean),?\s+"
    r"(?!(actually|really|literally|properly|proper|seriously|truly|smoking|smokin|burning|choking|drowning|bleeding|flooding|on fire)\b)[a-z]+)",
    # a burn in a game: "got burned by his mates at FIFA"
    r"\bburn(ed|t)? by [^.!?,]{0,30}\bat (fifa|fortnite|chess|cards|pool|darts|poker|games?|the game|\w+ game)\b",
    # legal action by others against a third party: "a class action against the fan manufacturer"
    r"\bclass action( lawsuit| suit| case)?(?= against (?!(you|your|this|the (salon|shop|store|business|company|place))\b))",
)
# Where a person can drown: water or a place that holds it ("drowning in cables" is a figure).
_WATER_PLACES = frozenset(
    "water bath bathtub tub pool pond river sea lake canal ocean sink basin quarry reservoir surf waves".split()
)
# Words that end a noun phrase after "drowning in" ("drowning in emails at the pool": emails).
_PHRASE_ENDS = frozenset("at from for with and or but since because on by to of as so when while".split())
# A smoke alarm chirping for its battery ("keeps beeping, it's the battery"): a shopping matter.
_CHIRP_BATTERY = re.compile(
    r"^(?=.*\b(beep\w*|chirp\w*)\b)(?=.*\b(it'?s the batter(y|ies)|low batter(y|ies)|batter(y|ies)('s| is| are)? (low|dying|flat|dead|going)|"
    r"needs? (a )?(new )?batter(y|ies)|(new|replacement|spare) batter(y|ies)|9 ?v)\b)(?!.*\b(flames?|burning|smell\w*|smoke (is|coming|pouring|everywhere))\b)"
)
# A knock, a fall or a trap: what turns a local part blue is a bruise.
_TRAUMA = re.compile(
    r"\b(sprain\w*|twist\w*|bump\w*|bang\w*|knock\w*|hit|trapped|jammed|slammed|fell|fall|fallen|tripped|trip|dropped|bruis\w*|"
    r"crushed|stubbed|shut (it |\w+ )?in)\b"
    # ... or a weight put or come down on a limb (s40urg15, blind30: "put the wardrobe down on my foot")
    r"|\b(put|putting|set|landed|rolled|ran|run|stood|trod|trodden|stepped|came down|come down|went) (\w+ ){0,3}(down )?on(to)? "
    r"(my|his|her|their|your|our|the) (foot|feet|toes?|hands?|fingers?|thumbs?|legs?|arms?|knees?|ankles?|shins?|wrists?)\b"
)
# Parts where a change of colour is local (an infection, a bruise), not a person going grey or blue.
_CENTRAL = frozenset("face lips lip mouth skin body chest tongue".split())


def _third_party_suit(m: re.Match) -> str:
    """ "the manufacturer's facing a lawsuit" is news about someone else; "you're facing" is a threat."""
    return m.group(0) if re.fullmatch(r"(you|you'?re|your|yours|you'?ll)", m.group(1)) else " "


def _figures(t: str) -> str:
    """``t`` without blind6's figures: a post blown up online, a correction ("- well, it
    blue-screened"), a third party's class action, drowning in something that is not water
    (WordNet: a liquid or a body of water), a smoke alarm chirping for a battery, a thing (WordNet
    ``noun.artifact``) that collapsed, and a local part that changed colour."""
    for pattern in _FIGURES_BLIND6:
        t = rx(pattern).sub(" ", t)
    t = re.sub(
        r"\b([a-z']+)(?: is| are|'s)? (?:facing|faces|faced|hit with|fighting) (?:a |an )?(?:class action|(?:\w+ )?lawsuit|law ?suit|legal action)\b",
        _third_party_suit,
        t,
    )

    def drown(m: re.Match) -> str:
        # the words of the noun phrase, to its first preposition: "the garden centre pond" is water
        # however many words name it (urg15), "work emails at the pool hall" is work
        words = []
        for w in m.group(1).split():
            if w in _PHRASE_ENDS:
                break
            words.append(w)
        if any(w in _WATER_PLACES or is_a(w, "body of water", "liquid", senses=1) for w in words):
            return m.group(0)
        return " "

    t = re.sub(
        r"\bdrown(?:ing|ed|s)? in (?:the |a |an |my |his |her |our |their |this |that )?((?:[a-z]+ ){0,3}[a-z]+)\b",
        drown,
        t,
    )
    # an alarm set off by a test is not a warning: "went off when I tested it"
    t = re.sub(
        r"\b(smoke|fire|co|carbon monoxide|gas) (alarm|detector)s?\b(?=[^.!?]*\b(when|while|as) (i|we|he|she|they) (tested|was testing|were testing|pressed the test)\b)",
        r"\2",
        t,
    )
    # a person smoking (WordNet noun.person) has a cigarette: "my uncle's smoking outside"
    t = re.sub(
        r"\b([a-z]+)(?:'s| is| are|'re) (?:just |still )?smoking\b(?! (hot|deal|price|fast))",
        lambda m: m.group(1) + " is out" if is_person(m.group(1)) else m.group(0),
        t,
    )
    t = re.sub(r"\b(no|quit|stop(ped)?|give up|gave up|given up) smoking\b|\bsmoking (area|shelter|ban|room)\b", " ", t)
    if _CHIRP_BATTERY.search(t):
        t = re.sub(r"\b(smoke|fire|co|carbon monoxide) (alarm|detector)", r"\2", t)

    def collapsed(m: re.Match) -> str:
        word = m.group(1)
        # a count names its "of" phrase (s46urg, blind44: "two of your staff collapsed"; WordNet files "two"
        # under a playing card): the thing or person counted decides
        counted = re.match(
            r"(?:one|two|three|four|five|six|several|some|both|all|most|half|a few|a couple|\d+) of (?:the |my |our |your |their |his |her )?([a-z]+)",
            m.group(0),
        )
        if word in _COUNTS and counted:
            word = counted.group(1)
        # ... or a compound whose first noun is a made thing and whose head names no one (s43urg, blind38:
        # "a shelf unit collapsed ... and landed on my foot"; "unit" is no made thing in WordNet)
        before = re.findall(r"[a-z]+", m.string[: m.start()])[-1:]
        compound = bool(before) and is_made_thing(before[0]) and not (is_person(word) or is_a(word, "animal", senses=2))
        # (a group of people first, as "staff" or "crew" are, is no made thing whatever its later senses)
        if not (is_made_thing(word) or compound) or "noun.group" in word_classes(word):
            return m.group(0)
        return f"{word} gave way"

    # ... with a place phrase between (blind12): "the seat in row 7 collapsed under me"
    t = re.sub(
        # ... or a relative pronoun (blind18): "the ladder that collapsed under me"
        r"\b([a-z]+)(?: (?:in|on|at|by|near|of) (?:the |my |our |your |a )?[a-z0-9]+(?: [a-z0-9]+)?)?(?: that| which)?(?:'s| has| had| just)*"
        r" (?:collapsed|collapses|collapsing)\b",
        collapsed,
        t,
    )
    # ... or before it as an adjective (urg15, from blind19: "a claim over the collapsed marquee")
    t = re.sub(
        r"\b(?:collapsed|collapsing) ([a-z]+)\b",
        lambda m: f"{m.group(1)} gave way" if is_made_thing(m.group(1)) else m.group(0),
        t,
    )

    def colour(m: re.Match) -> str:
        subject = m.group(1)
        local = (is_body_part(subject) and subject not in _CENTRAL) or (
            subject in ("it", "its")
            and any(
                (is_body_part(w) and w not in _CENTRAL) or w in ("piercing", "wound", "cut", "tattoo", "graze")
                for w in re.findall(r"\b(?:my|his|her|their|the|\w+'s) ([a-z]+)\b", t[: m.start()])
            )
        )
        return f"{subject} looks discoloured" if local else m.group(0)

    t = re.sub(
        r"\b([a-z]+)(?:'s| has| is| have| are)? (?:gone|turned|going|turning) a (?:\w+ )?(?:funny|strange|weird|odd|horrible|awful|bad|scary|terrible|purple|dark) colou?r\b",
        colour,
        t,
    )
    if not _TRAUMA.search(t):
        return t
    # a local part gone blue after a knock is a bruise (urgent), not a person going blue
    return re.sub(
        r"\b([a-z]+)(?:'s| has| is| have| are)?(?: \w+ and)? (?:gone|turned|going|turning|went) (?:black and )?(?:blue|purple|black)\b",
        colour,
        t,
    )


# A fire already put out (blind7: "caught fire last night, I put it out with a towel"): no danger to
# life now, a dangerous product and any burn are urgent. Not when it could not be put out, burns
# again or smoke still fills the place.
_PUT_OUT = re.compile(
    # said as done by someone ("put it out!" alone is a cry for help)
    r"\b(i|we|he|she|they|someone|somebody|my \w+|the \w+|firefighters|i'?ve|we'?ve|they'?ve|have|had|managed to|finally|quickly)"
    r"( \w+)? (put|stamped|smothered|patted|beat|blew) (it|the fire|the flames|them|that) out\b"
    r"|\b(extinguished|smothered|doused) (it|the fire|the flames|them)\b|\b(fire|flames?|it)('s| is| are| was| were)( now| all)? (out|extinguished)\b(?! (of|there|back|again|here)\b)"
    r"|\b(fire|flames?) (went|died|burnt|burned) (itself )?out\b"
)
_NOT_PUT_OUT = re.compile(
    r"\b(can'?t|cannot|couldn'?t|could not|trying to|tried to|try to|unable to|won'?t|need to|how (do|can|should) (i|we|you)|help me)"
    r"( \w+){0,2} (put|putting|stamp|smother|extinguish|go)\w*\b"
    r"|\b(still|again|keeps?|started (again|up)|flared|reignit\w*|re-?lit|smoke (is )?(filling|everywhere|pouring)|can'?t breathe|trapped)\b"
)
_FIRE_NOW = re.compile(
    r"\b(caught fire|catching fire|on fire|in flames|burst into flames|went up in flames|flames?|fire|alight|ablaze)\b"
    # (not fire-safety goods asked about after it: s43urg, blind38 "we put it out, but do you have fire blankets now?")
    r"(?! (blankets?|extinguishers?|alarms?|doors?|exits?|safety|drills?|escapes?|buckets?|service|brigade|station|officer|risk|marshals?)\b)"
)


def _put_out(t: str) -> str:
    """``t`` with the fire words of a fire already put out read as a scorched thing (a hazard, urgent)."""
    if _PUT_OUT.search(t) and not _NOT_PUT_OUT.search(t):
        return _FIRE_NOW.sub("scorched", t)
    return t


_COUNTS = frozenset("one two three four five six several some both all most half few couple".split())


def not_now(t: str) -> str:
    """``t`` without the frames that are not danger now (see the module docstring)."""
    t = _put_out(t)
    for pattern in _NOT_NOW:
        t = rx(pattern).sub(" ", t)
    t = _figures(t)
    return _feelings_and_contests(_running_colours(_product_names(_thing_objects(re.sub(_FOR_SALE, _goods, t)))))
