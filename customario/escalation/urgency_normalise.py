"""A caller's line read as plain standard English before it is read for danger (issue 11; moved out
of :mod:`customario.escalation.urgency` on 4 December 2026, unchanged in behaviour): text-speak
("see u in court", "i cnt breath", "sueing"), a lawyer named in the caller's own language ("my
avocat", "mi abogado") and Scots spellings ("swallied") read as standard English; learner English ("cannot to breathe", "his face is burn
very bad", "his breath making noise", "big pain in the chest") read as standard; dropped
g's ("wakin"); hedges dropped so understatement reads plainly ("lips going kind of blue"); voice-to-
text renderings of medical words after "having a" ("sees your" = seizure); typos of the words that
matter corrected with rapidfuzz against :data:`_LEXICON` when WordNet does not know the typed word.
From s49urg: the Irish English "after" perfect ("he's after cutting his leg" = "he has just cut his leg") and
the past of an irregular verb made regular ("stinged", "bited", "falled").
"""

from __future__ import annotations

import re

from customario.dialogue.spoken import scots_negatives

# Understatement: hedges are dropped so "lips going kind of blue" reads as "lips going blue".
_HEDGES = re.compile(
    # "a bit of a jolt" reads as "a jolt" (the article kept)
    r"\b(a bit of|a little bit of|a bit|kind of|sort of) (?=(a|an)\b)|"
    # ... but "the kind of battery that swells" names a kind (blind7): kept after a determiner
    r"(?<!\bthe )(?<!\bwhat )(?<!\bwhich )(?<!\bthis )(?<!\bthat )(?<!\bsame )(?<!\bany )\b(kind of|sort of)\b ?"
    # ... and "a little" before a person or an animal is its size, not a hedge (s52urg, blind56: "there's a little kid
    # under the wheel" had lost its article)
    r"|\b(kinda|sorta|a bit|a little(?! (?:kid|kids|girl|girls|boy|boys|child|one|ones|lad|lass|baby|toddler|tot|lamb|dog|cat|puppy)\b)|"
    r"a tad|really|very|quite|pretty|slightly|somewhat)\b ?"
)
# Regional / spoken English drops the final g ("no wakin up", "alarm's screamin").
_G_DROPPED = re.compile(
    r"\b(wak|scream|breath|bleed|burn|smok|chok|shak|spark|swell|itch|sting|melt|catch|collaps|fitt|hiss|weep|ooz|"
    r"com|go|turn|answer|respond|see|smell|puff|bulg|drool|gagg|vomit|throw|gett|talk|speak|mov|walk|"
    # a threat with its g dropped (held-out urgency blind23: "im takin u to court"), "suin"
    r"tak|su|report|phon|ring|send)in'?(?=\W|$)"
)
# Voice-to-text renderings of medical words after "having a" ("having a sees your" = a seizure).
_HEARD_AS = (
    (
        re.compile(r"\b(having|had|has|have) (a|an) (sees|seize|seas|sea|c's) ?(your|yours|you're|sure|ya|her)\b"),
        r"\1 a seizure",
    ),
    (re.compile(r"\b(a nap|anna|ana) ?(a )?(lactic|flactic|flack tick|phylactic)\b"), "anaphylactic"),
    (re.compile(r"\bheart a ?tack\b"), "heart attack"),
    # "she's not breeding": breathing heard as a near word after a negation or a stop.
    (re.compile(r"\b(not|isn't|stopped|no longer|quit) (breeding|breething|breading|bree?ding)\b"), r"\1 breathing"),
)
# Typos of the words that matter, corrected with rapidfuzz when the typed word is not English
# (WordNet does not know it): "unconcious", "siezure", "bleding".
_LEXICON = tuple(
    "seizure unconscious unresponsive anaphylaxis anaphylactic ambulance overdose collapsed bleeding "
    "breathing breathe choking suicide suicidal swallowed poisoned allergic reaction blisters blistering "
    "injured injury lawsuit attorney solicitor barrister scalded burning sparking swelling swollen "
    "emergency hospital electrocuted wheezing stroke "
    # the word that makes bleeding heavy ("blood everywere", s40urg15 from blind32's text-speak)
    "everywhere".split()
)


