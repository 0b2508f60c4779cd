"""Read-backs of survey answers (issue 11): whether an answer is read back before it is stored.

:class:`ReadBackMixin` holds the :class:`~customario.dialogue.survey_flow.SurveyPolicy` methods that
decide on a read-back from the answer's confidence (the recogniser's for voice, the parser's for
text, 0..1) and the campaign's ``understanding`` settings, say it ("I heard seven, is that right?"),
and handle the caller's yes, no or "no, eight", up to ``max_denials``. It uses the policy's state
(``pending``, ``phase``, ``denials``, ``resume``) and helpers (``_record``, ``_ask``, ``_text``).
"""

from __future__ import annotations

from typing import Any

from customario.definitions import Question, evaluate_when
from customario.dialogue import answer_risk, keypad, number_forms, question_names, references, spoken_doubts
from customario.dialogue.answers import Normalised, describe, normalise, yes_no
from customario.dialogue.policy import Action, Say
from customario.dialogue.spoken import stray_words, unknown_word_after_number
from customario.dialogue.yesno import confirmation


# Recogniser confidence below which a spoken "don't know" or refusal is asked again, not stored,
# whatever the campaign's ``confirm_below``: the floor of 2 December morning. The campaign's
# ``confirm_below`` (default 0.8) applies as well, see ``_unsure_code``.
UNSURE_CODE_BELOW = 0.2
# Single words a spoken "no" to a read-back is heard as, taken as that no (see _confirm_reply).
HEARD_FOR_NO = frozenset({"none"})
# A spoken reply to a read-back that is only a denial word: that no, never a new value. To "I heard
# the waiting area, is that right?" at a multiple-choice question with "none of these", a bare "no"
# or "nope" read as the answer "none" was read back in the value's place ("I heard none of these, is
# that right?"), the caller's no to that was the last denial allowed, and the question was left
# unanswered with no keypad offered (answers blind45 and blind48 voice samples, gb-f3-170 phone, 6
# December 2026); a caller who means none says "none of them". Typed, the same: a typed "no" to "I
# heard electronics and the property itself" had been read back as "none of these" (answers blind53).
BARE_NO = frozenset({"no", "nope", "nah", "naw", "no no"})
# A spoken reply to a read-back that asks to hear it again ("again?"). The telephone band also makes
# a "yes" into "again" (us-f4-140 through the phone band: 45 of 71 on the blind15 voice sample), so
# the read-back is said once more and the next reply is heard by a model without the call-control
# phrases that hold "again" (``voice.expected_for_policy``, :attr:`ReadBackMixin.again_at_read_back`):
# a yes then comes out as a yes, a caller who asked "again?" has heard the read-back again, and a
# lone "again" never confirms a value by itself (it used to go to the forced yes/no pass, which
# heard "again?" as "yep" or "yes" in 15 to 22 of 24 tries, 4 December 2026).
HEARD_AGAIN = frozenset({"again"})
# How a code heard in a spoken open answer is read back (:meth:`ReadBackMixin._read_back_code`).
CODE_HEARD = {"dont_know": "that you don't know", "refused": "that you'd rather not say"}


# Auxiliary verbs and the subjects an elliptical reply puts before them ("I did", "they won't"), for
# :func:`other_auxiliary`. The read-back asks "is that right?": its own auxiliary is "is".
_AUXILIARIES = frozenset(
    """do does did have has had will would can could shall should may might must was were are am
    don't doesn't didn't haven't hasn't hadn't won't wouldn't can't couldn't shan't shouldn't
    mightn't mustn't wasn't weren't aren't""".split()
)
_READ_BACK_AUXILIARIES = frozenset({"is", "isn't", "'tis"})
_SUBJECTS = frozenset({"i", "you", "he", "she", "it", "we", "they", "that", "this"})
# The auxiliaries of "Would you like us to stop calling this number?" and "Would you like to stop the
# survey here?": "I would" and "I wouldn't" answer them; "didn't" does not (:func:`other_auxiliary`).
STOP_QUESTION_AUXILIARIES = frozenset({"would", "wouldn't", "'d"})


