"""Yes/no answers to survey questions (``type: yes_no``): the yes or no a caller's words give, from
"yeah sure" to "it came early" (the question's direction) or "most mornings" (a habit), and the
answers that have no safe reading ("yes and no", "I wouldn't say we didn't"). Used by
:func:`customario.dialogue.answers.normalise`; the word lists live in
:mod:`customario.dialogue.yesno`. Split from :mod:`customario.dialogue.answers`. Pure functions.
"""

from __future__ import annotations

import re
from typing import Any

from customario.dialogue import (
    concord,
    inferred,
    quantities,
    yesno,
    yesno_already,
    yesno_similes,
    yesno_anyone,
    yesno_asides,
    yesno_echoes,
    yesno_firsts,
    yesno_repeated,
    yesno_cancelled,
    yesno_habits,
    yesno_instead,
    yesno_unasked,
    yesno_not_yet,
    yesno_parts,
)
from customario.dialogue.answer_core import Normalised, _any, _self_corrected_tail, _valid


# Another time than the question's: "back in the summer", "before that", "two years ago".
_OTHER_TIME = re.compile(
    r"\b(?:back (?:in|then|when)|before (?:that|then)|ago|last (?:year|month|week|summer|winter|spring|autumn|fall)|"
    r"used to|earlier|in the (?:summer|winter|spring|autumn|fall)|once upon|years? back|a while back)\b"
)


# A deed negated twice in a row: "I didn't not do it", "we did not not go", and in the present: "I
# don't not want them", "she doesn't not use it".
_NOT_NOT_DONE = re.compile(
    r"^\W*(?:(?:well|um+|uh+|i mean|ha)\W+)*(?:i|we|he|she|they) "
    # and with the modal of a wish or intention: "I wouldn't not take one", "we won't not go" (blind29)
    r"(?:didn'?t|did not|haven'?t|have not|wasn'?t|don'?t|do not|doesn'?t|does not|wouldn'?t|would not|"
    r"won'?t|will not) not "
    r"(?!(?:a\b|an\b|the\b|that\b|so\b|really\b|exactly\b|quite\b))[a-z]+[^,.;!?]*\W*$"
)


# Being a thing negated twice: "I am not not a member", "we're not not subscribers" (a state that
# is or is not, unlike "I'm not not interested", which is lukewarm and stays unread).
_NOT_NOT_A = re.compile(
    r"^\W*(?:(?:well|um+|uh+|i mean|ha|technically)\W+)*(?:i'?m|i am|we'?re|we are|he'?s|he is|she'?s|she is|they'?re|they are) "
    r"not not (?:a|an|one of (?:the|your)|(?:a |an )?(?:\w+ )?(?:member|subscriber|customer|holder|owner|client|patient|user)s?\b)"
    r"[^,.;!?]*\W*$"
)


# An aside at the end that says nothing of the answer: "..., if you know what I mean", "..., you know".
_ASIDES = (
    r"if you (?:know|see|get) what i mean|if you get me|if you follow(?: me)?|if that makes (?:any )?sense|"
    r"if you catch my drift|you know|so to speak|put it that way"
)
_ASIDE_END = re.compile(
    rf"[,;]\s*(?:{_ASIDES}|"
    r"let'?s (?:say|put it that way)|to be (?:fair|honest)|honestly|like|mind you)\W*$"
)
# The same asides opening what follows a double negative: "..., if you know what I mean, it was fine".
_ASIDE_START = re.compile(
    rf"^(?:(?:{_ASIDES}|"
    r"let'?s (?:say|put it that way)|to be (?:fair|honest)|honestly|mind you)\s*[,.;!?]+\s*)+"
)
# What follows a double negative and says it plainly by its verb alone: "she does, every time",
# "they did", "he has, always". ("we were straight in" is a statement that may go either way.)
_PLAIN_AFTER = re.compile(
    r"^\W*(?:(?:yes|yeah|yep|oh|well|honestly)\W+)*(?:he|she|it|they|we|i|you|there) (?:really |definitely |certainly )?"
    r"(?:does|did|do|is|was|were|has|have|had|will|would|can)\b\s*(?:[,.;!?]|$|(?:every|each|always|without fail|too|as well)\b)"
)
_CONTRAST = re.compile(r"\b(?:but|though|although|except|however|apart from|unless|if|sometimes|mostly|usually)\b")


