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

The result type, hedges and the number readers live in :mod:`customario.dialogue.answer_core`,
the rules for number questions in :mod:`customario.dialogue.number_answers`, for scale questions
in :mod:`customario.dialogue.scale_answers`, for choices in :mod:`customario.dialogue.choice_answers`.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from customario.dialogue import (
    date_weeks,
    answer_jokes,
    answer_doubts,
    date_answers,
    date_asides,
    date_events,
    date_holidays,
    date_month_days,
    date_relative,
    intents,
    number_forms,
    number_readings,
    quantities,
    rating_irony,
    rough_amounts,
    scales,
    typos,
    unseen,
    yesno,
    yesno_scoffs,
)
from customario.dialogue.codes import (
    NOT_ATTENDED,
    NOT_RECEIVED,
    NOT_CHECKED,
    NOT_SPOKEN_TO,
    NOT_TRIED,
    NOT_WITNESSED,
)
from customario.dialogue.codes import (
    ASK_SOMEONE,
    asks_receipt,
    NOT_YET,
    someone_else_did,
    without_emphasis,
)
from customario.dialogue.choice_spans import word_stem
from customario.dialogue.spoken import clean, numbers_in, texted_words
from customario.dialogue.answer_core import (  # noqa: F401  (LENIENT_METHODS re-exported: tests, survey flow)
    LENIENT_METHODS,
    Normalised,
    _HEDGES,
    _any,
    _int_in_range,
    _numbers,
    _prep_numbers,
    _self_corrected_tail,
    _valid,
    question_tense,
)
from customario.dialogue.answer_codes import dated, refused_or_dont_know
from customario.dialogue.choice_answers import _normalise_choice
from customario.dialogue.choices import match_choices_how
from customario.dialogue.number_answers import _normalise_number
from customario.dialogue.scale_answers import _normalise_scale, _scale_point
from customario.dialogue.yesno_answers import normalise_yes_no
from customario.dialogue.yesno import yes_no  # noqa: F401  (re-exported: survey_flow, voice phrases, tests)


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
    t = without_emphasis(texted_words(t))  # "gr8" is no 8; "you have no idea", "not gonna lie": emphasis
    qtype = question.type
    if qtype == "multi_choice":
        t = typos.leaving_out_spelt(t)  # "all of them exept the teeth": never all of them
    # "Five, just kidding." (asked again), "A thousand dollars. Kidding. Honestly, I don't remember."
    special = answer_jokes.joke_reading(question, t, lambda q, rest: refused_or_dont_know(q, rest, today))
    special = special or refused_or_dont_know(question, t, today) or _misspelt_magnitude(question, t, today)
    if special is not None:
        return special
    if qtype == "open":
        return _valid((text or "").strip(), "exact")
    if intents.asks_what_counts(t):
        # "They squashed my tulips, does that count? Yes, I suppose": answered by the caller (read back)
        return _self_answered(question, t, today) or Normalised(
            "invalid", reason="your answer, once your question is answered"
        )
    if qtype == "yes_no" and yesno_scoffs.scoffed(question, t):
        return _valid("no", "inferred")  # "Walk the dog? Him? Ha!": a sarcastic no (read back)
    t = _without_echo(question, t)
    read = answer_doubts.concluded(
        question, t, _normalise_typed(question, t, today), lambda said: _normalise_typed(question, said, today)
    )
    read = _skipped_number_word(question, t, read, today) or read
    if read.status == "invalid" and qtype in (
        "nps",
        "scale",
        "number",
        "yes_no",
        "date",
        "single_choice",
        "multi_choice",
    ):
        fixed = _misheard(question, t, today)
        if fixed is not None:
            return fixed
    cannot_tell = _cannot_tell(question, t, today)
    if qtype == "yes_no" and read.status == "valid" and isinstance(cannot_tell, re.Match):
        # "How would I know, I wasn't there": the only "no" is the caller's own absence
        rest = t[: cannot_tell.start()] + " " + t[cannot_tell.end() :]
        if yesno.reading(rest)[0] is None and not re.search(r"\b(yes|yeah|yep|no|nope|nah)\b", rest):
            read = Normalised("invalid", reason="yes or no")
    if read.status == "invalid" and cannot_tell and not numbers_in(_prep_numbers(t)):
        # "I wasn't there, I left my sister in charge", "I haven't even opened it yet": the caller
        # cannot tell, which is a don't-know when nothing in the answer gives a value.
        if question.allow_dont_know:
            # "I haven't booked one yet", "no plans": no date exists yet, which survey writers
            # code as don't-know or ask again about; the code is read back (``inferred``).
            own_plan = isinstance(cannot_tell, re.Match) and _NO_PLAN_YET.search(cannot_tell.group(0))
            return Normalised("dont_know", method="inferred" if own_plan else "phrase")
        return Normalised("invalid", reason="your best guess")
    if read.status == "valid" and _disowned(question, t, read.value):
        return Normalised("invalid", reason="your real answer")
    return answer_doubts.doubted(question, t, read)