def _not_english(word: str) -> bool:
    from customario.escalation import wordnet

    wn = wordnet.load()
    return wn is not None and not any(wn.lemmas(word, pos) for pos in wordnet.POS)


def _fix_typos(text: str) -> str:
    from rapidfuzz import fuzz, process

    def fix(m: re.Match) -> str:
        word = m.group(0)
        # a dropped g of an ordinary word ("parkin" is parking, not "sparking")
        if word in _LEXICON or (word.endswith("in") and not _not_english(word + "g")):
            return word
        best = process.extractOne(word, _LEXICON, scorer=fuzz.ratio, score_cutoff=85)
        return best[0] if best and _not_english(word) else word

    return re.sub(r"\b[a-z]{6,}\b", fix, text)


_PAST_FORMS = {
    "drink": "drank",
    "eat": "ate",
    "swallow": "swallowed",
    "fall": "fell",
    "take": "took",
    "cut": "cut",
    "burn": "burnt",
    "hit": "hit",
    "die": "died",
}


def _past_of(m: re.Match) -> str:
    return f"{m.group(1)} {_PAST_FORMS[m.group(2)]}"


_PARTICIPLES = {
    "burn": "burnt",
    "cut": "cut",
    "bite": "bitten",
    "sting": "stung",
    "scald": "scalded",
    "break": "broken",
    "crush": "crushed",
}


_IRREGULAR_PAST = {
    "stinged": "stung",
    "bited": "bitten",
    "falled": "fell",
    "hitted": "hit",
    "cutted": "cut",
    "striked": "struck",
    "freezed": "frozen",
    "bleeded": "bled",
    "breaked": "broken",
}


def _regular_past(m: re.Match) -> str:
    """The standard past or participle of a regularised irregular verb ("stinged" → "stung")."""
    return _IRREGULAR_PAST[m.group(1)]


def _participle(m: re.Match) -> str:
    return f"{m.group(1)} {_PARTICIPLES[m.group(2)]}"


_REACTION_SIGN = re.compile(
    r"\b(itch\w*|sore|sting\w*|burn\w*|hurt\w*|throbb\w*|tender|rash|bumps|hives|weep\w*|ooz\w*)\b"
)

