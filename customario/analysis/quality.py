"""Deterministic data-quality signals of one survey call, stored with each evaluation.

The signals follow common survey-methodology practice for screening low-quality interviews:

- **speeding**: seconds per answered question below half the median of the campaign's calls **on
  the same channel** (the "half the median" rule used by panel providers; a careful text interview
  is not judged against slow voice calls; needs at least :data:`MIN_CALLS_FOR_MEDIAN` calls of
  that channel);
- **straight-lining**: every scale answer (``scale``, ``nps``) at the same relative position,
  when a call has at least :data:`MIN_SCALE_ANSWERS` of them;
- **gibberish**: empty or gibberish open answers (no words, keyboard mashing, one repeated letter);
- **don't know / refused** counts, flagged when they are half or more of the answers;
- **contradictions** between the campaign's ``evaluation.consistency_pairs``: both answers scaled to
  0..1 differ by :data:`CONTRADICTION_GAP` or more (e.g. NPS 10 with satisfaction 1 of 5);
- **early hang-up**: the call ended before the required questions were answered.

Nothing here reads transcript text as instructions; only answer values, statuses and timings count.
"""

from __future__ import annotations

import json
import re
import statistics
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Iterable

from customario.definitions import Campaign, evaluate_when

MIN_CALLS_FOR_MEDIAN = 5
SPEEDING_FRACTION = 0.5
MIN_SCALE_ANSWERS = 3
CONTRADICTION_GAP = 0.6
DONT_KNOW_FRACTION = 0.5
SCALE_TYPES = ("scale", "nps")
EARLY_DISPOSITIONS = ("break-off", "partial", "interrupted")
FLAG_NAMES = ("speeding", "straight_lining", "gibberish", "dont_know_refused", "contradiction", "early_hangup")

_WORD = re.compile(r"[A-Za-zÀ-ÿ]+")
_VOWELS = set("aeiouyàáâäèéêëìíîïòóôöùúûü")


@dataclass
class CallData:
    """Everything an evaluator sees of one call: the call row, its turns (in order) and answers
    (``{question_id: {"value": decoded JSON, "status", "evidence", "attempts"}}``)."""

    call: dict
    turns: list[dict] = field(default_factory=list)
    answers: dict[str, dict] = field(default_factory=dict)

    @property
    def id(self) -> int:
        return int(self.call["id"])

    def answer_values(self) -> dict[str, Any]:
        """``{question_id: value}`` of valid answers, for ``when:`` skip logic."""
        return {q: a["value"] for q, a in self.answers.items() if a["status"] == "valid"}

    def transcript(self) -> str:
        """``agent: ...`` / ``caller: ...`` lines in turn order."""
        return "\n".join(f"{t['role']}: {t['text']}" for t in self.turns)


def load_calls(db, call_ids: Iterable[int]) -> dict[int, CallData]:
    """Load calls, turns and answers for ``call_ids`` in three queries; missing ids are left out."""
    ids = sorted(set(int(i) for i in call_ids))
    out: dict[int, CallData] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ",".join("?" * len(chunk))
        for row in db.query(f"SELECT * FROM calls WHERE id IN ({marks})", chunk):
            out[row["id"]] = CallData(call=row)
        for row in db.query(
            f"SELECT call_id, role, text, started_at, ended_at FROM turns WHERE call_id IN ({marks}) ORDER BY call_id, seq",
            chunk,
        ):
            if row["call_id"] in out:
                out[row["call_id"]].turns.append(row)
        for row in db.query(
            f"SELECT call_id, question_id, value, status, evidence, attempts FROM answers WHERE call_id IN ({marks})",
            chunk,
        ):
            if row["call_id"] in out:
                value = json.loads(row["value"]) if row["value"] not in (None, "") else None
                out[row["call_id"]].answers[row["question_id"]] = {
                    "value": value,
                    "status": row["status"],
                    "evidence": row["evidence"],
                    "attempts": row["attempts"],
                }
    return out