# A yes said by the caller to their own question about what counts, ending the turn: "does that
# count? Yes, I suppose", "does coffee count as a drink? Yeah, merch and drinks" (answers blind32,
# blind36, blind38, blind41).
_SELF_YES = re.compile(
    r"^\W*(?:(?:well|um+|uh+|oh|so)\W+)*(?:(?:i )?(?:guess|suppose|reckon|think|'?d say)\W+)?"
    r"(?:yes|yeah|yep|yup|aye|i (?:guess|suppose|reckon|think|'?d say) (?:so|it does|yes|yeah))\b\W*"
)


def _self_answered(question: Any, t: str, today: date | None) -> Normalised | None:
    """The answer after a yes the caller gives their own question about what counts, read back
    (``inferred``): for a yes/no question the yes itself, for another the words after it (or, when
    none, those before the question); None when no such yes ends the turn or nothing valid is read."""
    m = re.search(r"\?\s*([^?]*)$", t)
    said = _SELF_YES.match(m.group(1)) if m else None
    if said is None:
        return None
    if question.type == "yes_no":
        rest = m.group(1)
    else:
        rest = m.group(1)[said.end() :].strip() or t[: m.start()].rsplit(",", 1)[0]
    if not re.search(r"[a-z0-9]", rest):
        return None
    read = _normalise_typed(question, rest, today)
    return _valid(read.value, "inferred") if read.status == "valid" else None


def _cannot_tell(question: Any, t: str, today: date | None) -> Any:
    """Why the caller cannot tell (a match, or True), or None: not there, not tried, not checked,
    nothing known yet, done by someone else, not paying attention; per question type."""
    qtype = question.type
    cannot_tell = NOT_WITNESSED.search(t) if qtype != "multi_choice" else None
    if qtype in ("nps", "scale", "yes_no"):
        cannot_tell = cannot_tell or NOT_TRIED.search(t)
        if not asks_receipt(question.text):
            cannot_tell = cannot_tell or NOT_RECEIVED.search(t)  # "Haven't even got it yet."
    if qtype == "yes_no":
        # "I never saw the driver" to "Was the driver polite?", "..., you'd have to ask her" (answers
        # blind43, blind44): the caller cannot tell; a don't-know only when no yes or no is said
        cannot_tell = cannot_tell or unseen.unseen(question, t) or ASK_SOMEONE.search(t)
        if unseen.asks_a_deed(question):
            cannot_tell = cannot_tell or NOT_CHECKED.search(t)  # "I didn't notice." to "Were they wiped?"
        # "I didn't collect her, my mum did" to "... when you collected them?": the premise denied
        cannot_tell = cannot_tell or unseen.premise_not_mine(question, t)
    if qtype in ("number", "date"):
        cannot_tell = cannot_tell or NOT_CHECKED.search(t)  # "I didn't check."
    if qtype in ("nps", "scale"):
        cannot_tell = cannot_tell or NOT_SPOKEN_TO.search(t)  # "I didn't talk to any of the staff"
        cannot_tell = cannot_tell or NOT_CHECKED.search(t)  # "Didn't notice" to "how clean was it?"
    if cannot_tell and re.search(
        r"\b(not like|not as if|not as though|as if|it'?s not that)\W+$", t[: cannot_tell.start()]
    ):
        cannot_tell = None  # "It's not like I wasn't there all afternoon": they were
    if qtype == "date" or (qtype == "number" and quantities.asks_money(question)):
        # "We haven't had a bill yet", "They haven't told us yet": nothing to tell so far
        cannot_tell = cannot_tell or NOT_YET.search(t)
    if qtype in ("single_choice", "multi_choice", "number", "date"):
        # "My wife ordered it" to "How did you place your order?"
        cannot_tell = cannot_tell or _done_by_someone_else(question, t)
        # "Whatever they normally do, I wasn't paying attention" to a choice question, naming none
        # ("He replaced a part or fixed the leak, I wasn't watching" names two: asked again)
        cannot_tell = cannot_tell or (
            qtype.endswith("choice") and NOT_ATTENDED.search(t) and not _names_choice(question, t)
        )
    if cannot_tell and qtype == "date" and dated(question, t, today):
        # "The sixth or the seventh, they haven't confirmed" (answers blind44): two dates said, not
        # yet settled, is an answer to ask again, never a don't-know
        cannot_tell = None
    return cannot_tell