def other_auxiliary(text: str, own: frozenset[str] = _READ_BACK_AUXILIARIES) -> bool:
    """True when a reply to a read-back ("I heard seven, is that right?") is only an auxiliary verb
    other than the question's own "is", with at most a subject before it and "not" after it
    ("didn't", "it did", "they won't"): English answers a yes/no question elliptically by echoing
    its auxiliary ("Is it?" "It is." / "It isn't."; Quirk et al., A Comprehensive Grammar of the
    English Language, 1985, on elliptical replies), so such a bare reply answers some other
    question and is neither a yes nor a no here. Through the telephone band a read-back "yes" came
    out as a lone "didn't" 14 times and "no" 8 times (answers blind27, blind28, blind29, blind31
    and blind32 voice samples, us-f4-140 phone, 5 December 2026); "didn't" was taken as a no.
    ``own``: the auxiliaries of the question replied to (default: the read-back's "is"; the stop
    questions' "would", :data:`STOP_QUESTION_AUXILIARIES`)."""
    words = text.lower().strip(" .!?,").split()
    if words and words[0] in _SUBJECTS:
        words = words[1:]
    if len(words) == 2 and words[1] == "not":
        words = words[:1]
    return len(words) == 1 and words[0] in _AUXILIARIES and words[0] not in own


def elliptic_stop_reply(text: str, confidence: float | None) -> bool:
    """True when a spoken reply (``confidence`` not None) to "Would you like us to stop calling?" is
    a lone auxiliary other than its "would" (:func:`other_auxiliary`: "didn't", a "yes" through the
    phone band): neither a yes nor a no to that question. A typed reply never is."""
    return confidence is not None and other_auxiliary(text, STOP_QUESTION_AUXILIARIES)


def bare_word(text: str) -> bool:
    """True when the spoken words ``text`` are one bare word ("no", "yes"). A yes/no answer heard
    so is the shortest path of the question's language model, the one any short reply falls to
    when its own words are lost: through the telephone band "Sure was." came out as a lone "no" at
    recogniser confidence 0.42 and 0.50, above the 0.3 below which a yes/no answer is read back,
    and was stored as the wrong answer, while right lone noes and yeses came out at 0.05-0.2 and
    were read back anyway (answers blind52 voice sample, 6 December 2026). Such a reading keeps the
    campaign's ``confirm_below``: a read-back costs one turn, a wrong yes/no stored costs the fact."""
    return len(text.split()) == 1


