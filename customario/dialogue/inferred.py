"""Answers that imply a value without saying it: the ``inferred`` readings of survey answers.

Callers often answer with the facts instead of the figure or the word asked for: "me, my husband
and the twins" (a household of four), "twice a day, Monday to Friday" (ten rides a week), "I rang
them up" (by phone), "my husband does, three days a week" (yes, someone works from home). These
rules read such answers for :mod:`customario.dialogue.answers`; every value they give has the method
``inferred``, which a survey reads back before storing it ("I heard four, is that right?",
issue 11), and every rule gives up (None) rather than guess when a part of the answer is not
understood: "me and my kids" has no count, so the question is asked again.

Pure functions, no I/O.
"""

from __future__ import annotations

import re
from typing import Any

from customario.dialogue.listed_counts import asks_people
from customario.dialogue.spoken import NEGATED_AUX, numbers_in
from customario.dialogue.units import counted_noun, question_unit
from customario.dialogue.yesno_words import BOOKED_TIME_ASKED, REASSURANCE

# ---------------------------------------------------------------- amounts said without "hundred"
_DIGIT_WORDS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")


def hundreds_elided(t: str) -> int | None:
    """ "One fifty" = 150, "two twenty-five" = 225: a figure said with "hundred" left out, the way
    amounts are spoken (read back: it could be 1.50). None unless the answer's only numbers are one
    digit word directly followed by ten to ninety-nine."""
    m = re.search(
        rf"\b({'|'.join(_DIGIT_WORDS)}) ((?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
        rf"(?:[ -](?:{'|'.join(_DIGIT_WORDS)}))?|ten|eleven|twelve|\w+teen)\b",
        t,
    ) or re.search(  # "one-fifty", "two-forty": hyphenated as typed; a tens word only ("five-ten" is a range)
        # or a teen ("one-fifteen" = 115, answers blind62; read back like every reading here)
        rf"\b({'|'.join(_DIGIT_WORDS)})-((?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
        rf"(?:[ -](?:{'|'.join(_DIGIT_WORDS)}))?|(?:thir|four|fif|six|seven|eigh|nine)teen)\b",
        t,
    )
    if not m:
        return None
    thousands = 0
    k = _THOUSANDS_BEFORE.search(t[: m.start()])
    if k is not None:
        # "Nine thousand four forty" = 9440, "fourteen thousand one sixty" (answers blind70, Indian
        # English rupee amounts): the thousands said whole, the hundreds left out after them
        said = numbers_in(k.group(1))
        if len(said) != 1 or not 1 <= said[0] <= 999 or said[0] != int(said[0]):
            return None
        thousands, m_start = int(said[0]) * 1000, k.start()
    else:
        m_start = m.start()
    if numbers_in(t[:m_start] + " " + t[m.end() :]):
        return None
    tail = numbers_in(m.group(2))
    if len(tail) != 1 or not 10 <= tail[0] <= 99:
        return None
    return thousands + (_DIGIT_WORDS.index(m.group(1)) + 1) * 100 + int(tail[0])


# The thousands said right before a figure with its hundreds left out: "nine thousand", "fourteen
# thousand and", "twenty-two thousand,".
_THOUSANDS_BEFORE = re.compile(r"\b((?:[a-z]+[ -])?[a-z]+) thousand,?(?: and)? $")


_TENS_WORDS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_TENS_AND_DIGIT = rf"(?:{_TENS_WORDS})(?:[ -](?:{'|'.join(_DIGIT_WORDS)}))?"
# "eighty-five fifty", "nineteen ninety-nine": dollars then cents, both eleven to ninety-nine (cents
# also ten)
_CENTS_ELIDED = re.compile(
    rf"\b({_TENS_AND_DIGIT}|eleven|twelve|\w+teen) ({_TENS_AND_DIGIT}|ten|eleven|twelve|\w+teen)\b"
)
# The same with hundreds before the dollars: "one hundred and sixty-two fifty" (162.50), "two-forty-nine
# ninety-nine" (249.99, the hundred left out too)
_HUNDREDS_CENTS = re.compile(
    rf"\b((?:a|{'|'.join(_DIGIT_WORDS)}) hundred(?: and)? (?:{_TENS_AND_DIGIT}|ten|eleven|twelve|\w+teen|{'|'.join(_DIGIT_WORDS)})"
    rf"|(?:{'|'.join(_DIGIT_WORDS)})[ -]{_TENS_AND_DIGIT}) ({_TENS_AND_DIGIT}|ten|eleven|twelve|\w+teen)\b"
)


