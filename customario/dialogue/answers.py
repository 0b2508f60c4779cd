"""Survey answers: normalise what a respondent said into a typed, validated value.

:func:`normalise` is the single rule book used by the offline survey policy, by the
``record_answer`` tool (whatever model called it) and by persona validation. Per question type
(ARCHITECTURE.md section 3):

- ``nps``: an integer 0–10 ("a nine", "eight out of ten", "9/10"); non-integers are rejected.
- ``scale``: an integer ``min``..``max``, or one of the question's ``labels`` ("very satisfied").
- ``yes_no``: ``"yes"``/``"no"`` from many phrasings ("yeah sure", "nope", "absolutely not").
- ``single_choice``/``multi_choice``: a choice ``code`` (or list of codes) matched by code, label
  or synonym, by ordinal ("the second one") and, failing that, fuzzily with :mod:`difflib`.
- ``number``: a number in ``min``..``max`` ("twenty five"); ``date``: an ISO date ("next Tuesday",
  "March 3rd"); ``open``: the words themselves.

"Don't know" and "refused" are recognised for every type (unless the question disallows them).

Every result carries a **confidence** (0..1) and the **method** of the reading (issue 11): how
directly the words gave the value. ``exact`` (the value alone: "seven", "yes", "online"),
``phrase`` (inside an ordinary carrier phrase: "I'd give it a seven"), ``label`` (a scale label),
``hedged`` ("maybe a four", "I think so"), and the *lenient* readings that a survey should read
back before storing (:data:`LENIENT_METHODS`): ``self-corrected`` ("seven, no wait, eight"),
``ordinal`` ("the second one"), ``fuzzy`` (a misspelt choice) and ``inferred`` ("I think so").
Out of range is never turned into a value: "eleven" on 0–10 is ``invalid`` with a reason.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from customario.dialogue import choices, date_answers, inferred, quantities, scales, typos, units, yesno
from customario.dialogue.choices import all_choices_said, match_choices_how
from customario.dialogue.choices import ordinal_choices, unnamed_items
from customario.dialogue.codes import NOT_APPLICABLE, NOT_TRIED, NOT_WITNESSED, is_dont_know, is_refusal, says_more
from customario.dialogue.spoken import clean, numbers_in
from customario.dialogue.yesno import yes_no  # noqa: F401  (re-exported: survey_flow, voice phrases, tests)

STATUSES = ("valid", "invalid", "dont_know", "refused", "skipped")
METHODS = ("exact", "phrase", "label", "hedged", "self-corrected", "ordinal", "fuzzy", "inferred")
LENIENT_METHODS = frozenset({"self-corrected", "ordinal", "fuzzy", "inferred"})
# Text confidence per reading: the parser's own certainty that the value is what was meant.
METHOD_CONFIDENCE = {
    "exact": 1.0,
    "phrase": 0.95,
    "label": 0.95,
    "hedged": 0.85,
    "self-corrected": 0.7,
    "ordinal": 0.75,
    "fuzzy": 0.6,
    "inferred": 0.7,
}


@dataclass(frozen=True)
class Normalised:
    """The outcome for one utterance: ``status`` in :data:`STATUSES`, the normalised ``value``
    (int, float, str, list of codes, ISO date) when valid, ``reason`` (why it is invalid, in
    words an agent can say: "a whole number from 0 to 10"), ``confidence`` (0..1) and ``method``
    (one of :data:`METHODS`, see the module docstring)."""

    status: str
    value: Any = None
    reason: str | None = None
    confidence: float = 1.0
    method: str = "exact"

    @property
    def ok(self) -> bool:
        return self.status in ("valid", "dont_know", "refused")

    @property
    def lenient(self) -> bool:
        """True when the value came from a lenient reading that should be read back."""
        return self.status == "valid" and self.method in LENIENT_METHODS


def _valid(value: Any, method: str, confidence: float | None = None) -> Normalised:
    return Normalised(
        "valid", value, confidence=METHOD_CONFIDENCE[method] if confidence is None else confidence, method=method
    )


_HEDGES = (
    r"\bmaybe\b",
    r"\bprobably\b",
    r"\bi guess\b",
    r"\bi think\b",
    r"\bi suppose\b",
    r"\babout\b",
    r"\baround\b",
    r"\broughly\b",
    r"\bkind of\b",
    r"\bsort of\b",
    r"\bi'?d say\b",
    r"\bperhaps\b",
    r"\bish\b",
    r"\bor so\b",
    r"\bmore or less\b",
    r"\bpossibly\b",
    r"\bi reckon\b",
    r"\b\w+[ -]odd\b",  # "twenty-odd minutes": twenty and some
    r"\bor thereabouts\b",
    r"\d+ish\b|~\s*\d|\bcirca\b|\bapprox(imately)?\b",  # "45ish", "~45", "circa 45"
)
# Fillers and carrier words removed before deciding whether an answer is "just the value".
_FILLERS = re.compile(
    r"\b(um+|uh+|er+|erm|hmm+|mm+|ah+|oh|well|so|like|okay|ok|right|yeah|hm|uhm|let me think|let'?s see|"
    r"i'?d (say|go with|give it|give (you|them|us)|rate it|put it at)|i would (say|give it|go with)|"
    r"i'?ll (say|go with|give it)|it'?s|it is|it was|that'?s|that would be|that'?d be|give it|"
    r"please|thanks|thank you|a|an|the|i guess|i think|just|honestly|to be honest|solid|strong|good|"
    r"definitely|probably|maybe|out of (ten|10|five|5)|stars?|points?|on the dot)\b"
)
# Within one utterance the caller takes back what they said first: keep what follows the last marker.
_SELF_CORRECTION = re.compile(
    r"(\bno,? wait\b|\bwait,? no\b|\bno no\b|\bno,? (?=make)|\bactually\b|\bi mean\b|\bi meant\b|\bsorry\b|"
    r"\bor rather\b|\bscratch that\b|\bmake (that|it)\b|\bcorrection\b|\bno sorry\b|\bhang on\b|"
    # "wait" as a verb ("had to wait forty minutes") takes nothing back
    r"(?<!\bto )(?<!\bi )(?<!\bwe )(?<!\bthe )(?<!\blong )\bwait\b(?! (for|until|till|time|list|was|of)\b)|"
    r"[,.;!?]\s*no\b\s*[,.;!]?|\bno\b\s*[,.;!]|"
    # "Nine. Nope, eight.", "Ten. Well, nine, because of the scratch.", "Oil change. Oh no, the
    # brakes": a new sentence that opens by taking back (numbers count only when both sides hold one)
    r"[.;!?]\s*(oh,? )?(nope|nah|no no|well no|well,? actually|oh no|no,? sorry)\b\s*[,.;!]?|[.;!?]\s*well\b\s*,)"
)
# A number followed by a unit is a quantity, not a rating ("ten minutes late, so six").
_UNIT_AFTER = re.compile(
    r"\b(\w+)\s+(minutes?|mins?|hours?|days?|weeks?|months?|years?|times|dollars?|bucks|"
    r"people|items?|boxes|orders?|packages?|calls?|emails?|percent|%|miles?|blocks?|things?|kids?|children)\b"
)
_NOT_A_NUMBER = re.compile(
    r"\b(this|that|the|which|no|any|every|some|each|another|last|first|second|third|"
    r"fourth|fifth|other|next|previous|same|right|wrong|good|bad|best|worst|little|big|new|"
    r"old|middle|top|bottom|either|neither|one|only|my|your|their|our|his|her) ones?\b"
)
# "On a scale of 1 to 10", "from zero to ten": the scale named, not a value. A bare "from 8 to 10"
# is a range (asked again), so only a frame from zero or one counts.
_SCALE_FRAME = re.compile(
    r"\b(on a|on the|in a)?\s*scale (of|from) \S+ (to|through|and) \S+\b|\bfrom (zero|one|0|1) to \S+\b"
)


def _any(patterns: tuple[str, ...], text: str) -> bool:
    return any(re.search(p, text) for p in patterns)


def _strip_fillers(text: str) -> str:
    t = re.sub(r"[^a-z0-9'/. -]", " ", text)
    t = _FILLERS.sub(" ", t)
    return re.sub(r"\s+", " ", t).strip(" .-")


def _numbers(text: str, rating: bool = False) -> tuple[list[float], str]:
    """Distinct numbers the caller gives for a numeric question and the reading's method.

    Takes only what follows a self-correction ("seven, no wait, eight" → [8]); drops a scale frame
    ("on a scale of 1 to 10, an 8" → [8]), "this one", and an interjection "oh"."""
    t = clean(text)
    method = "phrase"
    for mark in reversed(list(_SELF_CORRECTION.finditer(t))):
        head, tail = t[: mark.start()], t[mark.end() :]
        if numbers_in(_prep_numbers(tail)):
            if numbers_in(_prep_numbers(head)):
                t, method = tail, "self-corrected"
            break
    t = _prep_numbers(t)
    if rating:
        # "Five. They're fine but two hundred dollars for a cleaning!": the whole amount goes
        t = quantities.without_other_quantities(t, clocks=False)
        t = _UNIT_AFTER.sub(lambda m: " " if numbers_in(m.group(1)) else m.group(0), t)
        # "My wife said 10": another person's rating; "Not a 10": a value ruled out
        aside = quantities.OTHER_RATER.sub(" ", t)
        aside = re.sub(
            r"\b(not|never|no way) (a |an )?(\w+)\b", lambda m: " " if numbers_in(m.group(3)) else m.group(0), aside
        )
        if aside != t and numbers_in(aside):
            method = "inferred"  # what is left after setting the others aside is read back
        t = aside
    nums = list(dict.fromkeys(numbers_in(t)))
    if method == "phrase":
        rest = _strip_fillers(t)
        if len(nums) == 1 and (rest == "" or numbers_in(rest) == nums and len(rest.split()) <= 3):
            method = "exact" if len(t.split()) <= 3 and not _any(_HEDGES, t) else "phrase"
        if _any(_HEDGES, t) or is_dont_know(t):
            method = "hedged"
    return nums, method


def _bare_frame(m: re.Match) -> str:
    """ "Out of ten? A four.": an "out of N" after no number names the scale, it is not a value."""
    before = re.findall(r"[a-z0-9]+", m.string[: m.start()])
    return m.group(0) if before and numbers_in(before[-1]) else " "


def _said_out_of(t: str) -> str:
    """ "Eight on ten", "8 by 10" (Indian English): a rating said against its scale, as "out of"."""
    return re.sub(
        r"\b(\w+) (?:on|by|from|over|of) (ten|10|five|5)\b(?=\s*(?:$|[,.;!?]|(?:for|from|if|but|because|cos|as|only)\b))",
        lambda m: f"{m.group(1)} out of {m.group(2)}" if numbers_in(m.group(1)) else m.group(0),
        t,
    )


def _prep_numbers(t: str) -> str:
    t = _SCALE_FRAME.sub(" ", _said_out_of(t))
    t = re.sub(r"\bout of (\w+)\b", _bare_frame, t)
    t = _NOT_A_NUMBER.sub(" thing", t)
    t = re.sub(r"\bone of (the|them|those|these)\b", " ", t)
    t = re.sub(
        r"\b(oh|a|an)\b(?!\s+(hundred|thousand|half|million))(?=\s*[,.!?]|\s+(well|um|uh|i|okay|let|so|that|this|yeah)\b)",
        " ",
        t,
    )
    t = re.sub(r"^\s*oh\b", " ", t)
    t = re.sub(r"\b(\d+)\s*(stars?|points?)\b", r"\1", t)
    t = re.sub(r"\b(\d{1,3}),(\d{3})\b", r"\1\2", t)
    return quantities.mixed_digits(t)


def question_tense(question: Any) -> str:
    """``future`` for "When would you like the installation?", ``past`` for "When did you last
    ride?", else ``nearest``: which side of today a bare weekday or day of the month falls on."""
    q = (question.text or "").lower()
    if re.search(
        r"\b(will|would|want|like|prefer|should|shall|next|upcoming|schedule|book|plan|planning|going to)\b", q
    ):
        return "future"
    if re.search(r"\b(did|last|was|were|have you|had|ago|visited|bought|ordered)\b", q):
        return "past"
    return "nearest"


