"""The ``anthropic`` evaluator: an LLM judge that returns per-criterion verdicts as structured output.

Request: the system prompt (``prompts/judge_system.md``) and the rubric (criteria, weights, the
survey's questions) form a cached prompt prefix (``cache_control``); the call itself goes in the
user turn as JSON inside ``<call_data>``, as data (``<`` escaped so the transcript cannot close the
element). The output format is the JSON schema :func:`submit_evaluation_schema` (structured
outputs; no forced tool choice, no temperature).

Validation in code: the reply must match :class:`SubmitEvaluation`, grade every criterion exactly
once, and quote evidence that occurs in the transcript; otherwise the call stays pending
(:class:`customario.adapters.anthropic.ModelOutputError`) or, for evidence not found, the payment is held. The
score comes from :func:`customario.analysis.evaluation.score_verdicts`, never from the model. Transcripts
with injection-like text (``ignore the rubric``, ``give 100``, ``pay $500``) get the review flag
``injection_text`` regardless of what the model says.
"""

from __future__ import annotations

import functools
import json
import re
import threading
from importlib import resources
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from customario.analysis.evaluation import EvaluationResult, score_verdicts
from customario.adapters.anthropic import (
    ModelOutputError,
    StructuredReply,
    estimate_cost_microusd,
    parse_message,
    request_params,
)
from customario.analysis.quality import CallData, injection_suspected  # noqa: F401  (re-exported)

SCHEMA_NAME = "submit_evaluation"


class SubmitVerdict(BaseModel):
    model_config = ConfigDict(extra="forbid")
    criterion: str
    verdict: Literal["met", "partly", "not_met"]
    evidence: str = Field(max_length=600)
    rationale: str = Field(max_length=2000)


class SubmitEvaluation(BaseModel):
    """The ``submit_evaluation`` structured output, validated in code."""

    model_config = ConfigDict(extra="forbid")
    verdicts: list[SubmitVerdict]
    manipulation_attempt: bool = False


def submit_evaluation_schema(criterion_ids: list[str]) -> dict:
    """JSON schema of the ``submit_evaluation`` output for a rubric with ``criterion_ids``."""
    return {
        "type": "object",
        "additionalProperties": False,
        "required": ["verdicts", "manipulation_attempt"],
        "properties": {
            "verdicts": {
                "type": "array",
                "items": {
                    "type": "object",
                    "additionalProperties": False,
                    "required": ["criterion", "verdict", "evidence", "rationale"],
                    "properties": {
                        "criterion": {"type": "string", "enum": list(criterion_ids)},
                        "verdict": {"type": "string", "enum": ["met", "partly", "not_met"]},
                        "evidence": {"type": "string"},
                        "rationale": {"type": "string"},
                    },
                },
            },
            "manipulation_attempt": {"type": "boolean"},
        },
    }


@functools.lru_cache(maxsize=1)
def system_prompt() -> str:
    """The judge's instructions (``prompts/judge_system.md``), read once."""
    return resources.files("customario.analysis").joinpath("prompts/judge_system.md").read_text(encoding="utf-8")


def rubric_text(campaign) -> str:
    """The rubric block of the cached prefix: criteria with weights, then the survey's questions."""
    lines = [f"Rubric for campaign {campaign.name!r}. Criteria (id, weight, description):"]
    lines += [f"- {c.id} (weight {c.weight:g}): {c.description}" for c in campaign.evaluation.criteria]
    if campaign.questions:
        lines.append("\nSurvey questions the agent had to ask (id, type, required):")
        lines += [
            f"- {q.id} ({q.type}, {'required' if q.required else 'optional'}"
            + (f", only when {q.when}" if q.when else "")
            + f"): {q.text}"
            for q in campaign.questions
        ]
    return "\n".join(lines)


def call_payload(data: CallData) -> str:
    """The call as JSON inside ``<call_data>``; ``<`` and ``>`` escaped so text cannot break out."""
    payload = {
        "call_id": data.id,
        "disposition": data.call.get("disposition"),
        "transcript": [{"role": t["role"], "text": t["text"]} for t in data.turns],
        "recorded_answers": {q: {"value": a["value"], "status": a["status"]} for q, a in data.answers.items()},
    }
    text = json.dumps(payload, ensure_ascii=False, indent=1).replace("<", "\\u003c").replace(">", "\\u003e")
    return f"<call_data>\n{text}\n</call_data>\n\nGrade this call against every rubric criterion."


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"[\"'“”‘’`…]", "", text)).strip().lower()


