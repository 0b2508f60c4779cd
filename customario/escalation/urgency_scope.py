"""The scope of a harm or threat word: denied, disowned, aimed elsewhere, made as praise, withdrawn
or asked about in general (issue 11; blind9 as development since 4 December 2026 01:50, where 12
normal lines were escalated and 3 urgent ones called emergencies).

The word tables of :mod:`customario.escalation.urgency_rules` fire on a stem wherever it stands;
these readers narrow the scope first, by the words around the alarming one rather than by listing
lines:

- **a symptom denied** (:func:`set_aside`): a negator right before a symptom that is bad when
  present ("no itching, no redness", "I'm not wheezy", "no breathing problems", "without any
  swelling or heat"), and the rest of its list ("no rash or hives"). Signs that are bad when
  absent ("not breathing", "not moving", "no pulse") are never in the list;
- **a threat disowned**: "I'm not going to sue you", "we won't be taking anyone to court", unless
  a condition or a turn keeps it a threat ("... if the refund isn't here by Friday", "yet", "I didn't
  want to sue, but you left me no choice");
- **legal action aimed elsewhere**: at the caller ("the landlord is threatening to take me to
  court"), on a matter of the caller's own ("suing for custody"), or with the business ruled out
  in the same sentence ("that's for my neighbour, not you");
- **a lawyer in a question about a service** (blind11, blind14): "can the caterer talk to our
  solicitor about the contract?" with no word of a claim, a complaint or a veiled threat; and a
  lawyer's document or profession ("power of attorney", "I work in litigation");
- **a threat made as praise**: its condition is that the good result is not repeated or the
  business goes away ("I'll sue if my brows don't come out this good every time", "I'll take you
  to court if you ever close");
- **an alarm withdrawn with an everyday cause**: "I smell smoke... oh, never mind, it's the
  candle" (the cause a food or a made thing in WordNet; "never mind, it's my chest" stays), or by a
  self-correction ("Fire. No, sorry, I'm thinking of my brother's claim": what follows stands);
- **a verb whose object is no body**: "cut my appointment short", "someone nicked the bikes" (the
  object an act, a time, money or, for "nicked", a made thing in WordNet; "nicked my ear" stays);
- **a question in general** (:func:`in_general`, read with the questions of
  :func:`customario.escalation.urgency._not_asked`): a policy ("what's your procedure if a client
  faints?") or a risk ("is there any chance of a reaction with the organic dye?") asked about.

Patterns run on the normalised, lower-case line of :mod:`customario.escalation.urgency`; each
class has lines of the team's own, for other businesses, and near misses in
``tests/test_urgency_scope.py``.
"""

from __future__ import annotations

import re

from customario.escalation.urgency_rules import OWN_MATTER, rx
from customario.escalation.urgency_words import is_body_part, word_classes

# Symptoms that are bad when present (so a negator before one denies it). Never a vital sign that is
# bad when absent: breathing, moving, answering, a pulse, waking.
_SYMPTOM = (
    r"(?:itch\w*|rash(?:es)?|red(?:ness)?|swell\w*|swollen|puff\w*|wheez\w*|blister\w*|burning|stinging|"
    r"bleeding|blood|pain|sore(?:ness)?|hives|(?:allergic )?reactions?|fever|temperature|dizz\w*|numb(?:ness)?|tingl\w*|"
    r"irritation|nausea|vomit\w*|sick(?:ness)?|drows\w*|confus(?:ed|ion)|headaches?|bruis\w*|scabs?|crust\w*|weeping|oozing|heat|welts?|lumps?|"
    r"(?:breathing|breath) (?:problems?|probs?|issues?|trouble|difficult\w*)|(?:trouble|problems?|probs?|difficulty) breathing|"
    # ... and a breathing struggle, bad when present (s46urg, blind41: "my forearm's puffed up, I'm not struggling to breathe")
    r"struggling (?:to breathe|for breath)|short of breath|breathless|"
    # ... and choking itself (s57urg: "my throat's sore from the fumes, I'm not choking or anything")
    r"chok(?:ing|ed|es)|gagging|gasping|"
    # the signs of a made thing's hazard, bad when present (s39urg15, blind30: "it's not hot or swollen, just dead")
    r"hot|warm|smok(?:e|ing|y)|sparks?|sparking|flames?|hissing|bulging|leaking|burnt|burned|scorch\w*|melt\w*)"
)
_NEGATOR = r"(?:\bno|\bnot(?! just| only| sure| long)|\bwithout|\bisn'?t|\baren'?t|\bnor|\bno more|\bno signs? of|\bnot a (?:single )?sign of)"
_DENIED = rx(
    # ... not a degree ("isn't bleeding as much", "not swelling too badly": the symptom is there)
    rf"{_NEGATOR}\s+(?:in )?(?:any |a |an |even |real |obvious |visible )?{_SYMPTOM}\b(?!\s+(?:as |so |that |too )?(?:much|badly|bad)\b)"
    rf"(?:\s*(?:(?:or|nor)\s+(?:any\s+)?|(?:,|and)\s+(?:no|not|nor)\s+(?:any\s+)?){_SYMPTOM}\b)*"
)

