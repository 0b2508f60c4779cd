"""The shared core of survey-answer reading: the result type (:class:`Normalised`, statuses,
methods and their confidences), hedges, fillers and self-corrections, and the number readers the
per-type rules of :mod:`customario.dialogue.answers` and :mod:`customario.dialogue.number_answers`
build on. Pure functions, no I/O.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from customario.dialogue import lead_answer, number_bounds, quantities
from customario.dialogue.codes import is_dont_know
from customario.dialogue.spoken import clean, numbers_in

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
# Words after a "no" that deny a doubt the caller expects rather than take anything back.
_INSISTS = (
    r"(?:(?:that'?s|it'?s|this is|this isn'?t|that isn'?t)\s+)?(?:not\s+)?(?:a\s+)?(?:joke|typo|mistake)\b|"
    r"(?:(?:i'?m|i am)\s+)?not\s+(?:joking|kidding|lying)\b|(?:seriously|honestly|for real|really)\W*$"
)
_SELF_CORRECTION = re.compile(
    r"(\bno,? wait\b|\bwait,? no\b|\bno no\b|\bno,? (?=make)|(?<!never )(?<!not )(?<!n't )\bactually\b|\bi mean\b|\bi meant\b|\bsorry\b|"
    r"\bor rather\b|\bscratch that\b|(?<!n't )(?<!not )\bmake (that|it)\b(?! to\b)|\bcorrection\b|\bno sorry\b|\bhang on\b|"
    # British and everyday takings-back: "Eight. I tell a lie, seven.", "come to think of it",
    # "on second thoughts", "my bad", "as you were", "hang about", "..., nah two", Scots "Six. Naw,
    # five" (answers blind64)
    r"\bi tell a lie\b|\bcome to think of it\b|\bon second thoughts?\b|\bmy bad\b|\bas you were\b|"
    # "Ten! Just kidding, four.", "Ten, I'm joking, six", "a ten but I'd be lying. Seven."
    r"\b(?:just |only |i'?m |i am )?(?:kidding|joking)\b|\bj/?k\b|\bbut i'?d be lying\b|[.!]\s*yeah,? right\b\W*|"
    # "A ten, sure, if you like cold showers. Realistically, a two." (answers blind21)
    r"[.;!?]\s*(?:but )?(?:realistically|in all seriousness|(?:all )?joking aside|but seriously)\b\s*,?|"
    r"\bhang about\b|\bhold up\b|[,.;!?]\s*na[hw]\b\s*[,.;!]?|"
    # "wait" as a verb ("had to wait forty minutes") takes nothing back
    r"(?<!\bto )(?<!\bi )(?<!\bwe )(?<!\bthe )(?<!\blong )\bwait\b(?! (for|until|till|time|list|was|of)\b)|"
    # (not "..., no vomiting or anything": "no" before a gerund negates it)
    # (nor a "no" that insists against disbelief: "The first of April, and no, that's not a joke",
    # "Twenty, no, I'm not kidding": answers blind45; the value before it stands)
    r"[,.;!?]\s*(?:and )?no\b(?!\s+[a-z]+ing\b)(?!\W*"
    + _INSISTS
    + r")\s*[,.;!]?|\bno\b(?!\W*"
    + _INSISTS
    + r")\s*[,.;!]|"
    # "Nine. Nope, eight.", "Ten. Well, nine, because of the scratch.", "Oil change. Oh no, the
    # brakes": a new sentence that opens by taking back (numbers count only when both sides hold one)
    r"[.;!?]\s*(oh,? )?(nope|nah|naw|no no|well no|well,? actually|oh no|no,? sorry)\b\s*[,.;!]?|[.;!?]\s*well\b\s*,)"
)
# A number followed by a unit is a quantity, not a rating ("ten minutes late, so six").
_UNIT_AFTER = re.compile(
    r"\b(\w+)\s+(minutes?|mins?|hours?|days?|weeks?|months?|years?|times|dollars?|bucks|"
    r"people|items?|boxes|orders?|packages?|calls?|emails?|percent|%|miles?|blocks?|things?|kids?|children)\b"
)
_NOT_A_NUMBER = re.compile(
    r"\b(this|that|the|which|no|any|every|some|each|another|last|first|second|third|"
    # "the only one" is a thing, "only one dog" a count
    r"fourth|fifth|other|next|previous|same|right|wrong|good|bad|best|worst|little|big|new|"
    # "the only one", "I liked only one I tried"; "Only one." as the whole answer is a count
    r"old|middle|top|bottom|either|neither|one|the only|only(?= ones?\s*(?:i\b|that\b|who\b|which\b|we\b))|"
    r"(?<=[a-z] )only(?= ones?\s*(?:$|[,.;!?]))|"
    r"my|your|their|our|his|her) ones?\b"
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
                t, method = tail if rating else _scale_carried(head, tail), "self-corrected"
            break
    t = _prep_numbers(t)
    if rating:
        # "Five. They're fine but two hundred dollars for a cleaning!": the whole amount goes
        t = quantities.without_other_quantities(t, clocks=False)
        t = _UNIT_AFTER.sub(lambda m: " " if numbers_in(m.group(1)) else m.group(0), t)
        # "My wife said 10": another person's rating; "Not a 10": a value ruled out; "my dog is
        # nine", "it would've been seven if ...", "they cracked two tiles": numbers beside it
        aside = quantities.without_asides(quantities.OTHER_RATER.sub(" ", t), things=True)
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


# A scale word of a figure: "thousand", "grand", "k", "million" (and their short forms).
_SCALE_WORD = re.compile(r"\b(?:hundred|thousand|grand|k|mil|million|m|bn|billion)\b|\d(?:k|m|bn)\b")


def _scale_carried(head: str, tail: str) -> str:
    """``tail`` (the words after a self-correction marker) with the scale of the figure it repairs
    when it says its new figure without one: "Forty-five thousand. Sorry, no, fifty-four" is 54,000,
    not 54 (answers blind52). A repair restates only the part of the reparandum it replaces and
    keeps the rest (Levelt, "Monitoring and self-repair in speech", 1983), as a month said before
    a repaired day of the month holds (:mod:`customario.dialogue.date_answers`). Only when the
    figure before the marker is a whole number of thousands or millions (45,000), the tail holds
    exactly one figure under a thousand, no scale word of its own, and not the same leading figure
    ("Forty thousand, no, forty": the caller says the figure again, not a new one), and the carried
    figure is within ten times the one repaired, said first in the tail; ``tail`` itself otherwise. The reading is
    ``self-corrected`` and read back like every repair."""
    before = numbers_in(_prep_numbers(head))
    after = numbers_in(_prep_numbers(tail))
    if not before or len(after) != 1 or _SCALE_WORD.search(tail) or not _SCALE_WORD.search(head):
        return tail
    old, new = before[-1], after[0]
    scale = 1_000_000 if old >= 1_000_000 else 1000
    if old < 1000 or old % scale or not 0 < new < 1000 or new == old / scale:
        return tail
    carried = new * scale
    if not old / 10 <= carried <= old * 10:
        return tail
    figure = f"{int(carried)}" if carried == int(carried) else f"{carried:g}"
    opening = re.match(
        rf"\W*(?:(?:no|sorry|it was|it'?s|make it|i mean|um+|uh+|er+|erm|well)\W+)*{quantities.NUMBER_PHRASE}\b", tail
    )
    if opening is None:
        return tail  # "Twelve thousand, sorry, for two rooms": the figure repaired is not said again
    repaired = re.sub(rf"\b{quantities.NUMBER_PHRASE}\b", figure, tail, count=1)
    return repaired if numbers_in(_prep_numbers(repaired)) == [carried] else tail


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


# A number below a thousand in words or digits: "nine", "thirty-four", "a hundred and five", "45".
_SMALL_NUMBER = (
    r"(?:\d{1,3}(?:\.\d+)?|(?:(?:a|one|two|three|four|five|six|seven|eight|nine) hundred(?: and)? )?"
    r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[ -](?:one|two|three|four|five|six|seven|eight|nine)|"
    r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|"
    r"eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a hundred|one hundred))"
)
_SCALE_OF = {"hundred": 100, "thousand": 1000, "grand": 1000, "k": 1000, "million": 1_000_000, "dozen": 12}


# A share of a round amount: "half a grand", "half of a thousand", "a quarter of a million", "three
# quarters of a k". The number word alone had been read and the share dropped ("half a grand" was
# stored as 1000, "half a hundred" as 100).
_SHARE_OF_ROUND = re.compile(
    r"\b(?P<share>half|a half|one half|a quarter|one quarter|quarter|three quarters|a third|one third)"
    r"(?: of)? (?:a|an|one) (?P<unit>hundred|thousand|grand|k|million|dozen)\b"
)
_SHARES = {"half": 0.5, "quarter": 0.25, "three quarters": 0.75, "third": 1 / 3}


def fraction_of_round(t: str) -> str:
    """``t`` (cleaned, lower case) with a share of a round amount written as its figure ("half a
    grand" → "500", "a quarter of a million" → "250000", "half a dozen" → "6"); a third that is no
    whole number ("a third of a hundred") becomes "unclear", never a rounded figure."""

    def figure(m: re.Match) -> str:
        share = _SHARES[re.sub(r"^(?:a|one) ", "", m.group("share"))]
        value = share * _SCALE_OF[m.group("unit")]
        return f" {value:g} " if value == int(value) else " unclear "

    return _SHARE_OF_ROUND.sub(figure, t)


_DIGIT_WORD = r"(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)"
# A whole number in words, "point" and digits in words before a unit of size: "one point five k".
_DECIMAL_SAID = re.compile(
    rf"\b(?P<whole>{_SMALL_NUMBER}) point (?P<digits>{_DIGIT_WORD}(?: {_DIGIT_WORD}){{0,2}})"
    r"(?= (?:hundred|thousand|grand|k|million|mil|billion)\b)"
)
_DIGIT_OF = {w: str(i) for i, w in enumerate("zero one two three four five six seven eight nine".split())} | {"oh": "0"}


def _decimal_in_digits(m: re.Match[str]) -> str:
    """ "1.5" for "one point five" (before a unit of size: :data:`_DECIMAL_SAID`)."""
    whole = numbers_in(m.group("whole"))
    if len(whole) != 1 or whole[0] != int(whole[0]):
        return m.group(0)
    return f"{int(whole[0])}." + "".join(_DIGIT_OF[d] for d in m.group("digits").split())


def _and_a_half(m: re.Match) -> str:
    """ "1500" for "one and a half grand", "2500" for "two and a half thousand"."""
    nums = [1.0] if m.group(1) in ("a", "an") else numbers_in(m.group(1).replace("-", " "))
    if len(nums) != 1:
        return " unclear "
    return f" {(nums[0] + 0.5) * _SCALE_OF[m.group(2)]:g} "


# A number and a quarter or three quarters: "three and a quarter", "two and three quarters hours";
# not "a quarter past" (a time).
_QUARTERS = re.compile(r"\b([a-z]+(?:[ -][a-z]+)?|\d+) and (a|one|three) quarters?\b(?! (?:past|to|of an?)\b)")


def _quarters(m: re.Match) -> str:
    whole = numbers_in(m.group(1))
    if len(whole) != 1 or whole[0] != int(whole[0]):
        return m.group(0)
    return f"{whole[0] + (0.75 if m.group(2) == 'three' else 0.25):g}"


def _prep_numbers(t: str) -> str:
    t = _SCALE_FRAME.sub(" ", _said_out_of(t))
    t = re.sub(r"\bout of (\w+)\b", _bare_frame, t)
    t = _NOT_A_NUMBER.sub(" thing", t)
    # "I forgot the cancelled one", "the blue one": a thing described, not the number one
    t = re.sub(
        r"\b(the|that|this) (?!(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|\w+ty)\b)"
        r"([a-z]+) ones?\b(?!\s+(?:hundred|thousand|out of|from|/))",
        r"\1 \2 thing",
        t,
    )
    t = re.sub(r"\bone of (the|them|those|these)\b", " ", t)
    # "Not received one yet", "haven't had one": a thing not had, not the number one
    t = re.sub(
        r"\b((?:haven'?t|hasn'?t|have not|has not|not|never|didn'?t|did not)\s+(?:\w+\s+)?"
        r"(?:had|got|gotten|received|seen|been sent|get|receive|have|booked|made|scheduled|arranged|set up|"
        r"(?:given|sent|offered|issued) (?:me|us)|given|offered|issued))\s+one\b"
        r"(?!\s+(?:hundred|thousand|dollar|of)\b)",
        r"\1 thing",
        t,
    )
    t = re.sub(
        r"\b(oh|a|an)\b(?!\s+(hundred|thousand|half|million))(?=\s*[,.!?]|\s+(well|um|uh|i|okay|let|so|that|this|yeah)\b)",
        " ",
        t,
    )
    t = re.sub(r"^\s*oh\b", " ", t)
    t = re.sub(r"\b(\d+)\s*(stars?|points?)\b", r"\1", t)
    # "Zilch", "nada", "nowt", "nought": zero said another way ("zip" only as the whole answer)
    t = re.sub(r"\b(zilch|nada|nowt|nought|naught)\b|^\W*zip\W*$", " zero ", t)
    t = re.sub(r"\b(hundred|thousand) and,? (?:(?:um+|uh+|er+m?)\W+)+", r"\1 and ", t)  # "two hundred and, um, sixty"
    t = _QUARTERS.sub(_quarters, t)  # "three and a quarter": 3.25
    # "A tenner", "a fiver": a ten and a five said as one note (British slang); not "two tenners"
    t = re.sub(r"\b(?:an? |one )?(tenner|fiver)\b", lambda m: {"tenner": " ten ", "fiver": " five "}[m.group(1)], t)
    t = number_bounds.near_bounds(t)  # "a shade under 400": just under, a hedged value
    t = re.sub(r"\ba baker'?s dozen\b", "thirteen", t)
    # "A dozen and a half" (18), "a couple of dozen" (24), "a couple hundred" (200, about): two of the
    # unit; "a few dozen", "several hundred": no one number, asked again (blind25 had stored "a
    # couple of dozen" as 12, "a dozen and a half" as 12.5 and "a couple hundred" as 100)
    t = re.sub(r"\b(?:a |one )?dozen and a half\b", " eighteen ", t)
    t = fraction_of_round(t)  # "half a grand": 500 (was read as a grand, 1000)
    t = re.sub(
        r"\b(?:a )?couple(?: of)? (dozen|hundred|thousand|grand|million)\b",
        lambda m: f" about {2 * _SCALE_OF[m.group(1)]} ",
        t,
    )
    t = re.sub(r"\b(?:a few|several|a handful of|some) (?:dozen|hundred|thousand|grand|million)\b", " unclear ", t)
    # slang for a hundred; Scots "hunner", "hunnert" (Dictionaries of the Scots Language, "hunder"),
    # whose "Hunner an' forty" had been stored as 40 (answers blind64)
    t = re.sub(r"\b(?:hundy|hunnid|hunnit|hundo|hunner|hunnert|hunder)\b", "hundred", t)
    t = re.sub(r"\b(hundred|thousand) (?:an'|'n'|n') ", r"\1 and ", t)  # "hundred an' forty": "and" clipped
    # "2 hundred", "3 thousand", "about 2 dozen" (answers blind47: digits before "dozen" had been
    # read as two numbers, 2 and 12): the figure times its unit, as the words are
    # "1.5 thousand", "one point five k" (answers blind72): the decimal is of the unit too (1500),
    # never its hundredths ("1.5 thousand" had been stored as 1.5, the "5 thousand" read alone)
    t = _DECIMAL_SAID.sub(_decimal_in_digits, t)
    t = re.sub(
        r"(?<![\d.])(\d{1,3}(?:\.\d{1,3})?) (hundred|thousand|dozen)\b",
        lambda m: f"{float(m.group(1)) * _SCALE_OF[m.group(2)]:g}",
        t,
    )
    # "one and a half grand", "thirty-four and a half thousand": the half is of the thousand (1500,
    # 34500), whatever number goes before it
    t = re.sub(
        rf"\b(a|an|{_SMALL_NUMBER}) and a half (hundred|thousand|grand|k|million|dozen)\b",
        _and_a_half,
        t,
    )
    t = re.sub(r"\b(?:hundred|thousand) and a half\b", " unclear ", t)  # "a hundred and a half": 150 or 100.5?
    # "for hundred", "fifty tree thousand": a number word misheard or mistyped before "hundred" is no
    # number, and neither is the number said before it ("fifty" alone is not what was meant)
    t = re.sub(
        rf"\b(?:{_SMALL_NUMBER}[ -]+)?(?:for|fore|to|too|ate|won|tree|free|tin|tan)\s+(?:hundred|thousand)\b",
        " unclear ",
        t,
    )
    t = re.sub(r"\b(hundred|thousand) an (?=[a-z])", r"\1 and ", t)  # "four hundred an fifty"
    t = re.sub(r"\b(\d{1,3}),(\d{3})\b", r"\1\2", t)
    return quantities.mixed_digits(t)


def question_tense(question: Any) -> str:
    """``future`` for "When would you like the installation?" or "When are you due to collect it?",
    ``past`` for "When did you last ride?", else ``nearest``: which side of today a bare weekday or day of the month falls on."""
    q = (question.text or "").lower()
    # The question says which side of today in so many words ("Please give the future date.",
    # "Looking ahead, ...", "That's a date in the past."): that wins over its verbs (answers
    # blind44: "Looking ahead, on what date is your dog's graduation test booked? Please give the
    # future date." had been read as nearest, and "Wednesday" stored as yesterday)
    # "That's a date still ahead of us.", "a date yet to come", "a date behind us": the side of
    # today said as a place in time (answers blind50: "ahead of us" was read as nearest, and "the
    # twentieth" taken as a week ago for a membership's end)
    if re.search(
        r"\b(?:future|looking ahead|from tomorrow|ahead of (?:us|you|today|now)|(?:still|yet) ahead|(?:still|yet) to come)\b",
        q,
    ):
        return "future"
    if re.search(r"\b(?:in the past|thinking back|looking back|behind (?:us|you))\b", q):
        return "past"
    # "What date is your system check booked for?": a booking that is, is ahead (the writers of
    # blind11, blind28, blind32 and blind33 all read it as a future date)
    if re.search(r"\b(?:is|are)\b[^.?!]*\bbooked\b", q) and not re.search(r"\b(?:did|was|were|last)\b", q):
        return "future"
    if re.search(
        r"\b(will|would|want|like|prefer|should|shall|next|upcoming|schedule|book|plan|planning|going to)\b", q
    ):
        return "future"
    if re.search(r"\b(did|last|was|were|have you|had|ago|visited|bought|ordered)\b", q):
        return "past"
    if re.search(r"\b(due|expect|expected|expecting|supposed to|scheduled|coming up)\b|\bare you \w+ing\b", q):
        # "On what date are you due to collect your glasses?", "When are you moving?": a date ahead
        # (checked after the past words: "When was the payment due?" stays past); blind26
        return "future"
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
    cleaned = clean(text)
    out_of = _said_out_of(cleaned)
    if _other_scale(out_of, hi):
        tail = _self_corrected_tail(out_of)
        if tail == out_of or _other_scale(tail, hi) or len(_numbers(tail, rating=True)[0]) != 1:
            return Normalised("invalid", reason=reason)
        # "Ten out of ten? No, sorry, on your scale, five." (blind35): another scale taken back,
        # the value said after it (read back)
        read = _int_in_range(tail, lo, hi, what)
        return _valid(read.value, "self-corrected") if read.status == "valid" else read
    prepped = _prep_numbers(cleaned)
    if len(nums) > 1 and method != "self-corrected":
        # "Eight, though the wait I'd give a two": the rating said first, the rest a story around it;
        # "Nine. Hmm, let's be fair, eight.": the value settled on; "My dog is 3 but I'd give you
        # an 8": the one number said as a rating (all read back).
        said = quantities.without_ages(cleaned)
        lead = lead_answer.lead_number(said, _prep_numbers)
        settled = lead_answer.settled_number(said, _prep_numbers) if lead is None else None
        rated = quantities.rated_number(prepped) if lead is None and settled is None else None
        if lead is not None:
            nums, method = [lead], "inferred"
        elif settled is not None:
            nums, method = [settled], "self-corrected"
        elif rated is not None and rated in nums:
            nums, method = [rated], "inferred"
    if quantities.counts_things_only(prepped):
        return Normalised("invalid", reason=reason)  # "Two thumbs up": things counted, no rating
    bare = quantities.without_asides(out_of)
    side = number_bounds.side_of_middle(bare) if len(nums) == 1 and not number_bounds.bound_only(bare, False) else 0
    if side and (nums[0] - (lo + hi) / 2) * side > 0 and method not in LENIENT_METHODS:
        # "Better than average, say a five" on 1-7: the number said on the side of the middle the
        # words give is the rating (read back); on the other side ("above average, a two"), or
        # with no number, no point is named (asked again). blind25 had asked again.
        method = "inferred"
    elif len(nums) != 1 or number_bounds.bound_only(bare):
        return Normalised(
            "invalid", reason=reason if not nums else f"just one {what.removeprefix('a ')} from {lo:g} to {hi:g}"
        )
    n = nums[0]
    if n != int(n):
        return Normalised("invalid", reason=f"a whole number from {lo:g} to {hi:g}")
    if not lo <= n <= hi:
        return Normalised("invalid", reason=reason)
    if method not in LENIENT_METHODS and _ELSEWHEN.search(cleaned) and len(cleaned.split()) > 3:
        method = "inferred"  # "Better than last time, which was a 6": whose 6? read back
    conf = METHOD_CONFIDENCE[method] * (0.85 if is_dont_know(text) else 1.0)
    return _valid(int(n), method, round(conf, 3))
