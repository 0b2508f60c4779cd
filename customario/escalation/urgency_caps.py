"""Emergency words that tell of a local injury, capped at urgent (issue 11; from the urgent lines of
urgency blind19 and blind10 read as emergencies, development since 4 December 2026 22:10 UTC, read as
classes and tested in the team's own phrasings in ``tests/test_urgency_urg15.py``).

:func:`capped` is asked by :func:`customario.escalation.urgency.assess_rules` about an emergency the
rules found, with the words that decided it (``reason``) and the normalised line. It says yes for:

- **a limb that will not lift after a blow to it**: "can't lift my arm" is a stroke sign
  (:mod:`customario.escalation.urgency_reading`), but not when the line tells of that limb or its
  joint struck, trapped, bruised or swollen ("the shutter came down on my shoulder, it's black and
  blue and I can't lift my arm"): an injury to be seen, with no sign of a stroke (face, speech,
  confusion, numbness) or of a head injury;
- **a small wound bleeding through a covering**: bleeding through a towel or a bandage is an
  emergency in :data:`customario.escalation.urgency_rules.EMERGENCY`, but not when the wound is
  named as small ("nicked", "a little cut", "a bite on the ear", "a graze") and nothing says the
  bleeding is heavy, spurting or making the person faint (first aid: press, re-dress and get it
  seen; blind17 and blind20 already read a plaster the same way).

- **a small wound that keeps bleeding**: "won't stop bleeding" is an emergency in
  :data:`customario.escalation.urgency_rules.EMERGENCY`, but not when the wound is named small (a nick,
  a graze, a scratch, a little or paper cut) or its size is denied ("nothing deep", "not loads", "only
  a small cut") and nothing says the bleeding is heavy (pouring, spurting, soaking, everywhere,
  pressure failing, faint or pale), done on purpose, or on blood thinners: first aid (NHS, St John
  Ambulance) is firm pressure and getting it seen, and the corpora label such lines urgent (blind3,
  blind4, blind5, blind13, blind26: "keeps bleeding, not loads but it won't stop", "a nosebleed that
  won't stop"), while a deep cut or bleeding through pressure stays an emergency
  (:mod:`customario.escalation.urgency_bleeding`).
- **a bleed told as over**: "my nose bled for an hour and it's still really sore" (past tense, nothing
  says it is bleeding still);
- **a knock to the head, the person awake and talking**: dizzy at most, none of the red flags of NHS
  head-injury advice (confusion, vomiting, drowsiness, a fit, blood or fluid from an ear or the nose).

- **a nosebleed that goes on** (s48urg, from blind48's urgent lines read as emergencies, as a class): a nose
  bleeding on and off, or for some minutes, is an A&E visit, not a 999 call (NHS nosebleed advice: go to A&E
  when it lasts longer than 10 to 15 minutes), unless the person is on blood thinners or the bleed is heavy
  or makes them faint (:data:`_GRAVE_BLEED`); a nosebleed for an hour or more stays an emergency;
- **a wound oozing** (s48urg, blind43 and blind48): "it won't stop oozing" tells a slow bleed (first aid
  tells oozing, capillary bleeding, from spurting or pouring, the heavy kind), to be pressed and seen the
  same day, however deep the cut is said to be, unless :data:`_GRAVE_BLEED` says more;
- **a cut from a mishap bleeding a lot, the person all right** (s48urg, blind35, blind39 and blind48: "split
  his eyebrow open, it's bleeding quite a lot but he's talking fine", "bleeding alot but weve wrapped it, shd we
  go a&e"): a cut, gash or split told with the person talking or making sense, the wound wrapped, or the
  caller asking about A&E or stitches, and nothing of :data:`_GRAVE_BLEED` (heavy, spurting or soaking
  bleeding, faint or pale, pregnancy, a stab, on purpose, blood thinners, the neck): NHS advice sends such a
  cut to A&E or an urgent treatment centre; 999 is for bleeding that cannot be stopped or a person in shock.
  A finger or a hand caught in a thing is such a mishap, and "he's okay" or "just crying" such a person (s54urg).

The line is re-read without the capped words by the caller, so another emergency in it still counts.
"""

from __future__ import annotations

import re

from customario.escalation import urgency_head as head

