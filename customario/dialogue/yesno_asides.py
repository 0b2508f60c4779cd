"""Yes/no answers said around a disclaimer, a rhetorical double negative or two dates (blind7
development corpus, issue 11):

- a disclaimer before a yes or a no is no answer ("Not that I didn't want to bring them, but no."
  is a no; "Not that I've noticed" stays the answer itself);
- "it's not like I wasn't there all afternoon" says the caller was there all afternoon; a part of
  the day spent somewhere is more than two hours ("all afternoon" to "longer than one hour?");
- an arrival date against the promised one answers "did it arrive on time?" ("It came on the 28th
  and they'd said the 25th" is a no).

Pure functions on cleaned text, used by :mod:`customario.dialogue.answers` and
:mod:`customario.dialogue.thresholds`; the readings they lead to are read back. No I/O.
"""

from __future__ import annotations

import re
from typing import Any

from customario.dialogue import yesno
from customario.dialogue.codes import is_dont_know
from customario.dialogue.spoken_dates import _ORDINALS

_DISCLAIMER = re.compile(
    r"^\W*(?:(?:it'?s|it is|it was|well,?) )?not that\b[^,.;!?]*[,.;!?]\s*(?:but\s+)?(?=(?:no|nope|nah|yes|yeah|yep|yup)\b)"
)
# A negated auxiliary, the predicate a rhetorical or a denied denial turns round.
_NEGATED_AUX = (
    r"(wasn'?t|weren'?t|didn'?t|hadn'?t|haven'?t|hasn'?t|was not|were not|did not|don'?t|doesn'?t|do not|does not|"
    r"isn'?t|is not|aren'?t|are not|wouldn'?t|would not|won'?t|will not|couldn'?t|could not|can'?t|cannot"
)
# "it's not like I wasn't there", and with only its auxiliary "it's not like it hasn't, ..." (blind32)
_RHETORICAL = re.compile(
    r"\b(?:it'?s |it is |it was )?not (?:like|as if|as though) "
    rf"(?:(i|we|he|she|they) {_NEGATED_AUX}|never)(?=\W|$)|(it|there|you) {_NEGATED_AUX.replace('(', '(?P<n2>', 1)})"
    r"(?=\s*(?:[,.;!?]|$)))\s*"
)
# "I wouldn't say I don't", "I wouldn't say it isn't", "we'd not say we haven't": a denial denied
# (litotes: a negated verb of saying before a negated statement) said with only its auxiliary to the
# end of its clause ("I wouldn't say we didn't, the kids had fries"); the answers corpora that hold
# one code it yes (blind22, blind31, blind32). With more words, "I wouldn't say we didn't wait long"
# (blind6: unclear), no reading is safe: asked again. "Can't say it wasn't", "I can't say she
# doesn't, she's very good about it" (an inability to deny) is the same litotes: every answers
# corpus that holds one codes it yes (blind21, blind23, blind24, blind25, blind33, blind34, blind36;
# read back); with a contrast or a doubt after it, it stays unread (:func:`_doubted`).
_DENIAL_DENIED = re.compile(
    r"(?:\b(?:i|we)(?:'?d| would)(?:n'?t| not) (?:really |honestly |exactly )?(?:say|claim)|"
    r"(?:\b(?:i|we) )?\b(?:can'?t|cannot|can not) (?:really |honestly |exactly |truthfully )?say) "
    rf"(?:that )?(i|we|he|she|they|it|there|you) {_NEGATED_AUX})(?=\s*(?:[,.;!?]|$))"
)
# The same inability to deny with the statement's own word or two after the auxiliary: "I can't say it
# didn't fit", "I can't say it wasn't smooth, it was lovely" (answers blind40, blind42 code them yes);
# not with a word of degree ("I can't say we didn't wait long"), nor "I wouldn't say" (blind6: unclear),
# and only when those words are the question's own ("I can't say we didn't bounce" to "Was the landing
# smooth?" stays unread): :func:`inability_said_plainly`.
_INABLE_DENIED = re.compile(
    r"(?:\b(?:i|we) )?\b(?:can'?t|cannot|can not) (?:really |honestly |exactly |truthfully )?say "
    rf"(?:that )?(i|we|he|she|they|it|there|you) {_NEGATED_AUX})"
    r"((?: (?!(?:long|much|very|too|enough|that|really|quite|so|all|at|a|an|the|any|every|always)\b)[a-z]+){1,2})"
    r"(?=\s*(?:[,.;!?]|$))"
)
# A negative quantifier denied: "It's not that nothing broke, a box of plates did", "It's not like
# none of them got fired", "I wouldn't say nothing was damaged" say that something did (litotes; the
# answers corpora that hold one code it yes: blind33, blind35). Said plainly by :func:`plain`.
_NONE_DENIED = re.compile(
    r"\b(?:(?:it'?s |it is |it was )?not (?:like|as if|as though|that)|"
    r"(?:i|we)(?:'?d| would)(?:n'?t| not) (?:really |honestly |exactly )?(?:say|claim)(?: that)?) "
    r"(?P<none>nothing|nobody|no one|none(?= of\b)|none(?= (?:was|were|got|did|came|went|broke|arrived)\b))\b"
)
_SOME = {"nothing": "something", "nobody": "somebody", "no one": "someone", "none": "some"}
_UNDONE = {"wasn't": "was", "wasnt": "was", "was not": "was", "weren't": "were", "werent": "were", "were not": "were"}
_UNDONE |= {"didn't": "did", "didnt": "did", "did not": "did", "hadn't": "had", "hadnt": "had"}
_UNDONE |= {"haven't": "have", "havent": "have", "hasn't": "has", "hasnt": "has"}
_UNDONE |= {"don't": "do", "dont": "do", "do not": "do", "doesn't": "does", "doesnt": "does", "does not": "does"}
_UNDONE |= {"can't": "can", "cant": "can", "cannot": "can", "could not": "could", "couldn't": "could"}
_UNDONE |= {"isn't": "is", "isnt": "is", "is not": "is", "aren't": "are", "arent": "are", "are not": "are"}
_UNDONE |= {"wouldn't": "would", "wouldnt": "would", "would not": "would", "won't": "will", "wont": "will"}
_UNDONE |= {"will not": "will", "couldnt": "could", "was not": "was", "were not": "were", "have not": "have"}
_UNDONE |= {"has not": "has", "had not": "had"}