def cents_elided(t: str) -> float | None:
    """ "Eighty-five fifty" = 85.50, "eighty-nine ninety-nine" = 89.99, "one hundred and sixty-two
    fifty" = 162.50, "two-forty-nine ninety-nine" = 249.99: dollars and cents said
    with both units left out, the way prices are read aloud (read back). None unless the answer's
    only numbers are eleven to ninety-nine directly followed by ten to ninety-nine (a single digit
    first is :func:`hundreds_elided`'s: "two fifty" is 250)."""
    m = _HUNDREDS_CENTS.search(t) or _CENTS_ELIDED.search(t)
    if not m or numbers_in(t[: m.start()] + " " + t[m.end() :]):
        return None
    dollars, cents = numbers_in(m.group(1)), numbers_in(m.group(2))
    if len(dollars) == 2 and "hundred" not in m.group(1):
        dollars = [hundreds_elided(m.group(1).replace("-", " ", 1))]  # "two-forty-nine": 249
    if len(dollars) != 1 or len(cents) != 1 or not 10 <= cents[0] <= 99:
        return None
    return round(dollars[0] + cents[0] / 100, 2)


def counts_occasions(question: Any) -> bool:
    """True for a number question that counts times or events ("how many times...", "how often",
    "how many rides..."), where "once", "twice" and "never" are counts; not for people or amounts."""
    asked = (getattr(question, "text", "") or "").lower()
    if asks_people(question) or question_unit(question) or re.search(r"\b(dollars|much|cost|spend|pay)\b", asked):
        return False
    return bool(re.search(r"\bhow (many|often)\b|\bnumber of times\b", asked))


def counted_one(question: Any, text: str) -> str:
    """``text`` with "the one ride" / "a single trip" read as "one ride" when the question counts
    rides or trips ("how many rides..."): "the one" before the counted noun is a count, elsewhere
    ("the one with the blue lid") it is not; "just the one" as the whole answer is "one"."""
    counted = counted_noun(question)
    if not counted:
        return text
    if re.fullmatch(r"\W*(?:(?:um+|uh+|oh|well)\W+)?(?:just|only) the (?:one|single one)\W*", text):
        return "one"  # "Just the one." to "how many rides...?"
    if re.fullmatch(r"\W*(?:(?:um+|uh+|oh|well|er+)\W+)?(?:just|only) this (?:one|single one)(?: so far)?\W*", text):
        # "Just this one." to "Counting this one, how many parcels ...?" (answers blind43): the
        # thing the call is about and no other, a count of one as "just the one" is
        return "one"
    # "Just the one, my old girl Biscuit": the count first, then who it is
    lead = re.match(
        r"\W*(?:(?:um+|uh+|oh|well|ah|arre)\W+)?(?:just|only) the (?:one|single one)\b"
        r"(?=\s*(?:[,.;!-]|these days|now\b|at the moment|nowadays|currently|$))",
        text,
    )
    if lead:
        return "one" + text[lead.end() :]
    noun = re.escape(counted.rstrip("s"))
    text = re.sub(rf"\b(?:the|a|just the|only the) (?:one|single) ({noun}s?)\b", r"one \1", text)
    # "Just the one fella" to "How many movers came?": a person said by another word for one, when
    # the question counts persons (WordNet, first sense)
    m = re.search(r"\b(?:just|only) the (?:one|single) ([a-z]{3,})\b", text)
    if m and _person_word(m.group(1)) and _person_word(counted):
        return text[: m.start()] + "one " + m.group(1) + text[m.end() :]
    return text


def _person_word(word: str) -> bool:
    """True when the first WordNet sense of ``word`` (singular) is a kind of person."""
    from customario.dialogue.things_listed import singular
    from customario.escalation.wordnet import is_kind_of

    return is_kind_of(singular(word), "person", senses=1, depth=20)


