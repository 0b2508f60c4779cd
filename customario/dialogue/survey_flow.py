"""The scripted survey: the offline stack's dialogue policy for campaigns of kind ``survey``.

:class:`SurveyPolicy` walks the definition deterministically (ARCHITECTURE.md section 5): opening,
questions in order with ``when:`` skip logic, answers normalised by :mod:`customario.dialogue.answers`,
re-asks per the question's (or campaign's) ``reask`` policy, corrections ("actually, make that a
seven", "go back"), polite deflection of off-script questions, opt-out (DNC at once, TCPA 47 CFR
64.1200(d)), callback requests, and silence (re-prompt once, then end as a break-off). Every
answer is recorded through the ``record_answer`` tool with the caller's words as evidence; the call
ends through ``end_call`` (a :class:`~customario.dialogue.policy.Hangup`). Read-backs live in
:mod:`customario.dialogue.survey_readback`, changes to earlier answers in
:mod:`customario.dialogue.survey_corrections` (mixins of :class:`SurveyPolicy`).

The fallback for other campaign kinds is :class:`customario.dialogue.scripted.ScriptedPolicy`.
Pure: no database, no clock except the injected ``now``.
"""

from __future__ import annotations

import re
from datetime import datetime, timezone
from typing import Any, Callable, Mapping
from zoneinfo import ZoneInfo

from customario.dialogue import (
    intents,
    keypad,
    offer_declines,
    optout,
    references,
    regions,
    spoken_clauses,
    spoken_doubts,
    spoken_questions,
)
from customario.dialogue.answers import Normalised, normalise, yes_no
from customario.definitions import Campaign, Question, evaluate_when, render_template
from customario.dialogue.policy import Action, CallTool, Hangup, Say
from customario.dialogue.survey_corrections import CorrectionsMixin
from customario.dialogue.survey_keypad import KeypadMixin
from customario.dialogue.survey_readback import UNSURE_CODE_BELOW, ReadBackMixin, elliptic_stop_reply

__all__ = ["SurveyPolicy", "UNSURE_CODE_BELOW", "END_QUESTION"]
# Asked when a wish to end the interview was heard but the recogniser is unsure of it.
END_QUESTION = "Would you like to stop the survey here?"
ACKS = ("Thank you.", "Got it.", "Great, thanks.", "Okay, thank you.")
MAX_SILENCES = 2


_HOW_OFTEN = re.compile(
    r"\b(so many|so much|too many|too much|that many|as many|so often|all the time|every day|twice a)\b"
)


def _feedback_on_contact(q: Question | None, text: str) -> bool:
    """An answer to an open question that complains about how often the caller is contacted ("Stop
    sending me so many emails", "stop calling me every day"): asked back before an opt-out, since
    it answers the question too."""
    return q is not None and q.type == "open" and bool(_HOW_OFTEN.search(text.lower()))


def _utc_now() -> datetime:
    return datetime.now(timezone.utc)