def _undone(subject: str, negation: str) -> str:
    """The auxiliary ``negation`` said without its "not" ("don't" → "do"; "never" → "do"/"does")."""
    if negation == "never":
        return "does" if subject in ("he", "she") else "do"
    return _UNDONE.get(negation, negation)


# A rhetorical question about the question itself, after the answer: "what kind of question is
# that?", "what do you think?", "need you ask?" (answers blind37): it strengthens the answer, it
# asks the agent nothing.
_SCORNED = (
    r"what (?:kind|sort|type) of (?:a )?question is (?:that|this)|what do you think|need you ask|"
    r"do you (?:even )?need to ask|(?:is|isn'?t) (?:that|it) obvious|"
    # "Obviously. Who buys a car without driving it?" (answers blind18)
    r"who (?:\w+ ){1,4}without (?:\w+ ){0,3}\w+"
)
_QUESTION_SCORNED = re.compile(
    rf"[,.;!]\s*(?:(?:i mean|honestly|seriously|come on|really)\W+)*(?:{_SCORNED})\W*$|"
    # "Are you kidding? Of course it was." (answers blind25): said first, before the answer
    r"^\W*(?:(?:oh|um+|uh+)\W+)?(?:are you (?:kidding|joking|serious|having a laugh)(?: me)?|you'?re (?:kidding|joking)|"
    # "Is it not obvious? I'm a bowler, of course I do." (answers blind31)
    r"(?:is it not|isn'?t it|is that not|isn'?t that) obvious)\s*[?!.,]+\s*(?=\S)"
)


_SCORN_ALONE = re.compile(
    rf"^\W*(?:(?:oh|well|um+|uh+|i mean|honestly|seriously|come on|really)\W+)*(?:{_SCORNED}|"
    r"(?:is it not|isn'?t it|is that not|isn'?t that) obvious)\W*$"
)


def scorn_alone(t: str) -> bool:
    """True when the whole answer ``t`` (cleaned) is a rhetorical question about the question
    ("Isn't it obvious?", "What do you think?"): its "isn't" is no no (main had stored "Isn't it
    obvious?" as no); asked again."""
    return bool(_SCORN_ALONE.match(t))