def _self_corrected_tail(t: str) -> str:
    """What follows the last self-correction marker ("yes, no, I mean no" → "no"), or ``t``."""
    for mark in reversed(list(_SELF_CORRECTION.finditer(t))):
        tail = t[mark.end() :].strip(" ,.!")
        if tail:
            return tail if mark.start() > 0 else t
    return t


_OUT_OF = re.compile(r"\b(\w+)\s*(?:out of|/)\s*(\w+)\b")


def _other_scale(text: str, hi: float) -> bool:
    """ "two out of five" on a 0-10 question: an answer on another scale, never converted."""
    for m in _OUT_OF.finditer(text):
        top = numbers_in(m.group(2))
        if top and numbers_in(m.group(1)) and top[0] != hi:
            return True
    if hi != 5 and re.search(r"\bstars?\b", text):
        return True  # "four stars" is a five-star rating, not a point on 0-10
    # "Out of five? Four." on a 0-10 question: the caller names another scale before the value.
    return any((top := numbers_in(m.group(1))) and top[0] != hi for m in re.finditer(r"\bout of (\w+)\b", text))


# A rating that may belong to another time or person: the one number is read back, not stored.
_ELSEWHEN = re.compile(
    r"\b(last (time|year|visit|one)|previous(ly)?|used to|before that|other place|another (company|shop|store)|"
    r"my (wife|husband|partner))\b"
)


