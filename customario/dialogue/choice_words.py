"""Choices named by one word of their names, or by ruling the others out (blind7 development
corpus, issue 11):

- one distinctive word ("East." for *Eastside Branch* / *east side*; "the light thing" for *a
  warning light*; "the rooms" for *a study room*): a word that is in the names (label or synonyms)
  of exactly one choice;
- the other one ("Not the east one, the other branch." with *Eastside Branch* and *Westside
  Branch*): a choice ruled out and the one other choice that shares the word said;
- declining what is offered ("Don't bother, I'll remember myself." to "How should we remind you
  ...?") is the choice that means none.

Every reading here is lenient (``inferred``, read back by the survey). Pure functions, no I/O.
"""

from __future__ import annotations

import re
from typing import Any

from customario.dialogue.choice_spans import phrase_positions, prefixed

# Words that name no choice on their own.
_GENERIC = frozenset(
    """a an the this that other same usual last first second new old big little whole and or of on in
    for with at to by from inside outside into my your our their its it one ones thing things stuff
    bit kind sort type some any all none no not thanks please just only own self myself ourselves
    mine ours yours through thru via""".split()
)
_FILLERS = r"(?:um+|uh+|er+m?|oh|well|so|yeah|yes|just|only|hmm+|like|mate|dear|love|honestly|i think|i guess)"


def _singular(word: str) -> str:
    return word[:-1] if len(word) > 4 and word.endswith("s") and not word.endswith("ss") else word


def _names(choice: Any) -> list[str]:
    return [n.lower() for n in (choice.label, *choice.synonyms, choice.code.replace("_", " "))]


def _word_hits(question: Any, word: str) -> set[str]:
    """Codes of the choices with ``word`` (singular) among the words of their names."""
    word = _singular(word)
    if word in _GENERIC or len(word) < 3:
        return set()
    hits = {
        c.code
        for c in question.choices
        for name in _names(c)
        if word in {_singular(w) for w in re.findall(r"[a-z]+", name)}
    }
    return _narrowest(question, hits)


def _narrowest(question: Any, hits: set[str]) -> set[str]:
    """``hits`` narrowed to the one choice whose label is the others' labels with words left out
    ("general" in *general admission* and *general admission with camping*: the plain one, answers
    blind38), or ``hits`` itself when no such choice exists."""
    if len(hits) < 2:
        return hits
    words = {c.code: set(re.findall(r"[a-z]+", c.label.lower())) for c in question.choices if c.code in hits}
    plain = [code for code in hits if all(words[code] < words[o] for o in hits if o != code)]
    return set(plain) if len(plain) == 1 else hits


def _asked_words(question: Any) -> set[str]:
    """The first four letters of the words of the question's first clause ("How did you book",
    "Which library did you visit"), before it reads the choices out."""
    asked = re.split(r"[,:;?]| - ", (getattr(question, "text", "") or "").lower())[0]
    return {w[:4] for w in re.findall(r"[a-z]{4,}", asked)}


def word_named(question: Any, t: str) -> list[str]:
    """The one choice named by a distinctive word when the answer (``t``, cleaned) is that word
    alone or with a vague noun ("East.", "the light thing", "rooms"): every content word said is in
    the names of one and the same choice, and of no other. [] otherwise."""
    said = re.sub(rf"^\W*(?:{_FILLERS}\W+)*", "", t)
    words = [w for w in re.findall(r"[a-z]+", said) if w not in _GENERIC]
    if not words or len(words) > 2 or any(w[:4] in _asked_words(question) for w in words):
        return []  # "Booking." to "How did you book?": the question's own word names no choice
    hits = [_word_hits(question, w) for w in words]
    if any(len(h) != 1 for h in hits) or len({h.pop() for h in hits}) != 1:
        return []
    return sorted(_word_hits(question, words[0]))


# Words of place and relation that describe where a thing is, not what it is ("the front one is too
# dim" is about a light, not the choice "bike with the basket in front").
_RELATIONAL = frozenset(
    "front back side sides behind ahead above below under over near next left right middle inside outside "
    "corner edge end top bottom upstairs downstairs there here".split()
)


