"""A thing that arrived not working: the rule on dead-on-arrival items applies (issue 11).

A warranty article often states two rules: the maker's warranty ("Every product carries the
manufacturer's warranty ...") and what the shop does with an item that is dead on arrival ("Items
that are dead on arrival within 30 days are replaced by us directly"). A caller who *tells* that
their item arrived dead ("the blender came dead out of the box, do I deal with the brand or with
you?", "the kettle arrived faulty, will you swap it?") is under the second rule, even when they name
the maker or the brand that the first rule names: reading the maker's warranty to them answers a
question they did not ask, and sends them the wrong way.

The told state (:func:`arrived_dead`: "dead on arrival", "DOA", "arrived broken", "dead out of the
box", "dead from day one") only picks the part read: :func:`arrived_dead_part` is the one sentence
of the answer that states the dead-on-arrival rule, read directly or after a yes
(``kb_hits.answer_what_was_asked``, ``kb_suggest``). It is no search term: made one word, "arrived
dead" matched one word of the article instead of two, and answers the search had offered were
escalated (measured on the development corpora).

The state is also told in two parts: the item does not work ("won't even power on", "doesn't show up
in the BIOS", "died", "is dead") and it is new ("brand new", "my new SSD", "got it yesterday",
"bought it 10 days ago", "out of the box", "the day it arrived"): :func:`failed_when_new`. An age of
more than the 30 days a dead-on-arrival rule covers ("died after 8 months", "at day 40", "two years
old") is not new. A caller who tells that state asks what the shop does with it, which is the
dead-on-arrival rule itself: :func:`answer_arrived_dead` answers that rule's sentence when the
search found nothing sure (salon-like bases have no such rule and are left alone). Source: issue 11;
kb corpora blind to blind29, 46 such questions in 26 corpora, most of them escalated before.
"""

from __future__ import annotations

import re

from customario.escalation.kb_excerpt import split_sentences

# An item the caller tells arrived not working: "arrived dead", "came faulty", "it arrived and it's
# dead", "dead out of the box", "dead from day one", "DOA".
_TOLD_RE = re.compile(
    r"\b(?:dead on arrival|doa|dead-on-arrival)\b"
    r"|\b(?:dead|broken|faulty) (?:straight |right )?(?:out of|outta) the box\b"
    r"|\b(?:arrived|arrives|came|showed up|turned up|got here|was delivered)(?: [\w']+){0,3}"
    r" (?:dead|broken|faulty|defective|damaged|not working)\b"
    r"|\bdead (?:from|on) (?:day one|the first day)\b",
    re.I,
)
# A sentence stating the rule for items dead on arrival.
_RULE_RE = re.compile(r"\b(?:dead on arrival|doa|dead-on-arrival)\b", re.I)
# A question about the length of the maker's warranty ("how many years is the warranty?") asks the
# other rule, whatever state the caller tells.
_YEARS_RE = re.compile(
    r"\b(?:how many years|years? of warranty|warranty (?:length|period)|how long is the warranty)\b", re.I
)