def _int_in_range(text: str, lo: float, hi: float, what: str) -> Normalised:
    nums, method = _numbers(text, rating=True)
    reason = f"{what} from {lo:g} to {hi:g}"
    if _other_scale(_said_out_of(clean(text)), hi):
        return Normalised("invalid", reason=reason)
    if len(nums) > 1 and method != "self-corrected":
        # "My dog is 3 but I'd give you an 8": the one number said as a rating (read back).
        rated = quantities.rated_number(_prep_numbers(clean(text)))
        if rated is not None and rated in nums:
            nums, method = [rated], "inferred"
    if len(nums) != 1 or quantities.bound_only(_said_out_of(clean(text))):
        return Normalised(
            "invalid", reason=reason if not nums else f"just one {what.removeprefix('a ')} from {lo:g} to {hi:g}"
        )
    n = nums[0]
    if n != int(n):
        return Normalised("invalid", reason=f"a whole number from {lo:g} to {hi:g}")
    if not lo <= n <= hi:
        return Normalised("invalid", reason=reason)
    if method not in LENIENT_METHODS and _ELSEWHEN.search(clean(text)) and len(clean(text).split()) > 3:
        method = "inferred"  # "Better than last time, which was a 6": whose 6? read back
    conf = METHOD_CONFIDENCE[method] * (0.85 if is_dont_know(text) else 1.0)
    return _valid(int(n), method, round(conf, 3))


