"""The two codes every survey question allows: "don't know" ("not sure", "no idea", "beats me",
"I haven't decided yet") and "refused" ("I'd rather not say", "none of your business", "skip").

The vocabulary behind :mod:`customario.dialogue.answers`, which codes an answer ``dont_know`` or
``refused`` when the question allows it (``allow_dont_know`` / ``allow_refused``), and never for a
number given to a numeric question. Pure functions, no I/O.
"""

from __future__ import annotations

import re

from customario.dialogue.refusal_words import REFUSED as _REFUSED
from customario.dialogue.spoken import clean


def _any(patterns: tuple[str, ...], text: str) -> bool:
    return any(re.search(p, text) for p in patterns)


# The end of a whole answer: what may follow a don't-know said as the entire answer.
_ALONE = r"(\W+(honestly|to be honest|really|sorry|though|first|yet|by now|anyway|now))*\W*$"
_DONT_KNOW = (
    r"\bdon'?t know\b",
    r"\bdo not know\b",
    r"\bdunno\b",
    r"\bidk\b",
    r"\bidunno\b",
    r"\bnot (really |quite |too |so )?sure\b",
    # Scots "no" for "not": "I'm no sure", "I'm no rightly sure" (answers blind64)
    r"\b(?:i'?m|i am|we'?re|we are) no (really |rightly |quite |too )?(?:sure|certain)\b",
    r"\bno (real |earthly )?idea\b",
    # Spanish "no sé" ("I don't know"), said by Spanish-speaking callers answering in English (answers
    # blind72 had stored "No sé." as a no); "no se puede" ("it can't be done") is no don't-know
    r"\bno s[eé]\b(?! puede)",
    # Malay "tak tahu" / "tak tau" ("don't know"), as Malaysian callers say it in English
    r"\btak (?:tahu|tau)\b",
    r"\bunsure\b",
    # "I can't rightly say", "I genuinely cannot remember the day"
    r"\b(?:can'?t|cannot|can not) (really |rightly |genuinely |honestly |truly |truthfully )?(say|remember|recall|decide|tell)\b",
    r"\bno opinion\b",
    # "Same as always, whatever it is": the figure is not known, only that it does not change
    # (alone or after "same as always": "the sixth option, whatever that is" names an option)
    r"^\W*(?:(?:um+|uh+|oh|well)\W+)?(?:(?:the )?same as (?:always|usual|ever|last (?:time|month|year)|every \w+)\W+|"
    r"the usual\W+)?whatever (?:it|they) (?:is|was|are|were|comes? to|came to|costs?)\W*$",
    r"\b(hard|difficult|tough) to say\b",
    # "Hard to judge, I mostly sat back", "I can't compare, I've never done one" (answers blind39)
    r"\b(?:hard|difficult|tough|impossible) to (?:judge|tell|rate)\b|\bi (?:can'?t|cannot|couldn'?t) (?:really )?(?:judge|compare)\b",
    r"\bdon'?t (really )?(remember|recall)\b",
    r"\bno clue\b",
    r"\bhaven'?t (got )?(a|the (faintest|slightest)|any) (clue|idea)\b",
    r"\bbeats me\b",
    r"\bwho knows\b",
    # the rhetorical "How would I know" said without its question mark too: "How would I know, I
    # can't play myself" (answers blind58; blind31 "How would I know? Ask the league secretary.")
    r"\bhow (?:would|should|could|'?d) i (?:ever |possibly )?know\b|\bhow am i (?:supposed|meant) to know\b",
    # ... not a habit of forgetting a thing ("I own one but I forget it most weeks": held-out answers
    # blind31 had coded a don't-know; the answer is neither yes nor no, asked again)
    # nor forgetting said of things in general, the reason for a yes ("Definitely, I forget
    # everything" to "Would you like a text reminder?": held-out answers blind59 had coded it a
    # don't-know) or a habit ("I forget to floss")
    r"\bi forget\b(?![^.!?]*\b(?:(?:most|some|half the|every other|all the) (?:weeks?|times?|nights?|days?|months?|sessions?)|"
    r"sometimes|often|usually|a lot|now and then|occasionally)\b)"
    r"(?!\s+(?:everything|anything|things|stuff|loads|to\b|about\b|my (?:own )?(?:appointments?|dates?|head|keys)))",
    r"\bi forgot\b",
    # ... with an adverb between: "I couldn't really say", "couldn't honestly tell you" (answers blind46)
    r"\bcouldn'?t (?:really |honestly |rightly |truly )?(say|tell (?:you|ya|ye|yer))\b",
    # "Forgot, sorry": the word alone at the start of the answer
    r"^\W*(?:(?:um+|uh+|er+|oh|honestly|sorry|gosh)\W+)*(?:completely |totally |clean )?forg[oe]t\b",
    r"\bnot certain\b",
    r"\bno (way to|way of) (know|knowing|telling)\b",
    r"\bi have no (idea|clue)\b",
    r"\bdon'?t have an opinion\b",
    r"^\s*(um+|uh+|hmm+|er+)?\s*\?*\s*(good question)\s*[.!?]*$",
    r"\bnot a clue\b",
    # A bare "maybe" is no don't-know: to a yes/no question it is between yes and no, elsewhere it
    # names no value, so it is asked again (blind3 hs-096).
    r"^\s*(we'?ll see|undecided|not decided( yet)?)\s*[.!?]*$",
    # Whole answers only: "I haven't decided yet, probably Plus" gives a value.
    # "We haven't decided yet" (answers blind34) as "I haven't decided yet" (blind, blind2, ...),
    # also after a hedge that opens it: "Maybe, we haven't decided" (held-out answers blind61 had
    # stored a no from the "haven't")
    # ("I haven't really made up my mind", answers blind67: an adverb between them too)
    r"^\W*(?:(?:maybe|perhaps|possibly|not sure|dunno|um+|uh+|well|honestly)\W+)*(i |we )?(haven'?t|have not|not) (yet )?"
    r"(?:(?:really|quite|fully|actually|properly|totally) )?(decided|made up (my|our) minds?)( yet)?" + _ALONE,
    # ... with what it hangs on said before or after: "Depends on his exam results, we haven't decided",
    # "We haven't decided yet, it depends on the fees" (answers blind60): undecided, not a condition
    r"^\W*(?:it |that )?depends (?:on|who|what|how|whether)\b[^.;!?]*[,.;]\s*(?:i |we )?(?:haven'?t|have not|not) (?:yet )?"
    r"(?:decided|made up (?:my|our) minds?)" + _ALONE,
    r"^\W*(?:i |we )?(?:haven'?t|have not|not) (?:yet )?(?:decided|made up (?:my|our) minds?)(?: yet)?\s*[,.;]\s*"
    r"(?:it |that )?depends (?:on|who|what|how|whether)\b[^?]*$",
    r"^\W*(?:(?:oh|well|um+|uh+|gosh|honestly)\W+)*(i |i'?ve |i have |we'?ve )?(always |just |completely |long since )?"
    r"(lose|lost|loose) count" + _ALONE,
    # "Honestly I lost count, it was a big crowd of cousins" (answers blind39): a figure said beside it
    # still gives the answer (answer_codes.refused_or_dont_know)
    # "I honestly lost count" (answers blind41): an adverb of candour before it too
    r"\b(?:i|we) (?:just |completely |totally |honestly |genuinely |kind of |sort of )?(?:lost|lose) count\b"
    r"(?! of (?:the|my|our|how)\b)",
    # "I'll have to check my calendar and get back to you" (answers blind41): the answer put off
    r"^\W*(i'?ll|i will|i'?d|i would|i) (have|need) to (check|look)( (my|the|our) (calendar|diary|schedule))?"
    r"(?: and (?:get back to you|let you know|call you back|ring you back|come back to you))?" + _ALONE,
    # Never measured: "I didn't count, sorry", "I didn't time it", "I never add it up" (answers
    # blind41, blind33, blind23), said as the whole answer; "I didn't count the chef" is no such thing
    # "I've never counted them", "we haven't counted" (answers blind49, where "never" had been read as 0)
    r"^\W*(?:(?:um+|uh+|oh|well|honestly|sorry)\W+)*(?:i |we |i'?ve |we'?ve |i have |we have )?"
    r"(?:(?:didn'?t|did not|never|don'?t|do not) (?:really |actually |even |ever )?"
    r"(?:count(?:ed)?|tim(?:e|ed)|measur(?:e|ed)|tally|tallied|add(?:ed)?)|(?:haven'?t|have not) (?:really |actually |even |ever )?"
    r"(?:counted|timed|measured|tallied|added))(?: (?:it|them|that|those))?(?: up)?" + _ALONE,
    r"\bdon'?t keep track\b",
    # The same not-measuring said in the progressive, or the track lost, as the whole answer: "I
    # wasn't counting, sorry", "we weren't keeping track", "I've completely lost track of the days"
    # (answers blind48, blind51); "we lost track of time and missed the bus" tells a story
    # "Haven't been keeping track, sorry" (answers blind64): the perfect, its subject often dropped
    r"^\W*(?:(?:um+|uh+|oh|well|honestly|sorry)\W+)*(?:(?:i |we )(?:wasn'?t|was not|weren'?t|were not)|"
    r"(?:i |we |i'?ve |we'?ve |i have |we have )?(?:haven'?t|have not) been) (?:really |actually )?"
    r"(?:counting|keeping (?:count|track)|timing it)(?: (?:them|it|that))?" + _ALONE,
    r"^\W*(?:(?:um+|uh+|oh|well|honestly|sorry)\W+)*(?:i'?ve |i have |we'?ve |we have |i |we )(?:completely |totally |"
    r"kind of |sort of |just )?lost track(?: of (?:the )?(?:days?|dates?|time|it|them|that|things|everything))?"
    + _ALONE,
    # "I'd have to check with my husband", "I'd need to ask the wife first, I'm only the lodger";
    # "Let me check with the wife first" (answers blind37)
    r"^\W*(?:(?:um+|uh+|er+|hmm+|well|oh)\W+)*(?:(i'?ll|i will|i'?d|i would|i) (have|need) to|let me) (check|ask)( with)? "
    r"(my|the|our) (?!(?:calendar|diary|schedule)\b)\w+\b",
    # The record is somewhere the caller cannot reach now: "I have it written down somewhere but I
    # can't find it", "it's on a receipt somewhere" (answers blind37)
    r"\b(?:have|had|got) (?:it|that|them) (?:written|jotted|noted|put) down somewhere\b",
    # "I haven't thought about it", "never really considered it": no opinion formed yet
    r"^\W*(i )?(haven'?t|have not|never|hadn'?t) (really |actually |honestly )?(thought|considered)( about)? (it|that)"
    r"( much| really| before| yet)?" + _ALONE,
    r"\bdon'?t (really|actually|honestly|truly|rightly|properly|exactly) know\b",  # "Don't really know them yet."
    r"\b(?:don'?t|do not|never) (?:keep|kept) (?:a )?count\b",  # "I don't keep count, dear"
    # "Search me", "Haven't the foggiest", "God knows", "Your guess is as good as mine"
    r"^\W*search me\b",
    r"\bhaven'?t (?:got )?the (?:foggiest|faintest|slightest|first idea)\b",
    # "Not the foggiest (idea)", "don't have the foggiest": "foggiest" is only ever said of knowing. The
    # other superlatives need the noun: "Not the slightest." to "Any trouble parking?" is a no.
    r"\b(?:not|don'?t have|do not have|wouldn'?t have|would not have) (?:got )?the foggiest\b",
    r"\bnot (?:got )?the (?:faintest|slightest|first|remotest|vaguest) (?:idea|clue|notion)\b",
    r"^\W*(?:god|lord|heaven|goodness|who) (?:only )?knows\b",
    r"\byour guess is as good as mine\b",
    r"\bnever (kept|keep) track\b",
    r"\bno way to tell\b",
    # "How would I know?", "How am I supposed to know?": a question about the caller's own knowing,
    # said as the answer's first sentence (answers blind31)
    r"^\W*(?:(?:um+|uh+|oh|well|look|honestly)\W+)*how (?:would|should|could|do|am|'?m) i (?:supposed to |meant to |"
    r"expected to |even )?know\s*(?:\?|$)",
    # Knowing or remembering denied with a modal, in the present ("I wouldn't know", "I couldn't
    # remember", "wouldn't have a clue"); not the past "I didn't know they were coming", which tells.
    r"\b(?:wouldn'?t|would not|couldn'?t|could not)\s+(?:\w+ly\s+|even\s+|really\s+)?(?:know|remember|recall|recollect)\b",
    r"\b(?:wouldn'?t|would not|don'?t|do not)\s+have\s+(?:a|any|the (?:faintest|foggiest|slightest|first))\s+(?:clue|idea)\b",
    r"\b(?:can'?t|cannot|can not|don'?t|do not)\s+(?:\w+ly\s+|even\s+|really\s+)?(?:recollect|know offhand)\b",
    # Forgetting said as done: "I've forgotten", "I'd forgotten", "it's slipped my mind", "it escapes me"
    r"\b(?:i'?ve|i have|i'?d|i had|i've gone and|i)\s+(?:completely\s+|totally\s+|clean\s+|just\s+|honestly\s+)?forgotten\b",
    # "It's gone right out of my head", "went clean out of my mind" (answers blind41)
    r"\b(?:slipped|(?:gone|went)(?: right| clean| clear| completely| totally)? out of|escaped) my (?:mind|head|memory)\b|"
    r"\b(?:it|that) escapes me\b",
    # A blank mind now, not a story of one ("my mind went blank in the test"): "I'm blanking",
    # "my mind's gone blank", "I'm drawing a blank" (answers blind47, said to a closing question)
    r"\b(?:i'?m|i am) (?:just |totally |completely )?(?:blanking|drawing a (?:complete |total )?blank)\b|"
    r"\bmy mind(?:'s| has| is)(?: just| totally| completely| gone)* (?:a )?(?:complete |total )?blank\b",
    # Someone else holds the figure: "I'd need to ask my husband, he pays the bills", "I'd have to
    # check with the office first". Whole answers only: "..., but I think it was forty" gives one.
    r"^\W*(?:(?:um+|uh+|hmm+|er+m?|oh|ah|well|gosh)\W+)*(?:i'?d|i would|i'?ll|i will|i|we'?d|we would) "
    r"(?:have|need|have got) to (?:check|ask|look)(?: (?:it|that) up)?(?: with| in| on| at| through)? (?:my|the|our) "
    r"(?:\w+ )?\w+"
    r"(?:\W+(?:she|he|they|who) (?:does|handles|deals with|pays|keeps|knows|looks after|sorts|did|booked)\b[^.!?0-9]*)?"
    + _ALONE,
    # ... or with a clause saying who did it: "I'd have to check, my son packed it" (answers blind31)
    r"^\W*(?:(?:um+|uh+|hmm+|er+m?|oh|ah|well|gosh)\W+)*(?:i'?d|i would|i'?ll|i will|i|we'?d|we would) "
    r"(?:have|need|have got) to (?:check|ask|look)(?: (?:it|that) up)?\W+(?:my|our) (?:\w+ ){0,2}?"
    r"(?:son|daughter|wife|husband|partner|mum|mom|dad|father|mother|brother|sister|friend|boss|colleague|kids?|"
    r"family|other half|better half|hubby|missus|flatmate|roommate) (?:\w+ed|did|does|paid|bought|took|made|sent|got|put)"
    r"(?: (?:it|them|that|everything|all that|all of it|the lot|the \w+))?(?: (?:up|in|off|back|round|over|away|for me|for us))?"
    + _ALONE,
    # The cause or answer was never learned: "we never found out why", "nobody ever worked out what
    # happened", "they never figured out the cause"
    r"\b(?:(?:we|i|they)\s+(?:never|didn'?t|did not|haven'?t|have not|still haven'?t|couldn'?t)(?:\s+did)?|"
    r"(?:nobody|no one|no-one)(?:\s+ever|\s+really)?)\s+(?:ever\s+|really\s+)?(?:found|find|figured|figure|worked|work)\s+"
    r"out\s+(?:what|why|how|who|which|where|the cause|the reason)\b",
    # Undecided, said with an idiom or a deferral as the whole answer (answers blind46, blind47,
    # blind48 read each as a don't-know): "I'm on the fence" (Merriam-Webster: "not having made a
    # decision"), "I'd have to think about it" / "I'll have to sleep on it" (not decided yet),
    # "Ask me in a fortnight" / "ask me again in a year" (cannot judge until then). Whole answers
    # only: "I'd have to think about it, probably yes" gives a guess, read by the rules for guesses.
    r"^\W*(?:(?:um+|uh+|er+m?|hmm+|oh|eh|well|honestly|gosh)\W+)*(?:i'?m|i am|we'?re|we are) (?:still |kind of |a bit |"
    r"sort of |sitting |just )*on the fence(?: (?:about|on) (?:it|that|this))?" + _ALONE,
    r"^\W*(?:(?:um+|uh+|er+m?|hmm+|oh|eh|well|honestly|gosh)\W+)*(?:i'?d|i would|we'?d|we would|i'?ll|i will|we'?ll|"
    r"we will) (?:have|need|want) to (?:think (?:about|on|over) (?:it|that)|think it over|sleep on it|mull it over)"
    r"(?: first| a bit| properly)?" + _ALONE,
    r"^\W*(?:(?:um+|uh+|er+m?|hmm+|oh|eh|well|honestly|gosh|no idea|not sure)\W+)*ask me (?:again )?in (?:a|an|one|two|"
    r"three|six|a few|a couple of) (?:days?|weeks?|fortnight|months?|years?)\b[^?0-9]*$",
    # ... or after a season or an event: "Ask me after the summer", "ask me again after the first
    # winter" (answers blind57): cannot judge until then
    r"^\W*(?:(?:um+|uh+|er+m?|hmm+|oh|eh|well|honestly|gosh|no idea|not sure)\W+)*ask me (?:again )?(?:after|at the end of|"
    r"once|when) (?:the |this |a |our |my )?(?:first )?(?:summer|winter|spring|autumn|fall|season|year|holidays|"
    r"bill|bills)\b[^?0-9]*$",
    # Jamaican and other Caribbean English "mi nuh know", "me no know" (I don't know)
    r"\b(?:mi|me|i) (?:nuh|no|nah|neva) (?:know|kno|knaw)\b",
)
# Why the caller cannot rate or tell at all: they were not there, never used it yet, or cannot
# judge ("I wasn't there, I left my sister in charge", "Can't really judge, I was at work the whole
# time", "I haven't even opened it yet"). Coded don't-know only when nothing else in the answer
# gives a value (answers.normalise checks that first).
NOT_WITNESSED = re.compile(
    r"\b(i|we) (wasn'?t|was not|weren'?t|were not) (even )?(there|around|home|present|in)\b|"
    r"\b(can'?t|cannot|couldn'?t|unable to|not able to|in no position to) (really |honestly |fairly |rightly |properly |truly )?"
    r"(judge|rate|comment|score|assess|speak to|speak for)\b|"
    r"\b(i|we) (was|were) (at work|away|out|working|travel?ling|not there|elsewhere)\b.*\b(whole|entire|all the) "
    r"(time|day|move|visit|thing)\b|"
    r"\btoo (early|soon) to (say|tell|judge)\b|"
    # away, and someone else was there for it: "I was at work, my daughter let them in"
    r"\b(i|we) (was|were) (at work|away|out|working|on holiday|asleep|upstairs)\b[^.!?]*[,;]\s*(?:so |and )?"
    r"(?:my|our) (?:\w+ )?\w+ (let|met|saw|dealt|handled|answered|sorted|took|was|were|had)\b|"
    r"\b(left|had) (my|our) \w+ (in charge|deal with|handle|sort)\b"
)
# "I didn't check", "never looked", "I wasn't paying attention", said alone to a number or a date:
# the caller never saw the figure (a don't-know; to a yes/no it may be a no, so not there).
NOT_CHECKED = re.compile(
    # alone, or after a clause that says who or what handles it ("It goes on my company card, I
    # never see it": answers blind24); a figure in the turn still gives the answer (answers.py)
    r"(?:^|^[^0-9.!?]*?\b(?:card|account|bill|company|work|office|husband|wife|partner|son|daughter|"
    r"mum|mom|dad|boss|employer)\b[^,.;!?]*[,;.]\s*)"
    r"\W*(?:(?:um+|uh+|oh|well|honestly|sorry)\W+)*(?:(?:i|we) )?(?:didn'?t|did not|never|wasn'?t|was not|"
    # the present perfect too: "I haven't checked the attic, honestly." to "Has the roof stayed dry?"
    # (held-out answers blind67 had stored a no)
    r"haven'?t|have not|'?ve not) "
    r"(?:really |even )?(?:check|checked|look|looked|notice|noticed|see|paying attention|pay attention|keep track)\b"
    r"(?:[^,.;!?]*)"
    # then only politeness, or the caller's own state as the reason: "I didn't check the time, sorry",
    # "Didn't notice, I was chasing a toddler the whole time" (answers blind17, blind26)
    # "Didn't look, to be honest, I just grabbed the dog and left." (answers blind40): what the caller did instead
    # ("I never really noticed, tae be honest": Scots "tae", answers blind64)
    r"(?:[,;.]\s*(?:sorry|honestly|(?:to|tae) be honest|i'?m afraid|(?:i|we) (?:was|were) [^.!?0-9]*|"
    r"(?:i|we) (?:just |only )?(?:grabbed|left|went|ran|rushed|picked|collected|dropped|paid|signed|took|got)\b[^.!?0-9]*))*\W*$"
)
# The caller did not follow what happened, to a choice question ("which did you have?"): "I wasn't
# paying attention", "I haven't been home enough to notice", "I didn't see the ticket" (answers
# blind27, blind34, blind35). Not "didn't notice any" (to "which problems?" that is none): only an
# inattention, too little of something "to notice", or a paper the caller never saw.
NOT_ATTENDED = re.compile(
    r"\b(?:i|we) (?:wasn'?t|was not|weren'?t|were not) (?:really |even )?(?:paying (?:any )?attention|watching|listening)\b|"
    r"\b(?:haven'?t|have not|hasn'?t|wasn'?t|weren'?t|didn'?t|did not|not) (?:\w+ ){1,4}?(?:enough|long enough|"
    r"often enough) to (?:notice|tell|say|know|judge|remember)\b|"
    r"\b(?:i|we) (?:didn'?t|did not|never) (?:even )?(?:see|saw|look at|read|check) (?:the|a|any) "
    r"(?:ticket|bill|receipt|invoice|paperwork|docket|statement|list|form|breakdown)\b"
)
# Not tried yet, which leaves a rating or a yes/no about it unanswerable (not a count: "haven't
# used it yet" to "how many times...?" is zero, and to "which did you use?" none).
NOT_TRIED = re.compile(
    r"(\b(i|we) |^\W*)(haven'?t|have not|didn'?t|did not|'?ve no|have no|havenae|hae no) (even |actually |really )?(yet )?"
    r"(opened|used|tried|unpacked|unboxed|set up|started|read|seen|looked at|touched|had a chance)\b"
)
# Not received yet, which leaves a rating or a yes/no about the thing unanswerable: "Haven't even got
# it yet" to "Was the report easy to understand?" (answers blind62 had stored a no). "Yet" is what
# says the thing is on its way; without it "I haven't got an electric car" answers for itself. Not
# to a question about the receiving itself (:func:`asks_receipt`), where it is a no.
NOT_RECEIVED = re.compile(
    r"\b(?:haven'?t|have not|hasn'?t|has not|not) (?:even |actually )?(?:(?P<yet>yet) )?(?:got|gotten|received|had|"
    r"been (?:sent|given))(?: (?:it|them|that|one|the \w+|my \w+|our \w+|a copy))?(?: back)?"
    r"(?(yet)|(?: (?:yet|as yet)\b))"
)
_RECEIPT_ASKED = re.compile(
    r"\b(?:receive[ds]?|receiving|get|gets|got|gotten|getting|sent|send|arrive[ds]?|arriving|deliver(?:ed|y|ies)?|"
    r"come through|came through|have you had|did you have|reach(?:ed)? you)\b",
    re.IGNORECASE,
)