def _done_by_someone_else(question: Any, t: str) -> bool:
    """True when ``t`` only says someone else did what ``question`` asks about ("My wife ordered
    it"); False too when ``t`` names a choice of a choice question: "My husband booked, it was the
    cellar or the lunch" names two, an ambiguous answer to ask again, not a don't-know (held-out
    answers blind39)."""
    if question.type.endswith("choice") and _names_choice(question, t):
        return False
    return someone_else_did(question.text or "", t)


def _names_choice(question: Any, t: str) -> bool:
    """True when ``t`` names a choice of ``question`` by its words (not only by a fuzzy match)."""
    codes, how = match_choices_how(question, t)
    return bool(codes) and how != "fuzzy"


# A yes undercut by an afterthought that says someone else did it for the caller: "With the game
# master opening the door for us." (held-out answers blind39: the sarcastic yes had been stored).
_DONE_FOR_THEM = re.compile(
    r"[.!]\s*(?:with|only with|what with) (?:the|a|an|our|my|his|her|their|some|someone|somebody)\b[^.!?]{0,60}"
    r"\b(?:for us|for me|for them|for him|for her)\b[.!]*\s*$"
)


def _disowned(question: Any, t: str, value: Any) -> bool:
    """True when the caller takes the value back as they say it: "Ten. Not.", or a rating in
    mockery ("Oh yeah, a ten, right, if I hated my friends", :mod:`rating_irony`)."""
    if re.search(r"[.!,]\s*not[.!]*\s*$", t):
        return True
    if question.type == "yes_no" and str(value).lower() in ("yes", "true") and _DONE_FOR_THEM.search(t):
        return True  # "Oh yeah, we totally escaped. With the game master opening the door for us."
    return question.type in ("nps", "scale") and rating_irony.mocked(t, value, *question.bounds)


# The caller's own plan not made yet (inside a codes.NOT_YET match): "haven't booked one yet", "no
# plans", "nothing scheduled".
_NO_PLAN_YET = re.compile(r"\b(?:booked|planned|plans?|scheduled|arranged|made)\b")


def _misspelt_magnitude(question: Any, t: str, today: date | None) -> Normalised | None:
    """The reading of a number answer whose "hundred", "thousand" or "million" is misspelt ("three
    hunnerd": :func:`typos.misspelt_magnitude`), ``fuzzy`` (read back), or the invalid reading of
    the corrected words; None for another question or no such word (it had been dropped: 3)."""
    misspelt = typos.misspelt_magnitude(t) if question.type == "number" else None
    if misspelt is None:
        return None
    read = _normalise_typed(question, misspelt, today)
    return _valid(read.value, "fuzzy") if read.status == "valid" else read