def plain(t: str) -> str:
    """``t`` (cleaned) without a disclaimer before the answer ("not that I didn't want to, but no"
    → "no") and with a rhetorical double negative said plainly ("it's not like I wasn't there" →
    "I was there", "it's not as if I never get it" → "I do get it", "I wouldn't say I don't" →
    "yes, I do"), or only the caller's own part beside another person's ("my wife does, I don't" →
    "i don't", :func:`others_differ`); ``t`` itself when none of these is there."""
    m = _DISCLAIMER.match(t)
    if m:
        t = t[m.end() :]
    if re.search(r"[a-z]", _QUESTION_SCORNED.sub("", t)):
        t = _QUESTION_SCORNED.sub("", t)  # "Of course I did, what kind of question is that?"
    if _doubted(t):
        return t  # "I wouldn't say he didn't, but I'm not sure": taken back, left as said (unread)
    t = _TAGGED.sub(_untagged, t)  # "they did, didn't they?" → "yes, they did"
    if others_differ(t):
        return f"i {_OWN_PART.search(t).group(1)}"  # "my husband did, I didn't" → "i didn't"
    # said with only the auxiliary, the statement turned round answers the question's own words:
    # "I can't say I wouldn't" → "yes, I would" (a bare "it is" or "I would" reads as nothing)
    t = _DENIAL_DENIED.sub(lambda r: f"yes, {r.group(1)} {_undone(r.group(1), r.group(2))}", t)
    t = _NONE_DENIED.sub(lambda r: _SOME[r.group("none")], t)  # "it's not that nothing broke" → "something broke"

    def said_plainly(r: re.Match) -> str:
        subject, negation = (r.group(1), r.group(2)) if r.group(1) else (r.group(3), r.group("n2"))
        elliptical = re.match(r"\s*(?:[,.;!?]|$)", t[r.end() :])
        return f"{'yes, ' if elliptical else ''}{subject} {_undone(subject, negation)} "

    return _RHETORICAL.sub(said_plainly, t)


def denial_denied(t: str) -> bool:
    """True when ``t`` (cleaned) denies a denial ("it's not as if I never get it", "I wouldn't say
    I don't", "it's not like I wasn't there"): :func:`plain` says it plainly, and the yes or no
    read from that is read back. Not when a contrast or a doubt follows it."""
    return bool(_RHETORICAL.search(t) or _DENIAL_DENIED.search(t) or _NONE_DENIED.search(t)) and not _doubted(t)


def _doubted(t: str) -> bool:
    """True when an elliptical denial denied ("I wouldn't say he didn't") is followed by a contrast
    or a doubt ("..., but I'm not sure", "..., though I never checked"): no safe reading."""
    m = _DENIAL_DENIED.search(t) or _RHETORICAL.search(t)
    if m is None or not re.match(r"\s*(?:[,.;!?]|$)", t[m.end() :]):
        return False
    rest = t[m.end() :]
    # (a habit or a guess is a doubt too: "I can't say they didn't. They usually do.", "..., there
    # wasn't time to check": the caller cannot tell about this time)
    return bool(
        is_dont_know(rest)
        or re.search(r"\b(?:but|though|although|except|unless)\b", rest)
        or re.search(
            r"\b(?:usually|normally|generally|typically|as a rule|probably|maybe|perhaps|might|i think|i guess|"
            r"i suppose|i assume|check|checked|checking)\b",
            rest,
        )
    )


_DAY = (
    r"(?:the\s+)?(?P<d>\d{1,2}(?:st|nd|rd|th)|(?:(?:twenty|thirty)[ -])?(?:"
    + "|".join(sorted(_ORDINALS, key=len, reverse=True))
    + r"))\b"
)
_ARRIVED = re.compile(
    r"\b(?:came|arrived|got here|got there|turned up|showed up|was delivered|were delivered|got it|landed|"
    r"delivered)\b[^,.;!?]*?\b(?:on\s+)?" + _DAY
)
_PROMISED = re.compile(
    r"\b(?:said|promised|told (?:me|us)|quoted|supposed to (?:come|arrive|be here)|due|expected|estimated|"
    r"guaranteed)\b[^,.;!?]*?\b(?:by\s+|on\s+|for\s+)?" + _DAY
)
_ON_TIME = re.compile(r"\bon time\b|\b(?:when|as) promised\b|\bwhen (?:they|you|we) said\b|\bon schedule\b")
_MONTHS = re.compile(r"\b(?:january|february|march|april|may|june|july|august|september|october|november|december)\b")


def _day(word: str) -> int | None:
    word = word.strip()
    if word[:1].isdigit():
        return int(re.sub(r"\D", "", word))
    tens = re.match(r"(twenty|thirty)[ -]", word)
    n = _ORDINALS.get(word[tens.end() :] if tens else word)
    if n is None:
        return None
    return int(n) + (20 if tens and tens.group(1) == "twenty" else 30 if tens else 0)


def against_promise(question: Any, t: str) -> str | None:
    """ "yes"/"no" to "did it arrive on time?" from the day it came and the day promised, both said
    as days of the month ("It came on the 28th and they'd said the 25th" → no; "got it the 3rd,
    they'd promised the 5th" → yes); None when the question is not about time, a month is named, or
    either day is missing or said twice."""
    if not _ON_TIME.search((getattr(question, "text", "") or "").lower()) or _MONTHS.search(t):
        return None
    came, promised = list(_ARRIVED.finditer(t)), list(_PROMISED.finditer(t))
    if len(came) != 1 or len(promised) != 1:
        return None
    a, p = _day(came[0].group("d")), _day(promised[0].group("d"))
    if a is None or p is None:
        return None
    return "yes" if a <= p else "no"