# ---------------------------------------------------------------- a choice said by what was done
# How people say the contact channel without its name: the verb ("I rang them up") or the place
# ("I just walked in"). Each rule gives the words a choice of that channel is usually labelled
# with; they are matched against the question's own choices (labels, synonyms, codes).
_CHANNEL_DEEDS = (
    (
        r"\b(rang|ring(ing)?|phoned|called|calling|call(ed)? (them|you|it) in|on the blower|on the dog and bone|"
        r"gave (them|you|y'all) a "
        r"(call|ring|bell|buzz)|over the phone|phone call|on the phone with|spoke to (someone|somebody|a person|"
        r"an agent|a rep)|talked to (someone|somebody|a person|an agent|a rep))\b",
        ("phone", "by phone", "telephone", "call"),
    ),
    (
        r"\b(walked in(to)?|walk(ed)? into|went in(to)?|came in(to)?|popped in(to)?|dropped (in|by)|stopped (in|by)|"
        r"in person|face to face|at the (counter|till|register|checkout desk|front desk|branch|shop|store)|"
        r"went down to|went to (the|your|their) (shop|store|branch|location))\b",
        ("in a store", "store", "shop", "in person", "branch"),
    ),
    (
        r"\b(on (your|their|the) (web ?site|site)|web ?site|clicked|through (your|their|the) site|"
        r"added (it )?to (my|the) (cart|basket)|online|on the (web|net|internet|interweb|computer|laptop))\b",
        ("online", "website", "web", "internet"),
    ),
)


# Questions about how the caller got in touch or bought: only there does "I rang" name a channel.
_CHANNEL_QUESTION = re.compile(
    r"\b(contact(ed)?|order(ed)?|place(d)?|buy|bought|purchase(d)?|book(ed)?|reach(ed)?|get in touch|got in touch|"
    r"shop(ped)?|sign(ed)? up|appl(y|ied)|reserve(d)?|channel)\b"
)


# What happened, told instead of the reason asked for: an accident in the night is an emergency,
# an animal or person off their food is a sick visit. Matched against the question's own choices.
_SITUATIONS = (
    (
        r"\b(hit by a (car|truck|bus|van|bike)|run over|knocked (down|over)|in the middle of the night|"
        r"at (one|two|three|four|\d) (in the morning|am)|\d ?a\.?m\.?|rushed (her|him|it|them|me|us)? ?(in|there|over)|"
        r"ambulance|collapsed|seizures?|having a fit|bleeding|bled|swallowed|poison(ed|ing)?|couldn'?t breathe|"
        r"(had|was in) an accident|broke (his|her|its|my) (leg|arm|jaw|tooth|hip)|attacked|mauled|bitten by)\b",
        ("emergency", "urgent", "after hours", "a&e", "er"),
    ),
    (
        r"\b(throwing up|vomit\w*|being sick|off (his|her|its|their) food|(stopped|not|wasn'?t|wouldn'?t) eat(ing)?|limping|"
        r"diarrh\w+|the runs|coughing|sneezing|lethargic|off colou?r|under the weather|running a (temperature|fever)|"
        r"(had|has|got) (a|an) (rash|fever|temperature|infection|lump|cough|ear infection|upset (stomach|tummy)))\b",
        ("sick", "unwell", "ill", "illness", "poorly", "sick visit"),
    ),
)


def _situation(question: Any, t: str, match: Any) -> list[str]:
    """Codes of the choices a told situation names ("she got hit by a car" → an emergency choice),
    one per situation, skipping clauses that negate it ("it wasn't an accident")."""
    codes: list[str] = []
    for rx, words in _SITUATIONS:
        for clause in re.split(r"[,.;!?]|\bbut\b", t):
            m = re.search(rx, clause)
            if not m or re.search(r"\b(not|never|no)\b|" + NEGATED_AUX, clause[: m.start()]):
                continue
            found = next((f for w in words if len(f := match(question, w)) == 1), [])
            if found and found[0] not in codes:
                codes.append(found[0])
            break
    return codes


def choice_by_deed(question: Any, text: str, match: Any, many: bool = False) -> list[str]:
    """Codes of the choices an answer names by what the caller did ("I rang them up" → the phone
    choice, "I just walked in and bought it" → the store) or what happened ("we brought her in at
    two in the morning after she got hit by a car" → an emergency choice), or [] when no rule or
    several choices apply (``many``: every channel named, for a multi-choice question).
    ``match(question, words)`` is the ordinary choice matcher."""
    t = text.lower()
    if not _CHANNEL_QUESTION.search((getattr(question, "text", "") or "").lower()):
        told = _situation(question, t, match)
        return told if len(told) == 1 or (many and told) else []
    codes: list[str] = []
    for rx, words in _CHANNEL_DEEDS:
        deed = re.search(rx, t)
        if deed and not re.search(r"\b(not|never|didn'?t|wasn'?t)\W+(?:\w+\W+)?$", t[: deed.start()]):
            # ("Definitely not in person": a deed negated is none)
            for w in words:
                found = match(question, w)
                if len(found) == 1:
                    if found[0] not in codes:
                        codes.append(found[0])
                    break
    return codes if len(codes) == 1 or many else []