def _negations_cancel(question: Any, t: str, unread: bool) -> bool:
    """True when two negations in ``t`` cancel to a yes (read back): of the deed itself ("I didn't
    not test drive it", "we didn't not go", "..., if you know what I mean"), or a double negative
    said plainly after (:func:`_double_negative_resolved`, not when ``unread``: the turn asks back or
    is unclear); "I wouldn't say we didn't" alone is not."""
    if _NOT_NOT_DONE.search(_ASIDE_END.sub("", t)) or _NOT_NOT_A.search(_ASIDE_END.sub("", t)):
        return True
    if yesno_habits.every_day_reading(question, t) == "yes":
        return True  # "There wasn't a day I didn't do them." to "... on most days?"
    return not unread and _double_negative_resolved(question, t)


def _double_negative_resolved(question: Any, t: str) -> bool:
    """True when the first sentence or clause of ``t`` holds a double negative ("I can't say she
    doesn't", "it's not that he doesn't finish it", "I never didn't see one") and every word after
    it says the yes plainly ("she does, every time", "there was always someone in the chair",
    "it's fine" to a question it does not turn around), with no negation, contrast or condition: the two negations cancel and the
    plain words confirm it (answers blind21, blind24). A double negative alone stays unread."""
    dn = yesno.double_negative_at(t)
    if dn is None or re.search(r"[,.;!?]", t[: dn[0]]):
        return False
    m = re.search(r"[,.;!?]", t[dn[1] :])
    if m is None:
        return False
    rest = t[dn[1] + m.end() :].strip()
    # "It wasn't not fixed, if you know what I mean, it was fine": an aside first says nothing
    rest = _ASIDE_START.sub("", rest).strip()
    if not rest or _CONTRAST.search(rest) or re.search(r"\b(?:not|no|never|nothing|nobody|none)\b|n'?t\b", rest):
        return False
    if yesno.reading(rest)[0] == "no" or yesno.all_fine_reading(question, rest) == "no":
        return False
    if yesno.reading(rest)[0] == "yes" or _PLAIN_AFTER.search(rest):
        return True
    # "I wouldn't say we didn't escape, we got out with seconds left": a statement saying again
    # what was negated (answers blind24-blind28); "..., we were straight in" to "did you wait?" not
    return yesno_echoes.echoes(question, t[dn[0] : dn[1] + m.start()], rest)


def normalise_yes_no(question: Any, t: str) -> Normalised:
    """The yes/no reading of ``t`` (cleaned) for a ``yes_no`` question: ``"yes"``/``"no"`` with the
    method of the reading (``inferred`` ones are read back), or invalid ("yes or no") when no safe
    reading exists. The question said back first is no answer of its own: "Did they go through the
    rules? They did not." is read as "They did not." (:mod:`customario.dialogue.yesno_repeated`)."""
    echoed = yesno_repeated.answer_after_echo(question, t)
    said = t if echoed is None else echoed
    first = yesno_firsts.first_reading(question, said)  # "Never been to one before." to "... your first visit?"
    if first is not None:
        return Normalised("invalid", reason="yes or no") if first == "unclear" else _valid(first, "inferred")
    return _yes_no_said(question, said)


