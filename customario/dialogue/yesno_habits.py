"""Yes/no answers to a question about a present habit ("Do you use the parent portal?", "Does
your family shop at the market?") said as how often or as a habit given up (issue 11):

- how often it is done is a yes: "Most mornings", "every day", "all the time", "a couple of times
  a week", "now and then", "sometimes, at night mostly"; to "Do you ever ...?" any how-often is;
- having stopped is a no: "I tried it once and deleted it", "gave up on it last spring", "not
  any more", "uninstalled it".

A careful interviewer would still check, so both readings are ``inferred`` (read back). "Rarely"
and "hardly ever" say nothing safe (a yes by the letter, a no in spirit) and are left unread,
except to a question about what is usually done ("Does she usually ...?"), which "hardly ever"
answers no and "every single time" yes; and
so is a habit given up beside another taken up ("stopped using the website, I use the app now").
Pure functions on cleaned text; no I/O.
"""

from __future__ import annotations

import re
from typing import Any

# "Do you use ...?", "Does your son ride ...?", "Do any of you ...?": a present habit, not "did".
_HABIT_QUESTION = re.compile(r"^\W*(?:do|does) (?:you|your|any|anyone|anybody|someone|the|he|she|they)\b")
_HOW_OFTEN = re.compile(
    r"^\W*(?:(?:oh|um+|uh+|well|yeah|i do|we do|i use it|we use it|use it|i'?d say|pretty much|almost|nearly)\W+)*"
    r"(?:every (?:single )?(?:day|morning|evening|night|week|weekday|weekend)|each (?:day|week)|daily|weekly|"
    r"all the time|most (?:days|mornings|evenings|nights|weeks)|constantly|regularly|often|quite often|"
    r"very often|(?:every )?now and (?:then|again)|sometimes|occasionally|from time to time|at times|every so often|"
    r"on and off|off and on|(?:once|twice|\w+ times|a (?:few|couple(?: of)?) times) "
    r"(?:a|per|every) (?:day|week|month)|several times a (?:day|week))"
    r"(?:\W+(?:basically|really|honestly|probably|at least|pretty much|i'?d say))*\W*$"
)
_FREQUENCY_ASKED = re.compile(r"\b(?:usually|normally|regularly|often|at least|every|each|a week|a month|a day)\b")
# "Do you ever ...?": any how-often at all is a yes.
_EVER_ASKED = re.compile(r"\bever\b")
# Given up: "deleted it", "uninstalled it", "stopped using it", "gave up on it", "not any more".
_GIVEN_UP = re.compile(
    r"\b(?:deleted|uninstalled|removed|cancell?ed|unsubscribed from|stopped using|stopped going|gave up(?: on)?|"
    r"quit(?: using)?|got rid of|don'?t (?:use|go|do) (?:it|that|them) any ?more|not any ?more|no longer)\b"
)
# Something else taken up instead: the habit may have moved, not ended.
_INSTEAD = re.compile(r"\b(?:now|instead|again|but|these days|switched|moved to|use the)\b")


# "Does she usually ...?", "Do you normally ...?": a habit asked as the rule, which "always" or
# "hardly ever" answers at once (answers blind24).
_AS_A_RULE_ASKED = re.compile(r"\b(?:usually|normally|generally|typically|as a rule|mostly|tend to)\b")
# ... in any tense that asks a yes or no: "Has your walker generally shown up within the window?",
# "Was the bus usually on time?" (answers blind61 had asked "Always, like clockwork." again).
_RULE_QUESTION = re.compile(
    r"^\W*(?:do|does|did|has|have|had|is|are|was|were) (?:you|your|any|anyone|anybody|someone|the|he|she|they|it)\b"
)
_LEAD = (
    r"^\W*(?:(?:oh|well|um+|uh+|honestly|gosh|god|blimey|crikey|ah)\W+)*(?:(?:he|she|they|we|i|it)\W+(?:does|do)\W+)?"
)
_ALWAYS = re.compile(
    _LEAD + r"(?:(?:almost|nearly|pretty much|just about|virtually)\s+)?(?:always|every (?:single )?(?:time|day|night|"
    r"evening|afternoon|morning|week|session|visit|lesson)|each (?:and every )?(?:time|day|night|week|session)|"
    r"without fail|most of the time|nine times out of ten)\b(?P<rest>.*)$"
)
_SELDOM = re.compile(
    _LEAD
    + r"(?:hardly|barely|scarcely) (?:ever|at all)\b(?P<rest>.*)$|"
    + _LEAD
    + r"(?:rarely|seldom|almost never|next to never|not (?:often|usually|normally|really)|once in a blue moon)\b(?P<rest2>.*)$"
)
# ("until" and "till" take back only when they end the habit, not when they end a span of the day:
# "Every single day, from breakfast till bed" says how long each day, answers blind49)
_TAKES_BACK = re.compile(
    r"\b(?:but|though|except|unless|apart from|not|never|no|sometimes|depends|used to)\b|n'?t\b|\?|"
    r"\b(?:until|till)\b(?!\s+(?:bed|bedtime|night|nighttime|dark|dusk|dinner|supper|tea|teatime|lunch|lunchtime|"
    r"evening|midnight|noon|i go to (?:bed|sleep)|lights out|closing)\b)"
)