# ---------------------------------------------------------------- yes or no without the word
# Words that say more than the question asks, in its direction: "it came early" to "did it
# arrive on time?". (question words, stronger words)
_BEYOND = (
    (
        r"\bon time\b|\bpunctual|" + BOOKED_TIME_ASKED,
        r"early|ahead of (time|schedule)|before (it was due|the due date|expected)",
    ),
)
_NEGATION = re.compile(r"\b(not|never|no|nobody|no one|none|neither|nothing|hardly|rarely)\b|n't\b")
# The past, an end or a plan: "I had a monthly pass last year", "my pass expired", "thinking about
# getting one" restate the question's phrase without answering it.
_NO_LONGER = re.compile(
    r"\b(used to|no longer|any ?more|anymore|last year|previously|in the past|had one|once did|expired|"
    r"ran out|lapsed|cancell?ed|gave up|stopped|quit|lost|thinking (about|of)|might|plan(ning)? to|"
    r"going to|want to|would like|considering|if|hope to|hoping to|hoped to|soon)\b"
)
_SUBJECT_NONE = re.compile(
    r"^(nobody|no one|none of (us|them|mine|ours|theirs)|neither( of (us|them))?|not (one|anyone))\b"
)
# A hedge said before an elliptic answer: "I reckon I would", "I think she will", "I suppose we do"
# (answers blind46 had asked "I reckon I would." again); the hedge keeps it a reading to read back.
_HEDGE_FIRST = r"(?:(?:i|we) (?:think|reckon|guess|suppose|believe|expect|imagine|'?d say|would say)\s+)?"
# "my husband does", "we do", "she is", "I can": a subject and an auxiliary that ends its clause.
_ELLIPTIC = re.compile(
    # the opener may be set off by a comma: "Oh, she does, bless her." (answers blind58)
    r"^(?:(?:well|oh|yeah|um+|uh+|actually|so)(?:\s+|,\s*))*"
    + _HEDGE_FIRST
    + r"((?:my|our|the|his|her)\s+\w+(?:\s+and\s+(?:my|our|the)?\s*\w+)?|"
    r"i|we|he|she|they|both of us|all of us|one of us|\w+)\s+(does|do|did|is|are|was|were|has|have|can|will|would)"
    r"(?:\s+(too|also|yes))?\s*(?:[,.;!]|$)"
)
# "She won't", "we can't, sadly": the question's own modal, negated, after a subject, ending its
# clause; a no to "Will your child carry on?", "Can you make the date?" (answers blind46). Only the
# modal the question opens with: "I won't lie, ..." goes on after the modal and is never matched.
_ELLIPTIC_NOT = re.compile(
    r"^(?:(?:well|oh|um+|uh+|actually|so|sadly|unfortunately|no)\W+)*"
    + _HEDGE_FIRST
    + r"(?:(?:my|our|the|his|her)\s+\w+|"
    r"i|we|he|she|they)\s+"
    r"(?P<modal>won'?t|will not|wouldn'?t|would not|can'?t|cannot|can not|couldn'?t|could not)"
    r"(?:\W+(?:i'?m afraid|sadly|unfortunately|no))?\s*(?:[,.;!]|$)"
)
_MODAL_ASKED = {
    "won": "will",
    "will": "will",
    "wouldn": "would",
    "would": "would",
    "can": "can",
    "cannot": "can",
    "couldn": "could",
    "could": "could",
}


def _modal_denied(asked: str, t: str) -> bool:
    """True when ``t`` is a subject and the negated modal the question ``asked`` opens with ("She
    won't" to "Will your child carry on?")."""
    m = _ELLIPTIC_NOT.search(t)
    if not m:
        return False
    modal = _MODAL_ASKED.get(re.match(r"[a-z]+", m.group("modal")).group(0))
    return bool(modal) and re.match(rf"^\W*{modal}\b", asked) is not None