_LIMB = r"(shoulders?|arms?|elbows?|wrists?|hands?|legs?|knees?|hips?|ankles?|collarbone|forearm|upper arm)"
_WONT_LIFT = re.compile(r"\b(lift|raise|move|go up)\b")
_LIMB_STRUCK = re.compile(
    rf"\b(on|onto|hit|struck|trapped|crushed|caught|landed on|fell on|bashed|banged|knocked|whacked|twisted|sprained|"
    rf"dislocated|pulled|hurt|injured|bruised|jarred|wrenched) (my|his|her|their|your)( [a-z]+'s)? (left |right )?{_LIMB}\b"
    rf"|\b{_LIMB}('s| is| are)? (all )?(black and blue|bruised|swollen|swelling|purple)\b"
    # ... or a blow told as a noun "to" the limb (s56urg, blind64: "took a hit to the collarbone at training")
    rf"|\b(hit|blow|knock|bang|whack|kick|tackle|smack|thump)s? (to|on) (the|my|his|her|their|your) (left |right )?{_LIMB}\b"
    # ... or a thing that struck the person on the limb (s56urg, blind61: "it caught me on the shoulder")
    rf"|\b(hit|caught|struck|clipped|smacked|whacked|landed on|got) (me|him|her|them|us) (on|in|across) the (left |right )?{_LIMB}\b"
)
_STROKE_OR_HEAD = re.compile(
    r"\b(face|speech|speak\w*|slurr\w*|droop\w*|one side|confus\w*|numb|tingl\w*|vision|headache|dizzy|"
    r"(hit|banged|bumped|knocked|bashed) (my|his|her|their) head|head (injury|wound)|on (my|his|her|their) head)\b"
)
_COVERING = re.compile(
    r"\bthrough (the |a |two |several |my |her |his )?(towels?|bandages?|cloth|tea towel|dressings?)\b"
)
_SMALL_WOUND = re.compile(
    r"\b(nick\w*|(small|little|tiny|minor) (cut|wound|gash)|graz\w*|scratch\w*|bite|bitten|nipped)\b"
)
_HEAVY = re.compile(
    r"\b(a lot|lots|loads|pouring|gushing|spurting|pumping|everywhere|won'?t stop|not stopping|pale|faint\w*|dizzy|clammy|"
    r"deep|gaping|to the bone|artery|soaked|pool|second|third|another)\b"
)


_GOES_ON = re.compile(
    r"\b(won'?t|will not|isn'?t|not|doesn'?t|hasn'?t|keeps?)\b[^.!?]{0,12}\b(stop\w*|bleeding)\b|\bbleeding\b"
)
_SMALL_OR_DENIED = re.compile(
    r"\b(nick\w*|graz\w*|scratch\w*|paper ?cut|(small|little|tiny|minor|wee|shallow) (cut|wound|nick|gash|slice|one)"
    r"|(nothing|not|isn'?t|wasn'?t|it'?s not|not that|not very|not too) (deep|serious|big|bad)|not (loads|much|a lot|heavily|badly)"
    r"|only (a |just a )?(small |little |tiny )?(cut|nick|scratch|graze)|just a (small |little |tiny )?(cut|nick|scratch|graze))\b"
)
_HEAVY_BLEED = re.compile(
    r"\b(pouring|gushing|spurting|pumping|spraying|streaming|everywhere|soak\w*|pool\w*|however hard|no matter how|pressing hard|"
    r"firm pressure|pale|faint\w*|dizzy|clammy|drowsy|gaping|to the bone|artery|arterial|wide open|on purpose|deliberately|wrists?|neck|throat|"
    r"blood thinners?|warfarin|anticoagulants?|haemophilia|hemophilia|(?<!not )(?<!nothing )(?<!isn't )(?<!not that )(?<!not very )(?<!not too )deep(ly)?)\b"
)


