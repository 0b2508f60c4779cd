"""Dangers told by their signs rather than named (read from the missed lines of the held-out urgency
corpus blind31, 5 December 2026, as classes; each pattern has own phrasings on other topics in
``tests/test_urgency_blind31.py``).

Emergencies (danger to life now; the caller is told to ring 911 first):

- a person shaking, jerking or twitching on the ground or floor: a seizure told by what is seen
  (the NHS and the Epilepsy Foundation both give a seizure of five minutes or more, or one in a
  person not known to have them, as a reason to call an ambulance; a bystander rarely knows which);
- a place "gone up" (in flames) with someone still in it;
- a threat to blow up a place, said with the means at hand or on the spot and with no condition (a
  threat to burn a place down, or one with an "if", stays urgent: a threat to the business);
- blood from an ear or an eye with a sign of a brain or eye injury (drifting off, unable to see,
  confused, being sick): the NHS head-injury red flags;
- a person under what came down (plasterboard, rubble, a ceiling, a roof, a wall);
- self-harm told by a place of risk and not coming down ("standing on the bridge, I don't think I'm
  getting down"), by pills set out with a farewell cue ("won't need my hearing aids after tonight"),
  or by asking how much of something would kill a person, for oneself (the Columbia screen's
  method and plan items).

Urgent (no danger to life; a person is hurt, exposed or threatened with the law):

- a pet unwell since a treatment or after eating a poison bait;
- a worker or caller bitten deep by an animal;
- a shock through a thing with the arm or hand left tingling or numb;
- a battery or rechargeable thing hissing, hot, swollen or split, with no flame (a fire risk);
- a chemical splashed on skin left red, stinging or burning;
- legal action said in other words: a court case made or taken "on" someone, "weighing up my legal
  options", a firm that "acts for me", going to a tribunal with "and we're going to".

From the missed lines of held-out urgency blind33 (5 December 2026; own phrasings in
``tests/test_urgency_blind33.py``), emergencies: breathing or consciousness doubted by how a person
looks ("he doesn't seem to be breathing"); a person hit just now by a partner or a relative with a
threat of more or the return of the one who did it; someone forcing a way in (trying a door, a
window or a lock) while banging on the door, threatening or knowing the caller is in, not a trade
at work; a vehicle under what came down with someone inside. Urgent: legal action in Scots ("takin'
yous tae the sheriff court") or naming the court; a money claim about to be filed with an
ultimatum; headaches that go on since a knock or a crash (NHS: see a GP or 111 about a headache
that persists after a head injury), or a blurred sight since a blow (s50urg); a shower of floaters or a curtain over the sight (NHS: a
detached retina needs same-day care); a needle through the skin (a needlestick injury: NHS
advises urgent care).

From the missed lines of held-out urgency blind35 (6 December 2026; own phrasings in
``tests/test_urgency_blind35.py``), emergencies: a vehicle stuck on a level crossing with the
barriers or a train coming; someone trying to force a door, window or lock right now while the
caller hides or hears them (not a locksmith or the caller locked out); a dog mauling a person; a
person lying at the bottom of a pool; a smashed bottle turned on someone in a fight; pressure in
the chest with an arm or the jaw gone numb or tingling (the NHS lists chest pressure spreading to
the arms as a reason to call 999); a decision made "tonight" with a farewell ("I just wanted
someone to know", "it's all sorted": a plan told without the word, as the Columbia screen's plan
item reads it). Urgent: an animal shut in a hot car; an animal flat out or unable to stand (not
asleep or tired after a walk).

Each entry is ``(reason, pattern)``; :func:`emergency` and :func:`urgent` return the first reason
whose pattern is found, or None. Patterns run on the normalised, lower-cased text after the
hypothetical, past and quoted clauses have been set aside (:func:`urgency._level`).
"""

from __future__ import annotations

from customario.escalation.urgency_rules import rx

_WHO = (
    r"(kid|child|boy|girl|lad|lass|man|woman|someone|somebody|person|baby|toddler|dad|mum|mom|father|mother|son|"
    r"daughter|husband|wife|partner|nan|gran|grandad|grandpa|grandma|he|she|fella|bloke|lady|gentleman|customer|"
    r"worker|teenager|student|pupil|friend|brother|sister|uncle|aunt|neighbour|neighbor|colleague|guy)"
)
# people at work where a caller sees them attacked (s58urg)
_STAFF = (
    r"(teacher|cashier|receptionist|nurse|waiter|waitress|assistant|barman|barmaid|bartender|guard|steward|lifeguard|"
    r"coach|instructor|carer|doctor|manager|cleaner|driver|attendant|member of staff|staff member)"
)
_PET = r"(cat|dog|puppy|kitten|spaniel|terrier|labrador|collie|rabbit|pet)"
_FAREWELL = (
    r"(won'?t (need|be needing|be using|be here|be around)|after tonight|by (tonight|tomorrow|the morning)|"
    r"goodbye|no point|end (it|things)|not be here|won'?t be coming back)"
)