_HOW_OFTEN_QUESTION = re.compile(
    r"\b(at least|ever|regularly|often|usually|normally|any days?|a week|per week|a month|sometimes)\b"
)
_FREQUENCY = re.compile(
    r"\b(on (mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays|weekends|weekdays)|"
    r"(every|each) (monday|tuesday|wednesday|thursday|friday|saturday|sunday|day|week|weekday|morning)|"
    r"(once|twice|\w+ times|\w+ days?) a (week|day)|daily|weekly)\b"
)
# Less often than a question about "at least ... a week" asks: "only once a month" is no answer to it.
_LESS_OFTEN = re.compile(
    r"\b(a month|a year|per month|monthly|yearly|rarely|occasionally|hardly( ever)?|once in a while)\b"
)
_QUESTION_STOP = frozenset(
    "a an the and or of to in on at by for with from is are was were be do does did you your yours "
    "anyone anybody someone any we us our it its this that there have has had can could will would "
    "may might should least one day week".split()
)


_DETERMINERS = frozenset("a an the your my our his her their this that these those".split())


def _phrases(text: str) -> set[str]:
    # "keep the subscription" restates "keep your subscription": the determiner says nothing
    words = [w for w in re.findall(r"[a-z']+", text) if w not in _DETERMINERS]
    return {f"{a} {b}" for a, b in zip(words, words[1:]) if not (a in _QUESTION_STOP and b in _QUESTION_STOP)}


# Harm said by its mark: "the TV has a big scratch on it", "a chair leg got cracked".
_DAMAGE_QUESTION = re.compile(r"\b(damag\w*|broken|break|broke|scratch\w*|harm\w*|lost|missing|dented)\b")
_DAMAGE_MARK = re.compile(
    r"\b(scratch(ed|es)?|crack(ed|s)?|broke|broken|dent(ed|s)?|chip(ped|s)?|smashed|shattered|ripped|torn|tore|"
    r"bent|snapped|stained|gouged?|scuff(ed|s)?|busted|wrecked|ruined|damaged|dinged|went missing|in pieces|"
    r"(is|was|are|were|went|got) (lost|missing))\b"
)
# Kept to the promise: "It came on the Thursday they promised", "on the last day of the window".
_ON_TIME_QUESTION = re.compile(
    r"\bon time\b|\bwhen (promised|expected|they said)\b|\bas promised\b|"
    r"\bby the (?:date|day|time)\b[^?]*\b(?:promised|agreed|quoted|said|set)\b|\bby the deadline\b"
)
_KEPT_DATE = re.compile(
    r"\b(came|arrived|showed up|turned up|got here|got there|was delivered|delivered|landed|were there|was there|"
    r"was ready|were ready|had it ready|was done|was finished|was fixed)\b"
    r".*\b((like |as )?(they|you|the \w+|it was) (promised|said|quoted|told me|gave me|scheduled|estimated)|"
    r"(last|final) day of the (window|range|estimate)|within the (window|time frame|timeframe|estimate)|"
    r"(right )?on schedule|as (promised|expected|scheduled|quoted))\b"
)


# A question about the whole of something ("Did you get everything done?", "Was all of it
# delivered?") and an answer that gives only a part of it as the whole answer: "Only half of it.",
# "just some of it", "only part" (answers blind45): a no.
# ("at all" is no whole: "Was anyone rude at all?" - "Just one" is a yes)
_WHOLE_ASKED = re.compile(r"\b(?:everything|(?<!\bat )all|every|whole|entire|entirely|fully|completely|each)\b")
_PART_ONLY = re.compile(
    r"^\W*(?:(?:well|um+|uh+|er+m?|oh|sadly|unfortunately)\W+)*(?:only|just|merely) (?:about |around )?"
    r"(?:half|part|some|a bit|bits|a little|a few|most)(?: of (?:it|them|what (?:i|we) (?:needed|wanted|came for)))?"
    r"(?:\W+(?:sadly|unfortunately|i'?m afraid|really))*\W*$"
)


def part_only(question: Any, t: str) -> bool:
    """True when ``question`` asks about the whole of something and ``t`` (cleaned) gives only a
    part as the whole answer ("Only half of it." to "Did you get everything done?"): a no, though
    "half of" otherwise says both (yesno_words.BOTH)."""
    asked = (getattr(question, "text", "") or "").lower()
    return bool(_WHOLE_ASKED.search(asked) and _PART_ONLY.match(t))