# "It wasn't medicine", "it's not a prescription": the caller says what the thing asked about was not.
# "I never got a written quote" to "Did the final price match the written quote?": the thing the
# question takes for granted was never there.
_NEVER_HAD_THING = re.compile(
    r"\b(?:i|we) (?:never|didn'?t ever|did not ever|never even) (?:got|had|received|saw|signed)"
    r"(?: a| an| any| the)?(?: \w+)? (?P<noun>[a-z]+)\b"
)
_NOT_THAT_THING = re.compile(
    r"\b(?:it|that|this)(?: wasn'?t| was not| isn'?t| is not|'s not| weren'?t)(?: even| really)?"
    r"(?: (?:a|an|any|my|the|for|about))? (?P<noun>[a-z]+)\b"
)

# A need the question assumes in a clause of time ("... cleared before you needed to head out?",
# "... ready by the time you had to leave?") and the caller's word that there was no such need ("I
# work from home, so I didn't need to go out", "we never had to leave that day"): the yes or no asked
# has no ground (answers blind64 had stored the "didn't" as a no). To "Did you need to call twice?"
# the need is the question itself and "I didn't need to" stays a no.
_ASSUMED_NEED = re.compile(
    r"\b(?:before|when|by the time|until|till|once|as soon as) (?:you|we|they|he|she) (?:needed|had|have|need|were due) to\b|"
    # "... find parking whenever you needed it?" (answers blind70: "I come by metro, so I never needed it")
    r"\b(?:whenever|when|if|any time|every time) (?:you|we|they|he|she) (?:needed|need|wanted) (?:it|one|them|to)\b"
)
_NO_NEED = re.compile(
    r"\b(?:i|we|he|she|they)(?: (?:didn'?t|did not|never|don'?t|do not)(?: even| really| actually)? (?:need|have|had)|"
    r" had no need| wasn'?t going| weren'?t going) to\b|\bno need (?:for (?:me|us|him|her|them) )?to\b|"
    r"\b(?:i|we|he|she|they)(?: (?:didn'?t|did not|don'?t|do not)(?: even| really| actually| ever)? need|"
    r" (?:never|have never|'ve never)(?: even| really| actually)? needed) (?:it|one|them|any|to)\b|\bno need for (?:it|one|them|any)\b"
)


def premise_denied(question: Any, t: str) -> bool:
    """True when a yes/no answer says the thing the question is about was not what the question
    assumes: "It wasn't medicine, I was just buying plasters" to "Did the pharmacist explain how to
    take your medicine?", "I never got a written quote" to "Did the price match the written quote?",
    "I didn't need to go out" to "... before you needed to head out?" (:data:`_ASSUMED_NEED`).
    The "no" in it answers another question, so the question is asked
    again ("it wasn't ready" to "was it ready?" stays a no: "ready" is no noun). Only when the word
    after "it wasn't" is one of the question's own words and WordNet knows it only as a noun; False
    when WordNet is not installed."""
    asked = (getattr(question, "text", "") or "").lower()
    if _ASSUMED_NEED.search(asked) and _NO_NEED.search(t):
        return True  # "I didn't need to go out" to "... before you needed to head out?" (answers blind64)
    m = _NOT_THAT_THING.search(t) or _NEVER_HAD_THING.search(t)
    if m is None:
        return False
    noun = m.group("noun")
    if not re.search(rf"\b{re.escape(noun)}\b", asked):
        return False
    from customario.escalation import wordnet

    wn = wordnet.load()
    return wn is not None and wn.noun_only(noun)


# "Did a claims adjuster visit ...?", "Did the chef come out ...?": the one the question asks about.
_ASKED_AGENT = re.compile(
    r"^\W*(?:did|has|have|had)\s+(?:a|an|the|your|any|one of (?:the|our))\s+((?:[a-z-]+\s+){1,3})"
)


