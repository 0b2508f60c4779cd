"""Changes to earlier survey answers: "go back to how much I spend, it's ninety", "I said online
before, but it was the store".

:class:`CorrectionsMixin` holds the :class:`~customario.dialogue.survey_flow.SurveyPolicy` methods
that store a new answer to an earlier question named by the caller (read back first when
:class:`~customario.dialogue.survey_readback.ReadBackMixin` says so), or ask that question again,
then resume the current one. Which question is meant is found by :mod:`customario.dialogue.references`.
"""

from __future__ import annotations

import re
from typing import Any

from customario.definitions import Question, evaluate_when
from customario.dialogue import correction_payloads, correction_subjects, intents, references, taken_back
from customario.dialogue.answers import Normalised, describe, normalise
from customario.dialogue.policy import Action, Say


# The caller's whole new answer at the end of a correction: "we had helmets too, so skis, boots and
# helmets", "..., so that's the doorbell and the smoke detectors" (answers blind29, blind32).
_CONCLUDED = re.compile(
    r"[,;.]\s*so(?:,)?\s+(?:(?:that'?s|it'?s|it was|it should be|make it)\s+)?([^,;.!?][^.!?]*?)\s*[.!]*$"
)


# A clause with its own subject and verb: "I've sold the car", "we moved house", "the car's gone".
_OWN_CLAUSE = re.compile(
    r"^(?:i|i'?ve|i'?m|i'?d|we|we'?ve|we'?re|she|she'?s|he|he'?s|they|they'?re|they'?ve)\s+\w+"
    r"|^(?:the|my|our) [a-z]+(?:'s|'re| is| are| was| were| has| had)\s+\w+"  # "the car's gone"
)


def _without_reasons(clauses: list[str]) -> list[str]:
    """``clauses`` of a change without those with a subject and verb of their own ("I've sold the
    car") when a clause without one is left: "Before that, my travel, put bus, I've sold the car"
    (answers blind45) gives the new choice bare and then the reason for it, and the reason names
    the old choice (the car), so both had been read and the change asked again. The new value of a
    self-repair is said as the repair, its reason after it (Levelt, "Monitoring and self-repair in
    speech", 1983); a change said only as a clause ("I go by bus now") keeps it."""
    bare = [c for c in clauses if not _OWN_CLAUSE.match(c)]
    return bare if bare and len(bare) < len(clauses) else clauses


