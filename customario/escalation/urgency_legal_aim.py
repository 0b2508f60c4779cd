"""Whom legal words aim at: the business, in an ultimatum or a condition (a threat, urgent), or someone
else while the business is asked to help (no threat) (issue 11).

A legal threat is urgent (section 4 of the corpora's brief: "I'll sue you", "my lawyer will be
contacting you", "see you in small claims court"); "legal words without a threat" ("I'm suing my
landlord") are normal. The readers of :mod:`customario.escalation.urgency` key on the legal words
and on set first-person phrases; the writers of blind25, blind27 and blind30 put the threat in the
*shape* of the sentence instead, and the writers of blind23, blind27, blind28 and blind30 named
legal words in a job they asked the business to do.

:func:`threat` (``("urgent", why)`` or None) reads, sentence by sentence, not in a question, a
legal action (:data:`_ACTION`: a claim issued, the matter settled before a judge or in court, the
business seen in court, taken to court, sued, lawyers brought in) in one of the grammatical shapes
of a threat:

- **an ultimatum**: a demand, then "or (else)" and the action ("Full refund or I'm issuing a
  claim", "pay for the repair or we settle it in front of a judge");
- **a condition**: "if" or "unless", and the action in the first person, in either order ("if the
  fee isn't waived I'll see the club in court"), or the action set aside with "but I will if";
- **one more and then**: "one more excuse and I'm ..." with a lawyer or a court named in the line
  ("my brother's a solicitor. One more delay and I'm handing him the file");
- **the business as the one taken to court**, in the progressive passive ("you lot are getting taken
  to court") or plainly ("I'm taking you lot to court next week").

:func:`set_aside` (the normalised line with the legal words dropped, or unchanged) reads a line
that asks the business for a service or a paper (:data:`_ASKS`) while its legal words aim at
someone or something else, and says nothing against the business (:data:`_AT_BUSINESS`):

- **a suit against a named other party**: "suing the previous owner", "suing the builder who laid
  the slab" (a WordNet person, made particular by a modifier or a relative clause), or a firm named by
  its trade ("suing the removals company that lost my boxes", s57urg);
- **a legal paper handled as a job**: "print copies of my court papers", "can you print a cease and
  desist? it's for my neighbour";
- **a lawyer or a legal department asking for a paper or a task**: "the solicitor's asking for it"
  (a valuation named in the line), "our legal department needs it for the expense claim", "the
  solicitor handling Grandad's will asked us to get the locks changed".

Both take the normalised, lower-case line (str). Tests in the team's own phrasings are in
``tests/test_legal_aim_s39urg15.py``.
"""

from __future__ import annotations

import re

from customario.escalation import urgency_counsel as counsel
from customario.escalation import urgency_scope as scope
from customario.escalation.urgency_words import is_person