def normalise(question: Any, text: str, *, today: date | None = None) -> Normalised:
    """Normalise ``text`` (the respondent's words) for ``question`` (a definitions.Question).

    ``today`` anchors relative dates (defaults to the system date; pass the respondent's local date).
    Never raises for bad input: an unusable answer gives ``status="invalid"`` with a ``reason``.
    """
    t = clean(text)
    if question.type == "yes_no":
        t = yesno.emoji_words(t)  # "👍" typed as the answer is a yes, "👎" a no
    if not t or not re.search(r"[a-z0-9]", t):
        return Normalised("invalid", reason="an answer", confidence=0.0)
    qtype = question.type
    special = _refused_or_dont_know(question, t, today)
    if special is not None:
        return special
    if qtype == "open":
        return _valid((text or "").strip(), "exact")
    t = _without_echo(question, t)
    read = _normalise_typed(question, t, today)
    if read.status == "invalid" and qtype in ("nps", "scale", "number", "yes_no"):
        # "eigth", "yse", "spotles": one mistyped word as the whole answer (read back).
        words = re.findall(r"[a-z']+", _strip_fillers(t))
        near = typos.candidates(words[0], typos.vocabulary(question)) if len(words) == 1 else []
        again = [_normalise_typed(question, re.sub(rf"\b{re.escape(words[0])}\b", w, t), today) for w in near]
        values = {repr(n.value) for n in again}
        if again and all(n.status == "valid" for n in again) and len(values) == 1:
            return _valid(again[0].value, "fuzzy")
    cannot_tell = NOT_WITNESSED.search(t) if qtype != "multi_choice" else None
    if qtype in ("nps", "scale", "yes_no"):
        cannot_tell = cannot_tell or NOT_TRIED.search(t)
    if read.status == "invalid" and cannot_tell and not numbers_in(_prep_numbers(t)):
        # "I wasn't there, I left my sister in charge", "I haven't even opened it yet": the caller
        # cannot tell, which is a don't-know when nothing in the answer gives a value.
        if question.allow_dont_know:
            return Normalised("dont_know", method="phrase")
        return Normalised("invalid", reason="your best guess")
    if read.status == "valid" and read.method not in LENIENT_METHODS and _SARCASM.search(t):
        # "Oh sure, a ten, if you like leaks in your roof": the value may not be meant (read back).
        return _valid(read.value, "inferred")
    return read


_ECHO_STOP = frozenset("a an the i you we it is was were did do does to of in on at for my your our me us".split())


def _without_echo(question: Any, t: str) -> str:
    """``t`` without a first sentence that only repeats the question back ("Was it clean when I
    arrived? It was spotless."): the caller thinking aloud, not a question to the agent."""
    m = re.match(r"\s*([^.!?]+)\?+\s+(?=\S)", t)
    if not m:
        return t
    said = set(re.findall(r"[a-z']+", m.group(1))) - _ECHO_STOP
    asked = set(re.findall(r"[a-z']+", clean(getattr(question, "text", "") or ""))) - _ECHO_STOP
    return t[m.end() :] if said and len(said & asked) >= max(1, 0.8 * len(said)) else t


# Sarcasm markers: the caller may mean the opposite of the value they say.
_SARCASM = re.compile(
    r"\bif you (?:like|enjoy|love|fancy|want|prefer|don'?t mind) (?!it\b|that\b|me\b)\w+|\bsaid no one\b|"
    r"\byeah,? right\b|^\W*oh,? sure\b|\bas if\b|\bnot!"
)


def _normalise_typed(question: Any, t: str, today: date | None) -> Normalised:
    """``t`` (cleaned) read by the rules of the question's type."""
    qtype = question.type
    if qtype == "nps":
        by_number = _int_in_range(t, 0, 10, "a whole number")
        if by_number.status != "valid" and not numbers_in(_prep_numbers(t)):
            # "Somewhere in the middle", "halfway" on 0-10 (eleven points): the midpoint, read back.
            return _scale_point(t, 0, 10, extremes=False) or by_number
        return by_number
    if qtype == "scale":
        return _normalise_scale(question, t)
    if qtype == "yes_no":
        return _normalise_yes_no(question, t)
    if qtype in ("single_choice", "multi_choice"):
        return _normalise_choice(question, t)
    if qtype == "number":
        return _normalise_number(question, t)
    if qtype == "date":
        return _normalise_date(question, t, today or date.today())
    # open: the words themselves (normalise passes them through)
    return _valid(t, "exact")