class SurveyPolicy(ReadBackMixin, CorrectionsMixin, KeypadMixin):
    """Deterministic survey conversation (implements :class:`customario.dialogue.policy.DialoguePolicy`).

    ``context`` holds the placeholder values (``builder.lead_context``); ``tz`` is the respondent's
    IANA zone (relative dates are read in it); ``now`` returns an aware UTC datetime.
    Public read-only state: ``answers`` ({question_id: value} of valid answers), ``statuses``
    ({question_id: status}), ``reasks`` ({question_id: re-asks}), ``ended``, ``disposition``.
    ``quiet_tools``: tools whose successful results this policy ignores (the engine then skips the
    follow-up inference after them).
    """

    quiet_tools = frozenset({"record_answer", "end_call"})
    accepts_confidence = True  # respond() takes the recogniser's confidence (voice)

    def __init__(
        self,
        campaign: Campaign,
        context: Mapping[str, Any] | None = None,
        *,
        tz: str = "UTC",
        now: Callable[[], datetime] = _utc_now,
        max_silences: int = MAX_SILENCES,
        channel: str = "voice",
    ):
        self.campaign = campaign
        self.channel = channel  # voice | console | sms ...: a bare "stop" is asked back on voice
        self.context = dict(context or {})
        self.tz = tz
        self.now = now
        self.max_silences = max_silences
        self.answers: dict[str, Any] = {}
        self.statuses: dict[str, str] = {}
        self.reasks: dict[str, int] = {}
        self.deflections: dict[str, int] = {}  # off-script questions per question (2 answered, then re-asks count)
        self.asked: list[str] = []  # question ids in the order they were asked (go back)
        self.current: Question | None = None
        self.phase = "start"  # start | consent | question | callback_time | ended
        self.silences = 0
        self.ended = False
        self.disposition: str | None = None
        self._turn = 0
        self.understanding = campaign.understanding
        self.pending: dict | None = None  # the answer being read back (phase "confirm")
        self.denials: dict[str, int] = {}  # read-backs the caller said no to, per question
        self.denied_values: dict[str, list] = {}  # the values those read-backs said, per question
        self.probed: set[str] = set()  # questions whose don't-know got the probe
        # The code heard in the last unsure spoken answer and whether it was at UNSURE_CODE_BELOW or
        # above, per question.
        self._codes_heard: dict[str, tuple[str, bool]] = {}
        self._code_texts: dict[str, str] = {}  # the words of that unsure code, per question
        self._faint_codes: dict[str, str] = {}  # the last code heard below the floor, per question
        self._codes_denied: set[tuple[str, str]] = set()  # (question id, code) read back and denied
        self.resume: Question | None = None  # question to come back to after revisiting an earlier one
        self.taken_back: str | None = None  # the question a change with no new value took the caller back to
        self._optout_asked: tuple[str, str] | None = None  # (phase, caller words) while "stop?" is asked back
        self._optout_unclear = False  # the reply to that question was neither yes nor no once already
        self._stop_declined: set[str] = set()  # questions where a spoken "stop?" asked back got a no
        self._end_asked = False  # "Would you like to stop the survey here?" waits for a yes or no

    # ---- helpers ---------------------------------------------------------------------------
    def _text(self, template: str) -> str:
        return render_template(template, self.context).strip()

    def _today(self):
        return self.now().astimezone(ZoneInfo(self.tz)).date()

    def _next_question(self) -> Question | None:
        for q in self.campaign.questions:
            if q.id in self.statuses:
                continue
            if evaluate_when(q.when, self.answers):
                return q
        return None

    def _ask(self, q: Question | None, prefix: str = "") -> list[Action]:
        """Ask ``q`` (or close the survey when there is none)."""
        if q is None:
            return self._finish("complete", prefix)
        self.current = q
        self.phase = "question"
        if not self.asked or self.asked[-1] != q.id:
            self.asked.append(q.id)
        return [Say(" ".join(p for p in (prefix, self._text(q.text)) if p))]

    def _reprompt_text(self, q: Question) -> str:
        return self._text(q.reprompt or q.text)

    def _finish(self, disposition: str, prefix: str = "", closing: str | None = None) -> list[Action]:
        self.ended = True
        self.phase = "ended"
        self.disposition = disposition
        closing = self._text(self.campaign.closing) if closing is None else closing
        return [Say(" ".join(p for p in (prefix, closing) if p)), Hangup(disposition)]

    def _ended_early(self) -> str:
        """Disposition when the caller stops: refused before any answer, else
        :meth:`early_end_disposition`."""
        return self.early_end_disposition() if self.statuses else "refused"

    def early_end_disposition(self) -> str:
        """``partial`` when at least half of the applicable questions were answered (a value, don't
        know or refused), else ``break-off`` — the 50 % threshold AAPOR's Standard Definitions give
        as an example for partial interviews. Applicable = ``when:`` true for the answers so far."""
        applicable = [
            q for q in self.campaign.questions if q.id in self.statuses or evaluate_when(q.when, self.answers)
        ]
        answered = sum(1 for q in applicable if self.statuses.get(q.id) in ("valid", "dont_know", "refused"))
        return "partial" if applicable and answered / len(applicable) >= 0.5 else "break-off"

    def _record(
        self,
        q: Question,
        text: str,
        n: Normalised,
        attempts: int | None = None,
        *,
        confidence: float | None = None,
        method: str | None = None,
        confirmed: bool = False,
    ) -> CallTool:
        self.statuses[q.id] = n.status
        if n.status == "valid":
            self.answers[q.id] = n.value
        else:
            self.answers.pop(q.id, None)
        return CallTool(
            "record_answer",
            {
                "question_id": q.id,
                "answer": text,
                "status": n.status,
                "value": n.value,
                "attempts": attempts or self.reasks.get(q.id, 0) + self.denials.get(q.id, 0) + 1,
                "confidence": n.confidence if confidence is None else confidence,
                "method": method or (n.method if n.method == keypad.METHOD else f"text:{n.method}"),
                "confirmed": confirmed,
            },
        )

    def _ack(self) -> str:
        self._turn += 1
        return ACKS[self._turn % len(ACKS)]

    # ---- DialoguePolicy --------------------------------------------------------------------
    def opening(self) -> list[Action]:
        opening = self._text(self.campaign.opening)
        if opening.rstrip().endswith("?"):
            self.phase = "consent"
            return [Say(opening)]
        return self._ask(self._next_question(), opening)

    def _stop_requests(self, text: str, confidence: float | None) -> list[Action] | None:
        """The actions for an opt-out, a reply to "Would you like us to stop calling?" or to "...
        to stop the survey here?", or None when ``text`` is none of these and goes on to the
        answer."""
        verdict = optout.detect(text, self.channel)
        if verdict.kind == "none" and confidence is not None and spoken_doubts.heard_stop_request(text):
            verdict = optout.Verdict("confirm", "heard-off-list", text)
        if verdict.kind == "opt-out" and self.phase == "question" and offer_declines.declines_offer(self.current, text):
            verdict = optout.NONE  # "Don't bother" to "May we text you a reminder?" is a no to that
        if verdict.kind == "opt-out" and confidence is not None and confidence < self.understanding.confirm_below:
            # Heard, not typed, and the recogniser is unsure: "don't call me again" came out of
            # "they came at one and the slot was eight till twelve"-like speech at confidence 0.0.
            # Ask back rather than end the call and add the number to the DNC list on a guess; a
            # yes opts out (FCC 24-24: revocation by any reasonable means is honoured).
            verdict = optout.Verdict("confirm", verdict.rule, verdict.evidence)
        if verdict.kind == "opt-out" and self.phase == "question" and _feedback_on_contact(self.current, text):
            # "Stop sending me so many emails" to "What could we improve?": a complaint about how
            # often, which may also be a revocation: asked back, and on a no the words are the answer.
            verdict = optout.Verdict("confirm", verdict.rule, verdict.evidence)
        if verdict.kind == "confirm" and self._declined_again(text, confidence):
            verdict = optout.NONE
        asked, self._optout_asked = self._optout_asked, None
        # the reply to either question; a lone other auxiliary ("didn't", a "yes" through the phone band) is none
        reply = yes_no(text) if (asked and not elliptic_stop_reply(text, confidence)) or self._end_asked else None
        unclear = bool(asked) and verdict.kind == "none" and confidence is not None and reply is None
        if unclear and not self._optout_unclear:
            # A spoken reply heard as neither yes nor no ("yes" came out as "again" through a
            # phone band): the question is asked once more.
            self._optout_unclear, self._optout_asked = True, asked
            return [Say("Sorry, I didn't catch that. " + optout.CONFIRM_QUESTION + self._stop_keys_offer())]
        twice_unclear, self._optout_unclear = unclear, False
        if verdict.kind == "opt-out" or (asked and (reply == "yes" or twice_unclear)):
            # Unclear twice: the doubt leans to the opt-out (a missed one is the worse error,
            # docs/leads-and-dnc.md "Which error is worse").
            self.ended, self.phase, self.disposition = True, "ended", "opted-out"
            return optout.reply(text, asked[1] if asked else None)
        if asked:
            self.phase = asked[0]
            if reply == "no":
                if self.phase == "question" and self.current is not None and confidence is not None:
                    self._stop_declined.add(self.current.id)
                if self.phase == "question" and _feedback_on_contact(self.current, asked[1]):
                    return self._answer(self.current, asked[1])  # their words answer the open question
                return [Say("Okay, let's carry on. " + self._prompt_again() + self._offer_again(confidence))]
        elif verdict.kind == "confirm":
            # A bare "stop" on a call may mean "wait": ask (FCC 24-24 revocation by any reasonable means).
            self._optout_asked = (self.phase, text)
            return [Say(optout.CONFIRM_QUESTION)]
        if self._end_asked:
            self._end_asked = False
            if reply == "yes":
                return self._finish(self._ended_early(), closing="I understand. Thank you for your time. Goodbye.")
            if reply == "no":
                return [Say("Okay, let's carry on. " + self._prompt_again() + self._offer_again(confidence))]
        return None

    def _declined_again(self, text: str, confidence: float | None) -> bool:
        """True when a spoken answer would ask "would you like us to stop calling?" again on a
        question where the caller already said no to it, and the answer says a "don't know" or
        refusal first or last (``spoken_doubts.framing_code``): "no idea five i don't call me
        again" for "No idea, my wife does all the charging." was asked back three times running
        (answers blind24 voice sample, 5 December 2026); it goes on as that code heard faintly
        (asked again, then read back). Stop words heard sure (not asked back) are never set aside."""
        q = self.current
        if confidence is None or confidence >= self.understanding.confirm_below:
            return False
        if self.phase != "question" or q is None or self._optout_asked is not None:
            return False
        return q.id in self._stop_declined and spoken_doubts.framing_code(q, text, self._today()) is not None

    def _offer_again(self, confidence: float | None) -> str:
        """The keypad offer (with a leading space) when the question is asked again after a spoken
        "no" to "Would you like us to stop calling?" or "... to stop the survey here?", or "": that
        question came from a spoken answer heard as a stop request, so the answer itself was not
        understood, as after any failed spoken answer (``_offer``). Through the telephone band
        "after" came out as "opt out" and sent the agent to the stop question instead of to the
        keypad (answers blind24 voice sample: three tries of one multiple-choice answer)."""
        if self.phase != "question" or self.current is None:
            return ""
        return self._offer(self.current, confidence is not None)

    def respond(self, caller_text: str, confidence: float | None = None) -> list[Action]:
        """Actions after the caller said ``caller_text``; ``confidence`` is the recogniser's (0..1)
        for speech, None for typed text. Read in the campaign's country (:mod:`regions`)."""
        with regions.calling_from(regions.campaign_country(self.campaign)):
            return self._respond(caller_text, confidence)

    def _respond(self, caller_text: str, confidence: float | None) -> list[Action]:
        if self.ended:
            return []
        text = (caller_text or "").strip()
        if not text:
            return self._silence()
        if confidence is not None:
            # A transcript has no punctuation; the parser reads clauses by their commas, and a
            # question to the agent by its question mark (only where an open answer is awaited).
            text = spoken_clauses.clause_breaks(text)
            text = spoken_clauses.named_breaks(text, self._earlier_names())
            if self.phase == "question" and self.current is not None and self.current.type == "open":
                text = spoken_clauses.asked(text)
        self.silences = 0
        stop = self._stop_requests(text, confidence)
        if stop is not None:
            return stop
        if self.phase == "callback_time":
            return self._callback_time(text)
        if intents.wants_callback(text) and not (
            self.phase == "question" and offer_declines.not_now_to_offer(self.current, text)
        ):
            return self._callback(text)
        if self.phase == "consent":
            return self._consent(text)
        if self.phase == "confirm" and self.pending is not None:
            return self._confirm_reply(text, confidence)
        q = self.current
        if q is None:
            return self._ask(self._next_question())
        return self._answer(q, text, confidence)

    @property
    def awaits_yes_no(self) -> bool:
        """True while the agent waits for a yes or no to "Would you like us to stop calling?" or
        "Would you like to stop the survey here?": the recogniser then listens for yes and no
        (``voice.expected_for_policy``), not for the pending question's answers."""
        return self._optout_asked is not None or self._end_asked

    def on_tool_result(self, name: str, result: Any, error: str | None) -> list[Action]:
        if name == "schedule_callback":
            if error:
                self.ended, self.disposition = False, None
                self.phase = "callback_time"
                return [Say("Sorry, I didn't catch the time. What day and time would suit you?")]
            when = result.get("local_text") if isinstance(result, Mapping) else None
            return self._finish("callback", closing=f"Thank you, I'll call you back {when or 'then'}. Goodbye!")
        return []

    # ---- phases ----------------------------------------------------------------------------
    def _prompt_again(self) -> str:
        """What to say again in the current phase (after an opt-out question answered no)."""
        if self.phase == "confirm" and self.pending is not None:
            return self._confirm_text(self.pending["question"], self.pending["n"].value, self.pending["n"].status)
        if self.phase == "question" and self.current is not None:
            return self._reprompt_text(self.current)
        if self.phase == "callback_time":
            return "When would be a better time to call you back?"
        return self._text(self.campaign.opening)

    def _silence(self) -> list[Action]:
        self.silences += 1
        if self.silences >= self.max_silences:
            return self._finish(self._ended_early(), closing="I'm not hearing anything, so I'll let you go. Goodbye.")
        if self.phase == "confirm" and self.pending is not None:
            return [
                Say(
                    "Sorry, I didn't catch that. "
                    + self._confirm_text(self.pending["question"], self.pending["n"].value, self.pending["n"].status)
                )
            ]
        if self.phase == "question" and self.current is not None:
            q = self.current
            return [Say("Sorry, I didn't catch that. " + self._reprompt_text(q) + self._offer(q, True))]
        if self.phase == "callback_time":
            return [Say("Sorry, I didn't catch that. When would be a better time to call you back?")]
        return [Say("Sorry, I didn't catch that. " + self._text(self.campaign.opening))]

    def _callback(self, text: str) -> list[Action]:
        from customario.dialogue.spoken_dates import parse_datetime_local

        if parse_datetime_local(text, self.now(), self.tz) is not None:
            self.phase = "ended"
            return [CallTool("schedule_callback", {"when": text})]
        self.phase = "callback_time"
        return [Say("Of course. When would be a better time to call you back?")]

    def _callback_time(self, text: str) -> list[Action]:
        if intents.wants_to_end(text) or yes_no(text) == "no":
            return self._finish(self._ended_early(), closing="No problem. Thank you for your time. Goodbye.")
        from customario.dialogue.spoken_dates import parse_datetime_local

        if parse_datetime_local(text, self.now(), self.tz) is None:
            return [Say("Sorry, what day and time would suit you, for example tomorrow at 3 PM?")]
        self.phase = "ended"
        return [CallTool("schedule_callback", {"when": text})]

    def _consent(self, text: str) -> list[Action]:
        if intents.wants_to_end(text):
            return self._finish("refused", closing="I understand. Thank you for your time. Goodbye.")
        if yes_no(text) == "no":
            self.phase = "callback_time"
            return [Say("No problem. When would be a better time to call you back? Or just say no thanks.")]
        faq = self._faq(text)
        return self._ask(self._next_question(), faq or "Great, thank you.")

    def _repeat_misheard(self, text: str, confidence: float | None) -> bool:
        """True when a spoken answer heard below the campaign's ``confirm_below`` has a request to
        repeat the question inside other words (``spoken_doubts.repeat_inside_words``): it is taken
        as an answer not understood, not as that request."""
        return (
            confidence is not None
            and confidence < self.understanding.confirm_below
            and spoken_doubts.repeat_inside_words(text)
        )

    def _faq(self, text: str) -> str | None:
        return intents.faq_answer(
            text,
            agent_name=str(self.context.get("agent_name") or self.campaign.agent.name),
            organisation=str(self.context.get("organisation") or self.campaign.organisation),
            n_questions=len(self.campaign.questions),
        )

    def _answer(self, q: Question, text: str, confidence: float | None = None) -> list[Action]:
        today = self._today()
        code_before = self._codes_heard.pop(q.id, None)  # kept only by an unsure code (below)
        if references.repeat_not_answer(
            text, q.type == "open", lambda: normalise(q, text, today=today)
        ) and not self._repeat_misheard(text, confidence):
            # Said again, uncounted; on a phone call with the keypad with its keypad offer (a caller
            # who had to ask may find the keys easier, as after an answer not understood).
            return [Say(self._reprompt_text(q) + self._offer(q, confidence is not None))]
        ref = references.find_reference(
            text,
            self.campaign.questions,
            self.asked,
            fits=lambda cq, payload: normalise(cq, payload, today=today).status == "valid",
        )
        if ref is not None and ref.question.id in self.statuses and ref.question.id != q.id:
            return self._change_earlier(ref, q, text, confidence, lenient=ref.weak)  # weak: read back
        if ref is not None and ref.question.id == q.id and not ref.payload and not normalise(q, text, today=today).ok:
            # "the cost one?" names the question; "twenty-seven dollars and change" names an alias
            # ("dollars") and answers it, "Rather not fix a date over the phone" declines it
            return [Say("Sure. " + self._reprompt_text(q))]
        changed = self._change_without_verb(q, text, confidence, ref)
        if changed is not None:
            return changed
        # "Actually, make that a seven" on the next question changes the previous answer when the
        # words do not answer the current question.
        previous = next((qid for qid in reversed(self.asked[:-1]) if qid in self.statuses), None)
        # An open question takes any words, so "Actually go back, I'd give it an eight" must not be
        # stored as its answer: there the request to go back decides (answers blind25).
        open_back = q.type == "open" and intents.wants_go_back(text)
        if previous and intents.wants_go_back(text) and (open_back or not intents.is_correction(text)):
            pq = self.campaign.question(previous)
            if open_back or normalise(q, text, today=today).status != "valid":
                # "Can I go back? It's the bus and the ferry": the new answer comes with the request.
                n = self._value_in_clauses(pq, text)
                if n is not None:
                    return self._change_earlier(references.Reference(pq, ""), q, text, confidence)
            self.statuses.pop(previous, None)
            self.answers.pop(previous, None)
            self.asked.pop()
            return self._ask(pq, "Sure, let's go back.")
        if previous and intents.is_correction(text):
            pq = self.campaign.question(previous)
            payload = intents.correction_payload(text)
            n = normalise(pq, payload, today=today)
            own = normalise(q, text, today=today)
            if n.status != "valid" and own.status != "valid":
                n = self._value_in_clauses(pq, text) or n
            if n.status == "valid" and own.status != "valid":
                return self._change_earlier(references.Reference(pq, payload), q, text, confidence)
        n = normalise(q, text, today=today)
        relayed = q.type == "open" and n.status == "valid" and intents.relays_suggestion(text)
        if n.status in ("valid", "invalid") and not relayed and self._asks_back(q, text, confidence):
            # "Is one the safe end?", "How much is Ultra?": a question to the agent, not an answer.
            self.deflections[q.id] = self.deflections.get(q.id, 0) + 1
            if self.deflections[q.id] <= 2:
                reply = self._faq(text) or "That's a good question, but I can't help with that on this call."
                return [Say(f"{reply} {self._reprompt_text(q)}")]
        if intents.ends_interview(text) or (
            n.status != "valid"
            and intents.wants_to_end(text, declined=n.status == "refused")
            and not (q.type == "yes_no" and yes_no(text))
        ):
            return self._end_interview(confidence)
        if q.type == "open" and confidence is not None and n.status == "valid" and spoken_doubts.no_content_word(text):
            # A spoken open answer heard as only "that" or "and" (the recogniser can be sure of a
            # single short word) is not what the caller said: ask again.
            return self._invalid(
                q, text, Normalised("invalid", reason="to hear that once more", confidence=0.0, method="unsure")
            )
        n, confidence = self._code_heard_first(q, text, n, confidence, today)
        unsure = (
            self._unsure_code(q, text, n, confidence, code_before)
            or self._inferred_code(q, text, n, confidence)
            or self._code_said_before(q, text, n, confidence, code_before)
        )
        if unsure is not None:
            return unsure
        if n.status == "dont_know" and self.understanding.dont_know_probe and q.id not in self.probed:
            self.probed.add(q.id)
            return [Say(f"{self._text(self.understanding.probe_text)} {self._hint(q)}".strip())]
        help_asked = q.type == "open" and intents.asks_for_help(text)
        if (
            n.status == "invalid"
            or (help_asked and not relayed)
            or (q.type == "open" and intents.is_question(text) and self._faq(text))
        ):
            self.deflections[q.id] = self.deflections.get(q.id, 0) + 1
            if (intents.is_question(text) or help_asked) and self.deflections[q.id] <= 2:
                reply = self._faq(text) or (
                    "I can't arrange that on this call, but I'll make a note of it."
                    if help_asked
                    else "That's a good question, but I can't help with that on this call. I'll make a note of it."
                )
                return [Say(f"{reply} {self._reprompt_text(q)}")]
            if n.status == "invalid":
                return self._invalid(q, text, n, offer=confidence is not None)
        return self._accept(q, text, n, confidence)

    def _earlier_names(self) -> list[str]:
        """The aliases of the questions answered before the one being asked (the names a caller
        may change one of them by, see ``spoken_clauses.named_breaks``)."""
        current = self.current.id if self.current is not None else None
        return [a for qid in self.statuses if qid != current for a in (self.campaign.question(qid).aliases or [])]

    def _asks_back(self, q: Question, text: str, confidence: float | None) -> bool:
        """The caller's turn asks the agent something instead of answering ``q``: by its question
        mark (``references.asks_back``) or, spoken to a closed question and heard at the campaign's
        ``confirm_below`` or above (where a value would be stored without a read-back), by its word
        order (:func:`customario.dialogue.spoken_questions.spoken_question`: "is ten the best").
        Heard faintly, the read-back guards it: in the voice logs of answers blind27-blind32 that
        word order came only out of noise ("what was the" for "Twelve of them"), 39 times, always
        below 0.8, where asking back would have cost the keypad offer."""
        if references.asks_back(text):
            return True
        if confidence is None or q.type == "open" or confidence < self.understanding.confirm_below:
            return False
        return spoken_questions.spoken_question(text)

    def _code_heard_first(
        self, q: Question, text: str, n: Normalised, confidence: float | None, today: Any
    ) -> tuple[Normalised, float | None]:
        """``(n, confidence)``, or for a spoken closed answer that says a "don't know" or refusal
        first or last (``spoken_doubts.framing_code``: "not sure yet i'd it one let me it three
        out", "bucks eighty five no idea") that code at a confidence below ``UNSURE_CODE_BELOW``:
        asked again, and the same heard on the next answer read back, never stored without a yes.
        It applies when the parser found nothing in the words, and when it read a value from them
        but the recogniser was unsure (below the campaign's ``confirm_below``): the value is then
        most often a stray word of the noise around the code (blind24 voice sample: "no clue ...
        call eleven clue" read back as eleven dollars on every caller variant)."""
        if confidence is None or q.type == "open":
            return n, confidence
        unsure_value = n.status == "valid" and confidence < self.understanding.confirm_below
        if n.status != "invalid" and not unsure_value:
            return n, confidence
        code = spoken_doubts.framing_code(q, text, today)
        return (n, confidence) if code is None else (code, min(confidence, UNSURE_CODE_BELOW / 2))

    def _end_interview(self, confidence: float | None) -> list[Action]:
        """End the interview at the caller's wish; when that wish was heard below the campaign's
        ``confirm_below`` ("leave me alone" came out of "a whole week with no hot water" at
        confidence 0.0), ask :data:`END_QUESTION` first rather than end it on a guess."""
        if confidence is not None and confidence < self.understanding.confirm_below:
            self._end_asked = True
            return [Say(END_QUESTION)]
        return self._finish(self._ended_early(), closing="I understand. Thank you for your time. Goodbye.")

    def _invalid(self, q: Question, text: str, n: Normalised, offer: bool = False) -> list[Action]:
        """Ask ``q`` again (``offer``: the answer was spoken, so offer the keypad on a phone call) or,
        after the question's ``reask.max_attempts``, record it invalid/skipped and move on."""
        policy = q.reask or self.campaign.reask
        self.reasks[q.id] = self.reasks.get(q.id, 0) + 1
        if self.reasks[q.id] < policy.max_attempts:
            return [Say(f"Sorry, I need {n.reason}. {self._reprompt_text(q)}{self._offer(q, offer)}")]
        if policy.on_exhausted == "skip":
            n = Normalised("skipped", reason=n.reason)
        record = self._record(q, text, n, attempts=self.reasks[q.id])
        resume, self.resume = self.resume, None
        return [record, *self._continue(resume, "Okay, let's move on.")]
