"""A spoken turn that asks the agent something, told by its word order (issue 11).

Typed, a question back ("Is ten the best?", "How much is premium a month?") is told by its question
mark (:func:`customario.dialogue.asked_back.asks_back`). A recogniser writes no punctuation, so
through it "is ten the best" read as a rating of ten and "do you sell the stout in cans" as the
choice stout, both stored without a read-back when heard well (the typed development corpora said
aloud with their punctuation dropped: answers blind27 to blind32, every one of the six, 3 to 7 such
values each, 5 December 2026). English marks a direct question by its word order as well:
an auxiliary or copula before its subject ("is ten the best", "do you sell ...", subject-auxiliary
inversion) or a wh-word first ("how much is premium", "what does it do"), Quirk et al., A
Comprehensive Grammar of the English Language (1985), on interrogatives. :func:`spoken_question`
reads that order at the start of a spoken turn; the survey policy asks it only of a closed
question's answer heard at the campaign's ``confirm_below`` or above (a fainter one is read back
anyway, and noise took this shape: ``SurveyPolicy._asks_back``).

Not a question back: a question the caller answers themselves or asks of themselves ("would i
recommend it absolutely", subject "i" or "we"), a proposal ("how about a seven", "what about
eight"), an exclamation ("what a mess"), and rhetorical don't-knows ("who knows", "how would i
know"), which the parser codes before this is asked. Pure functions.
"""

from __future__ import annotations

import re

# Words a caller may say before the question ("um, is ten the best").
_LEAD = frozenset("um uh er oh wait so okay ok sorry hmm but and well hang on just quick question".split())
_AUXILIARIES = frozenset(
    """is are was were do does did can could will would should shall has have
    isn't aren't wasn't weren't don't doesn't didn't can't won't""".split()
)
# The subject after an inverted auxiliary, when it points at the survey, the agent or the scale:
# not "i" or "we" (a caller asking themselves: "would i go back yes"), not "a" or "an" (an order:
# "do a pantomime at christmas").
_SUBJECTS = frozenset("you it this that there the your these those".split())
# An auxiliary that starts an order as well as a question ("have the machines stocked", "do the
# pool again"): a question only with a pronoun after it.
_ORDER_AUXILIARIES = frozenset({"have", "has", "do", "did", "was", "were"})
# A number after an inverted copula is the subject of a question about the scale only before a
# predicate ("is ten the best", "is one good"); "is three me my wife my son" answers with it.
_NUMBERS = frozenset("zero one two three four five six seven eight nine ten".split())
_SCALE_PREDICATES = frozenset(
    """the a good bad best worst top bottom high low highest lowest better worse enough positive
    negative happy unhappy max maximum minimum""".split()
)
_WH = frozenset("how what what's whats which where who who's when why".split())
# After a wh-word: what makes it a question about something rather than a proposal, an exclamation
# or a count said in passing ("how about a seven", "what a mess", "when i got there").
_AFTER_WH = frozenset(
    "is are was were do does did can could will would should much many long often far exactly".split()
)
_NOT_AFTER_WH = frozenset({"about", "a", "an", "i", "we", "else"})
# A question the caller answers themselves ("was it nine yeah nine", "did it get fixed no way").
_SELF_ANSWER = frozenset("yes yeah yep yup no nope nah course definitely absolutely".split())


def spoken_question(text: str) -> bool:
    """True when a spoken transcript (lower case, no punctuation) opens with the word order of a
    question to the agent: an auxiliary then a subject that is not the caller ("is ten the best",
    "do you sell the stout in cans", "are you guys on instagram"), or a wh-word then an auxiliary
    or a degree word ("how much is premium a month", "what does a glass break sensor even do",
    "what's the tutoring center", "how many more questions"). Fillers before it are skipped."""
    words = re.findall(r"[a-z']+", (text or "").lower().replace("’", "'"))
    while words and words[0] in _LEAD:
        words = words[1:]
    if len(words) < 2 or _SELF_ANSWER & set(words):
        return False
    first, second = words[0], words[1]
    if first in _AUXILIARIES:
        if second in _NUMBERS:
            return first in ("is", "are") and len(words) > 2 and words[2] in _SCALE_PREDICATES
        if first in _ORDER_AUXILIARIES:
            return second in ("you", "it", "this", "that", "there", "your")
        return second in _SUBJECTS
    if first in _WH:
        if first in ("what's", "whats", "who's"):
            return second not in ("i", "we", "else")
        if first == "which":
            return second not in ("i", "we", "is")
        return second in _AFTER_WH
    return False