def _ts(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        return None


def interview_seconds(data: CallData) -> float | None:
    """Seconds from the call being answered (or started) to its end; None when unknown."""
    call = data.call
    if call.get("duration_s") is not None:
        return float(call["duration_s"])
    start = _ts(call.get("answered_at") or call.get("started_at"))
    end = _ts(call.get("ended_at"))
    if start is None and data.turns:
        start = _ts(data.turns[0]["started_at"])
    if end is None and data.turns:
        end = _ts(data.turns[-1].get("ended_at") or data.turns[-1]["started_at"])
    if start is None or end is None:
        return None
    return max(0.0, (end - start).total_seconds())


def seconds_per_question(data: CallData) -> float | None:
    """Interview seconds divided by the number of answered questions (any status but skipped)."""
    answered = sum(1 for a in data.answers.values() if a["status"] != "skipped")
    seconds = interview_seconds(data)
    if not answered or seconds is None:
        return None
    return seconds / answered


def campaign_median_spq(db, campaign: str, channel: str | None = None) -> float | None:
    """Median seconds per answered question over the campaign's complete calls (of ``channel``
    when given) with a recorded ``duration_s`` (one SQL pass); None below MIN_CALLS_FOR_MEDIAN calls."""
    return channel_medians(db, campaign).get(channel) if channel else _median(_spq_rows(db, campaign))


def _spq_rows(db, campaign: str) -> list[tuple[str, float]]:
    rows = db.execute(
        "SELECT c.channel, c.duration_s * 1.0 / n FROM (SELECT a.call_id, COUNT(*) AS n FROM answers a "
        "WHERE a.status != 'skipped' AND a.call_id IN (SELECT id FROM calls WHERE campaign = ? AND disposition = 'complete') "
        "GROUP BY a.call_id) JOIN calls c ON c.id = call_id WHERE c.duration_s IS NOT NULL",
        [campaign],
    ).fetchall()
    return [(r[0], r[1]) for r in rows if r[1] is not None]


def _median(rows: list[tuple[str, float]]) -> float | None:
    values = [v for _, v in rows]
    return statistics.median(values) if len(values) >= MIN_CALLS_FOR_MEDIAN else None


def channel_medians(db, campaign: str) -> dict[str, float | None]:
    """``{channel: median seconds per question}`` over the campaign's complete calls, one entry
    per channel (None below MIN_CALLS_FOR_MEDIAN calls of that channel). Pass it to
    :func:`compute_signals`, which picks the call's own channel."""
    by: dict[str, list[tuple[str, float]]] = {}
    for ch, v in _spq_rows(db, campaign):
        by.setdefault(ch, []).append((ch, v))
    return {ch: _median(rows) for ch, rows in by.items()}


def is_gibberish(text: Any) -> bool:
    """True for empty text, text without words, one repeated letter or keyboard mashing."""
    if not isinstance(text, str) or not text.strip():
        return True
    words = _WORD.findall(text.lower())
    if not words:
        return True
    letters = "".join(words)
    if len(set(letters)) <= 2 and len(letters) >= 3:
        return True
    mashed = [w for w in words if len(w) >= 5 and (not (set(w) & _VOWELS) or re.search(r"[^aeiouy]{5,}", w))]
    return len(mashed) * 2 >= len(words)


def scaled(campaign: Campaign, qid: str, value: Any) -> float | None:
    """An answer on 0..1 (nps/scale/number by bounds, yes_no 1/0); None when not numeric."""
    try:
        q = campaign.question(qid)
    except KeyError:
        return None
    if q.type == "yes_no":
        return 1.0 if value in (True, "yes", 1) else 0.0 if value in (False, "no", 0) else None
    if q.type in ("nps", "scale", "number") and isinstance(value, (int, float)) and not isinstance(value, bool):
        lo, hi = q.bounds
        if lo is None or hi is None or hi == lo:
            return None
        return min(1.0, max(0.0, (float(value) - lo) / (hi - lo)))
    return None


def required_applicable(campaign: Campaign, data: CallData) -> list[str]:
    """Ids of required questions whose ``when:`` holds for this call's answers."""
    values = data.answer_values()
    return [q.id for q in campaign.questions if q.required and evaluate_when(q.when, values)]


def compute_signals(campaign: Campaign, data: CallData, median_spq: float | dict | None) -> dict:
    """The data-quality signals of one call (JSON-serialisable) with ``flags``: the raised ones.

    ``median_spq`` is the median of seconds per question: :func:`channel_medians` (the call's own
    channel is used) or one number (:func:`campaign_median_spq`).
    """
    if isinstance(median_spq, dict):
        median_spq = median_spq.get(data.call.get("channel"))
    answers = data.answers
    spq = seconds_per_question(data)
    speeding = bool(spq is not None and median_spq and spq < SPEEDING_FRACTION * median_spq)

    scale_positions = [
        s
        for qid, a in answers.items()
        if a["status"] == "valid" and _qtype(campaign, qid) in SCALE_TYPES
        for s in [scaled(campaign, qid, a["value"])]
        if s is not None
    ]
    straight = len(scale_positions) >= MIN_SCALE_ANSWERS and len(set(round(s, 6) for s in scale_positions)) == 1

    open_answers = [
        (qid, a) for qid, a in answers.items() if _qtype(campaign, qid) == "open" and a["status"] == "valid"
    ]
    gibberish = sorted(qid for qid, a in open_answers if is_gibberish(a["value"]))

    dont_know = sum(1 for a in answers.values() if a["status"] == "dont_know")
    refused = sum(1 for a in answers.values() if a["status"] == "refused")
    answered = sum(1 for a in answers.values() if a["status"] != "skipped")

    contradictions = []
    for a_id, b_id in campaign.evaluation.consistency_pairs:
        a, b = answers.get(a_id), answers.get(b_id)
        if not a or not b or a["status"] != "valid" or b["status"] != "valid":
            continue
        sa, sb = scaled(campaign, a_id, a["value"]), scaled(campaign, b_id, b["value"])
        if sa is not None and sb is not None and abs(sa - sb) >= CONTRADICTION_GAP:
            contradictions.append([a_id, b_id])

    required = required_applicable(campaign, data)
    missing = [q for q in required if q not in answers or answers[q]["status"] == "skipped"]
    early = (data.call.get("disposition") in EARLY_DISPOSITIONS) or bool(
        missing and data.call.get("disposition") != "complete"
    )

    flags = []
    if speeding:
        flags.append("speeding")
    if straight:
        flags.append("straight_lining")
    if gibberish:
        flags.append("gibberish")
    if answered and (dont_know + refused) * 1.0 >= DONT_KNOW_FRACTION * answered and (dont_know + refused) >= 2:
        flags.append("dont_know_refused")
    if contradictions:
        flags.append("contradiction")
    if early:
        flags.append("early_hangup")
    return {
        "seconds_per_question": round(spq, 3) if spq is not None else None,
        "campaign_median_spq": round(median_spq, 3) if median_spq else None,
        "median_channel": data.call.get("channel"),
        "speeding": speeding,
        "scale_answers": len(scale_positions),
        "straight_lining": straight,
        "open_answers": len(open_answers),
        "gibberish_open_answers": gibberish,
        "dont_know": dont_know,
        "refused": refused,
        "contradictions": contradictions,
        "required_missing": missing,
        "early_hangup": early,
        "turns": len(data.turns),
        "flags": flags,
    }


def _qtype(campaign: Campaign, qid: str) -> str | None:
    try:
        return campaign.question(qid).type
    except KeyError:
        return None


# Text that tries to steer an evaluator or a payment: instructions to ignore the rubric, requests for
# a top score or the maximum payment, role labels ("SYSTEM:", "assistant:"), tags that would close
# the call data. Matched in the caller's turns and answers (never the agent's).
_INJECTION = re.compile(
    r"\b(ignore|forget|override)\s+(all\s+|the\s+|your\s+|any\s+|previous\s+|above\s+|prior\s+|earlier\s+|of\s+)*"
    r"(instructions|rubric|rules|criteria|guidelines|guidance|directions|prompt|scoring)"
    r"|\b(note|message|instructions?|memo)\s+(to|for)\s+(the\s+)?(evaluator|grader|reviewer|judge|scorer|ai|model|llm)\b"
    r"|\b(dear|attention|hey|hi)\s+(evaluator|grader|judge|scorer|ai|model|llm)\b"
    r"|\bwhoever\s+(grades|reviews|scores|evaluates|checks|reads)\s+this\b"
    r"|\b(award|grant|assign|give)\s+(me\s+|this\s+|it\s+)?(full|all|maximum|max|the\s+highest|top)\s+"
    r"(points|marks|score|credit|rating)"
    r"|\bmark\s+(every|all|each)\s+(of\s+the\s+)?(criteri(on|a)|questions?|items?|checks?)\s+as\s+(met|passed|complete)"
    r"|\b(approve|release|authori[sz]e)\s+(the\s+|my\s+|this\s+|a\s+)?(full\s+|maximum\s+|max\s+)?"
    r"(payment|payout|reward|incentive)"
    r"|\b(rate|score|grade)\s+(this|the|my)\s+(interview|call|survey|response|transcript|respondent|submission)\s+"
    r"(a\s+|as\s+)?(10\s*/\s*10|100|ten out of ten|perfect|the highest|full)"
    r"|\b(quality|fraud|data[- ]quality|attention)\s+checks?\s+(has\s+|have\s+|was\s+|were\s+)?(passed|cleared)\b"
    r"|<<\s*/?\s*sys\s*>>|\[/?\s*inst\s*\]|<\|\s*(im_start|system|im_end)\s*\|>|\[\s*system\s*\]"
    r"|\b(give|score|rate|grade|mark)\s+(me|this|it|the call|this call|the interview)?\s*(a\s+)?(100|full marks|maximum|max|perfect|top)"
    r"|\b(set|make|raise|increase|bump)\s+(the\s+|my\s+)?(payment|payout|reward|incentive|score|amount|grade)\b[^.\n]{0,30}"
    r"\b(max|maximum|highest|full|top|100|\$\s?\d)"
    r"|\b(maximum|max|highest|full)\s+(payment|payout|reward|incentive)\b"
    r"|\bpay\s+(me\s+)?\$?\s?\d{3,}|\bsystem prompt\b|\byou are now\b|\bnew instructions?\b"
    r"|</?\s*(call_data|transcript|system|instructions?)\b|(^|\n|[.!?:]\s*)\s*(system|assistant|developer)\s*:"
    r"|\bdisregard\s+(the\s+|all\s+|previous\s+)*(instructions|rubric|rules)",
    re.I,
)


def injection_suspected(data: CallData) -> bool:
    """True when a caller turn or answer contains text that tries to steer the evaluator or the payment."""
    texts = [t["text"] for t in data.turns if t["role"] not in ("agent", "assistant")]
    texts += [str(a.get("evidence") or "") for a in data.answers.values()]
    texts += [a["value"] for a in data.answers.values() if isinstance(a["value"], str)]
    return any(_INJECTION.search(t or "") for t in texts)