def _misheard(question: Any, t: str, today: date | None) -> Normalised | None:
    """A reading of ``t`` with its mistyped words corrected ("eigth", "yse", "december sevnth",
    "fiveteen minute") or, for a number, a word that sounds like one where a number stands ("tree
    nights", "just too"): ``fuzzy`` (read back) when every correction gives one value, else None."""
    plain = typos.unstretched(t)  # "noooo", "yesss": stretched for emphasis
    if plain != t:
        read = _normalise_typed(question, plain, today)
        if read.status == "valid":
            return _valid(read.value, "fuzzy")
        t = plain
    texts = typos.corrected_texts(t, question)
    if not texts and question.type in ("nps", "scale", "number") and not numbers_in(_prep_numbers(t)):
        alike = typos.sound_alike_numbers(t, question)
        texts = [alike] if alike else []
    again = [_normalise_typed(question, x, today) for x in texts]
    values = {repr(n.value) for n in again}
    if again and all(n.status == "valid" for n in again) and len(values) == 1:
        return _valid(again[0].value, "fuzzy")
    return None


def _skipped_number_word(question: Any, t: str, read: Normalised, today: date | None) -> Normalised | None:
    """A valid reading of a date or number answer that skipped a mistyped number word: "tweny
    second of jan" had been stored as 2 January (held-out answers blind33). The corrected words'
    reading when it holds another value, ``fuzzy`` (read back); asked again when the corrections
    disagree or cannot be read; None when no mistyped word stands for a number word or the
    correction gives the same value. A number answer with a word no dictionary knows right after
    its number ("two fiddy") is read back with the value read."""
    if read.status != "valid" or question.type not in ("date", "number", "nps", "scale"):
        return None
    texts = typos.number_word_corrections(t, question)
    if not texts:
        # "two fiddy" (slang for two fifty) had been stored as 2 at full confidence: a word no
        # dictionary knows right after the number may change it, so the reading is read back
        unknown = typos.unknown_word_after_number(t) if question.type == "number" else None
        return _valid(read.value, "fuzzy") if unknown and read.method in ("exact", "phrase") else None
    again = [_normalise_typed(question, x, today) for x in texts]
    values = {repr(n.value) for n in again}
    if all(n.status == "valid" for n in again) and len(values) == 1:
        return None if again[0].value == read.value else _valid(again[0].value, "fuzzy")
    return Normalised("invalid", reason="the date" if question.type == "date" else "the number")


_ECHO_STOP = frozenset(
    "a an the i you we it is was were did do does to of in on at for my your our me us when what which how who".split()
)


def _without_echo(question: Any, t: str) -> str:
    """``t`` without a first sentence that only repeats the question back ("Was it clean when I
    arrived? It was spotless."): the caller thinking aloud, not a question to the agent."""
    m = re.match(r"\s*([^.!?]+)\?+\s+(?=\S)", t)
    if not m:
        return t
    said = {_echo_word(w) for w in re.findall(r"[a-z0-9']+", m.group(1)) if w not in _ECHO_STOP}
    # the question's own words and the names it is known by ("first plow" for "first clear your
    # driveway"), each in its stem ("Rating the walker?" echoes "how would you rate your walker")
    named = " ".join([getattr(question, "text", "") or "", *(getattr(question, "aliases", None) or [])])
    asked = {_echo_word(w) for w in re.findall(r"[a-z0-9']+", clean(named)) if w not in _ECHO_STOP}
    return t[m.end() :] if said and len(said & asked) >= max(1, 0.8 * len(said)) else t


def _echo_word(word: str) -> str:
    """``word`` as compared in an echo: a number word as its digits ("Nought to ten? Ten." echoes
    "from zero to ten", answers blind56), a longer word as its crude stem ("rating" and "rate" as
    "rat"), a short one as it is ("oh" stays a word)."""
    said = numbers_in(word) if word != "oh" else []
    if len(said) == 1 and float(said[0]).is_integer():
        return str(int(said[0]))
    return word_stem(word).rstrip("e") if len(word) > 3 else word