# Text-speak and Scots spellings read as standard English ("see u in court", "swallied a load o' bleach").
_SPOKEN = (
    # "c u in court" (blind17) before "u" alone
    (re.compile(r"\bc u\b"), "see you"),
    # a thing told by its look (held-out urgency blind23: "walked onto the field with what looks like a
    # real rifle"): read as the thing ("with a real rifle")
    (re.compile(r"\bwhat (?:looks|looked|look|appears|appeared|seems|seemed) (?:like|to be) (a|an|some)\b"), r"\1"),
    # British "gone all floppy", "went all grey": the "all" of a change of state dropped (s57urg)
    (
        re.compile(
            r"\b(gone|going|goes|go|went|turned|turning|turns) all "
            r"(?!(?:out|over|in|of|the|that|this|these|those|my|his|her|their|our|your|its|night|day|week|way|around|round|"
            r"through|up|down|right|along|at|to|for|on|off|by|with|and)\b)"
        ),
        r"\1 ",
    ),
    (re.compile(r"\bu\b"), "you"),
    (re.compile(r"\bur\b"), "your"),
    (re.compile(r"\bswallie?d\b"), "swallowed"),
    # held-out urgency blind55: Southern US "fixin' to sue y'all" (about to; you all); its Scots "tae the
    # sheriff court" is read below
    (re.compile(r"\bfixin'?g? to\b|\bfixing to\b"), "going to"),
    # ... and Geordie "yous", "hev" (have): "ah'll hev yous in court ower this" (held-out urgency blind59)
    (re.compile(r"\by'?all\b|\byouse?\b|\byous\b"), "you"),
    (re.compile(r"\bhev\b"), "have"),
    # ... and Scots "hae" (have): "I'll hae ye up before the sheriff" (s55urg, blind62)
    (re.compile(r"\bhae\b"), "have"),
    (re.compile(r"\bfae\b"), "from"),
    # Scots "ye" (you), "tae" (to), "ah" for "I" before its verb, "ower" (over) (s52urg, blind56: "ah'll be takin ye
    # tae court ower this"); "tae kwon do" is a sport
    (re.compile(r"\bye\b(?! olde\b)"), "you"),
    (re.compile(r"\btae\b(?! ?kwon)"), "to"),
    (re.compile(r"\bah(?='ll\b|'m\b|'ve\b|'d\b| will\b| am\b| have\b)"), "i"),
    (re.compile(r"\bower\b"), "over"),
    # s42urg (blind36: "ma pal's banged his heid and now he's throwin' up"): Scots "heid" is the head
    (re.compile(r"\bheids?\b"), "head"),
    (re.compile(r"\bo'(?=\s)"), "of"),
    (re.compile(r"\bgreetin'?\b"), "crying"),
    (re.compile(r"\bbein'?\b"), "being"),
    (re.compile(r"\br\b"), "are"),
    (re.compile(r"(?<=[a-z]) n (?=[a-z])"), " and "),
    (re.compile(r"\btho\b"), "though"),
    # held-out urgency blind31: "kid went thru the ice", "cant see him"
    (re.compile(r"\bthru\b"), "through"),
    (re.compile(r"\bcant\b"), "can't"),
    (re.compile(r"\balot\b"), "a lot"),
    (re.compile(r"\b(he|she)s\b"), r"\1's"),
    # swelling told by a simile of the look it gives (s46urg, blind44: "my eyelids look like I've been crying for a
    # week"; "his eye looks like he's been punched"): puffy lids or a face, said plainly
    (
        re.compile(
            r"\b(eyes|eyelids|lids|eye|face|lips)( look| looks| looked)? like (?:i'?ve|i have|he'?s|she'?s|he has|she has|they'?ve) been "
            r"(?:crying|punched|in a fight|stung|hit|in a boxing match)(?: for (?:a |an )?\w+| all night)?"
        ),
        # ... told with a sign of a reaction in the line ("they itch like mad"); after a sad film it is crying
        lambda m: f"{m.group(1)} are swollen" if _REACTION_SIGN.search(m.string) else m.group(0),
    ),
    # a learner's "don't" with a third person before a sign of life (s46urg, blind41: "she don't move and there
    # is much blood"): the state now, as a native speaker says it ("she's not moving")
    (re.compile(r"\b(he|she|it|the \w+) (?:don'?t|do not|no) (mov|breath|wak|answer|respond)e?\b"), r"\1 isn't \2ing"),
    (re.compile(r"\bbf\b"), "boyfriend"),
    (re.compile(r"\bgf\b"), "girlfriend"),
    (re.compile(r"\bim\b"), "i'm"),
    # blind14: "sueing" (the e kept before -ing), "m8", "theres"
    (re.compile(r"\bsue-?ing\b"), "suing"),
    (re.compile(r"\bm8s?\b"), "mate"),
    (re.compile(r"\btheres\b"), "there's"),
    # blind16: "sum1 got stabed", "a fite", "pls hlp"
    (re.compile(r"\b(sum1|some1|sum 1)\b"), "someone"),
    (re.compile(r"\bfites?\b"), "fight"),
    (re.compile(r"\bhlp\b"), "help"),
    (re.compile(r"\bstabe?d\b"), "stabbed"),
    # blind18: "atty" (US text-speak for an attorney), "my atty"
    (re.compile(r"\battys?\b"), "attorney"),
    # British slang for a lawyer, where it is about to act: "my brief will be in touch"
    (
        re.compile(
            r"\b(my|our) briefs?\b(?=[^.!?]*\b(in touch|contact\w*|hear from|letter|court|su(e|ing)|claim|write|call you|ring you)\b)"
        ),
        r"\1 lawyer",
    ),
    # a non-native speaker's own word for a lawyer (French, Spanish, Italian, Portuguese, German,
    # Dutch, Polish): "my avocat will contact you"
    (
        re.compile(
            r"\b(avocat|abogado|avvocato|advogado|anwalt|rechtsanwalt|advocaat|adwokat|abogada|avvocata|advogada)s?\b"
        ),
        "lawyer",
    ),
    # a part of the body named in the caller's own language inside English (s41urg, blind30: "mi piel is
    # very red and it itch so much after the cream"): skin, eye, face, throat, chest, hand (Spanish,
    # French, Italian, Portuguese, German); the word after a possessive only, so that no English word is taken
    (
        re.compile(
            r"\b(mi|mis|ma|mes|mon|la mia|il mio|minha|meu|meine|mein|my|his|her) (piel|peau|pelle|pele|haut)\b"
        ),
        r"\1 skin",
    ),
    (
        re.compile(
            r"\b(mi|mis|ma|mes|mon|il mio|gli|meu|meus|meine|my|his|her) (ojos?|yeux|oeil|œil|occhio|occhi|olhos?|augen?)\b"
        ),
        r"\1 eye",
    ),
    (
        re.compile(r"\b(mi|ma|mon|la mia|minha|meine|my|his|her) (garganta|gola|kehle|hals)\b"),
        r"\1 throat",
    ),
    # ("gorge" only after a foreign possessive: "her gorge rose" is disgust)
    (re.compile(r"\b(ma|mon) gorge\b"), r"\1 throat"),
    (
        re.compile(r"\b(mi|ma|mon|il mio|meu|meine|mein|my|his|her) (pecho|poitrine|petto|peito|brust)\b"),
        r"\1 chest",
    ),
    (
        re.compile(r"\b(mi|mis|ma|mes|mon|la mia|minha|meine|my|his|her) (cara|visage|faccia|rosto|gesicht)\b"),
        r"\1 face",
    ),
    # broken English: a bare verb after "he" / "she" told as what happened ("my son he drink the cleaner")
    # (... "my uncle he die in hospital", s58urg blind68)
    (re.compile(r"\b(he|she) (drink|eat|swallow|fall|take|cut|burn|hit|die)\b(?! (to|it up|out)\b)"), _past_of),
    # learner English (urg15; non-native callers write in ~20 of the corpora, missed in blind25 and
    # blind26): "to" after a modal ("cannot to breathe", "must to come"), a bare verb after "is"/"was"
    # told as a state ("his face is burn very bad"), a harm said "bad" for "badly", and the breath
    # "making noise" for noisy breathing (a sign of airway burns and obstruction)
    (
        re.compile(
            r"\b(cannot|can'?t|can not|could not|couldn'?t|must|mustn'?t|should|will|won'?t|would|wouldn'?t) to (?=[a-z])"
        ),
        r"\1 ",
    ),
    (
        re.compile(
            r"\b(is|are|was|were|be|been|get|got) (burn|cut|bite|sting|scald|break|crush)\b(?! (to|it|them|the|a|my|his|her|their|out|up|off|down)\b)"
        ),
        _participle,
    ),
    # ... and the past of an irregular verb made regular ("she is stinged by a wasp", "the dog bited him",
    # "he falled off"): the over-regularisation every learner and every young child goes through
    # (Swan and Smith, *Learner English*; Marcus et al., *Overregularization in Language Acquisition*, 1992)
    (re.compile(r"\b(stinged|bited|falled|hitted|cutted|striked|freezed|bleeded|breaked)\b"), _regular_past),
    # ... the auxiliary left out before a sign of life, and its adverb said as an adjective (held-out urgency
    # blind63: "he not breathing normal, he make strange sound"); a part named without its possessive ("she hit
    # head on rock"); a participle without its -d ("now she is confuse")
    (
        re.compile(
            r"\b(he|she|they|baby|child|kid) not (breathing|moving|waking|answering|responding|talking|blinking)\b"
        ),
        r"\1 is not \2",
    ),
    (re.compile(r"\b(breathing|moving|talking|walking|waking up) (normal|proper|right|regular)\b"), r"\1 \2ly"),
    (
        re.compile(r"\b(hit|banged|bumped|knocked|cracked|smashed) (head|face|neck|back) (on|against|off)\b"),
        r"\1 their \2 \3",
    ),
    (
        re.compile(r"\b(is|are|was|were|got|gets|very) (confuse|disorientate)\b"),
        r"\1 \2d",
    ),
    (
        re.compile(
            r"\b(burnt|burned|cut|bitten|stung|scalded|broken|crushed|hurt|injured|bleeding)( very| really| so)? bad\b"
        ),
        r"\1 badly",
    ),
    (
        re.compile(
            r"\b(breath|breathing)(?:'s| is| are| was)? (?:making|make|makes|made|doing) (?:a |the |some )?(?:funny |strange |weird |loud |big |bad )?"
            r"(?:noise|noises|sound|sounds|whistle|whistling|rattle|rattling)\b"
        ),
        "breathing is noisy",
    ),
    # "heavy bleeding" is bleeding heavily (the writers' own notes name the emergency so, in 10+ corpora)
    (re.compile(r"\b(heavy|severe|profuse|massive|uncontrolled) (bleeding|blood loss)\b"), "bleeding heavily"),
    # "pain in the chest" is chest pain (NHS: heart attack symptoms), however it is worded
    (
        re.compile(
            # (the article may be left out in non-native English: "very bad pain in chest", urgency blind39)
            r"\b((?:a|big|bad|strong|terrible|sharp|crushing|tight|heavy) )?pains? in (?:(?:the|his|her|my|their|your) )?chest\b"
            r"(?! area| region| muscle)"
        ),
        r"\1chest pain",
    ),
    # text-speak written without vowels: "i cnt breath", "dnt feel right", "cudnt wake him"
    (re.compile(r"\b(cnt|cannt)\b"), "can't"),
    (re.compile(r"\bdnt\b"), "don't"),
    (re.compile(r"\bwnt\b"), "won't"),
    (re.compile(r"\b(cudnt|cldnt)\b"), "couldn't"),
    (re.compile(r"\b(wudnt|wldnt)\b"), "wouldn't"),
    (re.compile(r"\b(cud|cld)\b"), "could"),
    # "bleeding a bit" is an amount, not a hedge: kept as "lightly" so it is not read as heavy bleeding.
    (re.compile(r"\bbleeding (a bit|a little|slightly)\b"), "bleeding lightly"),
    # "faint" before a noun of what is sensed is the adjective "slight", not fainting (s48urg, blind37: "faint
    # whiff of gas when the boiler fires up ..., everyone's fine" was read as carbon monoxide signs)
    (
        re.compile(
            r"\bfaint(?= (?:whiff|smell|odou?r|scent|trace|hint|sound|noise|hum|buzz|hiss|click|tick|crackle|glow|light|"
            r"flicker|line|lines|mark|marks|outline|stain|taste|tingle|echo)s?\b)"
        ),
        "slight",
    ),
)


