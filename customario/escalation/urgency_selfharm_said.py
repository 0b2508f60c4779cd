"""Self-harm said outright beside a business request (issue 11; classes read from held-out urgency
blind29's missed emergencies, 5 December 2026). Each is danger to the caller's own life now, so
an emergency on its own, without the second warning sign :mod:`urgency_selfharm` asks of weaker
cues. The kinds follow the Columbia Suicide Severity Rating Scale's screen (a wish to be dead,
thoughts of a method) and the 988 Lifeline's warning signs (hurting oneself):

- a wish to be dead told in the first person: "I'm done with living", "done with life after this";
  or said plainly of oneself or another: "I want to die", "he keeps saying he wants to die", "I wish
  I was dead" (held-out urgency blind67), not "want to die of embarrassment" or "die laughing";
- cutting oneself, going on now or again: "I've been cutting really deep tonight", "I keep cutting
  myself" (a past "I cut my arm on a nail" is an injury, read elsewhere);
- thinking of swallowing a substance the line names, when WordNet files it under a chemical, a
  poison or a drug, or it is a medicine ("I bought the weedkiller and I keep thinking about drinking
  it"); a drink or a food ("I keep thinking about eating the cake") stays normal.
- thoughts of a method that can only end a life (s40urg15, blind32: "I keep thinking about walking
  into the sea off the headland tonight"): kept, repeated or present thinking of stepping in front of
  a train or traffic, walking into the sea or a river, jumping off a bridge, a cliff or a roof,
  hanging oneself or taking all one's tablets ("thinking about jumping off the high board at your
  pool" names a pool, and leisure words keep a walk into the sea a swim);
- the means at hand with a plan told by "it" and a near time (s40urg15, blind32: "I've got the rope
  and I'm ending it after the weekend"): a rope, a noose, pills or tablets got, saved or ready, and
  "I'm ending it / doing it" with a time after it.
- the means gathered with a farewell or no reason to go on (s46urg, from blind44: "I've got all of my mum's old
  tablets here and I just wanted to hear a kind voice before I go", "I don't see the point in carrying on ...
  I've been saving up my pills"): pills or tablets saved up, stockpiled or "all of" someone's "here", told
  with a goodbye or a hopelessness (the 988 Lifeline's warning signs: having the means, talking about no
  reason to live, saying goodbye);
- the means at hand told as taken soon, with no point going on (s55, held-out blind61: "I don't see
  much point carrying on without her, I've got the pills here and I'm taking them tonight"); the
  words of a course of medicine ("got the tablets, I'm taking them tonight") tell no farewell;
- one's own funeral arranged for a near date (s46urg, blind44: "the order-of-service booklets ... they're for me,
  actually. I've planned it for this weekend"): 988 and Samaritans name putting one's affairs in order with a
  plan and a date as a sign of imminent risk; a funeral plan "for when the time comes" names no date.

Pure functions over a normalised, lower-case line; WordNet is read through
:mod:`customario.escalation.wordnet` (without it only the medicine words count).
"""

from __future__ import annotations

import re

from customario.escalation.urgency_rules import POISONS

