"""Multi-choice answers read as a whole phrase (``multi_choice`` questions): "all of them (but
...)", "none (except ...)", ordinals ("the first and third"), "both returns", "and nothing else",
and choices named only in a clause that declines them ("the coffee was cold so no"); plus the
small helpers on a question's choices that mean none. Used by
:mod:`customario.dialogue.choice_answers` (moved out of it unchanged when it grew past 600 lines);
pure functions, no I/O.
"""

from __future__ import annotations

import re
from typing import Any

from customario.dialogue import choice_wholes, choice_words
from customario.dialogue.answer_core import Normalised, _valid
from customario.dialogue.choice_picks import ordinal_choices, unnamed_items
from customario.dialogue.choice_undecided import places_or
from customario.dialogue.codes import is_dont_know
from customario.dialogue.choices import activity_everything, all_choices_said, match_choices_how


def _both_of_a_kind(question: Any, t: str) -> str:
    """``t`` with "both returns" as "federal return and state return" when exactly two choice
    labels end in that word ("federal return", "state return"); otherwise ``t``."""
    m = re.search(r"\bboth (?:the |of the |my )?([a-z]+?)s\b", t)
    if not m:
        return t
    pair = [c.label for c in question.choices if c.label.lower().split()[-1] == m.group(1)]
    return t[: m.start()] + " and ".join(pair) + t[m.end() :] if len(pair) == 2 else t


def _only_those(question: Any, t: str) -> str:
    """``t`` without "and nothing else" ("A rattle and nothing else", "printing, that's all": only
    what was named), unless it opens the answer and nothing else names a choice ("Nothing else,
    just the consult": what the question leaves out, the none choice)."""
    only = _ONLY_THOSE.sub(" ", t).strip()
    return t if _NOTHING_ELSE.match(t) and not match_choices_how(question, only)[0] else only


_NOTHING_ELSE = re.compile(
    r"\W*(?:(?:um+|uh+|oh|well|no)\W+)?(?:nothing|none|not?hing more) (?:else|besides|more|other)\b"
)


# (also "Wheel, and none of the others", "the gym, not the others": the rest declined, answers blind33;
# "the apron, otherwise none of them", answers blind41)
_ONLY_THOSE = re.compile(
    r"[,;]?\s*\b(and|but)?\s*\b(?:(nothing|none|no more|not?hing more) (else|besides|more|other)|"
    r"(?:none|not any|neither) of the (?:others?|rest)|not the (?:others?|rest)|"
    # "The apron, otherwise none of them" (answers blind41): "otherwise" makes the none the rest
    r"otherwise (?:none|nothing|not a thing|not any)(?: (?:of (?:them|those|these|the others?|the rest)|else))?)\b"
)
_NONE_EXCEPT = re.compile(
    # the exception may open the next sentence: "Nothing. Well, except the coat check."
    r"^\W*(none|nothing|neither|not a thing|no (\w+ )?(problems?|issues?|complaints?|trouble))\b"
    r"(?:[^.!?]*?|[^.!?]*[.!?]\s*(?:well|oh|ah|actually|hmm+|um+|uh+)\W+)"
    r"\b(except|apart from|other than|besides|but for|save for|aside from|bar)\b(?P<rest>.*)$"
)

# The same exception said the other way round, or with "but" straight after the negative word:
# "Apart from the speeches running over, nothing.", "Nothing but the band being too quiet."
# (answers blind47 had stored the none choice for both): an exceptive after a negative quantifier
# says the thing excepted and no other (Cambridge Grammar of the English Language, 2002, on "but").
_EXCEPT_THEN_NONE = re.compile(
    r"^\W*(?:(?:um+|uh+|well|oh|honestly)\W+)*(?:apart from|aside from|except for|other than|besides)\s+"
    r"(?P<rest>[^,.;!?]+),\s*(?:(?:really|honestly)\s+)?(?:nothing|none|not a thing|no (?:other )?(?:problems?|issues?|complaints?))"
    r"(?:\s+(?:else|really|at all|much))?\W*$"
    r"|^\W*(?:(?:um+|uh+|well|oh|honestly)\W+)*(?:nothing|not a thing) but (?P<rest2>.+)$"
)


def _excepted(question: Any, named: list[str], labels: str) -> Normalised:
    """The answer of an exception to "nothing" ("None, except the light thing", "Apart from the
    speeches, nothing"): the choices it names other than the none choice, read back; asked again
    when it names no choice."""
    named = [c for c in named if c not in _none_choices(question)]
    return _valid(named, "inferred") if named else Normalised("invalid", reason=f"one or more of: {labels}")