def as_a_rule_reading(question: Any, t: str) -> str | None:
    """``yes`` when the cleaned answer ``t`` to a question about what is usually done ("Does he
    usually finish his reading at the library?") says it is done always or nearly ("every single
    time", "without fail", "most of the time"), ``no`` when it says hardly ever ("hardly ever",
    "rarely", "not often"), with nothing after that takes it back (a "but", a negation, a
    question); else None. Both are read back (``inferred``)."""
    asked = (getattr(question, "text", "") or "").lower()
    if getattr(question, "type", None) != "yes_no" or not _AS_A_RULE_ASKED.search(asked):
        return None
    if not _RULE_QUESTION.search(asked):
        return None
    m = _ALWAYS.match(t)
    # "always" as a clause of its own ("Always, like clockwork"); "Always late" says what always was
    if m and not _TAKES_BACK.search(m.group("rest")) and re.match(r"\W*(?:$|[,.;!])", m.group("rest")):
        return "yes"
    m = _SELDOM.match(t)
    if m and not _TAKES_BACK.search(m.group("rest") or m.group("rest2") or ""):
        return "no"
    return None


# "Did you do your exercises on most days?", "Do you walk daily?": at least most days asked, in any tense.
_MOST_DAYS_ASKED = re.compile(
    r"\b(?:(?:on )?most (?:days|mornings|evenings|nights)|every (?:day|morning|evening|night)|each day|daily)\b"
)
# ... or at least most weeks: "Does your child practise at home most weeks?"
_MOST_WEEKS_ASKED = re.compile(r"\b(?:(?:on |in )?most weeks|every week|each week|weekly)\b")
# Every day said, which is at least most days: "Religiously.", "Every blessed day, sugar.", "There
# wasn't a day I didn't do them.", "Never missed a day" (answers blind37).
_EVERY_DAY = re.compile(
    r"^\W*(?:(?:oh|well|um+|uh+|honestly|yeah|yes|gosh|lord)\W+)*(?:(?:i|we|she|he|they) (?:did|do|does)(?: them| it)?\W+)?"
    r"(?:religiously|without fail|day in,? day out|(?:every|each) (?:(?:blessed|single|livelong|last|god-?given) )?"
    r"(?:day|morning|evening|night)|(?:there )?(?:wasn'?t|was not|was never|never was) a (?:single )?day (?:that )?"
    r"(?:i|we|he|she|they) (?:didn'?t|did not|missed|skipped)\b[^,.;!?]*|(?:i |we )?(?:never|not once) (?:missed|skipped) "
    r"a (?:single )?day|not a (?:single )?day (?:went by|passed|was missed))\b(?P<rest>.*)$"
)


# Some days of the week only: "Only for church on Sundays", "just at weekends", "mainly on weekdays"
# (answers blind49): fewer than most days, so a no to a question about every day or most days.
_SOME_DAYS_ONLY = re.compile(
    r"^\W*(?:(?:oh|well|um+|uh+|er+m?|honestly|no|nah|nope)\W+)*(?:only|just|mainly|mostly)\b[^?!]*?"
    r"\b(?:(?:on |at |for )?(?:mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays|weekends|"
    r"(?:the )?weekend|special occasions)|(?:once|twice|one day|two days|a day or two) a week)\b"
)