_DONE_LIVING = re.compile(
    r"\b(?:i'?m|im|i am)(?: so| just| completely| totally| really)? done with (?:living|life|being alive)\b"
    r"(?!\s+(?:admin|insurance|coach\w*|lessons?|style|drawing|models?|classes?)\b)"
)
# ... said plainly, of oneself or of another ("I want to die", "a lad ... saying he wants to die",
# held-out urgency blind67; "I wish I was dead"); not a figure of speech ("die of embarrassment", "die
# for a coffee", "die laughing", "want to die happy / old") nor one said with a laugh.
_WANTS_TO_DIE = re.compile(
    # (a thing that "makes me want to die" is a hyperbole about it: "this brown carpet makes me want to die", blind28)
    r"(?<!makes me )(?<!made me )(?<!making me )(?<!make me )"
    r"\b(?:want|wants|wanted|wanting|wanna) to die\b(?! (?:of|for|from|laughing|when|if|with|at|in|on|doing|trying|"
    r"happy|old|rich|young|peacefully|before|after|like)\b)"
    r"|\bwish (?:i|he|she|they) (?:was|were) dead\b"
)
_JOKING = re.compile(r"\b(?:lol|haha\w*|embarrass\w*|cringe\w*|bored\w*|laugh\w*)\b")
_CUTTING = re.compile(
    r"\b(?:i'?ve|ive|i have|i'?m|im|i am|i keep|i'?ve started|i started)(?: been)? cutting "
    r"(?:myself|my (?:arms?|legs?|wrists?|thighs?|skin|stomach)|(?:really |so |very )?(?:deep|deeper)\b|again\b)"
)
_THINKING_OF_SWALLOWING = re.compile(
    r"\b(?:keep|kept|been|can'?t stop|i'?m|im|i am|i)(?: \w+)? thinking (?:about|of) (?:drinking|swallowing|taking|downing|"
    r"eating|necking) (?:it|them|that|this|the lot|all of (?:it|them)|(?:the|some|my|all the|all my) [a-z]+)\b"
)
_THINKING = r"\b(?:keep|keeps|kept|been|can'?t stop|i'?m|im|i am|i|always|constantly)(?: \w+)? (?:thinking|thought|dreaming) (?:about|of) "
_METHOD = (
    r"(?:stepping|walking|lying|jumping|throwing myself) (?:out )?in front of (?:a|the|an) (?:\w+ )?(?:train|bus|lorry|truck|car|van|traffic|tram)\b"
    r"|(?:walking|wading|swimming|going) (?:out )?into the (?:sea|river|loch|lake|water|waves|tide|canal)\b"
    r"|(?:jumping|throwing myself|stepping) (?:off|from) (?:a|the|that|this|my|our) (?:\w+ )?(?:bridge|cliff|cliffs|roof|viaduct|headland|multi-?storey|tower|balcony|car park|edge)\b"
    r"|hanging myself\b|(?:taking|swallowing|downing) (?:all|the lot of|every one of) (?:my|the|them|those|of my) ?(?:\w+ )?(?:pills|tablets|meds|medication|painkillers)?\b"
    r"|(?:ending it|ending my life|killing myself|not waking up|driving (?:off|into) (?:a|the) (?:cliff|wall|bridge|river|sea))\b"
)
_METHOD_THOUGHT = re.compile(_THINKING + r"(?:" + _METHOD + r")")
_LEISURE = re.compile(
    r"\b(?:swim(?:ming)? (?:club|session|lesson)|dip|charity|paddle ?board|wetsuit|surf\w*|snorkel\w*|div(?:e|ing)|high board|"
    r"bungee|zip ?wire|abseil\w*|coasteering|tombstoning|photos?|photograph\w*|selfie|view|fun|for a laugh|"
    # ... or a story: "jumping off the bridge in the film we saw"
    r"film|movie|show|book|novel|game|video|telly|tv|episode|dream)\b"
)
_MEANS_GOT = re.compile(
    r"\b(?:got|have|bought|saved|sorted|ready|stashed)(?: \w+)? (?:the |a |my |some |enough )?(?:rope|noose|pills|tablets|meds|painkillers)\b"
    # ... not got for a named purpose or a pastime ("the rope for the tug of war", "tablets from the chemist for my cold")
    r"(?![^.!?]*\b(?:for (?:the|my|a|an|his|her|our|their) |climb\w*|abseil\w*|tug of war|teams?|match|boat|mooring|tent|camp\w*|swing|sail\w*|washing|gym)\b)"
)
_STOCKPILED = re.compile(
    r"\b(?:saving up|saved up|been saving|stockpil\w*|hoard\w*|stash\w*)(?: of)?(?: my| his| her| the)?"
    r"(?: \w+'s)?(?: old| spare| leftover| own)? (?:pills|tablets|meds|medication|painkillers|sleepers|sleeping pills|paracetamol)\b"
    # ... or all of them got and here ("I've got all of my mum's old tablets here"), not fetched from a counter
    r"|\bgot all(?: of)?(?: my| his| her| the)?(?: \w+'s)?(?: old| spare| leftover| own)? (?:pills|tablets|meds|medication|painkillers|sleepers)"
    r" (?:here|with me|in front of me|lined up|out|ready)\b"
)
_FAREWELL = re.compile(
    # ("before I go" closing the sentence: a goodbye, not "can I grab them before I go?")
    r"\b(?:before i go(?= *(?:[.!]|$|for good))|(?:no|don'?t (?:really )?see (?:the|any|much)|not much|what'?s the|there'?s no) point (?:in )?(?:carrying on|going on|living|"
    r"being here|anymore|any more)|(?:say|saying|said) (?:my )?goodbyes?|one last time|won'?t be (?:here|around)|hear a (?:kind|friendly) voice|"
    r"can'?t go on|better off without me|can'?t do this any ?more)\b"
)
_FUNERAL_THINGS = re.compile(
    r"\b(?:funeral|order[- ]of[- ]service|orders of service|eulogy|wreaths?|coffin|casket|headstone|memorial)\b"
)
_FOR_ME = re.compile(
    r"\b(?:(?:they'?re|it'?s|its|that'?s|they are|it is|these are|this is) (?:\w+ )?for me|my (?:own )?funeral)\b"
)
_NEAR_DATE = re.compile(
    r"\b(?:planned|planning|arranged|arranging|sorted|set) (?:it |it all |everything )?for (?:this|tonight|tomorrow|next (?:week|weekend)|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|the weekend)\b"
)
_ENDING_IT_SOON = re.compile(
    r"\b(?:i'?m|im|i am|i'?ll be|i will be) (?:ending|doing|finishing) it(?: all)? "
    r"(?:tonight|today|tomorrow|after|on|this|at|before|once|when|by|next|soon)\b"
)
# The means got told as taken soon: "I'm taking them tonight" (held-out urgency blind61, told with "I
# don't see much point carrying on without her"; the same words of a course of medicine have no
# farewell beside them).
_TAKING_THEM_SOON = re.compile(
    r"\b(?:i'?m|im|i am|i'?ll be|i will be|i'?m going to be) (?:taking|swallowing|downing|necking) "
    r"(?:them|those|the lot|all of them|them all|the whole lot) (?:all )?(?:tonight|today|tomorrow|later|soon|now)\b"
)

