"""Keypad (DTMF) turns of a survey call (issue 11).

:class:`KeypadMixin` holds the :class:`~customario.dialogue.survey_flow.SurveyPolicy` methods that
take a keypad entry as the answer to the current question (:mod:`customario.dialogue.keypad` reads
the keys) and offer the keypad after a failed spoken answer. It uses the policy's state
(``phase``, ``pending``, ``current``, ``resume``, ``understanding``, ``channel``) and helpers
(``_record``, ``_invalid``, ``_continue``, ``_confirm_reply``, ``_prompt_again``, ``_ack``).
"""

from __future__ import annotations

from customario.definitions import Question
from customario.dialogue import keypad, optout
from customario.dialogue.answers import describe
from customario.dialogue.policy import Action, Say


class KeypadMixin:
    """Keypad methods of :class:`~customario.dialogue.survey_flow.SurveyPolicy` (not used alone)."""

    @property
    def keypad_on(self) -> bool:
        """True when the caller has a telephone keypad and the campaign takes keypad answers."""
        return self.understanding.keypad and self.channel == "phone"

    @property
    def keypad_decimal(self) -> bool:
        """True when ``*`` is the decimal point of the next keypad entry (the question awaiting an
        answer or a read-back asks for an amount of money, :func:`keypad.decimal_point`); the room's
        keypad collector then keeps the star instead of starting the entry again."""
        q = self.pending["question"] if self.phase == "confirm" and self.pending is not None else self.current
        return self.keypad_on and q is not None and keypad.decimal_point(q)

    def respond_keypad(self, keys: str) -> list[Action]:
        """Actions after the caller typed ``keys`` (DTMF digits, without the closing ``#``) on the
        telephone keypad. Only the room session's keypad collector calls this; no spoken or typed
        words are ever read as keys. For the current nps/scale/number/yes_no/single/multi_choice or
        date question (:mod:`customario.dialogue.keypad`) the entry is exact: stored with confidence
        1.0 and method ``keypad`` (one typed during a read-back replaces the reading); a date and an
        amount typed with ``*`` as its decimal point ("45*99") are read back first (a date's year
        is inferred), and 1 or 2 typed during a date's read-back is a yes
        or a no (a single digit is never a date), as during any read-back said a second time on a
        phone call, which offers them (``keypad.READ_BACK_OFFER``, for any question, open ones
        included); an entry that does not fit is asked again like
        any invalid answer, never clamped."""
        if self.ended:
            return []
        self.silences = 0
        if self._optout_asked is not None and self._optout_unclear and self.keypad_on and keys in keypad.YES_NO_KEYS:
            # "Would you like us to stop calling?" said again offered 1 for yes and 2 for no.
            return self._stop_requests(keypad.YES_NO_KEYS[keys], 1.0)  # exact, after a spoken turn
        if self._optout_asked is not None:
            return [Say("Please say yes or no. " + optout.CONFIRM_QUESTION)]
        q = self.current
        if self.phase == "confirm" and self.pending is not None:
            q = self.pending["question"]
        keys_confirm = self.phase == "confirm" and self.pending is not None and self.pending.get("keys")
        if keys_confirm and self.keypad_on and keys in keypad.YES_NO_KEYS:
            # The read-back said a second time offered 1 for yes and 2 for no (keypad.READ_BACK_OFFER).
            return self._confirm_reply(keypad.YES_NO_KEYS[keys], None)
        if keys_confirm and self.keypad_on and not keypad.accepts(q):
            return [Say(f"{self._prompt_again()} {keypad.READ_BACK_OFFER}")]
        if not self.keypad_on or q is None or self.phase not in ("question", "confirm") or not keypad.accepts(q):
            return [Say("Sorry, please say your answer. " + self._prompt_again())]
        if self.phase == "confirm" and q.type == "date" and keys in keypad.YES_NO_KEYS:
            return self._confirm_reply(keypad.YES_NO_KEYS[keys], None)
        if self.phase == "confirm":
            # The caller typed the answer instead of saying yes or no: the typed entry counts.
            self.resume = self.pending["resume"] or self.resume
            self.pending = None
            self.phase = "question"
            self.current = q
        text = f"[keypad] {keys}"
        n = keypad.read_keys(q, keys, today=self._today())
        if n.status != "valid":
            return self._invalid(q, text, n)
        if keypad.reads_back(q, keys):
            # A keyed date's year (and weekday) is the agent's inference, and a star read as a
            # decimal point an unusual key: read it back first.
            self.pending = {
                "question": q,
                "text": text,
                "n": n,
                "confidence": 1.0,
                "method": keypad.METHOD,
                "resume": self.resume,
                "unclear": 0,
            }
            self.resume = None
            self.phase = "confirm"
            typed = keypad.say_amount(n.value) if q.type == "number" else describe(q, n.value)
            return [Say(f"You typed {typed}. Is that right?")]
        record = self._record(q, text, n, confidence=1.0, method=keypad.METHOD, confirmed=False)
        resume, self.resume = self.resume, None
        return [record, *self._continue(resume, self._ack())]

    def _stop_keys_offer(self) -> str:
        """The keypad offer (:data:`keypad.READ_BACK_OFFER`, with a leading space) for "would you
        like us to stop calling?" said a second time on a phone call with the keypad on, because
        the spoken reply was neither yes nor no; "" otherwise. A 1 or a 2 typed next is that yes or
        no (:meth:`respond_keypad`). Through the telephone band a caller's "no" to it came out as
        "so", "the", "good", "about", "go" or "but" (gb-f3-170) and "them", "you" or "none"
        (rp-m7-160), twice running, and the call ended as an opt-out the caller had refused
        (answers blind27, blind28, blind29, blind32 and blind35 voice samples, 5 December 2026): a
        key is exact, as at a read-back said a second time."""
        return " " + keypad.READ_BACK_OFFER if self.keypad_on else ""

    def _offer(self, q: Question, spoken: bool) -> str:
        """The keypad offer after a failed spoken answer to ``q`` on a phone call, or ""."""
        if not spoken or not self.keypad_on or not keypad.accepts(q):
            return ""
        return " " + keypad.hint(q)
