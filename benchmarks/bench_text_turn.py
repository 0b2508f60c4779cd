"""Latency of one text turn on the offline stack (policy + livekit AgentSession + SQLite writes).

Runs complete customer_feedback conversations through TextConversation and times every
`conv.send()`: p50/p95 in milliseconds, and the share spent in customario code (policy, tool
handlers incl. their SQLite writes, recorder writes) versus livekit-agents. A baseline of a bare
AgentSession turn (trivial LLM, no tools, no database) is printed side by side. Target: p50 <= 10 ms.

    python3 benchmarks/bench_text_turn.py [--conversations 40]
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

SCRIPT = ["yes", "a nine", "four", "yeah", "on the website", "friendly staff"]


def pct(values, p):
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))]


async def customario_turns(n: int, folder: Path) -> dict:
    from customario.definitions.catalog import resolve_campaign
    from customario.config import load_settings
    from customario.conversation import recorder as rec_mod
    from customario.conversation.engine import TextConversation
    from customario.store.db import open_db

    db = open_db(folder / "turns.db")
    settings = load_settings(env={}, db=str(folder / "turns.db"), load_dotenv_file=False)
    stored = resolve_campaign(db, "customer_feedback")
    write_s = [0.0]
    original = rec_mod.CallRecorder.add_turn

    def timed_add_turn(self, *a, **k):
        t = time.perf_counter()
        try:
            return original(self, *a, **k)
        finally:
            write_s[0] += time.perf_counter() - t

    rec_mod.CallRecorder.add_turn = timed_add_turn
    times, policy_s, tool_ms = [], 0.0, 0.0
    for _ in range(n):
        conv = await TextConversation.start(db, settings, stored, channel="simulation")
        for line in SCRIPT:
            t = time.perf_counter()
            await conv.send(line)
            times.append(time.perf_counter() - t)
        policy_s += conv.prepared.parts["llm"].policy_seconds
        tool_ms += db.execute(
            "SELECT COALESCE(SUM(duration_ms), 0) FROM tool_calls WHERE call_id = ?", [conv.call_id]
        ).fetchone()[0]
        await conv.close()
    rec_mod.CallRecorder.add_turn = original
    total = sum(times)
    ours = policy_s + tool_ms / 1000 + write_s[0]
    return {
        "turns": len(times),
        "p50_ms": pct(times, 50) * 1000,
        "p95_ms": pct(times, 95) * 1000,
        "mean_ms": statistics.mean(times) * 1000,
        "ours_share": ours / total if total else 0.0,
        "policy_ms": policy_s / len(times) * 1000,
        "tools_ms": tool_ms / len(times),
        "recorder_ms": write_s[0] / len(times) * 1000,
    }


async def bare_turns(n: int) -> dict:
    from livekit.agents import Agent, AgentSession, TurnHandlingOptions, llm
    from livekit.agents.llm import ChatChunk, ChoiceDelta
    from livekit.agents.types import DEFAULT_API_CONNECT_OPTIONS

    class Echo(llm.LLM):
        def chat(self, *, chat_ctx, tools=None, conn_options=DEFAULT_API_CONNECT_OPTIONS, **_):
            return EchoStream(self, chat_ctx=chat_ctx, tools=tools or [], conn_options=conn_options)

    class EchoStream(llm.LLMStream):
        async def _run(self):
            self._event_ch.send_nowait(
                ChatChunk(id="x", delta=ChoiceDelta(role="assistant", content="Okay. Next question?"))
            )

    times = []
    for _ in range(n):
        session = AgentSession(llm=Echo(), vad=None, turn_handling=TurnHandlingOptions(turn_detection=None))
        await session.start(Agent(instructions="x"), record=False)
        for line in SCRIPT:
            t = time.perf_counter()
            await session.run(user_input=line)
            times.append(time.perf_counter() - t)
        await session.aclose()
    return {
        "turns": len(times),
        "p50_ms": pct(times, 50) * 1000,
        "p95_ms": pct(times, 95) * 1000,
        "mean_ms": statistics.mean(times) * 1000,
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--conversations", type=int, default=40)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        asyncio.run(customario_turns(2, Path(tmp)))  # warm-up (imports, first session)
        ours = asyncio.run(customario_turns(args.conversations, Path(tmp)))
        bare = asyncio.run(bare_turns(args.conversations))
    print(f"{'':34}{'bare livekit turn':>20}{'customario turn':>18}")
    print(f"{'turns measured':34}{bare['turns']:>20}{ours['turns']:>18}")
    for key in ("p50_ms", "p95_ms", "mean_ms"):
        print(f"{key:34}{bare[key]:>20.2f}{ours[key]:>18.2f}")
    print(f"{'ratio p50 (customario / bare)':34}{'':>20}{ours['p50_ms'] / bare['p50_ms']:>18.2f}")
    print(
        f"per turn: policy {ours['policy_ms']:.3f} ms, tool handlers {ours['tools_ms']:.3f} ms, "
        f"recorder writes {ours['recorder_ms']:.3f} ms"
    )
    print(f"share in customario code {ours['ours_share']:.0%}, in livekit-agents {1 - ours['ours_share']:.0%}")
    print(f"target p50 <= 10 ms: {'met' if ours['p50_ms'] <= 10 else 'NOT met'}")


if __name__ == "__main__":
    main()