class ReadBackMixin:
    """Read-back methods of :class:`~customario.dialogue.survey_flow.SurveyPolicy` (not used alone)."""

    @property
    def again_at_read_back(self) -> bool:
        """True while a read-back is said once more because the caller's spoken reply was only
        "again" (:data:`HEARD_AGAIN`): the recogniser then hears the next reply without the
        call-control phrases (``voice.expected_for_policy``)."""
        return self.phase == "confirm" and bool(self.pending and self.pending.get("again"))

    def _hint(self, q: Question) -> str:
        if q.type == "nps":
            return "Any number from zero to ten."
        if q.type == "scale":
            lo, hi = q.bounds
            return f"Any number from {lo:g} to {hi:g}."
        if q.type == "yes_no":
            return "Yes or no?"
        if q.type in ("single_choice", "multi_choice"):
            labels = [c.label for c in q.choices]
            return ", ".join(labels[:-1]) + " or " + labels[-1] + "?"
        return ""

    def _heard(self, n: Normalised, confidence: float | None) -> tuple[float, str]:
        """(answer confidence, method): typed text keeps the parser's; speech takes the lower of the
        recogniser's and the parser's."""
        if confidence is None:
            return n.confidence, f"text:{n.method}"
        return round(min(float(confidence), n.confidence), 3), f"voice:{n.method}"

    def _needs_confirmation(
        self,
        q: Question,
        n: Normalised,
        conf: float,
        spoken: bool = False,
        text: str = "",
        change: bool = False,
        risk: bool = True,
    ) -> bool:
        """True when ``n`` (heard from ``text`` at answer confidence ``conf``) is read back first;
        ``change``: ``n`` changes an earlier answer (its own announcement says the new value);
        ``risk=False``: without the first-contact risk read-back (:meth:`_risky`)."""
        if n.status != "valid" or q.confirm == "never":
            return False
        if spoken and n.method == "exact" and q.type in ("nps", "scale", "number") and stray_words(text):
            # A number heard "exactly" beside stray fragments ("five out it" for "somewhere between
            # eight and nine", at recogniser confidence 1.0 on blind3): the recogniser may be wrong.
            return True
        if n.method == "exact" and q.type in ("nps", "scale", "number") and unknown_word_after_number(text):
            # "one fiddy" (slang: 1.50 or 150?): a number beside a word nobody knows is read back.
            return True
        if q.type == "open":
            # Typed words are the answer, and are never read back to the person who typed them
            # (the first-contact risk read-back included). A transcript below the campaign's
            # confirm_open_below is read back: open speech is where the offline recogniser is least
            # reliable, and a wrong transcript stored as the caller's words is worse than one more
            # question.
            return spoken and conf < self.understanding.confirm_open_below
        if q.confirm == "always":
            return True
        u = self.understanding
        threshold = u.confirm_below
        if spoken and q.type == "yes_no" and not change and self._names_other_answer(q, text):
            return True
        if q.type == "yes_no" and (not spoken or n.method == "exact") and not (spoken and bare_word(text)):
            # Reading back "I heard no, is that right?" is a second yes/no question: only when the
            # recogniser is really unsure (yes/no is what it hears best, FACTS.md: 30/30). A spoken
            # yes/no inside other words ("um not really of question" for "go back to the previous
            # question") keeps the campaign's threshold, and so does one heard as a bare word
            # (:func:`bare_word`).
            threshold = min(threshold, 0.3)
        return conf < threshold or (u.confirm_lenient and n.lenient) or (risk and bool(self._risky(q, n, text, change)))

    def _names_other_answer(self, q: Question, text: str) -> bool:
        """True when the spoken words ``text``, heard as a yes or no to ``q``, name another question
        already answered by one of its own names (its aliases or id: "trips", "the last ride") and
        none of ``q``'s words: the caller may be changing that answer ("the trips, it was twenty")
        with the change verb lost, and an auxiliary beside the name ("trips didn't", "the last ride
        it didn't") is no answer to ``q``. Such a yes or no is read back, whatever the
        recogniser's confidence: heard so at 1.0 it was stored for the question being asked, a
        wrong value (issue 11, the voice rows' known class "a heard question name without a change
        verb"). Spoken words only: a typed answer is the caller's own."""
        words = question_names.word_stems(text)
        if not words or words & question_names.own_names(q):
            return False
        # A word of q's own text names q as well ("I wore it on every ride, yes" names no other question).
        words -= question_names.question_stems(q)
        return any(
            words & question_names.own_names(other)
            for other in self.campaign.questions
            if other.id != q.id and other.id in self.statuses
        )

    def _risky(self, q: Question, n: Normalised, text: str, change: bool = False) -> list[str]:
        """Why the valid reading ``n`` of ``text`` for ``q`` has the shape of an answer that is
        often wrong at first contact (:func:`customario.dialogue.answer_risk.risks`); [] when it
        looks plain, when it changes an earlier answer (``change``: "wait", "actually", "before
        that" are the form of a change, which is said back anyway: "I've changed that to seven")
        or when the campaign's ``understanding.confirm_risky`` is off."""
        if not self.understanding.confirm_risky or change or n.status != "valid" or not text:
            return []
        return answer_risk.risks(q, text, n.value)

    def _accept(
        self,
        q: Question,
        text: str,
        n: Normalised,
        confidence: float | None,
        resume: Question | None = None,
        prefix: str = "",
    ) -> list[Action]:
        """Store ``n`` for ``q`` (or read it back first); then ask ``resume`` (an interrupted
        question) or the next one."""
        if resume is None:
            resume, self.resume = self.resume, None
        other = self._other_reading(q, text, n)
        n = other or n
        conf, method = self._heard(n, confidence)
        change = resume is not None
        spoken = method.startswith("voice:")
        if other is not None or self._needs_confirmation(q, n, conf, spoken=spoken, text=text, change=change):
            risky = self._risky(q, n, text, change)
            if risky and not self._needs_confirmation(q, n, conf, spoken=spoken, text=text, change=change, risk=False):
                # Read back only for its shape: `calls show` and the exports show why. An answer read
                # back anyway (unsure, lenient) keeps its plain method.
                method = f"{method}+risk:{','.join(risky)}"
            self._await_confirmation(q, text, n, conf, method, resume)
            self.pending["risk"] = risky
            said = " ".join(p for p in (prefix, self._confirm_text(q, n.value)) if p)
            if self.denials.get(q.id):
                # The caller said no to a read-back of this question already: this one is the
                # second, and its yes or no may be typed.
                said += self._offer_read_back_keys(self.pending, spoken)
            return [Say(said)]
        record = self._record(q, text, n, confidence=conf, method=method, confirmed=False)
        return [record, *self._continue(resume, prefix or self._ack())]

    def _other_reading(self, q: Question, text: str, n: Normalised) -> Normalised | None:
        """The other reading of a price said in two parts ("sixteen fifty": 16.50 or 1,650, see
        :func:`customario.dialogue.number_forms.other_price_reading`) when the caller said no to
        the read-back of the reading ``n`` holds and said the same words again; it is read back in
        its turn (``inferred``), never stored unconfirmed. None when the caller did not deny
        ``n``'s value, the words have no other reading, or they denied that one too."""
        denied = self.denied_values.get(q.id, [])
        if n.status != "valid" or n.value not in denied:
            return None
        other = number_forms.other_price_reading(q, text, n.value)
        if other is None or other in denied:
            return None
        return Normalised("valid", other, confidence=min(n.confidence, 0.7), method="inferred")

    def _unsure_code(
        self, q: Question, text: str, n: Normalised, confidence: float | None, before: tuple[str, bool] | None
    ) -> list[Action] | None:
        """What to do with a spoken "don't know" or refusal ``n`` heard below the campaign's
        ``confirm_below`` (and not said twice, :meth:`_code_heard_twice`), or None to go on.
        ``before``: the code heard in the caller's previous answer to ``q`` and whether it was
        heard at :data:`UNSURE_CODE_BELOW` or above (None: no code).

        A code the recogniser is unsure of is more often a misheard answer ("ten" heard as
        "dunno", "Minus two." as "i refuse" at 0.31) than a code: the first time it is asked again
        (a code read back at once invites a yes to anything). The same code heard again on the
        caller's next answer, below the floor either time, is read back ("I heard that you don't
        know, is that right?"): on the blind15 voice sample the per-question model heard "i
        haven't decided", "couldn't tell you" and "not telling" right twice running at 0.05-0.17,
        and were dropped. An open question reads back a faint code the first time: its transcript
        comes from the open-vocabulary model, whose confidence is near zero even for words heard
        right ("i don't know" twice at 0.01), and every other spoken open answer heard that
        faintly is read back already."""
        n = self._code_heard_before(q, text, n, confidence, before)
        if (
            n.status not in ("dont_know", "refused")
            or confidence is None
            or confidence >= max(UNSURE_CODE_BELOW, self.understanding.confirm_below)
            or self._code_heard_twice(q, n.status, confidence, before)
        ):
            return None
        self._code_texts[q.id] = text
        self._faint_codes[q.id] = n.status
        if q.type == "open" or (before is not None and before[0] == n.status) or self._last_try(q, n.status):
            return self._read_back_code(q, text, n, confidence)
        n = Normalised("invalid", reason="to hear that once more", confidence=0.0, method="unsure")
        return self._invalid(q, text, n, offer=True)

    def _code_heard_before(
        self, q: Question, text: str, n: Normalised, confidence: float | None, before: tuple[str, bool] | None
    ) -> Normalised:
        """``n``, or the code heard in the caller's previous answer to ``q`` (``before``) when this
        spoken answer, heard below ``confirm_below``, holds both codes at its ends
        (``spoken_doubts.end_codes``: "i don't know i'd go with won't say") and the parser took the
        other one: the caller said the same thing twice, and the code of both hearings is the one
        to read back. A value or a code that does not conflict is left as it is."""
        if (
            before is None
            or confidence is None
            or confidence >= self.understanding.confirm_below
            or n.status not in ("dont_know", "refused")
            or n.status == before[0]
        ):
            return n
        if spoken_doubts.end_codes(q, text, self._today()) != {"dont_know", "refused"}:
            return n
        return Normalised(before[0], confidence=n.confidence, method="unsure")

    def _last_try(self, q: Question, code: str) -> bool:
        """True when the caller's answer to ``q`` being taken now is their last before ``q`` is
        recorded invalid (one more re-ask would reach ``reask.max_attempts``) and they have not
        said no to a read-back of ``code`` ("dont_know" or "refused") for ``q`` already.

        Then a faint code is read back instead of dropped (:meth:`_unsure_code`,
        :meth:`_code_said_before`): asking again costs nothing while turns are left, but on the
        last one it throws away the only reading there is, and a read-back risks nothing, since the
        caller's own yes decides (the way an IVR confirms its best guess before giving up). Source:
        the +keypad voice rows of answers blind27, blind28, blind29 and blind32 (5 December 2026,
        four callers): of 44 don't-knows and refusals lost, 13 had the code in one of their
        hearings ("don't know really i can't know haven't i", "skip that", "haven't decided"), and
        no "no" to a read-back in those runs was heard as a yes (0 of 964)."""
        rules = q.reask or self.campaign.reask
        return self.reasks.get(q.id, 0) + 1 >= rules.max_attempts and (q.id, code) not in self._codes_denied

    def _code_said_before(
        self, q: Question, text: str, n: Normalised, confidence: float | None, before: tuple[str, bool] | None
    ) -> list[Action] | None:
        """Read back the code heard faintly in the caller's previous answer to ``q`` (``before``,
        see :meth:`_unsure_code`), or else in an earlier one, when this spoken answer (``n``, from ``text``) is not understood
        at all and is their last try (:meth:`_last_try`), instead of recording ``q`` invalid; None
        otherwise. "Haven't the foggiest." came out as "haven't decided" and then as "haven't not
        did" through the telephone band: the first hearing is the only reading there is."""
        if confidence is None or n.status != "invalid" or q.type == "open":
            return None
        # The code of the previous answer, else one heard faintly in an earlier answer to ``q``
        # (a value read back and denied in between): "I don't remember the exact day." heard as
        # "i don't really know the fifth of may", then "i'd go with the third of may" (denied),
        # then "i don't really of the days" (answers blind33 voice sample, us-f4-140 phone).
        code = before[0] if before is not None else self._faint_codes.get(q.id)
        if code is None or not self._last_try(q, code):
            return None
        said = self._code_texts.get(q.id, text)
        heard = Normalised(code, confidence=0.0, method="unsure")
        return self._read_back_code(q, said, heard, min(confidence, UNSURE_CODE_BELOW / 2))

    def _code_heard_twice(self, q: Question, code: str, confidence: float, before: tuple[str, bool] | None) -> bool:
        """True when the spoken ``code`` ("dont_know" or "refused") for ``q`` was heard at
        recogniser confidence ``confidence`` >= :data:`UNSURE_CODE_BELOW` and the caller's previous
        answer to ``q`` (``before``) was the same code, heard at that floor or above too: said twice
        in a row, it is stored without a read-back. Remembers this hearing for the next turn.
        Source: the +keypad voice rows of blind13/blind14 (3 December 2026): of every recognition
        heard as a code at >= 0.2, none came from an answer that was not that code."""
        sure_enough = confidence >= UNSURE_CODE_BELOW
        self._codes_heard[q.id] = (code, sure_enough)
        return sure_enough and before == (code, True)

    def _inferred_code(self, q: Question, text: str, n: Normalised, confidence: float | None) -> list[Action] | None:
        """Read back a "don't know" the parser concluded from a fact rather than heard said ("I
        haven't booked one yet": survey writers code it as don't know or ask again), or None."""
        if n.status == "dont_know" and n.method == "inferred":
            return self._read_back_code(q, text, n, confidence)
        return None

    def _read_back_code(self, q: Question, text: str, n: Normalised, confidence: float) -> list[Action]:
        """Read back a "don't know" or a refusal (``n``) heard faintly ("I heard that you don't
        know, is that right?", see :meth:`_unsure_code`) instead of storing or dropping it."""
        resume, self.resume = self.resume, None
        conf, method = self._heard(n, confidence)
        self._await_confirmation(q, text, n, conf, method, resume)
        return [Say(self._confirm_text(q, n.value, n.status))]

    def _await_confirmation(
        self, q: Question, text: str, n: Normalised, conf: float, method: str, resume: Question | None
    ) -> None:
        """Hold ``n`` (heard from ``text`` at ``conf`` by ``method``) for ``q`` until the caller
        confirms the read-back; ``resume`` is the question to ask after it."""
        self.pending = {
            "question": q,
            "text": text,
            "n": n,
            "confidence": conf,
            "method": method,
            "resume": resume,
            "unclear": 0,
        }
        self.phase = "confirm"
        self.current = q

    def _confirm_text(self, q: Question, value: Any, status: str = "valid") -> str:
        """The read-back sentence of ``value`` (or of a code ``status``) for ``q``."""
        if status in CODE_HEARD:
            return f"I heard {CODE_HEARD[status]}, is that right?"
        if q.type == "yes_no":
            return f"I heard {value}, is that right?"
        return f"I heard {describe(q, value)}, is that right?"

    def _continue(self, resume: Question | None, prefix: str) -> list[Action]:
        if resume is not None and resume.id not in self.statuses and evaluate_when(resume.when, self.answers):
            return self._ask(resume, prefix)
        return self._ask(self._next_question(), prefix)

    def _confirm_reply(self, text: str, confidence: float | None) -> list[Action]:
        p = self.pending
        q, n = p["question"], p["n"]
        t = text.strip()
        if confidence is not None and other_auxiliary(t):
            # "didn't" to "is that right?": no reply to this question (see other_auxiliary)
            return self._unclear_reply(q, p)
        answer = yes_no(t)
        if (
            answer == "yes"
            and confidence is not None
            and (spoken_doubts.right_lead_lost(t) or spoken_doubts.yes_broken_off(t))
        ):
            # "of right": the "that's" or the "not" before "right" lost; "yes i": the clause after
            # the yes lost (spoken_doubts.right_lead_lost, yes_broken_off)
            return self._unclear_reply(q, p)
        bare = " ".join(t.lower().replace(",", " ").split()).strip(" .!")
        if bare in BARE_NO or (confidence is not None and bare in HEARD_FOR_NO):
            # "No" to a read-back came out of the recogniser as "none" 25 times in 132 on the
            # blind13/blind14 voice rows (never a caller's "none"): a plain no, not a new value of
            # zero read back in its place. A caller who meant zero says it to the question again.
            return self._denied(q, p)
        new = normalise(q, t, today=self._today()) if q.type != "open" else None
        if (
            q.type != "yes_no"
            and new is not None
            and new.status == "valid"
            and new.value != n.value
            and self._faint_other_value(answer, confidence)
        ):
            # Another value heard alone, faintly: as likely the yes or no said back (see
            # _faint_other_value) as a new answer, so the read-back is checked again.
            return self._unclear_reply(q, p)
        if q.type != "yes_no" and new is not None and new.status == "valid" and new.value != n.value:
            # "No, eight": a denial with the right value in it. "Yep, nine" to "I heard five" is
            # not a yes to five either: nine is read back in its place.
            return self._denied(q, p, candidate=(t, new, confidence))
        # A yes confirms when nothing else is said beside it, or when the caller restates the
        # value ("yes, eight"); "definitely staff" is asked again (yesno.confirmation).
        restated = new is not None and new.status == "valid" and new.value == n.value
        if answer == "yes" and (restated or confirmation(t) == "yes") and not references.wants_repeat(t):
            self.pending = None
            self.phase = "question"
            record = self._record(q, p["text"], n, confidence=p["confidence"], method=p["method"], confirmed=True)
            return [record, *self._continue(p["resume"], self._ack())]
        if answer == "no" and restated and number_forms.other_price_reading(q, t, n.value) is not None:
            # "No, sixteen fifty" to "I heard $16.50": the same words again, so the other reading
            # of them (1,650) is read back in its place
            return self._denied(q, p, candidate=(t, new, confidence))
        if answer == "no":
            return self._denied(q, p)
        if confidence is not None and t.lower().strip(" .!?,") in HEARD_AGAIN and not p.get("again"):
            # Asked to hear it again (or a "yes" the phone band made into "again"): said once more,
            # not counted as an unclear reply.
            p["again"] = True
            return [Say(self._read_back_again(q, p, confidence is not None))]
        return self._unclear_reply(q, p, spoken=confidence is not None)

    def _faint_other_value(self, answer: str | None, confidence: float | None) -> bool:
        """True when a spoken reply to a read-back that reads as another value of the question has
        no yes or no word in it (``answer``, :func:`yes_no` of the reply) and was heard below the campaign's
        ``confirm_below``: through the telephone band a caller's "yes" came out of the read-back
        model as one of the question's own choice words ("pharaoh" for the Pharaoh's Tomb room,
        answers blind56 voice sample, us-f4-140 phone, 2 of 20 yeses, 7 December 2026), and taken
        as "no, the tomb" it cost a denial and then the answer (the caller's no to the tomb was the
        last denial allowed). Such a reply is unclear: the read-back is said again with the keypad
        offered, and a second unclear reply counts as a no (:meth:`_unclear_reply`). A value said
        with a yes or no ("no, eight", "yep, nine"), heard with confidence, or typed takes the old
        one's place as before (read back or stored by its own confidence, :meth:`_accept`); a caller
        who meant the new value says no to the read-back said again and gives it to the question."""
        return answer is None and confidence is not None and confidence < self.understanding.confirm_below

    def _unclear_reply(self, q: Question, p: dict, spoken: bool = True) -> list[Action]:
        """A reply to the read-back of ``p`` that is neither yes nor no: the read-back is said once
        more (the keypad offered on a phone call after a spoken reply); the second such reply
        counts as a no."""
        p["unclear"] += 1
        if p["unclear"] >= 2:
            return self._denied(q, p)
        return [Say(self._read_back_again(q, p, spoken))]

    def _read_back_again(self, q: Question, p: dict, spoken: bool) -> str:
        """The read-back of the pending answer ``p`` said a second time (the reply to the first was
        unclear, or only "again"); on a phone call after a spoken reply it offers the keypad for the
        yes or no (:meth:`_offer_read_back_keys`)."""
        text = (
            f"Sorry, I just want to check. {self._confirm_text(q, p['n'].value, p['n'].status)} Please say yes or no."
        )
        return text + self._offer_read_back_keys(p, spoken)

    def _offer_read_back_keys(self, p: dict, spoken: bool) -> str:
        """The keypad offer for a read-back's yes or no (:data:`keypad.READ_BACK_OFFER`, with a
        leading space) when the read-back of the pending answer ``p`` is said on a phone call with
        the keypad on after a spoken reply (``spoken``), else "". Marks ``p`` so that a 1 or a 2
        typed next is that yes or no (``respond_keypad``), whatever the question's own keys mean.
        A yes or no through the telephone band is the weak link of a read-back (a "yes" heard as
        "again", "their" or nothing, docs/conversations.md); a key is exact."""
        if not spoken or not self.keypad_on:
            return ""
        p["keys"] = True
        return " " + keypad.READ_BACK_OFFER

    def _denied(self, q: Question, p: dict, candidate: tuple | None = None) -> list[Action]:
        self.denials[q.id] = self.denials.get(q.id, 0) + 1
        if p["n"].status in CODE_HEARD:
            self._codes_denied.add((q.id, p["n"].status))
        self.denied_values.setdefault(q.id, []).append(p["n"].value)
        self.pending = None
        self.phase = "question"
        self.current = q
        if self.denials[q.id] >= self.understanding.max_denials and (faint := self._faint_code_left(q, p)):
            return faint
        if self.denials[q.id] >= self.understanding.max_denials:
            # Never store a value the caller has not confirmed: record the question invalid.
            n = Normalised("invalid", reason="an answer we could confirm", confidence=0.0, method="unconfirmed")
            record = self._record(
                q,
                p["text"],
                n,
                attempts=self.reasks.get(q.id, 0) + self.denials[q.id],
                confidence=0.0,
                method=p["method"],
                confirmed=False,
            )
            return [record, *self._continue(p["resume"], "I'm sorry, I'll leave that one.")]
        if candidate is not None:
            text, new, confidence = candidate
            return self._accept(q, text, new, confidence, resume=p["resume"])
        offer = self._offer(q, p["method"].startswith("voice:") or p["method"] == keypad.METHOD)
        if p["resume"] is not None:
            # An earlier answer's change was denied: the stored answer stays, ask that question
            # again, with the keypad offer on a phone call as for the pending question's own
            # denied value (the misheard words would be misheard again; 6 December 2026, answers
            # blind45 voice sample: "Oh, the follow-up call, make it Easter Monday instead." read
            # back as "Monday March 22", denied, and asked again by voice alone until lost).
            self.statuses.pop(q.id, None)
            self.answers.pop(q.id, None)
            return [Say(f"{a.text}{offer}") for a in self._ask_again(q, "Sorry about that.", p["resume"])]
        return [Say(f"Sorry about that. {self._reprompt_text(q)}{offer}")]

    def _faint_code_left(self, q: Question, p: dict) -> list[Action] | None:
        """When the caller has just said no to the last read-back ``q`` allows (``max_denials``),
        a spoken value's, read back the don't-know or refusal heard faintly in one of their earlier
        answers to ``q`` ("I heard that you don't know, is that right?") instead of recording
        ``q`` invalid; None when there is none, it was denied already, or ``p`` is a typed or
        keyed answer's read-back or a change of an earlier answer.

        The same reasoning as :meth:`_last_try`: the value they denied was the recogniser's
        mishearing, and the code is the only other reading of what they said; their yes decides,
        and a no to it records ``q`` invalid (one more read-back at most). Source: the +keypad
        voice rows of answers blind31 ("No idea, never checked.": heard "no idea haven't", then
        "um i did yet" read back as a value and denied), blind33 ("No idea, it was ages ago.":
        "no idea of what date of april", then "july thirtieth ..." denied)."""
        code = self._faint_codes.get(q.id)
        if (
            code is None
            or p["n"].status in CODE_HEARD
            or p["resume"] is not None
            or not p["method"].startswith("voice:")
            or (q.id, code) in self._codes_denied
        ):
            return None
        said = self._code_texts.get(q.id, p["text"])
        return self._read_back_code(q, said, Normalised(code, confidence=0.0, method="unsure"), UNSURE_CODE_BELOW / 2)

    def _ask_again(self, q: Question, prefix: str, resume: Question | None) -> list[Action]:
        self.current = q
        self.phase = "question"
        self.resume = resume
        return [Say(f"{prefix} {self._text(q.text)}")]