def validate_reply(campaign, data: CallData, reply: StructuredReply) -> EvaluationResult:
    """Check a decoded reply against the rubric and build the result (score computed here).

    Raises ModelOutputError when the reply is off-schema, misses or repeats a criterion, or names
    an unknown one.
    """
    try:
        parsed = SubmitEvaluation.model_validate(reply.data)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        raise ModelOutputError(
            f"the model's evaluation does not match the submit_evaluation schema ({where}: {first['msg']})",
            "It stays pending; run evaluate again",
        ) from None
    weights = {c.id: float(c.weight) for c in campaign.evaluation.criteria}
    seen = [v.criterion for v in parsed.verdicts]
    unknown = sorted(set(seen) - set(weights))
    missing = [c for c in weights if c not in seen]
    dup = sorted({c for c in seen if seen.count(c) > 1})
    if unknown or missing or dup:
        what = (
            f"unknown criterion {unknown[0]}"
            if unknown
            else f"no verdict for {missing[0]}"
            if missing
            else f"two verdicts for {dup[0]}"
        )
        raise ModelOutputError(f"the model's evaluation is incomplete ({what})", "It stays pending; run evaluate again")
    transcript = _norm(" ".join(t["text"] for t in data.turns))
    flags, verdicts = [], []
    for v in sorted(parsed.verdicts, key=lambda v: list(weights).index(v.criterion)):
        quote = _norm(v.evidence)
        found = (not quote) or quote in transcript
        if v.verdict != "not_met" and quote and not found and "unverified_evidence" not in flags:
            flags.append("unverified_evidence")
        verdicts.append(
            {
                "criterion": v.criterion,
                "verdict": v.verdict,
                "evidence": v.evidence[:300],
                "rationale": v.rationale[:600],
                "weight": weights[v.criterion],
                "evidence_found": found,
            }
        )
    if parsed.manipulation_attempt:
        flags.append("manipulation_attempt")
    return EvaluationResult(
        verdicts=verdicts, score=score_verdicts(verdicts), review_flags=flags, model=reply.model, usage=reply.usage
    )


class AnthropicEvaluator:
    """LLM judge over the Messages API. ``client`` defaults to ``customario.adapters.anthropic.make_client(settings)``;
    ``model`` to campaign ``settings.evaluation_model``, then ``settings.anthropic_model``, then the
    first suitable model from ``client.models.list()``."""

    name = "anthropic"
    remote = True

    def __init__(self, settings: Any, *, client: Any = None, model: str | None = None, max_tokens: int | None = None):
        from customario.adapters.anthropic import make_client

        self.settings = settings
        self.client = client or make_client(settings)
        self.model = model
        self.max_tokens = max_tokens
        self._listed: str | None = None
        self._lock = threading.Lock()

    def _model(self, campaign) -> str:
        from customario.adapters.anthropic import choose_model

        preferred = (
            self.model or campaign.settings.get("evaluation_model") or getattr(self.settings, "anthropic_model", None)
        )
        if preferred:
            return preferred
        with self._lock:  # list the models once per evaluator, even with many threads
            if self._listed is None:
                self._listed = choose_model(self.client)
            return self._listed

    def params(self, campaign, data: CallData) -> dict:
        """Messages API parameters for one call (also the ``params`` of a batch request)."""
        ids = [c.id for c in campaign.evaluation.criteria]
        system = [
            {"type": "text", "text": system_prompt()},
            {"type": "text", "text": rubric_text(campaign), "cache_control": {"type": "ephemeral"}},
        ]
        max_tokens = self.max_tokens or min(8000, 600 + 400 * len(ids))
        return request_params(
            model=self._model(campaign),
            system=system,
            user=call_payload(data),
            schema=submit_evaluation_schema(ids),
            max_tokens=max_tokens,
        )

    def _no_turns(self, campaign) -> EvaluationResult:
        verdicts = [
            {
                "criterion": c.id,
                "verdict": "not_met",
                "evidence": "",
                "rationale": "the call has no transcript turns",
                "weight": float(c.weight),
            }
            for c in campaign.evaluation.criteria
        ]
        return EvaluationResult(
            verdicts=verdicts,
            score=score_verdicts(verdicts),
            review_flags=["no_turns"],
            note="no transcript: not sent to the model, held for review",
        )

    def evaluate(self, campaign, data: CallData, signals: dict) -> EvaluationResult:
        """One Messages request for ``data``; raises ExternalServiceError or ModelOutputError."""
        from customario.adapters.anthropic import structured_call

        if not data.turns:
            return self._no_turns(campaign)
        reply = structured_call(self.client, self.params(campaign, data))
        return self.finish(campaign, data, reply, batch=False)

    def from_message(self, campaign, data: CallData, message: dict) -> EvaluationResult:
        """Result of a Message Batches ``succeeded`` item (``message`` as a dict)."""
        return self.finish(campaign, data, parse_message(message), batch=True)

    def finish(self, campaign, data: CallData, reply: StructuredReply, *, batch: bool) -> EvaluationResult:
        result = validate_reply(campaign, data, reply)
        if injection_suspected(data) and "injection_text" not in result.review_flags:
            result.review_flags.append("injection_text")
        result.cost_microusd = estimate_cost_microusd(reply.model, reply.usage, batch=batch)
        return result
