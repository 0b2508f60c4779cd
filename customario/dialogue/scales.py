"""Scale answers said in words: one of the question's labels ("very satisfied"), an end label said
with another strong intensifier ("extremely satisfied"), or a point ("in the middle", "halfway",
"full marks", "the highest").

Used by :mod:`customario.dialogue.answers` for ``scale`` and ``nps`` questions; every reading
here except a label said as written is ``inferred`` there, which a survey reads back. The middle
of an even scale (1-6) is two points, so it is asked again. Pure functions, no I/O.
"""

from __future__ import annotations

import re
from types import SimpleNamespace
from typing import Any

from customario.dialogue.choices import negated_at, phrase_positions, word_stem
from customario.dialogue.spoken import clean, numbers_in

NO_MIDDLE = "no middle"  # point_in_words: the middle of a scale with an even number of points


def label_value(question: Any, t: str) -> int | None:
    """The value of the one scale label the caller says (not negated: "not very satisfied" is none)."""
    hits = labels_said(question, t)
    return hits.pop() if len(hits) == 1 else None


_STEPS = {"one": 1, "a": 1, "two": 2, "three": 3, "1": 1, "2": 2, "3": 3}
# "One below outstanding", "one notch above average", "two points short of excellent", "a step up
# from poor": a count of points, a direction and a label, as the whole answer.
_STEP_FROM_LABEL = re.compile(
    r"^\W*(?:(?:um+|uh+|er+m?|oh|well|so|hmm+|i'?d say|i would say|maybe|probably|say)\W+)*(?:it'?s |it was |just )?"
    r"(?P<n>one|a|two|three|[123])(?P<unit> (?:notch|point|step|mark|level|rung|peg)s?)? "
    r"(?P<dir>above|below|under|over|higher than|lower than|better than|worse than|short of|down from|up from|off)"
    r" (?:the |an |a )?(?P<label>[a-z' -]+?)\W*$"
)


# An end of the scale named by a word: "the top", "the highest score", "the bottom".
_END_WORD = re.compile(
    r"(?:(?P<high>top|highest|best|maximum|max)|bottom|lowest|worst|minimum|min)(?: one| score| mark| point| rating| of the scale)?"
)


def label_step(question: Any, t: str) -> int | None:
    """The point a few steps above or below a label of ``question`` ("one below outstanding" = 6 on
    1 very poor .. 7 outstanding, "one notch above average" = 5), said as the whole answer, or None:
    no such words, a label the question does not have, or a point outside its bounds. Survey
    writers count scale points from the labelled anchors the same way (answers blind45); read back."""
    m = _STEP_FROM_LABEL.match(t)
    if m is None or (m.group("n") == "a" and not m.group("unit")):
        return None  # "a below average" counts no steps; "a notch above average" does
    said = clean(m.group("label")).strip()
    lo, hi = question.bounds
    values = [v for v, lab in (question.labels or {}).items() if clean(lab) == said]
    if not values and _END_WORD.fullmatch(said):
        # "One below the top", "two up from the bottom" (answers blind54 had stored the "one" as the
        # rating): the steps counted from an end of the scale, which needs no label
        values = [hi if _END_WORD.fullmatch(said).group("high") else lo]
    if len(values) != 1:
        return None
    up = m.group("dir") in ("above", "over", "higher than", "better than", "up from")
    point = int(values[0]) + (_STEPS[m.group("n")] * (1 if up else -1))
    return point if lo <= point <= hi else None


def without_topic(question: Any, label: str) -> str | None:
    """``label`` without its closing noun when the question's other labels close with it too (the
    topic: "no progress", "some progress", "a great deal of progress" → "a great deal"), when what
    is left has two words or more and no negation ("no progress" keeps its noun: a bare "no" is no
    rating); None otherwise. Callers say the label as the answer to the question, so the topic
    goes unsaid (answers blind24)."""
    words = clean(label).split()
    others = [clean(lab).split() for lab in (question.labels or {}).values() if clean(lab) != clean(label)]
    if len(words) < 3 or not any(o and o[-1] == words[-1] for o in others):
        return None
    kept = words[:-1]
    if kept[-1] == "of":
        kept = kept[:-1]
    if len(kept) < 2 or any(w in ("no", "not", "none", "never", "nothing", "zero") for w in kept):
        return None
    return " ".join(kept)