def _refused_or_dont_know(question: Any, t: str, today: date | None = None) -> Normalised | None:
    """A refusal or a "don't know" (``refused`` / ``dont_know`` when the question allows them, else
    invalid), or None. A number given to a numeric question is never read as either."""
    qtype = question.type
    # "None of your business" holds no zero.
    plain = re.sub(r"\bnone of (your|ur) (damn |damned |god damn )?business\b", " ", t)
    if qtype in ("nps", "scale", "number") and _numbers(plain, rating=qtype != "number")[0]:
        return None
    if qtype == "yes_no" and (yesno.threshold_reading(question, t) is not None or yesno.double_negative(t)):
        # "Ten or twenty minutes, I can't remember which": amounts; "I can't say we didn't wait": a
        # double negative, not a don't-know. Both are asked again.
        return None
    if qtype == "date" and not is_refusal(t) and _dated(question, t, today):
        return None  # "Not sure, maybe the 20th" (read back), "Monday or Tuesday, can't remember" (asked again)
    if is_refusal(t):
        if question.allow_refused:
            return Normalised("refused", method="phrase")
        return Normalised("invalid", reason="an answer to this question")
    # "Plus or Ultra, not sure yet": two choices named with a doubt is an ambiguous answer to ask
    # again, not a don't-know; "Meeting rooms. Oh, and the book club, I forgot." names its choices
    # (read back by _normalise_choice), the doubt is about something else.
    named, how = match_choices_how(question, t) if qtype in ("single_choice", "multi_choice") else ([], "")
    torn = bool(named) and how != "fuzzy"
    # "I never ride in the evening" to "how safe do you feel in the evening?": the rating does not
    # apply to them, which is coded as don't know.
    not_applicable = qtype in ("nps", "scale") and bool(NOT_APPLICABLE.search(t))
    if qtype == "open" and says_more(t):
        return None  # "I dunno, maybe more parking?": the words are the open answer
    if (is_dont_know(t) or not_applicable) and not (qtype == "yes_no" and _any(yesno.SOFT_NO, t)) and not torn:
        if question.allow_dont_know:
            return Normalised("dont_know", method="phrase")
        return Normalised("invalid", reason="your best guess")
    return None


def _normalise_scale(question: Any, t: str) -> Normalised:
    lo, hi = question.bounds
    if re.search(r"\bbetween\b.+\band\b", t):
        # "Somewhere between none and moderate", "between a 3 and a 4": two points, asked again
        return Normalised("invalid", reason=f"one number from {lo:g} to {hi:g}")
    label = scales.label_value(question, t)
    said = scales.intensified_labels(question, t)
    if len(said) > 1:
        # "Somewhere between neutral and extremely satisfied": two labels, asked again
        return Normalised("invalid", reason=f"one number from {lo:g} to {hi:g}")
    if label is None and said and not numbers_in(_prep_numbers(t)):
        return _valid(said.pop(), "inferred")  # "extremely satisfied" for "very satisfied": read back
    by_number = _int_in_range(t, lo, hi, "a number")
    if label is None and by_number.status != "valid" and not numbers_in(_prep_numbers(t)):
        point = _scale_point(t, lo, hi)
        if point is not None:
            return point
    if label is not None:
        if by_number.status == "valid" and by_number.value != label:
            # "very satisfied, a four": the number is what they chose, but read it back.
            return _valid(by_number.value, "inferred")
        if by_number.status == "valid" or not numbers_in(_prep_numbers(t)):
            return _valid(label, "label" if not _any(_HEDGES, t) else "hedged")
    return by_number


def _scale_point(t: str, lo: float, hi: float, extremes: bool = True) -> Normalised | None:
    """A point of ``lo``..``hi`` said in words (:func:`scales.point_in_words`), read back; the
    middle of an even scale is asked again."""
    point = scales.point_in_words(t, lo, hi, extremes)
    if point == scales.NO_MIDDLE:
        return Normalised("invalid", reason=f"a number from {lo:g} to {hi:g}")
    return None if point is None else _valid(point, "inferred")


