"""Run answer corpora through the survey policy, typed or spoken (issue 11).

Shared by ``benchmarks/bench_answers.py`` (text and voice, every variant) and by the fast test
subset (``tests/test_understanding_corpus.py``). A corpus is a YAML file with ``utterances``: each
item names a ``survey`` and ``question``, the caller's ``text`` and what must happen (``expect``:
a ``value`` to store, or an ``outcome``: reask, dont_know, refused, off_script, opt_out, open_any,
correction). The format is described at the top of ``tests/corpus/answers/own.yaml``.

One item is one short interview: the question is asked, the caller says the text (``hear`` turns
it into what the policy receives: the text itself, or a transcript and a confidence for speech),
and the simulated caller answers every read-back truthfully: "yes" when the value read back is the
expected one (for an open answer: its words, see below; for a "don't know" or a refusal read back:
when that is the expected outcome), else "no". Like a real caller, they say their answer again (new audio: each turn has
its own seed) each time the agent asks the same question again, after a "no" or because it did not
understand, as often as the policy may ask one question (re-ask attempts + read-back denials - 1),
and answer "no" to "would you like us to stop calling?". A caller changing an earlier answer whom
the agent takes back to that question ("Sure, let's go back to that one.") says their words again
there too (until 5 December 2026 they fell silent, and a change whose new value was not understood
the first time was lost). An item whose expected outcome is the re-ask itself (ambiguous, out of range, unclear) keeps its one answer. The verdict:

- ``right``: the expected value stored (or the expected outcome happened);
- ``wrong``: a value stored as valid that is not the expected one (the worst outcome), or a
  "don't know" / "refused" code stored when the caller gave something else;
- ``reasked``: nothing stored, the question was asked again (safe, but not right for a value item).

An open answer (a ``value`` or ``open_any`` item) counts as the caller's words when its word error
rate against what they said is at most :data:`OPEN_WER` (0.25): closer is right, further is wrong
if stored as valid (for ``open_any`` too: any text the caller says is acceptable, not any text).

``confirmed`` counts items where a read-back happened.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Any, Callable

import yaml

ROOT = Path(__file__).resolve().parents[1]
BUILTIN_SURVEYS = {"customer_feedback": ROOT / "customario/campaigns/customer_feedback/customer_feedback.yaml"}


@dataclass
class Verdict:
    item: dict
    verdict: str  # right | wrong | reasked
    confirmed: bool = False
    stored: Any = None
    heard: list = field(default_factory=list)  # (said, transcript, confidence)
    keyed: bool = False  # the caller typed the answer on the keypad (run_item(keypad=True))
    turn_seconds: list = field(default_factory=list)  # per caller turn: recognise + policy (+ tts) seconds


def load_corpus(path: str | Path) -> tuple[list[dict], dict[str, Any], date]:
    """(items, {survey name: Campaign}, today) for a corpus file; surveys are looked up next to it
    (``surveys/NAME.yaml``) or among the built-in campaigns."""
    from customario.definitions import load_definition

    path = Path(path)
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    items = data.get("utterances") or data.get("items") or []
    today = data.get("today")
    if isinstance(today, str):
        today = date.fromisoformat(today)
    if today is None:
        import re

        # The header comment ("# Today is Wednesday 2026-12-02"), not a "today" inside an utterance.
        m = re.search(
            r"^#.*\btoday\b[^0-9\n]*(\d{4}-\d{2}-\d{2})",
            path.read_text(encoding="utf-8")[:4000],
            re.IGNORECASE | re.MULTILINE,
        )
        if m is None:
            # A silent default moved every relative date of a corpus without a header (blind6's
            # first count stored "yesterday" as 19 November): say so instead.
            raise ValueError(f"{path}: no 'today' key and no '# ... today ... YYYY-MM-DD' header line")
        today = date.fromisoformat(m.group(1))
    surveys: dict[str, Any] = {}
    for name in sorted({i["survey"] for i in items}):
        local = path.parent / "surveys" / f"{name}.yaml"
        source = local if local.is_file() else BUILTIN_SURVEYS.get(name)
        if source is None:
            raise FileNotFoundError(f"survey {name} of {path} not found")
        surveys[name] = load_definition(source)
    return items, surveys, today


def _value_equal(expected: Any, got: Any, qtype: str) -> bool:
    if qtype == "yes_no" and isinstance(expected, bool):
        expected = "yes" if expected else "no"
    if qtype == "multi_choice":
        return sorted(expected or []) == sorted(got or [])
    if isinstance(expected, (int, float)) and isinstance(got, (int, float)):
        return float(expected) == float(got)
    if isinstance(expected, date):
        expected = expected.isoformat()
    if qtype == "open":
        return transcript_close(str(expected), str(got))
    return str(expected).strip().lower() == str(got).strip().lower()


# Word error rate up to which a stored open answer counts as the caller's words (issue 11). Open
# answers are free speech: a transcript that must match every word (the rule until 4 December 2026)
# counted "still a few ant by the sink" as a wrong value, while ``open_any`` items counted any
# stored words at all as right, even words the caller never said. A quarter of the words wrong
# (substituted, dropped or added) is where speech-analytics practice still reads a transcript for
# its meaning; beyond it the words are not the caller's.
OPEN_WER = 0.25


def _words(text: str) -> list[str]:
    """Lower-case words of ``text`` without punctuation; digits as number words ("7" → "seven")."""
    import re

    from customario.dialogue.spoken import number_words

    out: list[str] = []
    for w in re.findall(r"[a-z0-9']+", text.lower()):
        out += number_words(int(w)).split() if w.isdigit() and int(w) <= 9999 else [w]
    return out


def transcript_close(said: str, got: str) -> bool:
    """True when ``got`` (a stored open answer) has the words of ``said`` (what the caller said)
    with a word error rate of at most :data:`OPEN_WER` (Levenshtein distance over words / words
    said, rapidfuzz)."""
    from rapidfuzz.distance import Levenshtein

    a, b = _words(said), _words(got)
    if not a:
        return not b
    return Levenshtein.distance(a, b) / len(a) <= OPEN_WER


def text_hearing(text: str, policy: Any) -> tuple[str, float | None]:
    """Typed input: the policy gets the words as they are, with no recogniser confidence."""
    return text, None


def run_item(
    item: dict,
    surveys: dict[str, Any],
    today: date,
    hear: Callable[[str, Any], tuple[str, float | None]] = text_hearing,
    speak: Callable[[str], Any] | None = None,
    readback: bool = True,
    keypad: bool = False,
    channel: str = "voice",
    understanding: dict | None = None,
) -> Verdict:
    """Play one corpus item against a fresh :class:`SurveyPolicy` (see module docstring).

    ``hear(said, policy)`` → (what the policy receives, confidence or None); ``speak(agent_text)``
    is timed into the turn latency when given (TTS first audio). ``readback=False`` plays the
    survey with read-backs off (``confirm_below: 0``, ``confirm_lenient: false``), which shows
    what the parser alone would store. ``channel="phone"`` is a telephone call (the policy offers
    the keypad after a failed spoken answer); with ``keypad=True`` the caller, once offered, types
    a value answer to a keypad question (:mod:`customario.dialogue.keypad`) instead of saying it
    again (not for don't know or refused; a change of an earlier answer only once the agent has
    taken the caller back to the question it names). ``understanding``: settings of the
    campaign's ``understanding`` to override (``{"confirm_risky": False}``)."""
    from customario.dialogue import keypad as keys_of
    from customario.dialogue.optout import CONFIRM_QUESTION
    from customario.dialogue.survey_flow import END_QUESTION
    from customario.dialogue.policy import CallTool
    from customario.dialogue.survey_flow import SurveyPolicy

    campaign = surveys[item["survey"]]
    if understanding:
        campaign = campaign.model_copy(
            update={"understanding": campaign.understanding.model_copy(update=understanding)}
        )
    if not readback:
        understanding = campaign.understanding.model_copy(update={"confirm_below": 0.0, "confirm_lenient": False})
        campaign = campaign.model_copy(update={"understanding": understanding})
    noon = datetime(today.year, today.month, today.day, 12, tzinfo=timezone.utc)
    policy = SurveyPolicy(campaign, {"first_name": "Sam"}, tz="UTC", now=lambda: noon, channel=channel)
    policy.opening()
    expect = item.get("expect") or {}
    outcome = expect.get("outcome")
    stored: dict[str, tuple[str, Any, bool]] = {}
    events = {"opt_out": False, "confirmed": False}
    verdict = Verdict(item=item, verdict="reasked")

    def play(actions: list) -> None:
        for a in actions:
            if isinstance(a, CallTool) and a.name == "record_answer":
                args = a.arguments
                stored[args["question_id"]] = (args["status"], args["value"], bool(args.get("confirmed")))
            elif isinstance(a, CallTool) and a.name == "opt_out":
                events["opt_out"] = True

    # Callers say their answer again when asked again; an item whose right outcome is the re-ask
    # itself (ambiguous, out of range, unclear) is left at its first answer.
    repeats_for = outcome in (None, "dont_know", "refused", "correction")
    u = campaign.understanding

    def say(text: str, expected_q: Any, expected_value: Any, record: bool = True, repeats: bool = True) -> None:
        """The caller says ``text``, answers read-backs truthfully, and says ``text`` again (new
        audio) each time the agent asks the same question again, as long as the policy may ask it."""
        asked = policy.current
        rules = (asked.reask or campaign.reask) if asked is not None else campaign.reask
        most = rules.max_attempts + u.max_denials - 1  # times the policy can ask one question in all
        tellings = 1
        utterance = text
        typed_value = keys_of.keys_for(expected_q, expected_value, today) if keypad else None
        typed = typed_value if expected_q is asked else None
        keys = typed  # what the caller types when the next utterance is KEYS
        value_keys = False  # those keys are the value (not a 1 or 2 to a read-back)
        for _ in range(4 * most + 4):
            before_q, before_phase = policy.current, policy.phase
            started = time.perf_counter()
            if utterance is KEYS:
                heard, conf = f"[keypad] {keys}", 1.0
                actions = policy.respond_keypad(keys)
                if record:
                    verdict.keyed = True
            else:
                heard, conf = hear(utterance, policy)
                actions = policy.respond(heard, confidence=conf)
            said = next((a.text for a in actions if getattr(a, "text", None)), "")
            if speak is not None and said:
                speak(said)
            if record:
                verdict.turn_seconds.append(time.perf_counter() - started)
                verdict.heard.append((heard if utterance is KEYS else utterance, heard, conf))
            play(actions)
            if policy.ended:
                return
            stop_keys = CONFIRM_QUESTION in said and said.endswith(keys_of.READ_BACK_OFFER)
            if (said.endswith((CONFIRM_QUESTION, END_QUESTION)) or stop_keys) and (repeats or outcome == "opt_out"):
                # "Would you like us to stop calling?" / "... to stop the survey here?": yes from a
                # caller who asked to stop, no from any other (they did not ask that). Said again on
                # a phone call with 1 for yes and 2 for no offered: the '+keypad' caller types it.
                # Answered before a read-back still pending: the agent asked this question last (a
                # stop request heard in a read-back reply is asked about with the read-back held).
                reply = "yes" if outcome == "opt_out" else "no"
                if keypad and stop_keys:
                    utterance, keys, value_keys = KEYS, keys_of.YES_NO_KEYS_FOR[reply], False
                else:
                    utterance = reply
                continue
            if policy.phase == "confirm" and policy.pending is not None:
                events["confirmed"] = True
                p = policy.pending
                status = p["n"].status
                right = (
                    expected_q is not None
                    and p["question"].id == expected_q.id
                    and (
                        outcome == status  # a "don't know" or refusal read back: yes when it was one
                        if status in ("dont_know", "refused")
                        else transcript_close(
                            text if expected_value is None else str(expected_value), str(p["n"].value)
                        )
                        if expected_q.type == "open" and (expected_value is not None or outcome == "open_any")
                        else expected_value is not None and _value_equal(expected_value, p["n"].value, expected_q.type)
                    )
                )
                reply = "yes" if right else "no"
                if keypad and keys_of.READ_BACK_OFFER in said:
                    # Offered 1 for yes and 2 for no at a read-back said a second time: the caller
                    # of the '+keypad' rows types the same truthful reply.
                    utterance, keys, value_keys = KEYS, keys_of.YES_NO_KEYS_FOR[reply], False
                else:
                    utterance = reply
                continue
            # Taken back to the question a change names ("Sure, let's go back to that one. How many
            # tickets ...?", the new value not understood): the caller answers it, as any caller
            # asked a question does; they had stopped there, and the change was counted lost.
            # Asked it again after they said no to the read-back of their change ("Sorry about
            # that. On what date ...?") is being taken back to it too: before_q is then the
            # question the read-back was about, the caller was not asked it before.
            taken_back = (
                outcome == "correction"
                and expected_value is not None
                and policy.current is expected_q
                and (before_q is not expected_q or (before_phase == "confirm" and asked is not expected_q))
            )
            again = (
                repeats
                and policy.phase == "question"
                and policy.current is not None
                and (policy.current is before_q or taken_back)
                and before_phase in ("question", "confirm")
                and policy.current.id not in policy.statuses
                and not any(isinstance(a, CallTool) for a in actions)
            )
            if taken_back:
                typed = typed_value
            if again and tellings < most:
                tellings += 1  # asked again (not understood, or a read-back denied): say it again
                offered = typed is not None and keys_of.hint(policy.current) in said
                # Typed once, said the next time (as before read-backs took keys).
                utterance = KEYS if offered and not (utterance is KEYS and value_keys) else text
                keys, value_keys = typed, True
                continue
            return

    # Earlier answers (given, or assumed as the blind corpus does: every earlier applicable question
    # answered in order), then the question itself.
    before = item.get("before")
    if before is None and (expect.get("outcome") == "correction" or campaign.question(item["question"]).when):
        before = assumed_answers(campaign, item["question"], expect, today)
    for qid, answer in (before or {}).items():
        q = campaign.question(qid)
        policy._ask(q)
        from customario.dialogue.answers import normalise

        say(str(answer), q, normalise(q, str(answer), today=today).value, record=False)
    q = campaign.question(item["question"])
    policy._ask(q)
    stored_before = dict(stored)
    target_q = campaign.question(expect["target"]) if outcome == "correction" else q
    expected_value = expect.get("value") if "value" in expect else None
    say(str(item["text"]), target_q, expected_value, repeats=repeats_for)
    verdict.confirmed = events["confirmed"]
    new = {k: v for k, v in stored.items() if stored_before.get(k) != v}
    got = new.get(target_q.id)
    verdict.stored = got
    wrong_elsewhere = any(status == "valid" for k, (status, _v, _c) in new.items() if k != target_q.id)
    # A "don't know" or "refused" code the caller did not give is a wrong stored answer too.
    wrong_code = bool(got) and got[0] in ("dont_know", "refused") and outcome != got[0]

    def wrong_if_valid() -> str:
        if (got and got[0] == "valid") or wrong_elsewhere or wrong_code:
            return "wrong"
        return "reasked"

    if outcome is None:
        if got and got[0] == "valid" and _value_equal(expected_value, got[1], q.type):
            verdict.verdict = "right" if not wrong_elsewhere else "wrong"
        else:
            verdict.verdict = wrong_if_valid()
    elif outcome == "correction":
        if expect.get("back"):
            ok = policy.current is not None and policy.current.id == target_q.id and policy.phase == "question"
            verdict.verdict = "right" if ok and not new else wrong_if_valid()
        elif got and got[0] == "valid" and _value_equal(expected_value, got[1], target_q.type):
            verdict.verdict = "right" if not wrong_elsewhere else "wrong"
        else:
            verdict.verdict = wrong_if_valid()
    elif outcome in ("dont_know", "refused"):
        if got and got[0] == outcome:
            verdict.verdict = "right"
        else:
            verdict.verdict = wrong_if_valid()
    elif outcome == "opt_out":
        verdict.verdict = "right" if events["opt_out"] else wrong_if_valid()
    elif outcome == "open_any":
        # BLIND-README: any text is acceptable, nothing may be coded refused or don't know. Any
        # text the caller said: words stored that are not theirs (a garbled transcript) are wrong.
        if got and got[0] == "valid":
            verdict.verdict = "right" if transcript_close(str(item["text"]), str(got[1])) else "wrong"
        else:
            verdict.verdict = "wrong" if wrong_code else "reasked"
    else:  # reask, off_script: nothing may be stored, the call goes on
        if got and got[0] == "valid" or wrong_elsewhere or wrong_code:
            verdict.verdict = "wrong"
        elif events["opt_out"] or policy.ended:
            verdict.verdict = "reasked"
        else:
            verdict.verdict = "right"
    return verdict


