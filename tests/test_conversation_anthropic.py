"""The anthropic stack end to end against a loopback server that speaks the Messages API
(streaming SSE for the agent, plain JSON for the briefing). No network: 127.0.0.1 only."""

import asyncio
import json
import threading
from dataclasses import replace
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from customario.definitions.catalog import resolve_campaign
from customario.config import load_settings
from customario.conversation.engine import TextConversation


def _sse(events):
    return "".join(f"event: {e['type']}\ndata: {json.dumps(e)}\n\n" for e in events).encode()


def _stream(blocks, model):
    events = [
        {
            "type": "message_start",
            "message": {
                "id": "msg_x",
                "type": "message",
                "role": "assistant",
                "model": model,
                "content": [],
                "stop_reason": None,
                "stop_sequence": None,
                "usage": {"input_tokens": 10, "output_tokens": 1},
            },
        }
    ]
    for i, block in enumerate(blocks):
        if block["type"] == "text":
            events += [
                {"type": "content_block_start", "index": i, "content_block": {"type": "text", "text": ""}},
                {"type": "content_block_delta", "index": i, "delta": {"type": "text_delta", "text": block["text"]}},
            ]
        else:
            events += [
                {
                    "type": "content_block_start",
                    "index": i,
                    "content_block": {"type": "tool_use", "id": block["id"], "name": block["name"], "input": {}},
                },
                {
                    "type": "content_block_delta",
                    "index": i,
                    "delta": {"type": "input_json_delta", "partial_json": json.dumps(block["input"])},
                },
            ]
        events.append({"type": "content_block_stop", "index": i})
    stop = "tool_use" if any(b["type"] == "tool_use" for b in blocks) else "end_turn"
    events += [
        {"type": "message_delta", "delta": {"stop_reason": stop, "stop_sequence": None}, "usage": {"output_tokens": 5}},
        {"type": "message_stop"},
    ]
    return _sse(events)


class FakeClaude(BaseHTTPRequestHandler):
    """Plays a model that follows the survey: records 'a nine' with record_answer."""

    requests: list = []

    def log_message(self, *args):
        pass

    def do_POST(self):  # noqa: N802 - http.server API
        body = json.loads(self.rfile.read(int(self.headers["content-length"])))
        FakeClaude.requests.append(body)
        model = body["model"]
        if not body.get("stream"):
            payload = json.dumps(
                {
                    "id": "msg_b",
                    "type": "message",
                    "role": "assistant",
                    "model": model,
                    "content": [{"type": "text", "text": "Dana prefers short calls."}],
                    "stop_reason": "end_turn",
                    "stop_sequence": None,
                    "usage": {"input_tokens": 5, "output_tokens": 5},
                }
            ).encode()
            self.send_response(200)
            self.send_header("content-type", "application/json")
            self.send_header("content-length", str(len(payload)))
            self.end_headers()
            self.wfile.write(payload)
            return
        last = body["messages"][-1]
        content = last["content"] if isinstance(last["content"], list) else [{"type": "text", "text": last["content"]}]
        kinds = {c.get("type") for c in content}
        text = " ".join(c.get("text", "") for c in content if c.get("type") == "text")
        if "tool_result" in kinds:
            blocks = [{"type": "text", "text": "Thank you. How satisfied were you, from one to five?"}]
        elif "nine" in text:
            blocks = [
                {
                    "type": "tool_use",
                    "id": "toolu_1",
                    "name": "record_answer",
                    "input": {"question_id": "recommend", "answer": "a nine"},
                }
            ]
        else:
            blocks = [{"type": "text", "text": "Hello Dana, this is Ava. How likely are you to recommend us?"}]
        payload = _stream(blocks, model)
        self.send_response(200)
        self.send_header("content-type", "text/event-stream")
        self.send_header("content-length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)


@pytest.fixture
def fake_claude():
    FakeClaude.requests = []
    server = ThreadingHTTPServer(("127.0.0.1", 0), FakeClaude)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_anthropic_stack_records_answers_through_tools(db, db_path, fake_claude):
    settings = replace(
        load_settings(env={}, db=str(db_path), load_dotenv_file=False),
        anthropic_api_key="sk-test",
        anthropic_base_url=fake_claude,
        anthropic_model="claude-test",
    )
    survey = resolve_campaign(db, "customer_feedback")
    contact = {"e164": "+13125550142", "first_name": "Dana", "timezone": "America/Chicago"}

    async def go():
        conv = await TextConversation.start(db, settings, survey, contact=contact, stack="anthropic")
        first = await conv.send("a nine")
        await conv.close()
        return conv, first

    conv, first = asyncio.run(go())
    assert first == ["Thank you. How satisfied were you, from one to five?"]
    answer = next(db.query("SELECT * FROM answers WHERE call_id = ?", [conv.call_id]))
    assert (answer["question_id"], answer["value"], answer["evidence"]) == ("recommend", "9", "a nine")
    call = next(db.query("SELECT * FROM calls WHERE id = ?", [conv.call_id]))
    assert call["stack"] == "anthropic" and call["briefing"] == "Dana prefers short calls."
    streamed = [r for r in FakeClaude.requests if r.get("stream")]
    assert {t["name"] for t in streamed[0]["tools"]} == {"record_answer", "end_call", "opt_out", "schedule_callback"}
    system = streamed[0]["system"]
    system_text = system if isinstance(system, str) else " ".join(b["text"] for b in system)
    assert "[recommend] (nps" in system_text and "Dana prefers short calls." in system_text
    roles = [r["role"] for r in db.query("SELECT role FROM turns WHERE call_id = ? ORDER BY seq", [conv.call_id])]
    assert roles == ["agent", "caller", "agent"]