def _yes_no_said(question: Any, t: str) -> Normalised:
    """:func:`normalise_yes_no` once a question said back is dropped."""
    single = concord.single_negation(t)
    if single != t:
        # "Ain't nothing broke", "I didn't notice nothing damaged": negative concord, one negation
        # said with emphasis (answers blind41), read as the single negation and read back
        read = _normalise_yes_no(question, single)
        return _valid(read.value, "inferred") if read.status == "valid" else read
    # "We didn't have a coordinator"; "Haven't taken it yet" to "Did you pass?" (answers blind70)
    if yesno_cancelled.never_had_the_thing(question, t) or yesno_not_yet.earlier_step_pending(question, t):
        return Normalised("invalid", reason="yes or no")
    missed = yesno_cancelled.missing_denied(question, t)  # "haven't missed one" to "... every day?"
    if missed == "unclear":
        return Normalised("invalid", reason="yes or no")
    if yesno_cancelled.failing_denied(question, t) or missed == "yes":
        return _valid("yes", "inferred")  # "Not once did she fail to reply the same day"
    lying = _LYING_IF.match(t)
    if lying:
        # "I'd be lying if I said we did" (answers blind44): what would be a lie is not so (read back)
        read = _normalise_yes_no(question, lying.group("said"))
        if read.status != "valid":
            return Normalised("invalid", reason="yes or no")
        return _valid("no" if read.value == "yes" else "yes", "inferred")
    if _SAID_IF.search(t):
        return normalise_yes_no(question, _SAID_IF.sub(" ", t))  # "She'd kill me if I said no"
    changed = yesno_habits.changed_since_reading(question, t)  # "She does now, she didn't at first"
    if changed is not None:
        return Normalised("invalid", reason="yes or no") if changed == "both" else _valid(changed, "inferred")
    plainly = yesno_cancelled.said_plainly(question, t)
    if plainly is not None:
        # "It didn't not match", "I wouldn't say we never practised" (answers blind40, blind44): the
        # two negations cancel; the statement said plainly is read, and read back
        # (when the plain statement reads as nothing, "she does book", the rules below still apply)
        read = _normalise_yes_no(question, plainly)
        if read.status == "valid":
            return _valid(read.value, "inferred")
    if yesno_cancelled.never_denied(t):
        return Normalised("invalid", reason="yes or no")  # "I wouldn't say we never practised long"
    staying = yesno_already.staying_on(question, t) or yesno_similes.simile_yes(question, t)
    if staying is not None:
        # "He'll be going to a different tutor" to "Will he continue?", "Safe as houses." to "... secure?"
        return _valid(staying, "inferred")
    if yesno_asides.gave_in(question, t):
        return _valid("yes", "phrase")  # "Go on." to "Would you like a text reminder?"
    filler_pair = _yeah_no_then(question, t)
    if filler_pair is not None:
        return filler_pair  # "Yeah, no, they were done." (Irish English: the statement decides)
    if yesno_parts.fine_and_problem(t):
        return Normalised("invalid", reason="yes or no")  # "The time's fine, the day is the problem."
    part = yesno_parts.asked_part_reading(question, yesno_asides.plain(t))
    if part is not None:
        return _valid(part, "inferred")  # "I did the written one, but not the road one" (answers blind47)
    read = _read_of_the_thing_asked(question, t)
    offered = yesno_instead.offered_reading(question, t)
    if offered is not None:
        # "Post." to "... by email instead of by post?" (read back); a plain yes or no word against
        # the thing named ("Yes, post") is asked again
        if read.status == "valid" and read.value != offered and read.method == "phrase":
            return Normalised("invalid", reason="yes or no")
        return read if read.status == "valid" and read.value == offered else _valid(offered, "inferred")
    closing = yesno_cancelled.closing_answer(t) if read.status == "invalid" else None
    if closing is not None:
        # "Not as much as I should have, but yes" (answers blind33, blind43, blind44): the word that
        # closes the concession is the answer, read back
        return _valid(closing, "inferred")
    return read


def _read_of_the_thing_asked(question: Any, t: str) -> Normalised:
    """:func:`_normalise_yes_no`, asked again when its no denies a thing the question does not name
    ("Not a drop." to "Has the roof stayed dry?": :mod:`customario.dialogue.yesno_unasked`), or when
    the reading changes without a negated clause of time ("he explained things well alright, when
    he wasn't asleep at the wheel": :func:`yesno_parts.without_negated_when`)."""
    read = _normalise_yes_no(question, t)
    if read.status == "valid" and read.value == "no" and yesno_unasked.denies_unasked_thing(question, t):
        return Normalised("invalid", reason="yes or no")
    unlimited = yesno_parts.without_negated_when(t) if read.status == "valid" else None
    if unlimited is not None and (_normalise_yes_no(question, unlimited).value != read.value):
        return Normalised("invalid", reason="yes or no")
    return read


# "Yeah, no," opening a clause of its own: in Irish (and much British and Australian) English a
# filler before the statement that answers, not a no (answers blind56 "Yeah, no, they did, they did
# check it", blind58 "Yeah, no, they were done."); "yeah nah" stays the Australian no.
_YEAH_NO_OPENER = re.compile(r"^\W*(?:yeah|yea|yep),?\s+no\s*[,;.!]\s*(?=[a-z])")
# The deed said done by its pro-verb: "they were done", "it was all done", "that got done".
_DONE = re.compile(
    r"^(?:they|it|that|both|all|everything)(?: of them)? (?:was|were|got|have been|had been|'ve been|'s been) "
    r"(?:all |both |definitely |properly )?done\b(?: (?:alright|all right|right|properly|grand|too|as well))?\W*$"
)