def asks_receipt(question_text: str) -> bool:
    """True when ``question_text`` asks whether or when something was received, sent or delivered
    ("Did you receive your report?", "Has the parcel arrived?"), where "not yet" is the answer."""
    return bool(_RECEIPT_ASKED.search(question_text or ""))


# Never spoke to the people a rating is about: "I didn't actually talk to any of the staff" to "how
# helpful were the staff?" (ratings only: to "did the advisor explain the work?" it is a no).
NOT_SPOKEN_TO = re.compile(
    r"(\b(i|we) |^\W*)(haven'?t|have not|didn'?t|did not|never) (even |actually |really )?"
    r"(?:(?:talk|speak|deal|interact)(?:ed)? (?:to|with) (?:any(?:one|body| of)|the|them|a|him|her)|"
    # "Never met him, I left the key out": the person rated was never met
    r"(?:met|meet|see|saw|seen) (?:any(?:one|body| of)|them|him|her)|"
    r"(?:met|meet) (?:the|our|my|your) (?!(?:expectations?|standards?|needs?|deadlines?|requirements?|brief|"
    r"targets?|promises?|budget|mark|date|time)\b)[a-z]+)\b"
)
# Not known yet: nothing to tell about an amount or a date that has not come ("We haven't had a
# bill since they went on", "They haven't told us yet", "still waiting to hear", "TBC"). Only for
# money and date questions: "haven't had any" to a count is zero.
NOT_YET = re.compile(
    # "No plans yet", "nothing booked", "haven't planned it": no date to tell so far
    r"^\W*(?:(?:um+|uh+|well|oh|honestly)\W+)*(?:no|not any|haven'?t (?:got |made )?any) (?:real |firm |set )?plans?"
    r"(?: (?:yet|as yet|so far|at the moment|right now))?\W*$|\bnothing (?:planned|booked|scheduled|arranged)\b|"
    r"\b(?:haven'?t|have not|not) (?:yet )?(?:planned|booked) (?:it|that|anything|one)(?: yet)?\b|"
    r"\b(?:haven'?t|have not|hasn'?t|has not|didn'?t|did not|never|not) (?:yet |even |actually )?"
    r"(?:had|got|gotten|received|been (?:sent|given|told)|seen|heard)\b(?! (?:of|about)\b)|"
    r"\b(?:haven'?t|have not|hasn'?t|has not|didn'?t|did not|never|not) (?:yet |even |actually )?(?:told|said|let (?:us|me) know|"
    r"confirmed|(?:given|offered) (?:us|me)(?: a date)?|sent|set|booked|made|scheduled|fixed|arranged|come through|come|arrived)\b|"
    r"\b(?:still )?waiting (?:to hear|for (?:them|it|the \w+|a \w+|our \w+|my \w+)|on (?:them|it|the \w+))\b|"
    r"\bno (?:date|word|news|bill|invoice|confirmation|letter|call|appointment) (?:yet|so far|as yet)\b|"
    r"\byet to (?:be )?(?:hear|confirm|schedule|book|set|arrive|come|get|receive)\w*\b|"
    r"\b(?:tbc|tbd|to be (?:confirmed|decided|determined|arranged|announced|advised))\b|\bnot (?:been )?(?:booked|set|scheduled|made)(?: (?:one|it|that|a date|an appointment))? yet\b"
)
# Someone else did what the question asks about: "My wife ordered it", "my son booked it all".
SOMEONE_ELSE = re.compile(
    r"^\W*(?:(?:oh|well|um+|uh+|no|nah)\W+)?(?:my|our) (?:\w+ ){0,2}?(?:son|daughter|wife|husband|partner|mum|mom|dad|"
    r"father|mother|brother|sister|friend|boss|colleague|assistant|neighbou?r|kids?|family|roommate|flatmate|"
    r"missus|missis|hubby|other half|better half|secretary|pa)\b(?: (?:just|actually|always|usually|had|has))? (?P<verb>[a-z]+)\b(?: \w+){0,4}\W*$"
)
# Someone else named as the one who knows: "you'd have to ask my wife", "my husband would know",
# "that's my son's department".
ASK_SOMEONE = re.compile(
    r"\b(?:you'?d|you would|you'?ll|you will) (?:have|need) to ask (?:my|our) \w+|^\W*(?:(?:oh|well|um+|uh+|sorry)\W+)*"
    r"(?:better |best |you(?:'d)? (?:should|could|can|better) )?ask (?:my|our) \w+\W*(?:[,.;!?]|$)|"
    r"\b(?:my|our) (?:son|daughter|wife|husband|partner|mum|mom|dad|kids?|family|other half|better half|hubby|missus)"
    # "My wife would know, I don't": the caller's "I don't" is "I don't know", no answer no
    r" (?:would|will|might) know\b(?:\W+(?:i don'?t|i do not|i wouldn'?t|not me)\b)?|\bthat'?s (?:my|our) (?:\w+'s|\w+s') (?:department|job|area|thing)\b|"
    # the caller sends the agent to the one who knows, to end the turn: "My husband pays, ask him.",
    # "How would I know? Ask the league secretary." (answers blind23, blind31), "Ask her teacher."
    # (blind58); not a request to pass on ("ask the installers to call ahead")
    r"(?:^|[,.;!?]\s*)(?:(?:so|just|best|better|you'?d better|go|you'?d (?:have|need) to|you (?:should|could|can|"
    r"might want to|will have to|'?ll have to))\s+)*ask (?:him|her|them|the (?:\w+ ){0,2}?\w+|(?:my|our|his|her|their) (?:\w+ )?\w+)"
    r"(?: (?:about (?:it|that)|instead|not me))?(?:\W+(?:please|thanks|mate|love|dear))*\W*$"
)
# verbs of handling it for the caller; paying and booking too ("My husband pays", "My wife booked
# it, I just showed up": answers blind26, blind31)
_DONE_FOR = r"handled|did|does|sorted|arranged|organi[sz]ed|dealt|took|takes|looked|managed|set|pay|pays|booked|books"
_IRREGULAR = {
    "bought": "buy",
    "paid": "pay",
    "sent": "send",
    "made": "make",
    "got": "get",
    "rang": "ring",
    "chose": "choose",
}