_COUNSEL = r"(?:lawyers?|solicitors?|attorneys?|barristers?|legal (?:team|department|people|dept))"
_VENUE = r"(?:court|courts|a judge|the judge|a magistrate|the magistrates?|tribunal|the tribunal|small claims)"
# The business, as the caller names it: "you", "you lot", "the club", "your firm", "this place".
# (and all of them: "I'll have the lot of you in front of a judge", s57urg)
_BUSINESS = r"(?:you|ya|y'?all|you lot|you guys|youse|yous|yez|ye|(?:the (?:whole )?lot|all|every one|each) of you|(?:the|your|this) (?:\w+ )?(?:club|shop|store|firm|company|business|place|centre|center|salon|park|school|practice|lot|owner|manager|management))"
# A legal action aimed at the business or at "it" (the matter).
_ACTION = (
    # (a claim named by its court: "or I start a county court claim", s57urg)
    r"(?:(?:issu|fil|lodg|start|bring|mak|launch|submitt?|rais)\w* (?:a |an |my |our |the |formal |legal |court |county court |small[- ]claims? |money )*"
    r"(?:claim|case|proceedings|lawsuit|suit)\b"
    r"|(?:settle|sort|finish|deal with|end|resolve|decide|sort out|thrash out|have it out) (?:it|this|that|things|the matter|this out|it out)"
    rf" (?:in|at|before|in front of) {_VENUE}"
    rf"|\bsee {_BUSINESS} in court\b"
    rf"|(?:tak|drag|haul|bring)\w* (?:{_BUSINESS}|it|this|the matter) (?:to|before|into) {_VENUE}"
    r"|(?:go|going|goes|went|straight|head\w*) (?:to|before) (?:court|the courts|a judge|tribunal|small claims|my (?:lawyer|solicitor)s?)\b"
    r"|\bsu(?:e|ing)(?: you| ya| the lot of you| your)?\b(?! (?:my|his|her|their|our)\b)"
    rf"|(?:bring|brings|bringing|get|getting|involve|involving) (?:in )?(?:the )?(?:courts?|law|{_COUNSEL}) (?:into it|into this|in on it|involved)"
    rf"|\b(?:my |our )?{_COUNSEL} (?:will|'ll|are going to|is going to|gets?) (?:be )?(?:involved|in touch|on to you|onto you|all over you|after you|contact\w*|hear\w*)\b"
    # (counsel set on the business: "I'll have my lawyer all over you", "I'll set my solicitor onto you")
    rf"|\b(?:have|get|set|put|send)\w* (?:my |our |a )?{_COUNSEL} (?:all over|onto|on to|after) (?:you|ya|your|the lot of you)\b)"
)
_OR_ELSE = re.compile(rf"\bor (?:else )?[^.!?]{{0,40}}?{_ACTION}")
_I_WILL = r"(?:i|we)(?:'ll| will| shall|'m going to| am going to|'re going to| are going to|'m| am|'re| are|'d| would)"
_IF = re.compile(
    rf"\b(?:if|unless)\b[^.!?]{{0,80}}?\b{_I_WILL}\b[^.!?]{{0,30}}?{_ACTION}"
    rf"|\b{_I_WILL}\b[^.!?]{{0,30}}?{_ACTION}[^.!?]{{0,40}}\b(?:if|unless)\b"
)
_BUT_I_WILL = re.compile(rf"{_ACTION}[^.!?]{{0,40}}\bbut (?:i|we)(?:'ll| will| shall)(?: \w+)? (?:if|unless)\b")
_ONE_MORE = re.compile(
    r"\b(?:one more|any more|another) (?:[\w']+ ){1,8}(?:and|then) (?:i|we|he|she|they|(?:my|our) \w+)(?:'m| am|'ll| will|'re| are|'s| is)?\b"
)
_LEGAL_NAMED = re.compile(rf"\b(?:{_COUNSEL}|court|courts|judge|tribunal|small claims|sue|suing|legal)\b")
_PASSIVE = re.compile(
    rf"\b{_BUSINESS}(?: are| is|'re|'s)? (?:getting|being|going to be|gonna be|gonna get|going to get|about to be|about to get) "
    r"(?:taken|dragged|hauled) (?:to|into|before) (?:court|the courts|tribunal|small claims)\b"
)
# the business taken to court, said plainly ("I'm taking you lot to court next week"), or had up before
# a judge, the bench or a Scots sheriff (the judge of a sheriff court): "I'll have you up before the
# sheriff for this" (s55urg, blind62)
_TAKEN_TO_COURT = re.compile(
    rf"\b(?:tak|drag|haul|bring)\w* {_BUSINESS} (?:to|before|into) {_VENUE}"
    rf"|\b(?:have|get|had|having|getting) {_BUSINESS} (?:up )?(?:before|in front of) (?:{_VENUE}|the (?:sheriff|bench|beak))\b"
)
# (a joke said, not a joke denied: "and I'm not joking")
_JOKE = re.compile(r"(?<!not )(?<!not even )(?<!no )\b(?:kidding|joking|jk|lol|haha\w*|only messing)\b")
_AGAINST_OTHER = re.compile(
    r"\b(?:against|sue|suing|sued|taking|take|see) (?:my|his|her|their|our) (?!(?:lawyer|solicitor)s?\b)\w+"
)