def _evidence(question: Any, t: str) -> str | None:
    """``yes``/``no`` from a fact that answers the question without a yes/no word (a damage mark to
    "was anything damaged?", a promised day kept to "did it arrive on time?"; "nothing broke" to
    the damage question is a no; only a part to a question about the whole is a no), or None."""
    asked = (getattr(question, "text", "") or "").lower()
    if part_only(question, t):
        return "no"  # "Only half of it." to "Did you get everything done?"
    for wanted, evidence in ((_DAMAGE_QUESTION, _DAMAGE_MARK), (_ON_TIME_QUESTION, _KEPT_DATE)):
        if not wanted.search(asked):
            continue
        denied = False
        for clause in re.split(r"[,.;!?]|\bbut\b|\bthough\b", t):
            m = evidence.search(clause)
            if m and evidence is _DAMAGE_MARK and _NOTHING_MARKED.match(clause[: m.start()]):
                denied = True  # "Nothing broke", "nothing got scratched" (answers blind41)
                continue
            if not m or re.search(r"\b(not|never|no|nothing|none|nobody)\b|n't\b", clause[: m.start()]):
                continue
            if evidence is _KEPT_DATE and re.search(r"\b(after|later|late|past|overdue|delayed|behind)\b", clause):
                return None  # "two days after they said": the promise was not kept
            return "yes"
        if denied:
            return "no"
    return None


# The whole of a clause before a damage mark saying nothing had it: "nothing broke", "not a thing
# got scratched", "none of it was damaged".
_NOTHING_MARKED = re.compile(
    r"^\W*(?:(?:well|oh|no|nah|nope|um+|uh+)\W+)*(?:nothing|not a thing|not one thing|none of (?:it|them|our \w+|my \w+))"
    r"\s+(?:(?:got|was|were|is|are|went|has been|had been|ever)\s+)?$"
)


# An answer whose subject is none of the things asked about: "none were late", "none of them came
# damaged", "not one of the boxes was late".
_LEAD_FILLERS = r"^(?:(?:well|oh|nah|um+|uh+|honestly)\W+)*"  # "well, none were late", "oh, nobody did"
_NONE_SAID = re.compile(
    # ("none of mine got fired": a possessive pronoun as the whole, answers blind33)
    _LEAD_FILLERS
    + r"((?:none|not one|not a single one|neither)(?: of (?:them|those|these|mine|ours|theirs|the \w+|my \w+))?"
    r"(?: \w+)? (?:were|was|came|arrived|got|went|did))\b"
)


def _content_words(asked: str) -> set[str]:
    return {w for w in re.findall(r"[a-z]+", asked) if len(w) > 3 and w not in _QUESTION_STOP}