# The item does not work: "won't even power on", "doesn't show up in bios", "would not POST", "died",
# "is dead" (not "dead pixels", "dead straight"), "stopped working", "was broken", "faulty since".
_FAILED_RE = re.compile(
    r"\b(?:won'?t|wont|doesn'?t|doesnt|didn'?t|didnt|wouldn'?t|wouldnt|can'?t|cant|never|not|isn'?t|isnt|"
    r"hasn'?t|hasnt|will not|does not|did not|would not|is not|has not|has never)\s+(?:even\s+|ever\s+|at all\s+)?"
    r"(?:turn(?:s|ed)?\s+on|power(?:s|ed)?\s+(?:on|up)|switch(?:es|ed)?\s+on|boot(?:s|ed)?|start(?:s|ed)?|post(?:ed)?|"
    r"work(?:s|ed)?|spin(?:s)?|spun|"
    r"show(?:s|n|ed)?\s+up|(?:been\s+)?detected|light\s+up|recogni[sz]ed|come\s+on)\b"
    r"|\b(?:died|dud|stopped working|not working|dead(?!\s+(?:pixels?|straight|spots?|zones?|lines?|ends?|on\s+time)))\b"
    r"|\b(?:failed|fails|failing)\b(?!\s+to\b)"  # "the SSD just failed" (not "failed to arrive")
    r"|\b(?:is|was|it'?s|arrive[sd]?|came|turn(?:s|ed)? up|goes|went|gone|go|became|becomes|got)\s+(?:already\s+)?"
    r"(?:broken|faulty|defective|damaged)\b"
    r"|\b(?:broken|faulty|defective)\s+(?:since|from|on)\b",
    re.I,
)
# The item is new: told outright, or got within days or a few weeks.
_NEW_RE = re.compile(
    r"\b(?:brand[\s-]new|(?:my|our|his|her|their|this|the|a)\s+new|yesterday|today|this morning|last night|last week|this week|day one|(?:the\s+)?first day|"
    r"out of the box|on arrival|first boot|when it arrive[sd]?|the day it arrived|first plug(?:ged)?|"
    r"(?:when|since|the moment) i (?:first )?(?:plugged|opened|installed|unboxed)|when i first plug|"
    r"(?:on|last|this)\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b",
    re.I,
)
# A new thing wanted, not one that failed: "I need a new PSU, my PC died", "if I order this morning".
_WANTS_RE = re.compile(
    r"\b(?:need|needs|want|wants|buy|buying|order|ordering|purchase|get)\s+(?:\w+\s+){0,2}?(?:a|the|another)\s+new\b"
    r"|\bif i order\b",
    re.I,
)
# An amount of time: "10 days ago", "two weeks", "a week", "8 months", "a year", "day 40".
_SPAN_RE = re.compile(r"\b(a|an|a few|few|couple of|a couple of|\d{1,3}|[a-z]+)\s+(day|week|month|year)s?\b", re.I)
_DAY_N_RE = re.compile(r"\bday\s+(\d{1,3})\b", re.I)
_UNIT_DAYS = {"day": 1, "week": 7, "month": 30, "year": 365}
# The dead-on-arrival window the rules state: longer spans are the maker's warranty.
NEW_DAYS = 30


def _spans_in_days(text: str) -> list[float]:
    """Each amount of time ``text`` names, in days ("two weeks" → 14; "a year" → 365)."""
    from customario.dialogue.spoken import parse_number

    out = []
    for m in _SPAN_RE.finditer(text):
        count = m.group(1).lower()
        n = 1 if count in ("a", "an") else 3 if "few" in count or "couple" in count else parse_number(count)
        unit = m.group(2).lower()
        if n is None and unit in ("month", "year"):
            n = 2  # "two and a half years", "several months": more than the window whatever the count
        if n is not None:
            out.append(float(n) * _UNIT_DAYS[unit])
    out += [float(m.group(1)) for m in _DAY_N_RE.finditer(text)]
    return out


def failed_when_new(query: str) -> bool:
    """True when ``query`` tells that the caller's item does not work (:data:`_FAILED_RE`) and that
    it is new: told so (:data:`_NEW_RE`) or got within :data:`NEW_DAYS` days ("got it 10 days ago"),
    and no span it names is longer ("died after 8 months", "my two-year-old card")."""
    text = (query or "").replace("\u2019", "'")
    if not _FAILED_RE.search(text) or _WANTS_RE.search(text):
        return False
    spans = _spans_in_days(text)
    if any(d > NEW_DAYS for d in spans):
        return False
    return bool(_NEW_RE.search(text)) or any(0 < d <= NEW_DAYS for d in spans)


def failed_when_old(query: str) -> bool:
    """True when ``query`` tells that the caller's item stopped working (:data:`_FAILED_RE`) after
    more than :data:`NEW_DAYS` days ("If the card goes faulty after two months, do you replace it?",
    "my GPU died after two and a half years"): the dead-on-arrival rule is not theirs, the maker's
    warranty is. Source: kb blind38 (the DOA rule was read after a yes)."""
    text = (query or "").replace("\u2019", "'")
    if not _FAILED_RE.search(text) or _WANTS_RE.search(text) or _TOLD_RE.search(text) or _ARRIVED_RE.search(text):
        return False
    # The span the item worked for ("after two months", "a year old"), not the day it is told on
    # ("it showed up dead and it's day 40" asks the dead-on-arrival rule itself).
    return any(
        d > NEW_DAYS for m in _WORKED_FOR_RE.finditer(text) for d in _spans_in_days(m.group(0).replace("-", " "))
    )