def distinctive_named(question: Any, t: str) -> list[str]:
    """Choices named by a word that only their own names hold, said anywhere in a longer answer
    ("the regular kind, where they fill the bag" for the choice with the synonym "regular blood";
    "we went with your finance guy" for "your finance department"). Each word of four letters or
    more that is in exactly one choice's names counts; words several choices share, words of the
    question and words of no choice are passed over. The choices in definition order, [] when none;
    a last resort that the caller reads back (answers blind16/blind18: descriptions of a choice)."""
    asked = _asked_words(question)
    # a negated auxiliary names no thing, only the choice that means none ("didn't do any"): "Couldn't
    # find a bike" never names the choice with the synonym "couldn't return" (answers blind46 had
    # stored it); "bike's" is "bike"
    nones = {c.code for c in question.choices if re.match(r"(none|no|nothing)\b", f"{c.code} {c.label}".lower())}
    found = set()
    for m in re.finditer(r"[a-z]+(?:'[a-z]+)?", t):
        negator, w = m.group().endswith("n't"), m.group().split("'")[0]
        if prefixed(t, m.start()):
            continue  # "semi-monthly" names no "monthly" choice (answers blind58)
        if len(w) >= 4 and w[:4] not in asked and w not in _RELATIONAL and len(hits := _word_hits(question, w)) == 1:
            found |= hits if not negator or hits <= nones else set()
    return [c.code for c in question.choices if c.code in found]


_RULED_OUT = re.compile(r"\bnot (?:the )?(?P<out>[a-z]+(?: [a-z]+)?)(?: one| branch| option)?\b")
_THE_OTHER = re.compile(r"\bthe other (?P<what>[a-z]+)\b")


def the_other(question: Any, t: str, named) -> list[str] | None:
    """The choice meant by "not the X one, the other Y": the one choice other than the ruled-out X
    whose names share Y (or, for "the other one", the only other choice of two, or the one left
    when every other choice is ruled out: "Not evening, and not early, so the other one"). ``named(text)``
    gives the codes a text names. None when the answer has no such pair; [] when it has one that
    does not single out a choice (asked again)."""
    out, other = _RULED_OUT.search(t), _THE_OTHER.search(t)
    if out and _negative_name_said(question, t, out.start()):
        return None  # "Not enough." where "not enough" names a choice (answers blind60): no ruling out
    if out and not other and re.match(r"\W*(?:(?:no|nah|well|um+|uh+),?\s+)?not (?:the )?[a-z]", t):
        # "Not the north one.": the one choice named is ruled out, none chosen (asked again)
        ruled = named(out.group("out")) or word_named(question, out.group("out"))
        return [] if ruled and set(named(t) or ruled) <= set(ruled) else None
    if not out or not other or other.start() < out.start():
        return None
    # "Not evening, and not early, so the other one" (answers blind45): every choice ruled out before
    # "the other" counts, each one choice by itself; the one choice left of all is meant
    outs = [
        named(m.group("out")) or word_named(question, m.group("out")) for m in _RULED_OUT.finditer(t[: other.start()])
    ]
    if any(len(ruled) != 1 for ruled in outs):
        return []
    excluded = {ruled[0] for ruled in outs}
    what = other.group("what")
    if what in ("one", "place", "option", "choice"):
        everyone = {c.code for c in question.choices}
        pool = everyone if len(question.choices) == 2 or len(excluded) == len(everyone) - 1 else set()
    else:
        pool = _word_hits(question, what)
    left = pool - excluded
    return sorted(left) if excluded <= pool and len(left) == 1 else []


def _negative_name_said(question: Any, t: str, at: int) -> bool:
    """True when a choice's own label or synonym that opens with a negation ("not enough", "not at
    all", "no preference") is said at ``at`` in ``t``: the "not" names that choice."""
    names = [n.lower() for c in question.choices for n in [c.label, *(c.synonyms or [])]]
    return any(re.match(rf"\W*{re.escape(n)}\b", t[at:]) for n in names if re.match(r"(?:not|no|never|hardly)\b", n))


_DECLINE = re.compile(
    r"^\W*(?:(?:no|nah|nope),?\s+)?(?:don'?t|do not) (?:bother|worry)\b|^\W*no need\b|^\W*(?:not|no) (?:needed|necessary)\b|"
    r"\bi'?ll (?:just )?remember (?:it )?(?:myself|on my own|by myself)\b|\bi can remember (?:myself|on my own)\b"
)


