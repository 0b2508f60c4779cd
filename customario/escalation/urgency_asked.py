"""Clauses that are not about harm now, read apart before the urgency rules (issue 11; split out of
:mod:`customario.escalation.urgency` on 5 December 2026, unchanged in meaning).

- :data:`HYPOTHETICAL`: hypothetical and ahead-of-time safety questions ("can bleach burn your
  scalp?", "if my dog gets hurt at your kennels, who pays the vet?", "is it going to hurt?");
- :data:`AHEAD`: a question asked ahead of time ("asking before I book", "just in case");
- :data:`ADMIN_URGENCY`: "urgent" about an appointment or an order is time pressure, not harm;
- :data:`BARE` and :func:`time_pressure`: "urgent" or "emergency" with no harm word presses for time
  when the caller says what it is about, unless it is a plea (:data:`PLEA`);
- :func:`not_asked`: a normalised, lower-case line without those questions (a string, possibly empty).
"""

from __future__ import annotations

import re

from customario.escalation import urgency_asides as asides
from customario.escalation import urgency_scope as scope
from customario.escalation import urgency_senses as senses
from customario.escalation.urgency_rules import rx

# Clauses that are not about now: a hypothetical or safety question, a false alarm, an event long over.
HYPOTHETICAL = (
    r"\bif\b[^.?!,]*\b(ever|were to|happens?|happened|should|starts?|begins?|one day|later|in (the )?future|at some point|end(s)? up)\b[^.?!,]*",
    # a question about how to recognise a sign: "how can I tell if my battery's starting to swell?"
    r"\bhow (can|do|would|will|should|could) (i|you|we|one) (tell|know|check|spot|recogni[sz]e|see|be sure) (if|whether|when)\b[^.?!]*\??",
    # the kind of thing asked about: "is this charger the type that overheats?"
    r"\b(the|a) (kind|type|sort|make|model)s? (of \w+ )?(that|which)\b[^.?!]*\?",
    # a harm told as a condition in a question about who answers for it (urg16, blind17: "if my dog gets
    # hurt at your kennels, who pays the vet?")
    r"\bif\b[^.?!]*\b(gets?|getting|got|were|was|is) (hurt|injured|ill|sick|bitten|burnt|burned|cut|scratched|lost|stung)\b[^.?!]*\?",
    # a harm one may come away with, asked ahead (urg15, blind23: "Do they come away with bruises? Trying
    # to decide"; "will I get burnt if I touch the grill?")
    r"\b(can|could|do|does|will|would|might|may)\b ((the|your|my|our) \w+|\w+)( \w+)? "
    r"(get|come away with|come home with|end up with|go home with|leave with)( any| a| some)? "
    r"(burnt|burned|burns?|hurt|injured|cut|cuts|bruises?|bruised|stung|bitten|scalded|shocked|blisters?|splinters?)\b[^.?!]*\?",
    # ... "is it going to hurt?", and which thing is safest to use (blind28: "Is the paintball going to hurt
    # much?", "Which drill is hardest to hurt yourself with?")
    r"\b(is|are|will) (it|this|that|they|the \w+|your \w+)( \w+)? (going to|gonna)? ?(hurt|sting|burn|bruise|be sore|bleed|swell|scar|blister|itch|peel)\b[^.?!]*\?",
    r"\bwhich (\w+ ){1,2}(is|are) (the )?(hardest|easiest|safest|least likely|most likely|less likely|more likely) to "
    r"(hurt|cut|burn|injure|shock|electrocute) (yourself|myself|oneself|you|me|someone)\b[^.?!]*\?",
    r"\b(can|could|does|do|will|would|might|may) (?:(?!\b(my|is|are|i|i'?m|she|he|it'?s|we|they)\b)[\w' -]){0,40}?"
    r"\b(burn|hurt|damage|cause|irritate|harm|react|explode|catch fire|swell|shock|give off|smell|leave)\b[^.?!]*\?",
    # ... or set off an alarm, or trouble a condition (s56urg, blind62: "does the smoke from the oven set off alarms?",
    # "will the felt fumes be a problem for her?"), unless the line goes on to tell it happening ("? it's pouring out")
    r"\b(can|could|does|do|will|would|might|may) (?:(?!\b(my|is|are|i|i'?m|she|he|it'?s|we|they)\b)[\w' -]){0,40}?"
    r"\b(set off|trigger|be a problem|be an issue|bother|aggravate|affect)\b[^.?!]*\?"
    r"(?!.*\b((it|that|this)('s| is)|they'?re|they are|there'?s|there is)( \w+)? \w+ing\b|.*\bnow\b)",
)
# A question asked ahead of time ("asking before I book", "just in case", "for future reference").
AHEAD = re.compile(
    r"\b(asking (before|for a friend|in case|because|ahead)|just in case|for future reference|out of curiosity|"
    r"hypothetically|in general|just curious|just asking|mine'?s fine|nothing'?s wrong|"
    # ... or nothing has happened: "nothing's gone wrong yet", "nothing's happened, I'm only planning" (s57urg); a
    # report that nothing has been done about a harm ("I rang and nothing's happened") is none of these
    r"nothing('s| has) (happened|gone wrong) yet|nothing('s| has) happened,? (i'?m|we'?re|i am|we are|it'?s) (just|only))\b"
)
# "Urgent" about an appointment or an order is time pressure, not harm (issue 11 definitions).
ADMIN = (
    r"appointment|bookings?|book|reschedule|move|cancel|order|delivery|refund|invoice|receipt|reimbursement|"
    r"payment|quote|paperwork|call ?back|ring me back|return|exchange|warranty|parcel|tracking|e-?mails?|newsletter|sale|"
    r"mailing list|account|log ?in|password|locked out|pick (it |them )?up|collect|birthday|gift|present|after-?hours|fit (me|us|her|him) in|squeeze (me|us|her|him) in|interview"
)
ADMIN_URGENCY = re.compile(
    rf"\b(urgent(ly)?|emergency|asap)\b(?=[^.!?]*\b({ADMIN})\b)"
    rf"|\b({ADMIN}|call me back)\b[^.!?]*\burgent(ly)?\b"
)


