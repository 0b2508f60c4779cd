"""Load on the web face (`customario serve`), printed, nothing asserted.

1. N concurrent text survey sessions (default 200) on the offline stack: session start and
   per-message latency p50/p95 as the respondent sees it (HTTP round trip).
2. Twilio SMS webhook requests per second with the signature checked (unique MessageSids, stored).
3. Dashboard event latency: help request committed by another connection -> state event received
   by an SSE client, and -> rendered in Debian's Chromium (Playwright) when available.

Run: ``python benchmarks/bench_web.py [--sessions 200] [--webhooks 2000] [--events 20]``
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlencode

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

REPO = Path(__file__).resolve().parent.parent


class ServeProcess:
    """`customario serve` in its own process (as in production: the load client must not share its GIL)."""

    def __init__(self, db_path: str, env: dict):
        import socket
        import subprocess

        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            self.port = s.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        full = {**os.environ, "CUSTOMARIO_DB": db_path, "PYTHONPATH": str(REPO), **env}
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "customario", "serve", "--port", str(self.port), "--no-process"],
            env=full,
            cwd=REPO,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )

    def __enter__(self) -> "ServeProcess":
        import urllib.request

        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                with urllib.request.urlopen(self.url + "/health", timeout=2):
                    return self
            except OSError:
                if self.proc.poll() is not None:
                    raise RuntimeError(self.proc.stderr.read().decode()) from None
                time.sleep(0.1)
        raise RuntimeError("customario serve did not start")

    def __exit__(self, *exc) -> None:
        self.proc.terminate()
        self.proc.wait(30)


ANSWERS = ["yes", "nine", "5", "yes", "online", "Friendly staff and fast delivery"]


def pct(values: list[float], p: float) -> float:
    values = sorted(values)
    if not values:
        return float("nan")
    k = max(0, min(len(values) - 1, round(p / 100 * (len(values) - 1))))
    return values[k]


async def sessions_load(url: str, n: int) -> dict:
    import aiohttp

    starts: list[float] = []
    per_message: list[float] = []
    completes: list[float] = []
    errors = 0
    conn = aiohttp.TCPConnector(limit=n)
    async with aiohttp.ClientSession(connector=conn, timeout=aiohttp.ClientTimeout(total=600)) as http:

        async def one(i: int) -> None:
            nonlocal errors
            t = time.perf_counter()
            async with http.post(
                f"{url}/api/surveys/customer_feedback/sessions",
                json={"mode": "text", "respondent": {"email": f"r{i}@example.com"}},
            ) as r:
                if r.status != 201:
                    errors += 1
                    return
                sid = (await r.json())["session_id"]
            starts.append(time.perf_counter() - t)
            for text in ANSWERS:
                t = time.perf_counter()
                async with http.post(f"{url}/api/sessions/{sid}/messages", json={"text": text}) as r:
                    if r.status != 200:
                        errors += 1
                    await r.read()
                per_message.append(time.perf_counter() - t)
            t = time.perf_counter()
            async with http.post(f"{url}/api/sessions/{sid}/complete", json={}) as r:
                errors += r.status != 200
                await r.read()
            completes.append(time.perf_counter() - t)

        t0 = time.perf_counter()
        await asyncio.gather(*(one(i) for i in range(n)))
        wall = time.perf_counter() - t0
    return {
        "sessions": n,
        "wall_s": wall,
        "errors": errors,
        "start_p50": pct(starts, 50),
        "start_p95": pct(starts, 95),
        "msg_p50": pct(per_message, 50),
        "msg_p95": pct(per_message, 95),
        "messages": len(per_message),
        "complete_p50": pct(completes, 50),
        "complete_p95": pct(completes, 95),
    }


async def webhook_load(url: str, n: int, token: str, concurrency: int = 32) -> dict:
    import aiohttp

    from customario.channels.inbound import twilio_signature

    target = f"{url}/twilio/sms"
    bodies = []
    for i in range(n):
        form = {
            "MessageSid": f"SMbench{i:06d}",
            "From": f"+1415555{i % 10000:04d}",
            "To": "+18005550100",
            "Body": f"Where is order ORD-{1000 + i}?",
            "NumMedia": "0",
        }
        bodies.append((urlencode(form), twilio_signature(token, target, form)))
    statuses: dict[int, int] = {}
    queue: asyncio.Queue = asyncio.Queue()
    for b in bodies:
        queue.put_nowait(b)
    async with aiohttp.ClientSession() as http:

        async def worker() -> None:
            while not queue.empty():
                body, sig = queue.get_nowait()
                async with http.post(
                    target,
                    data=body,
                    headers={"Content-Type": "application/x-www-form-urlencoded", "X-Twilio-Signature": sig},
                ) as r:
                    statuses[r.status] = statuses.get(r.status, 0) + 1
                    await r.read()

        t0 = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(concurrency)))
        wall = time.perf_counter() - t0
    return {"requests": n, "wall_s": wall, "per_s": n / wall, "statuses": statuses}


async def sse_latency(url: str, db_path: str, cookie: str, n: int) -> list[float]:
    import aiohttp

    from customario.escalation.help_requests import create_help_request
    from customario.store.db import open_db

    db = open_db(db_path, migrate=False)
    seen: dict[int, float] = {}
    ready = asyncio.Event()
    lat: list[float] = []
    async with aiohttp.ClientSession(cookies={"customario_supervisor": cookie}) as http:

        async def listen() -> None:
            async with http.get(f"{url}/supervisor/events") as r:
                ready.set()
                async for raw in r.content:
                    line = raw.decode().strip()
                    if line.startswith("data: "):
                        for req in json.loads(line[6:])["requests"]:
                            seen.setdefault(req["id"], time.time())

        task = asyncio.ensure_future(listen())
        await ready.wait()
        await asyncio.sleep(0.3)
        for i in range(n):
            req = create_help_request(db, question=f"Bench question {i}?", deadline_s=60)
            committed = time.time()
            while req["id"] not in seen:
                await asyncio.sleep(0.002)
            lat.append(seen[req["id"]] - committed)
            await asyncio.sleep(0.05)
        task.cancel()
    db.close()
    return lat


def browser_latency(url: str, db_path: str, token: str, n: int) -> list[float] | str:
    chromium = shutil_which("chromium") or "/usr/bin/chromium"
    if not os.path.exists(chromium):
        return "skipped: Chromium is not installed"
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        return "skipped: playwright is not installed"
    from customario.escalation.help_requests import create_help_request
    from customario.store.db import open_db

    db = open_db(db_path, migrate=False)
    out: list[float] = []
    with sync_playwright() as p:
        b = p.chromium.launch(
            executable_path=chromium,
            args=[
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-dev-shm-usage",
            ],
        )
        page = b.new_page()
        page.goto(url + "/supervisor/login")
        page.fill("#token", token)
        page.click("#signin")
        page.wait_for_selector('#connection[data-state="live"]', timeout=15000)
        page.evaluate("""() => { window.firstSeen = {}; new MutationObserver(() => {
            for (const n of document.querySelectorAll('#requests article.request'))
              if (!(n.dataset.id in window.firstSeen)) window.firstSeen[n.dataset.id] = Date.now(); })
            .observe(document.getElementById('requests'), {childList: true}); }""")
        for i in range(n):
            req = create_help_request(db, question=f"Browser bench {i}?", deadline_s=60)
            committed = time.time() * 1000
            page.wait_for_function(f"() => window.firstSeen['{req['id']}'] !== undefined", timeout=15000)
            out.append((page.evaluate(f"() => window.firstSeen['{req['id']}']") - committed) / 1000)
            time.sleep(0.05)
        b.close()
    db.close()
    return out


def shutil_which(name: str) -> str | None:
    import shutil

    return shutil.which(name)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sessions", type=int, default=200)
    ap.add_argument("--webhooks", type=int, default=2000)
    ap.add_argument("--events", type=int, default=20)
    args = ap.parse_args()

    from customario.escalation.help_requests import add_supervisor
    from customario.escalation.supervisor_tokens import issue_token
    from customario.store.db import open_db

    with tempfile.TemporaryDirectory() as tmp:
        db_path = str(Path(tmp) / "bench.db")
        db = open_db(db_path)
        add_supervisor(db, "bench")
        token = issue_token(db, "bench")["token"]
        db.close()
        with ServeProcess(db_path, {"CUSTOMARIO_TWILIO_AUTH_TOKEN": "bench-token"}) as srv:
            s = asyncio.run(sessions_load(srv.url, args.sessions))
            print(
                f"text sessions: {s['sessions']} concurrent, {s['messages']} messages in {s['wall_s']:.1f} s, errors {s['errors']}"
            )
            print(f"  start   p50 {s['start_p50'] * 1000:.0f} ms  p95 {s['start_p95'] * 1000:.0f} ms")
            print(f"  message p50 {s['msg_p50'] * 1000:.0f} ms  p95 {s['msg_p95'] * 1000:.0f} ms")
            print(
                f"  complete (evaluation + payment) p50 {s['complete_p50'] * 1000:.0f} ms  p95 {s['complete_p95'] * 1000:.0f} ms"
            )
            w = asyncio.run(webhook_load(srv.url, args.webhooks, "bench-token"))
            print(
                f"twilio webhook with signature check: {w['requests']} requests in {w['wall_s']:.1f} s = "
                f"{w['per_s']:.0f} req/s, statuses {w['statuses']}"
            )
            lat = asyncio.run(sse_latency(srv.url, db_path, token, args.events))
            print(
                f"dashboard event latency, commit -> SSE client: p50 {pct(lat, 50) * 1000:.0f} ms  "
                f"p95 {pct(lat, 95) * 1000:.0f} ms  max {max(lat) * 1000:.0f} ms (n={len(lat)})"
            )
            bl = browser_latency(srv.url, db_path, token, args.events)
            if isinstance(bl, str):
                print(f"dashboard event latency, commit -> Chromium DOM: {bl}")
            else:
                print(
                    f"dashboard event latency, commit -> Chromium DOM: p50 {pct(bl, 50) * 1000:.0f} ms  "
                    f"p95 {pct(bl, 95) * 1000:.0f} ms  max {max(bl) * 1000:.0f} ms (n={len(bl)}, "
                    f"mean {statistics.mean(bl) * 1000:.0f} ms)"
                )


if __name__ == "__main__":
    main()