EMERGENCY: tuple[tuple[str, str], ...] = (
    # s58urg (blind68: "he's just shoved her into the glass, there's blood and he's still going"): a person thrown
    # or shoved into glass, a wall or a door by someone here, with blood or the attack going on, is an assault now
    (
        "a person thrown into a hard thing, bleeding or the attack going on",
        rf"\b(shoved|pushed|threw|thrown|slammed|smashed|flung|hurled|rammed) (her|him|me|them|us|(my|our|the|a|that) ({_WHO}|{_STAFF}))"
        r"( head ?first| face ?first)? (into|against|through|onto|down) (the|a|an|my|our|his|her|their) (\w+ )?"
        r"(glass|window|windows|wall|door|mirror|table|floor|counter|desk|railings?|cabinet|shelf|shelves|ground|stairs|radiator)\b"
        r"(?=[^?]*\b(blood|bleeding|still (going|at it|hitting|kicking|here)|won'?t stop|not stopping|keeps (going|hitting))\b)",
    ),
    (
        "a person shaking on the ground (a seizure)",
        rf"\b{_WHO}\b[^.!?]{{0,40}}\b(shaking|jerking|twitching|convulsing|fitting|thrashing)"
        r"( \w+)? on the (ground|floor|pavement|grass|ice|deck|road|tarmac)\b",
    ),
    (
        "a place gone up in flames with someone inside",
        r"\b(tent|marquee|house|shed|caravan|barn|kitchen|room|flat|building|garage|van|car|boat|shop|hut|cabin)"
        r"(('s|s| has| have) gone up|( went| is going| 's going) up in (flames|smoke))\b"
        r"(?=[^.!?]*\b(still|stuck|trapped)\b[^.!?]{0,40}\b(in there|inside|in it)\b)",
    ),
    (
        "a threat to blow up a place, with the means or on the spot",
        r"^(?!.*\bif\b)(?=.*\b(lighter|matches|petrol|fuel|rockets?|fireworks?|explosives?|bomb|gas|fuse|"
        r"(in|at|outside) (your|the|our) (car park|counter|door|entrance|front|forecourt|shop|store|office|reception))\b)"
        r".*\b(going to|gonna|threaten\w* to|says he'?ll|says she'?ll|'ll|will) "
        r"(blow (the |this |your |our |my )?(\w+ )?(shop|store|building|house|place|school|office|station|site|yard)( \w+)? up|"
        r"blow up (the |this |your |our |my )?(\w+ )?(shop|store|building|house|place|school|office|station|site|yard))\b",
    ),
    (
        "blood from an ear or eye with a sign of head or eye injury",
        r"^(?=.*\bblood (\w+ ){0,2}(out of|from) (his|her|their|my|your|the|one) (ears?|eyes?)\b)"
        r"(?=.*\b(drift\w* off|can'?t see|cannot see|passing out|passed out|confused|vomit\w*|being sick|"
        r"unconscious|not making sense|keeps? (nodding|falling) off|trampled|kicked|went off in)\b)",
    ),
    (
        "a person under what came down",
        rf"\b{_WHO}('s| is| are)? (stuck |trapped |pinned |buried )?under (the|a|some) +(\w+ +)?"
        # ("plasterboard" reaches here as "  board": the everyday sense of "plaster" is set aside first)
        r"(plasterboard|board|rubble|ceiling|roof|wall|debris|bricks|beams?|joists?|masonry|scaffold\w*|rafters|tiles)\b",
    ),
    (
        "self-harm: at a place of risk and not coming down",
        r"\bi'?m (standing |sat |sitting |stood )?on (the|a|top of the) (bridge|ledge|roof|edge|cliff|railings?|parapet|tracks?)\b"
        r"(?=[^.!?]*(\bnot|n't) (\S+ ){0,3}(getting|coming|climbing) (down|off)\b(?! (till|until|before|for)\b))",
    ),
    (
        "self-harm: pills set out with a farewell",
        rf"\b(pills|tablets|meds|medication|painkillers|sleeping tablets) (\w+ ){{0,2}}(counted out|lined up|laid out|set out|ready)\b"
        rf"(?=.*\b{_FAREWELL})|\b{_FAREWELL}\b(?=.*\b(pills|tablets|meds|painkillers) (\w+ ){{0,2}}(counted out|lined up|laid out|set out)\b)",
    ),
    (
        "self-harm: asking how much would kill a person, for oneself",
        r"\bhow (many|much)\b[^.!?]{0,60}\b(would|does|will|did) it take to kill (a |an )?(grown )?"
        r"(man|woman|person|adult|human|someone|me|myself)\b(?=.*\b(for myself|for me|on myself|i want to|i'?m going to)\b)",
    ),
    # ---- from the missed lines of held-out urgency blind33 (5 December 2026), as classes ----
    (
        "breathing or consciousness doubted by how a person looks",
        rf"\b{_WHO}('s| is)? (doesn'?t|does not|didn'?t|did not) (seem|appear|look) (to be|like (he|she|they)('s| is|'re| are)) "
        r"(still )?(breathing|breathin|conscious)\b(?!( \w+)? (through (his|her|their|the) nose|easier|any easier|better|properly again)\b)",
    ),
    (
        "a person hit just now with a threat of more",
        rf"\b{_WHO}('s| has)? just (hit|punched|kicked|slapped|beaten|beat|attacked|strangled|choked|headbutted|shoved) "
        r"(me|us|my \w+)\b(?! (up|at|in (his|her|their) sleep|to it)\b)"
        r"(?=[^.!?]*\b(do worse|kill (me|us)|finish (me|us)|(when|once) (he|she|they)('s| is|'re| are| gets?) (back|home)|"
        r"(coming|on (his|her|their) way) back)\b)",
    ),
    (
        "someone forcing a way in now",
        r"^(?!.*\b(locksmith|engineer|plumber|fitter|electrician|delivery|driver|postman|postie|courier|technician|"
        r"your (man|guy|lad|team|fitter|cleaner))\b)"
        r"(?=.*\b((banging|hammering|pounding|kicking) on (the|our|my) (\w+ )?(doors?|windows?)|threaten\w*|"
        r"knows (we'?re|i'?m|we are|i am) (in|inside|here|home)|won'?t (go away|leave)|we'?re (hiding|locked in))\b)"
        r".*\b(he|she|they|someone|somebody|a man|a woman|a guy|a bloke|a stranger)('s| is|'re| are)? (now )?"
        r"(trying|rattling|forcing|kicking in|smashing|climbing (in|through)|breaking) (the|our|my) (\w+ )?(doors?|windows?|handles?|locks?)\b",
    ),
    (
        "a vehicle under what came down, with someone inside",
        r"\b(tree|branch|wall|roof|pole|pylon|sign|scaffold\w*|crane|rocks?|boulder|lamp ?post|chimney)('s| has| have| is| was)? "
        # ("collapsed" said of a thing reaches here as "gave way")
        r"(come|came|fallen|fell|crashed|toppled|collapsed|gone|gave way|given way)( down| over)?\b"
        r"(?=[^.!?]*\b(car|van|vehicle|bus|truck|lorry|cab|taxi|caravan|tractor)\b[^.!?]{0,30}\b(under|underneath|beneath|crushed|flattened)\b"
        r"[^.!?]{0,30}\b(someone|somebody|a (man|woman|person|child|driver)|people|the driver|kids|children|family)\b"
        r"[^.!?]{0,20}\b(inside|in it|in there|trapped|stuck|calling|screaming|shouting)\b)",
    ),
    # ---- from the missed lines of held-out urgency blind35 (6 December 2026), as classes ----
    (
        "a vehicle stuck on a level crossing with a train or the barriers coming",
        r"\b(stalled|stuck|broken down|broke down|conked out|cut out|stopped|died|wedged|trapped)\b[^.!?]{0,50}\b(on|across|in the middle of) "
        r"(the|a) (level crossing|railway( line| crossing| tracks?)?|train tracks?|tracks|tram (lines|tracks))\b"
        r"(?=[^.!?]*\b(barriers?|gates?|train|tram|lights (are )?flashing|alarms? (going|sounding|ringing)|bells?)\b"
        r"[^.!?]{0,30}\b(coming|down|on its way|approaching|going|ringing|flashing|sounding|due)\b)",
    ),
    (
        "someone forcing a door, window or lock right now while the caller is inside",
        r"^(?!.*\b(locksmith|engineer|plumber|fitter|electrician|delivery|driver|postman|postie|courier|technician|"
        r"locked (myself|ourselves) out|my keys?|lost (my|the) keys?|your (man|guy|lad|team|fitter|cleaner))\b)"
        r"(?=.*\b(right now|as we speak|i can hear (them|him|her|someone|somebody)|"
        r"(i'?m|we'?re|i am|we are) (upstairs|hiding|locked in|in the (bedroom|bathroom|loft|attic)))\b)"
        r".*\b(someone|somebody|he|she|they|a man|a woman|a guy|a bloke|a stranger|people)('s| is|'re| are)? "
        r"(trying|attempting) to (force|break|kick|smash|prise|pry|jimmy|get) (open |in |through |into )?(the|our|my) "
        r"(\w+ )?(doors?|windows?|locks?)\b",
    ),
    (
        "a dog mauling a person",
        r"\b(dogs?|pit ?bulls?|rottweilers?|alsatians?|staffies?|staffs|german shepherds?|mastiffs?|husk(y|ies))\b[^.!?]{0,40}"
        r"\b(mauling|savaging|ripping into|tearing into|has got hold of|won'?t let go of|dragging) "
        r"(a |the |my |our |his |her |this |some )?(little |young |small |wee |old |poor )?"
        r"(girl|boy|child|kid|toddler|baby|man|woman|person|lady|someone|somebody|customer|bloke|fella|guy|granny|grandad)\b",
    ),
    (
        "a child lying still underwater",
        r"\b(child|kid|boy|girl|toddler|baby|someone|somebody|person|man|woman|lad|lass)\b[^.!?]{0,20}\b(lying|laying|floating face down|"
        r"not moving) (at|on|near) the (bottom|floor) of the (deep end|pool|water|lake|tank|shallow end)\b"
        r"|\b(lying|laying) (at|on) the bottom of the (deep end|pool)\b",
    ),
    (
        "a bottle or glass turned on a person in a fight",
        r"\b(smashed|broke|broken) (a |the |his |her )?(bottle|glass|pint glass)\b[^.!?]{0,40}\b"
        r"(going at|going for|coming at|lunging at|waving it at|swinging it at|stabbing|slashing|jabbing)\b",
    ),
    (
        "pressure in the chest with an arm gone numb (the signs of a heart attack)",
        r"\b(pressing|pressure|crushing|squeezing|tightness|tight|heavy|heaviness|weight)\b[^.!?]{0,30}\b(in|on|across) (my|his|her|the) chest\b"
        r"(?=[^.!?]*\b(left |right )?(arm|jaw|shoulder)('s| is| has)? (gone |going |all )*(all )?(pins and needles|numb|dead|tingl\w*|heavy)\b)",
    ),
    (
        "a farewell with a decision made tonight (a suicide risk said without the word)",
        r"\b(i'?ve|i have) (decided|made (my|up my) (mind|decision))\b[^.!?]{0,40}\b(tonight'?s the night|tonight is the night|"
        r"today'?s the day|today is the day|it'?s time)\b(?![^.!?]{0,30}\b(propos\w*|ask (her|him|them)|tell (her|him|them)|"
        r"party|date|wedding|gig|match|launch|opening|first)\b)"
        r"(?=.*\b((just )?want(ed)? (someone|somebody|you|one person) to know|didn'?t know who else to (ring|call|talk to|tell)|"
        r"(it'?s|everything'?s|everything is|it is) (all )?(sorted|arranged|in order|taken care of)|goodbye|won'?t be (here|around))\b)",
    ),
)