def declined(question: Any, t: str) -> list[str]:
    """The one choice that means none (*no reminders*, *none of those*) when the caller declines
    what the question offers ("Don't bother, I'll remember myself", "No need") and names no
    choice; [] otherwise."""
    if not _DECLINE.search(t):
        return []
    nothing = {
        c.code
        for c in question.choices
        if re.match(r"(?:none|no|nothing)(?:\b|_)", c.code.lower())
        or any(re.match(r"(?:none|no|nothing)\b", n) for n in _names(c)[:1])
    }
    return sorted(nothing) if len(nothing) == 1 else []


# A word or two said between the items of a list that names nothing and takes nothing out: a
# comment on the item before ("of course", "obviously"), a hedge ("I think") or a filler (answers
# blind44: "The barbie, of course, and the spa." had kept only the barbecue).
_LIST_ASIDE = re.compile(
    r"(?:of course|obviously|naturally|definitely|certainly|absolutely|i think|i guess|i reckon|"
    r"i suppose|mind you|too|as well|also|then|please|mate|love|oh|um+|uh+|er+m?|well|yeah|really|"
    r"for sure|first|first off|mostly|mainly)"
)


def items_named(question: Any, t: str, named, loose=None) -> list[str] | None:
    """The choices named by a list ("the rooms and the events"): each item by ``named(text)`` or
    by one distinctive word, or, failing both, by ``loose(text)`` when given (a kind of a choice's
    thing, one distinctive word beside others of no choice); None when an item names nothing."""
    out: list[str] = []
    for part in re.split(r"\s*(?:,|\band\b|\bor\b|\bnor\b)\s*", t.strip(" .!?")):
        if not part.strip() or _LIST_ASIDE.fullmatch(part.strip()):
            continue  # "The barbie, of course, and the spa": an aside between items is no item
        if re.search(r"\b(?:not|no|never|nor|without|except|but)\b", part):
            return None  # "plants, not tools", "but no assembly": an item taken out, not listed
        if re.search(r"\b(?:was|were|is|are|been|be|had|has|have|did|do|does)\b", part) or len(part.split()) > 4:
            return None  # "the brakes were fine": a remark about a choice, no item of a list
        if re.match(r"(?:in order )?to [a-z]+\b", part):
            return None  # "the computers, to apply for jobs": an infinitive of purpose, no item
        codes = named(part) or word_named(question, part) or (loose(part) if loose is not None else [])
        if not codes:
            return None
        out += [c for c in codes if c not in out]
    return out


# "grade three or four", "level five, or maybe straight to six": the head word said once for both.
_ELIDED = re.compile(
    r"\b([a-z]+) ([a-z0-9-]+),? or (?:maybe |perhaps |possibly |even )?(?:straight to |up to |on to )?([a-z0-9-]+)\b"
)


def elided_alternative(question: Any, t: str) -> str:
    """``t`` (cleaned) with the head word of an alternative said again when the caller said it only
    once ("grade three or four" → "grade three or grade four") and the full second phrase is a
    choice's label or synonym: the two choices are then both named (asked again when they differ)."""
    phrases = {p.lower() for c in question.choices for p in [c.label, *c.synonyms]}
    for m in _ELIDED.finditer(t):
        head, first, second = m.groups()
        if f"{head} {first}" in phrases and f"{head} {second}" in phrases:
            return f"{t[: m.start(3)]}{head} {t[m.start(3) :]}"
    return t


def named_by_code_only(question: Any, t: str, codes: list[str]) -> list[str]:
    """The codes of ``codes`` that ``t`` names only by the code's own words ("Card.", "Washers.")
    when every one of those words is also in another choice's name ("prepaid laundry card",
    "large-capacity washers"). A code is the survey author's name for the data, not a name the
    caller was offered; it does not tell the two choices apart, so the answer is asked again.
    From held-out blind23's wrong values (4 December 2026)."""
    out = []
    for code in codes:
        c = next((c for c in question.choices if c.code == code), None)
        spoken = code.replace("_", " ").lower()
        if c is None or not phrase_positions(spoken, t) or any(phrase_positions(n, t) for n in (c.label, *c.synonyms)):
            continue
        words = {_singular(w) for w in re.findall(r"[a-z]+", spoken)}
        others = [
            {_singular(w) for w in re.findall(r"[a-z]+", name)}
            for o in question.choices
            if o.code != code
            for name in _names(o)
        ]
        if words and any(words <= other for other in others):
            out.append(code)
    return out


# Letters said one by one: "V I P", "S. M. S.", "e-mail" is no such run (a word of two letters or more).
_LETTER_RUN = re.compile(r"\b[a-z](?:[ .-]+[a-z]\b){1,5}")