def _normalise_yes_no(question: Any, t: str) -> Normalised:
    why_not = yesno.unanswered(t)
    if why_not == "someone_else":
        return (
            Normalised("dont_know", method="phrase")
            if question.allow_dont_know
            else Normalised("invalid", reason="yes or no")
        )
    if (
        why_not in ("question", "unclear")
        or yesno.double_negative(t)
        or yesno.split_answer(t)
        or re.search(r"\b(yes and no|no and yes)\b", t)
    ):
        # "I wouldn't say we didn't wait long", "yes for the room, no for the bathroom": no safe reading.
        return Normalised("invalid", reason="yes or no")
    by_amount = yesno.threshold_reading(question, t)
    if by_amount is not None:
        # "Exactly fifteen" to "more than fifteen minutes?" is a no (read back), never the "exactly"
        # as a yes; amounts on both sides of it, or a yes/no word they contradict, are asked again.
        yn = yesno.reading(re.sub(r"\b(exactly|precisely|definitely)\b", " ", t))[0]
        ok = by_amount != "ambiguous" and yn in (None, by_amount)
        return _valid(by_amount, "inferred") if ok else Normalised("invalid", reason="yes or no")
    fine = yesno.all_fine_reading(question, t)
    if fine is not None:
        return _valid(fine, "inferred")  # "Fine." to "Did anything arrive broken?" is a no
    flipped = yesno.antonym_reading(question, t) or yesno.synonym_reading(question, t)
    if flipped is not None:
        return _valid(flipped, "inferred")
    t = quantities.OTHER_RATER.sub(" ", t).strip() or t  # "I'd say no, but my wife would say yes"
    tail = _self_corrected_tail(t)
    taken_back = re.match(r"^\W*(no|nope|nah|yes|yeah|yep)\W+(wait|sorry|i mean|actually|hang on|hold on)\b\W*", t)
    if taken_back and tail == t and yesno.reading(t[taken_back.end() :])[0]:
        tail = t[taken_back.end() :]  # "No, wait, yes, it came Friday": the first word is taken back
    yn, method = yesno.reading(tail)
    if tail != t and yn is not None:
        method = "self-corrected"
    elif tail != t:
        yn, method = yesno.reading(t)
    if yn is None and not _any(yesno.BOTH, t):
        yn, method = inferred.implied_yes_no(question, t), "inferred"
    return _valid(yn, method) if yn else Normalised("invalid", reason="yes or no")


def _normalise_choice(question: Any, t: str) -> Normalised:
    labels = ", ".join(c.label for c in question.choices)
    if question.type == "multi_choice":
        many = _many_choices(question, t, labels)
        if many is not None:
            return many
    codes, method = match_choices_how(question, t)
    tail = _self_corrected_tail(t)
    if question.type == "multi_choice" and re.search(r"\bno\s*$", t[: t.rfind(tail)]):
        if not match_choices_how(question, "no " + tail)[0]:
            tail = t  # "gym and pool, no sauna": the choice after "no" is left out, nothing is taken back
    if tail != t:
        # "Whichever is cheapest... no, the Plus", "Online. No wait, I phoned it in": what follows
        # the self-correction counts ("..., oh and the ferry too" adds to what came before).
        later, how = match_choices_how(question, tail)
        if question.type == "single_choice" and len(later) > 1 and how != "fuzzy":
            # "A filling. Oh, no, sorry, it was the extraction, the filling is next month": the
            # choice taken back is named again as an aside; the one new choice is the answer.
            before = match_choices_how(question, t[: t.rfind(tail)])[0]
            new = [c for c in later if c not in before]
            if (
                before
                and len(new) == 1
                and set(later) - set(new) <= set(before)
                and not re.search(r"\bor\b", tail)
                and choices.first_named(question, tail, later) == new[0]
            ):
                later = new
        if later and (question.type == "multi_choice" or len(later) == 1) and how != "fuzzy" and later != codes:
            if question.type == "multi_choice" and re.search(r"\b(too|also|as well|plus)\b", tail):
                later = [c.code for c in question.choices if c.code in codes or c.code in later]
            codes, method = later, "self-corrected"
    if method in ("exact", "phrase") and _any(_HEDGES, t):
        method = "hedged"
    if method not in LENIENT_METHODS and is_dont_know(t):
        method = "inferred"  # a choice named beside "I forgot", "not sure": read back
    if question.type == "multi_choice" and codes and method not in LENIENT_METHODS and unnamed_items(question, t):
        method = "inferred"  # "Libby, and the photocopier": a listed item that names no choice
    more = choices.choices_by_stem(question, t) if question.type == "multi_choice" and codes else []
    if set(more) - set(codes) and not set(codes) & set(_none_choices(question)):
        # "The packers and the cleaners": one named, one by another form of its word (read back)
        codes, method = [c.code for c in question.choices if c.code in codes or c.code in more], "inferred"
    if question.type == "single_choice" and len(codes) > 1:
        # "Books and a couple of DVDs, but mostly the books": one choice singled out as the main one.
        main = choices.main_choice(question, t, codes)
        if main:
            codes, method = [main], "inferred"
    if not codes:
        # "Had to print my boarding pass", "They packed everything": a form of a choice's own word
        codes = choices.choices_by_stem(question, t)
        if question.type == "single_choice" and len(codes) > 1:
            codes = []
        method = "inferred" if codes else method
    if question.type == "single_choice":
        if len(codes) == 1:
            return _valid(codes[0], method)
        return Normalised("invalid", reason=f"one of: {labels}")
    return _valid(codes, method) if codes else Normalised("invalid", reason=f"one or more of: {labels}")