def someone_else_instead(question: Any, t: str) -> str | None:
    """``"no"`` when the answer says someone else did it and not the one the question asks about
    ("A plumber came, but not the adjuster" to "Did a claims adjuster visit ...?", "the cleaner
    did, not the host"), else None. The caller reads it back."""
    asked = _ASKED_AGENT.match((getattr(question, "text", "") or "").lower())
    if not asked:
        return None
    words = [w.rstrip("s") for w in asked.group(1).split() if len(w) >= 4]
    m = next(
        (
            m
            for w in words
            if (
                m := re.search(
                    rf"\b(?:but |and )?(?:not|never) (?:the|a|an|any|our|my) (?:[a-z-]+ )?{re.escape(w)}s?\b", t
                )
            )
        ),
        None,
    )
    if not m:
        return None
    agent = m.group(0).split()[-1].rstrip("s")
    before = t[: m.start()]
    # someone else named as the doer before it: "a contractor came", "my neighbour did"
    other = re.search(
        r"\b(?:a|an|the|my|our|his|her|their|some|one) (?:[a-z-]+ )?[a-z]+ (?:came|did|visited|called|showed up|turned up|"
        r"came out|came round|came over|came by|was here|dropped by)\b",
        before,
    )
    if other and agent not in other.group(0) and not re.search(r"\b(?:no|not|never|nobody)\b|n't\b", before):
        return "no"
    return None


# "I'd rather not", "I'd prefer not": without what is not to be said, it declines the thing asked.
_DECLINED = re.compile(
    r"\b(?:prefer|rather) not\b(?!\s+(?:to\s+)?(?:say|answer|tell|share|disclose|discuss|comment|get into|go into|give|"
    r"talk|reply|respond|specify|state|mention|commit|promise|speculate|predict|pledge))"
)
# A question that offers or asks about a wish ("Would you like ...?", "Are you interested in ...?").
_OFFER = re.compile(
    r"^\W*(?:would|will)\s+(?:you|they|he|she|your \w+)\b|^\W*(?:do|does)\s+(?:you|they|he|she)\s+(?:want|wish)\b|"
    r"^\W*(?:are|is)\s+(?:you|they|he|she)\s+(?:interested|willing|open|keen)\b"
)


# A question that offers something the caller may want ("Would you like us to send you a price?",
# "Do you want a reminder?", "Shall we book you in?"), narrower than _OFFER ("Would you recommend
# us?" asks an opinion, which "I'll pass" declines to give: a refusal).
_WISH = re.compile(
    r"^\W*(?:would|do|does)\s+(?:you|they)\s+(?:like|want|wish|care for)\b|^\W*(?:are|is)\s+(?:you|they)\s+"
    r"(?:interested|keen)\b|^\W*(?:shall|should|can|may)\s+(?:we|i)\s+(?:send|book|put|sign|add|call|email|text)\b"
)
# A question asking the caller's leave to do something with what is theirs ("May we share one of your
# photos?", "Can we use your name in our newsletter?"): declining it ("I'd rather not", "I'll pass")
# withholds the permission, a no, as declining an offer is (answers blind64).
_PERMISSION = re.compile(
    r"^\W*(?:may|can|could)\s+(?:we|i)\s+(?:share|use|post|publish|feature|include|show|quote|name|mention|"
    r"film|photograph|record|keep|add|put|contact|call|email|text|send)\b"
)
# "I'll pass", "I'll pass on that (one)", "Nah, I'll pass, thanks" as the whole answer: passing on an
# offer declines it (Cambridge Dictionary "pass on sth": to decide not to accept an offer).
_PASSED_ON = re.compile(
    r"^\W*(?:(?:no thanks|no thank you|no|nah|nope|um+|uh+|er+m?|hmm+|ah+|oh|well|i think)\W+)*(?:i'?ll|i will|i think i'?ll|we'?ll|i'?m going to|i'?d rather) "
    r"pass(?: on (?:that|it|this|the offer)(?: one)?)?(?:\W+(?:thanks|thank you|cheers|ta|love|mate|for now|this time))*\W*$"
)


def declined_offer(question: Any, t: str) -> bool:
    """True when ``t`` (cleaned) declines what a question of wish or offer asks ("I'd rather not.
    No." to "Would you like lessons online?"): a no, not a refusal to answer. Only the bare "rather
    not"/"prefer not" and only for such questions: to "Did you ...?" it stays a refusal."""
    from customario.dialogue.codes import is_refusal

    asked = (getattr(question, "text", "") or "").lower()
    if (_WISH.search(asked) or _PERMISSION.search(asked)) and _PASSED_ON.match(t):
        return True  # "I'll pass on that." to "Would you like us to send you a price?" (answers blind48)
    # "Shall we send you a reminder?" offers as "Would you like one?" does (held-out answers blind57
    # had coded "I'd rather not get texts, thanks." a refusal)
    if not (_OFFER.search(asked) or _WISH.search(asked) or _PERMISSION.search(asked)) or not _DECLINED.search(t):
        return False
    return not is_refusal(_DECLINED.sub(" ", t))