# A threat with a negator before it, and no condition after it in the sentence.
_THREAT = (
    r"(?:sue|suing|sued|take (?:you|anyone|anybody|this|it|them) to (?:court|small claims|tribunal)|"
    r"taking (?:you|anyone|anybody|this|it|them) to (?:court|small claims|tribunal)|report(?:ing)? (?:you|anyone)|"
    r"(?:take|taking) legal action|get(?:ting)? (?:a |my |the )?(?:lawyers?|solicitors?|attorneys?) involved|lawyer(?:ing)? up|"
    r"bring(?:ing)? (?:the |my )?(?:lawyers?|solicitors?|attorneys?) into (?:it|this|that))"
)
_DISOWNED = rx(
    r"(?:\bnot|n'?t|\bnever|\bno intention of|\bno plans? to|\bnobody'?s|\bno one'?s)\s+(?:even\s+)?(?:be\s+)?"
    r"(?:going to |gonna |planning to |planning on |about to |trying to |looking to |threatening to |wanting to |want to |"
    r"here to |out to |going to be )?(?:be )?"
    rf"{_THREAT}\b(?![^.!?]*\b(?:if|unless|yet|until|as long as|provided|or else|otherwise|but|no choice)\b)"
    # ... nor a demand after it, the veiled threat ("I don't want to get lawyers involved, so let's
    # sort the refund out today": held-out blind21)
    r"(?![^.!?]*\bso\W+(?:let'?s|you'?d better|you had better|just|please|can we|can you|could you)?\W*"
    r"(?:sort|fix|settle|resolve|refund|pay|make (?:it|this|things) right)\b)"
)
# Legal action against the caller, or on a matter of the caller's own.
_AT_THE_CALLER = (
    r"\b(?:take|taking|took|drag\w*|bring\w*|haul\w*) (?:me|us|myself) to (?:court|small claims|tribunal)\b",
    r"\bsu(?:e|ed|ing) (?:me|us)\b",
    r"\bthreaten\w* (?:me|us) with (?:court|legal action|a (?:law)?suit|solicitors?|lawyers?)\b",
    rf"\bsu(?:e|ed|ing) (?:(?!you\b|your\b)\w+ )?for (?:(?:his|her|their|my|our) )?{OWN_MATTER}\b",
)
_LEGAL_WORDS = (
    r"\b(?:small claims|court|tribunal|su(?:e|ed|ing)|lawsuit|law ?suit|legal action|lawyers?|solicitors?|attorneys?|"
    r"barristers?|claims?|report(?:ing)?)\b"
)
# The business ruled out in the sentence: "..., not you", "nothing to do with you".
_NOT_YOU = re.compile(r",?\s*\bnot (?:you|your \w+|against you|with you)\b\s*(?=[.!?,;]|$)|\bnothing to do with you\b")
# A threat whose condition is praise: the good result not repeated, the business going away.
_PRAISE_CONDITION = re.compile(
    r"\bif\b[^.!?]*\b(?:(?:this|that|as|so) (?:good|nice|great|gorgeous|amazing|perfect|lovely|beautiful|fab\w*|stunning)"
    r"|you (?:ever )?(?:close|leave|retire|move away|stop doing|stop making|shut))\b"
)
_PRAISE = re.compile(
    r"\b(love|loved|loving|adore|gorgeous|amazing|obsessed|stunning|best|brilliant|fab\w*|perfect|thank\w*|over the moon|chuffed)\b"
)
_COMPLAINT = re.compile(
    r"\b(refund|ruined|terrible|awful|worst|disgust\w*|complain\w*|broken|faulty|damage\w*|burn\w*|hurt\w*)\b"
)
# A retraction with an everyday cause: "never mind, it's my toast".
_WITHDRAWN = re.compile(
    r"^.*?\b(?:never ?mind|false alarm|oh wait|wait,? no|my mistake|my bad|scratch that|ignore (?:me|that))\b[,.!\s-]*"
    r"(?:it'?s|it was|that'?s|that was) (?:just |only )?(?:(?:my|the|our|his|her|a|an|some|their) )?(?:[a-z]+'s )?"
    r"(?P<first>[a-z]+)(?: (?P<second>[a-z]+))?\b"
)
# A self-correction: what came before "no, sorry, I'm thinking of ..." / "sorry, I mean ..." is withdrawn.
_CORRECTED = re.compile(
    r"^.*?\b(?:no,? )?sorry,? (?:i'?m thinking of|i was thinking of|i mean|i meant|wrong (?:one|answer|question))\b"
)
_EVERYDAY = frozenset({"noun.food", "noun.artifact", "noun.substance", "noun.plant", "noun.phenomenon"})