def every_day_reading(question: Any, t: str) -> str | None:
    """``yes`` when the cleaned answer ``t`` to a question about doing something on most days or
    every day (or most weeks), in any tense, says it was done every day ("Religiously.", "There
    wasn't a day I didn't do them.") with nothing after that takes it back; ``no`` when it says only some days of
    the week ("Only for church on Sundays", "just at weekends"); else None. Read back
    (``inferred``)."""
    asked = (getattr(question, "text", "") or "").lower()
    if getattr(question, "type", None) == "yes_no" and _MOST_WEEKS_ASKED.search(asked):
        # "Religiously." to "Does she practise most weeks?" (answers blind58): every day is every week
        m = _EVERY_DAY.match(t)
        return "yes" if m and not _TAKES_BACK.search(m.group("rest")) else None
    if getattr(question, "type", None) != "yes_no" or not _MOST_DAYS_ASKED.search(asked):
        return None
    if _SOME_DAYS_ONLY.match(t) and not re.search(r"\b(?:yes|yeah|yep|every|each|daily|and|but)\b", t):
        return "no"
    m = _EVERY_DAY.match(t)
    return "yes" if m and not _TAKES_BACK.search(m.group("rest")) else None


# A question about each occasion, in any tense: "Did your coordinator get back to you quickly
# whenever you got in touch?", "Did the crew leave the site tidy at the end of each day?"
_EACH_TIME_ASKED = re.compile(
    r"\b(?:whenever|every time|each time|(?:at the end of |on )?(?:each|every) (?:day|night|visit|session|lesson|"
    r"week|call|time you|occasion))\b"
)


def each_time_reading(question: Any, t: str) -> str | None:
    """``yes`` when the cleaned answer ``t`` to a yes/no question about each occasion ("... whenever
    you got in touch?") says it was so always ("Always, usually within the hour.", "Within
    minutes, every single time."; answers blind47), ``no`` when it says hardly ever; said as the
    first clause or as the last, with nothing anywhere that takes it back (a "but", a negation, a
    question). Read back (``inferred``): "always" is how a careful listener hears a yes here, the
    same reading :func:`as_a_rule_reading` gives to "Does she usually ...?"."""
    asked = (getattr(question, "text", "") or "").lower()
    if getattr(question, "type", None) != "yes_no" or not _EACH_TIME_ASKED.search(asked):
        return None
    if _TAKES_BACK.search(t):
        return None
    clauses = [c.strip() for c in re.split(r"[,.;!]+", t) if c.strip()]
    for clause in clauses[:1] + clauses[-1:]:
        if _ALWAYS.fullmatch(clause):
            return "yes"
        if _SELDOM.fullmatch(clause):
            return "no"
    return None


def habit_reading(question: Any, t: str) -> str | None:
    """``yes`` when the cleaned answer ``t`` only says how often, ``no`` when it says the habit a
    present-tense question asks about was given up, else None (see the module docstring)."""
    asked = (getattr(question, "text", "") or "").lower()
    if (each := each_time_reading(question, t)) is not None:
        return each
    if (every_day := every_day_reading(question, t)) is not None:
        return every_day
    if getattr(question, "type", None) != "yes_no" or "?" in t:
        return None
    if (as_a_rule := as_a_rule_reading(question, t)) is not None:
        return as_a_rule  # "every single time" or "hardly ever" to "does she usually ...?"
    if not _HABIT_QUESTION.search(asked):
        return None
    first, _, rest = (re.split(r"([,.;!]+)", t, maxsplit=1) + ["", ""])[:3]
    often = _HOW_OFTEN.match(t) or (
        # "Sometimes, at night mostly", "Constantly. Drives me mad.": how often, then a remark that
        # takes nothing back
        _HOW_OFTEN.match(first)
        and not re.search(r"\b(?:no|not|never|nope|nah|rarely|hardly|barely|seldom|used to|any ?more)\b|n'?t\b", rest)
    )
    if often:
        # "Do you usually ...?", "... at least weekly?": how often is weighed against the question
        # (customario.dialogue.inferred), never taken as a plain yes here; "Do you ever ...?" is
        # answered yes by any how-often
        return None if _FREQUENCY_ASKED.search(asked) and not _EVER_ASKED.search(asked) else "yes"
    if _GIVEN_UP.search(t) and not _INSTEAD.search(t) and not re.search(r"\b(?:yes|yeah|yep|sure)\b", t):
        return "no"
    return None


