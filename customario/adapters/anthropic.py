"""Anthropic adapter: the only module that imports ``anthropic`` (2.x, on httpx2).

- :func:`make_client` builds a client from Settings (``ANTHROPIC_API_KEY``, ``anthropic_base_url``);
  retries (connection errors, 408/409/429/5xx/529, honouring ``retry-after``) are the SDK's.
- :func:`choose_model` takes the model from the caller (flag, campaign, settings) or asks
  ``client.models.list()``; no single model name is hard-coded as the only option.
- :func:`structured_call` sends one Messages request with a JSON-schema output format (structured
  outputs; no forced ``tool_choice``, no ``temperature``) and returns the decoded JSON, or raises
  :class:`ModelOutputError` for a refusal, a ``max_tokens`` stop or output that is not JSON.
- Message Batches: :func:`create_batch`, :func:`retrieve_batch`, :func:`batch_results`.
- :func:`estimate_cost_microusd` prices usage with :data:`PRICES_PER_MTOK`, a small table keyed by
  model family. It is an **estimate** (list prices of November 2026; check your invoice).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any, Iterator

from customario.errors import ConfigError, ExternalServiceError

# USD per million tokens (input, output) by model family; cache reads cost 0.1x input, cache
# writes 1.25x input, Message Batches 0.5x everything (Anthropic pricing page). An estimate.
PRICES_PER_MTOK: dict[str, tuple[float, float]] = {
    "opus": (5.0, 25.0),
    "sonnet": (3.0, 15.0),
    "haiku": (1.0, 5.0),
}
CACHE_READ_FACTOR = 0.1
CACHE_WRITE_FACTOR = 1.25
BATCH_FACTOR = 0.5
# Families tried in this order when no model is configured (a judge wants a mid-size model).
MODEL_PREFERENCE = ("sonnet", "opus", "haiku")
MAX_BATCH_REQUESTS = 10_000


class ModelOutputError(ExternalServiceError):
    """The model answered, but not with something usable (refusal, truncated, not JSON, off-schema)."""


@dataclass
class StructuredReply:
    """A decoded structured-output reply: ``data`` is the JSON object; usage in tokens."""

    data: dict
    model: str
    stop_reason: str | None
    usage: dict = field(default_factory=dict)
    text: str = ""


def make_client(settings, *, http_client: Any = None, max_retries: int = 2, timeout: float = 120.0):
    """An ``anthropic.Anthropic`` client for ``settings``; raises ConfigError without an API key.

    ``http_client`` (an ``httpx2.Client``, e.g. with a ``MockTransport``) is for tests and proxies.
    """
    if not settings.anthropic_api_key:
        raise ConfigError(
            "ANTHROPIC_API_KEY is not set",
            "Export ANTHROPIC_API_KEY (or put it in .env), or use --evaluator offline",
        )
    import anthropic
    import httpx2

    kwargs: dict[str, Any] = {"api_key": settings.anthropic_api_key, "max_retries": max_retries, "timeout": timeout}
    if settings.anthropic_base_url:
        kwargs["base_url"] = settings.anthropic_base_url
    if http_client is None:
        # A pool large enough for --concurrency up to a few hundred requests in flight.
        http_client = anthropic.DefaultHttpxClient(
            limits=httpx2.Limits(max_connections=512, max_keepalive_connections=128)
        )
    kwargs["http_client"] = http_client
    return anthropic.Anthropic(**kwargs)


def choose_model(client, preferred: str | None = None) -> str:
    """``preferred`` if given, else the newest listed model of the first family in MODEL_PREFERENCE
    (``client.models.list()`` lists newest first), else the first listed model. Callers cache it.

    Raises ExternalServiceError when the list cannot be fetched or is empty.
    """
    if preferred:
        return preferred
    ids = [m.id for m in _call(lambda: list(client.models.list(limit=100)), "listing models")]
    if not ids:
        raise ExternalServiceError("the Anthropic API listed no models", "Set anthropic_model in customario.yaml")
    return next((i for fam in MODEL_PREFERENCE for i in ids if fam in i), ids[0])


def model_family(model: str | None) -> str | None:
    """``claude-sonnet-...`` → ``sonnet``; None for an unknown family."""
    text = (model or "").lower()
    return next((fam for fam in PRICES_PER_MTOK if fam in text), None)


def usage_dict(usage: Any) -> dict:
    """Token counts from an SDK ``Usage`` (or dict): input, output, cache_read, cache_creation."""
    if usage is None:
        return {}
    get = usage.get if isinstance(usage, dict) else (lambda k, d=None: getattr(usage, k, d))
    return {
        "input_tokens": int(get("input_tokens", 0) or 0),
        "output_tokens": int(get("output_tokens", 0) or 0),
        "cache_read_tokens": int(get("cache_read_input_tokens", 0) or 0),
        "cache_creation_tokens": int(get("cache_creation_input_tokens", 0) or 0),
    }


def estimate_cost_microusd(model: str | None, usage: dict, *, batch: bool = False) -> int | None:
    """Estimated cost in micro-dollars (1e-6 USD) of ``usage`` (see :func:`usage_dict`); None when
    the model family is not in :data:`PRICES_PER_MTOK`. An estimate, not an invoice."""
    fam = model_family(model)
    if fam is None or not usage:
        return None
    pin, pout = PRICES_PER_MTOK[fam]
    dollars_per_mtok = (
        usage.get("input_tokens", 0) * pin
        + usage.get("output_tokens", 0) * pout
        + usage.get("cache_read_tokens", 0) * pin * CACHE_READ_FACTOR
        + usage.get("cache_creation_tokens", 0) * pin * CACHE_WRITE_FACTOR
    )
    if batch:
        dollars_per_mtok *= BATCH_FACTOR
    return int(round(dollars_per_mtok))  # tokens * USD/MTok = micro-USD


def _call(fn, what: str):
    import anthropic

    try:
        return fn()
    except anthropic.APIStatusError as exc:
        raise ExternalServiceError(
            f"Anthropic API error {exc.status_code} while {what} (after retries)",
            "Try again later; the call stays pending"
            if exc.status_code in (429, 500, 502, 503, 529)
            else "Check ANTHROPIC_API_KEY, the model name and the request",
        ) from None
    except anthropic.APIConnectionError:
        raise ExternalServiceError(
            f"cannot reach the Anthropic API while {what}", "Check the network or anthropic_base_url"
        ) from None


def request_params(*, model: str, system: list[dict], user: str, schema: dict, max_tokens: int) -> dict:
    """Messages API parameters for a structured-output request (also a Message Batches ``params``)."""
    return {
        "model": model,
        "max_tokens": max_tokens,
        "system": system,
        "messages": [{"role": "user", "content": user}],
        "output_config": {"format": {"type": "json_schema", "schema": schema}},
    }


def structured_call(client, params: dict) -> StructuredReply:
    """Send ``params`` (from :func:`request_params`) and decode the reply (:func:`parse_message`).

    Raises ExternalServiceError (API failed after the SDK's retries) or ModelOutputError.
    """
    message = _call(lambda: client.messages.create(**params), "evaluating a call")
    return parse_message(message)


def parse_message(message: Any) -> StructuredReply:
    """Decode a Messages API reply (SDK object or dict) holding one JSON object in its text.

    Raises ModelOutputError for a refusal, a ``max_tokens`` stop or text that is not a JSON object.
    """
    m = message if isinstance(message, dict) else message.model_dump()
    stop = m.get("stop_reason")
    model = m.get("model") or ""
    usage = usage_dict(m.get("usage"))
    if stop == "refusal":
        raise ModelOutputError("the model refused to evaluate this call", "It stays pending; review it by hand")
    if stop == "max_tokens":
        raise ModelOutputError(
            "the model's reply was cut off at max_tokens", "It stays pending; raise max_tokens or shorten the rubric"
        )
    text = "".join(b.get("text", "") for b in m.get("content") or [] if b.get("type") == "text")
    try:
        data = json.loads(text)
    except (TypeError, ValueError):
        raise ModelOutputError("the model's reply is not valid JSON", "It stays pending; run evaluate again") from None
    if not isinstance(data, dict):
        raise ModelOutputError("the model's reply is not a JSON object", "It stays pending; run evaluate again")
    return StructuredReply(data=data, model=model, stop_reason=stop, usage=usage, text=text)


def create_batch(client, requests: list[dict]) -> dict:
    """Submit ``[{"custom_id", "params"}]`` (≤ 10,000) as one Message Batch; returns its summary."""
    if len(requests) > MAX_BATCH_REQUESTS:
        raise ValueError("chunk batches at 10,000 requests")
    batch = _call(lambda: client.messages.batches.create(requests=requests), "creating a message batch")
    return _batch_summary(batch)


def retrieve_batch(client, batch_id: str) -> dict:
    """``{"id", "processing_status", "counts"}`` of a Message Batch."""
    return _batch_summary(_call(lambda: client.messages.batches.retrieve(batch_id), "checking a message batch"))


def batch_results(client, batch_id: str) -> Iterator[tuple[str, str, Any]]:
    """Yield ``(custom_id, result type, message dict | error dict | None)`` in the API's order
    (any order: match on ``custom_id``). Types: succeeded, errored, canceled, expired."""
    rows = _call(lambda: list(client.messages.batches.results(batch_id)), "reading message batch results")
    for row in rows:
        result = row.result
        kind = result.type
        if kind == "succeeded":
            yield row.custom_id, kind, result.message.model_dump()
        elif kind == "errored":
            yield (
                row.custom_id,
                kind,
                result.error.model_dump() if hasattr(result.error, "model_dump") else result.error,
            )
        else:
            yield row.custom_id, kind, None


def _batch_summary(batch: Any) -> dict:
    counts = batch.request_counts.model_dump() if batch.request_counts is not None else {}
    return {"id": batch.id, "processing_status": batch.processing_status, "counts": counts}