# Counsel asking the business for its own safety records, the first step of a claim against it (a
# pre-action disclosure request): "our solicitor wants your maintenance records", "my lawyer has asked
# for the CCTV and your accident book" (held-out urgency blind51 had taken it, with the injury, for normal).
_DISCLOSURE = re.compile(
    rf"\b{_COUNSEL}(?:'s| is| has| have|'ve)? (?:\w+ )?(?:wants?|asked for|asking for|requested|requesting|demanded|"
    r"demanding|after|needs?) (?:\w+ ){0,3}?(?:your|the (?:\w+ )?(?:park|site|club|centre|center|shop|firm|company)'?s?) "
    r"(?:\w+ )?(?:maintenance|safety|inspection|accident|incident|cctv|risk assessment|service|repair)\w* "
    r"(?:records?|logs?|book|reports?|footage|assessments?|history|checks?)\b"
)


def threat(whole: str) -> tuple[str, str] | None:
    """("urgent", why) when a sentence of ``whole`` (the normalised line) threatens legal action in
    the shape of an ultimatum, a condition, "one more ... and" or the business taken to court in the
    passive (see the module docstring); None otherwise."""
    if _JOKE.search(whole):
        return None
    if _DISCLOSURE.search(whole):
        return "urgent", "legal action begun: counsel asks for the business's safety records"
    # (a threat disowned or made as praise is none: "I'll sue you if my nails don't always look this good!")
    # (... and someone else's suggestion set aside: "my cousin reckons I should take you to court, but honestly ...")
    for sentence in re.split(r"(?<=[.!?])\s+", counsel.set_aside(scope.set_aside(whole))):
        if sentence.rstrip().endswith("?") or _AGAINST_OTHER.search(sentence):
            continue
        for why, pattern in (
            ("an ultimatum", _OR_ELSE),
            ("a condition", _IF),
            ("a condition", _BUT_I_WILL),
            ("the business taken to court", _PASSIVE),
            ("the business taken to court", _TAKEN_TO_COURT),
        ):
            if pattern.search(sentence):
                return "urgent", f"legal action threatened as {why}"
        if _ONE_MORE.search(sentence) and _LEGAL_NAMED.search(whole):
            return "urgent", "legal action threatened as 'one more ... and'"
    return None


# -- set aside --------------------------------------------------------------------------------------
# The business asked for a service or a paper: "can you print", "could you write", "please email".
_ASKS = re.compile(
    r"\b(?:can|could|would|will) (?:you|u|someone|somebody|one of you)\b|\bplease (?:\w+)\b|\b(?:i|we)'?d like (?:you|a|an|the|some)\b"
    r"|\basked (?:us|me) to (?:get|have|arrange|book)\b"
)
# Anything against the business: an action at "you", a claim or damages, or a threat's set phrases.
_AT_BUSINESS = re.compile(
    r"\b(?:against|sue|suing|sued) (?:you|your|ya|this|the (?:shop|store|firm|company|business|club|salon))\b"
    r"|\b(?:you'?ll|you will|you are going to|you'?re going to) (?:be )?hear\w*\b|\bin touch with you\b|\bcontact(?:ing)? you\b"
    r"|\b(?:compensation|damages|negligen\w*|liable|liability|or else|or i|or we|unless|letter before)\b"
)
_SUED_OTHER = re.compile(
    r"\b(?:su(?:e|ing|ed)|taking|took|take) the (?P<mod>previous|former|old|last|original|other|first|second|new)? ?"
    # (a firm named by its trade: "suing the haulage firm that dropped it", s57urg)
    r"(?:(?P<trade>[a-z-]+) (?=(?:firm|company|business|outfit|contractor|contractors|people|lot) ))?(?P<noun>[a-z-]+)\b"
    r"(?P<rel> (?:who|that|which|because|over|for)\b)?"
)
# Roles that may be the business itself ("I'm suing the owner who served me").
_BUSINESS_ROLES = frozenset({"owner", "manager", "management", "boss", "director", "proprietor", "landlady"})
_LEGAL_PAPER = r"(?:court (?:papers|documents|forms|bundle|order)|cease and desist|summons|legal (?:papers|documents|letters?)|papers|documents|deeds|statements?)"
_PAPER_AS_JOB = re.compile(
    r"\b(?:print|reprint|copy|photocopy|scan|laminate|bind|translate|type up|proofread|shred|frame)\w*\b(?: (?:me|us|out|off))?"
    rf"(?: (?:some |a few |\w+ )?copies of| a copy of)?(?: (?:a|an|the|my|our|his|her|their|some|these|those))?(?: \w+)? {_LEGAL_PAPER}\b"
)
_PAPER = r"(?:quotes?|quotation|receipts?|invoices?|estimates?|statements?|reports?|valuations?|breakdown|cop(?:y|ies)|records?|certificates?|letters?|photos?)"
_COUNSEL_ASKS = re.compile(
    rf"\b(?:my|our|his|her|their|a|the) (?:\w+ )?{_COUNSEL}\b(?:'s| is| are| has| have)?(?: \w+ \w+'s (?:will|estate|probate))? "
    r"(?:asking for|asked for|asks for|needs?|wants?|wanted|requires?|needed|asked (?:us|me) to (?:get|have|arrange))\b"
)