# Another person who did the thing before the caller: "before me", "before us", "before I took over".
_PREDECESSOR = re.compile(r"\bbefore (?:me|us|i|we|my time|our time)\b")


def someone_else_did(question_text: str, t: str) -> bool:
    """True when ``t`` (cleaned) only says another person did what the question asks about ("My wife
    ordered it" to "How did you place your order?", "My husband sorted all that"): the caller
    cannot tell. The verb is the question's own (by its first four letters) or a verb of handling."""
    if ASK_SOMEONE.search(t):
        return True  # "You'd have to ask my wife, she sorted all that out"
    asked = {w[:4] for w in re.findall(r"[a-z]{3,}", question_text.lower())}
    # the whole answer, or one clause of it beside others ("I wasn't there, my son dealt with them")
    for said in [t, *(c.strip() for c in re.split(r"[,.;!?]+", t) if c.strip())]:
        m = SOMEONE_ELSE.match(said)
        if m and _PREDECESSOR.search(said):
            # "My dad had the plot before me" to "how many years have you been a member?": who did it
            # before the caller is history, not someone doing it for them (answers blind54 had
            # coded "Since forever. My dad had the plot before me." a don't-know)
            continue
        if m:
            verb = _IRREGULAR.get(m.group("verb"), m.group("verb"))
            if re.fullmatch(_DONE_FOR, verb) or verb[:4] in asked:
                return True
    return False