def labels_said(question: Any, t: str) -> set[int]:
    """The values of every scale label ``t`` says, not negated; a label may be said without the
    question's topic (:func:`without_topic`) at the start of the answer."""
    hits = set()
    labels = sorted((question.labels or {}).items(), key=lambda kv: -len(kv[1]))
    # said without the topic only as the answer itself ("Oh, a great deal, she loves it"), never
    # inside a story ("we've spent a great deal on it")
    opening = re.match(r"^\W*(?:(?:oh|well|um+|uh+|honestly|yes|yeah|i'?d say|i would say|definitely|really)\W+)*", t)
    labels += [
        (v, short)
        for v, lab in labels
        if (short := without_topic(question, lab)) and opening is not None and t[opening.end() :].startswith(short)
    ]
    covered: list[tuple[int, int]] = []
    for value, label in labels:
        for pos in phrase_positions(label, t):
            end = pos + len(clean(label))
            if any(a <= pos < b for a, b in covered):
                continue  # "very dissatisfied" already explains this "dissatisfied"
            covered.append((pos, end))
            if re.search(
                r"\b(?:above|below|over|under|better than|worse than|higher than|lower than|beyond)\s+(?:the\s+)?$",
                t[:pos],
            ):
                continue  # "a bit above average": the label is where the rating is measured from (blind25)
            if _FAIR_IDIOM_BEFORE.search(t[:pos]) and clean(label) == "fair" or _FAIR_IDIOM.match(t, pos):
                continue  # "let me be fair, very good": the idiom, not the label "fair" (blind52)
            if not negated_at(t, pos):
                hits.add(int(value))
    return hits


# "To be fair", "let me be fair", "fair enough", "fair play to them", "fair's fair": set phrases of
# English (Oxford English Dictionary, s.v. "fair", phrases) whose "fair" rates nothing, though a
# scale may have the label "fair" (poor, fair, good ...).
_FAIR_IDIOM_BEFORE = re.compile(
    r"\b(?:to|let me|let'?s|gotta|got to|have to|i must|must|being|i'?m being|if i'?m|i'?ll) be (?:totally |completely |"
    r"perfectly |quite |really |absolutely )?$"
)
_FAIR_IDIOM = re.compile(r"fair (?:enough|play|dos|do's|dinkum)\b|fair'?s fair\b|fair to (?:them|him|her|say)\b")


# Strong intensifiers are one another's synonyms on a scale's end labels: "extremely satisfied" or
# "totally satisfied" for the label "very satisfied", "really careful" for "extremely carefully".
_STRONG = re.compile(
    r"\b(very|extremely|totally|completely|really|super|incredibly|absolutely|highly|utterly|thoroughly|"
    r"hugely|massively|terribly|awfully|exceptionally|ever so)\b"
)


def intensified_labels(question: Any, t: str) -> set[int]:
    """The values of the labels ``t`` says, an end label also with another strong intensifier
    ("extremely satisfied" for "very satisfied"). An end label must start with one, so
    "satisfied" alone (four or five?) and "fairly easy" name none; "between neutral and extremely
    satisfied" names two."""
    if not any(_STRONG.match(clean(lab)) for lab in (question.labels or {}).values()) or not _STRONG.search(t):
        return labels_said(question, t)
    canon = SimpleNamespace(labels={v: _canonical(lab) for v, lab in question.labels.items()})
    return labels_said(canon, _canonical(t))


# Degree words that put a label between itself and its intensified form: "pretty good" on a scale
# labelled "good" and "very good" is more than good and less than very good.
_MIDDLING = r"(?:pretty|quite|rather|real)"


def between_degrees(question: Any, t: str) -> bool:
    """True when ``t`` says a label of ``question`` with a middling degree word ("pretty good",
    "quite satisfied") and the question also has that label with a strong intensifier ("very
    good", "extremely satisfied"): the caller's degree lies between two labelled points, so no
    point is named (asked again). "Pretty good" on poor .. good .. excellent stays "good" (no
    stronger "good" to fall short of). Survey writers of answers blind52 ask it again on 1 poor ..
    3 good .. 4 very good .. 5 excellent; the degree words are those of Quirk et al. (1985)
    grouped as compromisers ("pretty", "quite", "rather"), which weaken a stronger reading."""
    labels = [clean(lab) for lab in (question.labels or {}).values()]
    for label in labels:
        if not any(other != label and _STRONG.match(other) and other.endswith(" " + label) for other in labels):
            continue
        for pos in phrase_positions(label, t):
            if re.search(rf"\b{_MIDDLING}\s+$", t[:pos]) and not negated_at(t, pos):
                return True
    return False


def past_label(question: Any, t: str) -> bool:
    """True when ``t`` says a strong intensifier straight before a label of ``question`` that lies
    inside the scale, not at an end ("very good" on 1 very poor .. 4 good .. 5 excellent), and the
    intensified words are no label of their own (in :func:`_canonical` form): the caller's degree
    lies past that label, towards the next point or the end, so no point is named (asked again).
    "Very good" on poor .. good .. very good .. excellent is the label 4; "very poor" on 1 poor ..
    5 excellent is the end 1, as nothing lies past it. Answers blind62 had stored "Very good." as the
    4 of "good" where its writer asked again; an intensifier raises a gradable adjective's degree
    (Quirk et al. 1985, boosters), so it no longer names the label's own point."""
    lo, hi = question.bounds
    labels = {int(v): clean(lab) for v, lab in (question.labels or {}).items()}
    own = {_canonical(lab) for lab in labels.values()}
    for value, label in labels.items():
        if value in (lo, hi):
            continue
        for pos in phrase_positions(label, t):
            boost = re.search(rf"{_STRONG.pattern}\s+$", t[:pos])
            if boost and not negated_at(t, pos) and _canonical(f"{boost.group(1)} {label}") not in own:
                return True
    return False