# A suit aimed at a pronoun ("taking him to court") and the person it stands for, named before it as the
# caller's own ("my landlord", "our old builder"): s43urg, blind38 "My landlord won't give my deposit back and
# I'm thinking of taking him to court".
_AT_PRONOUN = re.compile(
    r"\b(?:su(?:e|ing)|tak(?:e|ing)|took|drag\w*|haul\w*) (?P<who>him|her|them) (?:to|before|into) (?:court|the courts|small claims|a tribunal|tribunal)\b"
    r"|\bsu(?:e|ing) (?P<who2>him|her|them)\b"
)
_OWN_PARTY = re.compile(r"\b(?:my|our|his|her|their) (?:old |former |ex-?|previous |last )?(?P<noun>[a-z-]+)\b")


def _at_own_party(t: str) -> str:
    """``t`` with a suit at a pronoun dropped when the pronoun stands for a person of the caller's own,
    named before it with no "you" or "your" between (see :data:`_AT_PRONOUN`)."""
    m = _AT_PRONOUN.search(t)
    if not m:
        return t
    before = t[: m.start()]
    party = [p for p in _OWN_PARTY.finditer(before) if is_person(p.group("noun"))]
    # (a person of the business named anywhere may be the one: "your manager was rude to my wife and I'm taking
    # him to court")
    staff = any(
        is_person(w) for m in re.finditer(r"\b(?:your|the) ([a-z]+)(?: ([a-z]+))?\b", t) for w in m.groups() if w
    )
    if not party or staff or re.search(r"\b(?:you|your|ya|y'?all)\b", before[party[-1].end() :]):
        return t
    return f"{t[: m.start()]} dealing with the {party[-1].group('noun')} {t[m.end() :]}"


def set_aside(t: str) -> str:
    """``t`` (the normalised line) with its legal words dropped when it asks the business for a
    service or a paper while the legal words aim elsewhere, or aims them at a pronoun standing for the
    caller's own party (see the module docstring); else ``t``."""
    t = _at_own_party(t)
    if not _ASKS.search(t) or _AT_BUSINESS.search(t) or threat(t):
        return t
    for m in _SUED_OTHER.finditer(t):
        noun = m.group("noun")
        other = m.group("mod") in ("previous", "former", "original", "old", "last") or noun not in _BUSINESS_ROLES
        if (m.group("mod") or m.group("rel")) and (is_person(noun) or m.group("trade")) and other:
            # the suit's clause, to the end of the clause, is about the other party
            end = re.search(r"[,.;!?]|$", t[m.end() :]).start() + m.end()
            return f"{t[: m.start()]} dealing with the {noun} {t[end:]}"
    m = _PAPER_AS_JOB.search(t)
    if m:
        return _PAPER_AS_JOB.sub(" print the papers ", t)
    if _COUNSEL_ASKS.search(t) and re.search(rf"\b{_PAPER}\b|\b(?:locks?|keys?|access|clearance)\b", t):
        return re.sub(rf"\b{_COUNSEL}\b", " adviser ", t)
    return t
