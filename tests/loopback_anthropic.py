"""A loopback HTTP server on 127.0.0.1 speaking enough of the Anthropic Messages, Models and
Message Batches APIs for tests and benchmarks (scripted verdicts, faults, injected latency).

Usage::

    with LoopbackAnthropic(latency=0.3) as server:
        settings = Settings(anthropic_api_key="test", anthropic_base_url=server.url, ...)

``server.responder(body) -> (status, headers, json)`` decides each Messages reply (default: every
criterion ``met`` quoting the first caller turn); ``server.script`` is a list of replies used
first, in order. Batches: ``server.batch_ready`` ends batches; ``server.batch_outcomes`` maps
``custom_id`` to ``errored``/``expired``/``canceled``; results come back in reverse order.
"""

from __future__ import annotations

import json
import re
import threading
import time
import uuid
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Callable

MODEL = "claude-sonnet-5-5"


def message(
    payload: Any,
    *,
    stop_reason: str = "end_turn",
    model: str = MODEL,
    input_tokens: int = 1200,
    output_tokens: int = 300,
    cache_read: int = 800,
) -> dict:
    """A Messages API reply whose text is ``payload`` (JSON-encoded unless already a string)."""
    text = payload if isinstance(payload, str) else json.dumps(payload)
    return {
        "id": "msg_" + uuid.uuid4().hex[:20],
        "type": "message",
        "role": "assistant",
        "model": model,
        "content": [{"type": "text", "text": text}],
        "stop_reason": stop_reason,
        "stop_sequence": None,
        "usage": {
            "input_tokens": input_tokens,
            "output_tokens": output_tokens,
            "cache_read_input_tokens": cache_read,
            "cache_creation_input_tokens": 0,
        },
    }


def error(status: int, kind: str, msg: str = "scripted error", retry_after_ms: int | None = None) -> tuple:
    headers = (
        {"retry-after-ms": str(retry_after_ms), "retry-after": str(retry_after_ms / 1000)} if retry_after_ms else {}
    )
    return status, headers, {"type": "error", "error": {"type": kind, "message": msg}}


def criteria_of(body: dict) -> list[str]:
    schema = body["output_config"]["format"]["schema"]
    return schema["properties"]["verdicts"]["items"]["properties"]["criterion"]["enum"]


def call_data(body: dict) -> dict:
    text = body["messages"][0]["content"]
    m = re.search(r"<call_data>\n(.*)\n</call_data>", text, re.S)
    return json.loads(m.group(1))


def all_met(body: dict, verdict: str = "met", manipulation: bool = False) -> tuple:
    data = call_data(body)
    quote = next((t["text"] for t in data["transcript"] if t["role"] == "caller"), "")[:80]
    verdicts = [
        {"criterion": c, "verdict": verdict, "evidence": quote, "rationale": "scripted"} for c in criteria_of(body)
    ]
    return 200, {}, message({"verdicts": verdicts, "manipulation_attempt": manipulation})