NOT_APPLICABLE = re.compile(
    r"\b(not applicable|n/a|(does ?n'?t|does not|wouldn'?t|would not) (really )?apply|"
    r"i (have )?never (ride|rode|ridden|use|used|go|went|gone|take|took|taken|travel|travelled|traveled|drive|"
    r"fly|flown|visit|visited|been|tried|shop|shopped|order|ordered|stay|stayed)\b)"
)


# Emphasis and discourse markers that carry no answer, though they hold "no", "not" or "idea": "you
# have no idea" (it was a lot), "I kid you not", "not gonna lie", "no offence", "don't get me
# started", "bless your heart". Only "you" has no idea: "I have no idea" stays a don't-know.
_EMPHASIS = re.compile(
    r"\b(?:oh,? )?you(?:'ve| have| had)?(?: got)? no idea\b(?: how \w+(?: \w+)?(?: it was| that was)?)?|"
    r"\byou wouldn'?t believe(?: it| me)?\b|\byou don'?t (?:even )?want to know\b|"
    r"\bdon'?t (?:even )?get me started(?: on \w+)?\b|\btell me about it\b|\bi kid you not\b|"
    r"\bno word of a lie\b|\b(?:i'?m )?not (?:gonna|going to) lie\b|\bno offen[cs]e(?: to \w+)?\b|"
    r"\bno kidding\b|\bno joke\b|\bbless (?:your|his|her|their) (?:little )?hearts?\b|\bnot gonna sugar ?coat it\b|"
    # An exclamation of surprise or delight ("Oh my god", "oh my days", "omg"): its "oh" is no
    # zero and it answers nothing (answers blind47 had asked again "Like, totally a ten, oh my god.")
    r"\b(?:oh )?my (?:god|gosh|goodness|days|lord)\b|\bomg\b|\boh (?:god|gosh|lord|boy|man)\b"
)