def _normalise_typed(question: Any, t: str, today: date | None) -> Normalised:
    """``t`` (cleaned) read by the rules of the question's type."""
    qtype = question.type
    if qtype in ("single_choice", "number", "nps", "scale"):
        usual = number_readings.without_occasional(t)
        if usual != t:
            read = _normalise_typed(question, usual, today)
            return _valid(read.value, "inferred") if read.status == "valid" else read
    if qtype in ("nps", "scale"):
        t = scales.plain_frame(t)  # "two out of a possible five": "two out of five"
        mocked = _MOCKED_THEN_SAID.search(t)
        if mocked:
            # "Excellent. Not. A two, more like." (blind31): the rating mocked is taken back, the
            # one said after it is the answer (read back)
            read = _normalise_typed(question, t[mocked.end() :], today)
            return _valid(read.value, "inferred") if read.status == "valid" else read
        kept = number_readings.compared_point(t)  # "more of a four than a five": four (read back)
        if kept != t:
            read = _normalise_typed(question, kept, today)
            return _valid(read.value, "inferred") if read.status == "valid" else read
        # "I'd say six. Seven if you sort out that rattle.": the value on a condition is not the
        # answer; the one left is read back
        plain = number_readings.without_conditional(t, lambda s: bool(numbers_in(_prep_numbers(s))))
        if plain != t:
            read = _normalise_typed(question, plain, today)
            return _valid(read.value, "inferred") if read.status == "valid" else read
    if qtype == "nps":
        by_number = _int_in_range(t, 0, 10, "a whole number")
        if by_number.status != "valid" and not numbers_in(_prep_numbers(t)):
            # "Somewhere in the middle", "halfway" on 0-10 (eleven points): the midpoint, read back.
            return _scale_point(t, 0, 10, extremes=False) or by_number
        return by_number
    if qtype == "scale":
        return _normalise_scale(question, t)
    if qtype == "yes_no":
        return normalise_yes_no(question, t)
    if qtype in ("single_choice", "multi_choice"):
        return _normalise_choice(question, t)
    if qtype == "number":
        # "just under a hundred", "a couple hundred": the number said is not the value, read back;
        # "eighty pounds, er, dollars": the currency settled on (blind15), read back
        # "Just under twenty thousand, call it twenty": 20000 (blind36 had read 20), read back
        said = rough_amounts.magnitude_carried(number_readings.currency_repaired(t))
        twice = number_forms.amount_said_twice(question, said)  # "1,950 dollars. Nineteen fifty."
        if twice is not None:
            return _valid(twice, "inferred")
        read = rough_amounts.read_back_rough(said, _normalise_number(question, said))
        return _valid(read.value, "inferred") if said != t and read.status == "valid" else read
    if qtype == "date":
        return _normalise_date(question, t, today or date.today())
    # open: the words themselves (normalise passes them through)
    return _valid(t, "exact")


# "Excellent. Not.": a rating taken back by a "Not." of its own, with more said after it.
_MOCKED_THEN_SAID = re.compile(r"^[^.!?]{1,40}[.!,]\s*not\s*[.!]+\s*(?=[a-z0-9])")


