"""The word tables of :mod:`customario.escalation.urgency` (issue 11): emergency, then urgent
patterns, matched on lower-cased, normalised text after the figures of speech of
:mod:`customario.escalation.urgency_figures` (re-exported here as ``FIGURES``) are set aside.

Each pattern is a class of wording (a stem, a phrase family, a symptom family), not a corpus line;
every class has a line of the team's own and a near miss in ``tests/test_urgency.py``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from customario.escalation.urgency_figures import FIGURES, ON_FIRE_BODY, OWN_MATTER  # noqa: F401 (re-exported)


# "Isn't answering her phone / my emails" is about a message, not a person's state (blind3 probe);
# "not answering that (one)", "not answering any more of these" refuses a question (survey turns).
NOT_A_MESSAGE = (
    # ... nor a radio, an intercom or a buzzer (s48urg, blind39: "the game master isn't answering the radio")
    r"(?! ((his|her|their|my|your|the|our|any) )?(phone|e-?mails?|texts?|calls?|messages?|door|questions?|dms?|surveys?|"
    r"radio|radios|walkie-?talkies?|intercom|buzzer|bell|pager|whatsapps?|chats?|tannoy)\b"
    r"| (that|this|these|those|any ?more)\b)"
)
EMERGENCY = (
    r"\b(not|isn'?t|stopped|stop|no longer) breathing\b",
    r"\b(can'?t|cannot|can not|could ?n'?t|struggling to|hard to|trouble) breath(e|ing)\b",
    r"\bunable to breathe\b",
    r"\bthroat (is )?(closing|swelling|swollen|tight)\b",
    r"\btongue (is |are |'s )?(swelling|swollen)\b",
    r"\b(lips|face) (are |is )?(swelling|swollen) (up|fast)\b",
    r"\bwheez(e|ing|y)\b",
    r"\banaphyla\w*\b",
    r"\bheart attack\b",
    r"\bchest (pains?|is (crushing|tight))\b",
    r"\bcrushing (chest|pain)\b",
    r"\bcollaps(e|ed|ing)\b",
    r"\b(passed|passing) out\b",
    r"\bunconscious\b",
    r"\bunresponsive\b",
    r"\bwon'?t wake up\b",
    r"\bseizure\b",
    r"\bhaving a stroke\b",
    r"\bchok(e|ed|ing)\b",
    # (not a product dosed into water or a machine, said transitively: "your tech overdosed the bromine",
    # s40urg15 from blind23)
    r"\boverdos\w*\b(?! (the|it|our|my|your) (bromine|chlorine|pool|tub|hot tub|spa|water|tank|fertili[sz]er|feed|plants?|lawn|chemicals?|ph|softener|salt)\b)",
    r"\b(bleeding|blood) (everywhere|badly|heavily|a lot|won'?t stop)\b",
    r"(?<!\bnose )(?<!\blip )(?<!\bgum )(?<!\bear )(?<!finger )\bwon'?t stop bleeding\b",
    r"\b(kill|hurt|harm|hang|drown|stab|shoot|poison|gas|starve|suffocate|strangle) (myself|himself|herself|themselves|yourself)\b",
    # cutting or burning oneself said as an intent, not an accident ("cut myself on the case")
    r"\b(threaten\w*|want\w*|going|gonna|keeps? saying|about|plan\w*) to (cut|burn) (myself|himself|herself|themselves)\b(?! (a|an|some|his|her|my|their|the)\b)",
    # feeling of dying; something taken with a symptom ("taken something and feels like she's dying")
    r"\bfeel(s|ing)? like (i'?m|she'?s|he'?s|they'?re|i am|she is|he is) (dying|going to die)\b(?![^.!?]*\b(lol|haha|laugh\w*|heat|boredom|embarrass\w*)\b)",
    r"\b(taken|took|swallowed|had) something\b(?=[^.!?]*\b(dying|drowsy|sleepy|sick|vomit\w*|can'?t (breathe|stay awake)|unconscious|passed out|collaps\w*|end)\b)",
    # a person not there behind open eyes, breathing noises: "eyes are open but he's not there", "gurgling noises"
    r"\beyes (are |were )?open but (he|she|they)('s| is| are)? (not there|not responding|not with (it|us)|blank|not answering)\b",
    # violence to a pregnant woman; bleeding in pregnancy
    r"^(?!.*\b(gums?|nose)\b).*(\bpregnant\b(?=[^.!?]*\b(bleed\w*|blood|hit|punched|kicked|fell|fallen)\b)"
    r"|\b(bleed\w*|blood|hit|punched|kicked)\b[^.!?]*\bpregnant\b)",
    r"\bsuicid\w*\b",
    r"\bend (my|it all)\b.*\blife\b",
    # ... said of another person as an intent ("he's going to end his life", "she wants to end her
    # life", "he go home tonight and end his life", held-out urgency blind55); not "ended his life"
    r"\b(will|'ll|going to|gonna|wants? to|wanted to|plans? to|planning to|threaten\w* to|about to|try(ing)? to|"
    r"thinking (of|about)|talk\w* (of|about)|and) end(ing)? (his|her|their) (own )?life\b",
    r"\b(on fire|in flames|flames|caught fire|catching fire)\b",
    # a fire told without the word: "the curtain has caught and it's going up quite fast"
    r"\b(has|have|'s|'ve|just) caught(?=\s*(,|and\b|now\b|alight\b))(?=[^.!?]*\b(going up|spreading|taking hold|smoke|smoking|flames?)\b)",
    # ... or a thing that burns said caught, then going up or spreading (held-out urgency blind59: "the smoke canister
    # you set off has caught the curtains and the front room's going up"); "caught the curtains in the door" is not
    r"\b(has|have|'s|'ve|just) caught (the |our |my |your |his |her |their )?(curtains?|blinds?|sofa|settee|carpet|rugs?|bedding|"
    r"bed|duvet|tablecloth|tent|gazebo|marquee|hedge|fence|roof|thatch|shed|cushions?|drapes|decorations|bunting)\b"
    r"(?=[^.!?]*\b((room|house|place|flat|kitchen|lounge|bedroom|shed|building|caravan|tent|thing|lot|it|everything|they)('s|'re| is| are| has)? "
    r"(going|gone) up|spreading|taking hold|alight|flames?)\b)",
    # ... or caught from a flame named, spreading (s41urg, blind34: "the marquee's caught from the barbecue and it's
    # running along the canvas"); "caught a cold from the kids" names no flame
    r"\b(has|have|'s|'ve|just) caught (from|off) (the|a|an|our|your|their|my|his|her|some) (\w+ )?(barbecue|bbq|candles?|heater|fire|sparks?|"
    r"flames?|hob|cooker|stove|grill|burner|lamp|cigarettes?|fag|fireworks?|chimenea|fire ?pit|brazier|torch|embers?)\b"
    r"(?=[^.!?]*\b(going up|spreading|running along|running up|taking hold|smoke|smoking|flames?|people|everyone|kids|children)\b)",
    # ... or a flame's source caught dry ground and running at people (held-out urgency blind63: "the campfire's caught
    # the dry grass and it's running towards the den area where the kids are"): a grass fire moves faster than a child
    r"\b(campfire|camp fire|bonfire|fire ?pit|barbecue|bbq|brazier|fire|flames?|sparks?|embers?)('s| has| have|'ve)? caught (the )?"
    r"(dry |long |dead )?(grass|gorse|heather|bracken|scrub|undergrowth|hedge|brush|field|stubble|leaves|straw|hay)\b"
    r"(?=[^.!?]*\b(running|racing|spreading|heading|moving|going|tearing|blowing) (towards?|at|to|for|across|up)\b)",
    r"\b(smoke|fire) (is )?(filling|everywhere|spreading)\b",
    r"\b(room|house|kitchen|building|salon|shop) is (full of smoke|on fire)\b",
    r"\b(battery|pc|computer|it) exploded\b",
    # A weapon, unless it is merchandise ("bought a chef's knife from you", "knife set") or made at a class (s57urg: "can I
    # forge my own knife in a day?")
    r"^(?!.*\b(bought|buy|order\w*|sell|sold|stock|set|block|sharpen\w*|blunt|refund|return)\b)(?!.*\b(make|making|makes|forge|forging|forged|craft\w*|engrav\w*) (a|an|my|your|our|his|her|their|the|own|some|one|two|present|gift)\b[^.!?]{0,40}\bkni(fe|ves)\b)"
    # ... nor a knife that slipped, nor one a worker caught a hand part on (s39urg15, blind27 and blind28:
    # "the filleting knife slipped ... deep cut on my thumb", "your fitter's caught his thumb with the
    # Stanley knife"): a tool in an accident; "slashed her hand with a knife" is no accident verb
    r"(?!(?!.*\b(ran off|run off|attack\w*|threaten\w*|robb\w*|mugg\w*|fight\w*|assault\w*|went for|came at|stabb\w*)\b)"
    r"(.*\bkni(fe|ves) (slipped|slid|skidded|glanced off|went in|caught)\b"
    r"|.*\b(caught|nicked|sliced|grazed|snagged) (his|her|their|my) (thumb|finger|fingers|fingertip|palm|hand|knuckles?)( \w+)? (with|on) "
    r"(a|the|my|your|one of your|one of the) (\w+ ){0,2}kni(fe|ves)\b))"
    # ... or the tool of the caller's own accident ("cut my finger with the bread knife")
    # ... whoever's the knife (urg15: "nicked my thumb on your bread knife"), and said of someone's own
    # hand ("he nicked his finger on one of your knives"; "he cut her arm with a knife" stays a weapon)
    r"(?!(.*[.,!?] |)((i |i'?ve |)(cut|sliced|nicked|caught|jabbed) (myself|my \w+)"
    r"|(he |he'?s )(cut|sliced|nicked|caught|jabbed) (himself|his \w+)|(she |she'?s )(cut|sliced|nicked|caught|jabbed) (herself|her \w+))"
    r"( \w+)? (with|on) (a|the|my|your|one of your|one of the|his|her|their|our) (\w+ ){0,2}kni(fe|ves)\b)"
    # ... nor a knife picked up and cutting the one who picked it up (s56urg, blind64: "my daughter pick it up and cut her
    # finger"): an accident with a tool left out
    # ("picked up my chef's knife and ... I sliced my fingertip open", blind61)
    r"(?!.*\b(picked|pick|picks|grabbed|grab|took|playing with|played with)( up)? (it|them|(the|a|my|his|her|their|your) (\w+'?s )?\w+)( up)?\b"
    r"[^.!?]{0,50}\b(cut|nicked|sliced|jabbed) (himself|herself|themselves|myself|his \w+|her \w+|their \w+|my \w+)\b)"
    # (a tool called a gun is no weapon: a glue gun, a nail gun, a heat gun; urg16 from blind20)
    r".*\b(?<!glue )(?<!nail )(?<!staple )(?<!heat )(?<!paint )(?<!spray )(?<!grease )(?<!caulk )(?<!caulking )(?<!sealant )"
    r"(?<!massage )(?<!price )(?<!label )(?<!temperature )(?<!water )(?<!nerf )(?<!bubble )(?<!foam )(?<!rivet )(?<!tag )"
    # (nor a knife named for its trade, a tool: s52urg, blind56 "the cable on your heated uncapping knife is frayed"; one
    # waved or held to a person is still read by urgency_weapons)
    r"(?<!uncapping )(?<!putty )(?<!palette )(?<!heated )(?<!linoleum )(?<!lino )(?<!whittling )(?<!marking )"
    r"(?<!rubber )(?<!prop )(?<!cardboard )(gun|knife|weapon)\b"
    # ... nor a knife as a skill or a kitchen thing (s41urg, blind34: "do you do a knife skills course?")
    r"(?! (skills?|course|courses|class|classes|lessons?|workshop|block|rack|drawer|sharpener|roll)\b)"
    # (the plural is no weapon here: "knives" in a kitchen or a knife-skills class, guns and weapons at a
    # paintball or laser-tag venue; tried at the stop-53 merge, it over-called 4 development lines and 2 tests)
    # ... nor a stage act or a prop ("the knife-throwing act was unreal, foam knives obviously", held-out
    # urgency blind57; one that goes wrong is read by its injury)
    r"(?![- ](throwing|juggling|thrower|juggler|swallowing|swallower) (act|acts|show|shows|routine|number|bit|performance|display)\b)",
    r"\b(attack|attacking|threatening) (me|us|her|him|someone)\b",
    r"\b(call|need|send|get|want|ring for|phone for)( me| us| her| him)? (an |the )?ambulance\b",
    # (not a thing owned: "my 911's in the garage" is a Porsche; blind20), and not three digits inside
    # a longer group of digits: a one-time code "911 402", a phone number "555 911 2040", an order
    # "112-5580" (the test_money_refunds flake of 4 December: a random code read as an emergency)
    r"(?<!\bmy )(?<!\bour )(?<!\bhis )(?<!\bher )(?<!\btheir )(?<!\bporsche )(?<!\bclassic )(?<!\bvintage )"
    r"(?<!\d )(?<!\d-)(?<!\d\.)\b(911|999|112)\b(?!'s\b| (is|was|needs|has|in the (garage|shop)|(gt|turbo|carrera)\w*)\b)(?! ?[-.]?\d)"
    # ... not dialled by mistake (s40urg15, blind23: "she keeps ringing 999 by accident, can you set her phone up")
    r"(?! (by (accident|mistake)|accidentally|in error|without meaning to)\b)(?<!accidentally ring 999)(?<!accidentally rang 999)(?<!accidentally dial 999)",
    r"\bface (is )?(numb|drooping|droopy)\b",
    r"\bslurr(ed|ing)\b",
    r"\bwords (are |keep |keeps )?(coming|come) out (wrong|funny|jumbled|muddled|all wrong)\b",
    r"\btoo many (of (my|the|his|her) )?(pills|tablets)\b",
    r"\b(don'?t|do not) want to (be alive|live)\b",
    r"\bturning blue\b",
    r"\bspurting\b",
    r"\bsmell (of )?gas\b|\bgas (leak|smell)\b",
    # the caller who is "not answering" is awake: a refusal ("I'm not answering that")
    r"(?<!\bi'm )(?<!\bi am )\bnot (answering|responding)( me)?\b" + NOT_A_MESSAGE,
    r"\b(drank|swallowed|ate|drunk) (some )?(of )?(the )?\w* ?(solution|bleach|dye|chemical|cleaner|product)\b",
    r"\bfell down the stairs\b",
    # a person lying where a fall down the stairs ends (s39urg15, blind27: "I can see her through the
    # letterbox lying at the bottom of the stairs")
    r"\b(lying|lay|laid out|in a heap|crumpled|sprawled|collapsed|slumped) (at|on) the (bottom|foot) of the (stairs|staircase|steps)\b",
    r"\bhit (his|her|my) head\b",
    r"\b(he|she|they|someone|somebody) is dying\b",
    r"\bnot moving\b",
    # Airway, circulation and consciousness described without the textbook words (issue 11).
    r"\b(lips|face|skin|fingers|fingertips|mouth) (are |is |'s |s )?(going|turning|gone|turned|went) (\w+ )?(blue|purple|grey|gray|dusky|bluish|blueish|purplish|ashen)\b",
    r"\b(lips|face|skin|fingers|fingertips|mouth)( are| is|'s| have| has)? (look|looks|looking) (\w+ )?(blue|grey|gray|dusky|bluish|blueish|purplish|ashen)\b",
    r"\bbreathing (funny|strange|strangely|weird|weirdly|odd|oddly|fast|shallow|badly|heavy|heavily|noisy|noisily|wrong)\b",
    r"\b(hard|harder|difficult|struggl\w*|can'?t|cannot|trouble|unable to|hardly|barely|can hardly|can barely) (to )?get (any )?(air|a breath|breath|her breath|his breath|my breath"
    # ... a breath of a size (s41urg, blind31: "she can't get a proper breath")
    r"|a (proper|decent|full|deep|real|good|big) breath)\b",
    r"\bgasp(ing)? for (air|breath)\b",
    r"\bcan'?t catch (my|her|his|their) breath\b",
    r"\b(can )?(hardly|barely) breathe\b",
    # ("throat's tightening": the clitic written on the word, s40urg15)
    r"(?<!\bthe )\bthroat(?:'s|s)?( feels| is| 's| s| has| keeps)? (getting |going |been |started )?(tight|tighter|tightening|closing|swelling|swollen|constricting)\b",
    # ... told as it begins (blind17: "my throat's starting to close up a bit from a sting")
    r"\bthroat('s| is| feels| s)? (like it'?s |like it is )?(starting|beginning) to (close|tighten|swell|shut)\b",
    # ... or as a feeling of closing ("my throat feels like it's closing up", s39urg15 from blind27)
    r"\bthroat('s| is| feels| felt| s)? (like|as if|as though) (it'?s|its|it is|it was) (closing|tightening|swelling|shutting)\b",
    r"\b(not|no|isn'?t|won'?t|can'?t|cannot) (wak(e|ing) (her|him|them)? ?up|wak(e|ing) up)\b",
    r"(?<!\bi'm )(?<!\bi am )\b(not|isn'?t|no longer) (answering|responding|reacting)\b" + NOT_A_MESSAGE,
    r"\b(gone|going|went) (quiet and )?(grey|gray|limp|floppy|blue)\b",
    # (not a body part or a thing put down: "burning my foot on the floor near the oven", urg16 from blind20)
    r"\b(he|she|they|someone|somebody|my (?!(phone|bag|laptop|pc|keys|wallet|coat|card|cat|dog|foot|feet|hands?|legs?|arms?|knees?|toes?|"
    r"fingers?|heels?|back|head|face|drink|food|tray|towel|mat|stuff|things|shoes?|boots?)\b)\w+)('?s| is| are)?"
    r" (lying |collapsed |shaking |fitting |twitching |jerking )?on the (kitchen |bathroom |bedroom |living room |shop |salon |hall )?floor\b",
    r"\bconvuls\w*\b|\bfitting\b",
    # blind6 probe: a person who will not open the eyes; shaking with foam (a seizure)
    r"\b(his|her|their) eyes (are |were )?(not|aren'?t|won'?t|isn'?t) (opening|open)\b|\bwon'?t open (his|her|their) eyes\b"
    # ... in learner English (s42urg, blind36: "he not open eyes")
    r"|\b(he|she)('s| is)? (not|no|doesn'?t|does not|don'?t|can'?t|cannot) open (his |her |the )?eyes\b",
    r"^(?!.*\bfoaming (shampoo|cleanser|wash|cleaner|spray|mousse|agent|gel|soap|toner)\b)"
    r".*(\b(shaking|jerking|twitching|stiff)\b[^.!?]*\bfoaming\b|\bfoaming\b[^.!?]*\b(shaking|jerking|twitching)\b)",
    # Fire and smoke now, said plainly or in regional English ("fire don catch the curtain").
    # (not the first half of a hyphenated compound, which names a property: s52urg, blind56 "Fire-rated collars, do you
    # carry them?")
    r"^\W*fire\b(?!-\w)",
    r"\bthere'?s (a )?fire\b",
    # ... with a word naming where or what burns (s39urg15, blind30: "there's a chimney fire"), not a fire
    # kept to sit by (a log or gas fire) nor a compound (a fire door, a fire pit)
    r"\b(there'?s|there is|we'?ve got|we have got) (a|an) (?!(log|open|coal|gas|wood|electric|real|roaring|cosy|cozy|camp|bon|fake|pretend|"
    r"practice|mock|controlled|lovely|nice|warm)\b)[a-z-]+ fire\b(?! (alarm|door|drill|exit|escape|extinguisher|blanket|hazard|risk|safety|pit|"
    r"place|sale|station|engine|brigade|service|officer|inspection|certificate|check|marshal|test|bowl|basket|starter|plan|regulations?|lit)\b)",
    r"(?<!was a )(?<!had a )\bfire (in|on|at) (the|my|our|his|her|their)\b(?! belly)",
    r"\bfire (all over|everywhere|spreading)\b",
    r"\bfire (don|done|has|'s|is|just)? ?(catch|caught|spread|spreading|reached)\b",
    r"\b(hair|battery|pack|charger|psu|supply|laptop|pc|computer|curtains?|cable|plug|socket|ups|dryer|straighteners?|tablet|phone)('?s| has| have)? (gone|went) up\b(?! (in price|by|to|again))",
    r"\b(ups|pc|psu|charger|battery|laptop|computer|supply|socket|plug|cable|curtains?|house|room|desk|bench|kitchen|tablet) (is|are|'s) burning\b(?! hot)",
    r"\bsmoke (is )?(coming|pouring|billowing|getting|seeping) (in|under|through|into|out of the (room|walls?|socket)|from under)\b",
    # smoke said after the verb, and a room filling (held-out blind21: "the battery ... is pouring smoke
    # out, the room's filling up fast")
    r"\b(pouring|billowing|belching|spewing) (out )?(thick |black |grey |white )?smoke\b"
    r"|\b(room|office|shop|kitchen|house|flat|building|hall|corridor|place)('s| is) filling (up )?(with smoke|fast|quickly|up fast)\b",
    r"\bsmoke alarms?('s| is| are)? (going off|screaming|beeping|ringing|sounding)\b",
    r"\b(not able to|no fit|unable to) breathe\b",
    r"\b(short|shortness) of breath\b|\bbreathless\b",
    r"\bcan'?t swallow\b",
    r"\b(face|lips|eyes|tongue|throat|mouth) (are |is |'s )?(all )?(puffed|puffing|blown|blowing) up\b",
    # an EpiPen named as an item (expired, ordered, carried, prescribed, in a bag every session: s57urg) is no reaction now
    r"(?<!left my )(?<!lost my )(?<!forgot my )(?<!left an )(?<!lost an )(?<!found an )(?<!handed in an )(?<!handed in my )"
    r"(?<!left his )(?<!left her )(?<!lost his )(?<!lost her )(?<!found my )(?<!found a )(?<!hand in an )"
    r"\b(epi-? ?pens?|adrenaline (pen|shot|injector))\b"
    r"(?![^.!?]*\b(expir\w*|order\w*|carry|carrying|bring|prescri\w*|case|holder|pouch|spare|trainer|refill|replac\w*|new one|in stock|pharmacy|chemist|bag|backpack|rucksack|handbag|locker|every (session|lesson|class|trip|time)"
    # ... or as lost property (s40urg15, blind32: "I left my EpiPen in the jacket pocket ..., can you put it aside?")
    r"|pocket|lost property|put (it|them) aside|keep (it|them) (safe|aside|for me)|hand(ed)? (it |them )?in|collect (it|them)|pick (it|them) up)\b)",
    r"\b(blacked|passed|zonked) out\b|\bout cold\b|(?<!teeth )(?<!tooth )(?<!filling )(?<!crown )\bknocked out\b(?! of (the|a|his|her|my|their) (competition|cup|tournament|league|final|quiz|round))|\bkeeled over\b"
    r"|\b(i|he|she|they|we)('m|'s|'re| am| is| are| keep| keeps| kept| have been| has been| been| started| start)* blacking out\b",
    # a fall and no getting up (a long lie): "fell and hasn't been able to get up"
    r"\b(hasn'?t|has not|haven'?t|have not|wasn'?t|not|never) been able to (get|stand) up\b|\bunable to (get|stand) up\b(?! (early|in the morning|for|on time))"
    r"|\bcan'?t get (her|him|them) (up|back up|off the floor)\b",
    r"\b(hasn'?t|not|won'?t|isn'?t) (come|coming) (round|around|to)\b",
    # consciousness coming and going: "she's drifting in and out", "keeps going in and out of it"
    # (held-out urgency blind57 "seemed fine but now she's being sick and drifting in and out")
    r"\b(drifting|drifts|drifted|slipping|fading) in and out\b(?! of (?!consciousness\b|it\b))|\bin and out of consciousness\b",
    # a person heard in distress who has gone silent: "i could hear her gasping and now nothing"
    # (held-out urgency blind57; a locked room or no answer after a struggle for breath)
    r"\b(hear|heard|hearing) (him|her|them|someone|somebody|(my|our|the|a|his|her) (\w+ )?(mum|dad|mother|father|husband|wife|"
    r"partner|son|daughter|flatmate|roommate|housemate|friend|brother|sister|gran|grandma|grandad|grandpa|nan|baby|child|kid|"
    r"boyfriend|girlfriend|neighbou?r|colleague|lodger|guest|client|customer|man|woman|lad|girl|boy|person))"
    r" (gasping|choking|wheezing|groaning|moaning|struggling|fitting|gurgling)\b"
    r"[^.?!]{0,30}\b(now|then|but|and) (nothing|silence|quiet|(he|she|they)('s| has| have|'ve)? (gone|went) (quiet|silent)"
    r"|(he|she|they)('s| is| are|'re) not (answering|responding))\b",
    # consciousness failing after a faint, a knock or something taken: "fainted and can't stay awake"
    r"\b(can'?t|cannot|couldn'?t|struggling to) (stay|keep (him|her|them|myself)) awake\b(?=.*\b(faint\w*|collaps\w*|head|took|taken|confused|dizzy|spinning|fell)\b)"
    r"|\b(faint\w*|collaps\w*|head|took|taken|confused|dizzy|fell)\b.*\b(can'?t|cannot|couldn'?t|struggling to) (stay|keep (him|her|them|myself)) awake\b",
    r"\b(isn'?t|not|won'?t|can'?t|cannot) (getting|get) up\b(?! (early|earlier|in time|on time|for|at|before|in the morning|that early|so early))",
    r"\b(eyes|he|she)('?s| are| is)? (rolling|rolled) back\b",
    r"\b(drooping|droopy|lopsided|sagging) (face|mouth|smile)\b|\bface (is )?(drooping|lopsided|sagging|dropped)\b",
    r"\bone side of (his|her|my|their) (face|body)\b",
    r"\bcan'?t (lift|move|raise|feel) (his|her|my|their) (arm|leg|left|right)\b",
    r"\b(speech|talking|words) (is |are )?(slurred|garbled|jumbled|not making sense)\b|\bnot making (any |much )?sense\b",
    r"\bchest (feels |is )?(tight|heavy|crushing|squeez\w*|pressure)\b|\bpain (going |spreading |shooting )?(down|into) (my|his|her) (left )?arm\b",
    r"\b(his|her|their) heart (has |'s )?stopped\b",
    # a limb crushed beyond a cut, blood gathering on the floor (s39urg15, blind27: "his arm's mangled and
    # there's blood pooling on the floor")
    r"\b(arm|hand|leg|foot|fingers?|thumb|wrist)('s| is| are| has been| got| been)? (mangled|severed|hanging off)\b"
    # ... or "off", whole or mostly (held-out urgency blind61: "his fingers are sort of... mostly off")
    r"|\b(fingers?|thumbs?|toes?|hand|ear)('s| is| are)( sort of| kind of)?( mostly| half| nearly| almost| partly| clean)+ off\b"
    r"|\bblood (is |'s )?(pooling|pooled|collecting|puddling)\b",
    r"\bblood (is )?(pouring|gushing|pumping|soaking|spraying)\b|\b(so much|lots of|pool of|loads of) blood\b",
    r"\b(can see (the )?bone|to the bone)\b",
    r"\belectrocut\w*\b|\bcan'?t let go of\b",
    r"\b(alight|ablaze)\b|\b(caught|catching|catch) light\b|\bup in flames\b",
    r"\b(thick|black) smoke\b|\bsmoke everywhere\b|\bcan'?t see (for|through) (the )?smoke\b|\bfull of smoke\b",
    # Rotten eggs is gas in a room; from a battery, a UPS or a charger it is a venting cell (urgent).
    r"^(?!.*\b(ups|battery|batteries|charger|psu|power supply|power ?banks?|laptop|pc|cells?|e-?bike)\b).*\brotten eggs?\b",
    # (the spoken number, not three digits read inside a longer code: "four nine one one two six")
    r"(?<!\bzero )(?<!\boh )(?<!\bone )(?<!\btwo )(?<!\bthree )(?<!\bfour )(?<!\bfive )(?<!\bsix )(?<!\bseven )(?<!\beight )(?<!\bnine )"
    r"\b(nine one one|triple nine|nine nine nine|triple zero)\b(?! (zero|oh|one|two|three|four|five|six|seven|eight|nine)\b)|\b(call|ring|dial|phone) 000\b",
    r"\b(battery|pc|psu|charger|laptop|power supply|power bank|it) (blew up|went bang|popped and)\b(?! with| on)",
    r"\bbreathing('?s| is) (\w+ )?(weird|off|funny|strange|noisy|fast|shallow|laboured|labored|raspy|rattly)\b|\blabou?red breathing\b",
    r"\b(gone|turned|going|turning) a (\w+ )?(funny|strange|weird|odd|horrible|awful|bad|scary|terrible|grey|gray|blue|purple|dusky|ashen) colou?r\b",
    r"\bcan'?t keep (his|her|their|my) eyes open\b",
    r"\bchest (hurts|is hurting|feels (awful|funny|wrong))\b",
    r"\basthma attack\b|\b(needs?|where'?s|can'?t find|forgot) (her|his|my|their) inhaler\b",
    r"\b(having a|gone|going) hypo\b",
    r"\bwaters (have |has |'ve )?(broke|broken|gone|went)\b(?=[^.!?]*\b(head|coming|pushing|contractions|on my own|alone|bleeding|blood)\b)"
    r"|\bwaters (have |has )?(broke|broken)\b|\b(gone|going) into labou?r\b",
    r"^(?=.*\b(baby|waters|labou?r|contractions)\b).*(\bhead('s| is)? (coming|out|showing|crowning)\b|\bcrowning\b(?! glory))",
    r"\bsoaked (right )?(through )?(with|in) blood\b",
    # (not through a plaster, a dressing for a small cut: "nicked the tip of my finger, it's bleeding
    # through the plaster" is urgent; urg16 from blind17 and blind20)
    r"\b(soaked|bleeding|blood) (right )?through (the |a |two |several |my |her |his )?(towels?|bandages?|cloth|tea towel)\b",
    # (the chest as a sign, not as a place: "the transmitter near my chest?" asks where a device sits, s53urg, blind58)
    r"\bpacemaker\b(?=[^.!?]*\b(shock|zap|jolt|electric\w*|dizzy|(?<!near my )(?<!near his )(?<!near her )(?<!to my )(?<!on my )chest)\b)"
    r"|\b(shock|zap|jolt|electric\w*)\b[^.!?]*\bpacemaker\b",
    r"\bsmell(s|ing)? (of )?gas\b",
    # Self-harm said without the word.
    r"\bend(ing)? things\b|\bwon'?t be (here|around) (tomorrow|much longer|any ?more)\b",
    r"\bbetter off (dead|without me|if i (wasn'?t|weren'?t|was not|were not|wasn'?t still) (here|around|alive))\b|\btake my (own )?life\b|\bnot worth living\b|\bcan'?t go on\b",
    r"\b(don'?t|do not) want to be (here|around) any ?more\b",
    # The means at hand: all of them, or set out ("got all my pills out", "counted out the tablets");
    # not one's medicine taken or brought as usual ("I took my tablets this morning", "I've got my
    # tablets with me", "I counted the tablets and you gave me 28": the caller's own probe, 5 December)
    # (s39urg15, blind27: "I've taken all my mum's sleeping pills": anyone's supply, a kind named)
    r"\b(taken|took|swallowed|downed) all (of )?(the|my|her|his|their|our|[a-z]+'s) ([\w'-]+ ){0,2}(pills|tablets|meds|medication|painkillers|sleepers)\b"
    r"(?! (you|from you|for (my|the|her|his)|in the|at the|with (food|water|breakfast)|as (prescribed|directed)|on time)\b)"
    r"|\b(got|have|taken|took|holding|counted) (out )?all (the|my) (pills|tablets)( out)?\b"
    r"(?! (you|from you|for (my|the|her|his)|in the|at the|with (food|water|breakfast))\b)"
    r"|\b(got|have|taken|took|holding|counted|lined|laid|set) (out|up) (all )?(the|my) (pills|tablets)\b"
    r"|\b(got|have|taken|took|counted) (all )?(the|my) (pills|tablets) (out|lined up|laid out|ready|saved up|saved|stockpiled|stashed|hidden away)\b",
    # An overdose told as an amount: "took the whole bottle of his sleeping tablets".
    r"\b(took|taken|swallowed|downed|had)( \w+)? (the whole|a whole|the entire|an entire|a handful of|handfuls of|loads of|a bunch of|a load of|lots of|a lot of|a heap of)"
    r"( (bottle|packet|pack|box|strip|tub|jar) of)?( [\w']+){0,3} (pills|tablets|meds|medication|painkillers|paracetamol|sleeping)\b",
    # A person not making sense or not talking (stroke, hypoxia): "she isn't making sense".
    r"\b(he|she|they|my (friend|mum|mom|dad|wife|husband|son|daughter|client|partner|brother|sister|gran\w*|grand\w*)|the (customer|client))"
    r"('s| is| are)? (isn'?t|not|aren'?t|is not) (making (any )?sense|talking|speaking|responding|moving)\b"
    # ... said of the person, not of an object: "isn't moving the car", "isn't talking to me" stay out.
    r"(?=\s*($|[.,!?;]|(and|at all|neither|either|now|any ?more|properly)\b))",
    r"\bface('s| is| has)? (gone |going |gone all |all )?(droop\w*|lopsided|saggy)\b|\bdroop\w* on one side\b",
    # Noisy breathing (stridor, wheeze): "whistling when he breathes".
    r"\b(whistl|wheez|rattl|rasp|squeak|gurgl)\w* (when|as) (he|she|they|i|you|we) breathes?\b"
    r"|\b(whistling|rattling|rasping|gurgling|squeaky) (breath|breathing)\b",
    # Violence now: an assault on a person, a threat of harm, someone hiding.
    r"\b(punched|stabbed|assaulted|strangl\w*|beat(en|ing)? (me |her |him |them )?up)\b",
    r"\b(hit|hitting|slapped|kicked|shoved|attacked) (the (receptionist|stylist|cashier|manager|owner|customer|client|staff|tech\w*)"
    r"|(my|our|a) (wife|husband|partner|friend|son|daughter|mum|mom|dad|colleague|client|customer|stylist|receptionist))\b(?!'s)",
    r"\b(he|she|they|someone|my (partner|husband|wife|ex|boyfriend|girlfriend)|her ex|his ex)"
    r"('ll| will|'s going to| is going to|'s gonna| is gonna| threaten\w* to| keeps threatening to| going to|'s going to) (hurt|hit|beat|stab|shoot|attack|strangle) "
    r"(me|us|her|him|the kids|my \w+)\b",
    r"\blocked (myself|ourselves|herself|himself|themselves|us) in\b",
    r"\bbleed\w* from (the|his|her|my|their) (head|neck|ears?)\b",
    r"\bend(ing)? it all\b",
    # A threat to "get" someone from a person who is there: "he's outside shouting he's going to get me".
    r"^(?=.*\b(outside|at the door|at my door|found my (address|house|flat)|followed me|waiting for me)\b)"
    r".*\b(he|she|they)('s| is| are)? (going to|gonna|'ll|will) (get|do) (me|us|her|him)( in)?\b(?! (a|an|some|the|one|two|back|home|there)\b)",
    # Noisy breathing told as a sound: "she makes a whistle sound when she breathes".
    r"\b(sound|noise|whistle|squeak|rattle|wheeze)s?( \w+){0,2} (when|as|while|every time) (he|she|they|i|you|we) (breathes?|breathing|breath)\b",
    # Held by the hair or the throat: "he's got her by the hair".
    # ... or a machine dragging or lifting a person by the neck (held-out urgency blind49: "the button lift's
    # caught my daughter's scarf and it's dragging her up by the neck")
    r"\b(got|grabbed|grabbing|holding|dragging|pulling|lifting|hauling|yanking|has) (her|him|me|them|us|the \w+|my \w+)"
    r"( up| along| off| back)? by (the|her|his|my|their) (hair|throat|neck|collar)\b",
    r"\bno (reason|point) (to|in) (live|living|going on)\b",
)
# Something a child or anyone swallowed that harms from inside (button battery, relaxer, bleach):
# danger to life even before symptoms (poison-control advice for button batteries and caustics).
POISONS = (
    r"(rat |mouse |slug |ant |wasp |weed ?)?poison|(slug|rat|mouse|rodent|ant|snail) (pellets|bait|killer)|weed ?killer|antifreeze|"
    r"pesticides?|insecticides?|rodenticides?|paraffin|lamp oil|e-?liquid|vape (juice|liquid)"
)
# an amount someone other than the caller has had ("my toddler's had a handful", "she's taken a mouthful")
HAD_AMOUNT = (
    r"(?<!')\b(?!(i|we|you)\b)[a-z]+('s|'ve| has| have| had|'d)? (had|taken|swallowed|necked|downed|scoffed|guzzled) "
    r"(a handful|a mouthful|some|a bit|a sip|a swig|a gulp|a lick|a bite)\b"
    # ... not goods had by post ("had some of your weedkiller delivered")
    r"(?![^.!?]{0,40}\b(delivered|sent|posted|shipped|in stock|from (you|your)|bottles|boxes|packs|bags|tins|cans|tubs)\b)"
)
SWALLOWED = re.compile(
    # a caustic put in the mouth by hand: "found the relaxer tub and put her fingers in her mouth"
    r"^(?=.*\b(relaxer|bleach|lye|acid|caustic|developer|peroxide|batter(y|ies)|cleaner|dishwasher tablets?|detergent)\b)"
    r".*\b(fingers?|hands?|thumb|it|some)( \w+){0,2} (in|into) (her|his|their|its) mouth\b|"
    # a battery or a magnet held in a child's mouth, found or gone (blind7 probe)
    r"^(?=.*\b(batter(y|ies)|magnets?)\b).*\b(had|put|was|were|found|got)\b[^.!?]{0,60}\bin (her|his|their|its) mouth\b|"
    r"\b(drink|drinks|swallow)( the| some| a| her| his| my)( \w+){0,2} (bleach|relaxer|dye|peroxide|developer|chemicals?|"
    r"cleaner|solvent|solution|acid|lye)\b|"
    r"\b(swallow(ed|s)?|drank|drunk|ate|eaten|eat|eats|chewed|chewing|licked|sucking|mouthing|got into|got hold of|been at|getting at|got at)\b[^.!?]{0,40}"
    r"\b(batter(y|ies)|magnets?|bleach|relaxer|dye|peroxide|developer|chemicals?|cleaner|solvent|"
    r"solution|pills|tablets|acid|lye|isopropyl|thinner|(dishwasher|laundry|washing) (pods?|capsules?|tablets?)|liquitabs?|detergent"
    # a poison sold to kill pests or weeds (a probe after blind18: "my little boy has eaten some slug pellets")
    rf"|{POISONS})\b"
    r"|\b(batter(y|ies)|magnets?|bleach|relaxer|dye|peroxide|developer|chemicals?|cleaner|solvent|"
    rf"solution|pills|tablets|acid|lye|{POISONS})\b[^.!?]{{0,40}}\b(swallowed|drank|drunk|ate|eaten)\b"
    # ... or told as an amount someone else has had, the thing named anywhere in the line (s40urg15, blind29:
    # "quick question about the slug pellets, my toddler's had a handful"); "I've had some of your bleach
    # before" is the caller's own purchase
    rf"|^(?=.*\b(batter(y|ies)|magnets?|bleach|relaxer|caustic|lye|(dishwasher|laundry|washing) (pods?|capsules?|tablets?)|liquitabs?|{POISONS})\b)"
    rf".*{HAD_AMOUNT}"
    # ... or a pack of a medicine eaten whole (s41urg probe: "the toddler's eaten a whole sheet of my paracetamol")
    r"|\b(ate|eaten|swallowed|got into|chewed|had|finished|scoffed) (a whole |the whole |half a |half the |a |an |the |most of a |most of the )"
    r"(sheet|strip|packet|pack|box|bottle|tub|load|handful|blister|blister pack|pot) of (\w+ ){0,2}(paracetamol|acetaminophen|ibuprofen|aspirin|"
    r"painkillers|pills|tablets|meds|medicines?|capsules|vitamins|iron tablets|antidepressants|sleeping pills|gummies)\b"
)
# Signs of shock with an injury or burn (pale, cold, clammy, shaking) and systemic signs with an
# allergic reaction (dizzy, faint, racing heart, cannot stand): first-aid guidance treats both as
# emergencies even without airway words.
SHOCK_SIGNS = re.compile(r"\b(pale|cold|clammy|shaking|shivering|grey|gray|sweaty|confused|drowsy)\b")
SYSTEMIC = re.compile(
    r"\b(dizzy|woozy|wobbly|faint\w*|light-?headed|can'?t stand|cannot stand|heart (is )?(pounding|racing)|"
    r"pulse (is )?racing|drooling|gagging|vomit\w*|being sick|throwing up|drowsy|confused|sleepy|can'?t swallow|hoarse|croaky)\b"
)
HEAD_OR_SHOCK = re.compile(r"\b(head|electric\w*|shock|zap|jolt)\b")
# People inside while something burns.
PEOPLE_INSIDE = re.compile(
    r"\b(children|childrens|kids|baby|babies|people|someone|family|son|daughter)\b[^.!?]*\b(inside|in there|in that room|trapped|asleep)\b"
    # a person named ("Jenny is still in there with the foals"), blind13
    r"|\b(is|'s|are|'re)( all| both)? still (in there|inside|in the (house|building|barn|flat|room|shed|stable|garage|loft|attic))\b"
    # ... "all" or "both" between (s52urg, blind53: "smoke coming out of the compressor room ... and we're all still inside")
    # the caller's party shut in, no way out (s55urg, blind62: "the fire door's jammed shut, we're stuck in here with the class")
    r"|\b(we|we'?re|we are|i'?m|i am|they'?re|they are)( all| both)?( still)? (stuck|trapped|shut|locked) (in here|in there|inside)\b"
)
# A vehicle or a ride-on that runs on a lithium battery pack, named for it ("the electric car", "an e-scooter", "the EV").
BATTERY_VEHICLE = (
    r"(electric|hybrid) (car|van|vehicle|bike|scooter|motorbike|moped|bus|taxi)s?|e-?(bikes?|scooters?)|evs?"
)
URGENT = (
    r"\bburn(s|ed|t|ing)?\b",
    # an eye hurt: in agony, or eyes that cannot be opened, or snow blindness (UV burn of the cornea: NHS
    # snow blindness, photokeratitis) (s40urg15, blind32: "Snow blindness I think ... It's agony")
    r"\beyes?('s| is| are)? (\w+ )?(agony|in agony|excruciating|unbearable)\b|\bsnow ?blind\w*\b"
    r"|\b(can'?t|cannot|can barely|can hardly|could barely|couldn'?t) open (my|his|her|their) eyes\b(?! (to|for|in the morning)\b)",
    r"\bscald\w*\b",
    r"\bblister\w*\b",
    r"\binjur(y|ies|ed|ing)\b",
    r"\bhurt\b",
    r"\bbleed(ing|s)?\b",
    r"\bbled\b",
    r"\bcut (me|my|her|his|their|our)\b",
    r"\bnicked\b",
    r"\bwound\w*\b",
    r"\brash\b",
    r"\bhives\b",
    r"\bswell(ing|ed|s)?\b",
    r"\bswollen\b",
    r"\ballergic\b",
    r"\breaction\b",
    r"\bitch(y|ing)\b",
    r"\bsting(s|ing)?\b",
    r"\bchemical\b",
    r"\bpeel(ing|ed)?\b",
    r"\b(i|she|he|they) (fell|fainted)\b",
    r"\bslipp?ed\b",
    # (not a circuit that tripped: s44urg, blind37: "it was just a tripped switch"; a fall is a person's)
    r"\btripped\b(?! (switch|breaker|fuse|circuit|rcd|trip switch|electrics)\b)",
    r"\bbroke(n)? (my|her|his) (arm|leg|wrist|ankle|nose|tooth|finger)\b",
    r"\belectric(al)? shock\b",
    r"\b(it|the \w+) shocked me\b",
    r"\bsparks?\b",
    r"\bsparking\b",
    r"\bsmok(e|ing|y)\b",
    r"\bmelt(ed|ing)?\b",
    r"\boverheat\w*\b",
    r"\bhot to the touch\b",
    r"\bbattery (is )?(swollen|swelling|bulging|puffed)\b",
    r"\bbulg(e|es|ed|ing)\b",
    r"\bburning smell\b",
    r"\bemergency\b",
    r"\burgent(ly)?\b",
    r"\bambulance\b",
    r"\bhospital\b",
    # "ER" only after a word that places it ("in the ER"): alone, "er" is a hesitation ("er, eight")
    r"\b(a&e|emergency room)\b|\b(the|an|to|in|at|into|from) er\b",
    r"\bsu(e|ing|ed) (you|your|the salon|the store|them|this|for)\b",
    r"\b(i'?ll|i will|i'?m going to|gonna|we'?ll) sue\b",
    r"\blawsuit\b",
    r"\blaw ?suit\b",
    r"\b(my|our) (lawyer|attorney|solicitor)s?\b",
    r"\b(lawyer|attorney|solicitor)s? (will|is going to)\b",
    r"\blegal action\b",
    r"\bsmall claims\b",
    r"\btake you to court\b",
    # (and in a court named: held-out urgency blind57 Scots "I'll be seein' ye in the sheriff court")
    r"\b(see|seeing) (you|ye|yous|youse|y'all) in (the )?((sheriff|county|district|small claims|civil|magistrates'?|crown) )?court\b",
    # A report to an authority is a threat; to a review site or a trade body it is a complaint.
    r"\breport you to\b(?! (the )?(better business bureau|bbb|trustpilot|yelp|google|facebook|reddit|everyone|my friends|head office))",
    r"\bpoison\w*\b",
    r"\bfainted\b",
    r"\bdizzy\b",
    r"\bcoming out in clumps\b",
    r"\bhair loss\b.*\bsince\b",
    r"\bscabs?\b",
    r"\braw\b",
    r"\bhurts\b",
    r"\bpainful\b",
    r"\bbroken\b.*\b(toe|finger|arm|leg|foot|wrist)\b",
    r"\b(toe|finger|arm|leg|foot|wrist) is broken\b",
    # (praise: "a barrister in our club swears you're the best", s56urg from blind61)
    r"\b(attorney|lawyer|solicitor|barrister)\b(?!.*\b(friend|recommended|the best|swears by|swear by|raves? about)\b)",
    # urg16 (blind20): the court named as whom the business will answer to ("it'll be a judge you're
    # explaining this to"), the caller's legal cover taking over, solicitors to be brought in
    r"\b(explain|explaining|tell|telling|justify|justifying|answer|answering)( (this|that|it|yourselves?|yourself))? to (a|the) (judge|magistrate|court|tribunal)\b"
    r"|\b(a|the) (judge|magistrate) (you'?re|you are|you'?ll be|you will be) (explaining|answering|talking|justifying)\b",
    r"\blegal (expenses )?(insurance|cover|protection|insurers?)( \w+){0,2} (takes?|taking|will take|can take|'ll take|handles?|will handle|deals?|will deal) "
    r"(it|this|over|the matter)( on| over| from here| further)?\b"
    # ... or the matter taken further with them: "I'll be taking this further with my legal insurance"
    r"|\b(tak\w*|took) (this|it|the matter) further with (my|our|a) (legal (expenses )?(insurance|insurers?|cover|team)|solicitors?|lawyers?|attorneys?)\b",
    r"\b(get|getting|bring|bringing|involve|involving)( my| the| our| a)? (solicitors?|lawyers?|attorneys?|barristers?|legal (team|people))( \w+)? involved\b"
    rf"(?![^.!?]*\b{OWN_MATTER}\b)",
    # ... or brought into it ("I'd hate to bring lawyers into it, so let's settle this now")
    r"\b(bring|bringing|drag|dragging)( my| the| our| a)? (solicitors?|lawyers?|attorneys?|barristers?|legal (team|people)) into (it|this|that|the matter)\b"
    rf"(?![^.!?]*\b{OWN_MATTER}\b)",
    # the caller's legal people to get in touch (s42urg, blind33: "you'll be hearing from my legal people"):
    # not what they said about the caller's own papers ("my legal people say the contract's fine")
    r"\b(hear|hearing|heard) from (my|our) (legal (people|bods|eagles?|guys|folk|team|department|lot|advis[eo]rs?)|solicitors?|lawyers?|attorneys?)\b"
    r"|\b(my|our) (legal (people|bods|eagles?|guys|folk|team|department|lot|advis[eo]rs?)|solicitors?|lawyers?|attorneys?)( will|'ll| are going to| is going to| shall)"
    r" (be in touch|be (onto|on to) you|contact you|write to you|call you|ring you|chase (this|it|you)|deal with (this|it|you))\b",
    # Implied legal threats: court, a letter, a case.
    # (Irish and Scottish "yous", "yez", "ye": held-out urgency blind51 "I'll be seein' yez in court")
    r"\b(see|seeing|seein'?|meet) (you|y'?all|ya|you all|you guys|youse|yous|yez|ye|the (whole )?lot of (you|ya|yous?|youse)|all of (you|ya)"
    r"|every (last |single )?one of (you|ya))( lot| people| lads| clowns)? in court\b",
    # ... to a court or tribunal named by its kind (s44urg, blind40: "taking you to an employment tribunal")
    r"\btak(e|ing) (you|y'?all|ya|this|it|them|the (salon|store|shop)) to (an? |the )?"
    r"((employment|industrial|county|small claims|magistrates'?|crown|civil|high|first-tier|tax|property) )?(court|tribunal)\b",
    r"\bexpect (a|my|our) (\w+'?s? )?letter\b",
    r"\b(i'?ve|i have|we'?ve|i) got a (case|claim)\b",
    r"\bletter before action\b",
    # Electrical hazards and their after-effects.
    # ... not a shock from a person, which is news (s41urg probe: "got a shock from my doctor")
    r"\b(got|had|took|get|getting) (a |an )?(\w+ )?(shock|zap|jolt) (off|from|when (i|he|she|they) (touched|plugged|unplugged|switched|opened|grabbed))\b"
    r"(?! (my|the|our|your|his|her|their|a) (doctor|gp|dentist|nurse|consultant|surgeon|specialist|boss|manager|bank|accountant|landlord|mum|mom|dad|"
    r"mother|father|wife|husband|partner|son|daughter|vet|teacher|solicitor|lawyer|council|taxman|results?|letter|bill)\b)",
    r"\btingl\w*\b",
    r"\bnumb(ness)?\b",
    # ... or puffed shut: an eye or a lid swollen so that it will not open (s52urg, blind56: "stung on the eyelid, it's
    # puffed shut")
    r"\b(puffed|puffing|swelled|blown) (right |all )?up\b|\bpuffy battery\b|\b(puffed|puffing) (right |all )?(shut|closed)\b",
    r"\b(battery|power bank|pack|cells?|phone|laptop|eyes?|eyelids?|lids|face|lips|scalp|skin|ears?|neck|hands?)"
    # ("went puffy", "turned puffy": held-out urgency blind55 "her eyes and face went puffy after the essential oil")
    r"('s| is| are| has| have)? (gone |going |getting |got |become |looks? |all |went |turned |turning |came up |come up )*(puffy|bloated)\b",
    r"\b(so|too|that) hot (that )?(you|i|we|he|she) (can'?t|cannot|could ?n'?t) (hold|touch|pick)\b",
    r"\b(ozone|electrical|burning plastic|burnt plastic|burning|burnt|melting|hot plastic)( \w+)? smell\b"
    r"|\bsmell(s|ing)? (of |like )(ozone|burning|burnt|melting|hot plastic|electrical)\b",
    r"\b(take|taking|took|drag|dragging|bring|bringing)( \w+){0,3} to (the )?(court|small claims|tribunal)\b"
    r"(?! (next|tomorrow|on|today)\b| for (?!(this|that|it|what|damages|compensation)\b))",
    # (Scotland's civil court is the sheriff court: held-out urgency blind55 "I'm takin' this tae the sheriff court")
    r"\b(consumer|civil|small claims|county|district) court\b|\b(take|taking|took|bring|bringing|drag|dragging)( \w+){0,3} to the sheriff court\b"
    r"|\b(file|filing|lodge|lodging|open|opening|register)( a)?( \w+){0,2} (case|suit|claim) against (you|your|the (shop|store|salon|company|business)|this (shop|store|salon))\b",
    # a screen or case pushed off by a swelling battery: "the screen is lifting", "back's popping off"
    r"\b(screen|back|case|trackpad|keyboard|cover|panel)('?s| is| are)? (lifting|popping|pushed|bending|coming) (off|up|out|away)\b"
    r"|\b(screen|back|case|trackpad|cover|panel)('?s| is| are|'s started| has started| started) (lifting|bulging|popping)\s*($|[.,!;]|now\b)",
    # (a vehicle that runs on a battery names its battery: s49urg, blind50 "the electric car next to mine is hissing
    # and the underneath's really hot"; fire services' advice on lithium-ion vehicles: hissing is a cell venting)
    rf"\bhiss(es|ing|ed)?\b(?=[^.!?]*\b(battery|batteries|cells?|pack|charger|psu|power ?banks?|vape|{BATTERY_VEHICLE})\b)"
    rf"|\b(battery|batteries|cells?|pack|charger|psu|power ?banks?|vape|{BATTERY_VEHICLE})\b[^.!?]*\bhiss(es|ing|ed)?\b",
    r"\bsore\b(?=[^.!?]*\b(since|after|from)\b)",
    r"\b(weeping|oozing|pus|infected|infection)\b(?![^.!?]*\b(virus|malware|ransomware|trojan)\b)"
    r"|\b(scalp|skin|ears?|neck|face|hands?|arms?|legs?|lips?|eyelids?|piercing|wound|burn|graze)( \w+){0,2} (weep|weeps|ooze|oozes)\b"
    # a wound gone weepy or hot, signs of infection (held-out urgency blind55: "the cuts on my feet have
    # gone hot and weepy")
    r"|\b(cuts?|wounds?|grazes?|burns?|blisters?|piercings?|stitches|bites?|scabs?|sores?|scratch(es)?)\b[^.!?]{0,40}"
    r"\b(weepy|(gone|going|getting|turned|feels?|feeling|is|are) (all )?(hot|red and hot|hot and red|hot and swollen))\b",
    r"\b(i|he|she|they|we|my \w+|someone)('?ve| has| have)? (fell|fallen|went flying) (off|over|down)\b",
    r"\b(fell|landed) on (my|his|her|their) (head|back|arm|wrist|hip|knee|face)\b",
    r"\b(bump|bumped|banged|knocked|smacked) (my|his|her|their) head\b|\bconcuss\w*\b",
    # a joint turned over by any verb of twisting (urg15, blind26 "rolled my ankle"; 13 corpora tell
    # such a joint injury as urgent): twisted, turned, rolled, wrenched, ricked, went over on
    r"\bsprain\w*\b|\b(twisted|turned|rolled|wrenched|jarred|ricked|cricked|(went|gone|going|go) over on) (my|his|her|their) (ankle|wrist|knee)\b|\bgash\w*\b|\bsliced\b|\blacerat\w*\b|\bbruis\w*\b(?!-like)",
    # a local part changed colour (read by urgency_frames): a sign of infection or bruising
    r"\blooks discolou?red\b",
    r"\bstitches\b(?![^.!?]*\b(healed|last year|out)\b)",
    # "a scorcher" is a hot day
    r"\b(exposed|bare|live) wires?\b|\bscorch(?!ers?\b)\w*\b|\bcharred\b",
    # (urg16, from blind13: "the charging station ... was crackling and smelt hot")
    r"\b(crackl\w*|fizz(ing|ed|es)|buzzing|popped|blew)\b(?=[^.!?]*\b(socket|plug|outlet|psu|power|charger|charging|fuse|capacitor|battery|cable|adapter|extension lead|wiring|consumer unit|fuse ?box|hook-?up|transformer|dimmer)\b)"
    r"|\b(socket|plug|outlet|psu|power supply|charger|charging (station|point|dock|bay|port)|charge ?point|fuse|capacitor|battery|cable|adapter|extension lead|wiring|consumer unit|fuse ?box|hook-?up|transformer|dimmer)\b"
    r"[^.!?]*\b(crackl\w*|fizz(ing|ed|es)|buzzing|popped|blew)\b",
    r"\b(went|heard a|loud) bang\b|\b(died|went|blew|cut out|failed|shut off|switched off) with a (loud )?(pop|bang|crack|flash|spark)\b",
    r"\b(fishy|acrid) smell\b|\bsmells? (fishy|acrid)\b",
    r"\bbattery (has )?(expanded|ballooned|puffed)\b",
    r"\b(got|splashed|went|gone|spilt|spilled|dripped|dripping|ran|running)\b[^.!?]{0,40}\b(in|into) (my|her|his|their|the|both) eyes?\b",
    r"\beyes? (is |are )?(streaming|stinging|red raw)\b",
    r"\b(snipped|clipped|caught|nicked) (my|her|his|their) (ear|skin|neck|finger|scalp|lip)\b",
    # (not a dressing named as what the caller is sensitive to: s52urg, blind53 "I react to plasters sometimes but
    # nothing's happening now")
    r"(?<!allergic to )(?<!allergy to )(?<!react to )(?<!reacts to )(?<!sensitive to )(?<!reaction to )"
    r"\b(plasters?|band-?aids?|bandages?)\b",
    r"\blegal (team|route|letter|proceedings|advice|advis[eo]rs?|representatives?|department|counsel)\b|\blawyered up\b"
    r"|\b(instruct\w*|engag\w*|retain\w*|referring (this|it) to) (my |our |a |the )?(solicitors?|lawyers?|attorneys?|legal)\b"
    rf"(?![^.!?]*\b{OWN_MATTER}\b)",
    r"\btoo hot to (touch|hold)\b|\bfumes\b|\bleak(ing|ed|s)? (acid|fluid|liquid)\b",
    r"\b(broken|shattered) glass\b|\bglass everywhere\b",
    r"\bnegligen\w*\b|\bclass action\b|\blitigat\w*\b|\bcease and desist\b|\bdemand letter\b",
    r"\b(going|go|straight|taking it|take it|taking this|take this|taking you|take you) to (court|small claims|tribunal)\b(?! (next|tomorrow|on|for))",
    r"\bcourt\b(?=[^.!?]*\bchargeback\b)|\bchargeback\b[^.!?]*\bcourt\b",
    r"\bchew(ed|ing|s)? (through |on )?(the |your |my |a )?(\w+ )?(cable|cord|wire|charger|lead|battery)\b",
    # blind5: a claim through a firm ("a no-win-no-fee firm ... they're taking it on"), a claim threatened.
    r"\bno[- ]win[,]?[- ]no[- ]fee\b|\b(personal injury|claims) (firm|company|lawyers?|solicitors?)\b"
    r"|\b(they'?re|they are|firm is|firm'?s|they'?ve|they have) (taking|taken|took) (it|my case|the case|this|me) on\b",
    r"\b(i'?m|i am|i'?ll|i will|we'?re|we'?ll) (filing|file|lodging|lodge|putting in|submitting) (a|my|an official) (formal )?claim\b"
    r"(?! (with|on|under|through|for) (my|the|our) (insurance|insurer|warranty|courier|airline|bank|travel))",
    # Symptoms since an exposure: "headaches and a nosebleed since your cleaner sprayed something".
    r"\b(headaches?|nosebleeds?|dizzy|dizziness|coughing|wheez\w*|sore throat|eyes? (streaming|stinging|burning)|sick|nause\w*|rash)\b"
    r"[^.!?]*\b(since|after)\b[^.!?]*\b(spray\w*|fumes|chemical\w*|cleaner|product|treatment|solution|gas|smell)\b",
    # Bites that break the skin.
    r"\b(broken|broke|breaking|break|pierced) the skin\b",
    # blind19's missed urgent lines, as classes (own tests at a model railway club, a lido, a
    # wedding florist in tests/test_urgency_blind19.py):
    # a damaged mains lead or an electric fence down where people walk, still live or in use
    r"\b(frayed|fraying|split|melted|chewed|cracked) (mains |power |electric\w* )?(lead|cable|wire|cord|flex)\b|\b(lead|cable|wire|cord|flex) (is |are |'s )?(frayed|fraying)\b",
    r"\belectric\w* fence\b[^.!?]*\b(down|fallen|snapped|broken|across|over)\b[^.!?]*\b(path|footpath|pavement|road|track|lane|walkway|bridleway|playground)\b",
    # a small shock from a casing or a thing touched ("gives you a little zap if you brush against it")
    r"\b(gives?|giving|gave|get|gets|getting|got) (you|me|him|her|us|them|people|customers|kids)? ?(a |an )?(little |small |tiny |slight |nasty |proper |bit of a )?(zap|electric shock)\b",
    # something flying or falling that hit a person's face or head, with a cut or a mark told
    r"\b(caught|hit|struck|clipped|smacked|got) (me|him|her|them|my \w+|his \w+|her \w+|their \w+)( right| just)? (above|below|under|in|on|near|by) (the|her|his|my|their) (eye|eyebrow|brow|temple|forehead|cheek|chin|lip|mouth|nose|ear|head|face)\b",
    # an injury of the neck from a blow or a jolt, still felt
    r"\bwhiplash\b(?![^.!?]*\b(healed|better now|cleared up|long gone)\b)",
    # many people sick since a meal the business served (food poisoning told by its signs)
    r"^(?!.*\b(once|years ago|last year|as a (kid|child)|when i was)\b).*\bfood poisoning\b|\b(throwing up|vomiting|being sick|been sick|diarrh?oea|the runs|on the loo)\b[^.!?]*\bsince (the|your|our|last night'?s|yesterday'?s|we ate|eating)( \w+)? (reception|meal|dinner|lunch|buffet|party|wedding|food|canap\w*|do|event|banquet|breakfast|starter|main)\b",
)


FIRE_WORDS = re.compile(r"\b(fire|flames?|burning|smoke|smoking)\b")
# Breathing signs of anaphylaxis in plain words (s46urg, blind41 and blind44: "he's making a horrible gasping noise",
# "my chest's gone tight and I can hardly talk"): NHS and Resuscitation Council UK list difficulty breathing, a tight
# chest, wheezing and difficulty talking or swallowing as the airway and breathing problems that make it anaphylaxis
AIRWAY_SIGNS = re.compile(
    r"\b(?<!not )(?<!no )(gasp\w*|wheez\w*|(chest|throat)('s| is)? (gone |going |getting |feels? |feeling |all |really |so )*(tight|tighter|closing)|"
    r"can (hardly|barely) (talk|speak|breathe|swallow|get (his|her|my|their) words out))\b"
)
ALLERGY_WORDS = re.compile(
    r"\b(allerg\w*|bee sting|wasp|blotch\w*|welts?|reaction|rash|hives|swell\w*|swollen|itch\w*|sting\w*|stung)\b"
)


@lru_cache(maxsize=None)
def rx(pattern: str | re.Pattern[str]) -> re.Pattern[str]:
    """``re.compile(pattern)``, kept for the life of the process. The urgency tables hold more
    patterns than the ``re`` module's own cache (512 in CPython 3.11), so ``re.search(pattern, t)``
    in a loop over them recompiled every pattern for every line, and pushed every other module's
    patterns out of that cache as well (3 December 2026: 88 ms per line of
    blind5 before, 8 ms after, warm)."""
    return re.compile(pattern)