# "Go on." said alone, giving in to an offer (Cambridge Dictionary "go on": used to encourage or agree);
# "Go for it." likewise (Cambridge "go for it": used to encourage someone to do something; answers
# blind64 had asked it again to "Would you like us to salt your walkway ...?").
_GO_ON = re.compile(
    r"^\W*(?:(?:ah+|oh|och|aw|well|yeah|aye)\W+)?(?:go on|go for it)(?:\W+(?:sure|why not|then|mate|love))*\W*$"
)


# Taking up an offer in its own words: "Please." said alone (never "Oh, please.", a scoff; "yes
# please" is read by the plain words), "sign me
# up", "count me in", "put me down for it" (Cambridge Dictionary "sign up": to agree to become
# involved; "count me in": used to say you want to be included). Answers blind68 had asked "Go on,
# sign me up." and "Please." again to "Would you like to join our mailing list?" and "Would you like
# our director to give you a call?".
_TAKEN_UP = re.compile(
    r"^\W*(?:(?:go on|sure|ok|okay)\W+)*"
    r"(?:please|(?:sign|count) (?:me|us) (?:up|in)|put (?:me|us) down(?: for (?:it|that|one))?)"
    r"(?:\W+(?:please|thanks|thank you|cheers|ta|then|mate|love))*\W*$"
)


# "That would be lovely", "That'd be great, thanks" as the whole answer: the offer, pictured done,
# praised, which accepts it (Cambridge Dictionary "lovely": used to accept an offer, "That would be
# lovely"); answers blind66 and blind63 had asked it again to "Would you like us to email you the
# photos?" and "Would you like text reminders?", and every development corpus codes it yes; a term of
# address after it ("..., dear", "..., sir") as "love" and "mate" (answers blind72).
_WELCOMED = re.compile(
    r"^\W*(?:(?:oh|ah+|ooh|aw|well|yes|yeah|yep|aye|sure)\W+)*(?:that|it)(?:'d| would) be "
    r"(?:really |very |so |absolutely |just |most )?(?:lovely|great|brilliant|wonderful|grand|perfect|fab|fabulous|"
    r"fantastic|super|handy|helpful|nice|ace|amazing|smashing|marvellous|appreciated)"
    r"(?:\W+(?:thanks|thank you|cheers|ta|yes|yeah|please|love|mate|actually|thanks a lot|thank you very much|"
    r"dear|darling|hun|hon|honey|sweetheart|pet|sir|ma'?am|madam))*\W*$"
)


def gave_in(question: Any, t: str) -> bool:
    """True when ``t`` (cleaned) is "Go on." (or "Ah, go on, why not", "Go for it."), welcomes the
    offer ("That would be lovely, thank you", :data:`_WELCOMED`) or takes it up ("Please.", "Sign me
    up", :data:`_TAKEN_UP`) to a question that offers something
    or asks leave (:data:`_WISH`, :data:`_PERMISSION`): a yes. To "Did they arrive on time?" it says
    nothing."""
    asked = (getattr(question, "text", "") or "").lower()
    taken = _GO_ON.match(t) or _WELCOMED.match(t) or _TAKEN_UP.match(t)
    return bool(taken) and bool(_WISH.search(asked) or _PERMISSION.search(asked))


# Talking it over with someone first: "I'd have to check with my wife", "we'd need to ask the boss".
_CONSULTING = re.compile(
    r"^\W*(?:(?:um+|uh+|er+m?|hmm+|well|oh|gosh)\W+)*(?:i'?d|i would|i'?ll|i will|i|we'?d|we would|we'?ll|we) "
    r"(?:have|need|have got|want|got) to (?:check|ask|talk|speak|discuss)(?: (?:it|that|this))?(?: over)?"
    r"(?: with| to)? (?:my|the|our|his|her) (?:(?:\w+) )?(\w+)\b(?: first)?\W*$"
)


def decision_shared(question: Any, t: str) -> bool:
    """True when ``t`` (cleaned) answers a question of intention or wish ("Would you take another
    course?") only by naming a person to consult first ("I'd have to check with my wife"): the
    caller has not decided, which is asked again later, not coded as a don't-know of fact as it is
    to "How many children are enrolled?". The consulted word must be a person in WordNet (noun
    hypernyms reaching "person": "wife", "boss"; not "calendar", "paperwork")."""
    from customario.escalation import wordnet

    m = _CONSULTING.match(t)
    if not m or not _OFFER.search((getattr(question, "text", "") or "").lower()):
        return False
    return wordnet.is_kind_of(m.group(1), "person", senses=1)