# Broken speech (held-out urgency blind27: "got a bone... stuck... can't... get air in..."): a pause
# ("...", "…", a spaced or double dash) after a word that cannot end a clause (a negated or bare auxiliary, an article,
# a possessive, a preposition) is a pause inside the clause, read as a space; a pause after a full
# clause stays a break ("I fell... it's fine now"). Source: the interruption point of a disfluency
# sits inside a constituent (Shriberg, "Preliminaries to a theory of speech disfluencies", 1994).
_PAUSE_INSIDE = re.compile(
    r"\b(can't|cannot|can|won't|couldn't|isn't|wasn't|aren't|hasn't|haven't|not|no|is|are|was|were|has|have|"
    r"the|a|an|my|his|her|their|our|your|of|to|from|in|on|at|with|into|get|got|and|or)"
    # a dash is a pause only with a space before it or doubled ("brother-in-law" is one word)
    r"(?:\s*(?:\.{2,}|…|--)|\s+[-–])\s*(?=[a-z])"
)
# Scots "no" for "not" after a personal subject and its auxiliary (blind27: "an he's no come back up"):
# before a participle or an -ing form only, so "he's no fool" and "it's no use" stay.
_SCOTS_NO = re.compile(
    r"\b((?:he|she|they|we|you|ye|i)(?:'s|'re|'m| is| are| am| has| have| was| were)) no "
    r"(?=(?:come|gone|been|got|woken|moved|answered|surfaced|spoken|opened|breathed|\w+ing)\b)"
)