def _yeah_no_then(question: Any, t: str) -> Normalised | None:
    """A yes, read back, when ``t`` (cleaned) opens with "yeah, no," and the clause after it says the
    yes plainly with no negation ("they did", "they were done"; not "post is fine", which may praise
    the other thing); None otherwise
    (the pair's own reading, a no, then applies)."""
    m = _YEAH_NO_OPENER.match(t)
    if m is None:
        return None
    rest = t[m.end() :]
    if _CONTRAST.search(rest) or re.search(r"\b(?:no|not|nope|nah|never|nothing|nobody|none)\b|n'?t\b", rest):
        return None
    if _PLAIN_AFTER.search(rest) or _DONE.match(rest):
        return _valid("yes", "inferred")
    return None


# A yes on a condition with the other case said: "If they fix the parking, otherwise no", "only if
# it's cheaper, if not, no" (answers blind50 stored the "no" with the risk read-back off): the answer
# depends on something the caller does not know yet, so it is asked again.
_ON_CONDITION = re.compile(
    r"^\W*(?:(?:well|um+|uh+|er+m?|maybe|yes|yeah|only)\W+)*(?:only )?(?:if|provided|as long as|so long as|assuming)\b"
    r"[^.;!?]*[,;.]\s*(?:otherwise|or else|else|if not|but if not)\b"
)

# Both cases of a condition said anywhere in the answer: "..., if it closes we'll take a bigger
# cabin, if it doesn't I'm back to working from home" (answers blind70 stored the last clause's
# "doesn't" as a no), "Yeah, if the time changes, otherwise no": the answer waits on the condition.
_BOTH_CASES = re.compile(
    r"\bif\b[^.;!?]{3,}?[,;.]\s*(?:and |but |or |then )?(?:if (?:it|they|he|she|we|i|you|that|there|the \w+) "
    r"(?:doesn'?t|don'?t|isn'?t|aren'?t|won'?t|can'?t|didn'?t|does not|do not|is not|will not|falls through)\b|"
    r"if not\b|otherwise\b|or else\b)"
)

# A condition said alone, as the whole answer: "Only if my face isn't in it", "Provided you don't
# name the street", "As long as it's not before nine". The consent waits on the condition, and a
# "not" inside it belongs to the condition, never the answer (answers blind64 had stored "Only if my
# face isn't in it." to "May we share one of your photos?" as a no). A yes before it ("Aye, as long
# as you tag the photographer") or a verdict after it ("..., so no") is read as said.
_CONDITION_ALONE = re.compile(
    r"^\W*(?:(?:well|um+|uh+|er+m?|hmm+|oh|erm|i mean)\W+)*(?:only if|only when|provided(?: that)?|providing|"
    r"as long as|so long as|on condition that)\b[^,.;!?]*[.!]?\s*$"
)


# A yes or a no only as what the caller might say, in a condition: "She'd kill me if I said no",
# "if we say yes, do we get a discount?" (answers blind58 had read "Ugh, probably. She'd kill me if
# I said no." as a no). The word is named, not said as the answer (a mention, not a use).
_SAID_IF = re.compile(
    r"\b(?:if|unless|whether) (?:i|we) (?:said|say|says|was to say|were to say|answered|answer|told (?:him|her|them|you))"
    r"(?: that)? (?:no|yes|not)\b"
)
# What the caller would be lying to say, as the whole answer: "I'd be lying if I said we did",
# "I'd be telling a lie if I told you it was".
_LYING_IF = re.compile(
    r"^\W*(?:(?:well|oh|honestly|um+|uh+|look)\W+)*(?:i'?d|i would) be (?:lying|telling (?:a )?(?:lie|fib|porkies)|fibbing) "
    r"if i (?:said|told you|say|was to say|were to say)(?: that)? (?P<said>[^,.;!?]+)\W*$"
)