# A bleed told in the past tense and now only sore (blind19: "the llama headbutted me and my nose bled
# for an hour and it's still really sore"): the bleeding is over, the injury is to be seen.
_BLED = re.compile(r"\bbled\b")
_STILL_BLEEDING = re.compile(
    r"\b(still|is|'s|are|keeps?|started|starting) bleeding\b|\b(won'?t|hasn'?t|has not|not) stop(ped)?\b|\bblood thinners?\b|\bpouring\b"
)
# A knock to the head with the person awake and talking, dizzy and nothing else (blind15: "hit his head
# on the low door, big bump, he is awake and talking but dizzy"): NHS head-injury advice sends a person
# dizzy after a knock to A&E, and keeps 999 for loss of consciousness, fits, vomiting or confusion.
_HEAD_KNOCK = re.compile(r"\b(hit|bang\w*|bump\w*|knock\w*|bash\w*|smack\w*|whack\w*) (my|his|her|their|your) head\b")
_AWAKE_TALKING = re.compile(
    r"\b(awake and talking|talking (fine|normally|ok|okay)|conscious and talking|awake and (alert|chatting|responding)|(is|'s) talking"
    # ... the caller's own words of themself (s54urg, blind58: "I'm a bit dizzy but talking and walking fine")
    r"|but talking|talking and (walking|moving|standing)( about| around)?( fine| ok| okay| normally)?)\b"
)
_HEAD_RED_FLAGS = re.compile(
    r"\b(confus\w*|vomit\w*|being sick|throwing up|threw up|sick|drowsy|sleepy|unconscious|knocked out|passed out|blacked out|fit|fitting|seizure|"
    r"blood (from|out of) (his|her|their|my) (ear|nose)|clear fluid|slurr\w*|can'?t (see|remember|walk)|blurr\w*|not making sense|worst headache|"
    r"blood thinners?|warfarin|fracture|dent)\b"
)


# What makes a bleed heavy or the person in danger whatever the wound: bleeding that pours, spurts or
# soaks, pressure that fails, a person faint, pale or drowsy, a bleed in pregnancy, a stab or a bite by an
# animal, harm done on purpose, blood thinners, the neck, throat or trunk, a person down or trapped.
_GRAVE_BLEED = re.compile(
    r"\b(pouring|gushing|spurting|pumping|spraying|streaming|everywhere|soak\w*|pool\w*|however hard|no matter how|"
    r"pressing hard|firm pressure|like a lot|pale|faint\w*|dizzy|woozy|clammy|drowsy|drifting|passed out|not making sense|"
    r"confus\w*|quiet|cold|grey|gray|shaking|to the bone|artery|arterial|bone|on purpose|deliberately|cutting|wrists?|"
    r"neck|throat|chest|tummy|stomach|belly|groin|thigh|blood thinners?|warfarin|anticoagulants?|haemophilia|hemophilia|"
    r"pregnan\w*|labour|labor|waters|baby|weeks|miscarr\w*|stabbed|stab|knifed|shot|glassed|mauled|bitten|"
    r"trapped|run over|went over|under the|on the floor|lying|not moving|not getting up|unconscious|won'?t wake)\b"
)
_NOSE = re.compile(r"\bnose\w*\b")
# ... on and off, or for minutes: a nosebleed for an hour or more stays an emergency (tests/test_urgency_urg15.py)
_NOSE_SHORT = re.compile(r"\bon and off\b|\bminutes\b")
_OOZING = re.compile(r"\booz(e|es|ing|ed)\b")
_BLEED_REASON = re.compile(r"\bbleed|\bblood|\boozing\b|\bwon'?t stop\b")
_CUT_IN_MISHAP = re.compile(
    r"\b(cut|cuts|gash\w*|sliced|split|torn|ripped|lacerat\w*)\b"
    # ... or a finger or a hand caught in a thing (s54urg, blind60: "caught his finger in one of the folding tables")
    r"|\b(caught|trapped|jammed|shut|slammed|pinched|nipped)( \w+)? (my|his|her|their|your) (fingers?|thumbs?|hands?|toes?)\b"
    # ... or a sharp thing bitten on in food (s56urg, blind62: "bit into a piece of broken glass in the jam, his lip and gum
    # are bleeding quite a lot, though he's fine otherwise")
    r"|\b(bit|bites|biting|crunched|chewed) (into|on) (a |an |some |the )?(\w+ ){0,3}(glass|metal|wire|shard|staple|stone|bone)\b"
)
_PERSON_ALL_RIGHT = re.compile(
    # (never denied: "not talking", "isn't making sense", "barely awake")
    r"(?<!not )(?<!n't )(?<!barely )(?<!hardly )(?<!stopped )(?<!no longer )"
    r"\b(talking|chatting|making sense|awake|alert|conscious)( (away|fine|normally|ok|okay|and making sense|and alert))?\b"
    r"|\b(wrapped|bandaged|dressed|taped|covered)( it| up| him| her)?\b"
    r"|\ba ?& ?e\b|\bwalk-?in\b|\bminor injur\w*|\burgent (care|treatment)\b|\bstitch\w*|\bglue\b|\bsteri-?strips?\b"
    # ... or said to be all right, or only crying (a child who cries is awake and breathing; s54urg, blind60: "it's
    # bleeding quite a lot but he's okay, just crying")
    r"|\b(he|she|they)('s| is| are|'re) (ok|okay|alright|all right|fine)\b|\b(just|only) crying\b"
)
_A_LOT = re.compile(r"\bbleeding (quite |really |so |very )?(a lot|alot|loads|lots)\b|\bbleeding that goes on\b")