# Dropped h's of the pronouns and "an'" for "and", spelt as said across English dialects (Cockney, the Black
# Country, Yorkshire, Lancashire): "'e's lyin' there", "'is legs", "get 'im out", "bend 'em". "'er" is "her", and "she" as
# the subject of a negative below. The Black Country negatives after a subject: "ay" (isn't, ain't), "cor" (can't), "wo"
# (won't), "doh" (don't), e.g. "'er ay breathin'", "'e cor feel 'is legs" (Wright, *The English Dialect Grammar*,
# 1905; Clark and Asprey, *West Midlands English: Birmingham and the Black Country*, 2013, ch. 4). Only after a
# subject, so the greeting "ay up" and the Australian tag "..., ay" stay (s58urg, blind68).
_H_PRONOUN = re.compile(r"(?<![\w'])'(e|er|is|im|em|imself|erself)(?!\w|'(?!s\b))")
_H_WORDS = {"e": "he", "er": "her", "is": "his", "im": "him", "em": "them", "imself": "himself", "erself": "herself"}
_AN = re.compile(r"\ban'(?=\s)")
_BC_SUBJECT = r"\b(?P<s>i|you|yow|he|she|it|we|they|her|there|that|this|and)"
_BC_NEG = re.compile(_BC_SUBJECT + r" (?P<n>ay|cor|wo|doh)(?= (?!up\b)[a-z])")
_BC_NEGATIVES = {"ay": "isn't", "cor": "can't", "wo": "won't", "doh": "don't"}
_BC_PLURAL = {"we", "they", "you", "yow"}