class CorrectionsMixin:
    """Earlier-answer changes of :class:`~customario.dialogue.survey_flow.SurveyPolicy` (not used alone)."""

    def _change_earlier(
        self, ref: Any, current: Question, text: str, confidence: float | None, lenient: bool = False
    ) -> list[Action]:
        """Change the answer to an earlier question named by the caller, then resume ``current``;
        ``lenient``: the question was named without a change verb, so a new value is read back."""
        target = ref.question
        n = normalise(target, ref.payload, today=self._today()) if ref.payload else None
        quoted = references.said_before(text)
        if quoted is not None:
            # "When you asked if it was explained, I said no but actually yes": the words after
            # the quoted old answer are the new one (read back when they change the reading)
            again = normalise(target, quoted[1], today=self._today())
            if again.status == "valid" and (n is None or not n.ok or n.value != again.value):
                n = Normalised("valid", again.value, confidence=min(again.confidence, 0.7), method="inferred")
        if n is None or not n.ok:
            n = self._value_in_clauses(target, ref.payload if lenient else text) or n
        n = self._other_than_quoted(target, text, n)
        if lenient and n is not None and n.status == "valid":
            n = Normalised("valid", n.value, confidence=min(n.confidence, 0.7), method="inferred")
        before = self.answers.get(target.id)
        if n is not None and n.status == "valid" and target.type == "multi_choice" and isinstance(before, list):
            concluded = _CONCLUDED.search(text.lower())
            whole = normalise(target, concluded.group(1), today=self._today()) if concluded else None
            restated = whole is not None and whole.status == "valid" and whole.value == n.value
            if not restated and re.search(
                r"\b(add|also|too|as well|plus|forgot|missed|left out|didn'?t mention)\b", text.lower()
            ):
                # "Extras wise, add the shuttle", "I forgot the shuttle": the new choice joins the ones
                # given before (read back)
                both = [c.code for c in target.choices if c.code in before or c.code in n.value]
                n = Normalised("valid", both, confidence=0.7, method="inferred")
        if n is not None and n.status in ("valid", "dont_know", "refused"):
            if n.status != "valid":
                if self._faint_code(n, confidence):
                    # A spoken change to "don't know" or a refusal heard faintly ("go back to the
                    # date, it was the fifteenth ..." heard as "... fifteenth i don't know really
                    # know couldn't" at 0.0, answers blind33 voice sample): read back, as the same
                    # code heard faintly for the pending question is (survey_readback._unsure_code),
                    # never stored over the earlier answer unconfirmed.
                    self.resume = current
                    return self._read_back_code(target, text, n, confidence)
                record = self._record(target, text, n, confidence=n.confidence, method=self._heard(n, confidence)[1])
                return [record, *self._resume(current, "Okay, I've changed that.")]
            conf, method = self._heard(n, confidence)
            if self._needs_confirmation(target, n, conf, spoken=method.startswith("voice:"), text=text, change=True):
                return self._accept(target, text, n, confidence, resume=current)
            record = self._record(target, text, n, confidence=conf, method=method, confirmed=False)
            return [record, *self._resume(current, f"Got it, I've changed that to {describe(target, n.value)}.")]
        # No usable new value: ask the earlier question again, then come back.
        self.statuses.pop(target.id, None)
        self.answers.pop(target.id, None)
        self.taken_back = target.id
        return self._ask_again(target, "Sure, let's go back to that one.", current)

    def _change_said_again(self, q: Question, text: str, ref: Any, confidence: float | None) -> list[Action] | None:
        """The caller's change said again at the question it changes: taken back to ``q`` because
        the new value was not understood ("Sure, let's go back to that one."), they repeat "go back
        to the pieces, it was four, not three". Its "go back" is no request to go back further (it
        had taken them to the question before), and as a whole it may be no value at all ("go back
        to the date, it was the tenth of September, not the ninth"): the value of the words, else
        of the words after the question's name, else (no name) the one value its clauses give, is
        ``q``'s answer, read back (``inferred``). None when ``q`` was not reached so
        (``taken_back``), when ``ref`` names another question, when the words have no change and
        answer ``q`` as they stand, or give no single value (don't know, a refusal, two values,
        out of range: the usual path)."""
        if self.taken_back != q.id or self.resume in (None, q) or (ref is not None and ref.question.id != q.id):
            # Not taken back by a change with no value: a read-back of a change denied ("Sorry about
            # that.") means its words were misread, and read so again they would be misread again.
            return None
        today = self._today()
        n = normalise(q, text, today=today)
        if n.status == "valid" and ref is None and not intents.wants_go_back(text):
            return None
        if n.status not in ("valid", "invalid"):
            return None
        if n.status == "invalid" and ref is not None and ref.payload:
            n = normalise(q, ref.payload, today=today)
        elif n.status == "invalid":
            n = self._value_in_clauses(q, text) or n
        if n.status != "valid":
            return None
        self.taken_back = None  # once: a no to this read-back means these words are misread
        return self._accept(q, text, Normalised("valid", n.value, confidence=0.7, method="inferred"), confidence)

    def _other_than_quoted(self, target: Question, text: str, n: Normalised | None) -> Normalised | None:
        """The new answer to the yes/no question ``target`` when the caller quotes their stored
        answer and takes it back ("I said no by mistake", "I said yes but it left on time"): the
        other one, read back (``inferred``, 0.7), whatever the quoted word made of the payload;
        ``n`` itself otherwise. The quoted word is never the new answer: when it is not the stored
        answer either, it is unsure which answer is meant and None asks the question again. Five
        answers corpora change a yes/no answer so (blind11, blind25, blind31, blind33, blind36)."""
        if target.type != "yes_no" or (old := correction_payloads.quoted_yes_no(text)) is None:
            return n
        today = self._today()
        was, other = (normalise(target, w, today=today).value for w in (old, "no" if old == "yes" else "yes"))
        if n is not None and n.ok and n.value == other:
            return n
        if self.answers.get(target.id) != was:
            return None if n is not None and n.ok and n.value == was else n
        return Normalised("valid", other, confidence=0.7, method="inferred")

    def _faint_code(self, n: Normalised, confidence: float | None) -> bool:
        """True when ``n`` is a don't-know or refusal heard by the recogniser (``confidence`` not
        None) below ``max(UNSURE_CODE_BELOW, understanding.confirm_below)``, the floor under which
        a spoken code for the pending question is not stored without the caller's yes either."""
        from customario.dialogue.survey_readback import UNSURE_CODE_BELOW

        return (
            n.status in ("dont_know", "refused")
            and confidence is not None
            and confidence < max(UNSURE_CODE_BELOW, self.understanding.confirm_below)
        )

    def _change_without_verb(
        self, current: Question, text: str, confidence: float | None, ref: Any = None
    ) -> list[Action] | None:
        """A change said again at the question it took the caller back to
        (:meth:`_change_said_again`); else, when ``ref`` (the question a change verb names) is
        None, an earlier answer changed without a change verb: quoted ("I said online before, but
        it was the store") or named first as a topic (:meth:`_topic_change`); None otherwise."""
        again = self._change_said_again(current, text, ref, confidence)
        if again is not None or ref is not None:
            return again
        quoted = self._quoted_answer(text)
        if quoted is not None:
            return self._change_earlier(quoted, current, text, confidence)
        misquoted = self._quoted_subject(text)
        if misquoted is not None:
            return self._change_earlier(misquoted, current, text, confidence, lenient=True)
        return (
            self._topic_change(current, text, confidence)
            or self._subject_restated(current, text, confidence)
            or self._value_taken_back(current, text, confidence)
        )

    def _value_taken_back(self, current: Question, text: str, confidence: float | None) -> list[Action] | None:
        """A spoken change whose naming words the recogniser lost, said as a new value with the old
        one taken back ("... the twenty fifth not the eighteenth"): the one earlier answer that
        reads both values (:func:`customario.dialogue.taken_back.taken_back_change`) is changed and
        read back; None for typed text (its words, names included, are all there for the readings
        above) or when no single earlier question reads both."""
        if confidence is None:
            return None
        earlier = [self.campaign.question(qid) for qid in self.asked[:-1] if qid in self.statuses and qid != current.id]
        found = taken_back.taken_back_change(text, current, earlier, self._today())
        if found is None:
            return None
        return self._change_earlier(references.Reference(*found), current, text, confidence, lenient=True)

    def _subject_restated(self, current: Question, text: str, confidence: float | None) -> list[Action] | None:
        """ "Before we go on, there were five of us, not four" while another question is asked:
        the one earlier answer whose subject the words speak of, with the mark of a change, that
        they give another value (:mod:`customario.dialogue.correction_subjects`), changed and read
        back; None when the words answer ``current``, carry no such mark, or fit no earlier
        question or two."""
        t = references.clean_words(text)
        today = self._today()
        if not correction_subjects.marks_change(t) or normalise(current, text, today=today).status in (
            "valid",
            "refused",
        ):
            return None
        found = []
        for qid in self.asked[:-1]:
            pq = self.campaign.question(qid)
            if qid == current.id or qid not in self.statuses or not correction_subjects.speaks_of(pq, t):
                continue
            payload = text if normalise(pq, text, today=today).status == "valid" else ""
            n = normalise(pq, payload, today=today) if payload else self._value_in_clauses(pq, text)
            if n is not None and n.status == "valid" and n.value != self.answers.get(qid):
                found.append((pq, payload or describe(pq, n.value)))
        if len(found) != 1:
            return None
        return self._change_earlier(references.Reference(*found[0]), current, text, confidence, lenient=True)

    def _topic_change(self, current: Question, text: str, confidence: float | None) -> list[Action] | None:
        """ "Wait, the panels, it was twenty-six not twenty-four", "The satisfaction score, put a
        two": a value for the earlier question named first changes it (read back); None when no
        question is named so, or the rest gives no value for it (the words are then this
        question's answer)."""
        today = self._today()
        topic = references.topic_first(
            text,
            self.campaign.questions,
            self.asked,
            fits=lambda q, payload: normalise(q, payload, today=today).status == "valid",
        )
        if topic is None or (topic.weak and normalise(current, text, today=today).status == "valid"):
            return None
        n = normalise(topic.question, topic.payload, today=today)
        n = n if n.status == "valid" else self._value_in_clauses(topic.question, topic.payload)
        if n is None or n.status != "valid":
            return None
        return self._change_earlier(topic, current, text, confidence, lenient=True)

    def _resume(self, current: Question, prefix: str) -> list[Action]:
        """Ask ``current`` again after an earlier answer changed, or the next question when the
        change makes ``current`` no longer apply (its ``when:``: "what went wrong?" after the rating
        was changed to a four)."""
        if evaluate_when(current.when, self.answers):
            return [Say(f"{prefix} {self._reprompt_text(current)}")]
        return self._ask(self._next_question(), prefix)

    def _quoted_answer(self, text: str) -> references.Reference | None:
        """ "I said online before, but it was the store": the one earlier question whose stored
        answer the quoted words give, with the new words as the payload; None otherwise."""
        quoted = references.said_before(text)
        if quoted is None:
            return None
        old, new = quoted
        today = self._today()
        hits = [
            pq
            for pq in (self.campaign.question(qid) for qid in self.asked[:-1] if self.statuses.get(qid) == "valid")
            if normalise(pq, old, today=today).value == self.answers.get(pq.id)
            and normalise(pq, new, today=today).status == "valid"
        ]
        return references.Reference(hits[0], new) if len(hits) == 1 else None

    def _quoted_subject(self, text: str) -> references.Reference | None:
        """ "I told you three pets. It's two" when the stored answer is not the one quoted (the
        caller misremembers what they said, or it was misheard): the one earlier question whose
        subject the quoted words speak of (:func:`correction_subjects.speaks_of`, "pets" of "How
        many pets ...?") and which both the quoted and the new words answer, with different values;
        changed and read back (lenient). A caller who quotes an earlier answer to take it back is
        not answering the question asked (answers blind51 had read "two" as the satisfaction
        score). None when no quote is taken back, or no question or two fit."""
        quoted = references.said_before(text)
        if quoted is None:
            return None
        old, new = quoted
        today = self._today()
        hits = []
        for qid in self.asked[:-1]:
            pq = self.campaign.question(qid)
            if self.statuses.get(qid) != "valid" or not correction_subjects.speaks_of(pq, references.clean_words(old)):
                continue
            was, now = normalise(pq, old, today=today), normalise(pq, new, today=today)
            if was.status == "valid" and now.status == "valid" and was.value != now.value:
                hits.append(pq)
        return references.Reference(hits[0], new) if len(hits) == 1 else None

    def _value_in_clauses(self, q: Question, text: str) -> Normalised | None:
        """The one value for ``q`` that the clauses of a correction give ("Go back to how much I
        spend, it's ninety, not eighty" → 90 for the spending question), as an ``inferred`` reading
        (read back before it is stored); None when no clause or two different values fit."""
        values = []
        # "..., so skis, boots and helmets": the list the caller concludes with, whole (its commas
        # would split it into clauses below)
        concluded = _CONCLUDED.search(text.lower())
        clauses = references.answer_clauses(text) + ([concluded.group(1)] if concluded else [])
        if q.type == "single_choice":
            clauses = _without_reasons(clauses)
        for clause in clauses:
            if re.search(
                r"\b(go back|back (?:to|on)|question|answer|what i (said|told you|put|gave) (about|for|on))\b", clause
            ):
                # "go back to question two", "scratch what I said about late boxes", "back on the tidy
                # one" (answers blind48: read as a yes by its words) name a question
                continue
            if re.match(
                r"(?:for|about|on|re|regarding|with) (?:the|my|that)\b|(?:the|that|this|my) (?:[\w'-]+ ){0,3}"
                r"(?:one|thing|bit|part)$",
                clause,
            ):
                # "for the water test one", "the kiln one" name the question too; "I do actually have
                # one" is a new answer (answers blind36)
                continue
            n = normalise(q, clause, today=self._today())
            if n.status == "valid" and n.value not in values:
                values.append(n.value)
        if q.type == "date" and len(values) > 1 and len({str(v)[-2:] for v in values}) == 1:
            # "I filed on the tenth, not the ninth. September tenth.": one day of the month, said
            # again with its month; the last saying is the fullest (read back)
            values = values[-1:]
        if q.type == "multi_choice" and len(values) > 1:
            # "we used room service too, so pool and room service": one list holds every other.
            whole = [v for v in values if all(set(other) <= set(v) for other in values)]
            values = whole[:1]
        if len(values) != 1:
            return None
        return Normalised("valid", values[0], confidence=0.7, method="inferred")