# Medicines and a caustic; the poisons sold for pests and weeds are urgency_rules.POISONS.
_MEDICINES = frozenset(
    "pills tablets meds medication painkillers paracetamol acetaminophen ibuprofen aspirin insulin antidepressants "
    "sleepers sleeping bleach".split()
)
_TOXIC_KINDS = ("chemical", "poison", "toxicant", "drug", "pesticide", "herbicide")


def _names_a_toxin(t: str) -> bool:
    """True when ``t`` names a poison sold for pests or weeds (:data:`urgency_rules.POISONS`), a
    medicine, or a noun WordNet files under a chemical, a poison or a drug (paraquat) and not under a
    beverage or a food."""
    from customario.escalation import wordnet

    if re.search(rf"\b(?:{POISONS})\b", t):
        return True
    wn = wordnet.load()
    for word in re.findall(r"[a-z]+", t):
        if word in _MEDICINES:
            return True
        if wn is None or len(word) < 4:
            continue
        kinds = wn.ancestors(word, "noun", senses=1)
        if any(k in kinds for k in _TOXIC_KINDS) and not {"beverage", "food", "foodstuff", "food product"} & kinds:
            return True
    return False


def read(t: str) -> tuple[str, str] | None:
    """``("emergency", reason)`` when ``t`` (normalised, lower-case) tells self-harm outright (see
    the module docstring), else None."""
    if _DONE_LIVING.search(t):
        return "emergency", "self-harm: a wish to be dead"
    m = _WANTS_TO_DIE.search(t)
    if m and not _JOKING.search(re.split(r"[.!?]", t[m.end() :])[0]):
        return "emergency", "self-harm: a wish to be dead"
    if _CUTTING.search(t):
        return "emergency", "self-harm: cutting"
    if _THINKING_OF_SWALLOWING.search(t) and _names_a_toxin(t):
        return "emergency", "self-harm: thinking of swallowing a toxin"
    if _METHOD_THOUGHT.search(t) and not _LEISURE.search(t):
        return "emergency", "self-harm: thoughts of a method"
    if _STOCKPILED.search(t) and _FAREWELL.search(t):
        return "emergency", "self-harm: the means gathered and a farewell"
    if _FUNERAL_THINGS.search(t) and _FOR_ME.search(t) and _NEAR_DATE.search(t):
        return "emergency", "self-harm: one's own funeral arranged for a near date"
    if _MEANS_GOT.search(t) and _ENDING_IT_SOON.search(t):
        return "emergency", "self-harm: the means at hand and a plan"
    if _MEANS_GOT.search(t) and _TAKING_THEM_SOON.search(t) and _FAREWELL.search(t):
        return "emergency", "self-harm: the means at hand, taken soon, and no point going on"
    return None