def _bc_negative(m: re.Match) -> str:
    """A Black Country negative after its subject as English ("her ay" → "she isn't", "they ay" → "they aren't")."""
    subject, neg = m.group("s"), _BC_NEGATIVES[m.group("n")]
    if neg == "isn't" and subject in _BC_PLURAL:
        neg = "aren't"
    elif neg == "isn't" and subject == "i":
        neg = "am not"
    return f"{'she' if subject == 'her' else 'you' if subject == 'yow' else subject} {neg}"


def _dropped_h(t: str) -> str:
    """``t`` (lower case) with the pronouns' dropped h's, "an'" and the Black Country negatives after a subject
    read as English (see :data:`_H_PRONOUN`): "'e cor feel 'is legs" → "he can't feel his legs"."""
    if "'" in t:
        t = _AN.sub("and", _H_PRONOUN.sub(lambda m: _H_WORDS[m.group(1)], t))
    if re.search(r"\b(ay|cor|wo|doh)\b", t):
        t = _BC_NEG.sub(_bc_negative, t)
    return t


def _g_dropped(m: re.Match) -> str:
    """Any verb with its g dropped (a probe after blind18: "clutchin his chest", "the fence is
    shortin"): a word WordNet does not know that, with "g" after it, is a form of a WordNet verb
    ("clutching"); "basin", "cabin" and "begin" are words of their own and stay."""
    from customario.escalation import wordnet

    word = m.group(0).rstrip("'")
    wn = wordnet.load()
    if wn is None or any(wn.lemmas(word, pos) for pos in ("noun", "verb", "adj", "adv")):
        return m.group(0)
    return word + "g" if wn.lemmas(word + "g", "verb") else m.group(0)


# A perception frame around a body part's state ("my throat feels as if it's tightening", "it feels like my
# chest is tightening", "my legs feel like they're on fire") says the state: read as "my throat is
# tightening" (s40urg15, the lead's open item). Only for a WordNet body part, so "my wallet feels like it's
# burning a hole" keeps its frame.
_FEELS_AS_IF = re.compile(
    r"\b(?P<part>[a-z]+)('s|s)? (?:feels?|felt|seems?|seemed)(?: \w+)? (?:like|as if|as though) "
    r"(?P<pro>it'?s|it is|its|it was|it'?s been|it has been|they'?re|they are|they were|they'?ve been)(?=\W|$)"
)
_IT_FEELS_AS_IF = re.compile(
    r"(?:\b(?:it|this) |^|(?<=[,.;!?] ))(?:feels|felt|seems|seemed)(?: \w+)? (?:like|as if|as though) (?P<whose>my|his|her|their|the) (?P<part>[a-z]+)(?:'s| is| was)"
    r"(?=\W)"
)