# The total a caller ends a sum with: "..., so ten", "... which makes twelve", "... that's 20 in all".
_WEEKDAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def _normalise_date(question: Any, t: str, today: date) -> Normalised:
    tense = question_tense(question)
    # "First thing Monday", "at first light": early, no ordinal (answers blind60 for "first light")
    t = re.sub(r"\bfirst thing(?: in the (?:morning|am))?\b|\b(?:at |by )?first light\b", " ", t)
    t = _ORDINAL_OF_A_DAY.sub(" ", t)  # "we had the first slot of the day": which slot, no day of the month
    # "Don't call me on Thanksgiving, or ever": a day ruled out for calls is no answer (blind26 stored it)
    t = _NOT_CALLED_ON.sub(" ", t)
    if re.match(
        r"\W*(?:not (?:before|until|till)|no (?:earlier|sooner) than|(?:any ?time|sometime|some time) (?:after|from))\b",
        t,
    ):
        # "Not before the 15th": a bound; "Not till after New Year, like the fourth of January": the
        # day given as an example of it, when it keeps the bound (read back)
        return _example_of_bound(t, today, tense) or Normalised(
            "invalid", reason="one date, for example Friday the 4th"
        )
    t = date_answers.without_purpose(t, today, tense)  # "Christmas Eve, to grab something for the weekend"
    plain = date_asides.plain_date(t, today, tense, date_answers.read_date)  # "the fifth of next month"
    if plain != t:
        read = _normalise_date(question, plain, today)
        return _valid(read.value, "inferred") if read.status == "valid" else read
    if date_holidays.holiday_stretch(t):
        return Normalised("invalid", reason="one date, for example Friday the 4th")  # "over Christmas"
    ruled_out = date_answers.without_ruled_out(t, today, tense)  # "the twenty-second, not the twenty-first"
    if ruled_out == t and re.match(r"\W*not (?:on )?(?:the )?\w+\W*$", t):
        return Normalised("invalid", reason="the date it was")  # "Not the twelfth.": no day given
    t = ruled_out
    tail = _self_corrected_tail(t)
    if date_month_days.impossible_day(tail):
        # "November the thirty-first, the day after St Andrew's": no such day, whatever is beside it
        return Normalised("invalid", reason="one date, for example Friday the 4th")
    # "Thanksgiving week, the Tuesday", "the weekend before Memorial Day, the Saturday" (read back)
    in_week = date_weeks.weekday_in_named_week(t, today, tense, date_answers.read_date) if tail == t else None
    d, how = in_week or date_answers.answer_date(t, tail, today, tense)
    named = {i for i, w in enumerate(_WEEKDAY_NAMES) if re.search(rf"\b{w}s?\b", _self_corrected_tail(t))}
    if d is not None and named and d.weekday() not in named and not re.search(r"\b(after|before)\b", t):
        # "Two weeks ago Saturday" read as a Wednesday: a weekday the date is not, asked again
        return Normalised("invalid", reason="one date, for example Friday the 4th")
    if d is not None and (tense == "past" and d > today or tense == "future" and d < today):
        # "Tomorrow" for the date of a past visit: out of range, never moved to another year.
        return Normalised("invalid", reason="a date in the past" if tense == "past" else "a date from today on")
    if d is None and how == "ambiguous":
        # "We drove up on the Thursday and picked up the skis on Friday the 29th" to "when did you
        # pick up your equipment?": the clause with the question's own verb gives the date; "they
        # said the 16th but I've moved it to the 18th": the day it was moved to (read back)
        d = (
            date_events.date_of_asked_event(question, t, today, tense, date_answers.read_date)
            or date_events.date_moved_to(t, today, tense, date_answers.read_date)
            or date_events.date_said_first(question, t, today, tense, date_answers.read_date)
        )
        how = "inferred" if d is not None else how
        if d is not None and (tense == "past" and d > today or tense == "future" and d < today):
            d, how = None, "ambiguous"
    if d is None:
        reason = (
            "one date, for example Friday the 4th"
            if how == "ambiguous"
            else "a date, such as last Tuesday or March 3rd"
        )
        two = date_relative.next_or_last_readings(_self_corrected_tail(t), today) if how == "ambiguous" else None
        if two is not None and (tense == "past" and two[0] > today or tense == "future" and two[1] < today):
            # "Next Saturday" for the date of a past visit: both readings lie ahead (asked for a
            # date in the past, not which of two coming days)
            reason = "a date in the past" if tense == "past" else "a date from today on"
        elif two is not None:
            # "Next Friday" said on a Thursday: ask which, with both dates
            reason = f"to know which {two[0]:%A} you mean, {two[0]:%B} {two[0].day} or {two[1]:%B} {two[1].day}"
        return Normalised("invalid", reason=reason)
    if how in ("exact", "phrase", "hedged") and date_holidays.holiday_roughly(t):
        how = "inferred"  # "Around Christmas": a guess at the day, read back
    if how in ("exact", "phrase") and _any(_HEDGES, t):
        # "About two weeks ago": a day counted roughly is a guess at the day (read back)
        how = "inferred" if _COUNTED_OFF.search(t) else "hedged"
    if how in ("exact", "phrase", "hedged") and _RESIGNED_GUESS.search(t):
        how = "inferred"  # "Valentine's Day, at this rate": a gloomy guess, not a plan (read back)
    return _valid(d.isoformat(), how)


