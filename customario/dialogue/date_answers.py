"""Date answers to survey questions that say more than their date (issue 11).

:func:`answer_date` reads a whole answer: a self-correction ("January, I think the twelfth, no,
the thirteenth"), a date worked out aloud ("... So the twenty-seventh."), or parts that must name
one day ("the day before yesterday, the Monday"); a date found that way is ``self-corrected`` or
``inferred``, which a survey reads back, and parts that name different days are ``ambiguous``
(asked again). :func:`without_purpose` and :func:`without_ruled_out` drop the clauses that say why
or which day it was not. One date in a short phrase is read by
:func:`customario.dialogue.date_reading.read_date` (re-exported here with :func:`day_of_month`).
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from customario.dialogue.answer_core import _self_corrected_tail
from customario.dialogue.codes import is_dont_know
from customario.dialogue.date_holidays import day_beside_stretch, holiday_stretch
from customario.dialogue.date_reading import day_of_month, read_date
from customario.dialogue.date_relative import weekday_beyond
from customario.dialogue.spoken import numbers_in
from customario.dialogue.spoken_dates import DAY_WORDS, MONTHS, WEEKDAYS

__all__ = ["answer_date", "day_of_month", "read_date", "without_purpose", "without_ruled_out"]


# "May" is a month beside a day or after "of"/"in" ("the twelfth of May", "May the 3rd", "in May"),
# else the verb ("it may have been the ninth"): "The twelfth of May. No, sorry, the nineteenth." had
# lost its month and been read as the 19th of the current month.
_MAY_MONTH = re.compile(
    r"\b(?:of|in|early|late|mid|since|until|till)\s+may\b|\bmay\s+(?:the\s+)?(?:\d|first|second|third|"
    r"fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\w+teenth|twentieth|twenty|thirtieth|thirty)"
)


def _month_said(month: str, t: str) -> bool:
    """Whether ``t`` names ``month`` (or its short name); "may" only where it is the month."""
    if month == "may":
        return bool(_MAY_MONTH.search(t))
    return bool(re.search(rf"\b(?:{month}|{month[:3]})\b", t))


def answer_date(t: str, tail: str, today: date, tense: str) -> tuple[date | None, str]:
    """(date or None, how) for the cleaned answer ``t``, whose part after its last
    self-correction is ``tail`` (``t`` itself when there is none); ``tense`` is ``past``,
    ``future`` or ``nearest``. ``how`` is the method of the reading, or ``ambiguous``."""
    # "The 26th. No wait, that was Thanksgiving, we moved the day before. The 25th.": the last
    # sentence after the self-correction that gives a date is the answer (read back).
    settled = _weekday_after_repair(t, tail, today, tense) if tail != t else None
    settled = settled or ((day, "self-corrected") if (day := _settled(t, today, tense)) is not None else None)
    if settled is not None:
        return settled
    if tail != t and _ANOTHER_OF_THEM.search(tail) and read_date(tail, today, tense)[0] is None:
        # "Saturday. Wait, no, not this one, the one after.": the correction picks another
        # occurrence of the day said before it (read back)
        head = re.sub(r"(?:\W*\b(?:wait|no|sorry|actually|hang on|hold on|i mean|oh)\b)+\W*$", "", t[: t.rfind(tail)])
        d, how = read_date(f"{head}. {tail}", today, tense)
        if d is not None:
            return d, "self-corrected"
    # "..., no, thirteen. The Friday.": the weekday said after the repair (or instead of the day)
    restated = _weekday_restated(t, tail, today, tense) if tail != t else None
    if restated is not None:
        return restated, "self-corrected"
    moved = _moved_from_taken_back(t, tail, today, tense) if tail != t else None
    moved = moved or (_weekday_in_frame(t, tail, today, tense) if tail != t else None)
    if moved is not None:
        return moved  # "Christmas Day, no, the day after": the 26th (read back)
    concluded = _concluded(t, today, tense) or _called_so(t, today, tense)
    if concluded is not None:
        return concluded, "inferred"
    said = [s for s in re.split(r"[.;!?]+", tail) if read_date(s, today, tense)[0]] if tail != t else []
    if tail != t and not said and _takes_nothing_back(tail, today, tense):
        # "This morning, actually, at eight", "Yesterday, sorry, I was out all day": the words after
        # the marker give no date and deny nothing, so nothing was taken back (read back).
        whole, how = read_date(t[: t.rfind(tail)], today, tense)
        if whole is not None:
            return whole, "inferred"
    last = said[-1] if said else tail
    if tail != t:
        last = _without_reason_for_repair(last, t[: t.rfind(tail)])
    parts = {p.strip(" .") for p in last.split(",") if p.strip(" .")}
    if len(parts) == 1 and last.count(",") and tail != t:
        # "I mean the fourteenth, the fourteenth": the corrected day said twice for emphasis
        last = parts.pop()
        said = [last]
    d, how = read_date(last, today, tense)
    how = "self-corrected" if said and said[-1] != tail and d else how
    head = t[: t.rfind(tail)] if tail != t else ""
    # "March first, 2028. No sorry, 2027, ...": the correction says a year and no other date
    year_only = tail != t and _corrected_part(last) is not None and read_date(last, today, tense)[0] is None
    if tail != t:
        # "January, I think the twelfth, no, the thirteenth": the month said before the
        # correction still holds for the day after it.
        # "The second of Feb. No, the ninth.": a month's short name holds as well.
        month = [m for m in MONTHS if _month_said(m, head)]
        if (
            len(month) == 1
            and not year_only  # "June 3rd, 2030. No, 2029": the year alone (below)
            and not any(_month_said(m, last) for m in MONTHS)
            # "..., no, the twenty-sixth, the Sunday": a weekday beside the day must fall on it
            and (_weekday_named(last) is None or day_of_month(last) is not None)
            and not re.search(r"\b(today|tomorrow|yesterday|next|last|this|week|month|ago)\b", last)
        ):
            again, _ = read_date(f"{month[0]} {last}", today, tense)
            if again is None:
                again = _repaired_day_with_aside(month[0], last, today, tense)
            if again is not None:
                d, how = again, "self-corrected"
                last = f"{month[0]} {last}"  # its parts are read with the month too
    if year_only:
        # "March first, twenty twenty-eight. No sorry, twenty twenty-seven": only the year is said
        # again, the month and day before the correction hold (read back)
        d, how = _with_part_corrected(head, last, today, tense), "self-corrected"
        if d is None:
            return None, "ambiguous"  # the year said again, but no date before it to take it
    # "Tuesday. No wait, it was Monday, Tuesday I was at the dentist": the day taken back, named
    # again as an aside, is not a second answer.
    taken_back = read_date(head, today, tense)[0] if tail != t else None
    if taken_back is not None and d in (taken_back, None):
        # "Thanksgiving. No wait, you weren't open on Thanksgiving, it must have been the Friday":
        # the day taken back is named again in its own clause; the other clause's day is the answer
        # (also when the two days together read as none: "it was Monday, Tuesday I was at work").
        others = {read_date(p, today, tense)[0] for p in re.split(r"[,;]", last) if p.strip()} - {None, taken_back}
        if len(others) == 1:
            d, how = others.pop(), "self-corrected"
    agreed = _clauses_agree(last, today, tense, taken_back)
    if agreed is not None:
        # "The day before yesterday, the Monday", "the Sunday before that, the twenty-second":
        # each part read alone; parts that name one day give it (read back), parts that
        # disagree are asked again.
        return agreed
    return d, how


def _weekday_after_repair(t: str, tail: str, today: date, tense: str) -> tuple[date | None, str] | None:
    """(date, ``self-corrected``) a self-repair gives when its last sentence is only the weekday it
    falls on ("Twelve March... no, thirteen. The Friday.", "April second. Wait, the third. Friday.":
    answers blind74 asked both again, and had read the first as the Friday a week later); (None,
    ``ambiguous``) when the date read without that sentence falls on another weekday; None when
    there is no such sentence or no date without it (the usual reading goes on)."""
    sentences = [s.strip() for s in re.split(r"[.;!?]+", tail) if s.strip()]
    days = "|".join(WEEKDAYS)
    said = (
        re.fullmatch(rf"(?:(?:it was|that was|that's|it's) )?(?:the |a |on (?:the )?)?({days})", sentences[-1])
        if sentences
        else None
    )
    if len(sentences) < 2 or said is None:
        return None
    cut = t.rfind(sentences[-1])
    head, rest = t[:cut].rstrip(" ,"), tail[: tail.rfind(sentences[-1])].rstrip(" ,")
    d, _ = answer_date(head, rest, today, tense)
    if d is None:
        return None
    return (d, "self-corrected") if d.weekday() == WEEKDAYS.index(said.group(1)) else (None, "ambiguous")


def _repaired_day_with_aside(month: str, last: str, today: date, tense: str) -> date | None:
    """The day of the month a self-repair says first, in ``month`` (said before the repair), when
    the parts after it are asides that name no other day: "Second of January. Hmm, no, the ninth,
    after the holidays" (9 January), "Second of August. No, the fifth, sorry, the Tuesday" (5
    August, a Tuesday). A repair replaces only the part of the reparandum it restates (Levelt,
    "Monitoring and self-repair in speech", 1983), so the month holds; the aside had made the whole
    repair read as no date, or as the fifth of the current month (answers blind52). None when the
    first part is no day of the month, or another part names a date or a weekday the day is not
    on: then the reading of the words as they stand is kept (a weekday that disagrees is asked
    again by the caller of :func:`answer_date`)."""
    parts = [p for p in last.split(",") if p.strip(" .")]
    if len(parts) < 2 or day_of_month(parts[0]) is None or _weekday_named(parts[0]) is not None:
        return None
    d, _how = read_date(f"{month} {parts[0]}", today, tense)
    if d is None:
        return None
    for part in parts[1:]:
        weekday = _weekday_named(part)
        if weekday is not None:
            if weekday != d.weekday() or numbers_in(part):
                return None
        elif day_of_month(part) is not None or read_date(part, today, tense)[0] is not None:
            return None
    return d


# An aside offering another day rather than explaining the repair: "..., or the tenth", "maybe the tenth".
_OFFERED = re.compile(r"^\W*(?:or|maybe|perhaps|possibly|either|unless|if not)\b")


def _without_reason_for_repair(last: str, head: str) -> str:
    """``last`` (the words after a self-repair of a day of the month) without the asides that name
    the day taken back again as the reason for the repair: "No, sorry, the eleventh, we flew in on
    the tenth" → "the eleventh" after "the tenth of July"; "No, the tenth, the third is her
    birthday" → "the tenth" after "the third of October" (answers blind66 had asked both again).
    A repair names the new day first and may say why the old one was wrong (Levelt, "Monitoring
    and self-repair in speech", 1983); the old day named again is no second answer. ``last``
    itself when the first part is no other day of the month, or an aside names a month, a weekday
    or another day, or offers the old day as an alternative ("..., or the tenth")."""
    parts = last.split(",")
    old = day_of_month(head) if len([m for m in MONTHS if _month_said(m, head)]) <= 1 else None
    new = day_of_month(parts[0])
    if len(parts) < 2 or old is None or new is None or new == old:
        return last
    kept = [parts[0]]
    for part in parts[1:]:
        if day_of_month(part) is None:
            kept.append(part)
        elif (
            day_of_month(part) != old
            or _OFFERED.match(part)
            or _weekday_named(part) is not None
            or any(_month_said(m, part) for m in MONTHS)
        ):
            return last
    return ",".join(kept)


_YEAR_ONLY = re.compile(r"^\W*(?:(?:it was|in|the year)\s+)?((?:19|20)\d\d)\b")


def _corrected_part(tail: str) -> int | None:
    """The year a self-correction says on its own ("twenty twenty-seven, I've been there two
    years now" → 2027), or None."""
    from customario.dialogue.spoken_dates import spoken_numbers

    first = re.split(r"[,;.!?]", tail.strip(" ,;"))[0]
    m = _YEAR_ONLY.match(spoken_numbers(first).strip())
    if not m or any(re.search(rf"\b{mo}\b", first) for mo in MONTHS) or _weekday_named(first) is not None:
        return None
    return int(m.group(1))


def _with_part_corrected(head: str, last: str, today: date, tense: str) -> date | None:
    """The date said before a self-correction with the year the correction says instead ("March
    first, 2028. No, 2027" → 2027-03-01), when that date names its month, exists in that year and
    fits ``tense``; else None ("The 5th. No, 2028.": which month?)."""
    year = _corrected_part(last)
    named = any(re.search(rf"\b{mo}\b", head) for mo in MONTHS) or re.search(r"\d{1,2}[/-]\d{1,2}", head)
    before, _ = read_date(head, today, tense) if year is not None and named else (None, "")
    if before is None:
        return None
    try:
        d = before.replace(year=year)
    except ValueError:
        return None  # February 29th in a year with no leap day
    if (tense == "past" and d > today) or (tense == "future" and d < today):
        return None
    return d


# A correction by days from the day taken back: "the day after", "the next day", "two days earlier".
_DAYS_OFF = re.compile(
    r"^\W*(?:(?:it was|make it|i mean|sorry)\W+)*(?:"
    r"(?:the|a) (?:day|night) (?P<dir1>after|before)|the (?P<dir2>next|following|previous|day before|day after) day|"
    r"(?P<n>a|one|two|three|\d) days? (?P<dir3>later|after|earlier|before)|"
    # "Last Thursday? No, it was the Thursday before that" (answers blind48): the weekday named,
    # counted from the day taken back (a week away when it is that day's weekday)
    rf"the (?P<wd>{'|'.join(WEEKDAYS)}) (?P<dir4>before|after)(?= that\b| then\b| it\b|\W*$))\b(?P<rest>.*)$"
)


# A repair that is only a weekday: "..., no, make it the Tuesday", "sorry, the Wednesday".
_WEEKDAY_ONLY = re.compile(
    rf"^\W*(?:(?:no|wait|sorry|actually|make it|make that|i mean|it was|or rather)\W+)*(?:the )?(?P<wd>{'|'.join(WEEKDAYS)})\W*$"
)
# The frame a weekday is counted in: "the Monday after Easter", "the Friday before Christmas".
_WEEKDAY_FRAME = re.compile(rf"\b(?:the )?(?:first )?(?P<wd>{'|'.join(WEEKDAYS)})(?= (?:after|before|following) \S)")


def _weekday_in_frame(t: str, tail: str, today: date, tense: str) -> tuple[date | None, str] | None:
    """(the date, ``self-corrected``) when a self-correction says only another weekday and the
    words it repairs counted a weekday from another date: "The Monday after Easter, no, make it
    the Tuesday" is the Tuesday after Easter (answers blind45 had read the coming Tuesday). A
    repair replaces the part of the reparandum it restates and keeps the rest (Levelt,
    "Monitoring and self-repair in speech", 1983); read back. None for any other correction."""
    m = _WEEKDAY_ONLY.match(tail)
    head = t[: t.rfind(tail)]
    frame = _WEEKDAY_FRAME.search(head)
    if m is None or frame is None or frame.group("wd") == m.group("wd"):
        return None
    head = re.sub(r"(?:\W*\b(?:wait|no|sorry|actually|hang on|hold on|i mean|oh|make it|make that)\b)+\W*$", "", head)
    d, _how = read_date(head[: frame.start("wd")] + m.group("wd") + head[frame.end("wd") :], today, tense)
    return (d, "self-corrected") if d is not None else None


def _weekday_restated(t: str, tail: str, today: date, tense: str) -> date | None:
    """The date said before a last "sorry"/"I mean" when the words after it are only the weekday
    that date falls on: "Second of August. No, the fifth, sorry, the Tuesday" (5 August 2031 is a
    Tuesday) names the day once more by its weekday, it repairs nothing; read as a repair to
    "the Tuesday" it had become the Tuesday of this week (answers blind52). None when the tail is
    not a weekday alone, the words before it give no date, or the date is another weekday (then
    the tail is a repair, read as before)."""
    m = _WEEKDAY_ONLY.match(tail)
    if m is None:
        return None
    head = re.sub(r"(?:\W*\b(?:wait|no|sorry|actually|hang on|hold on|i mean|oh)\b)+\W*$", "", t[: t.rfind(tail)])
    if not head.strip(" ,.") or _weekday_named(head) is not None:
        return None
    d, _how = answer_date(head, _self_corrected_tail(head), today, tense)
    return d if d is not None and d.weekday() == WEEKDAYS.index(m.group("wd")) else None


def _moved_from_taken_back(t: str, tail: str, today: date, tense: str) -> tuple[date | None, str] | None:
    """(the day taken back moved by the days the correction says, ``self-corrected``) for
    "Christmas Day, no, the day after" (the 26th) or "The 12th. No wait, the day before" (the
    11th); (None, ``ambiguous``) when a day of the month said with it is another day ("..., the
    day after, the twenty-seventh"); None when the correction is not such a move or nothing
    before it reads as a date."""
    m = _DAYS_OFF.match(tail)
    if m is None:
        return None
    head = re.sub(r"(?:\W*\b(?:wait|no|sorry|actually|hang on|hold on|i mean|oh)\b)+\W*$", "", t[: t.rfind(tail)])
    before, _ = read_date(head, today, tense)
    if before is None:
        return None
    way = m.group("dir1") or m.group("dir2") or m.group("dir3") or m.group("dir4")
    n = 1 if m.group("n") in (None, "a", "one") else int((numbers_in(m.group("n")) or [1])[0])
    d = before + timedelta(days=-n if way in ("before", "earlier", "previous", "day before") else n)
    if m.group("wd"):
        d = weekday_beyond(before, WEEKDAYS.index(m.group("wd")), -1 if way == "before" else 1)
    rest = [p for p in re.split(r"[,;.]", re.sub(r"^\W*(?:that|then|it)\b", "", m.group("rest"))) if p.strip()]
    said = {day_of_month(p) for p in rest} - {None}
    if said and said != {d.day}:
        return None, "ambiguous"
    return d, "self-corrected"


# Another occurrence of a day said before: "not this one, the one after", "the following one".
_ANOTHER_OF_THEM = re.compile(r"\b(?:not this one|not that one|the one after|the one before|the following one)\b")


def _takes_nothing_back(tail: str, today: date, tense: str) -> bool:
    """True when the words after a self-correction marker name no date, no span and deny nothing."""
    if re.search(r"\b(no|not|never|or|nope|nah|cannot|dont|didnt|cant|wasnt)\b|n't\b", tail) or is_dont_know(tail):
        return False
    if _corrected_part(tail) is not None or any(day_of_month(p) for p in re.split(r"[,;]", tail)):
        return False  # "..., no, the twenty-sixth, the Sunday": a day or a year said again is a change
    if re.fullmatch(rf"\W*(?:the\s+)?(?:{DAY_WORDS}|\d{{1,2}})\W*", tail):
        return False  # "Twelve March... no, thirteen.": the day said again as a plain number (answers blind74)
    d, how = read_date(tail, today, tense)
    return d is None and how != "ambiguous"


_CONCLUSION = re.compile(r"^\W*(?:so|which (?:would|'?d) be|that (?:would|'?d) be|that makes it|making it)\b\W*")


def _concluded(t: str, today: date, tense: str) -> date | None:
    """The date a caller works out aloud and ends on ("Thanksgiving weekend? The Saturday. So the
    twenty-seventh."): a last sentence that opens with "so" or "which would be" and gives one
    date, after at least one other sentence; None otherwise."""
    sentences = [s.strip() for s in re.split(r"(?<=[.!?])\s+", t) if s.strip()]
    if len(sentences) < 2 or sentences[-1].endswith("?"):
        return None
    m = _CONCLUSION.match(sentences[-1])
    if not m or re.search(r"\bor\b", sentences[-1]):
        return None
    d, how = read_date(sentences[-1][m.end() :], today, tense)
    if d is None or how == "ambiguous":
        return None
    if any(re.search(rf"\b{mo}\b", sentences[-1]) for mo in MONTHS):
        return d  # "..., so the twentieth of February": the month is said
    # It must agree with what was worked out before it: a day named within a week of it, or a bare
    # weekday it falls on ("Monday. So the 25th.").
    strong = []
    for s in sentences[:-1]:
        weekday = _weekday_named(s)
        if weekday is not None and not numbers_in(s):
            if d.weekday() == weekday:
                return d
            continue
        e = read_date(s, today, tense)[0]
        if e is not None and abs((d - e).days) <= 7:
            return d
        strong += [e] if e is not None else []
    if not strong:
        return None
    # "February, the Sunday. So the twentieth.": the day of the month said last belongs to the
    # month worked out before it, not to the nearest twentieth
    try:
        d = d.replace(year=strong[0].year, month=strong[0].month)
    except ValueError:
        return None
    return d if abs((d - strong[0]).days) <= 31 and strong[0].month == d.month else None


# The caller's own settling at the end: "..., so call it the twelfth", "... so let's say the ninth".
_CALL_IT = re.compile(r"[,;.]\s*(?:so|and so|anyway)?,?\s*(?:let'?s\s+)?(?:call it|say)\s+(?P<day>[^,;.!?]+?)\W*$")


def _called_so(t: str, today: date, tense: str) -> date | None:
    """The date a caller settles on at the end of a story of several days ("they said they'd
    finished on the eighth but they came back for the handrail on the twelfth of August, so call
    it the twelfth": 12 August, answers blind52): after "so call it" / "let's say", a date with its
    month, or a day of the month that one earlier clause gives with its month. None when the
    closing words name no day, or no or two earlier clauses give that day with a month. Read
    back (``inferred``): the story's own event may be another day."""
    m = _CALL_IT.search(t)
    if m is None or re.search(r"\bor\b", m.group("day")):
        return None
    day = day_of_month(m.group("day"))
    d, how = read_date(m.group("day"), today, tense)
    if any(_month_said(mo, m.group("day")) for mo in MONTHS):
        return d if how != "ambiguous" else None
    if day is None or _weekday_named(m.group("day")) is not None:
        return None
    found = set()
    for clause in re.split(r"[,;.]|\b(?:but|and|then)\b", t[: m.start()]):
        if day_of_month(clause) == day and any(_month_said(mo, clause) for mo in MONTHS):
            e = read_date(clause, today, tense)[0]
            found |= {e} if e is not None and e.day == day else set()
    return found.pop() if len(found) == 1 else None


def _settled(t: str, today: date, tense: str) -> date | None:
    """The date a caller settles on after doubting aloud ("The seventh. Or was it the eighth? The
    eighth, because the bins went out."): a question among the sentences, then a last statement
    whose first part names one of the days said before it; None otherwise."""
    sentences = [s.strip() for s in re.split(r"(?<=[.!?])\s+", t) if s.strip()]
    if len(sentences) < 3 or sentences[-1].endswith("?") or not any(s.endswith("?") for s in sentences[:-1]):
        return None
    last = read_date(re.split(r"[,;]", sentences[-1])[0], today, tense)[0]
    if last is None:
        return None
    before = set()
    for s in sentences[:-1]:
        for side in re.split(r"\bor\b", s):
            before.add(read_date(re.sub(r"\b(was it|is it|maybe|or)\b", " ", side), today, tense)[0])
    return last if last in before and len(before - {None}) > 1 else None


def _clauses_agree(t: str, today: date, tense: str, taken_back: date | None = None) -> tuple[date | None, str] | None:
    """(the date, ``inferred``) when ``t`` has two or more comma-separated parts that each name a
    date or a weekday and together name one day: all the same day, or weekdays and a day of the
    month that falls on them; (None, ``ambiguous``) when they name different days; None when fewer
    than two parts say when, or the caller offers alternatives ("or"). Parts naming ``taken_back``
    (the day a self-correction took back) are left out."""
    parts = [p for p in re.split(r"[,;]", t) if p.strip()]
    if len(parts) < 2 or re.search(r"\bor\b", t):
        return None
    if day_beside_stretch(t) is not None:
        # "Christmas week, coming on Christmas Eve": the stretch only places the day said beside it
        parts = [p for p in parts if not holiday_stretch(p)]
    read = [(p, read_date(p, today, tense)[0]) for p in parts]
    if taken_back is not None:
        read = [(p, d) for p, d in read if d != taken_back]
        parts = [p for p, _ in read]
    named_month = [p for p in parts if any(_month_said(m, p) for m in MONTHS)]
    # (a day of the month said as an ordinal is no number to numbers_in: "Monday, Monday the
    # fifteenth" names the day in its second part, answers blind64 had asked it again)
    weekday_only = [
        p
        for p in parts
        if _weekday_named(p) is not None and not numbers_in(p) and day_of_month(p) is None and p not in named_month
    ]
    # "It was the last Saturday in April, the twenty-seventh": a day of the month said alone
    # restates the date beside it when that date falls on it (it had been read in this month)
    day_only = [
        p
        for p in parts
        if p not in named_month
        and _weekday_named(p) is None
        and day_of_month(p) is not None
        and not re.search(r"\b(?:today|tomorrow|yesterday|next|last|this|week|weeks|month|ago|after|before)\b", p)
    ]
    dated = [(p, d) for p, d in read if d is not None]
    if len(dated) + len([p for p, d in read if d is None and p in weekday_only]) < 2 or not dated:
        return None
    days = {d for _, d in dated}
    full = _full_date_stands(read, named_month, today, tense) if len(days) > 1 else None
    if full is not None:
        days = {full}
        # the parts that say no other day are asides: "I booked it last Tuesday, ..., the 2nd of September"
        asides = {p for p, d in read if d is not None and d != full}
        weekday_only = [p for p in weekday_only if p not in asides]
        day_only = [p for p in day_only if p not in asides]
    if len(days) > 1:
        firm = {d for p, d in dated if p not in weekday_only and p not in day_only}
        days = firm or {d for p, d in dated if p not in weekday_only}  # the day of the month decides
    if len(days) == 1:
        day = days.pop()
        if all(_weekday_named(p) == day.weekday() for p in weekday_only) and all(
            day_of_month(p) == day.day for p in day_only
        ):
            return day, "inferred"
    return None, "ambiguous"


# A date counted in years from today: "in a year's time", "two years from now", "a year on".
_YEARS_ON = re.compile(
    r"\b(?:in|within) (?:a|an|one|two|three|\w+) years?'?s?(?: time)?\b|"
    r"\b(?:a|one|two|three|\w+) years? (?:from (?:now|today)|on|later|ago|back)\b"
)


def _full_date_stands(read: list, named_month: list, today: date, tense: str) -> date | None:
    """The date of the one part that names a day and a month ("the eighteenth of March") when no
    other part can say another day: every other part reads as that day, falls on the same day of
    the month without naming a month ("the fifth of July, the day after the fourth"), lies on the
    wrong side of today for the question ("they rang yesterday, ..., the eighteenth of March" to a
    coming date: when they rang, not the day asked for), or counts years from today to within a
    month of it ("in a year's time, ..., the twenty-first of May 2034": a year counted roughly).
    None otherwise, and when the full date itself is on the wrong side of today."""

    def wrong_side(d: date) -> bool:
        return (tense == "past" and d > today) or (tense == "future" and d < today)

    full = {d for p, d in read if d is not None and p in named_month and day_of_month(p) is not None}
    full = {d for d in full if not wrong_side(d)}
    if len(full) != 1:
        return None
    day = full.pop()
    for p, d in read:
        if d is None or d == day or wrong_side(d):
            continue
        if p in named_month:
            return None  # another month named: "the 5th of July, or was it June"
        same_day = day_of_month(p) is not None and d.day == day.day
        rough_years = bool(_YEARS_ON.search(p)) and abs((d - day).days) <= 31
        if not (same_day or rough_years):
            return None
    return day


def _weekday_named(t: str) -> int | None:
    named = {i for i, w in enumerate(WEEKDAYS) if re.search(rf"\b{w}s?\b", t)}
    return named.pop() if len(named) == 1 else None


# "Christmas Eve, to grab something for the long weekend": why the caller comes, not when.
_PURPOSE = re.compile(
    r"[,;]\s*(?:to|so (?:i|we) (?:can|could)|in order to|because|'cause|cos)\s+[^.!?]*|"
    # "... the twenty-eighth of May. I know because it was two months after the wedding" (answers
    # blind54): how the caller knows, in a sentence of its own, as number_readings.without_reason
    r"[.!?]\s*(?:and |yeah,? |oh,? )?(?:i know|i'?m sure|i'?m certain|i remember|that'?s how i know)"
    r"(?: (?:that|this|it))?(?: for sure)? (?:because|since|as|cause|'cause|cos)\b[^.!?]*"
)


def without_purpose(t: str, today: date, tense: str) -> str:
    """``t`` without a clause that says why ("..., to grab something for the long weekend",
    "..., because the kids are off") when the words before it give a date and the whole does not;
    ``t`` itself otherwise."""
    m = _PURPOSE.search(t)
    if not m or read_date(t, today, tense)[0] is not None:
        return t
    rest = t[: m.start()] + t[m.end() :]
    return rest if read_date(t[: m.start()], today, tense)[0] is not None else t


# "..., not the twenty-first", "not the third": a day ruled out beside the one meant.
_RULED_OUT = re.compile(r"(?:^|(?<=[,;]))\s*(?:and |but )?not (?:on )?(?:the )?(?P<day>[a-z0-9 -]+?)\s*(?=[,;.!?]|$)")


# "Monday's no good", "Friday doesn't work for me", "the 3rd is out", "yesterday would have been
# good": a day ruled out by what follows it.
_RULED_OUT_AFTER = re.compile(
    r"(?:^|(?<=[,;.!?]))\s*(?:but |and |well |oh )?(?P<day>[a-z0-9 -]+?)(?:'s|\s+is|\s+was)?\s+"
    r"(?:no good|not good|not great|bad|out|no use|a no|full|booked|taken|"
    # "Yesterday would have been good": a wish about a day gone, not the day booked
    r"would(?: have|'ve| of) been (?:good|nice|better|ideal|great|perfect|handy)|"
    r"(?:doesn'?t|does not|won'?t|will not|wouldn'?t|can'?t|isn'?t going to) (?:work|suit|do)(?: for (?:me|us))?)"
    r"\s*(?=[,;.!?]|$)"
)


def without_ruled_out(t: str, today: date, tense: str) -> str:
    """``t`` without the days it rules out ("it's the twenty-second, not the twenty-first" → "it's
    the twenty-second,"; "the tenth, not the third, of February"; "Monday's no good, Wednesday
    the twenty-first") when what is left still names a date; ``t`` itself otherwise."""
    ruled = [
        m
        for rx in (_RULED_OUT, _RULED_OUT_AFTER)
        for m in rx.finditer(t)
        if day_of_month(m.group("day")) or read_date(m.group("day"), today, tense)[0]
    ]
    spans = [m.span() for m in ruled]
    if not spans:
        return t
    rest = t
    for start, end in sorted(set(spans), reverse=True):
        rest = rest[:start] + rest[end:]
    rest = re.sub(r"\s*,\s*(?=[,.;!?]|$)|,\s*,", ",", rest).strip()
    # "Monday. No, Monday's no good, Wednesday the 21st": what is left is read after its correction
    found = read_date(rest, today, tense)[0] or read_date(_self_corrected_tail(rest), today, tense)[0]
    if found in {read_date(m.group("day"), today, tense)[0] for m in ruled}:
        return t  # "Thursday. Thursday's no good.": the day left is the one ruled out
    return rest if found is not None else t