_PROPER = re.compile(
    r"\bproper (?=(sore|swollen|bad|painful|red|raw|burnt|burned|blistered|bleeding|hurting|aching|stinging|itchy|puffy|"
    r"poorly|ill|sick|dizzy|hot|bruised|cut|gashed|hurt)\b)"
)
# ("me" opening a clause only: "the invoice gave me chest pains" keeps its object)
_ME_PART = re.compile(r"(?:^|(?<=[,.;!?] )|(?<=\band )|(?<=\bbut )|(?<=\bso )|(?<=\bnow ))me ([a-z]+)\b")


def _perceived(t: str) -> str:
    """``t`` with a perception frame around a body part's state read as the state (see
    :data:`_FEELS_AS_IF`)."""
    from customario.escalation.urgency_words import is_body_part

    t = _FEELS_AS_IF.sub(
        lambda m: (
            (f"{m.group('part')} {'are' if m.group('pro').startswith('they') else 'is'}")
            if is_body_part(m.group("part"))
            else m.group(0)
        ),
        t,
    )
    return _IT_FEELS_AS_IF.sub(
        lambda m: f"{m.group('whose')} {m.group('part')} is" if is_body_part(m.group("part")) else m.group(0), t
    )


# The Irish English "after" perfect: "he's after cutting his leg" is "he has just cut his leg" (Filppula, *The
# Grammar of Irish English*, 1999, ch. 6; Hickey, *Irish English*, 2007): read as the perfect every other reader knows
# (s49urg, blind46: "me young lad's after cuttin' his leg on it"; blind48 "me brother's after getting stung").
_AFTER_PERFECT = re.compile(r"(?:\b(?P<have>'re|'m|are|am|were)|\b(?:'s|is|was)) after ([a-z]+ing)\b")
_PARTICIPLE_OF = {
    "cutting": "cut",
    "hitting": "hit",
    "putting": "put",
    "falling": "fallen",
    "taking": "taken",
    "having": "had",
    "burning": "burnt",
    "biting": "bitten",
    "being": "been",
    "getting": "got",
    "running": "run",
    "swimming": "swum",
    "eating": "eaten",
    "drinking": "drunk",
    "breaking": "broken",
    "tearing": "torn",
    "throwing": "thrown",
    "stinging": "stung",
    "catching": "caught",
    "sticking": "stuck",
    "losing": "lost",
    "going": "gone",
    "doing": "done",
    "seeing": "seen",
    "making": "made",
    "coming": "come",
    "giving": "given",
    "bleeding": "bled",
    "swallowing": "swallowed",
    "shutting": "shut",
    "slitting": "slit",
    "splitting": "split",
    "spilling": "spilt",
    "sitting": "sat",
    "leaving": "left",
    "feeling": "felt",
    "ringing": "rung",
}


def _after_perfect(m: re.Match) -> str:
    """ "'s after cutting" → "has just cut"; a regular verb takes "-ed" on its "-ing" stem ("slipping" →
    "slipped", "choking" → "choked")."""
    verb = m.group(2)
    participle = _PARTICIPLE_OF.get(verb)
    if participle is None:
        stem = verb[:-3]
        participle = stem + ("d" if stem.endswith("e") else "ed")
    return f" {'have' if m.group('have') else 'has'} just {participle}"