def implied_yes_no(question: Any, text: str) -> str | None:
    """``yes``/``no`` an answer implies without a yes/no word, or None:

    - a stronger word in the question's direction ("it came early" to "did it arrive on time?");
    - a subject and an auxiliary ("my husband does", "we do"; "nobody does" is no);
    - how often, to a question about at least / ever / usually ("only on Fridays", "three days a
      week" to "does anyone work from home at least one day a week?");
    - the question's own phrase restated ("I run a business from home" to "...work from home...";
      "nobody works from home" is no), except about the past ("I used to", "no longer").
    """
    asked = (getattr(question, "text", "") or "").lower()
    t = re.sub(r"\s+", " ", text.lower().replace("’", "'")).strip()
    t = re.sub(REASSURANCE, " ", t).strip(" ,.;!")  # "..., don't you worry": no negation of the answer
    if not t or t.endswith("?"):
        return None
    found = _evidence(question, t)
    if found:
        return found
    negated = bool(_NEGATION.search(t))
    for words, beyond in _BEYOND:
        if re.search(words, asked) and re.search(rf"\b({beyond})\b", t) and not negated:
            return "yes"
    # "Did anyone in your group get seasick?": what happened to them, never the group's "in"
    about = re.search(
        r"^\W*(?:did|was|were|has|had|have)\b[^?]*\b(?:anyone|anybody)\s+(?:in|of|from|at|on) (?:your|the|our|this|that) "
        r"\w+\s+(?:get\s+|got\s+)?(\w+)(?:\s+or\s+(\w+))?",
        asked,
    ) or re.search(r"\b(?:anything|anyone|anybody)\s+(?:get\s+|got\s+)?(\w+)(?:\s+or\s+(\w+))?", asked)
    verbs = rf"\b({'|'.join(w for w in about.groups() if w)})\b" if about else None
    said = [c for c in re.split(r"[,.;]|\bbut\b", t) if verbs and re.search(verbs, c)]
    if said and not re.search(r"\bnot\b|n't\b|\?", t):
        # "Was anything damaged or lost?" - "nothing was damaged" is no, "the lamp got damaged" or
        # "nothing was damaged, but a box got lost" yes
        return "no" if all(re.search(r"\b(nothing|nobody|no one|none)\b", c) for c in said) else "yes"
    m = _ELLIPTIC.search(t)
    if m and not re.search(r"n't|\bnot\b", t[m.end() - 6 : m.end() + 6]):
        if _SUBJECT_NONE.search(m.group(1)):
            return "no"
        if m.group(1) not in ("it", "that", "this", "which", "who", "what") and not negated:
            return "yes"
    if _modal_denied(asked, t):
        return "no"
    restated = _verb_restated(asked, t)
    if restated is not None:
        return restated
    if _NO_LONGER.search(t):
        return None
    if _HOW_OFTEN_QUESTION.search(asked) and _LESS_OFTEN.search(t):
        # "Only once a month" to "... at least one day a week?": less often than the least asked is
        # a no; to "do you usually ...?" it says nothing.
        least = re.search(r"\bat least (once|one \w+|\w+ times?|\w+ days?) (a|per|each|every) (day|week)\b", asked)
        # Only a stated longer period: "occasionally" or "rarely" may still be weekly.
        longer = re.search(r"\b(a|per|every|each) (month|year)\b|\b(monthly|yearly)\b", t)
        return "no" if least and longer and not negated and not _FREQUENCY.search(t) else None
    if (
        re.search(
            r"\b(have|has) (you|anyone|anybody|anything|it|they|he|she|(?:the|your|a|an|any) \w+)\b|\bever\b|^\W*did\b",
            asked,
        )
        and not negated
    ):
        # "Once, for the free intro session" to "Have you worked with a trainer?", "He came out
        # twice" to "Did a technician come out?": a number of times it happened says it did; so
        # does "Once, when ..." to "Since then, has the alarm gone off by mistake?" (the perfect of
        # any subject asks whether it happened, answers blind32).
        if re.match(
            r"(?:(?:he|she|they|we|i|someone|somebody|(?:the|a|an|our|my) \w+)\s+(?:\w+\s+){0,2}?)?"
            r"(just |only |maybe )?(once|twice|a (few|couple( of)?) times|(a )?few times|\w+ times)\b",
            t,
        ):
            return "yes"
    if _HOW_OFTEN_QUESTION.search(asked) and _FREQUENCY.search(t) and not negated:
        return "yes"
    adjective = re.match(r"^(?:was|were|is|are)\b.*?\b([a-z]+)\s*\?*$", asked.strip())
    if adjective and adjective.group(1) not in _QUESTION_STOP and re.search(rf"\b{adjective.group(1)}\b", t):
        # "Was the staff friendly?" - "very friendly" is yes, "not friendly at all" is no.
        return "no" if re.search(r"\b(not|never)\b|n't\b", t) else "yes"
    none = _NONE_SAID.match(t)
    if none and _content_words(asked) & set(re.findall(r"[a-z]+", re.split(r"[,.;!?]", t[none.start(1) :])[0])):
        # "None were late" to "did any of your boxes arrive late?": nothing of what is asked (read back)
        return "no"
    return _shared_reading(asked, t)


def _shared_reading(asked: str, t: str) -> str | None:
    """``yes``/``no`` when the answer ``t`` restates a phrase of the question ``asked`` ("I work from
    home" to "...work from home...?"; with a negation or "nobody" a no), None otherwise or when the
    phrase holds the question's amount said roughly ("about ten minutes" to "within ten minutes?")."""
    shared = _phrases(asked) & _phrases(t)
    if shared and _HEDGED_LIMIT.search(t) and any(numbers_in(p) for p in shared):
        return None  # "About ten minutes" to "within ten minutes?": the limit itself, hedged, is either side
    if shared:
        if _SUBJECT_NONE.search(re.sub(_LEAD_FILLERS, "", t)) or re.search(r"\b(not|never)\b|n't\b", t):
            return "no"
        return "yes"
    return None


_HEDGED_LIMIT = re.compile(r"\b(?:about|around|roughly|approximately|more or less|give or take|or so)\b|\w+ish\b")