def _canonical(text: str) -> str:
    """``text`` with every strong intensifier as "very" ("very much" too) and each word stemmed, so
    "I am very much satisfied" and "very satisfy" (non-native English) meet "very satisfied"."""
    t = re.sub(r"\bvery much\b", "very", _STRONG.sub("very", clean(text)))
    return re.sub(r"[a-z]{4,}", lambda m: word_stem(m.group()), t)


_END_NAMED = re.compile(
    r"\b(?:the )?(?:very )?(?:(?P<high>top|highest)|bottom|lowest) (?:end )?of the (?:scale|range|chart|list)\b|"
    r"\bas (?:(?P<high2>high)|low) as (?:it|you|they|the scale|that) (?:can )?go(?:es)?\b|\brock bottom\b|"
    r"^\W*(?:(?:oh|um+|uh+|well|easily)\W+)?(?:the )?(?:very )?(?:(?P<high3>highest|max|maximum)|lowest|minimum)"
    r"(?: one| possible| score| you can go)?\W*$"
)


# The middle named as a point of the scale: "the middle one", "the middle score".
_MIDDLE_POINT = r"the middle (?:one|number|score|mark|rating|point|option|box)"


def point_in_words(t: str, lo: float, hi: float, extremes: bool = True) -> int | str | None:
    """A point of ``lo``..``hi`` said in words ("in the middle", "halfway", "full marks", "the
    highest", "the lowest"), :data:`NO_MIDDLE` for the middle of an even scale, or None;
    ``extremes=False`` reads only the middle and "full marks" (an NPS answer "the best" is praise,
    not a ten)."""
    if re.search(
        r"\bneither\b.+\bnor\b|\bin the middle\b|\bmiddle of the (road|scale|range|pack)\b|\bdead cent(er|re)\b|"
        r"\b(right |straight |smack |bang )?(down|in) the middle\b|\bsomewhere (in )?(the )?middle\b|\bthe midpoint\b|"
        # "Dead middle.", "the middle one", "the middle score" (blind31 had asked again)
        rf"\b(dead|bang|smack|slap|right) middle\b|\b{_MIDDLE_POINT}\b|"
        r"^\W*(the )?middle\W*$",
        t,
    ) or (len(t.split()) <= 5 and re.search(r"\bhalf ?way\b|\bmid ?way\b|\bmiddling\b", t)):
        # "halfway" only as (nearly) the whole answer: "halfway through the move" is a story
        if (hi - lo) % 2 == 0:
            return int(lo + (hi - lo) // 2)  # the midpoint of an odd-length scale
        return NO_MIDDLE
    if re.search(r"\b(not|never|hardly)\b|n't\b", t):
        return None
    if re.search(r"^\W*(\w+\W+)?(?:(full|top) marks|(?:an? )?perfect (?:score|marks|rating))\b", t):
        return int(hi)  # "Full marks", "oh, top marks" (British English), "a perfect score": read back
    if not extremes:
        # "The lowest you've got", "the top score": the scale's own end named (NPS too; "the best"
        # alone is praise, not a ten)
        if re.search(r"\bthe (highest|top|maximum)\s+(score|mark|number|rating|you'?ve got|possible|there is)\b", t):
            return int(hi)
        # "Top score." as the whole answer, without its article (answers blind51): the same end
        # named, as "top marks" is above
        if re.search(r"^\W*(?:(?:oh|um+|uh+|well|easily|just)\W+)*(highest|top|maximum) (score|mark|rating)\W*$", t):
            return int(hi)
        if re.search(r"\bthe (lowest|bottom|minimum)\s+(score|mark|number|rating|you'?ve got|possible|there is)\b", t):
            return int(lo)
        # "Top of the scale", "bottom of the range", "as high as it goes", "rock bottom", "the
        # lowest." said alone: the scale's end named without its number (blind16)
        end = _END_NAMED.search(t)
        if end:
            return int(hi) if end.group("high") or end.group("high2") or end.group("high3") else int(lo)
        return None
    if re.search(
        r"\b(the )?(highest|top|maximum|max|best)( (one|score|mark|number|rating|you'?ve got|possible))?\b", t
    ):
        return int(hi)
    if re.search(r"\b(the )?(lowest|bottom|minimum|worst)( (one|score|mark|number|rating|you'?ve got|possible))?\b", t):
        return int(lo)
    return None


# "out of a possible five", "out of a maximum of ten", "out of a total of seven": the scale's top
# said with the words of a score sheet.
_FRAME_WORDS = re.compile(
    r"\bout of (?:a |the )?(?:possible|maximum(?: of)?|max(?: of)?|total of|top score of)\s+(?=\w)"
)


def plain_frame(t: str) -> str:
    """``t`` with "out of a possible five" (or "a maximum of", "a total of") said as "out of five",
    so that the rules that read a rating against its scale ("two out of five") read it too
    (answers blind52 asked "Two out of a possible five." again on 1-5)."""
    return _FRAME_WORDS.sub("out of ", t)


def without_own_frame(t: str, hi: float) -> str:
    """``t`` without the "out of N" said after "the middle one" (or number, score ...) where N is
    the scale's own top ``hi`` ("the middle one out of five" on 1-5: the scale named, not a value
    of five, which blind31 had read at full confidence); ``t`` itself otherwise."""
    from customario.dialogue.spoken import number_words

    top = int(hi)
    return re.sub(rf"\b({_MIDDLE_POINT})\s+out of (?:{top}|{number_words(top)})\b", r"\1", t)


_NOT_END_WORDS = frozenset(
    """a an the of to at all far too so very extremely totally completely really quite not no never
    none nothing neither nor somewhat fairly rather bit little much more less most least""".split()
)


def end_words(question: Any) -> tuple[set[str], set[str]]:
    """The words only the bottom end label of ``question`` holds, and those only the top end label
    holds (``{1: "far too easy", 7: "far too hard"}`` gives ``({"easy"}, {"hard"})``), without
    intensifiers, negators and articles; two empty sets for a scale without both end labels."""
    labels = {int(v): clean(lab).split() for v, lab in (question.labels or {}).items()}
    lo, hi = question.bounds
    if int(lo) not in labels or int(hi) not in labels:
        return set(), set()
    low = {w for w in labels[int(lo)] if w not in _NOT_END_WORDS}
    high = {w for w in labels[int(hi)] if w not in _NOT_END_WORDS}
    return low - high, high - low


def opposite_end_said(question: Any, t: str, value: float) -> str | None:
    """The word of the far end label that a short clause of ``t`` says on its own, without a
    number, a negator or a comparison, beside a rating ``value`` in the other half of the scale
    ("seven. easy peasy" on 1 far too easy .. 7 far too hard; "two, excellent" on 1 very poor .. 5
    excellent): the words contradict the number, so neither is the answer (BLIND-README answers
    blind26: a rating contradicted by its own words is asked again). None otherwise."""
    low, high = end_words(question)
    lo, hi = question.bounds
    if not low or not high or value == (lo + hi) / 2:
        return None
    far = low if value > (lo + hi) / 2 else high
    near = high if value > (lo + hi) / 2 else low
    clauses = [c.split() for c in re.split(r"[.,;:!?]|\bbut\b|\band\b|\bthough\b", t)]
    if any(w in near for c in clauses for w in c):
        return None  # "seven, hard but easy to follow": both ends' words
    for words in clauses:
        if not 1 <= len(words) <= 4 or numbers_in(" ".join(words)):
            continue
        if any(w in ("not", "no", "never", "than", "er", "nor", "hardly") or w.endswith("n't") for w in words):
            continue
        hit = next((w for w in words if w in far), None)
        if hit:
            return hit
    return None


# A comparative leaning from a label towards an end: "maybe slightly better", "a touch worse".
_LEANING = re.compile(r"\b(?:better|worse)\b(?!\s+than\b)")
_LEAN_NEGATED = re.compile(r"\b(?:no|not|never|hardly|nor|neither|any)\s+(?:\w+\s+)?$|n'?t\s+(?:\w+\s+)?$")


def leans_off_label(question: Any, t: str, label: int) -> bool:
    """True when ``t`` names the inner ``label`` of ``question`` (a point between its two ends) and,
    outside that label's words, leans from it with "better" or "worse" that is neither negated nor
    a comparison with something else ("About the same. Maybe slightly better." on 1 much worse ..
    4 about the same .. 7 much better): the caller's point lies between two labelled points, so the
    label is no answer (asked again; answers blind63's writer asks it again, as a careful listener
    cannot tell 4 from 5). "About the same, no better" and "the same, better than I feared" keep
    the label."""
    lo, hi = question.bounds
    if label in (lo, hi):
        return False
    words = clean(str((question.labels or {}).get(label, "")))
    rest = t
    for pos in sorted(phrase_positions(words, t), reverse=True) if words else ():
        rest = rest[:pos] + " " + rest[pos + len(words) :]
    return any(not _LEAN_NEGATED.search(rest[: m.start()]) for m in _LEANING.finditer(rest))