def _normalise_yes_no(question: Any, t: str) -> Normalised:
    """:func:`normalise_yes_no` for ``t`` without a negative concord."""
    # "Not that I didn't want to, but no": the disclaimer is no answer; "it's not like I wasn't
    # there": said plainly
    plainly = yesno_asides.inability_said_plainly(question, t)  # "I can't say it didn't fit" → "it did fit"
    denied_denial = yesno_asides.denial_denied(t) or yesno_asides.others_differ(t) or yesno_asides.tagged(t)
    denied_denial = denied_denial or plainly != t
    t = yesno_asides.plain(plainly)
    why_not = yesno.unanswered(t)
    if why_not == "someone_else":
        return (
            Normalised("dont_know", method="phrase")
            if question.allow_dont_know
            else Normalised("invalid", reason="yes or no")
        )
    if _negations_cancel(question, t, unread=why_not in ("question", "unclear")):
        return _valid("yes", "inferred")
    if (
        why_not in ("question", "unclear")
        or yesno.double_negative(t)
        or yesno.split_answer(t)
        or re.search(r"\b(yes and no|no and yes)\b", t)
        or yesno.with_exception(t)
        or yesno_asides.premise_denied(question, t)
        or yesno_asides.parts_differ(t)
        or yesno_asides.scorn_alone(t)
        or yesno_asides.faint_praise(t)  # "Smoother than my ex's driving, which isn't saying much"
        or _ON_CONDITION.match(t)  # "If they fix the parking, otherwise no" (answers blind50)
        or _BOTH_CASES.search(t)  # "..., if it closes we'll stay, if it doesn't I'm off" (answers blind70)
        or _CONDITION_ALONE.match(t)  # "Only if my face isn't in it" (answers blind64)
    ):
        # "I wouldn't say we didn't wait long", "yes for the room, no for the bathroom": no safe reading.
        return Normalised("invalid", reason="yes or no")
    said = _self_corrected_tail(t)
    by_amount = yesno.threshold_reading(question, said) if said != t else None
    if by_amount is None:
        said = t
        by_amount = yesno.threshold_reading(question, t)
    if by_amount is not None:
        # "Exactly fifteen" to "more than fifteen minutes?" is a no (read back), never the "exactly"
        # as a yes; amounts on both sides of it, or a yes/no word they contradict, are asked again.
        # "Yes. Well, no actually, it was only ten minutes": what follows the taking back counts.
        # "Seen right on time" answers "did you wait more than twenty minutes?" with no time.
        yn = yesno.reading(re.sub(r"\b(exactly|precisely|definitely|(right |bang |dead )?on time)\b", " ", said))[0]
        ok = by_amount != "ambiguous" and yn in (None, by_amount)
        return _valid(by_amount, "inferred") if ok else Normalised("invalid", reason="yes or no")
    # "Fine." to "Did anything arrive broken?" is a no; "a plumber came, but not the adjuster" too
    fine = (
        yesno.all_fine_reading(question, t)
        or yesno.all_good_reading(question, t)  # "Everything's grand, thanks" to "Is it all working?"
        or yesno_asides.against_promise(question, t)
        or yesno_asides.someone_else_instead(question, t)
    )
    if fine is not None:
        return _valid(fine, "inferred")
    flipped = (
        yesno.antonym_reading(question, t) or yesno.synonym_reading(question, t) or yesno.enough_reading(question, t)
    )
    if flipped is not None:
        return _valid(flipped, "inferred")
    t = quantities.OTHER_RATER.sub(" ", t).strip() or t  # "I'd say no, but my wife would say yes"
    tail = _self_corrected_tail(t)
    head = t[: t.rfind(tail)] if tail != t else ""
    if (
        re.match(r"^\W*(?:not|never)\b[^.!?]*?[,.]?\s*no\s*[.!,;]\s*$", head)
        and yesno.reading(head)[0] == "no"
        and not re.search(r"\b(?:yes|yeah|yep|yup|actually|i mean|wait)\b", tail)
        and _OTHER_TIME.search(tail)
    ):
        # "Not in the last three months, no. Back in the summer they did.": the "no" agrees with
        # the "not" before it, it takes nothing back; what follows is another time (read back)
        return _valid("no", "inferred")
    taken_back = re.match(r"^\W*(no|nope|nah|yes|yeah|yep)\W+(wait|sorry|i mean|actually|hang on|hold on)\b\W*", t)
    if taken_back and (tail == t or yesno.reading(tail)[0] is None) and yesno.reading(t[taken_back.end() :])[0]:
        # "No, wait, yes, it came Friday": the first word is taken back; "Yes, wait, no, it's the
        # student one" too, though its "wait, no" is also a self-correction marker that leaves no
        # yes or no after it.
        tail = t[taken_back.end() :]
    reconsidered = yesno.reconsidered(t)
    if reconsidered is not None and (tail == t or yesno.reading(tail)[0] is None):
        tail = t[reconsidered:]  # "Yes. Hmm, well, no, I'm moving in January": the second thought counts
    yn, method = yesno.reading(tail)
    if tail != t and yn is None:
        yn = yesno.antonym_reading(question, tail)  # "Yeah, on time, I mean a day late"
        method = "self-corrected"
    if tail != t and yn is not None:
        method = "self-corrected"
    elif tail != t:
        yn, method = yesno.reading(t)
    if yn is None and (not _any(yesno.BOTH, t) or inferred.part_only(question, t)):
        # "I was, until the prices went up" to "Are you a season ticket holder?" before "I was"
        yn = yesno_habits.not_now_reading(question, t) or inferred.implied_yes_no(question, t)
        method = "inferred"
    if yn is None:
        # "Most mornings", "deleted it"; "I already did" to "Will you ...?"
        yn = yesno_habits.habit_reading(question, t) or yesno_already.done_already(question, t)
        yn = yn or yesno_already.still_to_come(question, t)  # "It's booked for May" to "... yet?"
        # "Nobody, calm as a millpond." / "Me." to "Did anyone get seasick?"
        yn = yn or yesno_anyone.who_reading(question, t)
        method = "inferred"
    turned = _turned(t)
    if turned is not None:
        return turned  # "No, yes. Yes.", "Nope, yes": a bare no and a bare yes, the last one counts
    if yn == "yes" and tail == t and yesno.contradicted(question, t):
        return Normalised("invalid", reason="yes or no")  # "Sure it was, three days late": said with a no
    if yn == "yes" and method == "phrase" and _LUKEWARM.search(t) and not _PLAIN_YES.search(t):
        # "Eh, they were fine." to "Were the staff helpful?": adequate is not plainly helpful (read back)
        method = "inferred"
    if yn and denied_denial and method in ("phrase", "exact"):
        # "It's not as if I never get it": two negations resolved; "My husband did, I didn't": the
        # caller's own part, where "you" may have meant the party. Read back.
        method = "inferred"
    return _valid(yn, method) if yn else Normalised("invalid", reason="yes or no")