# "Are you a season ticket holder?", "Do you have a membership?": a present state asked, no plan.
_STATE_ASKED = re.compile(
    r"^\W*(?:are|is|do|does|have|has) (?:you|your|yours)\b(?![^?]*\b(?:plan|planning|intend|going to|will|would|next|"
    r"future|again)\b)"
)
# The state ended: "I was, until the prices went up", "we were till last year" (answers blind25).
# (Only planned, "I'm thinking about getting one", is left unread: test_answers_inferred.)
_NOT_NOW = re.compile(
    r"^\W*(?:(?:well|oh|um+|uh+|honestly)\W+)*(?:i|we) (?:was|were|did|had(?: one| it)?|used to(?: be)?)\W*,?\s*"
    r"(?:until|till|up until|up to)\b"
)


def not_now_reading(question: Any, t: str) -> str | None:
    """``no`` when the cleaned answer ``t`` to a question about a present state ("Are you a season
    ticket holder?") says the state ended ("I was, until the prices went up"); else None. Read
    back (``inferred``)."""
    asked = (getattr(question, "text", "") or "").lower()
    if getattr(question, "type", None) != "yes_no" or not _STATE_ASKED.search(asked) or "?" in t:
        return None
    return "no" if _NOT_NOW.search(t) and not re.search(r"\b(?:yes|yeah|yep|again|now|still|since)\b", t) else None


# A clause about now and one about an earlier time: "She does now, she didn't at first", "He didn't
# use to, but he does these days", "Not to begin with. Now, yes."
_NOW = re.compile(r"\b(?:now|these days|nowadays|by now|at the moment|lately)\b")
_EARLIER = re.compile(
    r"\b(?:at first|at the start|in the beginning|to begin with|to start with|initially|early on|"
    r"used to|first few (?:weeks|lessons|months|times)|before)\b"
)
_NEGATED = re.compile(r"\b(?:not|never|no|nope|nah|no longer|any ?more)\b|n'?t\b")
_AFFIRMED = re.compile(r"\b(?:yes|yeah|yep|does|do|did|is|are|was|were|has|have|loves?|likes?|enjoys?)\b")


def changed_since_reading(question: Any, t: str) -> str | None:
    """``yes``/``no`` for the cleaned answer ``t`` to a question about a present state ("Does your
    child look forward to the lessons?") when it contrasts now with an earlier time and the two
    clauses differ ("She does now, she didn't at first" → yes; "He did at first, not any more" is
    left to the rules about a state given up): the clause about now answers a question in the
    present tense. To a question about the past ("Did your son like the club?") such a change answers
    both ways: ``both``, asked again. Else None. Read back (``inferred``): the caller told a change,
    which a careful interviewer checks. Source: the answers corpora (blind46 had stored the earlier "didn't" as a
    no)."""
    asked = (getattr(question, "text", "") or "").lower()
    past = _PAST_ASKED.search(asked) is not None
    if getattr(question, "type", None) != "yes_no" or not (past or _STATE_ASKED.search(asked)) or "?" in t:
        return None
    clauses = [c.strip() for c in re.split(r"[,.;!]+|\bbut\b|\bthough\b|\balthough\b", t) if c.strip()]
    now = [c for c in clauses if _NOW.search(c) and not _EARLIER.search(c)]
    earlier = [c for c in clauses if _EARLIER.search(c) and not _NOW.search(c)]
    if len(now) != 1 or len(earlier) != 1 or len(clauses) > 3:
        return None

    def polarity(clause: str) -> str | None:
        if _NEGATED.search(clause):
            return "no"
        return "yes" if _AFFIRMED.search(clause) else None

    said_now, said_before = polarity(now[0]), polarity(earlier[0])
    if said_now is None or said_before is None or said_now == said_before:
        return None
    return "both" if past else said_now


# "Did your son like the club?", "Was she happy with it?": the whole of a past stretch asked, which
# a change within it answers both ways.
_PAST_ASKED = re.compile(r"^\W*(?:did|was|were|had) (?:you|your|he|she|they|the)\b")