def without_emphasis(t: str) -> str:
    """``t`` (cleaned) without emphasis that answers nothing ("Bless your heart, you have no idea.
    An hour and ten minutes." → ", . An hour and ten minutes."); ``t`` itself when nothing else is left."""
    rest = _EMPHASIS.sub(" ", t)
    return re.sub(r"\s+", " ", rest).strip() if re.search(r"[a-z0-9]", rest) else t


def is_dont_know(text: str) -> bool:
    """True for "I don't know", "not sure", "no idea", "idk", "beats me", ..."""
    return _any(_DONT_KNOW, clean(text))


def is_refusal(text: str) -> bool:
    """True for "I'd rather not say", "no comment", "skip", ...; also for a turn made only of
    refusals said one after another, each a clause that is one by itself ("Next one, please, I'll
    leave that.": answers blind46), courtesies aside."""
    t = clean(text)
    if _any(_REFUSED, t):
        return True
    parts = [p.strip() for p in re.split(r"[,.;!?]+", t)]
    parts = [p for p in parts if p and not _COURTESY.fullmatch(p)]
    return len(parts) > 1 and all(_any(_REFUSED, p) for p in parts)


_COURTESY = re.compile(r"(?:please|thanks|thank you|sorry|cheers|mate|love|dear|ta)")


