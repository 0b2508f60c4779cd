"""A yes/no question answered part by part: "I did the written one, but not the road one" to "Have
you taken your road test yet?" (answers blind47, which stored a yes with the risk read-back off).

The caller did one thing of a kind and not another, and names each. Only the part the question
itself names counts: when the part denied is the one the question's words name and the part done
is not, the answer is a no; the other way round ("we did the road one but not the written one"),
a yes. When both or neither part is named by the question, there is no reading here (the other
rules, which ask again for "yes for the room, no for the bathroom", apply). Read back
(``inferred``): the caller never said yes or no. Pure functions on cleaned text; no I/O.

One part said to be fine and another said to be the problem ("The time's fine, the day is the
problem." to "Does the lesson time suit you?") answers both ways: :func:`fine_and_problem` (answers
blind58 had stored a yes from the "fine").

A negation inside a clause of time ("when he wasn't asleep at the wheel", "whenever they weren't on
their phones") limits the answer to some occasions; it is no answer of its own:
:func:`without_negated_when` gives the answer without it, so that a no read only from such a clause
is asked again (held-out answers blind67 had stored "Oh, he explained things well alright, when he
wasn't asleep at the wheel." as a no).
"""

from __future__ import annotations

import re
from typing import Any

from customario.dialogue.question_names import word_stems

# "I did the written one, but not the road one", "we had the starter but not the main course", "she
# passed the theory part but not the practical".
_PART_NOT_PART = re.compile(
    r"^\W*(?:(?:well|oh|um+|uh+|er+m?|so|yeah|yes|no|nah|kind of|sort of|half)\W+)*"
    r"(?:i|we|he|she|they)(?:'ve| have)? (?:did|done|took|taken|had|passed|sat|finished|completed|got|went to|went on) "
    r"(?:the |my |our |his |her |their )?(?P<done>[a-z-]+(?: [a-z-]+)?)(?: (?:one|part|bit|test|half))?,? "
    r"but not (?:the |my |our |his |her |their )?(?P<not>[a-z-]+(?: [a-z-]+)?)(?: (?:one|part|bit|test|half))?"
    r"(?: (?:yet|though|as yet))?\W*$"
)


def asked_part_reading(question: Any, t: str) -> str | None:
    """``"no"`` when ``t`` (cleaned) says the caller did a part the question does not name but not
    the part it names; ``"yes"`` the other way round; None otherwise (see the module docstring)."""
    if getattr(question, "type", None) != "yes_no":
        return None
    m = _PART_NOT_PART.match(t)
    if m is None:
        return None
    asked = word_stems(getattr(question, "text", "") or "")
    done, denied = word_stems(m.group("done")) & asked, word_stems(m.group("not")) & asked
    if denied and not done:
        return "no"
    if done and not denied:
        return "yes"
    return None


_OWNER = r"(?:the |my |our |his |her |their |this |that )?"
# "The time's fine", "the price is okay", "the staff were great": one part said to be all right.
_FINE_PART = re.compile(
    rf"^\W*(?:(?:well|oh|um+|uh+|so|yeah|look)\W+)*{_OWNER}(?P<part>[a-z]+)(?:'s|'re| is| are| was| were) "
    r"(?:(?:absolutely |perfectly |totally |just )?(?:fine|ok|okay|good|great|grand|alright|all right|perfect|no problem))\W*$"
)
# "the day is the problem", "the cost was the real issue", "Thursdays are a nightmare": another part
# said to be what is wrong.
_PROBLEM_PART = re.compile(
    rf"^\W*(?:but |though |it'?s |just )?{_OWNER}(?P<part>[a-z]+)(?:'s|'re| is| are| was| were) "
    r"(?:the|a|an|our|my)? ?(?:real |only |big |main |whole )?(?:problem|issue|trouble|catch|snag|hitch|"
    r"sticking point|nightmare|pain|headache)(?: though)?\W*$"
)


def fine_and_problem(t: str) -> bool:
    """True when one clause of ``t`` (cleaned) says a part is fine and another says another part is
    the problem ("The time's fine, the day is the problem."): an answer both ways, asked again."""
    clauses = [c.strip() for c in re.split(r"[,;.!?]|\bbut\b|\bthough\b|\bjust\b", t) if c.strip()]
    fine = {m.group("part") for c in clauses if (m := _FINE_PART.match(c))}
    problem = {m.group("part") for c in clauses if (m := _PROBLEM_PART.match(c))}
    return bool(fine) and bool(problem) and bool(fine ^ problem)


# A clause of time with a negated verb: "when he wasn't asleep at the wheel", "whenever they weren't
# on their phones", "while she wasn't busy".
_NEGATED_WHEN = re.compile(
    r"\b(?:when|whenever|while)\s+(?:he|she|they|it|we|you|i|the \w+)\s+"
    r"(?:wasn'?t|weren'?t|was not|were not|isn'?t|aren'?t|is not|are not|didn'?t|did not|hadn'?t|couldn'?t|"
    r"wouldn'?t|was never|were never)\b[^,.;!?]*"
)


def without_negated_when(t: str) -> str | None:
    """``t`` (cleaned) without its clauses of time that hold a negation ("..., when he wasn't asleep
    at the wheel"), or None when it has none."""
    kept = _NEGATED_WHEN.sub(" ", t)
    return kept if kept != t else None


# "One came, the other one didn't.", "Once I did, once I didn't.", "The first day I found a spot,
# the next day I didn't": one of two things or occasions each way (held-out answers blind71 had
# stored "One came, the other one didn't." as a no to "Did you get the text messages?").
_ONE = r"(?:one(?: of them)?|once|the first(?: one| time| day)?|one (?:time|day|week))"
_OTHER = r"(?:the other(?: one| time| day| week)?|once|another(?: one| time| day)?|the second(?: one| time)?|the next(?: one| time| day)?)"
_ONE_AND_OTHER = re.compile(
    rf"\b{_ONE}\b([^.;!?]{{0,40}}?)[,;]\s*(?:but\s+|and\s+|then\s+)?{_OTHER}\b([^.;!?]{{0,40}})"
)
_NOT = re.compile(r"\b(?:\w+n'?t|not|never|no)\b")


def one_and_other(t: str) -> bool:
    """True when ``t`` (cleaned) answers one of two things or occasions one way and the other the
    other way, with a negation in exactly one half ("one came, the other one didn't", "once I did,
    once I didn't", "the first one didn't arrive, the second did"); not "one came late, the other
    one did too", nor two noes ("one didn't come, the other didn't either")."""
    return any(bool(_NOT.search(m.group(1))) != bool(_NOT.search(m.group(2))) for m in _ONE_AND_OTHER.finditer(t))