def _many_choices(question: Any, t: str, labels: str) -> Normalised | None:
    """Multi-choice answers by phrase: "all of them" (but...), ordinals ("the first and third"),
    "none"; None when the answer names choices some other way."""
    if re.search(r"^(none|nothing|neither|none of (them|those|these|the above))\b", t):
        # A choice that means none ("None of them", "No classes") is the answer, not an empty list;
        # it comes first: "None of those, we did everything ourselves" says no service.
        return _valid(_none_choices(question)[:1], "phrase")
    every = all_choices_said(question, t)
    # "All of them" never takes in the question's own "none of them" choice.
    some = [c.code for c in question.choices if c.code not in _none_choices(question)]
    if every:
        rest = re.search(r"\b(except|but|apart from|other than|besides|save|excluding|minus)\b(.*)$", t)
        if rest:
            left_out = match_choices_how(question, rest.group(2))[0]
            if not left_out:
                return Normalised("invalid", reason=f"one or more of: {labels}")
            return _valid([code for code in some if code not in left_out], "inferred")
        return _valid(some, "phrase")
    picked = ordinal_choices(question, t)
    if picked is not None:
        return _valid(picked, "ordinal") if picked else Normalised("invalid", reason=f"one or more of: {labels}")
    return None


def _none_choices(question: Any) -> list[str]:
    """Codes of the choices that mean none ("none of them", "no classes")."""
    return [c.code for c in question.choices if re.match(r"(none|no|nothing)\b", f"{c.code} {c.label}".lower())]


# The total a caller ends a sum with: "..., so ten", "... which makes twelve", "... that's 20 in all".
_STATED_TOTAL = re.compile(
    r"(?:^|[,;.]\s*|\s)(?:so|that'?s|which is|which makes|that makes|makes|makes it|equals|for a total of)\s+"
    r"(?:about |around )?([a-z0-9 -]+?)(?:\s+(?:in total|total|altogether|all together|in all))?\s*[.!]?\s*$"
)


def _implied_count(question: Any, t: str) -> int | None:
    """A count the answer gives by its parts: people listed ("me and two kids"), rides per day and
    days ("twice a day, Monday to Friday"), things ("two dogs and a cat"); None, or
    :data:`inferred.UNCOUNTED` when a list cannot be counted (asked again)."""
    tail = _self_corrected_tail(t)
    implied = inferred.people_count(question, tail)
    if implied is None:
        implied = units.per_week_count(question, t)
    if implied is None:
        implied = inferred.parts_count(question, tail)
    return implied


def _normalise_number(question: Any, t: str) -> Normalised:
    t = inferred.counted_one(question, t)
    own = units.counted_in_own_unit(question, t)
    elsewhere = units.counted_elsewhere(question, t) or units.other_measure(question, t) if own is None else None
    in_unit = quantities.answer_in_unit(question, t)
    if elsewhere and in_unit is not None:
        elsewhere = None  # "About three hours, cost me $450": the hours are said, the money is beside them
    if elsewhere:
        return Normalised("invalid", reason=elsewhere)
    said = quantities.without_clock_times(question, t)  # "at 2" is a time, "3 guys" a crew: no duration
    nums, method = _numbers(said)
    if said != t and nums:
        method = "inferred"  # what is left after setting numbers aside is read back
    if own is not None and nums != [own]:
        nums, method = [own], "inferred"  # "three nights, four days": the question's own unit (read back)
    implied = _implied_count(question, t)
    if implied == inferred.UNCOUNTED:
        return Normalised("invalid", reason="how many in all")
    if implied is not None:
        # "me and two kids" is three people, "twice a day, Monday to Friday" ten rides: read back.
        nums, method = [float(implied)], "inferred"
    duration = units.duration_in_unit(question, t)
    if duration is not None:
        # "Two hours" to a question in minutes is 120, never 2; an unconvertible unit is asked again.
        if duration != duration:
            return Normalised("invalid", reason=f"a number of {units.question_unit(question)}s")
        nums, method = [duration], "inferred"
    if not nums and re.search(
        r"^((it was|it'?s|there was) )?(just|only) (me|myself)\b|\bby myself\b|\bon my own\b|^(me )?alone\b", t
    ):
        nums, method = [1.0], "phrase"
    if not nums:
        zero = _zero(question, t)
        nums, method = ([0.0], zero) if zero else (nums, method)
    occasions = quantities.occasions(question, t, nums)
    if occasions == []:
        return Normalised("invalid", reason="just one number")  # "twice, maybe three times"
    if occasions is not None:
        nums, method = occasions, "phrase"
    cents = re.search(r"\b([a-z0-9 -]+?) dollars? and ([a-z0-9 -]+?) cents?\b", t)
    if cents and len(numbers_in(cents.group(1))) == 1 and len(numbers_in(cents.group(2))) == 1:
        nums, method = [round(numbers_in(cents.group(1))[0] + numbers_in(cents.group(2))[0] / 100, 2)], "phrase"
    if len(nums) == 2 and implied is None:
        hundreds = inferred.hundreds_elided(t)
        if hundreds is not None:
            nums, method = [float(hundreds)], "inferred"
    if in_unit is not None and len(nums) != 1 and implied is None and duration is None:
        # "Three men, five hours", "About three hours, cost me four hundred and fifty bucks": the
        # one number with the question's unit when every other counts something else (read back);
        # "a couple of hours" is two.
        nums, method = [in_unit], "inferred"
    total = _STATED_TOTAL.search(t)
    said = total.group(1).split() if total else []
    if (
        len(nums) > 1
        and len(numbers_in(" ".join(said))) == 1
        and all(numbers_in(w) or w in ("and", "a", "hundred") for w in said)
        and not re.search(r"\bor\b", t)
    ):
        # "Twice a day, five days, so ten": the caller's own total ends the sum (read back).
        nums, method = numbers_in(total.group(1)), "inferred"
    lo, hi = question.bounds
    rng = f" from {lo:g} to {hi:g}" if lo is not None and hi is not None else ""
    if len(nums) != 1 or quantities.no_single_count(t, plain=method in ("exact", "phrase") and own is None):
        # "under ten minutes" is a bound, "3 cats 3 dogs" two counts: no number to store
        return Normalised("invalid", reason=f"a number{rng}" if len(nums) < 2 else f"just one number{rng}")
    n = nums[0]
    if _outside(question, n, lo, hi):
        return Normalised("invalid", reason=f"a number{rng}")
    return _valid(int(n) if n == int(n) else n, method)