# What may stand beside a don't-know in an open answer that still says nothing: fillers, the caller
# themself, "nothing comes to mind", "I'll ask my husband".
_SAYS_NOTHING = re.compile(
    r"\b(nothing|none|not much|can'?t think|comes to mind|springs to mind|that'?s (it|all)|i'?ll (ask|check|think)|"
    r"(have|need) to (ask|check|think)|get back to you|let me think|not really|off the top of my head)\b"
)
# "I don't know what else to say", "no idea what I'd change": the don't-know is about the answer
# itself (blind25 had stored "no idea what I'd change" as the answer); taken out with the
# don't-know, so the words after it ("..., maybe the seats") are still the answer (dont_know_guesses).
_ABOUT_THE_ANSWER = re.compile(
    r"\bwhat (else )?(to|i could|i can|i should|i'?d|i would|we'?d|we would) "
    r"(say|add|tell you|put|write|mention|change|improve|suggest|fix|do differently)\b"
)
# An open answer that is only "I can't think of anything (else right now)": the caller cannot say,
# coded don't-know ("can't think of anything bad" says something; "Nothing comes to mind" is the
# answer "nothing", kept as said).
NOTHING_COMES_TO_MIND = re.compile(
    r"^\W*(?:(?:um+|uh+|er+|hmm+|well|honestly|sorry|no|nah|oh)\W+)*(?:i )?(?:can'?t|cannot|couldn'?t|can not) "
    r"(?:really |honestly )?think of (?:anything|anything else|owt|nothing|much|one|a single one|any)(?: else)?"
    # ... or of "one" when one thing is asked for ("Can't think of one, sorry." to "What was your
    # highlight?", answers blind50)
    # "I can't think of anything, sorry.": a courtesy after a comma too
    r"(?:\W+(?:right now|at the moment|offhand|off hand|off the top of my head|just now|to be honest|really|sorry|"
    r"thanks|thank you|i'?m afraid|love|mate|dear))*\W*$"
)
# "Nothing comes to mind", "nothing springs to mind right now", "nothing I can think of": the caller
# searched their memory and found no answer, said alone. Five of the six corpora that hold it code
# it don't know (answers blind12, blind18, blind24, blind26, blind31; blind6 an open answer "nothing"),
# so it is a don't-know; "Nothing, it's lovely" (a judgement) and "not that I can think of" (a
# no to "anything else?", answers blind6 and blind23) are the open answer.
BLANK_MIND = re.compile(
    r"^\W*(?:(?:um+|uh+|er+|hmm+|well|honestly|sorry|oh)\W+)*(?:nothing (?:really |much |specific |in particular )?"
    r"(?:(?:comes|springs|jumps|pops) (?:to|into) (?:mind|my mind|my head)|(?:that )?(?:i|we) can (?:really )?"
    r"(?:think of|recall|remember))|"
    # the same said of the mind itself: "my mind's gone blank", "I'm drawing a blank" (answers blind34)
    r"(?:my )?mind(?:'s| is| has|'s just| has just)? (?:gone |gone completely |completely |a )?blank|"
    r"(?:i'?m |i am |i'?ve )?(?:drawing|drawn|drew|gone|going) (?:a |completely |totally )?blank|"
    # the search itself said to have come up empty, with the answer left unsaid: "Not off the top
    # of my head.", "Nothing off the top of my head, sorry" (answers blind56; blind52 codes "can't
    # think of anything off the top of my head" so too)
    r"(?:not|nothing|none) (?:really |that i know |just )?(?:off the top of my head|offhand|off hand))"
    r"(?:\W+(?:right now|at the moment|offhand|off hand|really|off the top of my head|just now|sorry|i'?m afraid))*\W*$"
)
# A doubt about something else than the answer, after words that answer: "They missed the garden
# one, but I'm not sure if that was my fault" (not a don't-know: asked again).
DOUBT_ABOUT_OTHER = re.compile(
    r"\b(?:not (?:really |quite |too |so )?sure|unsure) (?:if|whether) (?!(?:it|i|we) (?:did|was|were|had)\W*$)|"
    # ... or whether the caller can do what it takes: "She wants to, but I'm not sure we can afford
    # it" (answers blind58: a wish, then a doubt about the means, is asked again, not coded)
    r"\b(?:not (?:really |quite |too |so )?sure|unsure) (?:that )?(?:i|we|they|he|she) (?:can|could|'?ll be able to|"
    r"will be able to|would be able to) (?:afford|manage|fit|make|find|get|justify|keep)\b"
)
# Why the caller cannot say yet, which is no answer either: "I'm not sure yet what exactly, I'm
# still checking the boxes" (the words after it, "the TV is cracked", still count).
_STILL_FINDING_OUT = re.compile(
    r"\bnot (really |quite )?sure (yet )?(what|which|how much|how many)( exactly)?\b|"
    r"\b(i'?m |we'?re |i am |we are )?still (checking|looking|going through|unpacking|sorting|finding out|"
    r"working (it |that )?out|figuring (it |that )?out)( (through )?(the|all the|my|our|everything)( \w+)?)?"
)
# The caller has nothing more to say, which adds no answer to a don't-know beside it (held-out
# answers blind39: "Not sure what else to tell you. I don't know." was stored as the open answer).
_NOTHING_MORE_TO_SAY = re.compile(
    r"\b(?:(?:i'?m |i am )?not (?:really )?sure|(?:i )?don'?t (?:really )?know|no idea) what (?:else |more )?"
    r"(?:to|i can|i could|i'?d|i should) (?:say|tell you|add|put)\b"
)
_EMPTY_WORDS = frozenset(
    """i i'm im me my honestly really um umm uh hmm hm well so like just sorry man mate dude yet right now
    at the moment to be honest oh ah er erm anyway maybe either though actually tbh tbf ngl lol lmao haha
    sadly unfortunately gosh golly gee jeez blimey crikey goodness heavens lord""".split()
)