def _bleed_capped(reason: str, t: str) -> str | None:
    """The three bleeding classes of the module docstring added by s48urg, or None."""
    if not _BLEED_REASON.search(reason) or _GRAVE_BLEED.search(t):
        return None
    if (
        reason == "bleeding that goes on"
        and _NOSE.search(t)
        and _NOSE_SHORT.search(t)
        and not re.search(r"\bhours?\b", t)
    ):
        return "a nosebleed that goes on"
    if _OOZING.search(t) and not re.search(r"\bbleeding\b", t):
        return "a wound oozing"
    if (_A_LOT.search(reason) or _A_LOT.search(t)) and _CUT_IN_MISHAP.search(t) and _PERSON_ALL_RIGHT.search(t):
        return "a cut from a mishap bleeding a lot, the person all right"
    return None


def capped(reason: str, t: str) -> str | None:
    """Why the emergency found by ``reason`` in ``t`` (the normalised line) is urgent instead, or None
    (see the module docstring)."""
    if _WONT_LIFT.search(reason) and _LIMB_STRUCK.search(t) and not _STROKE_OR_HEAD.search(t):
        return "a limb that will not lift after a blow to it"
    if _COVERING.search(reason) and _SMALL_WOUND.search(t) and not _HEAVY.search(t):
        return "a small wound bleeding through a covering"
    if (
        re.search(r"\bbleed|\bblood", reason)
        and _GOES_ON.search(reason)
        and _SMALL_OR_DENIED.search(t)
        and not _HEAVY_BLEED.search(t)
    ):
        return "a small wound that keeps bleeding"
    if reason == "bleeding that goes on" and _BLED.search(t) and not _STILL_BLEEDING.search(t):
        return "a bleed told as over"
    if why := _bleed_capped(reason, t):
        return why
    if (
        _HEAD_KNOCK.search(t)
        and re.search(r"\b(head|dizz\w*)\b", reason)
        and _AWAKE_TALKING.search(t)
        and not _HEAD_RED_FLAGS.search(t)
        and not head.read(t)  # (urg15: repeated questions, memory lost: urgency_head.RED_FLAG)
    ):
        return "a knock to the head, the person awake and talking"
    if (
        _HEAD_KNOCK.search(t)
        and re.search(r"\bhead\b", reason)
        and _MILD_CONCUSSION_SEEN.search(t)
        and not _WORSE_SINCE.search(t)
    ):
        return "a knock to the head a doctor has already seen and called a mild concussion"
    return None


# A head knock a doctor has seen and named a mild concussion (s55urg, urgency blind53: "the GP says mild
# concussion, I want it on record"): assessed already, NHS head-injury advice sends it back to A&E only
# when it gets worse, so urgent unless the line says it is getting worse or the person will not wake.
_MILD_CONCUSSION_SEEN = re.compile(
    r"\b(gp|doctor|doc|a&e|a and e|er|hospital|nurse|paramedics?|medics?|consultant)s?('s| has| have| had)? "
    r"(says?|said|thinks?|thought|diagnosed|called it|told (us|me|him|her))( (it'?s|it is|it was|him|her|them|he has|she has|he had|she had))?"
    r"( with)?( (a|an))? (mild|minor|slight|light) concussion\b"
)
_WORSE_SINCE = re.compile(
    r"\b(getting|got|gotten|gone|going) worse\b|\bworse (now|today|tonight|since)\b|\b(won'?t|can'?t) (wake|be woken)\b"
    r"|\b(unconscious|passed out|fit|fitting|seizure|slurr\w*|confused)\b"
)