# "I will renew", "we'll be renewing", "I'm not renewing" to "Do you plan to renew ...?": a subject,
# a modal or auxiliary (adverbs allowed) and the question's own verb.
_RESTATED = re.compile(
    r"^(?:(?:well|oh|yeah|um+|uh+|so|hold on|wait|actually|honestly|i think|i guess)\W+)*(?:i|we|i'?ll|we'?ll|i'?m|we'?re)\s+"
    r"(?P<aux>(?:(?:actually|definitely|probably|certainly|really|still|just|most likely|likely)\s+)*"
    r"(?:will|shall|won'?t|will not|am|are|'?m|'?re|am not|are not|'?m not|'?re not|do|don'?t|do not|"
    r"plan to|intend to|want to|am going to|are going to|going to|gonna|be|not|never)\s+)*"
    r"(?:(?:actually|definitely|probably|certainly|really|still|just|be)\s+)*(?P<verb>[a-z]+)\b"
)
_FUTURE_QUESTION = re.compile(r"\b(?:plan|planning|intend|going to|will|would|next|in future|in the future|comes up)\b")
_VERB_STOP = frozenset("be have get do go make it that this the a an to".split())


# A question about one past deed ("Did you pass ...?") and the deed said back bare in the past
# ("Passed!", "Passed first time."): a yes, read back.
_DID_ASKED = re.compile(r"\bdid (?:you|they|he|she|we|it|the|your)\b")
# ... with nothing after the verb but its object or "first time": "I practised every single day"
# says more than the question asks (a lie about it is no no, answers blind44).
_ONLY_DEED = re.compile(
    r"^(?:\s+(?:it|them|that|this|(?:the|my|our) [a-z]+))?(?:\s+(?:first time|first go|in the end|eventually|too))?\W*$"
)
_BARE_PAST = re.compile(r"^(?:(?:well|oh|yeah|um+|uh+|so|honestly|finally)\W+)*(?P<verb>[a-z]{3,}ed)\b")


def _verb_stem(word: str) -> str:
    for suffix in ("ing", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)].rstrip("e")[:5]
    return word.rstrip("e")[:5]


def _verb_restated(asked: str, t: str) -> str | None:
    """``yes``/``no`` when the first clause of ``t`` restates the question's own verb after a subject
    and a modal ("I actually will renew" to "Do you plan to renew your membership?"; "we're not
    renewing" is no); None otherwise. Read back as an inferred answer."""
    clause = re.split(r"[,.;!?]|\bbut\b", t)[0].strip()
    asked_stems = {_verb_stem(w) for w in re.findall(r"[a-z]+", asked) if w not in _VERB_STOP and len(w) > 2}
    in_past = _DID_ASKED.search(asked) and not re.search(r"n'?t\b|\b(?:not|never|no)\b", clause)
    bare = _BARE_PAST.match(clause)
    # ("pass" stems to "pas" as a plural would: its whole word counts too)
    wide = asked_stems | {w.rstrip("e")[:5] for w in re.findall(r"[a-z]+", asked) if w not in _VERB_STOP and len(w) > 2}
    if in_past and bare and _verb_stem(bare.group("verb")) in wide and _ONLY_DEED.match(clause[bare.end() :]):
        return "yes"  # "Passed!" to "Did you pass your test?" (answers blind70)
    m = _RESTATED.match(clause)
    if not m or m.group("verb") in _VERB_STOP:
        return None
    aux = m.group("aux") or ""
    if (
        in_past
        and not aux.strip()
        and m.group("verb").endswith("ed")
        and _verb_stem(m.group("verb")) in wide
        and _ONLY_DEED.match(clause[m.end() :])
    ):
        return "yes"  # "I passed" to "Did you pass?": the simple past tells what happened, no habit
    if _verb_stem(m.group("verb")) not in asked_stems:
        return None
    if not aux.strip() and "'" not in clause[: m.start("verb")]:
        return None  # "I work from home, but only once a month": a plain present is a habit (below)
    if re.search(r"\b(?:will|shall|won'?t|plan|intend|want|going|gonna)\b|'ll\b", clause[: m.start("verb")]) and not (
        _FUTURE_QUESTION.search(asked)
    ):
        return None  # "I'm going to renew" to "did you renew?" tells a plan, not what happened
    negated = re.search(r"n'?t\b|\bnot\b|\bnever\b", aux) or re.match(r"(?:i|we)\s+(?:won|don)", clause)
    return "no" if negated else "yes"