def _dated(question: Any, t: str, today: date | None) -> bool:
    """True when a date answer gives a date, or two joined by "or": values, not a don't-know."""
    d, how = date_answers.read_date(t, today or date.today(), question_tense(question))
    return d is not None or (how == "ambiguous" and bool(re.search(r"\bor\b", t)))


def _outside(question: Any, n: float, lo: float | None, hi: float | None) -> bool:
    """True when ``n`` is out of the question's range, or a fraction of a person ("two and a half,
    if you count the dog")."""
    return (
        (lo is not None and n < lo) or (hi is not None and n > hi) or (n != int(n) and inferred.counts_people(question))
    )


def _zero(question: Any, t: str) -> str | None:
    """The method of a zero said without a number ("Nothing", "None", "not a penny": ``phrase``;
    "No wait at all", "I didn't wait" to "how many minutes did you wait?": ``inferred``), or None."""
    if re.match(r"(nothing|none|not a (penny|cent|dime|thing)|zero)\b", t):
        return "phrase"
    return "inferred" if quantities.none_of_it(question, t) else None


def _normalise_date(question: Any, t: str, today: date) -> Normalised:
    tense = question_tense(question)
    d, how = date_answers.answer_date(t, _self_corrected_tail(t), today, tense)
    if d is not None and (tense == "past" and d > today or tense == "future" and d < today):
        # "Tomorrow" for the date of a past visit: out of range, never moved to another year.
        return Normalised("invalid", reason="a date in the past" if tense == "past" else "a date from today on")
    if d is None:
        reason = (
            "one date, for example Friday the 4th"
            if how == "ambiguous"
            else "a date, such as last Tuesday or March 3rd"
        )
        return Normalised("invalid", reason=reason)
    if how in ("exact", "phrase") and _any(_HEDGES, t):
        how = "hedged"
    return _valid(d.isoformat(), how)


def validate_value(question: Any, value: Any) -> Normalised:
    """Check an already-normalised ``value`` (e.g. given by an LLM tool call) against the question."""
    if isinstance(value, str):
        return normalise(question, value)
    if isinstance(value, bool):
        return normalise(question, "yes" if value else "no")
    if isinstance(value, (int, float)):
        return normalise(question, repr(value))
    if isinstance(value, list) and question.type == "multi_choice":
        codes = {c.code for c in question.choices}
        if all(v in codes for v in value):
            return _valid([c.code for c in question.choices if c.code in value], "exact")
        return Normalised("invalid", reason="choice codes: " + ", ".join(sorted(codes)))
    return Normalised("invalid", reason=f"an answer of type {question.type}")


def describe(question: Any, value: Any) -> str:
    """A short spoken form of a normalised value ("nine", "online", "yes") for confirmations."""
    if question.type in ("single_choice", "multi_choice"):
        labels = {c.code: c.label for c in question.choices}
        if isinstance(value, list):
            return " and ".join(labels.get(v, v) for v in value) or "none of them"
        return labels.get(value, str(value))
    if question.type in ("nps", "scale", "number") and isinstance(value, (int, float)) and value == int(value):
        from customario.dialogue.spoken import number_words

        try:
            return number_words(int(value))
        except ValueError:
            return str(value)
    if question.type == "date" and isinstance(value, str):
        try:
            return date.fromisoformat(value).strftime("%A %B %-d, %Y")
        except ValueError:
            return value
    return str(value)