# The item's arrival told: "shows up dead", "arrived", "when it came": then it is the DOA rule's.
_ARRIVED_RE = re.compile(r"\b(?:arriv\w*|shows? up|showed up|turn(?:s|ed)? up|came|delivered|out of the box)\b", re.I)
# How long the item worked before it failed: "after two months", "two years old", "for a year".
_WORKED_FOR_RE = re.compile(
    r"\b(?:after|for)\s+(?:about\s+|like\s+|around\s+|just\s+|only\s+)?(?:[\w-]+\s+){1,4}?(?:days?|weeks?|months?|years?)\b"
    r"|\b(?:[\w-]+[\s-]){1,4}?(?:days?|weeks?|months?|years?)[\s-]old\b"
    # the time since the caller got it, told before the failure: "It's been 45 days and the SSD failed"
    r"|\b(?:it'?s|it has|it is) been\s+(?:about\s+|like\s+|around\s+|over\s+|more than\s+)?(?:[\w-]+\s+){1,3}?"
    r"(?:days?|weeks?|months?|years?)\b",
    re.I,
)


def states_arrival_rule(part: str) -> bool:
    """True when ``part`` states the rule on items dead on arrival."""
    return bool(_RULE_RE.search(part or ""))


def arrived_dead(query: str) -> bool:
    """True when ``query`` tells that the caller's item arrived not working (:data:`_TOLD_RE`) or did
    not work while new (:func:`failed_when_new`)."""
    return bool(_TOLD_RE.search((query or "").replace("\u2019", "'"))) or failed_when_new(query)


def arrived_dead_part(query: str, article: dict) -> str | None:
    """The sentence of ``article``'s answer that states its dead-on-arrival rule, when ``query``
    tells that the caller's item arrived dead (:func:`arrived_dead`) and does not ask the length of the
    warranty in years. None when the caller tells no such state, or the answer states that rule in
    no sentence or in several (then the search's own part stands)."""
    if not arrived_dead(query) or _YEARS_RE.search(query or ""):
        return None
    rules = [s for s in split_sentences(article.get("answer") or "") if _RULE_RE.search(s)]
    if len(rules) != 1:
        return None
    rule = rules[0].strip()
    return rule[:1].upper() + rule[1:] + ("" if rule.endswith((".", "!", "?")) else ".")


# The caller tells the state of their own item ("it was DOA", "my card arrived dead", "if a part
# turns up dead"), not a rule's name ("DOA policy?", "a DOA replacement").
_TOLD_OF_ITEM_RE = re.compile(
    r"\b(?:is|was|it'?s|its|arrived|arrives|arrive|came|comes|turns up|turned up|got a)\b", re.I
)
# Another thing asked of the rule: how long, how fast, when, shipping, a price.
_OTHER_ASK_RE = re.compile(
    r"\bhow (?:long|fast|quick|soon|many|much)\b|\bwhen\b|\bship|\bexpress\b|\bcost|\bprice|\bfee\b", re.I
)


def answer_arrived_dead(query: str, hits: list[dict], threshold: float) -> bool:
    """Answer the dead-on-arrival rule for a caller who tells that their item arrived dead or did not
    work while new (:func:`failed_when_new`, or :func:`arrived_dead` with a verb telling the item's
    state) and asks nothing else of it (how long, when, shipping, a price), when the search has no
    confident answer: in place, the one hit in ``hits`` whose answer states the rule
    (:func:`arrived_dead_part`) goes first at ``threshold`` with that sentence as its ``excerpt``.
    Nothing changes when no hit or several state the rule. Returns whether it answered."""
    if not hits or hits[0]["confidence"] >= threshold or _OTHER_ASK_RE.search(query or ""):
        return False
    if not (failed_when_new(query) or (arrived_dead(query) and _TOLD_OF_ITEM_RE.search(query or ""))):
        return False
    ruled = [(h, part) for h in hits if (part := arrived_dead_part(query, h))]
    if len(ruled) != 1:
        return False
    hit, part = ruled[0]
    hits.remove(hit)
    hit.pop("refused", None)
    hit.update(confidence=round(max(hit["confidence"], threshold), 3), excerpt=part, told="arrived dead")
    hits.insert(0, hit)
    return True
