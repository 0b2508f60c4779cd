"""Figures of speech and harmless uses set aside before the urgency word tables are matched (issue 11).

Split out of :mod:`customario.escalation.urgency_rules` (which re-exports these names) when that
module passed 600 lines: these tables say what is *not* danger now ("on fire today", "killing me",
"a hair emergency", a lawyer on the caller's own matter), where ``urgency_rules`` says what is.
:data:`FIGURES` is a tuple of regular-expression strings, each removed from the lower-cased,
normalised line (``re.sub`` with a space) before the emergency and urgent tables are matched;
:data:`ON_FIRE_BODY` turns a body part "on fire" into a burning feeling. Every pattern has a line of
the team's own and a near miss in the tests.
"""

from __future__ import annotations

import re

# Matters of the caller's own that take a lawyer: "my solicitor needs receipts for my divorce".
OWN_MATTER = (
    r"(divorce|custody|probate|conveyancing|mortgage|tenancy|visa|immigration|house (sale|purchase|move)|tax return|estate|"
    # ... or a sale or purchase of the caller's own (s44urg, blind40: "handling the sale of my boat")
    r"(sale|purchase) of (my|our|his|her|their) [a-z]+|"
    r"my will|her will|his will)"
)
# Words that cannot follow a possessive "her": after "sue her" or "taking her" they make "her" the
# person sued ("sue her for every penny", "taking her to court").
_NOT_A_NOUN = (
    r"(to|for|over|if|unless|because|and|or|in|at|on|when|after|before|by|now|again|too|then|myself|personally)"
)
# Figures of speech and harmless uses removed before matching.
FIGURES = (
    # an adrenaline pen brought or carried along is the kit of a standing allergy, not a reaction now (s49urg, from
    # blind48: "can you cater for a guest with a severe sesame allergy? She'll bring her own adrenaline pen"); a pen
    # used, given or not working is read
    r"\b(bring|brings|bringing|carry|carries|carrying|keep|keeps|keeping|pack|packs|packing) (her|his|their|my|our|your|an?) "
    r"(own )?(spare )?(epi-? ?pens?|adrenaline (pens?|shots?|injectors?|auto-?injectors?))\b"
    r"(?![^.!?]*\b(us(e|ed|ing)|gave|given|giving|inject\w*|jabb?\w*|stabbed|work\w*|not|isn'?t|didn'?t|doesn'?t|needs?|needed)\b)",
    # a made thing falling in "like a soufflé" (a thing, "it", never a person; s48urg, blind48)
    r"\bit(?:'s| has)? (?:just |completely |totally )?collapsed like an? \w+\b",
    # Said of a result or a mood, not of flames: "on fire today", "on fire, smashed every record".
    r"\bon fire (today|tonight|lately|this (week|season|year|morning))\b",
    # ... or of enthusiasm for a topic (s50urg, blind49: "the whole house is on fire about it"): "on fire about" a topic,
    # "with excitement" ("on fire over the road" is a place); flames are on fire with nothing after them
    # ... or "for" a pastime said by its keen one (s57urg: "I'm on fire for pottery now")
    r"\bon fire (about|for) (it|this|that|them|him|her|(the|this|that|their|our|your|my) (\w+ )?(idea|topic|project|news|trip|plan|show|course|class|"
    r"match|game|book|film|party|visit|subject|talk|event|hobby|craft|sport|pastime|club))\b"
    r"|\b(i'?m|i am|we'?re|we are|i'?ve been|we'?ve been|(he|she|they|my \w+|our \w+)('s|'re| is| are| has been|'s been|'ve been| have been)) "
    r"(so |totally |absolutely |really |just )?on fire for (pottery|knitting|baking|"
    r"climbing|running|cycling|painting|gardening|fishing|golf|dance|dancing|music|art|football|tennis|it all|\w+ing)\b"
    r"|\bon fire with (excitement|enthusiasm|ideas|questions|joy)\b",
    # The weather, said with "it" standing for no thing (s50urg, blind49: "It's scorching today, are the courts still
    # open?"): heat of the day, no burn; "it's scorching my hand" has an object and stays
    r"\b(it'?s|it is|it was|it'?s been|it has been)( absolutely| really| so| proper| bloody| just)? (scorching|boiling|roasting|baking)( hot)?\b"
    r"(?! (my|his|her|the|their|our|your|me|him|them)\b)"
    r"|\b(scorching|boiling|roasting|baking)( hot)? (day|days|weather|heat|sun|summer|afternoon|morning|weekend|out there|outside)\b",
    r"\bon fire\b(?=[^.!?]*\b(records?|scores?|benchmarks?|fps|frame ?rates?|smash\w*|winning|streak)\b)",
    # Praise of a new thing the caller then asks to book (urg16, from blind18: "The new flash
    # sheet is on fire, can I book the snake design?"); a real fire comes with no wish to book it
    r"\b(the |your |this |that )?(new|latest) (\w+ ){1,2}((at|from|in) (your|the) (\w+ ){1,2})?(is|are|'s|'re) (totally |absolutely |literally |just )?on fire\b"
    r"(?=[^.!?]*[,.!?;]\s*(so )?(can|could|may) (i|we) (book|try|reserve|pre-?book)\b)"
    r"(?![^\n]*\b(smoke|smoking|flames?|help|spreading|trapped|alarm|911|999|brigade|extinguisher|out of the building|burning)\b)",
    # Nobody hurt: a negated injury is not one ("nobody hurt", "no one was injured", "I wasn't hurt").
    r"\b(nobody|no ?one|no-one)('?s| was| got| is| were)? (hurt|injured|burn(ed|t))\b|\bno (injuries|injury|harm done)\b",
    r"\b(wasn'?t|weren'?t|not|never) (hurt|injured)\b",
    # ... and a breathing sign denied of everyone (s55urg, blind62: hives after a drink, "nobody's wheezing or anything",
    # "nobody's struggling to breathe"): the reaction is read without it
    r"\b(nobody|no ?one|no-one|none of (us|them|the \w+))('?s| is| are| was| were| has| have)? (struggling|fighting|battling) (to|for) (breathe|breath|air)"
    r"( or anything)?\b"
    r"|\b(nobody|no ?one|no-one|none of (us|them|the \w+))('?s| is| are| was| were| has| have)? (wheez\w*|gasping|short of breath|breathless|"
    r"having (any )?(trouble|difficulty|problems?) breathing)( or anything)?\b",
    # nothing harmed, said of things ("Nothing burnt, all fine": s39urg15, from blind28)
    r"\bnothing('s| was| got| has been| were)? (burnt|burned|damaged|caught|melted|scorched|on fire|singed)\b",
    # A course of medicine finished as prescribed is no overdose ("I've taken all my antibiotic tablets
    # as prescribed"; s39urg15, the other side of "taken all my mum's sleeping pills")
    r"\b(took|taken|finished|completed|swallowed|had) all (of )?(my|her|his|their|the) ([\w'-]+ ){0,2}(pills|tablets|meds|medication|antibiotics|capsules|course)"
    r"( \w+){0,3} (as (prescribed|directed|instructed|the (doctor|gp|pharmacist|nurse|dentist) (said|told me))|like the (doctor|gp|pharmacist|nurse|dentist) said)\b",
    # A conductor denied ("no bare wires or anything", "without any exposed cable"): the check found
    # nothing (s39urg15, with the exposed-conductor class of urgency_conductors)
    r"\b(no|not any|without any|without|none of the) (bare|exposed|live|loose|stripped) (copper |mains )?(wires?|wiring|cables?|copper|conductors?)\b",
    # Surprise, not a collapse: "nearly fainted when she saw my haircut".
    r"\b(nearly|almost|practically)( \w+)? (fainted|died|passed out|fell over|choked|collapsed|keeled over|threw up|had a (heart attack|stroke|fit|seizure))( \w+){0,3}"
    r" (when|at|seeing|after seeing|over|because of)\b",
    r"\bburn(ed|t)? out\b",
    r"\bburn(ed|t)? (a|the) (cd|dvd|disc)\b",
    r"\b(is|are|was|it'?s|that'?s|this is|you'?re) killing me\b",
    r"\bkilling (it|time)\b",
    r"\bdying (to|for)\b",
    r"\bdead (on arrival|pixel|battery|link|end)\b",
    r"\bdead (tired|serious|easy)\b",
    r"\bto die for\b",
    r"\b(hair|fashion|style|wardrobe|makeup|color|colour|nail|beauty|wedding|party) emergency\b",
    r"\bit'?s urgent,? i need\b",
    r"\burgent(ly)? need\b",
    r"\bnot (an )?(emergency|urgent)\b",
    r"\bno (rush|emergency|hurry)\b",
    r"\bin case of (an )?emergency\b",
    r"\bemergency contact\b",
    r"\b(my|a|our) (lawyer|solicitor|attorney|barrister) (friend|buddy|mate|cousin|neighbou?r|sister|brother|recommended|said|told me you"
    # ... or who sent the caller to the business (s49urg, blind50: "my solicitor put me onto your Saturday charity bingo")
    r"|put me (onto|on to)|pointed me (to|towards)|sent me (to|your way)|told me about)\b",
    r"\bsuing (my|the|our) (landlord|ex|neighbou?r|employer|boss|insurance)\b",
    r"\b(on|in) fire sale\b",
    r"\bfire (away|sale|up)\b",
    r"\b(my|the) (computer|pc|laptop|phone|screen|gpu|card) (is|keeps) (freezing|crashing)\b",
    r"\bheart attack (price|prices)\b",
    # rich food called a heart attack served up (s55urg, blind62: "your breakfast is a heart attack on a plate"):
    # on a plate, in a bun, in a bowl, on a stick
    r"\b(a |an )?heart attack (on a (plate|stick|bun|bap|roll)|in a (bun|bowl|box|bap|roll|tin|glass|cup|basket))\b",
    r"\b(gave|give|gives|giving) (me|us|him|her) (a heart attack|chest pains?|palpitations|a stroke)\b",
    r"\bnearly had a heart attack\b",
    r"\bbleeding edge\b",
    r"\bbreath(e|ing)? (of )?fresh air\b",
    r"\btake (my|your) breath away\b",
    r"\b(no|without|not any|never had) (trouble|problem|problems|difficulty|issue|issues) breathing\b",
    r"\b(never|haven'?t|hasn'?t|didn'?t|not)( \w+){0,3} (use|used|needed|need) (my|her|his|their|an|the) epi-? ?pens?\b",
    r"\bbreathing (is )?(fine|ok|okay|normal)\b",
    r"\bcan breathe( fine| ok| okay)?\b",
    r"\bcrash(ed)? and burn(ed|t)?\b",
    r"\bburns? (right )?through\b",
    # burnt by a seller before: a figure; "been burned by the chip pan" (a made thing, now) is read by urgency_stories
    r"\bbeen burn(ed|t) before by\b|\bbeen burn(ed|t) by\b(?=[^.!?]*\b(before|in the past|too many times|sellers|companies|shops)\b)",
    r"\b(got|was|get|getting) burn(ed|t) by (the|a|my|that|their|your|this) (last |previous |other )?"
    r"(shop|store|salon|company|seller|deal|place|site|website|retailer|brand)\b",
    r"\ber (doctor|nurse|physician|consultant)\b",
    r"\bbleed\w* (me|us|you|them) dry\b",
    r"\bburning up\b(?=[^.!?]*\b(fever|temperature)\b)",
    r"\bburn unit\b",
    r"\bcrime scene\b",
    r"\b(might|may|could) be allergic\b",
    r"\bif i'?m allergic\b",
    # An allergy named before a question ("I'm allergic to PPD, do you patch test?") is a question,
    # not a reaction; symptom words elsewhere in the line still count.
    r"\ballergic to [\w-]+\b(?=.*\?)",
    r"\bemergency\b(?=.*\b(won'?t|doesn'?t|can'?t) (boot|start|turn on|work)\b)",
    r"\bdeadline emergency\b",
    r"\bcut (my|his|her|their|our) own (hair|fringe|bangs|beard)\b",
    r"\b(virus|malware|ransomware|trojan|spyware)( \w+)? infect\w*\b|\binfect\w* (with|by) (a |some )?(virus|malware|ransomware|trojan|spyware)\b",
    # "a nit emergency", "a gaming emergency": a noun that is not about health makes it colloquial.
    r"\b(a|an|my|our|this|bit of an?) (?!(medical|real|genuine|actual|proper|serious|health|fire|gas|electrical)\b)[a-z-]+ emergency\b",
    r"\bburn-?in\b",  # a PC burn-in test
    # blind3 (development since 3 Dec 07:00): praise, a fitting, legal and emergency words as nouns.
    r"\bon fire\b!*(?=[^.?]*\b(love|thank|gorgeous|amazing|obsessed|stunning)\b)",
    r"\b(light|ceiling|wall|pipe|bathroom|kitchen|shower) fittings?\b|\bfitting (me|us|her|him|them) in\b",
    r"\bnot (a|an) (lawyer|legal|court|solicitor) (situation|thing|matter|issue)\b",
    # the caller's own hair greying: "I'm going grey and want an all-over colour"
    r"\b(i'?m|i am|i'?ve|i have|been|started|starting|we'?re) (going|gone|turning|turned) (grey|gray|white)\b"
    r"(?=[^.!?]*\b(hair|colou?r|dye|roots|tint|highlights|cover|blend\w*)\b)",
    # ... a firm named as a workplace or a place, not one the caller has engaged (s43urg, blind35: "we've
    # instructed a law firm and they'll be filing ...", read by urgency_threats)
    "".join(
        rf"(?<!\b{v} {d} )"
        for v in ("instructed", "retained", "engaged", "hired", "appointed")
        for d in ("a", "the", "our", "my")
    )
    + r"\b(lawyer|attorney|solicitor|law)('s|s'|s)? (office|firm|practice|chambers)\b",
    r"\bemergency (fringe|trim|cut|appointment|slot|booking|blow-?dry|colou?r|repair|fix|service call)\b",
    r"\bemergency services\b(?=[^.!]*\b(discount|deal|offer|rate|paramedic|nurse|firefighter|i'?m a)\b)"
    r"|\b(discount|deal|offer|rate)s? (to|for) emergency services\b",
    r"\?[^.!]*\b(i'?m|i am) allergic to [\w-]+",
    r"\b(never|not|no)( had| having| got| getting)?( a| any)? (allergic )?(reaction|rash)s?\b",
    r"\b(always|usually|every (winter|summer|year))( gets?| goes| is| are)? (itchy|dry|flaky|sensitive|oily|frizzy)\b",
    # damage named as a kind (an insurance claim): "smoke damage to the ceiling"
    r"\bsmoke (effects?|particles?|grenades?|shaders?|damaged?|stains?|staining)\b|\bin-game\b",
    r"\bfell (in love|asleep|for|through|behind|out with)\b",
    r"\bsmoking (fast|quick|hot deal|deal|price)\b|\bchok(ed|ing) up\b",
    r"\b(smoking hot|on fire|fire)\b!*(?=[^.?]*\b(best|love|loving|amazing|gorgeous|stunning|obsessed|brilliant|beautiful|looks great)\b)",
    r"\b(i|we|he|she|they) (was|were) on fire (at|in|during|last)\b",
    r"\beyes roll\w* back (when|as) (i|we) (saw|heard|read|got|opened)\b",
    # frustration, unless it is happening with blood or again and again (self-injury now)
    r"\bbang\w* (my|his|her|their|our) heads? against (a|the) (brick )?wall\b"
    r"(?![^.!?]*\b(blood|bleed\w*|over and over|again and again|repeatedly|won'?t stop|keeps? (doing|going))\b)",
    r"\bhow (do|can|should) (i|you|we) (stop|prevent|fix) (my|the|a|this) (laptop|pc|computer|cpu|gpu|card|console|phone)"
    r" (from )?overheat\w*",
    r"\bsmok(e|es|ed|ing) (the |all |every |those |my old )?(benchmarks?|competition|scores?|games?|fps|rest of)\b",
    # money and prices "on fire" ("my wallet is on fire after that price"): hyperbole, not flames
    r"\b(wallet|bank account|card|budget|bill|price|prices|account|credit card)('?s| is| are)? (basically |literally |practically )?on fire\b",
    r"\b(basically|practically|almost|like) on fire\b",
    # a skin that reacts to some products, a standing condition told beside a product question (s43urg, blind35:
    # "Do you use oatmeal shampoo? He gets itchy with some brands")
    r"\b(gets?|goes|get|went) (a bit |really |very |quite )?(itchy|a rash|rashes|blotchy|flaky|dry|red)( skin)? (with|from|after|on) "
    r"(some|certain|cheap|most|other|scented|perfumed|those|the cheaper) (brands?|shampoos?|products?|soaps?|washes|dyes?|creams?|detergents?)\b",
    # legal advice as a service the business runs (s43urg, blind38: "happy to volunteer at your legal advice drop-in")
    r"\b(your|the|a|our|their|free) legal advice (drop-?ins?|clinics?|services?|centres?|centers?|sessions?|desks?|lines?|surgery|surgeries|hours|evenings?|days?)\b",
    # a used plaster found lying about, a hygiene complaint (s43urg, blind35: "There's a plaster floating in the
    # learner pool, gross")
    r"\b(plasters?|band-?aids?)( \w+){0,2} (floating|bobbing|lying|stuck to|left) (in|on|around|about|by)( the| your)?( \w+)? (pool|water|floor|changing rooms?|showers?|benches?|seats?|tables?)\b",
    # ... a kind of one too (s43urg, blind38: "I'm a retired barrister, happy to volunteer")
    r"\b(i'?m|i am|i was) (a|an) (retired |former |trainee |qualified |practising |practicing |newly qualified |junior |senior |family |criminal |"
    r"property |employment |immigration )?(lawyer|attorney|solicitor|barrister|paralegal|judge)\b",
    r"\b(i'?m|we'?re|you'?re|you guys are|you are) on fire (today|lately|this week|tonight|with)\b",
    r"\b(fps|frame ?rate|sales|deals?|prices|game|gaming|streak|team|look|new look)('?s| is| are)? on fire\b",
    r"\b(i'?m|we'?re) (dying|melting) (here|in this heat|of boredom|laughing|of laughter)\b",
    r"\b(my )?heart (stopped|skipped a beat|sank|dropped) (when|at|for a|seeing|reading)\b",
    r"\bno (breathing|breath) (problems?|issues?|difficult\w*|trouble)\b",
    r"\bphone (blew|blowing) up\b",
    r"\bbleeding hearts?\b|\bchok(ed|ing) back (the )?(tears|a sob|sobs|emotion|laughter)\b",
    r"\bpassing out (parade|ceremony)\b",
    r"\bstatic (shock|zap)\b(?!.*\b(still|tingl\w*|numb|burn\w*)\b)",
    # blind5 (development since 3 Dec 11:20). Someone's profession is not a threat ("my cousin's a
    # lawyer, she built her own PC"), unless the line says what the lawyer will do to the business.
    # ... nor the caller's own, with the field named (s44urg, blind37 and blind40: "I'm a family law solicitor
    # so my hours are all over the place")
    r"\b(\w+'s|\w+ is|she is|he is|she'?s|he'?s|i'?m|i am) (a|an) (\w+ ){0,3}(lawyer|solicitor|attorney|barrister|litigator|paralegal|judge)\b"
    r"(?![^.!?]*\b(letter|writ\w*|contact\w*|(?<!for )(?<!before )court|sue|suing|claim|in touch|draft\w*|send\w*|on it|behalf|look|should|will|going to|deal with|hear(ing)? from|grounds)\b|'ll\b)",
    # urg16 (blind17, blind20): a legal team or a company's own lawyer asking for a document before a
    # booking or a contract ("our HR lawyer will want to look over your waiver"): a check, not a threat
    r"\b(our|my|the|their|his|her) (company'?s |firm'?s )?(hr |in-house |company |corporate )?(legal (team|department|people)|lawyers?|solicitors?|legal)"
    r"( \w+){0,2} (needs?|wants?|will want|'ll want|would like|asked for|asks for|requires?|has to|have to|must|to)( to)?( (see|look over|review|check|read|approve|sign off))?"
    r"( over)? (the|a|your|our|copies of|a copy of)( \w+){0,3} (certificates?|contracts?|waivers?|polic(y|ies)|insurance|documents?|paperwork|terms|licen[cs]es?|"
    r"risk assessments?|files?|agreements?|booking forms?|t ?& ?cs)\b(?![^.!?]*\b(claim|sue|suing|court|damages|compensation|proceedings|injur\w*|negligen\w*)\b)",
    # the caller's own lawyer on a matter of their own: "my solicitor says I need receipts for my divorce"
    rf"\b(my|our|a|the) (lawyer|solicitor|attorney|barrister)s?\b(?=[^.!?]*\b{OWN_MATTER}\b)",
    # ... the matter named first (urg16, blind15: "because of the divorce, my lawyer says I need a letter")
    rf"\b{OWN_MATTER}\b[^.!?]*\b(my|our|a|the) (lawyer|solicitor|attorney|barrister)s?\b(?! (will|is going to|'ll|says (you|your)|wants (you|your)))",
    # ... or on a suit against a third party named in the sentence (urg16, blind17: "I'm suing my former
    # business partner and need a quiet table for a meeting with my solicitor")
    r"\bsuing (my|his|their|our) [^.!?]*\b(my|our|a|the) (lawyer|solicitor|attorney|barrister)s?\b(?! (will|is going to|'ll|says (you|your)))",
    # a legal threat disowned (urg16, blind15 and blind17: "not a lawsuit, just a review", "I'm hardly
    # getting a lawyer over a sandwich"); "not afraid to get a lawyer" goes on past the negation
    r"\b(not|hardly|never|no need for|won'?t be|wouldn'?t|without|no) ((getting|get|going to get|involving|calling|hiring|hire|worth|worth getting) )?(a |an |any )?(lawyers?|solicitors?|lawsuits?|legal action)\b"
    r"(?![^.!?]*\b(yet|for now|unless|but if|if (you|it|this|the|i)|next time)\b)",
    r"\b(lawyer|solicitor|attorney|barrister)('s|s'|s)? (appointment|meeting|call|consultation)\b(?! (you|him|her|them|us|your|the (shop|store|salon|manager|owner))\b)",
    # legal action against a third party: "suing my old employer", "taking my ex to court"
    # ("her" is a possessive only with a noun after it: "taking her to small claims" is the business's
    # owner taken to court, blind17)
    r"\bsu(e|ing|ed) (my|his|her|their|our) (?!(hair|salon|shop|store|stylist|hairdresser|barber|colou?rist|order|laptop|pc)\b)"
    rf"(?!{_NOT_A_NOUN}\b)(\w+ ){{0,2}}\w+",
    r"\b(tak(e|ing)|took|drag\w*|bring\w*) (my|his|her|their|our) (?!(salon|shop|store|stylist|hairdresser|barber)\b)"
    rf"(?!{_NOT_A_NOUN}\b)(\w+ ){{0,2}}to (the |an? )?(\w+ )?(court|small claims|tribunal)\b",
    # ... or against a public body or a counterparty of the caller's own with "the" (s51urg, blind54: "I'm suing the
    # council over that pothole")
    r"\b(su(e|ing|ed)|tak(e|ing)|took) the (local |county |city |district |parish )?(council|government|city|state|police|nhs|dvla|"
    r"hmrc|irs|dmv|other driver|landlord|letting agents?|letting agency|housing association|insurers?|insurance company|"
    r"airline|developers?|estate agents?)\b"
    # (unless the business is a party too: blind47 "taking the council to court ... and your branch will be named in it")
    r"(?![^.!?]*\b(your (\w+ )?(branch|shop|store|company|business|firm|staff|manager|salon|centre|center|club|school|course|"
    r"place|lot|team)|(against|and|name|named|naming|include|including|sue|suing) (you|ya|y'?all)|you('ll| will) be (named|included|hearing))\b)",
    # an allergy named after a question is a standing condition ("does it have nuts? my daughter's allergic")
    r"\?[^.!]*\b(\w+'s|she is|he is|i'?m|i am|they'?re|we'?re|is|are) allergic\b(?! reaction)",
    # "emergency" as a generic noun: "I've seen every kind of emergency"
    r"\b(every|any|all|kinds? of|sorts? of|types? of|lots of|plenty of|all sorts of)( \w+)? emergenc(y|ies)\b",
    # a hospital visited for a routine reason, a recovery, or a workplace: "in the hospital waiting room
    # for my routine scan", "on the ward recuperating after her hip op"
    r"\b(hospital|a&e)\b(?=[^.!?]*\b(routine|check-?up|scan|antenatal|physio\w*|blood test|visiting hours|appointment|operation|op|procedure|"
    r"recover\w*|recuperat\w*|convalesc\w*|surgery|"
    r"having (her|his|my|their) \w+ (done|replaced|removed|out|fixed))\b)"
    r"|\b(work|working|job|shift) (at|in) (the|a) hospital\b",
)
# A body part "on fire" is a burning feeling (urgent), not flames.
ON_FIRE_BODY = re.compile(
    # ... and what is worn in the skin (blind18: "my tattoo is on fire since the balm", a burning feeling)
    # (s42urg, blind33: "Me fingers are on fire after three hours of moss stitch")
    # ... not a place named by a part after a preposition of place (s48urg, blind43: "the polytunnel at the back is on
    # fire" was read as a back burning): "at the back", "out the front", "round the side" are where the fire is
    r"(?<!\bat the )(?<!\bin the )(?<!\bout the )(?<!\bround the )(?<!\baround the )(?<!\bby the )(?<!\bnear the )"
    r"(?<!\bfrom the )(?<!\bto the )(?<!\bup the )(?<!\bdown the )(?<!\bout )"
    r"\b(scalp|skin|head|face|eyes?|neck|ears?|hands?|feet|lips?|throat|mouth|arms?|legs?|back|tattoo|piercing|wound|graze|"
    r"fingers?|fingertips?|thumbs?|toes?|knees?|calves|thighs?|shoulders?|wrists?|palms?|soles|heels?|ankles?"
    # ... and the muscles by name (s48urg, blind48: "my forearms are on fire after yesterday, totally pumped")
    r"|forearms?|biceps|triceps|quads?|hamstrings?|glutes|abs|muscles?|calf|shins?|hips?|elbows?|bum|buttocks?|feet)('s)?"
    r"( is| are| r| was| were| feels?| felt| feels? like (it'?s|its|it is)| has been| have been|'s been| been| still| literally| totally| just)+ on fire\b"
)