# A yes said only as "fine" or "okay" about the people or things asked after ("they were fine",
# "it was ok I guess"): lukewarm, so read back rather than stored at once.
_LUKEWARM = re.compile(
    r"\b(?:they|it|he|she|that|everyone|everything|staff|people)(?:'re|'s| were| was| are| is)"
    r"(?: \w+)? (?:fine|ok|okay|alright|all right|decent|adequate|so-so|not bad|passable)\b"
)
_PLAIN_YES = re.compile(r"\b(?:yes|yeah|yep|yup|definitely|absolutely|very|really|so|super|of course|totally)\b")


_SUBJECT = r"(?:\s+(?:he|she|it|they|we|i|you|there)\s+"
_BARE = re.compile(
    r"^\s*(?:(?P<yes>(?:yes|yeah|yep|yup|aye)(?:\s+(?:yes|yeah|yep|yup|aye))*"
    + _SUBJECT
    + r"(?:did|was|were|do|does|is|are|has|have|had|will|would|could))?)"
    r"|(?:no|nope|nah)(?:\s+(?:no|nope|nah))*"
    + _SUBJECT
    + r"(?:didn'?t|wasn'?t|weren'?t|don'?t|doesn'?t|isn'?t|aren'?t|hasn'?t|haven'?t|hadn'?t|won'?t|wouldn'?t|couldn'?t))?)\s*$"
)


_FILLER = re.compile(r"^\s*(?:wait|sorry|hang on|hold on|i mean|um+|uh+|er+m?|oh|ah|actually|well|hmm+)\s*$")


def _turned(t: str) -> Normalised | None:
    """The answer of a turn that holds a bare "no" clause and a bare "yes" clause one after the
    other (fillers such as "wait" between): "No, yes. Yes, it's gone."; "Nope, yes."; "Yes. No."
    The caller changed their mind, so the last bare word is the answer and it is read back
    (``self-corrected``), never the first one stored as said. Invalid when the words after it read
    the other way; None when the turn has no such pair. ("Yeah, no" is no and "no, yeah" yes, as
    in Australian English.)"""
    clauses = [m for m in re.finditer(r"[^,.;!?]+", t) if m.group().strip() and not _FILLER.match(m.group())]
    marks = [("yes" if b.group("yes") else "no") if (b := _BARE.match(c.group())) else None for c in clauses]
    # The two must follow each other: "Before? No. During, yes." answers two things, one each.
    if not any(a and b and a != b for a, b in zip(marks, marks[1:])):
        return None
    bare = [(c, said) for c, said in zip(clauses, marks) if said]
    last, said = bare[-1]
    after = yesno.reading(t[last.end() :])[0] if re.search(r"[a-z]", t[last.end() :]) else None
    return _valid(said, "self-corrected") if after in (None, said) else Normalised("invalid", reason="yes or no")