def letters_joined(question: Any, t: str) -> str:
    """``t`` (cleaned) with letters spelt out one by one joined into the word of a choice's names
    they spell ("uh, v i p." → "uh, vip.", "s m s" → "sms"; answers blind38), and two words said
    apart joined into the one word of a choice's names they make ("push bike" → "pushbike";
    answers blind25); runs that spell no choice's word are left as said ("i a m")."""
    wanted = {
        w for c in question.choices for name in _names(c) for w in re.findall(r"[a-z0-9]+", name.replace(".", ""))
    }

    dotted = [name for c in question.choices for name in _names(c) if "." in name]

    def joined(m: re.Match) -> str:
        word = re.sub(r"[^a-z]", "", m.group(0))
        if "." in m.group(0) and any(m.group(0).strip(" .") in name for name in dotted):
            # "a.m." said as a choice writes it ("a.m." for morning, answers blind51): joined it
            # would be the word "am", which no name holds as written
            return m.group(0)
        return word if word in wanted and len(word) >= 2 else m.group(0)

    t = _LETTER_RUN.sub(joined, t)
    # "push bike" for the synonym "pushbike", "wi fi" for "wifi": a compound said open; "sun
    # glasses" for "sunglasses" too, though "glasses" names another choice (answers blind43): the
    # word before it, no choice's word, makes it the compound
    for a, b in zip(re.findall(r"[a-z]+", t), re.findall(r"[a-z]+", t)[1:]):
        if a + b in wanted and a not in wanted and len(a) >= 2:
            t = re.sub(rf"\b{a} {b}\b", a + b, t)
    return t


def initials_spelt(question: Any, t: str) -> str:
    """``t`` with a word of two or three letters and no vowel that is the initials of exactly one
    choice's name of two or three words written as that name ("puzzles n the gm" → "... the game
    master"; answers blind39); a word with a vowel ("to", "am") is a word, never initials. The
    caller reads the answer back (the letters may mean something else)."""
    wanted = {w for c in question.choices for name in _names(c) for w in re.findall(r"[a-z0-9]+", name)}
    by_initials: dict[str, set[str]] = {}
    for c in question.choices:
        for name in _names(c):
            words = re.findall(r"[a-z]+", re.sub(r"^(?:a|an|the)\s+", "", name.lower()))
            if 2 <= len(words) <= 3 and any(len(w) > 1 for w in words):  # "B.B.C." is initials already
                by_initials.setdefault("".join(w[0] for w in words), set()).add(" ".join(words))
    for m in reversed(list(re.finditer(r"\b[b-df-hj-np-tv-xz]{2,3}\b", t))):
        names = by_initials.get(m.group(), set())
        if len(names) == 1 and m.group() not in wanted:  # "tv" may be a choice's own word
            t = t[: m.start()] + next(iter(names)) + t[m.end() :]
    return t


# A device the caller used to reach another channel: "I used my phone to log onto your website",
# "on my laptop for the online chat" (answers blind51: a phone that was only the means of reaching the
# website was stored as the phone channel too).
_DEVICE = (
    r"(?:phone|mobile|mobile phone|cell|cellphone|cell phone|smartphone|iphone|android|laptop|tablet|ipad|computer|pc)"
)
_DEVICE_AS_MEANS = re.compile(
    rf"\b(?:used|using|use|with|on|from) (?:my|his|her|our|their|the|a) (?P<device>{_DEVICE})\b"
    r"(?= (?:to|for) (?:\w+ ){0,3}?(?:(?:your|the|an|a) )?(?:website|web ?site|site|app|e-?mail|online|portal|web|internet|chat)\b"
    r"| to (?:log|visit|access|sign in|sign on|browse|go online|go on the web)\b)"
)


def device_as_means(question: Any, t: str) -> str:
    """``t`` with a device said as the means of reaching another channel ("I used my phone to log
    onto your website") put as "it", where a choice is named by the device's word: the phone that
    carried the website visit is no phone channel of its own. The survey reads the answer back
    (answers blind51, read as a class)."""
    words = {w for c in question.choices for name in _names(c) for w in re.findall(r"[a-z]+", name)}

    def means(m: re.Match) -> str:
        device = m.group("device").split()[-1]
        return m.group(0)[: m.start("device") - m.start()].rsplit(" ", 2)[0] + " it" if device in words else m.group(0)

    return _DEVICE_AS_MEANS.sub(means, t)