# A clause that names a choice and then declines it: "the coffee was cold so no", "the shuttle, gave
# it a miss", "didn't bother with the lounge".
_DECLINED = re.compile(
    r"\b(?:so no|so nope|so nah|gave (?:it|that|them) a miss|didn'?t bother(?: with (?:it|that|them))?|skipped (?:it|that))\W*$|"
    # what was meant or tried but not done: "would've got tyres but they were out of stock"
    r"^\W*(?:i |we )?(?:would(?:'ve| have)|was going to|were going to|meant to|wanted to|tried to|almost)\b"
)


def _without_declined(question: Any, t: str, codes: list[str], method: str) -> tuple[list[str], str]:
    """``codes`` without the choices named only in a clause that declines them ("Loaner, the coffee
    was cold so no" is the loaner alone) or after "only X" in a later clause about something else
    ("Only the oil, the brakes were fine"); a changed list is read back."""
    # "Only the oil, ...", "just the state one, ...", and with the word after: "state only, ..."
    only = re.match(r"\W*(?:only|just)\s+([^,.;]+)[,.;]\s*(.+)$", t) or re.match(
        r"\W*((?:\w+\s+){0,3}\w+)\s+only[,.;]\s*(.+)$", t
    )
    if only and not re.search(r"\b(and|also|too|as well|plus|oh)\b", only.group(2)):
        first = match_choices_how(question, only.group(1))[0]
        if first and set(first) < set(codes):
            return first, "inferred"
    said: list[tuple[list[str], bool]] = []
    for clause in re.split(r"[,.;!?]", t):
        named = match_choices_how(question, clause)[0] if clause.strip() else []
        if _DECLINED.search(clause) and not named and said and said[-1][0]:
            said[-1] = (said[-1][0], True)  # "Towels, didn't bother": the clause before is declined
        elif named:
            said.append((named, bool(_DECLINED.search(clause))))
    declined = {c for named, no in said if no for c in named}
    kept = {c for named, no in said if not no for c in named}
    left = [c for c in codes if c not in declined or c in kept]
    return (left, "inferred") if left and left != codes else (codes, method)


# "A bit of everything", "a little of each", "some of all of them": a mix, which may not take in
# every choice; all are read back rather than stored at once.
_A_LITTLE_OF_ALL = re.compile(
    r"\b(?:a (?:little )?bit|a little|bits|a mix|a mixture|a touch|a smattering) of (?:everything|each|it all|all of (?:it|them)"
    r"|all (?:the|those|these|sorts))\b"
)