def says_more(text: str) -> bool:
    """True when an open answer holds words beside its don't-know ("I dunno, maybe more parking?",
    "idk, better boxes", "I don't know, just everything"): the words are the answer, nothing is
    coded. False for a don't-know alone or with fillers, "nothing comes to mind" or "I'll ask my
    husband"."""
    t = _STILL_FINDING_OUT.sub(" ", _NOTHING_MORE_TO_SAY.sub(" ", clean(text)))
    for p in _DONT_KNOW:
        t = re.sub(p, " ", t)
    t = _ABOUT_THE_ANSWER.sub(" ", t)
    if _SAYS_NOTHING.search(t):
        return False
    # "I don't know, I just haven't thought about it", "no idea, I can't pick": every clause left
    # only says why the caller cannot answer
    t = " ".join(c for c in re.split(r"[,.;!?]|\bbut\b", t) if not _WHY_NOT_KNOWN.fullmatch(c.strip()))
    return any(w not in _EMPTY_WORDS and not _INTERJECTION.fullmatch(w) for w in re.findall(r"[a-z][a-z']*", t))


# A clause that only says why the caller cannot answer: "I just haven't thought about it", "I'd have
# to look at them again", "I can't pick", "too many to choose from", "there were so many", "hard to say".
_WHY_NOT_KNOWN = re.compile(
    r"(?:(?:i|we|really|honestly|just|to be honest|um+|uh+|well|so|oh)\s+)*"
    r"(?:(?:haven'?t|have not|hadn'?t|didn'?t|never)\s+(?:really\s+|even\s+|properly\s+)?(?:thought|considered|decided|looked)"
    r"(?:\s+(?:about|of|at)\s+(?:it|that|them|this))?(?:\s+(?:much|yet|properly|really))?|"
    r"(?:i'?d|i would|we'?d|i'?ll|i will|i)?\s*(?:have|need|got) to (?:look|check|think|see|go back|dig|ask)"
    r"(?:\s+(?:at|about|with|over|through|into)\s+(?:it|them|that|this|those|these|my \w+))?(?:\s+(?:again|first))?|"
    r"(?:can'?t|cannot|couldn'?t)\s+(?:really\s+|honestly\s+)?(?:pick|choose|decide|say|remember|recall)"
    r"(?:\s+(?:one|just one|between them|which|really))?|"
    r"(?:it'?s\s+)?(?:hard|too hard|difficult) to (?:say|pick|choose|decide)|too many to (?:pick|choose|say)(?: from)?|"
    # "there were so many" (of the moments asked about): too many to name one (held-out answers
    # blind67 had stored "Oh, I don't know, there were so many." as the answer to an open question)
    r"(?:there (?:were|are|was|is|'s)\s+)?(?:just\s+)?(?:so|too) many(?: (?:good |great )?(?:ones|of them))?|"
    # the don't-know said again, its verb left out: "I don't know. I really don't." (answers blind74
    # had stored it as the open answer); "I really don't like the hours" says more
    r"(?:i|we)\s+(?:really\s+|honestly\s+|just\s+|truly\s+|genuinely\s+|simply\s+)*(?:don'?t|do not)|"
    # "Good question. I'm not sure." (answers blind44): a remark on the question, no answer
    r"(?:that'?s |that is |it'?s |now )?(?:a |there'?s a )?(?:good|great|tough|hard|tricky) (?:question|one))"
)


# "Mmm", "hmmm", "uhh", "errr", "ahh": a sound, not a word of an answer.
_INTERJECTION = re.compile(r"h?m+|u+[hm]+|e+r+m*|a+h+|o+h+")