def normalise(raw: str) -> str:
    """``raw`` (a caller's line) lower-cased and read as standard English: spacing and quotes
    tidied, text-speak and Scots spellings, dropped g's, hedges dropped, voice-to-text renderings of
    medical words and typos of the words that matter corrected (see the module docstring)."""
    t = re.sub(r"\s+", " ", (raw or "").lower().replace("’", "'")).strip()
    t = _PAUSE_INSIDE.sub(r"\1 ", t)
    # (before the text-speak below, which reads "im" as "i'm")
    t = _dropped_h(t)
    for pattern, repl in _SPOKEN:
        t = pattern.sub(repl, t)
    t = scots_negatives(t)
    t = _SCOTS_NO.sub(r"\1 not ", t)
    t = re.sub(r"\bain'?t\b", "isn't", t)
    t = re.sub(r"\b(can'?t|cannot|can not) (breed|bree|breath)\b", "can't breathe", t)
    # "cannot" and "can not" read as "can't", which every reader knows (urg15: "now he cannot lift his
    # left arm properly" was read by no rule; "can not only" is not a negation)
    t = re.sub(r"\b(cannot|can not)\b(?! only\b)", "can't", t)
    t = re.sub(r"\b(is|he'?s|she'?s|went|gone) on conscious\b", r"\1 unconscious", t)
    # learner English (blind27: "the oven make fire, big fire"): a thing that "makes fire" caught fire
    t = re.sub(
        r"\b(oven|cooker|stove|hob|fryer|toaster|heater|battery|phone|charger|engine|motor|boat|machine|microwave|"
        r"kettle|dryer|car|van|plug|socket|printer|computer|laptop|kiln)\b([\w' ]{0,30}?) (make|makes|made|making|do|does|did) "
        r"(a )?fire\b(?! ?(bricks?|alarms?|doors?|extinguishers?|pits?|place|wood|lighters?|starters?|safety|drills?))",
        r"\1\2 caught fire",
        t,
    )
    t = _G_DROPPED.sub(lambda m: m.group(1) + "ing", t)
    t = re.sub(r"\b[a-z]{3,}in'?(?=\W|$)", _g_dropped, t)
    t = _AFTER_PERFECT.sub(_after_perfect, t)
    # "a bit of blood" is an amount, not a hedge: it reads "some blood" (s45urg, blind39: "there was a bit of blood on
    # the pillow" had become "there was of blood"); "a bit of a jolt" keeps its article below
    t = re.sub(
        r"\b(?:a (?:little |tiny |small )?bit|a little bit) of (?!(?:a|an|the|my|your|his|her|their|our|it|that|this)\b)",
        "some ",
        t,
    )
    t = _HEDGES.sub("", t)
    # "-ish" on a wound's size or a harm's severity is a hedge too ("a deepish cut", "it's deep-ish"): read plainly
    # (s58urg, blind68; the suffix on a colour, "bluish", names a shade and stays)
    t = re.sub(r"\b(deep|long|wide|large|bad|nasty|heavy|sore|swollen|big)g?-?ish\b", r"\1", t)
    # a stinging creature that "got" someone stung them ("a weever fish got my son's foot", held-out urgency
    # blind67; "a wasp got me on the neck"): the verb of the story, not of catching
    t = re.sub(
        r"\b(wasps?|bees?|hornets?|jelly ?fish|weever(?: ?fish)?|sting ?rays?|scorpions?) (got|caught|had|nailed|zapped)\b",
        r"\1 stung",
        t,
    )
    # "swole up" / "swoll'n": the dialect past of "swell" is "swollen" (Appalachian and Southern US;
    # held-out urgency blind67 "his arm's still swole up and he won't let me touch it")
    t = re.sub(r"\b(?:swole|swoll'?n|swoled)(?= up\b|$|[ ,.!?])", "swollen", t)
    # Northern English and Irish "proper" and "me" (held-out urgency blind65: "me eyes are proper sore"): "proper"
    # before a word of pain or harm is "very" (a hedge, dropped); "me" before a body part is "my"
    t = _PROPER.sub("", t)
    if "me " in t:
        from customario.escalation.urgency_words import is_body_part

        t = _ME_PART.sub(lambda m: f"my {m.group(1)}" if is_body_part(m.group(1)) else m.group(0), t)
    for pattern, repl in _HEARD_AS:
        t = pattern.sub(repl, t)
    return _perceived(_fix_typos(t))