def _many_choices(question: Any, t: str, labels: str) -> Normalised | None:
    """Multi-choice answers by phrase: "all of them" (but...), ordinals ("the first and third"),
    "none"; None when the answer names choices some other way."""
    exception = _NONE_EXCEPT.search(t)
    flipped = _EXCEPT_THEN_NONE.search(t) if exception is None else None
    if flipped is not None:
        # "Apart from the speeches running over, nothing": the exception is the answer (read back)
        return _excepted(question, _namer(question)(flipped.group("rest") or flipped.group("rest2")), labels)
    kept = choice_wholes.NONE_OTHER.search(t) if exception is None else None
    if kept is not None:
        # "None of the others, just the warranty": the one kept is the answer (read back); "nothing
        # else, just the consult" keeps something that is no choice, so it stays a none (below)
        named = [c for c in _namer(question)(kept.group("rest")) if c not in _none_choices(question)]
        if named:
            return _valid(named, "inferred")
    if exception:
        # "None, except the light thing", "no problems other than a drip": the exception is the
        # answer (read back); an exception that names no choice is asked again.
        rest = exception.group("rest")
        return _excepted(question, _namer(question)(rest) or choice_words.word_named(question, rest), labels)
    if re.search(
        # "Didn't use a single one", "never used one of them": none, as "didn't use any"
        r"^(?:(?:none|nothing|neither|none of (?:them|those|these|the above))\b|(?:i |we )?(?:didn'?t|did not|never) "
        r"(?:use|have|take|try|get|need|used|had|took|tried|got|needed) (?:any|anything|a (?:single )?(?:one|thing)|"
        r"a single (?:one|thing) of (?:them|those|these)|one of (?:them|those|these))(?: of (?:that|those|them|these|it))?\W*$)",
        t,
    ):
        # A choice that means none ("None of them", "No classes") is the answer, not an empty list;
        # it comes first: "None of those, we did everything ourselves" says no service. A choice
        # named plainly in a later sentence ("None. Well, my daughter's veggie.") makes it unsure.
        # "None of these, well, maybe the sauna": a hedge after a comma turns to a choice as well, and so
        # does "but" ("Nothing broken, but the microwave never turned up": the none was of one kind, s48)
        later = re.split(r"[.!?;]|,\s*(?=(?:well|maybe|perhaps|actually|oh|though|unless|but)\b)", t, maxsplit=1)
        named = match_choices_how(question, later[1], deeds=False)[0] if len(later) > 1 else []
        if not named and len(later) > 1 and choice_wholes.NONE_TAKEN_BACK.match(later[1]):
            # "None of these. Oh wait, the back door does stick.": taken back for a choice said by
            # what it does (read back), or for none that can be read (asked again, never a none;
            # answers blind62 had read the none)
            deed = [c for c in match_choices_how(question, later[1])[0] if c not in _none_choices(question)]
            return _valid(deed, "inferred") if deed else Normalised("invalid", reason=f"one or more of: {labels}")
        if named := [c for c in named if c not in _none_choices(question)]:
            # "Nothing. Wait, no, one tiny mackerel": taken back in so many words (answers blind37);
            # "Nothing went wrong. Well, the music, a bit.": conceded after all (blind47)
            return (
                _valid(named, "self-corrected")
                if choice_wholes.NONE_TAKEN_BACK.match(later[1]) or choice_wholes.NONE_CONCEDED.match(later[1])
                else Normalised("invalid", reason=f"one or more of: {labels}")
            )
        return _none_said(question)
    if (
        choice_wholes.none_with_reason(question, t, _namer(question))
        or choice_wholes.none_by_deed(question, t)
        or choice_wholes.none_by_kind(question, t, _namer(question))  # "Not a drop", "no extras at all"
    ):
        none = _none_choices(question)[:1]  # "We didn't use any of that, we're self-contained" (read back)
        return _valid(none, "inferred")
    if activity_everything(question, t):
        return Normalised("invalid", reason=f"one or more of: {labels}")  # "wrapping everything, and the storage"
    every = all_choices_said(question, t)
    # "All of them" never takes in the question's own "none of them" choice.
    some = [c.code for c in question.choices if c.code not in _none_choices(question)]
    if every:
        rest = re.search(
            r"\b(except|but|apart from|aside from|other than|besides|save|excluding|minus|bar|barring|not including|"
            r"outside of)\b(.*)$",
            t,
        )
        if rest:
            # "everything but the rooms and the events": each item by name or one distinctive word
            left_out = match_choices_how(question, rest.group(2))[0]
            by_items = choice_words.items_named(question, rest.group(2), _namer(question))
            left_out = by_items if by_items and set(left_out) <= set(by_items) else left_out
            if not left_out:
                return Normalised("invalid", reason=f"one or more of: {labels}")
            return _valid([code for code in some if code not in left_out], "inferred")
        if _A_LITTLE_OF_ALL.search(t):
            return _valid(some, "inferred")  # "a bit of everything": a mix, maybe not each one (read back)
        listed = [c for c in match_choices_how(question, t, deeds=False)[0] if c in some]
        if 2 <= len(listed) < len(some) and not unnamed_items(question, t):
            # "All of it. Furniture, boxes, the seasonal stuff, the lot.": "all" said over a list
            # of some of the choices (held-out answers blind31 had stored every choice): the list,
            # read back; a list with an item that names no choice ("bus, tram, metro, train and
            # boat. The lot.") may be all of them, and stays all
            return _valid(listed, "inferred")
        # "All of them, I think, not sure", "I forgot, it was all four": every choice said beside a
        # doubt or a lapse of memory is read back (held-out answers blind55)
        return _valid(some, "inferred" if is_dont_know(t) else "phrase")
    picked = ordinal_choices(question, t)
    if picked and places_or(t):
        return Normalised("invalid", reason=f"one or more of: {labels}")  # "the first or the second one"
    if picked is not None:
        return _valid(picked, "ordinal") if picked else Normalised("invalid", reason=f"one or more of: {labels}")
    return None


def _namer(question: Any):
    """``named(text)``: the codes ``text`` names for ``question``, never by a fuzzy guess."""

    def named(text: str) -> list[str]:
        codes, how = match_choices_how(question, text)
        return [] if how == "fuzzy" else codes

    return named


def _none_said(question: Any) -> Normalised:
    """The answer "none of them" to a multi-choice ``question``.

    When the question offers a choice that means none ("or none of these"), that choice is the
    answer, stored as said. When it offers none, the empty selection is a value the survey did not
    list, and writers of the blind corpora read it both ways: an honest "used none of them"
    (``[]``, answers/blind10 pharmacy and bins, blind14 on board) or an answer outside the choices
    to ask again (answers/blind15 skills, see tests/corpus/BLIND-README.md section 2). So ``[]`` is
    read back ("I heard none of them, is that right?") and stored only once the caller confirms:
    never stored silently, never lost when meant. A method of ``inferred`` (lenient) does that.
    """
    none = _none_choices(question)[:1]
    return _valid(none, "phrase") if none else _valid([], "inferred")


def _none_choices(question: Any) -> list[str]:
    """Codes of the choices that mean none ("none of them", "no classes")."""
    return [c.code for c in question.choices if re.match(r"(none|no|nothing)\b", f"{c.code} {c.label}".lower())]