class LoopbackAnthropic:
    def __init__(self, latency: float = 0.0, models: list[str] | None = None):
        self.latency = latency
        self.models = models or [MODEL, "claude-haiku-5-5"]
        self.responder: Callable[[dict], tuple] = all_met
        self.script: list[tuple] = []
        self.requests: list[dict] = []
        self.batches: dict[str, dict] = {}
        self.batch_ready = True
        self.batch_outcomes: dict[str, str] = {}
        self.lock = threading.Lock()
        self.in_flight = 0
        self.max_in_flight = 0
        self._server: ThreadingHTTPServer | None = None

    # -------------------------------------------------------------- lifecycle
    def __enter__(self) -> "LoopbackAnthropic":
        outer = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            disable_nagle_algorithm = True  # headers and body go out at once (no 40 ms delayed-ACK stall)

            def log_message(self, *args):  # quiet
                pass

            def _send(self, status: int, body: Any, headers: dict | None = None, raw: bytes | None = None):
                data = raw if raw is not None else json.dumps(body).encode()
                self.send_response(status)
                self.send_header("content-type", "application/json" if raw is None else "application/binary")
                self.send_header("content-length", str(len(data)))
                for k, v in (headers or {}).items():
                    self.send_header(k, v)
                self.end_headers()
                self.wfile.write(data)

            def do_GET(self):
                outer._get(self)

            def do_POST(self):
                length = int(self.headers.get("content-length") or 0)
                body = json.loads(self.rfile.read(length) or b"{}")
                outer._post(self, body)

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
        return self

    def __exit__(self, *exc) -> None:
        if self._server:
            self._server.shutdown()
            self._server.server_close()

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    # -------------------------------------------------------------- handlers
    def _reply_for(self, body: dict) -> tuple:
        with self.lock:
            scripted = self.script.pop(0) if self.script else None
        if scripted is None:
            return self.responder(body)
        return scripted(body) if callable(scripted) else scripted

    def _post(self, h, body: dict) -> None:
        path = h.path.split("?")[0]
        if path == "/v1/messages":
            with self.lock:
                self.requests.append(body)
                self.in_flight += 1
                self.max_in_flight = max(self.max_in_flight, self.in_flight)
            try:
                if self.latency:
                    time.sleep(self.latency)
                status, headers, payload = self._reply_for(body)
            finally:
                with self.lock:
                    self.in_flight -= 1
            h._send(status, payload, headers)
            return
        if path == "/v1/messages/batches":
            batch_id = "msgbatch_" + uuid.uuid4().hex[:16]
            with self.lock:
                self.batches[batch_id] = {"requests": body["requests"]}
            h._send(200, self._batch(batch_id))
            return
        h._send(404, {"type": "error", "error": {"type": "not_found_error", "message": path}})

    def _batch(self, batch_id: str) -> dict:
        reqs = self.batches[batch_id]["requests"]
        ended = self.batch_ready
        counts = {"processing": 0 if ended else len(reqs), "succeeded": 0, "errored": 0, "canceled": 0, "expired": 0}
        if ended:
            for r in reqs:
                counts[
                    {"errored": "errored", "expired": "expired", "canceled": "canceled"}.get(
                        self.batch_outcomes.get(r["custom_id"]), "succeeded"
                    )
                ] += 1
        return {
            "id": batch_id,
            "type": "message_batch",
            "processing_status": "ended" if ended else "in_progress",
            "request_counts": counts,
            "created_at": "2026-11-21T00:00:00Z",
            "expires_at": "2026-11-22T00:00:00Z",
            "ended_at": "2026-11-21T01:00:00Z" if ended else None,
            "archived_at": None,
            "cancel_initiated_at": None,
            "results_url": f"{self.url}/v1/messages/batches/{batch_id}/results" if ended else None,
        }

    def _get(self, h) -> None:
        path = h.path.split("?")[0]
        if path == "/_stats":  # for benchmarks running the server in another process
            h._send(200, {"max_in_flight": self.max_in_flight, "requests": len(self.requests)})
            return
        if path == "/v1/models":
            data = [
                {"id": m, "type": "model", "display_name": m, "created_at": "2026-01-01T00:00:00Z"} for m in self.models
            ]
            h._send(200, {"data": data, "has_more": False, "first_id": data[0]["id"], "last_id": data[-1]["id"]})
            return
        m = re.match(r"^/v1/messages/batches/([^/]+)(/results)?$", path)
        if m and m.group(1) in self.batches:
            if not m.group(2):
                h._send(200, self._batch(m.group(1)))
                return
            lines = []
            for r in reversed(self.batches[m.group(1)]["requests"]):  # results in any order
                outcome = self.batch_outcomes.get(r["custom_id"])
                if outcome == "errored":
                    result = {
                        "type": "errored",
                        "error": {"type": "error", "error": {"type": "invalid_request_error", "message": "scripted"}},
                    }
                elif outcome in ("expired", "canceled"):
                    result = {"type": outcome}
                else:
                    status, _, payload = self._reply_for(r["params"])
                    result = (
                        {"type": "succeeded", "message": payload}
                        if status == 200
                        else {"type": "errored", "error": payload}
                    )
                lines.append(json.dumps({"custom_id": r["custom_id"], "result": result}))
            h._send(200, None, raw=("\n".join(lines) + "\n").encode())
            return
        h._send(404, {"type": "error", "error": {"type": "not_found_error", "message": path}})


if __name__ == "__main__":  # a server in its own process (benchmarks): prints its URL, runs until killed
    import argparse
    import sys

    ap = argparse.ArgumentParser()
    ap.add_argument("--latency", type=float, default=0.0)
    args = ap.parse_args()
    with LoopbackAnthropic(latency=args.latency) as server:
        print(server.url, flush=True)
        sys.stdin.read()  # stops when the parent closes stdin