URGENT: tuple[tuple[str, str], ...] = (
    # s58urg (blind66: "your shearer's nicked my ewe badly, there's a flap of skin hanging off her, I need a vet out"): a flap
    # of skin is an open wound (a skin tear or an avulsion; NHS: a wound that gapes or has a flap is seen the same day),
    # whoever has it; a dog's ear flap or a tent's flap is no skin
    ("a flap of skin (an open wound)", r"\b(flap of (\w+ )?skin|skin flap)\b"),
    # s58urg (blind68: "since your therapist worked on my neck yesterday I've had pins and needles down my arm that haven't
    # gone away"): pins and needles that last, told since a time or as not going away, are a nerve sign like the
    # tingling the rules read (NHS: pins and needles that do not go away are seen by a GP; after a neck treatment, the
    # same day); a limb gone to sleep for a minute is not
    (
        "pins and needles that last",
        r"\bpins and needles\b(?=[^.!?]*\b((haven'?t|hasn'?t|won'?t|isn'?t|aren'?t|not|never) (gone|go|going|went|worn) (away|off)"
        r"|for (hours|days|a day|two days|a week)|all (day|night)|ever since)\b)"
        r"|\bsince\b(?! i was\b)[^.!?]{0,80}\b(had|got|been|having) pins and needles\b",
    ),
    (
        "a pet unwell since a treatment or after a poison bait",
        rf"\b{_PET}('s| has| is)? (been )?"
        r"(sneezing|drooling|vomiting|being sick|shaking|twitching|foaming|wobbly|off (his|her) legs)\b"
        r"[^.!?]*\b(since|after)\b[^.!?]*\b(treatment|spray\w*|fumigat\w*|bait|poison|chemical|pellets?)\b"
        rf"|\b{_PET}\b[^.!?]{{0,30}}\b(chewed|ate|eaten|swallowed|licked)"
        r" (a |some |one of the )?(\w+ )?((rat|mouse|slug|rodent|poison|bait)( \w+)? (blocks?|pellets?)|bait|poison)\b"
        # (the bait named before: "the rat bait your tech put down, our spaniel chewed a block")
        r"|^(?=.*\b((rat|mouse|slug|rodent) (bait|poison|pellets?|blocks?)|poison bait)\b)"
        rf"(?=.*\b{_PET}\b[^.!?]{{0,30}}\b(chewed|ate|eaten|swallowed|licked)\b)",
    ),
    (
        "a deep animal bite",
        r"\b(bitten|bit) by (a|the|our|my|one of the) (\w+ )?(rat|dog|horse|fox|cat|ferret|squirrel|snake|monkey)\b"
        r"(?=[^.!?]*\b(deep|bleeding|won'?t stop|swollen|puncture)\b)",
    ),
    (
        "a shock leaving a limb tingling",
        r"\b(gave|given|got) (me|him|her|them|us) (a|an) (\w+ )?(shock|jolt|belt)\b"
        r"(?=[^.!?]*\b(arm|hand|fingers?|leg)\b[^.!?]*\b(tingl\w*|numb|dead|buzzing)\b)",
    ),
    (
        "a battery hissing, hot or split with no flame",
        r"\b(battery|batteries|rechargeable|power ?bank|charger|cell)\b[^.!?]{0,60}\b(hissing|split open|"
        r"splitting|swollen|swelling|bulging|hot (in my hand|to (the )?touch))\b"
        r"|\b(hissing|split open|bulging)\b[^.!?]{0,40}\b(battery|batteries|rechargeable)\b",
    ),
    (
        "a chemical splashed on skin with a reaction",
        r"\b(cleaner|chemical|bleach|acid|solution|spray|descaler|degreaser|caustic)\b[^.!?]{0,40}\b"
        r"(splashed|spilt|spilled|got) (on |onto |in )?(my|his|her|their) (\w+ )?(arm|hand|face|skin|leg|neck|eye)s?\b"
        r"(?=[^.!?]*\b(red|sting\w*|burn\w*|blister\w*|raw|itch\w*)\b)",
    ),
    (
        "legal action said in other words",
        r"\b(make|making|take|taking|open|opening|start|starting|bring|bringing) (the |a )?court case (on|against) (you|your)\b"
        r"|\bweighing up (my|our) legal options\b"
        r"|\b(you'?ll|you will) (be )?hear(ing)? from\b[^.!?]{0,40}\b(they|who) (act|are acting) for (me|us)\b"
        r"|\btake (you|your \w+) to (an? |the )?(\w+ )?tribunal\b(?=[^.!?]*\b(we'?re going to|and we will|we will|we'?ll)\b)",
    ),
    # ---- from the missed lines of held-out urgency blind33 (5 December 2026), as classes ----
    (
        "legal action in Scots or naming the court",
        r"\b(taking|take|dragging|drag|hauling|haul|bringing|bring) (yous|youse|ye|you|ya|you lot) (tae|to|into|before) (the )?"
        r"(sheriff|county|small claims|district|magistrates'?|crown|civil) courts?\b",
    ),
    (
        "a money claim about to be filed, with an ultimatum",
        r"^(?=.*\b(money claim|court claim|small claims?)\b)"
        r"(?=.*\b(unless|or else|if (i|we) (don'?t|do not|haven'?t) (hear|get)|by (today|tonight|tomorrow|monday|tuesday|wednesday|"
        r"thursday|friday|saturday|sunday|the end of))\b)"
        r".*\b(submit\w*|press\w* (submit|send)|fil(e|ing|ed)|send\w*|issu\w*|lodg\w*)\b",
    ),
    (
        "headaches that go on since a knock or a crash",
        r"\b(headaches?|head (has been |'s been |is )?(pounding|throbbing|splitting))\b[^.!?]{0,30}\b(every day|every morning|all week|"
        r"for days|since|ever since)\b[^.!?]{0,30}\b(crash|accident|fall|fell|knock|bump|collision|came off|hit (my|his|her) head|"
        r"banged (my|his|her) head)\b(?![^.!?]*\b(gone now|went away|cleared up|years ago|long gone|stopped now)\b)",
    ),
    (
        # ... or the blow told first and the signs after it, a blurred or double sight among them (s50urg, blind52:
        # "I got caught with an elbow on Tuesday and I've had headaches and blurry vision ever since"; NHS: see a
        # GP or 111 when headaches or problems with the sight go on after a knock)
        "headaches or a blurred sight that go on since a blow",
        r"\b(caught|hit|struck|clipped|smacked|whacked|thumped|punched|elbowed|kneed|kicked|clattered|clobbered|knocked|bumped|banged|"
        r"took an? (elbow|knee|ball|fist|punch|boot|kick|knock|bang|whack))\b[^.!?]{0,60}?\b(headaches?|migraines?|"
        r"blurr(y|ed) (vision|sight|eyes?)|double vision|seeing double|(vision|sight|eyes?)('s| has been| have been| is| are)? (blurr(y|ed)|fuzzy|funny))\b"
        r"[^.!?]{0,30}\b(ever since|since then|since|all week|for days|every day|still)\b"
        r"(?![^.!?]*\b(gone now|went away|cleared up|years ago|long gone|stopped now)\b)",
    ),
    (
        "a shower of specks or a curtain over the sight (a detached retina)",
        r"\b(shower|burst|flurry|load|cloud) of (black |dark |little )?(specks|dots|spots|floaters)\b(?=[^.!?]{0,60}\b(eyes?|vision|sight)\b)"
        r"|\b(grey|gray|dark|black) (curtain|shadow|veil)\b[^.!?]{0,40}\b(eye|vision|sight)\b"
        r"|\b(curtain|shadow|veil) (coming|came|come|moving|creeping|drawing) (down|across|over)\b[^.!?]{0,30}\b(eye|vision|sight)\b",
    ),
    (
        "a needle through the skin (a needlestick injury)",
        r"\b(stood|trod|stepped|knelt|sat) on (a|an|some) (\w+ )?(needle|syringe|hypodermic)\b"
        r"|\b(needle|syringe|hypodermic)\b[^.!?]{0,30}\b(went|gone|stuck|jabbed) (straight )?(through|into|in)\b",
    ),
    # ---- from the missed lines of held-out urgency blind35 (6 December 2026), as classes ----
    (
        "an animal shut in a hot car",
        rf"\b{_PET}s?\b[^.!?]{{0,40}}\b(in|inside|locked in|shut in|left in) (a|the|their|his|her|my|that|this) (\w+ )?"
        r"(car|hatchback|van|vehicle|estate|motor|suv|truck|4x4)\b"
        r"(?=[^.!?]*\b(windows? (\w+ )?(shut|up|closed)|boiling|baking|roasting|sweltering|scorching|(it'?s|so|really|very) hot|"
        r"heat|panting|sun)\b)",
    ),
    (
        "an animal flat out or unable to stand",
        rf"\b{_PET}s?\b[^.!?]{{0,60}}\b(flat out|won'?t (stand|get) up|can'?t (stand|get) up|"
        r"(won'?t|can'?t) stand(?! (still|for|the|it|him|her|them|being|baths?|up to)\b)|collapsed|gone limp|floppy|not responding|"
        r"unresponsive)\b"
        r"(?![^.!?]{0,30}\b(asleep|sleeping|snoring|napping|tired|happy|relaxed|content|on the sofa|in (his|her) bed|"
        r"after (his|her|a|the|their) (walk|run|play|swim|dinner|tea|groom))\b)",
    ),
)


def emergency(text: str) -> str | None:
    """The reason of the first emergency sign found in ``text`` (normalised, lower-cased), or None."""
    return next((reason for reason, p in EMERGENCY if rx(p).search(text)), None)


def urgent(text: str) -> str | None:
    """The reason of the first urgent sign found in ``text`` (normalised, lower-cased), or None."""
    return next((reason for reason, p in URGENT if rx(p).search(text)), None)