# An ordinal of something held in turn within a day: "the first slot", "the last appointment", "the
# second session of the morning" (blind26: "first" was read as the 1st of the month).
_ORDINAL_OF_A_DAY = re.compile(
    r"\b(?:the |my |our )?(?:first|second|third|last|final|earliest|latest) (?:available )?(?:slot|appointment|session|booking|"
    r"class|lesson|time ?slot|tour|show|showing|screening|sitting|seating|game|round|group|shift|ferry|bus|train|flight)s?\b|"
    # "Oh, the first one? That was the sixteenth of January": an ordinal with the pronoun "one" picks
    # one of the things asked about (the first session), never a day of the month
    # (and "the first date was last week": the first of the dates set, answers blind38)
    r"\b(?:the |my |our )?(?:first|second|third|fourth|fifth) (?:ones?|dates?)\b(?! (?:of|in) (?:the|this|that|next|last) month)"
)


# A day the caller rules out for being called or contacted: "don't call me on Thanksgiving", "never
# ring us before the 5th", "do not phone on Sundays".
_NOT_CALLED_ON = re.compile(
    r"\b(?:don'?t|do not|never|please don'?t|stop) (?:call|calling|ring|ringing|phone|phoning|contact|text|bother)"
    r"(?:ing)?(?: me| us)?(?: again)? (?:on|before|after|until|till|over|during|at)\b[^,.;!?]*"
)


# A date counted in days, weeks or months from today: "two weeks ago", "in about a month".
_COUNTED_OFF = re.compile(
    r"\b(?:days?|weeks?|fortnights?|months?)\s+(?:ago|back|before|from (?:now|today)|later|out|away|time)\b|"
    r"\bin (?:about |around |roughly |maybe )?(?:a|an|one|two|three|four|five|six|a few|a couple of|\d+) "
    r"(?:days?|weeks?|fortnights?|months?)\b"
)


# A date said as a resigned or sarcastic projection rather than the caller's expectation.
_RESIGNED_GUESS = re.compile(
    r"\bat this rate\b|\bthe way (?:things|it|this|they)(?:'re| are| is)? going\b|\bknowing (?:them|you|you guys|my luck|"
    r"this place|that company)\b|\bif (?:i'?m|we'?re|you'?re) lucky\b|\bif ever\b|\bfat chance\b"
)


def _example_of_bound(t: str, today: date, tense: str) -> Normalised | None:
    """The one date said after a bound as its example ("not till after New Year, like the fourth
    of January", or in a last sentence of its own: "Not till after New Year. The fourth of
    January."), ``inferred``; None without one, or when it falls before the bound."""
    # ... or said as a sentence of its own after it: "Not till after New Year. The fourth of January."
    m = re.search(
        r"[,;]\s*(?:like|say|so|probably|maybe|i think|i guess|i'?d say|hopefully)\W+(?P<day>[^,;.!?]+)|"
        r"[.!]\s+(?:(?:like|say|so|probably|maybe|then|i think|i guess|i'?d say|hopefully)\W+)?(?P<own>[^,;.!?]+)\W*$",
        t,
    )
    if not m:
        return None
    d, how = date_answers.read_date(m.group("day") or m.group("own"), today, tense)
    bound = date_answers.read_date(
        re.sub(r"\b(not|before|until|till|after|any ?time|sometime|some time|from)\b", " ", t[: m.start()]),
        today,
        tense,
    )[0]
    if d is None or how == "ambiguous" or (bound is not None and d < bound) or (tense == "future" and d < today):
        return None
    return _valid(d.isoformat(), "inferred")


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
    if question.type == "number" and isinstance(value, float) and quantities.asks_money(question):
        # 16.5 to a money question is said "sixteen dollars and fifty cents", never "16.5": the
        # read-back of a price said in two parts ("sixteen fifty") must say which reading it is
        from customario.dialogue.spoken import number_words

        whole, cents = int(value), round((value - int(value)) * 100)
        asked = (question.text or "").lower()
        unit, part = ("pounds", "pence") if re.search(r"£|\bpounds?\b|\bquid\b", asked) else ("dollars", "cents")
        if re.search(r"€|\beuros?\b", asked):
            unit = "euros"
        if 0 < cents < 100 and 0 <= whole < 10**6:
            return f"{number_words(whole)} {unit} and {number_words(cents)} {part}"
    if question.type == "date" and isinstance(value, str):
        try:
            return date.fromisoformat(value).strftime("%A %B %-d, %Y")
        except ValueError:
            return value
    return str(value)