# An ache told by the simile of a blow from a vehicle (s48urg, blind48: "my neck feels like it's been hit by a truck
# after the long drive"): a feeling, not a collision; removed by :func:`similes` before any reader. A look told so is
# a figure too (s50urg, blind52: "the big bowl I made ... looks like it was hit by a bus").
_HIT_BY_SIMILE = re.compile(
    r"\b(?:fe(?:el|els|elt|eling)|looks?|looked|looking) like (?:i'?ve|i have|i'?d|it'?s|it has|i|it|he'?s|she'?s|we'?ve|they'?ve)(?: been| got| just| was| were)* "
    r"(?:hit|run over|knocked down|flattened|trampled|steamrollered|mown down) by an? (?:\w+ )?"
    r"(?:truck|bus|lorry|train|steamroller|tank|tractor|juggernaut|car|van|herd of \w+|freight train|double-decker)\b"
)


# The pain of a procedure told after it in a simile of violence (s52urg, blind53: "the ribs were brutal, felt like
# being stabbed for three hours, but the artist was lovely"): past ("felt"), with the procedure or its length named.
# A pain that "feels like being stabbed" now, in a chest or a belly, is a symptom and is left alone.
_PROCEDURE_SIMILE = re.compile(
    r"\bfelt like (?:being|getting|i was being|i was getting|i'?d been|i had been) (?:stabbed|knifed|skewered|branded|skinned|"
    r"sandpapered|attacked)\b"
    r"(?=[^.!?]*\b(?:tattoo\w*|session|sitting|wax\w*|piercing|needle|laser|threading|epilat\w*|hours|artist|appointment)\b)"
)


def similes(t: str) -> str:
    """``t`` (normalised, lower-case) with an ache told as "feels like I've been hit by a truck" read as an ache, and
    a procedure's pain told as "felt like being stabbed for three hours" read as sore."""
    return _PROCEDURE_SIMILE.sub(" felt sore ", _HIT_BY_SIMILE.sub(" aches ", t))