# "Urgent" or "emergency" with no harm word is time pressure when the caller says what it is about
# ("URGENT!!! need someone for updos", "really urgent, my direct debit went out twice"); it stays
# urgent when it is a plea ("it's an emergency, please help") or all that was said (blind5: across
# every corpus no other line depended on the bare word).
BARE = frozenset({r"\burgent(ly)?\b", r"\bemergency\b"})
PLEA = re.compile(
    r"\b(help|hurry|come (now|quick\w*|straight away)|send (someone|somebody|help)|please,? (someone|somebody)"
    # ... "quick", not as a question about speed or a quick question (s43urg, blind35: "How quick is the express
    # wash?", "Quick one, urgent-ish: can I pay the balance ...")
    # ... nor "can you be quick?", a service asked to hurry (s51urg, blind54: "Can you be quick? It's urgent, I'm on a flight
    # at four and need my suit pressed")
    r"|(?<!how )(?<!how very )(?<!can you be )(?<!could you be )(?<!can u be )"
    r"quick(ly)?(?! (one|question|query|q|thing|wash|turnaround|favour|check|look|trim|chat)\b))\b"
)


def time_pressure(t: str) -> bool:
    """True when an urgency word in ``t`` only presses for time (see :data:`BARE`)."""
    return not PLEA.search(t) and len(re.findall(r"[a-z']+", t)) > 6


# A question told without its mark, as a transcript gives it (blind14: "where's the nearest A&E,
# just asking in case").
ASKS = re.compile(r"^\W*(where|what|which|how|when|who|is|are|do|does|can|could|would|should|will)\b")


def not_asked(t: str) -> str:
    """``t`` without hypothetical and ahead-of-time safety questions ("can bleach burn your scalp?")."""
    if AHEAD.search(t) and ("?" in t or ASKS.search(t)):
        return ""
    t = asides.asked(scope.in_general(senses.not_feared(t)))
    for p in HYPOTHETICAL:
        t = rx(p).sub(" ", t)
    return t