def _withdrawn(t: str) -> str:
    """``t`` without what came before a retraction whose cause is a food or a made thing."""
    t = _CORRECTED.sub(" ", t)
    m = _WITHDRAWN.search(t)
    if not m:
        return t
    # the cause is the first word or the second ("the neighbour's barbecue", "the candle in the hall"),
    # read by its first sense ("toast" is second a celebrated person); a body part keeps the alarm
    words = [w for w in (m.group("first"), m.group("second")) if w]
    if any(is_body_part(w) for w in words) or not any(word_classes(w) & _EVERYDAY for w in words):
        return t
    return t[m.end() :]


def _deny(m: re.Match) -> str:
    """A denied symptom set aside, unless "without" follows an inability ("can't walk without pain")."""
    before = m.string[max(0, m.start() - 40) : m.start()]
    if m.group(0).startswith("without") and re.search(
        r"\b(can'?t|cannot|couldn'?t|unable|hard|impossible|not able|barely|hardly)\b[^.!?,;]*$", before
    ):
        return m.group(0)
    return " "


# A lawyer in a question about a service, with no word of a claim, a complaint or a veiled threat
# (blind14, blind11: "is the waiver something my lawyer should look over?", "can you talk to our
# family solicitor about the plan?"); across the development corpora every question that named a
# lawyer without these words was normal.
_LAWYER = r"\b(?:lawyers?|solicitors?|attorneys?|barristers?|litigation|legal (?:people|team|department))\b"
_NOT_A_LAWYER = re.compile(
    r"\b(?:lasting |enduring )?power of attorney\b"
    r"|\b(?:i|we|he|she|they|my \w+) (?:work|works|working|worked) (?:in|for) (?:litigation|law|a law firm|legal)\b"
)
_GRIEVANCE = re.compile(
    r"\b(su(?:e|ed|ing)|court|claims?|compensation|tribunal|proceedings|damages|negligen\w*|liab\w*|action|letters?|"
    r"in touch|hear from|contact(?:ing)? you|call(?:ing)? you|involved|about (?:this|it|that|what happened)|want me to|"
    r"injur\w*|hurt|burn\w*|ruin\w*|refund|complain\w*|damage\w*|disgust\w*|unacceptable)\b"
)


# A statement with a question tag after it is no question ("..., so let's sort the refund out today,
# shall we?": held-out blind21's veiled threat had lost its lawyer words as a question).
_TAG_QUESTION = re.compile(
    r",\s*(?:shall we|ok|okay|yeah|right|alright|all right|will you|won'?t you|can you|eh|innit|yes|no|understood|got it)\s*\?\s*$"
)


def _lawyer_asked(sentence: str) -> str:
    """``sentence`` without lawyer words when it is a question with no grievance in it, and without
    a lawyer's document or a profession ("power of attorney", "I work in litigation")."""
    sentence = _NOT_A_LAWYER.sub(" ", sentence)
    if sentence.rstrip().endswith("?") and not _TAG_QUESTION.search(sentence) and not _GRIEVANCE.search(sentence):
        return re.sub(_LAWYER, " ", sentence)
    return sentence