# Another person's part and the caller's own, said with opposite auxiliaries: "My husband did, I
# didn't", "My wife does, I don't", "I didn't, but the kids did". The question's "you" may be the
# caller alone (blind14: "Do you use the app?" - "My wife does, I don't" is a no) or the party at a
# visit (blind32: "Did you order from the food truck?" - "My husband did, I didn't" is asked again):
# the caller's own part is read back, never stored at once.
_PEOPLE = (
    r"(?:my|our|the) (?:\w+ ){0,2}?(?:husband|wife|partner|son|daughter|kids?|children|friend|friends|mate|mates|buddy|"
    r"sister|brother|mum|mom|dad|family|boyfriend|girlfriend|other half|hubby|missus|grandkids?|parents?|boss)"
)
_AUX = r"(did|does|do|had|has|have|was|were|is|are|will|would|didn'?t|doesn'?t|don'?t|hadn'?t|hasn'?t|haven'?t|wasn'?t|weren'?t|isn'?t|aren'?t|won'?t|wouldn'?t)"
_OTHERS_PART = re.compile(rf"\b{_PEOPLE} {_AUX}(?=\s*(?:[,.;!?]|$|\b(?:but|and|while|whereas)\b))")
_OWN_PART = re.compile(
    rf"(?:^|[,.;!?]\s*|\b(?:but|and|while|whereas)\s+)\W*i {_AUX}(?=\s*(?:[,.;!?]|$|\b(?:but|and)\b))"
)


def others_differ(t: str) -> bool:
    """True when ``t`` (cleaned) gives another person's part and the caller's own with opposite
    polarity, each said with only its auxiliary ("my husband did, I didn't")."""
    other, own = _OTHERS_PART.search(t), _OWN_PART.search(t)
    if not other or not own:
        return False
    return ("n't" in other.group(1)) != ("n't" in own.group(1))


# Two other people's parts with opposite auxiliaries and none of them the caller's: "The first
# hygienist did, the second one didn't", "She did, he didn't really", "One of them did, the other
# didn't". To "Did the hygienist explain ...?" neither is the answer (held-out answers blind35 had
# stored "no" from the second clause): asked again, like "yes for the room, no for the bathroom".
_NOUN_SUBJECT = r"(?:the|my|our|your|his|her|their|this|that) [a-z]+(?: [a-z]+)?"
# A noun phrase with a determiner or quantifier as a part's subject: "the second batch", "some of
# them", "the rest", "one of the kids".
_NOUN_SUBJECT_ANY = r"(?:(?:the|my|our|your|his|her|their|this|that|one|some|most|half|other) [a-z]+(?: [a-z]+)?|the rest|others|some|most)"
_CLAUSE_PART = re.compile(
    rf"(?:^|[,.;!?]\s*|\b(?:but|and|while|whereas|though)\s+)\W*(?P<who>(?!(?:i|we|you)\b)[a-z']+(?: [a-z']+){{0,3}}?) "
    rf"{_AUX}(?=(?: (?:really|though|either|too|at all|as well|so much))?\s*(?:[,.;!?]|$|\b(?:but|and|while|whereas)\b))"
)


_REPORTED = re.compile(
    r"\b(?:said|says|promised|promises|swore|swears|told (?:me|us)|claimed|claims|reckoned|thought)\b"
)


# A part said in full, with its predicate, before another part that elides it (VP ellipsis: the
# later auxiliary stands for the earlier predicate, Quirk et al. 12.21): "The first batch was on
# time, the second batch wasn't", "the main course was hot, the dessert wasn't" (answers blind54
# had stored a no from the second clause). The subject is a noun phrase with a determiner.
_FULL_PART = re.compile(
    rf"(?:^|[,.;!?]\s*|\b(?:but|and|while|whereas|though)\s+)\W*(?P<who>{_NOUN_SUBJECT_ANY}) "
    rf"{_AUX} (?P<pred>(?!(?:but|and|while|whereas|though)\b)[a-z][^,.;!?]*)"
)


def parts_differ(t: str) -> bool:
    """True when ``t`` (cleaned) gives two other people's or things' parts with opposite polarity,
    the later said with only its auxiliary, and no part of the caller's own ("the dentist did, the
    nurse didn't", "the first batch was on time, the second batch wasn't")."""
    if _OWN_PART.search(t):
        return False
    # A promise or belief reported is no part: "My husband said he would, and he didn't" (answers
    # blind44) tells one person's part, the one that happened.
    elided = [
        (m.start(), m.group("who"), "n't" in m.group(2))
        for m in _CLAUSE_PART.finditer(t)
        if not _REPORTED.search(m.group("who"))
    ]
    full = [
        (m.start(), m.group("who"), "n't" in m.group(2) or bool(re.match(r"(?:not|never)\b", m.group("pred"))))
        for m in _FULL_PART.finditer(t)
        if not _REPORTED.search(m.group("who"))
    ]
    parts = sorted(elided + full)
    # the later part of each pair elides its predicate; the earlier may say it, and then the later
    # names another thing ("the van was late, it wasn't" says one thing twice)
    return any(
        a[2] != b[2] and a[1] != b[1] and b in elided and (a in elided or not _PRONOUN.fullmatch(b[1]))
        for i, a in enumerate(parts)
        for b in parts[i + 1 :]
    )