KEYS = object()  # the caller's next turn is the keypad entry, not words


def _candidates(q: Any) -> list[str]:
    from customario.dialogue.spoken import number_words

    if q.type == "nps":
        return ["five", "nine", "two"]
    if q.type in ("scale", "number"):
        lo, hi = (int(v) if v is not None else d for v, d in zip(q.bounds, (0, 100)))
        # number_words stops at 9999; a bill up to 10000 is typed as digits, as a caller would.
        return [number_words(n) if n <= 9999 else str(n) for n in (min(hi, lo + 1), hi, lo)]
    if q.type == "yes_no":
        return ["yes", "no"]
    if q.type in ("single_choice", "multi_choice"):
        return [c.label for c in q.choices[:3]]
    if q.type == "date":  # a date the question accepts: the past for a past visit, the future for a booking
        from customario.dialogue.answers import question_tense

        if question_tense(q) == "future":
            return ["tomorrow", "the day after tomorrow"]
        return ["yesterday", "the day before yesterday"]
    return ["nothing else to add", "no comment at all"]


def assumed_answers(campaign: Any, question_id: str, expect: dict, today: date) -> dict[str, str]:
    """Answers to every question before ``question_id`` that keep it applicable (its ``when:``),
    keep a correction's target asked, and differ from a correction's new value."""
    import itertools

    from customario.definitions import evaluate_when
    from customario.dialogue.answers import normalise

    qs = campaign.questions
    idx = [q.id for q in qs].index(question_id)
    earlier = qs[:idx]
    options = []
    for q in earlier:
        cands = _candidates(q)
        if expect.get("outcome") == "correction" and expect.get("target") == q.id and "value" in expect:
            cands = [c for c in cands if not _value_equal(expect["value"], normalise(q, c, today=today).value, q.type)]
        options.append(cands[:2] if len(cands) > 1 else cands)
    for combo in itertools.product(*options):
        values, chosen = {}, {}
        ok = True
        for q, text in zip(earlier, combo):
            if q.when and not evaluate_when(q.when, values):
                continue
            n = normalise(q, text, today=today)
            values[q.id] = n.value
            chosen[q.id] = text
        target = qs[idx]
        if target.when and not evaluate_when(target.when, values):
            ok = False
        # A correction names an earlier question the caller was asked: keep that one applicable too
        # (blind11 hr-151 corrects the follow-up date, asked only when the repair was not fixed).
        changed = campaign.question(expect["target"]) if expect.get("outcome") == "correction" else None
        if changed is not None and changed.id in values and changed.when and not evaluate_when(changed.when, values):
            ok = False
        if changed is not None and changed.id not in values and changed in earlier:
            ok = False
        if ok:
            return chosen
    return {q.id: o[0] for q, o in zip(earlier, options)}


def summarise(verdicts: list[Verdict]) -> dict:
    """Counts and shares: n, right, wrong, reasked, confirmed, keyed (answers typed on the keypad),
    right_pct, wrong_pct, p50/p90/p95 turn ms."""
    n = len(verdicts)
    c = {k: sum(1 for v in verdicts if v.verdict == k) for k in ("right", "wrong", "reasked")}
    times = sorted(t for v in verdicts for t in v.turn_seconds)

    def pct(q: float) -> float | None:
        return round(1000 * times[min(len(times) - 1, int(q * (len(times) - 1) + 0.5))], 1) if times else None

    return {
        "n": n,
        **c,
        "confirmed": sum(v.confirmed for v in verdicts),
        "keyed": sum(v.keyed for v in verdicts),
        "right_pct": round(100 * c["right"] / n, 1) if n else 0.0,
        "wrong_pct": round(100 * c["wrong"] / n, 2) if n else 0.0,
        "turn_p50_ms": pct(0.5),
        "turn_p90_ms": pct(0.9),
        "turn_p95_ms": pct(0.95),
    }