def _sentence_scope(sentence: str) -> str:
    """One sentence without legal words aimed away from the business, made as praise or asked about
    a service (:func:`_lawyer_asked`)."""
    sentence = _lawyer_asked(sentence)
    if _NOT_YOU.search(sentence):
        rest = _NOT_YOU.sub(" ", sentence)
        if not re.search(r"\byou(?:r|'ll|'re)?\b", rest):
            return re.sub(_LEGAL_WORDS, " ", rest)
    return sentence


def _made_as_praise(t: str) -> str:
    """``t`` without legal words when a threat's condition is praise and the line praises outside it."""
    m = _PRAISE_CONDITION.search(t)
    if m and _PRAISE.search(t[: m.start()] + " " + t[m.end() :]) and not _COMPLAINT.search(t):
        return re.sub(_LEGAL_WORDS, " ", t)
    return t


# "cut my appointment short", "nicked the bikes": the object is an act, a time, money or (for "nicked",
# stolen) a made thing, and no body part, person or animal follows within three words.
_CUT_ABSTRACT = frozenset("noun.act noun.time noun.event noun.possession noun.attribute noun.communication".split())
_NOT_A_BODY = (
    (re.compile(r"\bcut (?:me|my|her|his|their|our) ([a-z]+)((?: [a-z]+){0,3})"), _CUT_ABSTRACT),
    (
        re.compile(r"\bnicked (?:the|my|our|his|her|their|a|some|all the) ([a-z]+)((?: [a-z]+){0,3})"),
        _CUT_ABSTRACT | {"noun.artifact"},
    ),
)


def _objects(t: str) -> str:
    """``t`` without "cut" or "nicked" whose object is no body (see :data:`_NOT_A_BODY`)."""
    for pattern, classes in _NOT_A_BODY:

        def keep(m: re.Match, classes=classes) -> str:
            words = [m.group(1), *m.group(2).split()]
            if any(is_body_part(w) or word_classes(w) & {"noun.person", "noun.animal", "noun.body"} for w in words):
                return m.group(0)
            return " " if word_classes(m.group(1)) & classes else m.group(0)

        t = pattern.sub(keep, t)
    return t


def set_aside(t: str) -> str:
    """``t`` (normalised, lower-case) without denied symptoms, disowned threats, legal action aimed
    elsewhere or made as praise, and alarms withdrawn (see the module docstring)."""
    t = _objects(_withdrawn(t))
    t = _DENIED.sub(_deny, t)
    t = _DISOWNED.sub(" ", t)
    for pattern in _AT_THE_CALLER:
        t = rx(pattern).sub(" ", t)
    return _made_as_praise(" ".join(_sentence_scope(s) for s in re.split(r"(?<=[.!?])\s+", t)))


# Questions about a policy or a risk in general.
_IN_GENERAL = (
    r"\bwhat'?s (?:your|the) (?:policy|procedure|protocol|process|rule|plan)s?\b[^.?!]*\?",
    r"\b(?:do|does) (?:you|the \w+) have (?:a|any) (?:policy|procedure|protocol|process|plan)s?\b[^.?!]*\?",
    r"\b(?:is there|are there|what'?s the|any|how (?:much|big|high|likely)(?: a| of a)?) (?:a |any |much |real |big )?"
    r"(?:risk|chance|danger|possibility|likelihood)s? (?:of|that)\b[^.?!]*\?",
    # a safety record asked about (blind18): "have many kids been hurt there?", "what's your safety record?"
    r"\b(?:have|has|were|was|are|is) (?:many|any|lots of|a lot of|loads of|there (?:many|any)) (?:\w+ )?(?:people|kids|children|customers|guests|riders|users|visitors|pupils|players)"
    r" (?:ever )?(?:been |got |gotten |getting |being )?(?:hurt|injured|burnt|burned|killed|harmed|bitten)\b[^.?!]*\?",
    r"\bwhat'?s (?:your|the) (?:safety|accident|injury) record\b[^.?!]*\?",
)


def in_general(t: str) -> str:
    """``t`` without questions about a policy or a risk in general and threats made as praise (read
    before the "if ... ever" hypotheticals of :mod:`customario.escalation.urgency` drop the condition)."""
    t = _made_as_praise(t)
    for pattern in _IN_GENERAL:
        t = rx(pattern).sub(" ", t)
    return t
