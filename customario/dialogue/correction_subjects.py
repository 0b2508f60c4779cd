"""An earlier answer changed by restating its subject, with no change verb and no question named
(issue 11; answers blind39, stop 42): "Before we go on, there were five of us, not four" while the
package is asked changes the group size; "Oh, and we did buy wine, I forgot, so yes to that one"
while the recommendation is asked changes "Did you buy any bottles?"; "Before that, we also liked
the game master, so it's the puzzles and the game master" changes the parts enjoyed.

:func:`marks_change` says whether the words carry the mark of a change (an afterthought, a
contrast with the old value); :func:`speaks_of` whether they speak of an earlier question's
subject: a count of people to a question counting people, a choice of it named by its words, or a
content word of its text or names. The survey policy
(:meth:`~customario.dialogue.survey_corrections.CorrectionsMixin._subject_restated`) changes the one
earlier answer that both fit, read back. Pure functions on cleaned text.
"""

from __future__ import annotations

import re
from typing import Any

from customario.dialogue.choices import match_choices_how
from customario.dialogue.listed_counts import asks_people
from customario.dialogue.question_names import question_stems, word_stems

# An afterthought or a contrast with what was said: "actually", "I forgot", "before we go on",
# "..., not four", "five, not four,".
_CHANGE_MARK = re.compile(
    r"\b(?:actually|i forgot|forgot to (?:say|mention|tell you)|before we go on|before (?:that|i forget)|by the way|"
    r"come to think of it|now i think about it)\b|,\s*not\s+(?:the\s+)?[a-z0-9-]+\s*(?:[,.;!]|$)"
)
# A count of people said as such: "five of us", "five people", "we were four players".
_PEOPLE_SAID = re.compile(
    r"\b(?:of us|people|players|persons|adults|guests|in our (?:group|party|team)|in the (?:group|party|team))\b"
)

# A count of people asked for in other words: "How many players were on your team, including you?"
_PEOPLE_ASKED = re.compile(
    r"\bhow many (?:players|guests|people|persons|adults|members|of you)\b|\bincluding you(?:rself)?\b"
)


def marks_change(t: str) -> bool:
    """True when ``t`` (cleaned) carries the mark of a change: an afterthought ("I forgot", "before
    we go on", "actually") or a contrast with an old value ("..., not four")."""
    return bool(_CHANGE_MARK.search(t))


def speaks_of(question: Any, t: str) -> bool:
    """True when ``t`` (cleaned) speaks of the subject of ``question``: people counted, to a
    question counting people; a choice named by its words (never a fuzzy guess), to a choice
    question; else a content word of the question's text, id or aliases."""
    if question.type == "number" and (asks_people(question) or _PEOPLE_ASKED.search((question.text or "").lower())):
        return bool(_PEOPLE_SAID.search(t))
    if question.type in ("single_choice", "multi_choice"):
        codes, how = match_choices_how(question, t)
        return bool(codes) and how not in ("fuzzy", "ordinal")
    if question.type in ("nps", "scale"):
        return False  # "a five" said of anything: a rating is changed only by its name (references)
    choice_words = word_stems(
        " ".join(w for c in getattr(question, "choices", None) or [] for w in [c.label, *c.synonyms])
    )
    return bool(word_stems(t) & (question_stems(question) - choice_words))
