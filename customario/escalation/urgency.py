"""How urgent a caller's words are: ``emergency`` (danger to life now), ``urgent`` (an injury, burn
or reaction that is not life-threatening, a hazard, a legal threat) or ``normal`` (issue 11).

Words are matched by stem and phrase ("burning", "burned", "burnt"; "injured", "injury"; "can't
breathe"; "sue you", "my lawyer will") rather than as whole keywords, and figures of speech are
set aside first ("burning through my budget", "this deal is killing me", "a hair emergency",
"Sue from accounts", "my lawyer friend recommended you"). A medical emergency is told to call
emergency services before anything else (:data:`EMERGENCY_LINE`, 911 in the US, as emergency
services advise); the help request is urgent either way.

Pure functions; the supervisor tool (:func:`customario.escalation.help_requests.classify_priority`)
and the offline front-desk policies use them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

EMERGENCY_LINE = "If this is an emergency, please hang up and call 911 (or your local emergency number) right now."

# Figures of speech and harmless uses removed before matching.
_FIGURES = (
    r"\bburn(ing|ed|t|s)? (through|thru) (my|the|our|your)\b",
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
    r"\b(my|a|our) lawyer (friend|buddy|cousin|neighbou?r|recommended|said|told me you)\b",
    r"\bsuing (my|the|our) (landlord|ex|neighbou?r|employer|boss|insurance)\b",
    r"\b(on|in) fire sale\b",
    r"\bfire (away|sale|up)\b",
    r"\b(my|the) (computer|pc|laptop|phone|screen|gpu|card) (is|keeps) (freezing|crashing)\b",
    r"\bheart attack (price|prices)\b",
    r"\bgave me a heart attack\b",
    r"\bnearly had a heart attack\b",
    r"\bbleeding edge\b",
    r"\bbreath(e|ing)? (of )?fresh air\b",
    r"\btake (my|your) breath away\b",
    r"\b(no|without|not any|never had) (trouble|problem|problems|difficulty|issue|issues) breathing\b",
    r"\bbreathing (is )?(fine|ok|okay|normal)\b",
    r"\bcan breathe( fine| ok| okay)?\b",
    r"\bcrash(ed)? and burn(ed|t)?\b",
    r"\bburns? (right )?through\b",
    r"\bbeen burn(ed|t) (before )?by\b",
    r"\bburn unit\b",
    r"\bcrime scene\b",
    r"\b(might|may|could) be allergic\b",
    r"\bif i'?m allergic\b",
    r"\ballergic to (cats|dogs|pets|nuts|latex|fragrance|perfume)\b(?=.*\?)",
    r"\bemergency\b(?=.*\b(won'?t|doesn'?t|can'?t) (boot|start|turn on|work)\b)",
    r"\bdeadline emergency\b",
)
# A body part "on fire" is a burning feeling (urgent), not flames.
_ON_FIRE_BODY = re.compile(
    r"\b(scalp|skin|head|face|eyes?|neck|ears?|hands?|feet|lips?) (is|are|feels?|feel like it'?s) on fire\b"
)
_EMERGENCY = (
    r"\b(not|isn'?t|stopped|stop|no longer) breathing\b",
    r"\b(can'?t|cannot|can not|could ?n'?t|struggling to|hard to|trouble) breath(e|ing)\b",
    r"\bunable to breathe\b",
    r"\bthroat (is )?(closing|swelling|swollen|tight)\b",
    r"\btongue (is )?(swelling|swollen)\b",
    r"\b(lips|face) (are |is )?(swelling|swollen) (up|fast)\b",
    r"\bwheez(e|ing)\b",
    r"\banaphyla\w*\b",
    r"\bheart attack\b",
    r"\bchest (pain|is (crushing|tight))\b",
    r"\bcrushing (chest|pain)\b",
    r"\bcollaps(e|ed|ing)\b",
    r"\b(passed|passing) out\b",
    r"\bunconscious\b",
    r"\bunresponsive\b",
    r"\bwon'?t wake up\b",
    r"\bseizure\b",
    r"\bhaving a stroke\b",
    r"\bchok(e|ed|ing)\b",
    r"\boverdos\w*\b",
    r"\b(bleeding|blood) (everywhere|badly|heavily|a lot|won'?t stop)\b",
    r"\bwon'?t stop bleeding\b",
    r"\b(kill|hurt|harm) (myself|himself|herself|themselves)\b",
    r"\bsuicid\w*\b",
    r"\bend (my|it all)\b.*\blife\b",
    r"\b(on fire|in flames|flames|caught fire|catching fire)\b",
    r"\b(smoke|fire) (is )?(filling|everywhere|spreading)\b",
    r"\b(room|house|kitchen|building|salon|shop) is (full of smoke|on fire)\b",
    r"\b(battery|pc|computer|it) exploded\b",
    r"\b(gun|knife|weapon)\b",
    r"\b(attack|attacking|threatening) (me|us|her|him|someone)\b",
    r"\bcall (an )?ambulance\b",
    r"\b(911|999|112)\b",
    r"\bface (is )?(numb|drooping|droopy)\b",
    r"\bslurr(ed|ing)\b",
    r"\bwords (are )?coming out wrong\b",
    r"\btoo many (of (my|the|his|her) )?(pills|tablets)\b",
    r"\b(don'?t|do not) want to (be alive|live)\b",
    r"\bturning blue\b",
    r"\bspurting\b",
    r"\bsmell (of )?gas\b|\bgas (leak|smell)\b",
    r"\bnot (answering|responding)( me)?\b",
    r"\b(drank|swallowed|ate|drunk) (some )?(of )?(the )?\w* ?(solution|bleach|dye|chemical|cleaner|product)\b",
    r"\bfell down the stairs\b",
    r"\bhit (his|her|my) head\b",
    r"\b(he|she|they|someone|somebody) is dying\b",
    r"\bnot moving\b",
)
_URGENT = (
    r"\bburn(s|ed|t|ing)?\b",
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
    r"\btripped\b",
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
    r"\bbulging\b",
    r"\bburning smell\b",
    r"\bemergency\b",
    r"\burgent(ly)?\b",
    r"\bambulance\b",
    r"\bhospital\b",
    r"\b(a&e|er|emergency room)\b",
    r"\bsu(e|ing|ed) (you|your|the salon|the store|them|this|for)\b",
    r"\b(i'?ll|i will|i'?m going to|gonna|we'?ll) sue\b",
    r"\blawsuit\b",
    r"\blaw ?suit\b",
    r"\b(my|our) (lawyer|attorney|solicitor)s?\b",
    r"\b(lawyer|attorney|solicitor)s? (will|is going to)\b",
    r"\blegal action\b",
    r"\bsmall claims\b",
    r"\btake you to court\b",
    r"\bsee you in court\b",
    r"\breport you to\b",
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
    r"\b(attorney|lawyer|solicitor)\b(?!.*\b(friend|recommended)\b)",
)


@dataclass(frozen=True)
class Urgency:
    """``level``: ``emergency``, ``urgent`` or ``normal``; ``reason``: the words that decided it."""

    level: str
    reason: str = ""

    @property
    def urgent(self) -> bool:
        return self.level in ("emergency", "urgent")


def _clean(text: str) -> str:
    return re.sub(r"\s+", " ", (text or "").lower().replace("’", "'")).strip()


def _strip_names(text: str) -> str:
    """ "Sue" as a name ("Sue from accounts", "my friend Sue", "Hi, it's Sue") is not a threat."""
    text = re.sub(
        r"\b(it'?s|this is|i'?m|my (friend|sister|mom|mum|colleague|wife|boss)|ask|tell|with|for|and) Sue\b", " ", text
    )
    return re.sub(r"^\s*Sue\b|\bSue (from|at|in|said|says|recommended|told|booked)\b", " ", text)


def assess(text: str) -> Urgency:
    """How urgent ``text`` is (see the module docstring). Never raises."""
    raw = _strip_names(text or "")
    t = _ON_FIRE_BODY.sub(" burning ", _clean(raw))
    for p in _FIGURES:
        t = re.sub(p, " ", t)
    for p in _EMERGENCY:
        m = re.search(p, t)
        if m:
            return Urgency("emergency", m.group(0))
    for p in _URGENT:
        m = re.search(p, t)
        if m:
            return Urgency("urgent", m.group(0))
    return Urgency("normal")