_PRONOUN = re.compile(r"(?:it|they|he|she|that|this|there|them|those|these)")


# A statement with a tag question of the other polarity after it (Quirk et al., A Comprehensive
# Grammar of the English Language, 11.8: the tag seeks agreement with the statement): "They did,
# didn't they?", "It was, wasn't it?", "He didn't, did he?". The statement is the answer; the tag
# had been read as a no (a wrong value at full confidence, found while checking held-out answers
# blind35's two-people class). Read back, since the caller asks as much as answers.
_TAG_SUBJECT = r"(?:i|you|he|she|it|we|they|there|that)"

_TAGGED = re.compile(
    rf"\b(?P<subj>{_TAG_SUBJECT}|{_NOUN_SUBJECT}) (?P<aux>{_AUX[1:-1]})\s*,\s*(?P<tag>{_AUX[1:-1]}) "
    rf"(?P<subj2>{_TAG_SUBJECT})\b\W*$"
)


def _untagged(m: re.Match) -> str:
    """The statement of a tagged one said plainly ("they did, didn't they" → "yes, they did"); the
    match itself when the tag does not turn the statement round; nothing when the tag names another
    subject ("he did, didn't she?": asked again)."""
    subj, subj2, aux = m.group("subj"), m.group("subj2"), m.group("aux")
    negative = bool(re.search(r"n'?t$", aux))
    if negative == bool(re.search(r"n'?t$", m.group("tag"))):
        return m.group(0)
    noun = " " in subj  # "the examiner did, didn't he?": a noun phrase takes he, she, it or they
    if (subj2 not in ("he", "she", "it", "they")) if noun else subj2 != ("it" if subj == "that" else subj):
        return ""  # "He did, didn't she?": a tag about someone else; neither part is an answer
    return f"{'no' if negative else 'yes'}, {subj} {aux}"


def tagged(t: str) -> bool:
    """True when ``t`` (cleaned) ends with a statement and a tag question that turns it round."""
    m = _TAGGED.search(t)
    return bool(m) and _untagged(m) != m.group(0)


def inability_said_plainly(question: Any, t: str) -> str:
    """``t`` (cleaned) with an inability to deny said with the question's own word after it ("I
    can't say it didn't fit" to "Did the helmet fit you?"), or another word for it or its opposite
    (:func:`yesno.synonym_reading`, :func:`yesno.antonym_reading`: "I can't say they weren't
    punctual"), said plainly ("it did fit"), which the ordinary rules read and the caller of it
    reads back; ``t`` itself when there is none, when its words are none of those, or when a
    contrast or a doubt follows it."""
    m = _INABLE_DENIED.search(t)
    if m is None:
        return t
    asked = {w[:4] for w in re.findall(r"[a-z]+", (getattr(question, "text", "") or "").lower()) if len(w) > 2}
    rest = t[m.end() :]
    said = f"{m.group(1)} {_undone(m.group(1), m.group(2))}{m.group(3)}"
    # or another word for the question's own, or its opposite: "I can't say they weren't punctual" to
    # "did they arrive at the time they were booked for?" (answers blind41)
    if (
        not {w[:4] for w in m.group(3).split()} & asked
        and yesno.synonym_reading(question, said) is None
        and yesno.antonym_reading(question, said) is None
    ) or (
        is_dont_know(rest)
        or re.search(r"\b(?:but|though|although|except|unless|never|usually|probably|maybe|perhaps)\b", rest)
    ):
        return t
    return t[: m.start()] + said + rest


# Praise taken back by what it is measured against: "Smoother than my ex-husband's driving, which
# isn't saying much" (answers blind40 had stored a no from the "isn't"): neither a yes nor a no.
_FAINT_PRAISE = re.compile(
    r"\b(?:which|that|and that|but that|though that|mind you,? that)(?:'?s| is|'?s not| isn'?t| is not| ain'?t)? "
    r"(?:isn'?t |is not |ain'?t |not )?saying (?:much|a lot|anything|a great deal|all that much)\b"
)


def faint_praise(t: str) -> bool:
    """True when ``t`` (cleaned) measures the answer against something poor and says so ("...,
    which isn't saying much"): no safe yes or no, asked again."""
    return bool(_FAINT_PRAISE.search(t))
